#!/usr/bin/env bash
# GraphiQL in a real browser against a real server:
#   run_browser_test.sh <kvm48-server> <artifacts-dir>
# Starts `kvm48-server serve` on 127.0.0.1 (ephemeral port) over a fresh SQLite file, runs
# graphiql_browser.mjs (Debian's headless Chromium) against it, and always stops the server.
# Exit 77 (a CTest skip) only when this folder's npm packages are not installed
# (`npm install --no-audit --no-fund` here); anything else missing is a failure.
set -uo pipefail

server=${1:?usage: run_browser_test.sh <kvm48-server> <artifacts-dir>}
artifacts=${2:?usage: run_browser_test.sh <kvm48-server> <artifacts-dir>}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  echo "SKIP: playwright-core is not installed; run: (cd $here && npm install --no-audit --no-fund)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kvm48-graphiql-test.XXXXXX")
server_pid=""
# True while the server runs (an exited child stays a zombie until waited for).
server_running() {
  local state
  state=$(awk '{print $3}' "/proc/$server_pid/stat" 2>/dev/null) && [ "$state" != Z ]
}
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null
    # Graceful stop; a server that hangs is killed after 10 s.
    (sleep 10 && kill -KILL "$server_pid") >/dev/null 2>&1 &
    local watchdog=$!
    wait "$server_pid"
    local server_status=$?
    kill "$watchdog" 2>/dev/null
    [ "$server_status" -eq 0 ] || echo "note: kvm48-server exit status $server_status (0 expected after SIGTERM)"
  fi
  rm -rf "$work"
}
trap stop_server EXIT

cat > "$work/kvm48.yaml" <<EOF
log:
  level: warning
backend:
  plugin: sqlite
  options:
    path: $work/kvm48.sqlite3
EOF

"$server" serve --config "$work/kvm48.yaml" --listen 127.0.0.1:0 --port-file "$work/port" \
  2> "$work/server.log" &
server_pid=$!

# The port file appears once the server accepts connections.
for _ in $(seq 200); do
  [ -s "$work/port" ] && break
  if ! server_running; then
    echo "FAIL: kvm48-server exited before listening; its log:"
    cat "$work/server.log"
    exit 1
  fi
  sleep 0.1
done
if [ ! -s "$work/port" ]; then
  echo "FAIL: kvm48-server wrote no port file within 20 s; its log:"
  cat "$work/server.log"
  exit 1
fi
port=$(tr -d '[:space:]' < "$work/port")

node "$here/graphiql_browser.mjs" "http://127.0.0.1:$port" "$artifacts"
status=$?
if [ "$status" -ne 0 ]; then
  echo "--- kvm48-server log"
  cat "$work/server.log"
fi
exit "$status"
