#!/usr/bin/env bash
# Run the test suite on SQLite, then again on PostgreSQL when a server can be had.
#
#   bash scripts/test.sh [pytest args...]     # e.g. -k levels, -m "not browser", -x
#
# Environment:
#   DATABASE_URL=postgresql://...   use this server for the PostgreSQL pass (else 127.0.0.1:5432)
#   CHONGDICH_TEST_WORKERS=2        pytest-xdist workers (0 = no xdist)
#   CHONGDICH_TEST_TIMEOUT=1500     seconds before one pass is stopped
#   CHONGDICH_PG_BROWSER=1          also run the browser tests on PostgreSQL
# Exits non-zero if any pass that ran failed; a skipped PostgreSQL pass is not a failure.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
# Setup's migrate is for running the app; the tests make their own databases, so it goes to
# the default SQLite file even when DATABASE_URL names a server database not yet created.
env -u DATABASE_URL bash scripts/setup.sh --with-test-deps || { echo "test: setup failed" >&2; exit 1; }

PY=.venv/bin/python
WORKERS=${CHONGDICH_TEST_WORKERS:-2}
PASS_TIMEOUT=${CHONGDICH_TEST_TIMEOUT:-1500}
PG_DEFAULT_URL=postgresql://chongdich:chongdich@127.0.0.1:5432/chongdich

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SUMMARY=()
FAILED=0

# pytest-django gives each xdist worker its own test database (suffix _gw0, _gw1...),
# so parallel workers never share rows, on SQLite (in memory) or PostgreSQL.
xdist_args=()
[[ $WORKERS -gt 0 ]] && xdist_args=(-p xdist -n "$WORKERS")

# Browser tests drive Debian's Chromium; without it they cannot run, so leave them out.
sqlite_marks=()
if [[ ! -x /usr/bin/chromium ]]; then
    echo "test: /usr/bin/chromium missing: browser tests left out"
    sqlite_marks=(-m "not browser")
fi
# They check pages, not SQL, so by default the PostgreSQL pass leaves them out to save time.
pg_marks=(-m "not browser")
[[ ${CHONGDICH_PG_BROWSER:-0} == 1 && -x /usr/bin/chromium ]] && pg_marks=()

# How many tests exist, whatever the markers: tells "all deselected" from "no tests at all".
count_tests() {
    "$PY" -m pytest --collect-only -q -p no:xdist 2>/dev/null \
        | grep -oE '^[0-9]+ tests? collected' | grep -oE '^[0-9]+' || echo 0
}

# run_pass LABEL DATABASE_URL|"" [pytest args...]
run_pass() {
    local label=$1 url=$2 log=$WORK/$1.log start=$SECONDS rc outcome last
    shift 2
    echo "test: === $label pass ==="
    # A data dir of its own per pass (the secret key and any files tests write stay out of
    # ./var), with a fixed key so parallel workers do not race to create one.
    mkdir -p "$WORK/data-$label"
    local db_env=(-u DATABASE_URL)
    [[ -n $url ]] && db_env=(DATABASE_URL="$url")
    env "${db_env[@]}" \
        CHONGDICH_DATA_DIR="$WORK/data-$label" CHONGDICH_SECRET_KEY="test-only-not-secret" \
        timeout --kill-after=30 "$PASS_TIMEOUT" \
        "$PY" -m pytest -q "${xdist_args[@]}" "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    last=$(grep -E '(passed|failed|error|skipped|deselected|no tests ran).* in [0-9.]+s' "$log" | tail -1)
    last=$(echo "$last" | tr -d '=' | xargs)
    case $rc in
        0) outcome=passed ;;
        5) if [[ $(count_tests) -gt 0 ]]; then
               outcome="passed (all tests deselected for this pass)"; rc=0
           else
               outcome="FAILED: no tests collected"
           fi ;;
        124|137) outcome="FAILED: timed out after ${PASS_TIMEOUT}s" ;;
        *) outcome="FAILED (pytest exit $rc)" ;;
    esac
    [[ $rc -ne 0 ]] && FAILED=1
    SUMMARY+=("$label: $outcome; ${last:-no summary line}; $((SECONDS - start))s")
}

