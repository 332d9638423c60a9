-- Bringing helpdesk data into the ticket store (SPEC §3): backlog.sync_zendesk for a Zendesk
-- schema as Fivetran or Airbyte land it, backlog.sync_source for any other helpdesk through a
-- table of column mappings, the value maps both use, and the report of values they could not map.
--
-- Both front ends only read their source into two staging tables (pg_temp.backlog_sync_ticket,
-- pg_temp.backlog_sync_event); backlog.sync_apply maps the values, writes the store and the
-- bookkeeping. Every identifier that comes from a user (schema, table, column) goes into SQL
-- text through format('%I') only, after it was checked to name an existing relation or column.
-- README "Syncing a helpdesk" documents the behaviour.

-- ---------------------------------------------------------------------------------------------
-- Value maps
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.sync_value_map (
    source  text NOT NULL CHECK (source <> ''),
    kind    text NOT NULL CHECK (kind IN ('status', 'priority', 'role', 'zone')),
    value   text NOT NULL,
    mapped  text NOT NULL,
    PRIMARY KEY (source, kind, value),
    CONSTRAINT sync_value_map_priority CHECK (kind <> 'priority' OR mapped IN ('urgent', 'high', 'normal', 'low')),
    CONSTRAINT sync_value_map_role CHECK (kind <> 'role' OR mapped IN ('agent', 'customer'))
);
COMMENT ON TABLE backlog.sync_value_map IS
  'How a source''s values map to the store''s: statuses (to backlog.statuses), priorities, author roles (agent or customer) and time zone names (to IANA zones). Status, priority and role values are matched in lower case after trimming, zones exactly. Seeded for source ''zendesk''; edit freely.';
COMMENT ON COLUMN backlog.sync_value_map.source IS 'Source name: ''zendesk'' or the source of backlog.sync_mappings.';
COMMENT ON COLUMN backlog.sync_value_map.kind IS 'status, priority, role or zone.';
COMMENT ON COLUMN backlog.sync_value_map.value IS 'The value as the source writes it (status, priority and role in lower case).';
COMMENT ON COLUMN backlog.sync_value_map.mapped IS 'The store''s value: a backlog.statuses status, urgent/high/normal/low, agent/customer, or an IANA zone name.';

-- A mapped status must exist, a mapped zone must be one the calendar type accepts.
CREATE FUNCTION backlog.sync_value_map_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- not under COPY: a restore may load the value maps before the statuses they name
    IF NEW.kind OPERATOR(pg_catalog.=) 'status' AND NOT backlog.bulk_loading() AND NOT EXISTS
       (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) NEW.mapped) THEN
        RAISE EXCEPTION 'unknown ticket status "%" in the mapping of % status "%"', NEW.mapped, NEW.source, NEW.value
              USING ERRCODE = 'foreign_key_violation',
                    HINT = 'Add the status to backlog.statuses first.';
    END IF;
    IF NEW.kind OPERATOR(pg_catalog.=) 'zone' THEN
        PERFORM backlog.sync_zone_check(NEW.mapped);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.sync_value_map_check() IS
  'Trigger: a mapped status must be in backlog.statuses (not checked under COPY, which a restore uses) and a mapped zone a valid IANA zone name.';

