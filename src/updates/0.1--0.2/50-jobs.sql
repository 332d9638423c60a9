-- Jobs (src/jobs.sql): escalations record themselves in the ticket history as a new event kind.
-- Every object of src/jobs.sql is new in 0.2; 51-jobs-objects.sql is a link to that file, so
-- the upgrade creates exactly what a fresh install does.
ALTER TABLE backlog.ticket_events DROP CONSTRAINT ticket_events_kind_check;
ALTER TABLE backlog.ticket_events ADD CONSTRAINT ticket_events_kind_check
    CHECK (kind IN ('status', 'agent_reply', 'customer_reply', 'assign', 'priority', 'merge',
                    'escalation'));
COMMENT ON COLUMN backlog.ticket_events.kind IS 'status, agent_reply, customer_reply, assign, priority, merge or escalation (made by backlog.run_escalations).';
COMMENT ON COLUMN backlog.ticket_events.value IS 'New status, assignee, priority or merge target, or the escalation rule; NULL for replies.';
