-- 0.1 -> 0.2: each ticket's own calendar for its SLA clocks (src/sla.sql). Added before the
-- views of 30-views.sql and 40-score.sql, which read the columns of backlog.tickets, so that
-- they list it as a fresh install's do.
ALTER TABLE backlog.tickets ADD COLUMN calendar text REFERENCES backlog.calendars (name) ON UPDATE CASCADE;
COMMENT ON COLUMN backlog.tickets.calendar IS
  'Calendar (backlog.calendars) this ticket''s SLA clocks run on, e.g. its helpdesk schedule; NULL: the calendar of each matching SLA policy.';
