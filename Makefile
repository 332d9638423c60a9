# backlog: PGXS build plus the project's own targets.
#
#   make            build the extension (warnings are errors)
#   make install    install into the PostgreSQL that $(PG_CONFIG) names
#   make test       install missing Debian packages, build, run every suite on a throwaway cluster
#   make demo       the same set-up, then load the demo data set and print the health report
#   make demo-stop  stop the demo cluster
#   make bench      performance figures, each a ratio against a baseline run in the same session
#   make fuzz       long libFuzzer runs over every parser (FUZZ_SECONDS per harness)
#   make valgrind   every pg_regress file against a server running under valgrind (long; not in
#                   make test; VALGRIND_JOBS=2 runs two clusters side by side)
#   make citus-test backlog on a local Citus cluster against a single node (CITUS_SRC=...)
#
# Layout conventions that keep this file free of per-feature edits:
#   src/backlog.c, src/*_fmgr.c, src/*_gin.c   server glue (includes postgres.h)
#   every other src/*.c                        pure C core: libc only, unit-tested and fuzzed
#                                              outside the server (test/unit, test/fuzz)
#   SQL_PARTS                                  each feature's CREATE/COMMENT statements, in
#                                              dependency order, concatenated into the install script

EXTENSION   = backlog
EXTVERSION  = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" backlog.control)
MODULE_big  = backlog

GLUE_SRCS   = src/backlog.c $(sort $(wildcard src/*_fmgr.c src/*_gin.c))
CORE_SRCS   = $(filter-out $(GLUE_SRCS),$(sort $(wildcard src/*.c)))
OBJS        = $(patsubst %.c,%.o,$(GLUE_SRCS) $(CORE_SRCS))
BL_HEADERS = $(wildcard src/*.h)

SQL_PARTS   = src/store.sql src/calendar.sql src/sla.sql src/clocks.sql src/sketch.sql \
              src/fingerprint.sql src/duplicate_mode.sql src/duplicate.sql src/flow.sql src/views.sql src/score.sql \
              src/jobs.sql src/sync.sql src/citus.sql src/restore.sql src/reader.sql
# Releases. Each released version's install script is frozen in src/updates/backlog--X.Y.sql
# (never edited again). The upgrade from the last release to the version in development,
# backlog--$(PREV_VERSION)--$(EXTVERSION).sql, is built like the install script: every file of
# src/updates/$(PREV_VERSION)--$(EXTVERSION)/ in name order, one per feature, so that changes
# made side by side do not edit the same file. At release the built upgrade script is frozen into
# src/updates/ too (README: "Releasing").
PREV_VERSION = 0.1
UPGRADE_DIR  = src/updates/$(PREV_VERSION)--$(EXTVERSION)
UPGRADE_PARTS = $(sort $(wildcard $(UPGRADE_DIR)/*.sql))
UPGRADE_built = backlog--$(PREV_VERSION)--$(EXTVERSION).sql
DATA_built  = backlog--$(EXTVERSION).sql $(UPGRADE_built)
DATA        = $(wildcard src/updates/backlog--*.sql)

# pg_regress: setup first (it creates the regress helper schema), the rest in name order.
REGRESS     = setup $(filter-out setup,$(sort $(basename $(notdir $(wildcard sql/*.sql)))))
REGRESS_OPTS = --load-extension=backlog

PG_CPPFLAGS = -Isrc
# Snowball stemmers (Debian libstemmer-dev) for the duplicate scorer's words (src/duplicate.c)
SHLIB_LINK  = -lstemmer
PG_CFLAGS   = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
              -Wno-missing-field-initializers
EXTRA_CLEAN = test/build

# Debian puts each major version's pg_config under /usr/lib/postgresql/NN/bin; prefer 15, the
# target, and fall back to whatever is on PATH (pass PG_CONFIG=... for another version).
PG_CONFIG  ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS       := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

.DEFAULT_GOAL := all

ifneq ($(PGXS),)
include $(PGXS)
$(OBJS): $(BL_HEADERS)
else
all install installcheck:
	@echo "pg_config not found: run 'make test' or 'make deps' first (installs postgresql-server-dev-15)" >&2
	@exit 1
endif

# The install script: one guard, then every feature's SQL in dependency order.
backlog--$(EXTVERSION).sql: $(SQL_PARTS) backlog.control Makefile
	( echo "-- backlog $(EXTVERSION): generated from $(SQL_PARTS) by the Makefile; do not edit."; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION backlog" to load this file. \quit'; \
	  for f in $(SQL_PARTS); do echo; echo "-- ---- $$f ----"; cat $$f; done ) > $@

$(UPGRADE_built): $(UPGRADE_PARTS) backlog.control Makefile
	( echo "-- backlog $(PREV_VERSION) -> $(EXTVERSION): generated from $(UPGRADE_DIR)/*.sql by the Makefile; do not edit."; \
	  printf '%s\n' '\echo Use "ALTER EXTENSION backlog UPDATE" to load this file. \quit'; \
	  for f in $(UPGRADE_PARTS); do echo; echo "-- ---- $$f ----"; cat $$f; done ) > $@

.PHONY: deps test demo demo-stop bench fuzz valgrind unit print-regress reference citus-test

deps:
	@bash test/deps.sh

test: deps
	@$(MAKE) --no-print-directory all
	@bash test/run.sh

unit: deps
	@bash test/run.sh --only-unit

demo: deps
	@$(MAKE) --no-print-directory all
	@bash demo/run.sh start

demo-stop:
	@bash demo/run.sh stop

bench: deps
	@$(MAKE) --no-print-directory all
	@bash test/bench/run.sh
	@bash test/citus/run.sh --bench

# Not part of make test: a coordinator and two workers from a Citus build (CITUS_SRC=...).
citus-test: deps
	@$(MAKE) --no-print-directory all
	@bash test/citus/run.sh

fuzz: deps
	@bash test/fuzz/run.sh $${FUZZ_SECONDS:-300}

valgrind: deps
	@$(MAKE) --no-print-directory all
	@bash test/valgrind.sh

# Rewrites README.md's reference section from the catalog of a fresh install (test/t/reference.sh).
reference: deps
	@$(MAKE) --no-print-directory all
	@ONLY=reference BL_UPDATE_REFERENCE=1 bash test/run.sh

# test/run.sh asks for the pg_regress schedule this way, so the list lives only here.
print-regress:
	@echo $(REGRESS)
