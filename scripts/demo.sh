#!/usr/bin/env bash
# A demo without access to Koudai48: generate a synthetic live.48.cn, serve it with
# the upstream simulator on 127.0.0.1:8048, and crawl it with kvm48-server into
# data/demo.db (config/demo.yaml). A second run crawls incrementally.
#   scripts/demo.sh [number-of-VODs]      (default 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
vods=${1:-3000}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target kvm48-server kvm48-upstream-sim kvm48_plugin_sqlite kvm48_plugin_live48_web
bin=build/release/bin
mkdir -p data

dataset=data/demo-sim-$vods.json
[ -f "$dataset" ] || "$bin/kvm48-upstream-sim" generate --perf "$vods" --member 0 --seed 48 --out "$dataset"
"$bin/kvm48-upstream-sim" serve --dataset "$dataset" --listen 127.0.0.1:8048 > data/demo-sim.log 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; wait $sim 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening on" data/demo-sim.log && break
  sleep 0.1
done

"$bin/kvm48-server" crawl --config config/demo.yaml --legacy
echo
echo "Stored in data/demo.db; the crawl runs are in its crawl_run table:"
echo "  sqlite3 data/demo.db 'select source, outcome, items_new, requests from crawl_run'"
