-- 0.1 -> 0.2: backlog.sla_policy_matrix gains the _hours twins of its interval columns (SPEC
-- §8), so it is dropped and created again as src/sla.sql creates it. Nothing of 0.1 depends on
-- the view (backlog.ticket_sla_at reads it in a function body, which records no dependency; it
-- is replaced by 26-clocks.sql).
DROP VIEW backlog.sla_policy_matrix;

-- The policy that applies to each (metric, priority, account tier), by the precedence above.
-- A NULL priority or tier in a row of this view stands for "any other" (a ticket whose priority is
-- NULL, or whose tier no policy names).
CREATE VIEW backlog.sla_policy_matrix AS
SELECT m.metric, pr.priority, ti.account_tier,
       best.target, pg_catalog.date_part('epoch', best.target) OPERATOR(pg_catalog./) 3600 AS target_hours,
       best.calendar,
       best.warn_before, pg_catalog.date_part('epoch', best.warn_before) OPERATOR(pg_catalog./) 3600 AS warn_before_hours
  FROM (VALUES ('first_response'::text), ('next_reply'), ('resolution')) m(metric)
 CROSS JOIN (VALUES ('urgent'::text), ('high'), ('normal'), ('low'), (NULL)) pr(priority)
 CROSS JOIN (SELECT p.account_tier FROM backlog.sla_policies p WHERE p.account_tier IS NOT NULL
             UNION SELECT NULL) ti(account_tier)
 CROSS JOIN LATERAL (
        SELECT p.target, p.calendar, p.warn_before
          FROM backlog.sla_policies p
         WHERE p.metric OPERATOR(pg_catalog.=) m.metric
           AND (p.priority IS NULL OR p.priority OPERATOR(pg_catalog.=) pr.priority)
           AND (p.account_tier IS NULL OR p.account_tier OPERATOR(pg_catalog.=) ti.account_tier)
         ORDER BY p.priority IS NULL, p.account_tier IS NULL
         LIMIT 1) best;
COMMENT ON VIEW backlog.sla_policy_matrix IS
  'The SLA policy each (metric, priority, account tier) gets from backlog.sla_policies after precedence; combinations without a policy (best effort) are absent.';
COMMENT ON COLUMN backlog.sla_policy_matrix.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.sla_policy_matrix.priority IS 'Ticket priority; NULL for tickets without a priority.';
COMMENT ON COLUMN backlog.sla_policy_matrix.account_tier IS 'Account tier named by some policy; NULL for every other tier (and no tier).';
COMMENT ON COLUMN backlog.sla_policy_matrix.target IS 'Target of the winning policy.';
COMMENT ON COLUMN backlog.sla_policy_matrix.calendar IS 'Calendar name of the winning policy.';
COMMENT ON COLUMN backlog.sla_policy_matrix.warn_before IS 'warn_before of the winning policy.';
COMMENT ON COLUMN backlog.sla_policy_matrix.target_hours IS 'target in hours.';
COMMENT ON COLUMN backlog.sla_policy_matrix.warn_before_hours IS 'warn_before in hours.';