-- Is zone a zone name the calendar type accepts (and nothing more: no clause separators)?
CREATE FUNCTION backlog.sync_zone_check(zone text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF zone !~ '^[A-Za-z][A-Za-z0-9_+/-]*$' THEN
        RAISE EXCEPTION 'invalid time zone name "%"', zone
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = 'A zone name has only letters, digits and _ + - /.';
    END IF;
    PERFORM zone::backlog.calendar;
END
$$;
COMMENT ON FUNCTION backlog.sync_zone_check(text) IS
  'Raises an error unless zone is a plain IANA zone name the calendar type knows (22023).';

CREATE TRIGGER sync_value_map_check BEFORE INSERT OR UPDATE ON backlog.sync_value_map
    FOR EACH ROW EXECUTE FUNCTION backlog.sync_value_map_check();

-- Seeds: Zendesk's statuses, priorities and roles, and the time zone names of Zendesk's settings
-- (Ruby on Rails' names) with the IANA zone each stands for.
CREATE FUNCTION backlog.sync_value_map_seeds()
RETURNS SETOF backlog.sync_value_map
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT 'zendesk'::text, k, v, m FROM (VALUES
        ('status'::text, 'new'::text, 'new'::text), ('status', 'open', 'open'),
        ('status', 'pending', 'pending'), ('status', 'hold', 'on_hold'),
        ('status', 'on-hold', 'on_hold'), ('status', 'on_hold', 'on_hold'),
        ('status', 'solved', 'solved'), ('status', 'closed', 'closed'),
        ('status', 'deleted', 'closed'),
        ('priority', 'urgent', 'urgent'), ('priority', 'high', 'high'),
        ('priority', 'normal', 'normal'), ('priority', 'low', 'low'),
        ('role', 'end-user', 'customer'), ('role', 'end_user', 'customer'),
        ('role', 'agent', 'agent'), ('role', 'admin', 'agent'),
        ('zone', 'International Date Line West', 'Etc/GMT+12'), ('zone', 'Midway Island', 'Pacific/Midway'),
        ('zone', 'American Samoa', 'Pacific/Pago_Pago'), ('zone', 'Hawaii', 'Pacific/Honolulu'),
        ('zone', 'Alaska', 'America/Juneau'), ('zone', 'Pacific Time (US & Canada)', 'America/Los_Angeles'),
        ('zone', 'Tijuana', 'America/Tijuana'), ('zone', 'Mountain Time (US & Canada)', 'America/Denver'),
        ('zone', 'Arizona', 'America/Phoenix'), ('zone', 'Chihuahua', 'America/Chihuahua'),
        ('zone', 'Mazatlan', 'America/Mazatlan'), ('zone', 'Central Time (US & Canada)', 'America/Chicago'),
        ('zone', 'Saskatchewan', 'America/Regina'), ('zone', 'Guadalajara', 'America/Mexico_City'),
        ('zone', 'Mexico City', 'America/Mexico_City'), ('zone', 'Monterrey', 'America/Monterrey'),
        ('zone', 'Central America', 'America/Guatemala'), ('zone', 'Eastern Time (US & Canada)', 'America/New_York'),
        ('zone', 'Indiana (East)', 'America/Indiana/Indianapolis'), ('zone', 'Bogota', 'America/Bogota'),
        ('zone', 'Lima', 'America/Lima'), ('zone', 'Quito', 'America/Lima'),
        ('zone', 'Atlantic Time (Canada)', 'America/Halifax'), ('zone', 'Caracas', 'America/Caracas'),
        ('zone', 'La Paz', 'America/La_Paz'), ('zone', 'Santiago', 'America/Santiago'),
        ('zone', 'Newfoundland', 'America/St_Johns'), ('zone', 'Brasilia', 'America/Sao_Paulo'),
        ('zone', 'Buenos Aires', 'America/Argentina/Buenos_Aires'), ('zone', 'Montevideo', 'America/Montevideo'),
        ('zone', 'Georgetown', 'America/Guyana'), ('zone', 'Puerto Rico', 'America/Puerto_Rico'),
        ('zone', 'Greenland', 'America/Godthab'), ('zone', 'Mid-Atlantic', 'Atlantic/South_Georgia'),
        ('zone', 'Azores', 'Atlantic/Azores'), ('zone', 'Cape Verde Is.', 'Atlantic/Cape_Verde'),
        ('zone', 'Dublin', 'Europe/Dublin'), ('zone', 'Edinburgh', 'Europe/London'),
        ('zone', 'Lisbon', 'Europe/Lisbon'), ('zone', 'London', 'Europe/London'),
        ('zone', 'Casablanca', 'Africa/Casablanca'), ('zone', 'Monrovia', 'Africa/Monrovia'),
        ('zone', 'UTC', 'Etc/UTC'), ('zone', 'Belgrade', 'Europe/Belgrade'),
        ('zone', 'Bratislava', 'Europe/Bratislava'), ('zone', 'Budapest', 'Europe/Budapest'),
        ('zone', 'Ljubljana', 'Europe/Ljubljana'), ('zone', 'Prague', 'Europe/Prague'),
        ('zone', 'Sarajevo', 'Europe/Sarajevo'), ('zone', 'Skopje', 'Europe/Skopje'),
        ('zone', 'Warsaw', 'Europe/Warsaw'), ('zone', 'Zagreb', 'Europe/Zagreb'),
        ('zone', 'Brussels', 'Europe/Brussels'), ('zone', 'Copenhagen', 'Europe/Copenhagen'),
        ('zone', 'Madrid', 'Europe/Madrid'), ('zone', 'Paris', 'Europe/Paris'),
        ('zone', 'Amsterdam', 'Europe/Amsterdam'), ('zone', 'Berlin', 'Europe/Berlin'),
        ('zone', 'Bern', 'Europe/Zurich'), ('zone', 'Zurich', 'Europe/Zurich'),
        ('zone', 'Rome', 'Europe/Rome'), ('zone', 'Stockholm', 'Europe/Stockholm'),
        ('zone', 'Vienna', 'Europe/Vienna'), ('zone', 'West Central Africa', 'Africa/Algiers'),
        ('zone', 'Bucharest', 'Europe/Bucharest'), ('zone', 'Cairo', 'Africa/Cairo'),
        ('zone', 'Helsinki', 'Europe/Helsinki'), ('zone', 'Kyiv', 'Europe/Kiev'),
        ('zone', 'Riga', 'Europe/Riga'), ('zone', 'Sofia', 'Europe/Sofia'),
        ('zone', 'Tallinn', 'Europe/Tallinn'), ('zone', 'Vilnius', 'Europe/Vilnius'),
        ('zone', 'Athens', 'Europe/Athens'), ('zone', 'Istanbul', 'Europe/Istanbul'),
        ('zone', 'Minsk', 'Europe/Minsk'), ('zone', 'Jerusalem', 'Asia/Jerusalem'),
        ('zone', 'Harare', 'Africa/Harare'), ('zone', 'Pretoria', 'Africa/Johannesburg'),
        ('zone', 'Kaliningrad', 'Europe/Kaliningrad'), ('zone', 'Moscow', 'Europe/Moscow'),
        ('zone', 'St. Petersburg', 'Europe/Moscow'), ('zone', 'Volgograd', 'Europe/Volgograd'),
        ('zone', 'Samara', 'Europe/Samara'), ('zone', 'Kuwait', 'Asia/Kuwait'),
        ('zone', 'Riyadh', 'Asia/Riyadh'), ('zone', 'Nairobi', 'Africa/Nairobi'),
        ('zone', 'Baghdad', 'Asia/Baghdad'), ('zone', 'Tehran', 'Asia/Tehran'),
        ('zone', 'Abu Dhabi', 'Asia/Muscat'), ('zone', 'Muscat', 'Asia/Muscat'),
        ('zone', 'Baku', 'Asia/Baku'), ('zone', 'Tbilisi', 'Asia/Tbilisi'),
        ('zone', 'Yerevan', 'Asia/Yerevan'), ('zone', 'Kabul', 'Asia/Kabul'),
        ('zone', 'Ekaterinburg', 'Asia/Yekaterinburg'), ('zone', 'Islamabad', 'Asia/Karachi'),
        ('zone', 'Karachi', 'Asia/Karachi'), ('zone', 'Tashkent', 'Asia/Tashkent'),
        ('zone', 'Chennai', 'Asia/Kolkata'), ('zone', 'Kolkata', 'Asia/Kolkata'),
        ('zone', 'Mumbai', 'Asia/Kolkata'), ('zone', 'New Delhi', 'Asia/Kolkata'),
        ('zone', 'Kathmandu', 'Asia/Kathmandu'), ('zone', 'Astana', 'Asia/Dhaka'),
        ('zone', 'Dhaka', 'Asia/Dhaka'), ('zone', 'Sri Jayawardenepura', 'Asia/Colombo'),
        ('zone', 'Almaty', 'Asia/Almaty'), ('zone', 'Novosibirsk', 'Asia/Novosibirsk'),
        ('zone', 'Rangoon', 'Asia/Rangoon'), ('zone', 'Bangkok', 'Asia/Bangkok'),
        ('zone', 'Hanoi', 'Asia/Bangkok'), ('zone', 'Jakarta', 'Asia/Jakarta'),
        ('zone', 'Krasnoyarsk', 'Asia/Krasnoyarsk'), ('zone', 'Beijing', 'Asia/Shanghai'),
        ('zone', 'Chongqing', 'Asia/Chongqing'), ('zone', 'Hong Kong', 'Asia/Hong_Kong'),
        ('zone', 'Urumqi', 'Asia/Urumqi'), ('zone', 'Kuala Lumpur', 'Asia/Kuala_Lumpur'),
        ('zone', 'Singapore', 'Asia/Singapore'), ('zone', 'Taipei', 'Asia/Taipei'),
        ('zone', 'Perth', 'Australia/Perth'), ('zone', 'Irkutsk', 'Asia/Irkutsk'),
        ('zone', 'Ulaanbaatar', 'Asia/Ulaanbaatar'), ('zone', 'Seoul', 'Asia/Seoul'),
        ('zone', 'Osaka', 'Asia/Tokyo'), ('zone', 'Sapporo', 'Asia/Tokyo'),
        ('zone', 'Tokyo', 'Asia/Tokyo'), ('zone', 'Yakutsk', 'Asia/Yakutsk'),
        ('zone', 'Darwin', 'Australia/Darwin'), ('zone', 'Adelaide', 'Australia/Adelaide'),
        ('zone', 'Canberra', 'Australia/Melbourne'), ('zone', 'Melbourne', 'Australia/Melbourne'),
        ('zone', 'Sydney', 'Australia/Sydney'), ('zone', 'Brisbane', 'Australia/Brisbane'),
        ('zone', 'Hobart', 'Australia/Hobart'), ('zone', 'Vladivostok', 'Asia/Vladivostok'),
        ('zone', 'Guam', 'Pacific/Guam'), ('zone', 'Port Moresby', 'Pacific/Port_Moresby'),
        ('zone', 'Magadan', 'Asia/Magadan'), ('zone', 'Srednekolymsk', 'Asia/Srednekolymsk'),
        ('zone', 'Solomon Is.', 'Pacific/Guadalcanal'), ('zone', 'New Caledonia', 'Pacific/Noumea'),
        ('zone', 'Fiji', 'Pacific/Fiji'), ('zone', 'Kamchatka', 'Asia/Kamchatka'),
        ('zone', 'Marshall Is.', 'Pacific/Majuro'), ('zone', 'Auckland', 'Pacific/Auckland'),
        ('zone', 'Wellington', 'Pacific/Auckland'), ('zone', 'Nuku''alofa', 'Pacific/Tongatapu'),
        ('zone', 'Tokelau Is.', 'Pacific/Fakaofo'), ('zone', 'Chatham Is.', 'Pacific/Chatham'),
        ('zone', 'Samoa', 'Pacific/Apia')) s(k, v, m)
$$;
COMMENT ON FUNCTION backlog.sync_value_map_seeds() IS
  'The value map rows CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';

INSERT INTO backlog.sync_value_map SELECT * FROM backlog.sync_value_map_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.sync_value_map',
    'WHERE NOT backlog.is_seed_key(''sync_value_map'', pg_catalog.to_jsonb(sync_value_map))');

-- ---------------------------------------------------------------------------------------------
-- Bookkeeping: what could not be mapped, where each source table was read up to, and which
-- tickets wait for a fix.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.sync_unmapped (
    source         text NOT NULL,
    source_table   text NOT NULL,
    source_column  text NOT NULL,
    value          text,
    count          bigint NOT NULL CHECK (count > 0),
    first_ticket   bigint,
    seen_at        timestamptz NOT NULL
);
CREATE INDEX sync_unmapped_source_idx ON backlog.sync_unmapped (source);
COMMENT ON TABLE backlog.sync_unmapped IS
  'Values the last sync of each source could not map, one row per source table, column and value. The tickets concerned wait in backlog.sync_pending and are read again by every sync until the value maps.';
COMMENT ON COLUMN backlog.sync_unmapped.source IS 'Source name (''zendesk'' or a backlog.sync_mappings source).';
COMMENT ON COLUMN backlog.sync_unmapped.source_table IS 'Source table the value was read from.';
COMMENT ON COLUMN backlog.sync_unmapped.source_column IS 'Source column the value was read from.';
COMMENT ON COLUMN backlog.sync_unmapped.value IS 'The value as read (NULL for a missing value).';
COMMENT ON COLUMN backlog.sync_unmapped.count IS 'How many source rows had it.';
COMMENT ON COLUMN backlog.sync_unmapped.first_ticket IS 'Smallest ticket id concerned (NULL for values that belong to no ticket, e.g. a schedule''s zone).';
COMMENT ON COLUMN backlog.sync_unmapped.seen_at IS 'When the sync that reported it ran.';

CREATE TABLE backlog.sync_watermarks (
    source        text NOT NULL,
    source_table  text NOT NULL,
    stamp_column  text NOT NULL,
    watermark     timestamptz NOT NULL,
    synced_at     timestamptz NOT NULL,
    PRIMARY KEY (source, source_table)
);
COMMENT ON TABLE backlog.sync_watermarks IS
  'Per source table, the highest change stamp read so far: the next sync reads only rows stamped after it. Delete a source''s rows (backlog.sync_reset) to read everything again.';
COMMENT ON COLUMN backlog.sync_watermarks.source IS 'Source name.';
COMMENT ON COLUMN backlog.sync_watermarks.source_table IS 'Source table.';
COMMENT ON COLUMN backlog.sync_watermarks.stamp_column IS 'Column the stamp was read from (e.g. _fivetran_synced, _airbyte_extracted_at, updated_at).';
COMMENT ON COLUMN backlog.sync_watermarks.watermark IS 'Highest stamp read.';
COMMENT ON COLUMN backlog.sync_watermarks.synced_at IS 'When the sync that read it ran.';

CREATE TABLE backlog.sync_pending (
    source     text NOT NULL,
    ticket_id  bigint NOT NULL,
    reason     text NOT NULL,
    PRIMARY KEY (source, ticket_id)
);
COMMENT ON TABLE backlog.sync_pending IS
  'Tickets the last sync could not load completely (an unmapped value, history of a ticket not yet synced); every sync reads them again in full.';
COMMENT ON COLUMN backlog.sync_pending.source IS 'Source name.';
COMMENT ON COLUMN backlog.sync_pending.ticket_id IS 'The ticket''s id in the source.';
COMMENT ON COLUMN backlog.sync_pending.reason IS 'What was missing, as source_table.source_column.';

SELECT pg_catalog.pg_extension_config_dump('backlog.sync_unmapped', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.sync_watermarks', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.sync_pending', '');

-- ---------------------------------------------------------------------------------------------
-- The generic mapping
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.sync_mappings (
    source         text NOT NULL CHECK (source ~ '^[a-z][a-z0-9_]*$' AND source <> 'zendesk'),
    entity         text NOT NULL CHECK (entity IN ('ticket', 'status', 'priority', 'assign', 'reply')),
    field          text NOT NULL,
    source_schema  text NOT NULL CHECK (source_schema <> ''),
    source_table   text NOT NULL CHECK (source_table <> ''),
    source_column  text NOT NULL CHECK (source_column <> ''),
    PRIMARY KEY (source, entity, field),
    CONSTRAINT sync_mappings_field CHECK (CASE entity
        WHEN 'ticket' THEN field IN ('id', 'created_at', 'status', 'subject', 'body', 'requester',
                                     'account', 'account_tier', 'channel', 'category', 'priority',
                                     'assignee', 'team', 'updated_at', 'solved_at',
                                     'first_response_at', 'tags', 'merged_into', 'calendar', 'stamp')
        WHEN 'reply' THEN field IN ('ticket_id', 'at', 'role', 'public', 'stamp')
        ELSE field IN ('ticket_id', 'at', 'value', 'stamp') END)
);
COMMENT ON TABLE backlog.sync_mappings IS
  'Column mappings for backlog.sync_source: per source, entity (ticket, status, priority, assign, reply history) and store field, the source schema, table and column to read it from. Each entity reads one table; see README for the required fields.';
COMMENT ON COLUMN backlog.sync_mappings.source IS 'Source name (lower case letters, digits, _), e.g. ''freshdesk''; also the source of its backlog.sync_value_map rows.';
COMMENT ON COLUMN backlog.sync_mappings.entity IS 'ticket (one row per ticket), status / priority / assign (one row per change), reply (one row per public message).';
COMMENT ON COLUMN backlog.sync_mappings.field IS 'Store field: a backlog.tickets column for ticket (plus stamp); ticket_id, at, value, stamp for changes; ticket_id, at, role, public, stamp for replies.';
COMMENT ON COLUMN backlog.sync_mappings.source_schema IS 'Schema of the source table (a name, never SQL).';
COMMENT ON COLUMN backlog.sync_mappings.source_table IS 'Source table or view (a name, never SQL).';
COMMENT ON COLUMN backlog.sync_mappings.source_column IS 'Source column (a name, never SQL).';

SELECT pg_catalog.pg_extension_config_dump('backlog.sync_mappings', '');

-- ---------------------------------------------------------------------------------------------
-- Zendesk schedules as calendars
-- ---------------------------------------------------------------------------------------------
-- minutes: working intervals in minutes from Sunday 00:00 local time (Zendesk's start_time /
-- end_time, [start, end), 0 <= start < end <= 10080); every interval is cut at local midnight
-- into day clauses, which the calendar type merges again. holidays: whole local days closed.
CREATE FUNCTION backlog.zendesk_calendar(zone text, minutes int4multirange, holidays date[])
RETURNS backlog.calendar
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r int4range;
    hours text := '';
    days text;
BEGIN
    IF zone IS NULL THEN
        RAISE EXCEPTION 'a Zendesk schedule needs a time zone' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM backlog.sync_zone_check(zone);
    FOR r IN SELECT u FROM pg_catalog.unnest(coalesce(minutes, '{}'::int4multirange)) u LOOP
        IF pg_catalog.lower_inf(r) OR pg_catalog.upper_inf(r)
           OR pg_catalog.lower(r) OPERATOR(pg_catalog.<) 0 OR pg_catalog.upper(r) OPERATOR(pg_catalog.>) 10080 THEN
            RAISE EXCEPTION 'schedule interval % is outside the week', r
                  USING ERRCODE = 'invalid_parameter_value',
                        DETAIL = 'Minutes count from Sunday 00:00: 0 <= start_time < end_time <= 10080.';
        END IF;
        SELECT hours OPERATOR(pg_catalog.||) coalesce(pg_catalog.string_agg(pg_catalog.format('; %s %s-%s',
                   (ARRAY['sun','mon','tue','wed','thu','fri','sat'])[d OPERATOR(pg_catalog.+) 1],
                   pg_catalog.to_char(pg_catalog.make_interval(mins =>
                       greatest(pg_catalog.lower(r), d OPERATOR(pg_catalog.*) 1440) OPERATOR(pg_catalog.-) (d OPERATOR(pg_catalog.*) 1440)), 'HH24:MI'),
                   pg_catalog.to_char(pg_catalog.make_interval(mins =>
                       least(pg_catalog.upper(r), (d OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.*) 1440) OPERATOR(pg_catalog.-) (d OPERATOR(pg_catalog.*) 1440)), 'HH24:MI')),
                   '' ORDER BY d), '')
          INTO hours
          FROM pg_catalog.generate_series(pg_catalog.lower(r) OPERATOR(pg_catalog./) 1440,
                                          (pg_catalog.upper(r) OPERATOR(pg_catalog.-) 1) OPERATOR(pg_catalog./) 1440) d;
    END LOOP;
    SELECT pg_catalog.string_agg(pg_catalog.to_char(h, 'YYYY-MM-DD'), ',' ORDER BY h)
      INTO days
      FROM (SELECT DISTINCT h FROM pg_catalog.unnest(holidays) h WHERE h IS NOT NULL AND pg_catalog.isfinite(h)) x;
    RETURN (zone OPERATOR(pg_catalog.||) hours
            OPERATOR(pg_catalog.||) coalesce('; holidays ' OPERATOR(pg_catalog.||) days, ''))::backlog.calendar;
END
$$;
COMMENT ON FUNCTION backlog.zendesk_calendar(text, int4multirange, date[]) IS
  'A Zendesk schedule as a calendar: IANA zone, working intervals in minutes from Sunday 00:00 local time (start_time/end_time), holiday dates.';

-- ---------------------------------------------------------------------------------------------
-- Reading source columns safely
-- ---------------------------------------------------------------------------------------------
-- Text to timestamptz, NULL when it does not parse (reported by the caller, never guessed).
-- A time without offset is read in UTC: the sync functions run with TimeZone UTC.
CREATE FUNCTION backlog.sync_timestamptz(value text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN value::timestamptz;
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.sync_timestamptz(text) IS
  'Text as a timestamptz (a time without offset in the session zone), NULL when it is not one.';

CREATE FUNCTION backlog.sync_bigint(value text)
RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN value ~ '^\s*[+-]?[0-9]{1,18}\s*$' THEN pg_catalog.int8in(pg_catalog.textout(value)) END
$$;
COMMENT ON FUNCTION backlog.sync_bigint(text) IS
  'Text as a bigint id, NULL when it is not a whole number of at most 18 digits.';

-- The first of candidates that is a column of rel (NULL when none is).
CREATE FUNCTION backlog.sync_column(rel regclass, candidates text[])
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT c.name FROM pg_catalog.unnest(candidates) WITH ORDINALITY c(name, n)
     WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid OPERATOR(pg_catalog.=) rel AND a.attname OPERATOR(pg_catalog.=) c.name
                      AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped)
     ORDER BY c.n LIMIT 1
$$;
COMMENT ON FUNCTION backlog.sync_column(regclass, text[]) IS
  'The first name of candidates that is a column of rel, or NULL.';

-- SQL text reading column col of rel (as s.col) converted to want: text, time (timestamptz;
-- timestamps without zone are UTC), id (bigint), bool, tags (text[] from text[], jsonb array or
-- comma-separated text). col goes through format('%I') only; a column of a type that cannot be
-- converted is an error naming it. NULL col: a NULL of the wanted type.
CREATE FUNCTION backlog.sync_expr(rel regclass, col text, want text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    typ regtype;
    cat "char";
BEGIN
    IF col IS NULL THEN
        RETURN CASE want WHEN 'time' THEN 'NULL::timestamptz' WHEN 'id' THEN 'NULL::bigint'
                         WHEN 'bool' THEN 'NULL::boolean' WHEN 'tags' THEN 'NULL::text[]' ELSE 'NULL::text' END;
    END IF;
    SELECT a.atttypid::regtype, t.typcategory INTO typ, cat
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) a.atttypid
     WHERE a.attrelid OPERATOR(pg_catalog.=) rel AND a.attname OPERATOR(pg_catalog.=) col
       AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of relation % does not exist', col, rel
              USING ERRCODE = 'undefined_column';
    END IF;
    IF want OPERATOR(pg_catalog.=) 'text' THEN
        RETURN pg_catalog.format('s.%I::text', col);
    ELSIF want OPERATOR(pg_catalog.=) 'time' AND typ OPERATOR(pg_catalog.=) ANY ('{timestamptz,timestamp,date}'::regtype[]) THEN
        RETURN pg_catalog.format('s.%I::timestamptz', col);
    ELSIF want OPERATOR(pg_catalog.=) 'time' AND cat OPERATOR(pg_catalog.=) 'S' THEN
        RETURN pg_catalog.format('backlog.sync_timestamptz(s.%I::text)', col);
    ELSIF want OPERATOR(pg_catalog.=) 'id' AND typ OPERATOR(pg_catalog.=) ANY ('{int2,int4,int8}'::regtype[]) THEN
        RETURN pg_catalog.format('s.%I::bigint', col);
    ELSIF want OPERATOR(pg_catalog.=) 'id' AND (cat OPERATOR(pg_catalog.=) 'S' OR typ OPERATOR(pg_catalog.=) 'numeric'::regtype) THEN
        RETURN pg_catalog.format('backlog.sync_bigint(s.%I::text)', col);
    ELSIF want OPERATOR(pg_catalog.=) 'bool' AND typ OPERATOR(pg_catalog.=) 'boolean'::regtype THEN
        RETURN pg_catalog.format('s.%I', col);
    ELSIF want OPERATOR(pg_catalog.=) 'tags' AND typ OPERATOR(pg_catalog.=) ANY ('{text[],varchar[]}'::regtype[]) THEN
        RETURN pg_catalog.format('s.%I::text[]', col);
    ELSIF want OPERATOR(pg_catalog.=) 'tags' AND typ OPERATOR(pg_catalog.=) ANY ('{jsonb,json}'::regtype[]) THEN
        RETURN pg_catalog.format('CASE WHEN pg_catalog.jsonb_typeof(s.%1$I::jsonb) OPERATOR(pg_catalog.=) ''array'' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(s.%1$I::jsonb)) END', col);
    ELSIF want OPERATOR(pg_catalog.=) 'tags' AND cat OPERATOR(pg_catalog.=) 'S' THEN
        RETURN pg_catalog.format('pg_catalog.regexp_split_to_array(pg_catalog.btrim(s.%I::text), ''\s*,\s*'')', col);
    END IF;
    RAISE EXCEPTION 'column "%" of relation % has type %, which cannot be read as %', col, rel, typ, want
          USING ERRCODE = 'datatype_mismatch';
END
$$;
COMMENT ON FUNCTION backlog.sync_expr(regclass, text, text) IS
  'SQL text that reads column col of rel (aliased s) as text, time, id, bool or tags; the name is quoted with format(''%I''), an unconvertible type is an error (42804).';

-- An existing relation schema.name (one of names, the first that exists), NULL when none does.
CREATE FUNCTION backlog.sync_relation(schema text, names text[])
RETURNS regclass
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT c.oid::regclass
      FROM pg_catalog.unnest(names) WITH ORDINALITY n(name, i)
      JOIN pg_catalog.pg_class c ON c.relname OPERATOR(pg_catalog.=) n.name
      JOIN pg_catalog.pg_namespace ns ON ns.oid OPERATOR(pg_catalog.=) c.relnamespace
     WHERE ns.nspname OPERATOR(pg_catalog.=) schema AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,v,m,f,p}'::"char"[])
     ORDER BY n.i LIMIT 1
