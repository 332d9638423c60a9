# Shared shell functions for test/run.sh, demo/run.sh, test/bench/run.sh and test/valgrind.sh.
# A throwaway cluster lives in one directory owned by the postgres OS user (PostgreSQL refuses to
# run as root) and listens on a Unix socket inside that directory, so several can run at once.

PG_CONFIG=${PG_CONFIG:-$( [ -x /usr/lib/postgresql/15/bin/pg_config ] && echo /usr/lib/postgresql/15/bin/pg_config || echo pg_config)}
PGBIN=$("$PG_CONFIG" --bindir)
# The system's pg_config, for builds (a private tree's pg_config has no headers beside it).
BL_SYS_PG_CONFIG=${BL_SYS_PG_CONFIG:-$PG_CONFIG}
export BL_SYS_PG_CONFIG
PGPORT=${PGPORT:-5432}

# Run a command as the postgres OS user when we are root; as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# cluster_init DIR [extra postgresql.conf lines...]
cluster_init() {
  local dir=$1; shift
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_pg "$PGBIN/initdb" -D "$dir/data" --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 -U postgres >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  {
    echo "listen_addresses = ''"
    echo "unix_socket_directories = '$dir'"
    echo "port = $PGPORT"
    echo "shared_preload_libraries = 'pg_cron'"
    echo "cron.host = '$dir'"
    echo "fsync = off"
    echo "synchronous_commit = off"
    echo "full_page_writes = off"
    echo "lc_messages = 'C'"
    echo "timezone = 'UTC'"
    echo "log_min_messages = warning"
    for line in "$@"; do echo "$line"; done
  } | as_pg tee -a "$dir/data/postgresql.conf" >/dev/null
}

cluster_start() {
  local dir=$1
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; return 1; }
}

cluster_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
    || as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
}

# psql against a cluster directory: cpsql DIR [psql args...]
cpsql() {
  local dir=$1; shift
  "$PGBIN/psql" -X -v ON_ERROR_STOP=1 -h "$dir" -p "$PGPORT" -U postgres "$@"
}

# install_extension ROOT DIR: a private PostgreSQL installation in DIR/inst with the extension
# built from ROOT installed into it, and PGBIN / PG_CONFIG pointed at it.
#
# Debian's server finds its share and lib directories relative to its own binary, so hard links
# to the system's installation (no copy: a few milliseconds) plus `make install DESTDIR=...`
# give every work tree and every run its own extension files. No machine-wide lock, no run
# installing over another one's files, and the system installation is never touched by tests.
install_extension() {
  local root=$1 dir=$2
  local sys_bin sys_lib sys_share
  local pgc=$BL_SYS_PG_CONFIG
  sys_bin=$("$pgc" --bindir); sys_lib=$("$pgc" --pkglibdir); sys_share=$("$pgc" --sharedir)
  local inst=$dir/inst
  rm -rf "$inst"
  mkdir -p "$inst$(dirname "$sys_bin")" "$inst$(dirname "$sys_share")"
  # bin and lib live under one directory on Debian (/usr/lib/postgresql/NN); share apart
  cp -al "$(dirname "$sys_bin")/." "$inst$(dirname "$sys_bin")/" || return 1
  cp -al "$sys_share" "$inst$(dirname "$sys_share")/" || return 1
  # drop links to any system-wide backlog install: `install` would write through them otherwise
  rm -f "$inst$sys_lib"/backlog.so "$inst$sys_share"/extension/backlog[.-]*
  rm -rf "$inst$sys_lib"/bitcode/backlog "$inst$sys_lib"/bitcode/backlog.index.bc
  make -C "$root" --no-print-directory -s install DESTDIR="$inst" PG_CONFIG="$pgc" >/dev/null || return 1
  chmod -R a+rX "$inst"
  PGBIN=$inst$sys_bin
  PG_CONFIG=$inst$sys_bin/pg_config
  export PGBIN PG_CONFIG
}
