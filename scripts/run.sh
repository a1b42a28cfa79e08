#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build a
# release binary and its plugins, and start kvm48-server with config/kvm48.yaml.
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