$$;
COMMENT ON FUNCTION backlog.sync_relation(text, text[]) IS
  'The first of names that is a table or view in schema, or NULL.';

-- ---------------------------------------------------------------------------------------------
-- Staging and the shared writer
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.sync_stage()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
BEGIN
    DROP TABLE IF EXISTS pg_temp.backlog_sync_ticket, pg_temp.backlog_sync_event,
         pg_temp.backlog_sync_field, pg_temp.backlog_sync_calendar, pg_temp.backlog_sync_mark,
         pg_temp.backlog_sync_report, pg_temp.backlog_sync_batch, pg_temp.backlog_sync_merge;
    -- one row per ticket as read; text columns already resolved (user, organization, group names)
    CREATE TEMP TABLE backlog_sync_ticket (
        id bigint, subject text, body text, requester text, account text, account_tier text,
        channel text, category text, priority text, status text, assignee text, team text,
        created_at timestamptz, updated_at timestamptz, solved_at timestamptz,
        first_response_at timestamptz, tags text[], merged_into bigint, calendar text,
        created_raw text  -- the source's created_at when it is no time
    ) ON COMMIT DROP;
    -- one row per change or reply as read: kind status / priority / assign / reply; value the
    -- source's value (for a reply, the author's role; who: the author); src_* name its origin
    CREATE TEMP TABLE backlog_sync_event (
        ticket_id bigint, at timestamptz, kind text, value text, who text,
        src_table text, src_column text
    ) ON COMMIT DROP;
    -- which ticket fields the source provides, and from where (field = a tickets column)
    CREATE TEMP TABLE backlog_sync_field (field text PRIMARY KEY, src_table text, src_column text) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_sync_calendar (name text PRIMARY KEY, calendar backlog.calendar) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_sync_mark (source_table text PRIMARY KEY, stamp_column text, watermark timestamptz) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_sync_report (src_table text, src_column text, value text, ticket_id bigint, hold boolean) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_sync_batch (id bigint PRIMARY KEY) ON COMMIT DROP;
    -- merges: ticket id merged into merged_into, read from the row of ticket hold_id
    CREATE TEMP TABLE backlog_sync_merge (id bigint, merged_into bigint, hold_id bigint, src_table text, src_column text) ON COMMIT DROP;
END
$$;
COMMENT ON FUNCTION backlog.sync_stage() IS
  'Internal to the sync functions: (re)creates the transaction''s staging tables.';

