-- 0.1 -> 0.2: syncing a helpdesk (src/sync.sql), each ticket's own calendar for its SLA clocks
-- (src/sla.sql) and the backlog.record_status setting of the status trigger (src/store.sql).
--
-- backlog.ticket_sla_at, which reads each ticket's own calendar, is replaced by
-- 26-clocks.sql (a link to src/clocks.sql).

-- (tickets.calendar itself is added by 25-ticket-calendar.sql, before the views that list
-- the columns of tickets.)

-- backlog.tickets_record_status() with the backlog.record_status check is created by
-- 10-store.sql (which also changes how status events are stamped).

-- src/sync.sql itself, all new in 0.2, follows as part 61 (a link to it).
