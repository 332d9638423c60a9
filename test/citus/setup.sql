-- Settings every comparison of test/citus/run.sh runs under, on both nodes.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