-- The watermark of source_table for source, or -infinity.
CREATE FUNCTION backlog.sync_watermark(source text, source_table text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce((SELECT w.watermark FROM backlog.sync_watermarks w
                      WHERE w.source OPERATOR(pg_catalog.=) $1 AND w.source_table OPERATOR(pg_catalog.=) $2),
                    '-infinity'::timestamptz)
$$;
COMMENT ON FUNCTION backlog.sync_watermark(text, text) IS
  'Where source_table of source was read up to (-infinity before the first sync).';

CREATE FUNCTION backlog.sync_apply(source text, map_source text,
    OUT tickets_inserted bigint, OUT tickets_updated bigint, OUT events_added bigint,
    OUT calendars_written integer, OUT unmapped_values bigint, OUT pending_tickets bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET backlog.record_status = off
AS $$
DECLARE
    n bigint;
    cols text[];
    upd text;
    vals text;
BEGIN
    -- calendars first: tickets may name them
    WITH w AS (
        INSERT INTO backlog.calendars AS c (name, calendar)
        SELECT k.name, k.calendar FROM pg_temp.backlog_sync_calendar k
        ON CONFLICT (name) DO UPDATE SET calendar = EXCLUDED.calendar
         WHERE c.calendar OPERATOR(backlog.<>) EXCLUDED.calendar
        RETURNING 1)
    SELECT pg_catalog.count(*) INTO calendars_written FROM w;

    -- tickets, one row per id (rows repeated verbatim, or several versions: the latest update)
    CREATE TEMP TABLE backlog_sync_t ON COMMIT DROP AS
    SELECT s.*, st.mapped AS status_m, pr.mapped AS priority_m,
           s.created_at IS NOT NULL AND pg_catalog.isfinite(s.created_at) AND st.mapped IS NOT NULL AS loadable
      FROM (SELECT DISTINCT ON (x.id) x.* FROM pg_temp.backlog_sync_ticket x
             WHERE x.id IS NOT NULL ORDER BY x.id, x.updated_at DESC NULLS LAST) s
      LEFT JOIN backlog.sync_value_map st ON st.source OPERATOR(pg_catalog.=) $2
            AND st.kind OPERATOR(pg_catalog.=) 'status' AND st.value OPERATOR(pg_catalog.=) pg_catalog.lower(pg_catalog.btrim(s.status))
      LEFT JOIN backlog.sync_value_map pr ON pr.source OPERATOR(pg_catalog.=) $2
            AND pr.kind OPERATOR(pg_catalog.=) 'priority' AND pr.value OPERATOR(pg_catalog.=) pg_catalog.lower(pg_catalog.btrim(s.priority));
    ALTER TABLE pg_temp.backlog_sync_t ADD PRIMARY KEY (id);
    ANALYZE pg_temp.backlog_sync_t;

    INSERT INTO pg_temp.backlog_sync_report
    SELECT f.src_table, f.src_column, x.v, x.id, true
      FROM (SELECT t.id, 'status' AS field, t.status AS v FROM pg_temp.backlog_sync_t t WHERE t.status_m IS NULL
            UNION ALL
            SELECT t.id, 'priority', t.priority FROM pg_temp.backlog_sync_t t
             WHERE t.priority_m IS NULL AND pg_catalog.btrim(t.priority) OPERATOR(pg_catalog.<>) ''
            UNION ALL
            SELECT t.id, 'created_at', t.created_raw FROM pg_temp.backlog_sync_t t
             WHERE t.created_at IS NULL OR NOT pg_catalog.isfinite(t.created_at)
            UNION ALL
            SELECT t.id, 'calendar', t.calendar FROM pg_temp.backlog_sync_t t
             WHERE t.calendar IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) t.calendar)) x
      JOIN pg_temp.backlog_sync_field f ON f.field OPERATOR(pg_catalog.=) x.field;

    -- the store's statuses before this run, for the history of tickets without one
    CREATE TEMP TABLE backlog_sync_old ON COMMIT DROP AS
    SELECT t.id, t.status FROM backlog.tickets t JOIN pg_temp.backlog_sync_t s ON s.id OPERATOR(pg_catalog.=) t.id
     WHERE s.loadable;

    -- upsert: the columns the source provides; a row that would not change is left alone
    SELECT pg_catalog.array_agg(f.field ORDER BY f.field) INTO cols
      FROM pg_temp.backlog_sync_field f
     WHERE f.field OPERATOR(pg_catalog.=) ANY ('{subject,body,requester,account,account_tier,channel,category,priority,assignee,team,updated_at,solved_at,first_response_at,tags,calendar}'::text[]);
    cols := '{status}'::text[] OPERATOR(pg_catalog.||) coalesce(cols, '{}');
    SELECT pg_catalog.string_agg(pg_catalog.format('%I = EXCLUDED.%I', c, c), ', ') INTO upd FROM pg_catalog.unnest(cols) c;
    EXECUTE pg_catalog.format($q$
        CREATE TEMP TABLE backlog_sync_written ON COMMIT DROP AS
        WITH w AS (
            INSERT INTO backlog.tickets AS t (id, created_at, %1$s)
            SELECT s.id, s.created_at, %2$s FROM pg_temp.backlog_sync_t s WHERE s.loadable
            ON CONFLICT (id) DO UPDATE SET created_at = EXCLUDED.created_at, %3$s
             WHERE (t.created_at, %4$s) IS DISTINCT FROM (EXCLUDED.created_at, %5$s)
            RETURNING t.id, t.xmax::text OPERATOR(pg_catalog.=) '0' AS inserted)
        SELECT * FROM w $q$,
        (SELECT pg_catalog.string_agg(pg_catalog.format('%I', c), ', ') FROM pg_catalog.unnest(cols) c),
        (SELECT pg_catalog.string_agg(CASE c WHEN 'status' THEN 's.status_m'
                                             WHEN 'priority' THEN 's.priority_m'
                                             WHEN 'calendar' THEN '(SELECT c.name FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) s.calendar)'
                                             ELSE pg_catalog.format('s.%I', c) END, ', ')
           FROM pg_catalog.unnest(cols) c),
        upd,
        (SELECT pg_catalog.string_agg(pg_catalog.format('t.%I', c), ', ') FROM pg_catalog.unnest(cols) c),
        (SELECT pg_catalog.string_agg(pg_catalog.format('EXCLUDED.%I', c), ', ') FROM pg_catalog.unnest(cols) c));
    SELECT pg_catalog.count(*) FILTER (WHERE w.inserted) INTO tickets_inserted FROM pg_temp.backlog_sync_written w;

    -- events: their ticket must be in the store; never before the ticket's creation
    CREATE TEMP TABLE backlog_sync_e ON COMMIT DROP AS
    SELECT e.ticket_id, e.src_table, e.src_column, e.value AS raw, e.who, e.kind AS src_kind,
           greatest(e.at, t.created_at) AS at, e.at AS src_at, t.id IS NOT NULL AS known,
           s.id IS NOT NULL AS staged,
           CASE e.kind WHEN 'reply' THEN CASE m.mapped WHEN 'agent' THEN 'agent_reply' WHEN 'customer' THEN 'customer_reply' END
                       ELSE e.kind END AS kind,
           CASE WHEN e.kind OPERATOR(pg_catalog.=) ANY ('{status,priority}'::text[]) THEN m.mapped
                WHEN e.kind OPERATOR(pg_catalog.=) 'assign' THEN e.value END AS value,
           t.created_at
      FROM pg_temp.backlog_sync_event e
      LEFT JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) e.ticket_id
      LEFT JOIN pg_temp.backlog_sync_t s ON s.id OPERATOR(pg_catalog.=) e.ticket_id
      LEFT JOIN backlog.sync_value_map m ON m.source OPERATOR(pg_catalog.=) $2
            AND m.kind OPERATOR(pg_catalog.=) CASE e.kind WHEN 'reply' THEN 'role' ELSE e.kind END
            AND m.value OPERATOR(pg_catalog.=) pg_catalog.lower(pg_catalog.btrim(e.value))
     WHERE e.ticket_id IS NOT NULL
       -- a priority taken away is no priority event; a message at creation is the ticket's own
       AND NOT (e.kind OPERATOR(pg_catalog.=) 'priority' AND coalesce(pg_catalog.btrim(e.value), '') OPERATOR(pg_catalog.=) '')
       AND NOT (e.kind OPERATOR(pg_catalog.=) 'reply' AND e.at OPERATOR(pg_catalog.<=) t.created_at);

    ANALYZE pg_temp.backlog_sync_e;
    INSERT INTO pg_temp.backlog_sync_report
    SELECT e.src_table, 'ticket_id', e.ticket_id::text, e.ticket_id, true
      FROM pg_temp.backlog_sync_e e WHERE NOT e.known AND NOT e.staged
    UNION ALL
    SELECT e.src_table, 'at', NULL, e.ticket_id, true
      FROM pg_temp.backlog_sync_e e WHERE e.known AND (e.src_at IS NULL OR NOT pg_catalog.isfinite(e.src_at))
    UNION ALL
    SELECT CASE WHEN e.src_kind OPERATOR(pg_catalog.=) 'reply' AND e.raw IS NULL AND e.who IS NOT NULL THEN e.src_table ELSE e.src_table END,
           CASE WHEN e.src_kind OPERATOR(pg_catalog.=) 'reply' AND e.raw IS NULL AND e.who IS NOT NULL THEN 'id' ELSE e.src_column END,
           CASE WHEN e.src_kind OPERATOR(pg_catalog.=) 'reply' AND e.raw IS NULL AND e.who IS NOT NULL THEN e.who ELSE e.raw END,
           e.ticket_id, true
      FROM pg_temp.backlog_sync_e e
     WHERE e.known AND e.kind IS NULL OR (e.src_kind OPERATOR(pg_catalog.=) ANY ('{status,priority}'::text[]) AND e.known AND e.value IS NULL);
    -- events of tickets held back this run (not in the store yet) wait with them
    INSERT INTO pg_temp.backlog_sync_report
    SELECT NULL, NULL, NULL, e.ticket_id, true FROM pg_temp.backlog_sync_e e WHERE NOT e.known AND e.staged;

    WITH w AS (
        INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
        SELECT DISTINCT e.ticket_id, e.at, e.kind, e.value FROM pg_temp.backlog_sync_e e
         WHERE e.known AND e.kind IS NOT NULL AND pg_catalog.isfinite(e.at)
           AND (e.value IS NOT NULL OR e.src_kind OPERATOR(pg_catalog.<>) ALL ('{status,priority}'::text[]))
           AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events x
                            WHERE x.ticket_id OPERATOR(pg_catalog.=) e.ticket_id AND x.at OPERATOR(pg_catalog.=) e.at
                              AND x.kind OPERATOR(pg_catalog.=) e.kind AND x.value IS NOT DISTINCT FROM e.value)
        RETURNING 1)
    SELECT pg_catalog.count(*) INTO events_added FROM w;

    -- what backlog.record_status would have recorded, for tickets whose history does not end
    -- in their current status: the old status at created_at (when there was no history) and
    -- the current one at updated_at
    WITH l AS (
        -- each written ticket's last status event (the latest; at one instant the last by rank)
        SELECT x.ticket_id, (pg_catalog.array_agg(x.value ORDER BY x.at DESC))[1] AS value, pg_catalog.max(x.at) AS at
          FROM backlog.ticket_events x JOIN pg_temp.backlog_sync_t s ON s.id OPERATOR(pg_catalog.=) x.ticket_id
         WHERE x.kind OPERATOR(pg_catalog.=) 'status' AND s.loadable
         GROUP BY x.ticket_id
    ), h AS (
        SELECT s.id, s.status_m, s.created_at, s.updated_at, o.status AS old_status, l.value AS last_value, l.at AS last_at
          FROM pg_temp.backlog_sync_t s
          LEFT JOIN pg_temp.backlog_sync_old o ON o.id OPERATOR(pg_catalog.=) s.id
          LEFT JOIN l ON l.ticket_id OPERATOR(pg_catalog.=) s.id
         WHERE s.loadable
           AND (l.value OPERATOR(pg_catalog.<>) s.status_m
                OR (l.value IS NULL AND o.status OPERATOR(pg_catalog.<>) s.status_m))
    ), w AS (
        INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
        SELECT h.id, h.created_at, 'status', h.old_status FROM h WHERE h.last_value IS NULL
        UNION ALL
        SELECT h.id, greatest(coalesce(h.updated_at, pg_catalog.now()), h.created_at, h.last_at), 'status', h.status_m FROM h
        RETURNING 1)
    SELECT events_added OPERATOR(pg_catalog.+) pg_catalog.count(*) INTO events_added FROM w;

    -- derived columns the source does not provide: first reply, solve time; and merges
    CREATE TEMP TABLE backlog_sync_derived ON COMMIT DROP AS
    WITH ev AS (
        SELECT x.ticket_id, x.at, x.kind, xs.is_open
          FROM backlog.ticket_events x JOIN pg_temp.backlog_sync_t s ON s.id OPERATOR(pg_catalog.=) x.ticket_id
          LEFT JOIN backlog.statuses xs ON x.kind OPERATOR(pg_catalog.=) 'status' AND xs.status OPERATOR(pg_catalog.=) x.value
         WHERE s.loadable AND x.kind OPERATOR(pg_catalog.=) ANY ('{status,agent_reply}'::text[])
    ), a AS (
        SELECT ev.ticket_id,
               pg_catalog.min(ev.at) FILTER (WHERE ev.kind OPERATOR(pg_catalog.=) 'agent_reply') AS first_reply,
               pg_catalog.max(ev.at) FILTER (WHERE ev.is_open) AS last_open
          FROM ev GROUP BY ev.ticket_id
    ), z AS (
        -- the start of the current stretch of closed statuses
        SELECT ev.ticket_id, pg_catalog.min(ev.at) AS closed_at
          FROM ev JOIN a ON a.ticket_id OPERATOR(pg_catalog.=) ev.ticket_id
         WHERE NOT ev.is_open AND ev.at OPERATOR(pg_catalog.>) coalesce(a.last_open, '-infinity')
         GROUP BY ev.ticket_id
    )
    SELECT s.id, a.first_reply AS first_response_at,
           CASE WHEN cs.is_open THEN NULL
                ELSE coalesce(z.closed_at, greatest(s.updated_at, s.created_at), s.created_at) END AS solved_at
      FROM pg_temp.backlog_sync_t s JOIN backlog.statuses cs ON cs.status OPERATOR(pg_catalog.=) s.status_m
      LEFT JOIN a ON a.ticket_id OPERATOR(pg_catalog.=) s.id
      LEFT JOIN z ON z.ticket_id OPERATOR(pg_catalog.=) s.id
     WHERE s.loadable;

    SELECT pg_catalog.string_agg(pg_catalog.format('%I', c), ', '),
           pg_catalog.string_agg(pg_catalog.format('d.%I', c), ', ')
      INTO upd, vals
      FROM pg_catalog.unnest('{first_response_at,solved_at}'::text[]) c
     WHERE NOT EXISTS (SELECT 1 FROM pg_temp.backlog_sync_field f WHERE f.field OPERATOR(pg_catalog.=) c);
    IF upd IS NOT NULL THEN
        EXECUTE pg_catalog.format($q$
            WITH w AS (
                UPDATE backlog.tickets t SET (%1$s) = ROW(%2$s)
                  FROM pg_temp.backlog_sync_derived d
                 WHERE t.id OPERATOR(pg_catalog.=) d.id AND ROW(%3$s) IS DISTINCT FROM ROW(%2$s)
                RETURNING t.id)
            INSERT INTO pg_temp.backlog_sync_written SELECT w.id, false FROM w $q$,
            upd, vals,
            (SELECT pg_catalog.string_agg('t.' OPERATOR(pg_catalog.||) x, ', ') FROM pg_catalog.regexp_split_to_table(upd, ', ') x));
    END IF;

    -- merges: both tickets must be in the store (else the ticket whose row said so waits); a
    -- sync records merges, it never undoes one
    INSERT INTO pg_temp.backlog_sync_merge (id, merged_into, hold_id, src_table, src_column)
    SELECT t.id, t.merged_into, t.id, f.src_table, f.src_column
      FROM pg_temp.backlog_sync_t t JOIN pg_temp.backlog_sync_field f ON f.field OPERATOR(pg_catalog.=) 'merged_into'
     WHERE t.merged_into IS NOT NULL AND t.loadable;
    INSERT INTO pg_temp.backlog_sync_report
    SELECT m.src_table, m.src_column, m.id::text OPERATOR(pg_catalog.||) ' -> ' OPERATOR(pg_catalog.||) m.merged_into::text, m.hold_id, true
      FROM pg_temp.backlog_sync_merge m
     WHERE m.id IS NULL OR m.id OPERATOR(pg_catalog.=) m.merged_into
        OR NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) m.id)
        OR NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) m.merged_into);
    WITH w AS (
        UPDATE backlog.tickets t SET merged_into = m.merged_into
          FROM (SELECT DISTINCT ON (x.id) x.id, x.merged_into FROM pg_temp.backlog_sync_merge x
                 WHERE x.id OPERATOR(pg_catalog.<>) x.merged_into
                   AND EXISTS (SELECT 1 FROM backlog.tickets y WHERE y.id OPERATOR(pg_catalog.=) x.merged_into)
                 ORDER BY x.id, x.merged_into) m
         WHERE t.id OPERATOR(pg_catalog.=) m.id AND t.merged_into IS DISTINCT FROM m.merged_into
        RETURNING t.id)
    INSERT INTO pg_temp.backlog_sync_written SELECT w.id, false FROM w;

    SELECT pg_catalog.count(DISTINCT w.id) INTO tickets_updated
      FROM pg_temp.backlog_sync_written w
     WHERE NOT EXISTS (SELECT 1 FROM pg_temp.backlog_sync_written i WHERE i.id OPERATOR(pg_catalog.=) w.id AND i.inserted);

    -- watermarks, pending tickets, the report
    INSERT INTO backlog.sync_watermarks AS w (source, source_table, stamp_column, watermark, synced_at)
    SELECT $1, m.source_table, m.stamp_column, m.watermark, pg_catalog.now()
      FROM pg_temp.backlog_sync_mark m WHERE m.watermark IS NOT NULL
    ON CONFLICT ON CONSTRAINT sync_watermarks_pkey DO UPDATE
       SET stamp_column = EXCLUDED.stamp_column, watermark = greatest(w.watermark, EXCLUDED.watermark),
           synced_at = EXCLUDED.synced_at;

    DELETE FROM backlog.sync_pending p WHERE p.source OPERATOR(pg_catalog.=) $1;
    INSERT INTO backlog.sync_pending (source, ticket_id, reason)
    SELECT $1, r.ticket_id,
           coalesce(pg_catalog.min(r.src_table OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) r.src_column),
                    'its ticket was held back')
      FROM pg_temp.backlog_sync_report r WHERE r.hold AND r.ticket_id IS NOT NULL
     GROUP BY r.ticket_id;
    GET DIAGNOSTICS pending_tickets = ROW_COUNT;

    DELETE FROM backlog.sync_unmapped u WHERE u.source OPERATOR(pg_catalog.=) $1;
    INSERT INTO backlog.sync_unmapped (source, source_table, source_column, value, count, first_ticket, seen_at)
    SELECT $1, r.src_table, r.src_column, r.value, pg_catalog.count(*), pg_catalog.min(r.ticket_id), pg_catalog.now()
      FROM pg_temp.backlog_sync_report r WHERE r.src_table IS NOT NULL
     GROUP BY r.src_table, r.src_column, r.value;
    SELECT coalesce(pg_catalog.sum(u.count), 0) INTO unmapped_values
      FROM backlog.sync_unmapped u WHERE u.source OPERATOR(pg_catalog.=) $1;

    DROP TABLE pg_temp.backlog_sync_t, pg_temp.backlog_sync_old, pg_temp.backlog_sync_written,
         pg_temp.backlog_sync_e, pg_temp.backlog_sync_derived;
