#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build a
# release binary and its plugins, check config/kvm48.yaml, migrate its database,
# then `kvm48-server run`: serve the GraphQL API (http://127.0.0.1:8048/api/graphql)
# and crawl every enabled source every 5 minutes, until Ctrl-C/SIGTERM.
# Idempotent; a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

server=build/release/bin/kvm48-server
config=config/kvm48.yaml
"$server" plugins --config "$config"
"$server" config check --config "$config"
"$server" migrate --config "$config"
exec "$server" run --config "$config"
