-- Every member object of extension backlog with its full definition, one sorted line per fact.
-- test/t/upgrade.sh prints this in an upgraded database and in a fresh install and diffs them.
-- OIDs never appear (they differ between databases); everything is printed by name.
--
-- Facts covered: functions and aggregates (definition, volatility, strictness, parallel marking,
-- cost, rows, config, security, aggregate support functions and initial values), types (I/O,
-- storage, composite columns), operators, operator classes and families with their members,
-- casts, event triggers, tables, views and materialized views (columns with types, defaults,
-- nullability; constraints; indexes; triggers; view definitions; reloptions; policies),
-- sequences, comments on all of them and on columns, ACLs, and the pg_dump registration of
-- configuration tables.
\pset footer off
\pset tuples_only on
\pset format unaligned
SET search_path = pg_catalog;
SET extra_float_digits = 0;

WITH ext AS (SELECT oid, extconfig, extcondition FROM pg_extension WHERE extname = 'backlog'),
members AS (
    SELECT d.classid, d.objid
      FROM pg_depend d, ext
     WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
),
facts(line) AS (
    -- every member, by its description
    SELECT 'member ' || pg_describe_object(m.classid, m.objid, 0) FROM members m
    UNION ALL
    -- comments on members
    SELECT 'comment ' || pg_describe_object(m.classid, m.objid, 0) || ' = ' ||
           coalesce(obj_description(m.objid, m.classid::regclass::text), '<none>')
      FROM members m
     WHERE m.classid <> 'pg_cast'::regclass
    UNION ALL
    -- functions (not aggregates): the whole definition as pg_dump would write it
    SELECT 'function ' || p.oid::regprocedure || E'\n' || pg_get_functiondef(p.oid) ||
           ' acl=' || coalesce(p.proacl::text, '<default>')
      FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
     WHERE p.prokind <> 'a'
    UNION ALL
    -- aggregates
    SELECT format('aggregate %s kind=%s trans=%s type=%s init=%s final=%s finalextra=%s finalmodify=%s '
                  'combine=%s serial=%s deserial=%s mtrans=%s sortop=%s space=%s parallel=%s strict=%s volatile=%s acl=%s',
                  p.oid::regprocedure, a.aggkind, a.aggtransfn::regprocedure, a.aggtranstype::regtype,
                  coalesce(a.agginitval, '<null>'), a.aggfinalfn::regprocedure, a.aggfinalextra,
                  a.aggfinalmodify, a.aggcombinefn::regprocedure, a.aggserialfn::regprocedure,
                  a.aggdeserialfn::regprocedure, a.aggmtransfn::regprocedure, a.aggsortop::regoperator,
                  a.aggtransspace, p.proparallel, p.proisstrict, p.provolatile,
                  coalesce(p.proacl::text, '<default>'))
      FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
      JOIN pg_aggregate a ON a.aggfnoid = p.oid
    UNION ALL
    -- types
    SELECT format('type %s typtype=%s len=%s byval=%s category=%s preferred=%s delim=%s in=%s out=%s '
                  'recv=%s send=%s modin=%s modout=%s analyze=%s subscript=%s align=%s storage=%s '
                  'notnull=%s basetype=%s default=%s collatable=%s element=%s acl=%s',
                  t.oid::regtype, t.typtype, t.typlen, t.typbyval, t.typcategory, t.typispreferred,
                  t.typdelim, t.typinput::regprocedure, t.typoutput::regprocedure,
                  t.typreceive::regprocedure, t.typsend::regprocedure, t.typmodin::regprocedure,
                  t.typmodout::regprocedure, t.typanalyze::regprocedure, t.typsubscript::regprocedure,
                  t.typalign, t.typstorage, t.typnotnull, t.typbasetype::regtype,
                  coalesce(t.typdefault, '<null>'), t.typcollation <> 0, t.typelem::regtype,
                  coalesce(t.typacl::text, '<default>'))
      FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
    UNION ALL
    -- operators
    SELECT format('operator %s result=%s code=%s com=%s negate=%s rest=%s join=%s hashes=%s merges=%s',
                  o.oid::regoperator, o.oprresult::regtype, o.oprcode::regprocedure,
                  o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest::regprocedure,
                  o.oprjoin::regprocedure, o.oprcanhash, o.oprcanmerge)
      FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
    UNION ALL
    -- operator classes
    SELECT format('opclass %s method=%s intype=%s keytype=%s default=%s family=%s',
                  pg_describe_object(m.classid, m.objid, 0), am.amname, c.opcintype::regtype,
                  c.opckeytype::regtype, c.opcdefault,
                  pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0))
      FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
      JOIN pg_am am ON am.oid = c.opcmethod
    UNION ALL
    -- operator family members (operators and support functions) of member families and of the
    -- families of member operator classes
    SELECT format('opfamily member %s strategy=%s purpose=%s sortfamily=%s',
                  pg_describe_object('pg_amop'::regclass, ao.oid, 0), ao.amopstrategy,
                  ao.amoppurpose, ao.amopsortfamily)
      FROM pg_amop ao
     WHERE ao.amopfamily IN (SELECT c.opcfamily FROM members m JOIN pg_opclass c
                               ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
                             UNION SELECT m.objid FROM members m WHERE m.classid = 'pg_opfamily'::regclass)
    UNION ALL
    SELECT format('opfamily support %s number=%s', pg_describe_object('pg_amproc'::regclass, ap.oid, 0),
                  ap.amprocnum)
      FROM pg_amproc ap
     WHERE ap.amprocfamily IN (SELECT c.opcfamily FROM members m JOIN pg_opclass c
                                 ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
                               UNION SELECT m.objid FROM members m WHERE m.classid = 'pg_opfamily'::regclass)
    UNION ALL
    -- casts
    SELECT format('cast %s func=%s context=%s method=%s', pg_describe_object(m.classid, m.objid, 0),
                  c.castfunc::regprocedure, c.castcontext, c.castmethod)
      FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
    UNION ALL
    -- event triggers
    SELECT format('event trigger %s event=%s tags=%s func=%s enabled=%s', e.evtname, e.evtevent,
                  e.evttags, e.evtfoid::regprocedure, e.evtenabled)
      FROM members m JOIN pg_event_trigger e ON m.classid = 'pg_event_trigger'::regclass AND e.oid = m.objid
    UNION ALL
    -- relations: kind, options, ACL, view definition
    SELECT format('relation %s kind=%s persistence=%s options=%s acl=%s rowsecurity=%s',
                  c.oid::regclass, c.relkind, c.relpersistence, c.reloptions,
                  coalesce(c.relacl::text, '<default>'), c.relrowsecurity)
      FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    UNION ALL
    SELECT 'view ' || c.oid::regclass || E'\n' || pg_get_viewdef(c.oid)
      FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
     WHERE c.relkind IN ('v', 'm')
    UNION ALL
    -- columns of member relations and of member composite types, in their order
    SELECT format('column %s.%s #%s type=%s notnull=%s default=%s identity=%s generated=%s collation=%s acl=%s comment=%s',
                  c.oid::regclass, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, coalesce(pg_get_expr(ad.adbin, ad.adrelid), '<none>'),
                  a.attidentity, a.attgenerated, a.attcollation <> 0,
                  coalesce(a.attacl::text, '<default>'),
                  coalesce(col_description(c.oid, a.attnum), '<none>'))
      FROM pg_class c
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
     WHERE c.oid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass
                     UNION
                     SELECT t.typrelid FROM members m JOIN pg_type t
                         ON m.classid = 'pg_type'::regclass AND t.oid = m.objid WHERE t.typrelid <> 0)
    UNION ALL
    -- constraints of member tables and domains
    SELECT format('constraint %s on %s: %s deferrable=%s deferred=%s validated=%s comment=%s',
                  co.conname, coalesce(co.conrelid::regclass::text, co.contypid::regtype::text),
                  pg_get_constraintdef(co.oid), co.condeferrable, co.condeferred, co.convalidated,
                  coalesce(obj_description(co.oid, 'pg_constraint'), '<none>'))
      FROM pg_constraint co
     WHERE co.conrelid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
        OR co.contypid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_type'::regclass)
    UNION ALL
    -- indexes of member tables
    SELECT 'index ' || pg_get_indexdef(i.indexrelid) || ' comment=' ||
           coalesce(obj_description(i.indexrelid, 'pg_class'), '<none>')
      FROM pg_index i
     WHERE i.indrelid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
    UNION ALL
    -- triggers of member tables (internal ones come with constraints)
    SELECT 'trigger ' || pg_get_triggerdef(tg.oid) || ' enabled=' || tg.tgenabled::text || ' comment=' ||
           coalesce(obj_description(tg.oid, 'pg_trigger'), '<none>')
      FROM pg_trigger tg
     WHERE NOT tg.tgisinternal
       AND tg.tgrelid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
    UNION ALL
    -- rules (other than views' own) and row security policies
    SELECT 'rule ' || pg_get_ruledef(r.oid)
      FROM pg_rewrite r
     WHERE r.rulename <> '_RETURN'
       AND r.ev_class IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
    UNION ALL
    SELECT format('policy %s on %s cmd=%s permissive=%s roles=%s using=%s check=%s', po.polname,
                  po.polrelid::regclass, po.polcmd, po.polpermissive, po.polroles::regrole[],
                  pg_get_expr(po.polqual, po.polrelid), pg_get_expr(po.polwithcheck, po.polrelid))
      FROM pg_policy po
     WHERE po.polrelid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
    UNION ALL
    -- sequences
    SELECT format('sequence %s type=%s start=%s inc=%s min=%s max=%s cache=%s cycle=%s',
                  s.seqrelid::regclass, s.seqtypid::regtype, s.seqstart, s.seqincrement, s.seqmin,
                  s.seqmax, s.seqcache, s.seqcycle)
      FROM pg_sequence s
     WHERE s.seqrelid IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
    UNION ALL
    -- pg_dump registration of configuration tables, with their filters
    SELECT format('config dump %s where %s', cfg.rel::regclass, coalesce(cfg.cond, '<null>'))
      FROM ext, unnest(ext.extconfig, ext.extcondition) AS cfg(rel, cond)
    UNION ALL
    -- the schema's own ACL and comment (it may not be a member)
    SELECT format('schema %s acl=%s comment=%s', n.nspname, coalesce(n.nspacl::text, '<default>'),
                  coalesce(obj_description(n.oid, 'pg_namespace'), '<none>'))
      FROM pg_namespace n WHERE n.nspname = 'backlog'
    UNION ALL
    -- objects in schema backlog that are NOT members (a script that forgot ALTER EXTENSION ADD,
    -- or an object the upgrade left behind)
    SELECT 'not a member: ' || pg_describe_object('pg_class'::regclass, c.oid, 0)
      FROM pg_class c
     WHERE c.relnamespace = 'backlog'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'c', 'f', 'p')
       AND c.oid NOT IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_class'::regclass)
       AND NOT EXISTS (SELECT 1 FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass
                        AND m.objid = t.oid WHERE t.typrelid = c.oid)
    UNION ALL
    SELECT 'not a member: ' || p.oid::regprocedure
      FROM pg_proc p
     WHERE p.pronamespace = 'backlog'::regnamespace
       AND p.oid NOT IN (SELECT m.objid FROM members m WHERE m.classid = 'pg_proc'::regclass)
)
SELECT line FROM facts ORDER BY line;
