#!/usr/bin/env bash
# Prepare a checkout to run chongdich: system packages (as root), .venv, the package, the schema.
#
#   bash scripts/setup.sh                   # to run the app
#   bash scripts/setup.sh --with-test-deps  # also dev tools, Chromium, PostgreSQL server, wrk
#
# Safe to run again: every step checks first and does nothing when already done.
# Never prompts, so CI (no stdin) and first-time users get the same path.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
VENV=$ROOT/.venv

WITH_TEST_DEPS=0
for arg in "$@"; do
    case $arg in
        --with-test-deps) WITH_TEST_DEPS=1 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "setup: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { echo "setup: $*"; }

# apt only when it can work: root, apt-get present. Everyone else is told what is missing.
CAN_APT=0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then CAN_APT=1; fi
APT_UPDATED=0
apt_install() {
    if [[ $CAN_APT -eq 0 ]]; then
        say "skipping apt-get install $* (needs root and apt-get); install it yourself if needed"
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    if [[ $APT_UPDATED -eq 0 ]]; then
        say "apt-get update"
        apt-get update -qq
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- Python 3.11+ -------------------------------------------------------------------------
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; }
find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}
PYTHON=$(find_python) || { apt_install python3 python3-venv || true; PYTHON=$(find_python); } || {
    echo "setup: no Python 3.11+ found (tried python3.13 python3.12 python3.11 python3)" >&2
    exit 1
}

# --- the virtual environment --------------------------------------------------------------
if [[ -x $VENV/bin/python ]] && python_ok "$VENV/bin/python"; then
    say "reusing $VENV"
else
    # Debian splits venv/ensurepip into python3-venv; without it `python -m venv` fails.
    if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        py_minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
        apt_install "python${py_minor}-venv" || apt_install python3-venv || true
    fi
    say "creating $VENV with $PYTHON ($("$PYTHON" --version 2>&1))"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi

# --- system packages the tests need -------------------------------------------------------
if [[ $WITH_TEST_DEPS -eq 1 ]]; then
    missing=()
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    # Any PostgreSQL server binary counts; a client (psql) alone does not.
    compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
    # The HTTP load generator of the checkins_http benchmark (bench/checkins_http.lua).
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    if ((${#missing[@]})); then
        apt_install "${missing[@]}" || say "continuing without: ${missing[*]}"
    fi
fi

# --- the package --------------------------------------------------------------------------
# pip is re-run only when pyproject.toml or the chosen extras change: the install is
# editable, so code changes need no reinstall, and a no-op pip still costs a network round.
extras=""
[[ $WITH_TEST_DEPS -eq 1 ]] && extras="[dev]"
stamp=$VENV/.chongdich-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
have=$(cat "$stamp" 2>/dev/null || true)
# A dev install also covers a plain one, so a plain setup after a test setup does nothing.
if [[ $have == "$want" || ( -z $extras && $have == "${want}[dev]" ) ]] \
    && [[ -x $VENV/bin/chongdich ]]; then
    say "package already installed${extras:+ with $extras}"
else
    say "pip install -e .$extras"
    export PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1
    # Some machines' pip config names local wheel folders that may be absent; pip warns
    # once per package about them, which buries real errors, so those lines are dropped.
    "$VENV/bin/python" -m pip install -q -e ".$extras" 2>&1 \
        | { grep -v "is ignored: it is neither a file nor a directory" || true; }
    echo "$want" >"$stamp"
fi

# --- translations and schema --------------------------------------------------------------
if "$VENV/bin/chongdich" help compile_catalogue >/dev/null 2>&1; then
    say "compiling the interface translations"
    "$VENV/bin/chongdich" compile_catalogue
else
    say "no compile_catalogue command yet; translations not compiled"
fi
say "migrating the database (${DATABASE_URL:-SQLite under ${CHONGDICH_DATA_DIR:-./var}})"
"$VENV/bin/chongdich" migrate --noinput -v 0
say "ready: $VENV/bin/chongdich"
