#!/usr/bin/env bash
# A demo without access to Koudai48: generate a synthetic live.48.cn, serve it with
# the upstream simulator on 127.0.0.1:8047, crawl it with kvm48-server into
# data/demo.db (config/demo.yaml), then serve the result on 127.0.0.1:8048 until
# Ctrl-C. A second run crawls incrementally.
#   scripts/demo.sh [number-of-VODs]      (default 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
vods=${1:-3000}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target kvm48-server kvm48-upstream-sim kvm48_plugin_sqlite kvm48_plugin_live48_web kvm48_graphiql
bin=build/release/bin
mkdir -p data

dataset=data/demo-sim-$vods.json
[ -f "$dataset" ] || "$bin/kvm48-upstream-sim" generate --perf "$vods" --member 0 --seed 48 --out "$dataset"
"$bin/kvm48-upstream-sim" serve --dataset "$dataset" --listen 127.0.0.1:8047 > data/demo-sim.log 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; wait $sim 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening on" data/demo-sim.log && break
  sleep 0.1
done

"$bin/kvm48-server" crawl --config config/demo.yaml --legacy
kill $sim 2>/dev/null; wait $sim 2>/dev/null || true
trap - EXIT
cat <<'TEXT'

Stored in data/demo.db (crawl runs in its crawl_run table). Serving it now on
http://127.0.0.1:8048/api/graphql (open it in a browser for GraphiQL); try
  curl -s http://127.0.0.1:8048/api/graphql -H 'Content-Type: application/json' \
    -d '{"query":"{ perfVods(from: 1546300800, to: 1546387200) { id title startTime bestStream } }"}'
Ctrl-C stops it.
TEXT
exec "$bin/kvm48-server" serve --config config/demo.yaml
