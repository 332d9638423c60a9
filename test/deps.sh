#!/usr/bin/env bash
# Install the Debian packages the build, the tests, the demo and the benchmarks need, if missing.
# Runs apt-get only when something is missing, so a prepared machine pays nothing.
set -euo pipefail

PKGS=(
  postgresql-15              # the server the tests and the demo run on
  postgresql-server-dev-15   # PGXS, server headers, pg_regress
  postgresql-15-cron         # optional at run time; preloaded by the test and demo clusters
  postgresql-contrib         # pg_trgm, the duplicate-detection baseline
  clang                      # libFuzzer harnesses and sanitizer builds of the pure cores
  libclang-rt-14-dev         # the sanitizer and libFuzzer runtimes clang links
  valgrind                   # make valgrind
  libpostgresql-jdbc-java    # pgjdbc, the driver BI tools use: test/t/jdbc_metadata.sh
  openjdk-17-jdk-headless    # a headless Java that runs that test's single-file program
  make gcc util-linux        # util-linux: runuser
  python3                    # test/doc/readme_examples.py (the README examples test)
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${missing[*]}" >&2
  echo "install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
