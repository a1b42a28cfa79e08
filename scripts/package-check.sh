#!/usr/bin/env bash
# The Debian package, end to end on this machine (as root; CI runs it after scripts/test.sh):
# build a release tree for prefix /usr (tests and benchmarks off), `cpack -G DEB`, install
# the .deb with apt-get, run the installed binary (--version, plugins, config check), verify
# the installed systemd units, start the server as the unit would (user kvm48, working
# directory /var/lib/kvm48-server, the unit's ExecStart; no systemd runs in CI), query its
# GraphQL API, stop it with SIGTERM, purge the package and check that nothing is left.
# Leaves the system as it found it unless a step fails (then the package stays installed
# for a look; `apt-get purge -y kvm48-server` removes it).
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/package
unit_dir=/usr/lib/systemd/system
state_dir=/var/lib/kvm48-server
config=/etc/kvm48-server/kvm48.yaml
start_time=$SECONDS
step() { echo "=== package: $* ($((SECONDS - start_time)) s)"; }
fail() { echo "package check FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and purges a package)"
scripts/install-deps.sh
if dpkg-query -W -f='${Status}' kvm48-server 2>/dev/null | grep -q "install ok installed"; then
  fail "kvm48-server is installed already; purge it first (apt-get purge -y kvm48-server)"
fi

step "configure and build (release, prefix /usr, no tests) in $build"
npm_cache=()
# GraphiQL's tarballs, when a dev build has fetched them already (checked by SHA-512 anyway).
[ -d build/dev/server/graphiql/npm ] && npm_cache=(-DKVM48_NPM_CACHE_DIR="$PWD/build/dev/server/graphiql/npm")
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DKVM48_BUILD_TESTS=OFF -DKVM48_BUILD_BENCH=OFF "${npm_cache[@]}" >/dev/null
cmake --build "$build"

step "cpack -G DEB"
rm -f "$build"/kvm48-server_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/kvm48-server_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one kvm48-server_*.deb in $build"
deb=${debs[0]}
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for library in libpoco libyaml-cpp libpq5 libxml2 libsqlite3 libsystemd0 libjemalloc2 adduser; do
  grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/kvm48-server ./etc/kvm48-server/kvm48.yaml \
  ./usr/lib/systemd/system/kvm48-server.service ./usr/include/kvm48/plugin.hpp \
  ./usr/share/doc/kvm48-server/operations.md ./usr/share/kvm48-server/graphiql/graphiql.min.js; do
  grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
grep -q '/kvm48-server/plugins/sqlite.so$' <<<"$contents" || fail "the package lacks the sqlite plugin"
if grep -Ei '(^|/)(test|tests|bench)[^/]*$|/bin/kvm48-upstream-sim$|demo\.yaml$' <<<"$contents"; then
  fail "the package holds test, benchmark or demo files (above)"
fi
[ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles)" = "$config" ] ||
  fail "the conffiles list is not just $config"

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
getent passwd kvm48 >/dev/null || fail "no kvm48 user after install"
[ "$(stat -c %U:%a "$state_dir")" = kvm48:750 ] || fail "$state_dir is not kvm48's, mode 750"
installed_files=$(dpkg -L kvm48-server)

step "kvm48-server --version, plugins, config check"
kvm48-server --version
plugins=$(runuser -u kvm48 -- kvm48-server plugins --config "$config")
echo "$plugins"
for plugin in sqlite postgres live48_web koudai48_v6; do
  grep -qw "$plugin" <<<"$plugins" || fail "kvm48-server plugins does not list $plugin"
done
(cd "$state_dir" && runuser -u kvm48 -- kvm48-server config check --config "$config")

step "systemd-analyze verify"
systemd-analyze verify "$unit_dir/kvm48-server.service" "$unit_dir/kvm48-crawl.service" \
  "$unit_dir/kvm48-crawl.timer"

step "start the installed server as the unit does"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit_dir/kvm48-server.service")
[ -n "$exec_start" ] || fail "no ExecStart in $unit_dir/kvm48-server.service"
echo "user kvm48, cwd $state_dir: $exec_start"
log=$(mktemp)
# shellcheck disable=SC2086  # ExecStart is split into words, as systemd does
(cd "$state_dir" && exec setpriv --reuid kvm48 --regid kvm48 --init-groups --no-new-privs \
  $exec_start) >"$log" 2>&1 &
server_pid=$!
# On any failure from here on: stop the server and show its log.
trap 'kill -TERM "$server_pid" 2>/dev/null || true; echo "--- server log:" >&2; cat "$log" >&2' EXIT
listen=$(sed -n 's/^ *listen: *\([^ ]*\).*/\1/p' "$config" | head -1)
url="http://$listen/api/graphql"
for _ in $(seq 1 300); do
  curl -fs "http://$listen/health" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited: $(cat "$log")"
  sleep 0.2
done

step "query $url"
answer=$(curl -fsS -H 'Content-Type: application/json' \
  --data '{"query":"{ revision perfVods(from: 0, to: 2000000000) { id } }"}' "$url")
echo "$answer"
grep -q '"revision":"[^"]' <<<"$answer" || fail "no revision in the answer"
grep -q '"perfVods":\[' <<<"$answer" || fail "no perfVods list in the answer"
[ "$(stat -c %U "$state_dir/data/data.db")" = kvm48 ] || fail "the database is not kvm48's"

step "SIGTERM"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
trap - EXIT
[ "$status" -eq 0 ] || fail "the server exited with $status after SIGTERM: $(cat "$log")"
grep -q "stopped" "$log" || fail "no 'stopped' in the server's log: $(cat "$log")"
rm -f "$log"

step "apt-get purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq kvm48-server
! getent passwd kvm48 >/dev/null || fail "the kvm48 user is still there"
! getent group kvm48 >/dev/null || fail "the kvm48 group is still there"
[ ! -e "$state_dir" ] || fail "$state_dir is still there"
[ ! -e /etc/kvm48-server ] || fail "/etc/kvm48-server is still there"
while IFS= read -r path; do
  [ -f "$path" ] || [ -L "$path" ] || continue
  fail "$path is still there after the purge"
done <<<"$installed_files"
[ -z "$(find /etc/systemd/system -name 'kvm48-*' 2>/dev/null)" ] ||
  fail "unit links left in /etc/systemd/system: $(find /etc/systemd/system -name 'kvm48-*')"

step "done: package built, installed, run, queried and purged"
