#!/bin/sh
# bench/ratelimit/run.sh [build-dir]: builds bench_ratelimit (release preset by default),
# starts a throwaway redis-server on a free 127.0.0.1 port, runs the benchmark, stops Redis.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset release -S "$root" >/dev/null
fi
cmake --build "$build" -j2 --target bench_ratelimit >/dev/null
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
trap 'kill "$(cat "$dir/redis.pid")" 2>/dev/null; rm -rf "$dir"' EXIT
i=0
until [ -s "$dir/redis.pid" ] && redis-cli -p "$port" ping >/dev/null 2>&1; do
  i=$((i + 1)); [ "$i" -lt 100 ] || { echo "redis-server did not start" >&2; exit 1; }
  sleep 0.05
done
"$build/bin/bench_ratelimit" "redis://127.0.0.1:$port/0"