END
$$;
COMMENT ON FUNCTION backlog.sync_apply(text, text) IS
  'Internal to the sync functions: maps the staged rows through the backlog.sync_value_map rows of map_source and writes tickets, events, calendars, watermarks, pending tickets and the unmapped report.';

-- Adds the ticket ids of the rows of rel that match cond (SQL text built by the caller from
-- checked names) to the batch; reports the rows whose id column holds no number.
CREATE FUNCTION backlog.sync_batch(rel regclass, id_column text, cond text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE pg_catalog.format($q$
        WITH x AS (SELECT DISTINCT %1$s AS id, s.%2$I::text AS raw FROM %3$s s WHERE %4$s),
        bad AS (INSERT INTO pg_temp.backlog_sync_report
                SELECT %5$L, %2$L, x.raw, NULL, false FROM x WHERE x.id IS NULL)
        INSERT INTO pg_temp.backlog_sync_batch SELECT x.id FROM x WHERE x.id IS NOT NULL ON CONFLICT DO NOTHING $q$,
        backlog.sync_expr(rel, id_column, 'id'), id_column, rel, cond, rel::text);
END
$$;
COMMENT ON FUNCTION backlog.sync_batch(regclass, text, text) IS
  'Internal to the sync functions: adds the ticket ids of the rows of rel matching cond to the batch, reporting ids that are no number.';

-- ---------------------------------------------------------------------------------------------
-- Zendesk
-- ---------------------------------------------------------------------------------------------
-- Reads the tables Fivetran (ticket, ticket_field_history, ticket_comment, user, organization,
-- group, schedule, schedule_holiday, ticket_schedule, ticket_tag) or Airbyte (the plural names)
-- land, with either tool's column names; see README "Syncing a helpdesk".
CREATE FUNCTION backlog.sync_zendesk(source_schema text DEFAULT 'zendesk',
    OUT tickets_inserted bigint, OUT tickets_updated bigint, OUT events_added bigint,
    OUT calendars_written integer, OUT unmapped_values bigint, OUT pending_tickets bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    book text;
    r_ticket regclass; r_hist regclass; r_comment regclass; r_user regclass; r_org regclass;
    r_group regclass; r_sched regclass; r_hol regclass; r_tsched regclass; r_tag regclass;
    r regclass;
    c text; c2 text; q text; stamp text; cond text; mark timestamptz;
    cond_ticket text := 'true'; cond_hist text := 'true'; cond_comment text := 'true';
    cond_tag text := 'true'; cond_tsched text := 'true';
    st_ticket text; st_hist text; st_comment text; st_tag text; st_tsched text;
    pend text;
    del text;
    sch record;
    zone text;
    cal backlog.calendar;
BEGIN
    IF source_schema IS NULL OR NOT EXISTS
       (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname OPERATOR(pg_catalog.=) source_schema) THEN
        RAISE EXCEPTION 'schema "%" does not exist', source_schema
              USING ERRCODE = 'invalid_schema_name',
                    HINT = 'Pass the name of the schema your ELT tool writes Zendesk into (a name, not SQL).';
    END IF;
    book := CASE WHEN source_schema OPERATOR(pg_catalog.=) 'zendesk' THEN 'zendesk'
                 ELSE 'zendesk:' OPERATOR(pg_catalog.||) source_schema END;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('backlog.sync'), pg_catalog.hashtext(book));
    PERFORM backlog.sync_stage();

    r_ticket := backlog.sync_relation(source_schema, '{ticket,tickets}');
    IF r_ticket IS NULL THEN
        RAISE EXCEPTION 'relation %.ticket does not exist', pg_catalog.quote_ident(source_schema)
              USING ERRCODE = 'undefined_table',
                    DETAIL = 'backlog.sync_zendesk reads Zendesk tickets from table ticket (Fivetran) or tickets (Airbyte).';
    END IF;
    FOREACH c IN ARRAY '{id,created_at,status}'::text[] LOOP
        IF backlog.sync_column(r_ticket, ARRAY[c]) IS NULL THEN
            RAISE EXCEPTION 'column "%" of relation % does not exist', c, r_ticket
                  USING ERRCODE = 'undefined_column',
                        DETAIL = 'A Zendesk ticket table has columns id, created_at and status.';
        END IF;
    END LOOP;
    r_hist := backlog.sync_relation(source_schema, '{ticket_field_history}');
    r_comment := backlog.sync_relation(source_schema, '{ticket_comment,ticket_comments}');
    r_user := backlog.sync_relation(source_schema, '{user,users}');
    r_org := backlog.sync_relation(source_schema, '{organization,organizations}');
    r_group := backlog.sync_relation(source_schema, '{group,groups}');
    r_sched := backlog.sync_relation(source_schema, '{schedule,schedules}');
    r_hol := backlog.sync_relation(source_schema, '{schedule_holiday,schedule_holidays}');
    r_tsched := backlog.sync_relation(source_schema, '{ticket_schedule,ticket_schedules}');
    r_tag := backlog.sync_relation(source_schema, '{ticket_tag,ticket_tags}');

    -- which rows changed since the last run: stamp > the table's watermark (rows without a
    -- stamp every time; the sync is idempotent). Each table is read once for its changes; the
    -- new watermark is the highest stamp of the rows read.
    FOR r, c IN SELECT x.r, x.nat FROM (VALUES (r_ticket, 'updated_at'), (r_hist, 'updated'),
                                              (r_comment, 'created'), (r_tag, NULL),
                                              (r_tsched, 'created_at')) x(r, nat)
                 WHERE x.r IS NOT NULL LOOP
        stamp := backlog.sync_column(r, ARRAY['_fivetran_synced', '_airbyte_extracted_at', '_airbyte_emitted_at', c,
                                              CASE c WHEN 'created' THEN 'created_at' WHEN 'updated' THEN 'updated_at' END]);
        cond := 'true';
        IF stamp IS NOT NULL THEN
            cond := pg_catalog.format('(%1$s OPERATOR(pg_catalog.>) %2$L::timestamptz OR %1$s IS NULL)',
                                      backlog.sync_expr(r, stamp, 'time'), backlog.sync_watermark(book, r::text));
            INSERT INTO pg_temp.backlog_sync_mark VALUES (r::text, stamp, NULL);
        END IF;
        stamp := backlog.sync_expr(r, stamp, 'time');
        IF r OPERATOR(pg_catalog.=) r_ticket THEN cond_ticket := cond; st_ticket := stamp;
        ELSIF r OPERATOR(pg_catalog.=) r_hist THEN cond_hist := cond; st_hist := stamp;
        ELSIF r OPERATOR(pg_catalog.=) r_comment THEN cond_comment := cond; st_comment := stamp;
        ELSIF r OPERATOR(pg_catalog.=) r_tag THEN cond_tag := cond; st_tag := stamp;
        ELSE cond_tsched := cond; st_tsched := stamp; END IF;
    END LOOP;

    -- people, organizations, groups: id (as text) -> what the store shows
    CREATE TEMP TABLE backlog_zd_user (id text PRIMARY KEY, ident text, role text) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_zd_org (id text PRIMARY KEY, name text) ON COMMIT DROP;
    CREATE TEMP TABLE backlog_zd_group (id text PRIMARY KEY, name text) ON COMMIT DROP;
    IF r_user IS NOT NULL THEN
        EXECUTE pg_catalog.format('INSERT INTO pg_temp.backlog_zd_user SELECT DISTINCT ON (1) %1$s, coalesce(%2$s, %3$s, %1$s), %4$s FROM %5$s s WHERE %1$s IS NOT NULL ORDER BY 1',
            backlog.sync_expr(r_user, 'id', 'text'), backlog.sync_expr(r_user, backlog.sync_column(r_user, '{email}'), 'text'),
            backlog.sync_expr(r_user, backlog.sync_column(r_user, '{name}'), 'text'),
            backlog.sync_expr(r_user, backlog.sync_column(r_user, '{role}'), 'text'), r_user);
    END IF;
    IF r_org IS NOT NULL THEN
        EXECUTE pg_catalog.format('INSERT INTO pg_temp.backlog_zd_org SELECT DISTINCT ON (1) %s, %s FROM %s s WHERE s.id IS NOT NULL ORDER BY 1',
            backlog.sync_expr(r_org, 'id', 'text'), backlog.sync_expr(r_org, 'name', 'text'), r_org);
    END IF;
    IF r_group IS NOT NULL THEN
        EXECUTE pg_catalog.format('INSERT INTO pg_temp.backlog_zd_group SELECT DISTINCT ON (1) %s, %s FROM %s s WHERE s.id IS NOT NULL ORDER BY 1',
            backlog.sync_expr(r_group, 'id', 'text'), backlog.sync_expr(r_group, 'name', 'text'), r_group);
    END IF;

    -- the tickets to look at: the pending ones, then those with changed rows in any table
    INSERT INTO pg_temp.backlog_sync_batch
    SELECT p.ticket_id FROM backlog.sync_pending p WHERE p.source OPERATOR(pg_catalog.=) book;
    CREATE TEMP TABLE backlog_zd_pending ON COMMIT DROP AS SELECT b.id FROM pg_temp.backlog_sync_batch b;
    pend := '(SELECT p.id FROM pg_temp.backlog_zd_pending p)';

    -- status, priority and assignee history: changed rows, and every row of a pending ticket
    IF r_hist IS NOT NULL THEN
        c := backlog.sync_column(r_hist, '{updated,updated_at,created_at}');
        IF c IS NULL THEN
            RAISE EXCEPTION 'column "updated" of relation % does not exist', r_hist USING ERRCODE = 'undefined_column';
        END IF;
        del := backlog.sync_column(r_hist, '{_fivetran_deleted}');
        EXECUTE pg_catalog.format($q$
            WITH x AS MATERIALIZED (
                SELECT %1$s AS ticket_id, s.ticket_id::text AS raw_id, %2$s AS at, %3$s AS field, %4$s AS value, %10$s AS stamp
                  FROM %6$s s
                 WHERE %3$s OPERATOR(pg_catalog.=) ANY ('{status,priority,assignee_id}'::text[])
                   AND NOT %7$s AND (%8$s OR %1$s IN %9$s)
            ), e AS (
                INSERT INTO pg_temp.backlog_sync_event (ticket_id, at, kind, value, src_table, src_column)
                SELECT x.ticket_id, x.at,
                       CASE x.field WHEN 'status' THEN 'status' WHEN 'priority' THEN 'priority' ELSE 'assign' END,
                       CASE WHEN x.field OPERATOR(pg_catalog.=) 'assignee_id'
                            THEN coalesce(u.ident, NULLIF(x.value, '')) ELSE x.value END,
                       %5$L, 'value'
                  FROM x LEFT JOIN pg_temp.backlog_zd_user u
                    ON x.field OPERATOR(pg_catalog.=) 'assignee_id' AND u.id OPERATOR(pg_catalog.=) x.value
                 WHERE x.ticket_id IS NOT NULL
            ), b AS (
                INSERT INTO pg_temp.backlog_sync_batch SELECT DISTINCT x.ticket_id FROM x WHERE x.ticket_id IS NOT NULL
                ON CONFLICT DO NOTHING
            ), bad AS (
                INSERT INTO pg_temp.backlog_sync_report SELECT %5$L, 'ticket_id', x.raw_id, NULL, false FROM x WHERE x.ticket_id IS NULL
            )
            SELECT pg_catalog.max(x.stamp) FROM x $q$,
            backlog.sync_expr(r_hist, 'ticket_id', 'id'), backlog.sync_expr(r_hist, c, 'time'),
            backlog.sync_expr(r_hist, 'field_name', 'text'), backlog.sync_expr(r_hist, 'value', 'text'),
            r_hist::text, r_hist,
            coalesce(pg_catalog.format('coalesce(%s, false)', backlog.sync_expr(r_hist, del, 'bool')), 'false'),
            cond_hist, pend, st_hist) INTO mark;
        UPDATE pg_temp.backlog_sync_mark m SET watermark = mark WHERE m.source_table OPERATOR(pg_catalog.=) r_hist::text;
    END IF;

    -- public comments, by their author's role (the opening one is the ticket itself)
    IF r_comment IS NOT NULL THEN
        c := backlog.sync_column(r_comment, '{user_id,author_id}');
        c2 := backlog.sync_column(r_comment, '{created,created_at}');
        IF c IS NULL OR c2 IS NULL THEN
            RAISE EXCEPTION 'column "%" of relation % does not exist', CASE WHEN c IS NULL THEN 'user_id' ELSE 'created' END, r_comment
                  USING ERRCODE = 'undefined_column';
        END IF;
        del := backlog.sync_column(r_comment, '{_fivetran_deleted}');
        EXECUTE pg_catalog.format($q$
            WITH x AS MATERIALIZED (
                SELECT %1$s AS ticket_id, s.ticket_id::text AS raw_id, %2$s AS at, %3$s AS author, %10$s AS stamp
                  FROM %5$s s
                 WHERE coalesce(%6$s, true) AND NOT %7$s AND (%8$s OR %1$s IN %9$s)
            ), e AS (
                INSERT INTO pg_temp.backlog_sync_event (ticket_id, at, kind, value, who, src_table, src_column)
                SELECT x.ticket_id, x.at, 'reply', u.role, x.author, %4$L, 'role'
                  FROM x LEFT JOIN pg_temp.backlog_zd_user u ON u.id OPERATOR(pg_catalog.=) x.author
                 WHERE x.ticket_id IS NOT NULL
            ), b AS (
                INSERT INTO pg_temp.backlog_sync_batch SELECT DISTINCT x.ticket_id FROM x WHERE x.ticket_id IS NOT NULL
                ON CONFLICT DO NOTHING
            ), bad AS (
                INSERT INTO pg_temp.backlog_sync_report SELECT %11$L, 'ticket_id', x.raw_id, NULL, false FROM x WHERE x.ticket_id IS NULL
            )
            SELECT pg_catalog.max(x.stamp) FROM x $q$,
            backlog.sync_expr(r_comment, 'ticket_id', 'id'), backlog.sync_expr(r_comment, c2, 'time'),
            backlog.sync_expr(r_comment, c, 'text'),
            coalesce(r_user::text, pg_catalog.quote_ident(source_schema) OPERATOR(pg_catalog.||) '.user'),
            r_comment,
            backlog.sync_expr(r_comment, backlog.sync_column(r_comment, '{public}'), 'bool'),
            coalesce(pg_catalog.format('coalesce(%s, false)', backlog.sync_expr(r_comment, del, 'bool')), 'false'),
            cond_comment, pend, st_comment, r_comment::text) INTO mark;
        UPDATE pg_temp.backlog_sync_mark m SET watermark = mark WHERE m.source_table OPERATOR(pg_catalog.=) r_comment::text;
    END IF;

    -- tickets whose tags or schedule changed
    FOR r, cond, stamp IN SELECT x.r, x.cond, x.st FROM (VALUES (r_tag, cond_tag, st_tag), (r_tsched, cond_tsched, st_tsched)) x(r, cond, st)
                           WHERE x.r IS NOT NULL LOOP
        EXECUTE pg_catalog.format($q$
            WITH x AS MATERIALIZED (SELECT %1$s AS ticket_id, %2$s AS stamp FROM %3$s s WHERE %4$s),
            b AS (INSERT INTO pg_temp.backlog_sync_batch SELECT DISTINCT x.ticket_id FROM x WHERE x.ticket_id IS NOT NULL
                  ON CONFLICT DO NOTHING)
            SELECT pg_catalog.max(x.stamp) FROM x $q$,
            backlog.sync_expr(r, 'ticket_id', 'id'), stamp, r, cond) INTO mark;
        UPDATE pg_temp.backlog_sync_mark m SET watermark = mark WHERE m.source_table OPERATOR(pg_catalog.=) r::text;
    END LOOP;
    ANALYZE pg_temp.backlog_sync_batch;

    -- tickets: the changed rows and those of the batch, read once
    del := backlog.sync_column(r_ticket, '{_fivetran_deleted}');
    c := backlog.sync_column(r_ticket, '{via_channel}');
    c2 := CASE WHEN c IS NOT NULL THEN backlog.sync_expr(r_ticket, c, 'text')
               WHEN backlog.sync_column(r_ticket, '{via}') IS NOT NULL
               THEN '(CASE WHEN pg_catalog.jsonb_typeof(s.via::jsonb) OPERATOR(pg_catalog.=) ''object'' THEN s.via::jsonb OPERATOR(pg_catalog.->>) ''channel'' END)'
               ELSE 'NULL::text' END;
    q := backlog.sync_column(r_ticket, '{merged_ticket_ids}');
    EXECUTE pg_catalog.format($q$
        WITH x AS MATERIALIZED (
            SELECT %1$s AS id, s.id::text AS raw_id, %2$s AS stamp,
                   %3$s AS subject, %4$s AS body, %5$s AS requester_id, %6$s AS organization_id, %7$s AS channel,
                   %8$s AS priority, CASE WHEN %9$s THEN 'deleted' ELSE %10$s END AS status,
                   %11$s AS assignee_id, %12$s AS group_id, %13$s AS created_at, %14$s AS updated_at, %15$s AS tags,
                   s.created_at::text AS created_raw, %16$s AS merged
              FROM %17$s s
             WHERE %18$s OR %1$s IN (SELECT b.id FROM pg_temp.backlog_sync_batch b)
        ), t AS (
            INSERT INTO pg_temp.backlog_sync_ticket (id, subject, body, requester, account, channel, priority,
                                                     status, assignee, team, created_at, updated_at, tags, created_raw)
            SELECT x.id, x.subject, x.body, coalesce(ru.ident, x.requester_id), coalesce(o.name, x.organization_id),
                   x.channel, x.priority, x.status, coalesce(au.ident, x.assignee_id), coalesce(g.name, x.group_id),
                   x.created_at, x.updated_at, x.tags, x.created_raw
              FROM x
              LEFT JOIN pg_temp.backlog_zd_user ru ON ru.id OPERATOR(pg_catalog.=) x.requester_id
              LEFT JOIN pg_temp.backlog_zd_user au ON au.id OPERATOR(pg_catalog.=) x.assignee_id
              LEFT JOIN pg_temp.backlog_zd_org o ON o.id OPERATOR(pg_catalog.=) x.organization_id
              LEFT JOIN pg_temp.backlog_zd_group g ON g.id OPERATOR(pg_catalog.=) x.group_id
             WHERE x.id IS NOT NULL
        ), b AS (
            INSERT INTO pg_temp.backlog_sync_batch SELECT DISTINCT x.id FROM x WHERE x.id IS NOT NULL ON CONFLICT DO NOTHING
        ), m AS (
            -- Zendesk lists the tickets merged into a ticket on the ticket they went into
            INSERT INTO pg_temp.backlog_sync_merge (id, merged_into, hold_id, src_table, src_column)
            SELECT DISTINCT backlog.sync_bigint(n[1]), x.id, x.id, %19$L, %20$L
              FROM x, pg_catalog.regexp_matches(x.merged, '[0-9]+', 'g') n
             WHERE x.id IS NOT NULL AND x.merged IS NOT NULL
        ), bad AS (
            INSERT INTO pg_temp.backlog_sync_report SELECT %19$L, 'id', x.raw_id, NULL, false FROM x WHERE x.id IS NULL
        )
        SELECT pg_catalog.max(x.stamp) FROM x $q$,
        backlog.sync_expr(r_ticket, 'id', 'id'), st_ticket,
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{subject,raw_subject}'), 'text'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{description}'), 'text'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{requester_id}'), 'text'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{organization_id}'), 'text'),
        c2,
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{priority}'), 'text'),
        coalesce(pg_catalog.format('coalesce(%s, false)', backlog.sync_expr(r_ticket, del, 'bool')), 'false'),
        backlog.sync_expr(r_ticket, 'status', 'text'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{assignee_id}'), 'text'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{group_id}'), 'text'),
        backlog.sync_expr(r_ticket, 'created_at', 'time'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{updated_at}'), 'time'),
        backlog.sync_expr(r_ticket, backlog.sync_column(r_ticket, '{tags}'), 'tags'),
        backlog.sync_expr(r_ticket, q, 'text'),
        r_ticket, cond_ticket, r_ticket::text, coalesce(q, 'merged_ticket_ids')) INTO mark;
    UPDATE pg_temp.backlog_sync_mark m SET watermark = mark WHERE m.source_table OPERATOR(pg_catalog.=) r_ticket::text;
    INSERT INTO pg_temp.backlog_sync_field
    SELECT f.field, r_ticket::text, f.col
      FROM (VALUES ('status', 'status'), ('created_at', 'created_at'),
                   ('subject', backlog.sync_column(r_ticket, '{subject,raw_subject}')),
                   ('body', backlog.sync_column(r_ticket, '{description}')),
                   ('requester', backlog.sync_column(r_ticket, '{requester_id}')),
                   ('account', backlog.sync_column(r_ticket, '{organization_id}')),
                   ('channel', backlog.sync_column(r_ticket, '{via_channel,via}')),
                   ('priority', backlog.sync_column(r_ticket, '{priority}')),
                   ('assignee', backlog.sync_column(r_ticket, '{assignee_id}')),
                   ('team', backlog.sync_column(r_ticket, '{group_id}')),
                   ('updated_at', backlog.sync_column(r_ticket, '{updated_at}')),
                   ('tags', backlog.sync_column(r_ticket, '{tags}'))) f(field, col)
     WHERE f.col IS NOT NULL;

    -- tags from their own table (Fivetran), when the ticket table has none
    IF r_tag IS NOT NULL AND backlog.sync_column(r_ticket, '{tags}') IS NULL THEN
        EXECUTE pg_catalog.format($q$
            UPDATE pg_temp.backlog_sync_ticket k SET tags = x.tags
              FROM (SELECT %1$s AS id, pg_catalog.array_agg(DISTINCT %2$s ORDER BY %2$s) AS tags
                      FROM %3$s s JOIN pg_temp.backlog_sync_batch b ON b.id OPERATOR(pg_catalog.=) %1$s
                     WHERE %2$s IS NOT NULL %4$s GROUP BY 1) x
             WHERE x.id OPERATOR(pg_catalog.=) k.id $q$,
            backlog.sync_expr(r_tag, 'ticket_id', 'id'), backlog.sync_expr(r_tag, 'tag', 'text'), r_tag,
            coalesce(' AND NOT coalesce(' OPERATOR(pg_catalog.||)
                     backlog.sync_expr(r_tag, backlog.sync_column(r_tag, '{_fivetran_deleted}'), 'bool')
                     OPERATOR(pg_catalog.||) ', false)', ''));
        INSERT INTO pg_temp.backlog_sync_field VALUES ('tags', r_tag::text, 'tag');
    END IF;

    -- schedules and their holidays as calendars named zendesk:<schedule id>
    IF r_sched IS NOT NULL THEN
        CREATE TEMP TABLE backlog_zd_schedule (id text, zone text, minutes int4multirange) ON COMMIT DROP;
        CREATE TEMP TABLE backlog_zd_holiday (id text, days date[]) ON COMMIT DROP;
        del := backlog.sync_column(r_sched, '{_fivetran_deleted}');
        IF backlog.sync_column(r_sched, '{start_time}') IS NOT NULL THEN
            q := pg_catalog.format('SELECT s.id::text AS id, s.time_zone::text AS zone, s.start_time::integer AS b, s.end_time::integer AS e, %s AS deleted FROM %s s',
                                   coalesce(pg_catalog.format('coalesce(%s, false)', backlog.sync_expr(r_sched, del, 'bool')), 'false'), r_sched);
        ELSE
            q := pg_catalog.format($q$SELECT s.id::text AS id, s.time_zone::text AS zone,
                       (i.v OPERATOR(pg_catalog.->>) 'start_time')::integer AS b, (i.v OPERATOR(pg_catalog.->>) 'end_time')::integer AS e,
                       false AS deleted
                  FROM %s s LEFT JOIN LATERAL pg_catalog.jsonb_array_elements(
                           CASE WHEN pg_catalog.jsonb_typeof(s.intervals::jsonb) OPERATOR(pg_catalog.=) 'array'
                                THEN s.intervals::jsonb ELSE '[]' END) i(v) ON true$q$, r_sched);
        END IF;
        EXECUTE pg_catalog.format($q$
            INSERT INTO pg_temp.backlog_zd_schedule
            SELECT x.id, pg_catalog.min(x.zone),
                   coalesce(pg_catalog.range_agg(pg_catalog.int4range(x.b, x.e))
                            FILTER (WHERE x.b OPERATOR(pg_catalog.<) x.e), '{}')
              FROM (%s) x WHERE x.id IS NOT NULL AND NOT x.deleted GROUP BY x.id $q$, q);
        EXECUTE pg_catalog.format('INSERT INTO pg_temp.backlog_sync_report SELECT %L, ''start_time'', x.b::text OPERATOR(pg_catalog.||) ''-'' OPERATOR(pg_catalog.||) x.e::text, NULL, false FROM (%s) x WHERE NOT x.deleted AND NOT x.b OPERATOR(pg_catalog.<) x.e',
                                  r_sched::text, q);
        IF r_hol IS NOT NULL THEN
            del := backlog.sync_column(r_hol, '{_fivetran_deleted}');
            EXECUTE pg_catalog.format($q$
                INSERT INTO pg_temp.backlog_zd_holiday
                SELECT x.id, pg_catalog.array_agg(DISTINCT d::date)
                  FROM (SELECT %s AS id, (%s)::date AS b, (%s)::date AS e FROM %s s WHERE NOT %s) x,
                       pg_catalog.generate_series(x.b, least(x.e, x.b OPERATOR(pg_catalog.+) 366), interval '1 day') d
                 WHERE x.id IS NOT NULL GROUP BY x.id $q$,
                backlog.sync_expr(r_hol, 'schedule_id', 'text'), backlog.sync_expr(r_hol, 'start_date', 'time'),
                backlog.sync_expr(r_hol, 'end_date', 'time'), r_hol,
                coalesce(pg_catalog.format('coalesce(%s, false)', backlog.sync_expr(r_hol, del, 'bool')), 'false'));
        END IF;
        FOR sch IN SELECT k.id, k.zone, k.minutes, h.days FROM pg_temp.backlog_zd_schedule k
                     LEFT JOIN pg_temp.backlog_zd_holiday h ON h.id OPERATOR(pg_catalog.=) k.id ORDER BY k.id LOOP
            zone := coalesce((SELECT m.mapped FROM backlog.sync_value_map m
                               WHERE m.source OPERATOR(pg_catalog.=) 'zendesk' AND m.kind OPERATOR(pg_catalog.=) 'zone'
                                 AND m.value OPERATOR(pg_catalog.=) sch.zone), sch.zone);
            BEGIN
                cal := backlog.zendesk_calendar(zone, sch.minutes, sch.days);
                INSERT INTO pg_temp.backlog_sync_calendar VALUES (book OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) sch.id, cal);
            EXCEPTION WHEN data_exception OR invalid_parameter_value THEN
                INSERT INTO pg_temp.backlog_sync_report VALUES (r_sched::text, 'time_zone', sch.zone, NULL, false);
            END;
        END LOOP;
    END IF;

    -- each ticket's latest schedule
    IF r_tsched IS NOT NULL THEN
        c := backlog.sync_column(r_tsched, '{created_at}');
        EXECUTE pg_catalog.format($q$
            UPDATE pg_temp.backlog_sync_ticket k SET calendar = %L OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) x.schedule_id
              FROM (SELECT DISTINCT ON (1) %s AS id, %s AS schedule_id
                      FROM %s s JOIN pg_temp.backlog_sync_batch b ON b.id OPERATOR(pg_catalog.=) %2$s
                     ORDER BY 1, %5$s DESC NULLS LAST) x
             WHERE x.id OPERATOR(pg_catalog.=) k.id AND x.schedule_id IS NOT NULL $q$,
            book, backlog.sync_expr(r_tsched, 'ticket_id', 'id'), backlog.sync_expr(r_tsched, 'schedule_id', 'text'),
            r_tsched, backlog.sync_expr(r_tsched, c, 'time'));
        INSERT INTO pg_temp.backlog_sync_field VALUES ('calendar', r_tsched::text, 'schedule_id');
    END IF;

    SELECT * INTO tickets_inserted, tickets_updated, events_added, calendars_written, unmapped_values, pending_tickets
      FROM backlog.sync_apply(book, 'zendesk');
    DROP TABLE pg_temp.backlog_zd_user, pg_temp.backlog_zd_org, pg_temp.backlog_zd_group, pg_temp.backlog_zd_pending;
    IF r_sched IS NOT NULL THEN
        DROP TABLE pg_temp.backlog_zd_schedule, pg_temp.backlog_zd_holiday;
    END IF;
