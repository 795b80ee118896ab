# PostgreSQL for the storage tests: a private, throwaway cluster on 127.0.0.1 and a free port.
# Sourced by .ci/run before the tests (set -euo pipefail is active there). It installs PostgreSQL from Debian's
# packages when missing, exports INCIDENTCORE_POSTGRES for the PostgreSQL sample's tests, and registers its own
# stop in CLEANUP so a failing run still stops the server.

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "PostgreSQL is not installed: installing it from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_ROOT=$(mktemp -d -t incidentcore-pg.XXXXXX)
chown postgres:postgres "$PG_ROOT"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --no-locale >"$PG_ROOT/initdb.log"
CLEANUP+=("runuser -u postgres -- '$PG_BIN/pg_ctl' -D '$PG_ROOT/data' -m fast -w stop >/dev/null 2>&1; rm -rf '$PG_ROOT'")

# A port nobody listens on; if another server takes it between the check and the start, try another one.
pg_port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PG_PORT=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  PG_CANDIDATE=$((20000 + RANDOM % 40000))
  pg_port_is_free "$PG_CANDIDATE" || continue
  if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_CANDIDATE -k $PG_ROOT -c fsync=off -c max_connections=200" start >/dev/null; then
    PG_PORT=$PG_CANDIDATE
    break
  fi
done
if [ -z "$PG_PORT" ]; then
  echo "PostgreSQL did not start; its log:" >&2
  cat "$PG_ROOT/server.log" >&2 || true
  false
fi

runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres incidentcore
export INCIDENTCORE_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=incidentcore"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$PG_PORT (INCIDENTCORE_POSTGRES is set): the PostgreSQL storage tests and the two-process race will run against a real server, not skip."