# --- PostgreSQL: find a server, start it, or say why not ----------------------------------
PG_SKIP=""
port_open() { timeout 2 bash -c '</dev/tcp/127.0.0.1/5432' 2>/dev/null; }

as_postgres_psql() {
    # Run from / so that psql as postgres does not complain about an unreadable cwd.
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@")
}

ensure_role() {
    [[ $(id -u) -eq 0 ]] && command -v runuser >/dev/null && id postgres >/dev/null 2>&1 || return 0
    as_postgres_psql -d postgres >/dev/null <<'SQL' || echo "test: could not create role chongdich"
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chongdich') THEN
        CREATE ROLE chongdich LOGIN CREATEDB PASSWORD 'chongdich';
    ELSE
        ALTER ROLE chongdich LOGIN CREATEDB PASSWORD 'chongdich';
    END IF;
END $$;
SELECT 'CREATE DATABASE chongdich OWNER chongdich'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'chongdich')\gexec
SQL
}

can_connect() {
    # The test runner creates its databases from the "postgres" one, so that must work.
    # On failure it leaves a one-line reason (without the password) in pg-connect.err.
    "$PY" - "$1" <<'PY' >"$WORK/pg-connect.err" 2>&1
import sys, psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
info = conninfo_to_dict(sys.argv[1])
where = f"{info.get('user', '?')}@{info.get('host', 'localhost')}:{info.get('port', 5432)}"
info["dbname"] = "postgres"
try:
    psycopg.connect(make_conninfo(**info), connect_timeout=5).close()
except Exception as exc:
    sys.exit(f"cannot connect as {where}: {' '.join(str(exc).split())[:200]}")
PY
}

find_postgres() {
    local version
    if [[ ${DATABASE_URL:-} == postgres* ]]; then
        PG_URL=$DATABASE_URL
    else
        PG_URL=$PG_DEFAULT_URL
        if ! port_open; then
            # shellcheck disable=SC2012  # version-named folders: ls is fine
            version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
            if [[ -z $version ]] || ! command -v pg_ctlcluster >/dev/null; then
                PG_SKIP="no server on 127.0.0.1:5432 and none installed"; return 1
            fi
            if [[ $(id -u) -ne 0 ]]; then
                PG_SKIP="PostgreSQL $version is installed but stopped, and starting it needs root"
                return 1
            fi
            echo "test: starting PostgreSQL $version"
            pg_ctlcluster --skip-systemctl-redirect "$version" main start \
                || { PG_SKIP="pg_ctlcluster $version main start failed"; return 1; }
            for _ in $(seq 30); do port_open && break; sleep 1; done
            port_open || { PG_SKIP="PostgreSQL $version started but 127.0.0.1:5432 is closed"; return 1; }
        fi
        ensure_role
    fi
    can_connect "$PG_URL" || { PG_SKIP=$(tail -1 "$WORK/pg-connect.err"); return 1; }
}

# --- the passes ---------------------------------------------------------------------------
# SQLite: the embedded default, unless DATABASE_URL already names another SQLite file.
sqlite_url=""
[[ ${DATABASE_URL:-} == sqlite* ]] && sqlite_url=$DATABASE_URL
run_pass sqlite "$sqlite_url" "${sqlite_marks[@]}" "$@"

if find_postgres; then
    run_pass postgresql "$PG_URL" "${pg_marks[@]}" "$@"
else
    echo "test: PostgreSQL pass skipped: $PG_SKIP"
    SUMMARY+=("postgresql: skipped ($PG_SKIP)")
fi

echo "test: === summary ==="
for line in "${SUMMARY[@]}"; do echo "test: $line"; done
exit $FAILED