END
$$;
COMMENT ON FUNCTION backlog.sync_zendesk(text) IS
  'Brings the Zendesk tables Fivetran or Airbyte land in source_schema into the ticket store: tickets, status/priority/assignee history, public replies, schedules as calendars. Incremental, idempotent, in the caller''s transaction; returns what it did.';

-- Forget where a source was read up to, so its next sync reads everything again (adding only
-- what is missing: the sync is idempotent).
CREATE FUNCTION backlog.sync_reset(source text)
RETURNS bigint
LANGUAGE sql
AS $$
    WITH d AS (DELETE FROM backlog.sync_watermarks w WHERE w.source OPERATOR(pg_catalog.=) $1 RETURNING 1)
    SELECT pg_catalog.count(*) FROM d
$$;
COMMENT ON FUNCTION backlog.sync_reset(text) IS
  'Deletes the watermarks of source (e.g. ''zendesk''), so its next sync reads every source row again; returns how many were deleted.';

-- ---------------------------------------------------------------------------------------------
-- Any other helpdesk, through backlog.sync_mappings
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.sync_source(source text,
    OUT tickets_inserted bigint, OUT tickets_updated bigint, OUT events_added bigint,
    OUT calendars_written integer, OUT unmapped_values bigint, OUT pending_tickets bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    ent record;
    rel regclass;
    m record;
    want text;
    stamp text;
    cond text;
    mark timestamptz;
    key text;
    ex jsonb;     -- per entity: field -> SQL expression
    rels jsonb := '{}';
    exprs jsonb := '{}';
    pend text;
BEGIN
    IF source IS NULL OR NOT EXISTS (SELECT 1 FROM backlog.sync_mappings x WHERE x.source OPERATOR(pg_catalog.=) $1) THEN
        RAISE EXCEPTION 'no mappings for source "%"', source
              USING ERRCODE = 'undefined_object',
                    HINT = 'Describe the source in backlog.sync_mappings first (see README).';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('backlog.sync'), pg_catalog.hashtext(source));

    -- validate everything before reading anything
    FOR ent IN SELECT x.entity, pg_catalog.count(DISTINCT (x.source_schema, x.source_table)) AS tables,
                      pg_catalog.min(x.source_schema) AS sch, pg_catalog.min(x.source_table) AS tab
                 FROM backlog.sync_mappings x WHERE x.source OPERATOR(pg_catalog.=) $1
                GROUP BY x.entity ORDER BY x.entity LOOP
        IF ent.tables OPERATOR(pg_catalog.>) 1 THEN
            RAISE EXCEPTION 'the % fields of source "%" come from more than one table', ent.entity, source
                  USING ERRCODE = 'invalid_parameter_value',
                        HINT = 'Each entity reads one table or view; join several in a view.';
        END IF;
        rel := backlog.sync_relation(ent.sch, ARRAY[ent.tab]);
        IF rel IS NULL THEN
            RAISE EXCEPTION 'relation %.% of source "%" does not exist', pg_catalog.quote_ident(ent.sch), pg_catalog.quote_ident(ent.tab), source
                  USING ERRCODE = 'undefined_table';
        END IF;
        SELECT req.f INTO want
          FROM pg_catalog.unnest(CASE ent.entity WHEN 'ticket' THEN '{id,created_at,status}'::text[]
                                                 WHEN 'reply' THEN '{ticket_id,at,role}'
                                                 ELSE '{ticket_id,at,value}' END) req(f)
         WHERE NOT EXISTS (SELECT 1 FROM backlog.sync_mappings x
                            WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) ent.entity
                              AND x.field OPERATOR(pg_catalog.=) req.f)
         LIMIT 1;
        IF want IS NOT NULL THEN
            RAISE EXCEPTION 'the % mapping of source "%" has no field "%"', ent.entity, source, want
                  USING ERRCODE = 'invalid_parameter_value',
                        DETAIL = 'Required: ticket id, created_at, status; reply ticket_id, at, role; status, priority, assign ticket_id, at, value.';
        END IF;
        IF ent.entity OPERATOR(pg_catalog.<>) 'ticket' AND NOT EXISTS
           (SELECT 1 FROM backlog.sync_mappings x WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) 'ticket') THEN
            RAISE EXCEPTION 'source "%" has no ticket mapping', source USING ERRCODE = 'invalid_parameter_value';
        END IF;
        ex := '{}';
        FOR m IN SELECT x.field, x.source_column FROM backlog.sync_mappings x
                  WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) ent.entity LOOP
            want := CASE WHEN m.field OPERATOR(pg_catalog.=) ANY ('{id,ticket_id,merged_into}'::text[]) THEN 'id'
                         WHEN m.field OPERATOR(pg_catalog.=) ANY ('{created_at,updated_at,solved_at,first_response_at,at,stamp}'::text[]) THEN 'time'
                         WHEN m.field OPERATOR(pg_catalog.=) 'tags' THEN 'tags'
                         WHEN m.field OPERATOR(pg_catalog.=) 'public' THEN 'bool'
                         ELSE 'text' END;
            ex := ex OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object(m.field, backlog.sync_expr(rel, m.source_column, want));
        END LOOP;
        rels := rels OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object(ent.entity, rel::text);
        exprs := exprs OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object(ent.entity, ex);
    END LOOP;

    PERFORM backlog.sync_stage();
    pend := pg_catalog.format('(SELECT p.ticket_id FROM backlog.sync_pending p WHERE p.source OPERATOR(pg_catalog.=) %L)', source);

    -- watermarks, and the tickets changed in any entity
    FOR ent IN SELECT e.key AS entity, e.value #>> '{}' AS rel FROM pg_catalog.jsonb_each(rels) e ORDER BY 1 LOOP
        key := ent.rel OPERATOR(pg_catalog.||) ' (' OPERATOR(pg_catalog.||) ent.entity OPERATOR(pg_catalog.||) ')';
        stamp := exprs OPERATOR(pg_catalog.->) ent.entity OPERATOR(pg_catalog.->>) 'stamp';
        cond := 'true';
        IF stamp IS NOT NULL THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.max(%s) FROM %s s', stamp, ent.rel) INTO mark;
            INSERT INTO pg_temp.backlog_sync_mark
            SELECT key, x.source_column, mark FROM backlog.sync_mappings x
             WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) ent.entity AND x.field OPERATOR(pg_catalog.=) 'stamp';
            cond := pg_catalog.format('(%1$s OPERATOR(pg_catalog.>) %2$L::timestamptz OR %1$s IS NULL)',
                                      stamp, backlog.sync_watermark(source, key));
        END IF;
        exprs := pg_catalog.jsonb_set(exprs, ARRAY[ent.entity, 'cond'], pg_catalog.to_jsonb(cond));
        PERFORM backlog.sync_batch(ent.rel::regclass,
            (SELECT x.source_column FROM backlog.sync_mappings x
              WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) ent.entity
                AND x.field OPERATOR(pg_catalog.=) CASE ent.entity WHEN 'ticket' THEN 'id' ELSE 'ticket_id' END), cond);
    END LOOP;
    EXECUTE 'INSERT INTO pg_temp.backlog_sync_batch ' OPERATOR(pg_catalog.||) pend OPERATOR(pg_catalog.||) ' ON CONFLICT DO NOTHING';
    ANALYZE pg_temp.backlog_sync_batch;

    -- tickets
    ex := exprs OPERATOR(pg_catalog.->) 'ticket';
    EXECUTE pg_catalog.format($q$
        INSERT INTO pg_temp.backlog_sync_ticket (id, subject, body, requester, account, account_tier, channel,
            category, priority, status, assignee, team, created_at, updated_at, solved_at, first_response_at,
            tags, merged_into, calendar, created_raw)
        SELECT %s, s.%I::text FROM %s s JOIN pg_temp.backlog_sync_batch b ON b.id OPERATOR(pg_catalog.=) %s $q$,
        (SELECT pg_catalog.string_agg(coalesce(ex OPERATOR(pg_catalog.->>) f.f,
                                               backlog.sync_expr(NULL, NULL, CASE WHEN f.f OPERATOR(pg_catalog.=) 'merged_into' THEN 'id'
                                                                                  WHEN f.f OPERATOR(pg_catalog.~~) '%_at' THEN 'time'
                                                                                  WHEN f.f OPERATOR(pg_catalog.=) 'tags' THEN 'tags' ELSE 'text' END)),
                                      ', ' ORDER BY f.n)
           FROM pg_catalog.unnest('{id,subject,body,requester,account,account_tier,channel,category,priority,status,assignee,team,created_at,updated_at,solved_at,first_response_at,tags,merged_into,calendar}'::text[])
                WITH ORDINALITY f(f, n)),
        (SELECT x.source_column FROM backlog.sync_mappings x
          WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) 'ticket'
            AND x.field OPERATOR(pg_catalog.=) 'created_at'),
        rels OPERATOR(pg_catalog.->>) 'ticket', ex OPERATOR(pg_catalog.->>) 'id');
    INSERT INTO pg_temp.backlog_sync_field
    SELECT x.field, rels OPERATOR(pg_catalog.->>) 'ticket', x.source_column FROM backlog.sync_mappings x
     WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) 'ticket'
       AND x.field OPERATOR(pg_catalog.<>) ALL ('{id,stamp}'::text[]);

    -- history and replies: the rows changed since the last run, and every row of a pending ticket
    FOR ent IN SELECT e.key AS entity, e.value #>> '{}' AS rel FROM pg_catalog.jsonb_each(rels) e
                WHERE e.key OPERATOR(pg_catalog.<>) 'ticket' ORDER BY 1 LOOP
        ex := exprs OPERATOR(pg_catalog.->) ent.entity;
        EXECUTE pg_catalog.format($q$
            INSERT INTO pg_temp.backlog_sync_event (ticket_id, at, kind, value, who, src_table, src_column)
            SELECT %1$s, %2$s, %3$L, %4$s, NULL, %5$L, %6$L FROM %7$s s
             WHERE (%8$s OR %1$s IN %9$s) AND coalesce(%10$s, true) $q$,
            ex OPERATOR(pg_catalog.->>) 'ticket_id', ex OPERATOR(pg_catalog.->>) 'at',
            CASE ent.entity WHEN 'reply' THEN 'reply' ELSE ent.entity END,
            ex OPERATOR(pg_catalog.->>) CASE ent.entity WHEN 'reply' THEN 'role' ELSE 'value' END,
            ent.rel,
            (SELECT x.source_column FROM backlog.sync_mappings x
              WHERE x.source OPERATOR(pg_catalog.=) $1 AND x.entity OPERATOR(pg_catalog.=) ent.entity
                AND x.field OPERATOR(pg_catalog.=) CASE ent.entity WHEN 'reply' THEN 'role' ELSE 'value' END),
            ent.rel, ex OPERATOR(pg_catalog.->>) 'cond', pend,
            coalesce(ex OPERATOR(pg_catalog.->>) 'public', 'NULL::boolean'));
    END LOOP;

    SELECT * INTO tickets_inserted, tickets_updated, events_added, calendars_written, unmapped_values, pending_tickets
      FROM backlog.sync_apply(source, source);
