#!/usr/bin/env bash
# A demo without access to Koudai48: generate a synthetic live.48.cn, serve it with
# the upstream simulator on 127.0.0.1:8047, and start `kvm48-server run` with
# config/demo.yaml: it crawls the simulator into data/demo.db at once and every
# minute after, and serves what it stored on http://127.0.0.1:8048/api/graphql
# (GraphiQL in a browser) until Ctrl-C. Publish VODs while it runs to watch them
# arrive at the next crawl:
#   curl -s -XPOST http://127.0.0.1:8047/_sim/publish -d '{"perf": 5}' 
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

cat <<'TEXT'
kvm48-server run: crawling the simulator now and every minute; serving on
http://127.0.0.1:8048/api/graphql (open it in a browser for GraphiQL). Try
  curl -s http://127.0.0.1:8048/api/graphql -H 'Content-Type: application/json' \
    -d '{"query":"{ perfVods(from: 1546300800, to: 1548979200) { id title startTime bestStream } }"}'
and publish new VODs upstream, to see them arrive within a minute:
  curl -s -XPOST http://127.0.0.1:8047/_sim/publish -d '{"perf": 5}'
Ctrl-C stops both.
TEXT
"$bin/kvm48-server" run --config config/demo.yaml
