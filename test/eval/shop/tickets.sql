-- The Shelfwise set: every part (test/eval/fleet.sql -v set=shop loads this file into eval_tickets).
\ir tickets_1.sql
\ir tickets_2.sql
\ir tickets_3.sql
\ir tickets_4.sql