END
$$;
COMMENT ON FUNCTION backlog.sync_source(text) IS
  'Brings the helpdesk tables described for source in backlog.sync_mappings into the ticket store, after checking every table and column exists; values map through backlog.sync_value_map rows of the same source. Incremental when stamp fields are mapped, idempotent, in the caller''s transaction; returns what it did.';

-- ---------------------------------------------------------------------------------------------
-- One call for a scheduled job
-- ---------------------------------------------------------------------------------------------
-- The Zendesk schemas a sync without names reads: schema zendesk when it exists, and every
-- other schema that backlog.sync_zendesk has read before (its watermarks are source
-- zendesk:<schema>) and that still exists.
CREATE FUNCTION backlog.sync_zendesk_schemas()
RETURNS text[]
LANGUAGE sql STABLE
AS $$
    SELECT coalesce(pg_catalog.array_agg(n.nspname::text ORDER BY n.nspname OPERATOR(pg_catalog.<>) 'zendesk', n.nspname), '{}')
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname OPERATOR(pg_catalog.=) 'zendesk'
        OR 'zendesk:' OPERATOR(pg_catalog.||) n.nspname::text IN (SELECT w.source FROM backlog.sync_watermarks w)
$$;
COMMENT ON FUNCTION backlog.sync_zendesk_schemas() IS
  'The Zendesk schemas backlog.sync_all() reads by default: schema zendesk when it exists, then every other existing schema that backlog.sync_zendesk has read before (a source zendesk:<schema> in backlog.sync_watermarks), by name.';

