#!/usr/bin/env bash
# Installs the Debian 12 packages kvm48-server needs to build, test and run.
# Idempotent and quick when everything is there: apt-get runs only for what is
# missing. Needs root (or sudo) for the install itself.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config          # toolchain
  libpoco-dev libboost-dev libyaml-cpp-dev nlohmann-json3-dev
  libsqlite3-dev libpq-dev libxml2-dev zlib1g-dev  # libraries
  libjemalloc-dev                           # the server's malloc (server/app/CMakeLists.txt)
  libsystemd-dev                            # sd_notify (Type=notify)
  dpkg-dev systemd adduser curl             # scripts/package-check.sh: cpack -G DEB, systemd-analyze
  sqlite3                                   # CLI: the backup recipe of docs/operations.md
  catch2                                    # tests
  postgresql redis-server                   # services the tests start
  nginx openssl                             # the nginx tests (never the system service)
  chromium                                  # GraphiQL browser test
  clang-14 libclang-rt-14-dev               # libFuzzer targets
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # Packages whose postinst starts a service (nginx on port 80) must not start it: the tests
  # start their own instances. A policy-rc.d answering 101 forbids it, for this install only.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=yes
    trap '[ -n "$own_policy" ] && $sudo rm -f "$policy"' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v node >/dev/null && command -v npm >/dev/null || {
  echo "Node.js 20 and npm are needed for the GraphQL conformance tests" >&2
  exit 1
}
