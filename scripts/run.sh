#!/usr/bin/env bash
# Set up, load the Bạc Liêu demo, and serve the app on http://127.0.0.1:8000/.
#
#   bash scripts/run.sh        # CHONGDICH_HOST / CHONGDICH_PORT change the address
#
# The demo load is idempotent: running this again keeps the data and prints fresh
# passwords for the demo accounts.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
HOST=${CHONGDICH_HOST:-127.0.0.1}
PORT=${CHONGDICH_PORT:-8000}

bash scripts/setup.sh
echo "run: loading the demo data"
.venv/bin/chongdich demo
echo "run: serving on http://$HOST:$PORT/ (Ctrl+C to stop)"
# exec: Ctrl+C and kill reach the server itself, not a shell waiting on it.
exec .venv/bin/chongdich serve --host "$HOST" --port "$PORT"