-- The sources backlog.sync_all() syncs when called without arguments, in its order.
CREATE FUNCTION backlog.sync_sources()
RETURNS SETOF text
LANGUAGE sql STABLE
AS $$
    SELECT s.source FROM (
        SELECT 1 AS k, z.i, CASE WHEN z.name OPERATOR(pg_catalog.=) 'zendesk' THEN 'zendesk'
                                 ELSE 'zendesk:' OPERATOR(pg_catalog.||) z.name END AS source
          FROM pg_catalog.unnest(backlog.sync_zendesk_schemas()) WITH ORDINALITY z(name, i)
        UNION ALL
        SELECT DISTINCT 2, 0, x.source FROM backlog.sync_mappings x) s
     ORDER BY s.k, s.i, s.source
$$;
COMMENT ON FUNCTION backlog.sync_sources() IS
  'The sources backlog.sync_all() syncs when called without arguments, in its order: the Zendesk schemas of backlog.sync_zendesk_schemas() (source zendesk, or zendesk:<schema>), then every source of backlog.sync_mappings by name.';

-- Syncs the Zendesk schemas named (by default those of backlog.sync_zendesk_schemas()) and every
-- source of backlog.sync_mappings, each on its own: a source that fails is rolled back alone, its
-- error is returned in its row and logged as a warning (a scheduled job's log shows it).
CREATE FUNCTION backlog.sync_all(zendesk_schemas text[] DEFAULT NULL)
RETURNS TABLE (source text, tickets_inserted bigint, tickets_updated bigint, events_added bigint,
               calendars_written integer, unmapped_values bigint, pending_tickets bigint, error text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src record;
BEGIN
    FOR src IN
        SELECT 'zendesk' AS kind, z.name, z.i FROM pg_catalog.unnest(coalesce(zendesk_schemas,
                   backlog.sync_zendesk_schemas())) WITH ORDINALITY z(name, i)
        UNION ALL
        SELECT 'mapping', m.source, 0 FROM (SELECT DISTINCT x.source FROM backlog.sync_mappings x) m
        ORDER BY 1 DESC, 3, 2
    LOOP
        source := CASE WHEN src.kind OPERATOR(pg_catalog.=) 'mapping' OR src.name OPERATOR(pg_catalog.=) 'zendesk' THEN src.name
                       ELSE 'zendesk:' OPERATOR(pg_catalog.||) src.name END;
        error := NULL;
        BEGIN
            IF src.kind OPERATOR(pg_catalog.=) 'zendesk' THEN
                SELECT * INTO tickets_inserted, tickets_updated, events_added, calendars_written, unmapped_values, pending_tickets
                  FROM backlog.sync_zendesk(src.name);
            ELSE
                SELECT * INTO tickets_inserted, tickets_updated, events_added, calendars_written, unmapped_values, pending_tickets
                  FROM backlog.sync_source(src.name);
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS error = MESSAGE_TEXT;
            error := SQLSTATE OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) error;
            RAISE WARNING 'backlog.sync_all: source % failed: %', source, error
                  USING HINT = 'The other sources were synced; fix this one and run backlog.sync_all() again.';
            tickets_inserted := NULL; tickets_updated := NULL; events_added := NULL;
            calendars_written := NULL; unmapped_values := NULL; pending_tickets := NULL;
        END;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION backlog.sync_all(text[]) IS
  'Runs backlog.sync_zendesk for each schema of zendesk_schemas (default: backlog.sync_zendesk_schemas(), i.e. schema zendesk when it exists and every schema synced before) and backlog.sync_source for each source of backlog.sync_mappings, each in its own subtransaction; one row per source, with the error of a source that failed (also raised as a warning).';

-- The sync functions write the store: only their owner (and whom it grants) may run them, not
-- PUBLIC (and so not backlog_reader).
REVOKE ALL ON FUNCTION backlog.sync_zendesk(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.sync_source(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.sync_all(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.sync_reset(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.sync_apply(text, text) FROM PUBLIC;
