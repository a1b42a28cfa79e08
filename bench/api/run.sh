#!/usr/bin/env bash
# bench/api/run.sh: the API server benchmark (see README.md).
#
# Builds kvm48-server and the generator with the release preset, generates a
# synthetic 60,000-VOD database, and for kvm48-server ("ours") and the graphql-js
# + better-sqlite3 peer (bench/peers/graphql-js) on that same file: starts the
# server (three times, timing its first answer), checks every scenario's answers
# once, then drives each scenario with wrk over 127.0.0.1 and measures the
# server's CPU time per request and its peak RSS.
# Prints one table with the peer/ours CPU ratio and PASS/MISS against the targets.
# Exit status 0 unless something failed to run (build, start, a wrong answer, a
# non-2xx response, wrk, a server not exiting 0 on SIGTERM). PASS/MISS is information.
#
# Environment (defaults in brackets):
#   BENCH_DURATION [10]     seconds of each timed wrk run
#   BENCH_WARMUP [2]        seconds of wrk before a scenario's first timed run (not measured)
#   BENCH_ROUNDS [3]        timed runs of each scenario per server (the report takes medians)
#   BENCH_CONNECTIONS [32]  wrk connections;  BENCH_THREADS [2]: wrk threads
#   BENCH_COUNT [60000]     VODs in the synthetic database
#   BENCH_STARTS [3]        server starts timed (median first answer); the last one is measured
#   BENCH_SCENARIOS ["health a b c d e"]
#   BENCH_SKIP_OURS=1 / BENCH_SKIP_PEER=1   measure only the other server
#   BENCH_OURS_THREADS      server.threads of ours (unset: the server's default)
#   BENCH_OURS_MMAP_MB      the sqlite backend's mmap_mb for ours (unset: its default, 0)
#   BENCH_NO_BUILD=1        use build/release as it is
#   BENCH_BUILD_ALL=1       build every target of the release preset, not just the three needed
#   BENCH_KEEP=1            keep the work directory (database, logs, answers, results)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/api"
peer_dir="$root/bench/peers/graphql-js"
build="$root/build/release"
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-2}
rounds=${BENCH_ROUNDS:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS must be a positive integer, got '$rounds'" >&2; exit 2; }
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
count=${BENCH_COUNT:-60000}
starts=${BENCH_STARTS:-3}
scenarios=${BENCH_SCENARIOS:-health a b c d e}
servers=()
[ "${BENCH_SKIP_OURS:-0}" = 1 ] || servers+=(ours)
[ "${BENCH_SKIP_PEER:-0}" = 1 ] || servers+=(peer)
clock_ticks=$(getconf CLK_TCK)
failures=0

work=$(mktemp -d "${TMPDIR:-/tmp}/kvm48-bench-api.XXXXXX")
# Per server name (ours, peer): its supervise.mjs process, its pid and port.
declare -A supervisor_of=() pid_of=() port_of=()
cleanup() {
  local name
  for name in "${!supervisor_of[@]}"; do stop_server "$name" || true; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

say() { printf '== %s\n' "$*" >&2; }
problem() { printf '!! %s\n' "$*" >&2; failures=$((failures + 1)); }

# --- build --------------------------------------------------------------------

# Only what the benchmark runs (the server, the sqlite plugin, the generator):
# the whole tree with its tests takes half an hour on two shared cores.
# BENCH_BUILD_ALL=1 builds every target of the preset instead.
build_release() {
  [ "${BENCH_NO_BUILD:-0}" = 1 ] && return
  local targets=(--target generate_dataset kvm48_plugin_sqlite)
  [ "${BENCH_SKIP_OURS:-0}" = 1 ] || targets+=(kvm48-server)
  [ "${BENCH_BUILD_ALL:-0}" = 1 ] && targets=()
  say "building the release preset (-j2): ${targets[*]:-every target}"
  (cd "$root" && cmake --preset release >/dev/null)
  (cd "$root" && cmake --build --preset release -j2 "${targets[@]}" >/dev/null)
}

# The peer's packages: exact versions from package.json, no lockfile (.npmrc). npm
# here does not run install scripts (allowScripts), and better-sqlite3's script
# would try prebuild-install's download first, so scripts are skipped and the
# native module is compiled from source with npm's own node-gyp against the
# Debian node headers (/usr/include/node): no network beyond the npm registry.
install_peer() {
  # Installed when every dependency has the pinned version and better-sqlite3 loads.
  local check="const p = require('./package.json');
    for (const [name, version] of Object.entries(p.dependencies))
      if (require(name + '/package.json').version !== version) process.exit(1);
    require('better-sqlite3');"
  if (cd "$peer_dir" && node -e "$check" 2>/dev/null); then return; fi
  say "installing the peer's packages and building better-sqlite3 from source"
  (cd "$peer_dir" && npm install --ignore-scripts --no-audit --no-fund >/dev/null)
  local gyp
  gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
  (cd "$peer_dir/node_modules/better-sqlite3" &&
    node "$gyp" rebuild --release --nodedir=/usr -j 2 >"$work/node-gyp.log" 2>&1) ||
    { cat "$work/node-gyp.log" >&2; return 1; }
  (cd "$peer_dir" && node -e "$check")
}

# --- servers ------------------------------------------------------------------

write_ours_config() {
  cat >"$work/ours.yaml" <<EOF
log:
  level: warning
backend:
  plugin: sqlite
  options:
    path: '$work/data.db'
server:
  max_results: 10000
EOF
  if [ -n "${BENCH_OURS_THREADS:-}" ]; then
    echo "  threads: $BENCH_OURS_THREADS" >>"$work/ours.yaml"
  fi
  if [ -n "${BENCH_OURS_MMAP_MB:-}" ]; then
    sed -i "s|^  options:\$|  options:\n    mmap_mb: $BENCH_OURS_MMAP_MB|" "$work/ours.yaml"
  fi
}

server_command() {
  local dir=$1
  case $2 in
    ours) echo "$build/bin/kvm48-server" serve --config "$work/ours.yaml" \
      --listen 127.0.0.1:0 --port-file "$dir/port" ;;
    peer) echo node "$peer_dir/server.mjs" --db "$work/data.db" --listen 127.0.0.1:0 \
      --port-file "$dir/port" --max-results 10000 ;;
  esac
}

# Starts server $1 under supervise.mjs; sets supervisor_of, pid_of and port_of for it.
start_server() {
  local server_dir="$work/$1"
  mkdir -p "$server_dir"
  rm -f "$server_dir/pid" "$server_dir/port" "$server_dir/ready" "$server_dir/exit"
  local probe
  probe=$(head -n 1 "$work/requests/a.bodies")
  # shellcheck disable=SC2046  # the command is word-split on purpose (paths have no spaces)
  node "$here/supervise.mjs" --dir "$server_dir" --probe "$probe" -- $(server_command "$server_dir" "$1") &
  supervisor_of[$1]=$!
  local waited=0
  until [ -s "$server_dir/ready" ]; do
    sleep 0.05
    waited=$((waited + 1))
    if [ "$waited" -gt 600 ]; then echo "failed: no ready file" >"$server_dir/ready"; fi
  done
  if ! grep -q '^first_answer_ms=' "$server_dir/ready"; then
    problem "$1 did not start: $(cat "$server_dir/ready")"
    tail -n 20 "$server_dir/log" >&2 || true
    stop_server "$1"
    return 1
  fi
  pid_of[$1]=$(cat "$server_dir/pid")
  port_of[$1]=$(cat "$server_dir/port")
  say "$1 (pid ${pid_of[$1]}) listening on 127.0.0.1:${port_of[$1]}, $(cat "$server_dir/ready")"
}

stop_server() {
  local name=$1 supervisor=${supervisor_of[$1]} waited=0
  kill -TERM "$supervisor" 2>/dev/null || true
  while kill -0 "$supervisor" 2>/dev/null && [ "$waited" -lt 150 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$supervisor" 2>/dev/null; then
    problem "$name (pid ${pid_of[$name]:-?}) did not stop within 15 s of SIGTERM; killing it"
    [ -z "${pid_of[$name]:-}" ] || kill -KILL "${pid_of[$name]}" 2>/dev/null || true
  fi
  wait "$supervisor" 2>/dev/null ||
    problem "$name exited with $(cat "$work/$name/exit" 2>/dev/null)"
  unset "supervisor_of[$name]"
}

# utime + stime of the whole process (every thread), in seconds.
cpu_seconds() {
  sed 's/.*) //' "/proc/${pid_of[$1]}/stat" | awk -v hz="$clock_ticks" '{ printf "%.2f", ($12 + $13) / hz }'
}

peak_rss_kib() {
  awk '/^VmHWM:/ { print $2 }' "/proc/${pid_of[$1]}/status"
}

# --- scenarios ----------------------------------------------------------------

# wrk arguments of scenario $2 on server $1: the URL, then the bodies file for POST scenarios.
wrk_target() {
  if [ "$2" = health ]; then
    echo "http://127.0.0.1:${port_of[$1]}/health"
  else
    echo "http://127.0.0.1:${port_of[$1]}/api/graphql -- $work/requests/$2.bodies"
  fi
}

check_scenario() {
  local name=$1 scenario=$2
  if [ "$scenario" = health ]; then
    curl -fsS "http://127.0.0.1:${port_of[$name]}/health" >/dev/null || { problem "$name: GET /health failed"; return 1; }
    return
  fi
  node "$here/check_answers.mjs" --url "http://127.0.0.1:${port_of[$name]}/api/graphql" \
    --scenario "$scenario" --bodies "$work/requests/$scenario.bodies" \
    --out "$work/$name/answers-$scenario.txt" >&2 ||
    { problem "$name: wrong answer in scenario $scenario"; return 1; }
}

# The value of key $1 in wrk's KVM48_WRK line $2.
wrk_value() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }

# Times scenario $2 on server $1 once (round $3; round 1 starts with the warm-up).
run_scenario() {
  local name=$1 scenario=$2 round=$3 output before after line
  if [ "$round" = 1 ]; then
    # shellcheck disable=SC2046
    wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 5s -s "$here/scenario.lua" \
      $(wrk_target "$name" "$scenario") >/dev/null
  fi
  before=$(cpu_seconds "$name")
  # shellcheck disable=SC2046
  output=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s --latency \
    -s "$here/scenario.lua" $(wrk_target "$name" "$scenario"))
  after=$(cpu_seconds "$name")
  line=$(grep '^KVM48_WRK ' <<<"$output") || { problem "$name/$scenario: wrk printed no result"; return 1; }
  # Error responses are wrong answers; socket errors (mostly timeouts: no answer
  # within 5 s) are the server's behaviour under load, reported in the table.
  if grep -q '^ *Non-2xx' <<<"$output"; then
    problem "$name/$scenario: $(grep '^ *Non-2xx' <<<"$output" | tr -s ' ')"
  fi
  if grep -q '^ *Socket errors' <<<"$output"; then
    say "$name/$scenario: $(grep '^ *Socket errors' <<<"$output" | tr -s ' ')"
  fi
  local socket_errors=0 kind
  for kind in connect read write timeout; do
    socket_errors=$((socket_errors + $(wrk_value "$kind" "$line")))
  done
  printf '%s\trun\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$scenario" "$round" \
    "$(wrk_value requests "$line")" "$(wrk_value duration_us "$line")" "$(wrk_value p50_us "$line")" \
    "$(wrk_value p99_us "$line")" "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')" \
    "$(wrk_value timeout "$line")" "$socket_errors" >>"$work/results.tsv"
  say "$name/$scenario round $round: $(wrk_value requests "$line") requests in ${duration}s, p99 $(wrk_value p99_us "$line") µs, CPU $before -> $after s"
}

# First-answer times of BENCH_STARTS starts (the last one stays up): "median min".
first_answers() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%s\t%s", v[int((NR + 1) / 2)], v[1] }'
}

# Times BENCH_STARTS starts of server $1 (the last one stays up) and records the
# first-answer times as "median min" in first_answer_of.
declare -A first_answer_of=()
start_timed() {
  local name=$1 times="" i
  for ((i = 1; i <= starts; ++i)); do
    start_server "$name" || return 1
    times+="$(sed 's/first_answer_ms=//' "$work/$name/ready")"$'\n'
    if [ "$i" -lt "$starts" ]; then stop_server "$name"; fi
  done
  first_answer_of[$name]=$(first_answers <<<"${times%$'\n'}")
}

# Both servers stay up (an idle one costs nothing) and take turns, scenario by
# scenario and round by round (the order flips each round), so a change in what
# else the machine runs falls on both alike.
measure_all() {
  local name scenario round running=() checked order
  for name in "${servers[@]}"; do
    if start_timed "$name"; then running+=("$name"); fi
  done
  for scenario in $scenarios; do
    checked=()
    for name in "${running[@]}"; do
      if check_scenario "$name" "$scenario"; then checked+=("$name"); fi
    done
    for ((round = 1; round <= rounds; ++round)); do
      order=("${checked[@]}")
      if [ $((round % 2)) = 0 ] && [ "${#order[@]}" = 2 ]; then order=("${order[1]}" "${order[0]}"); fi
      for name in "${order[@]}"; do run_scenario "$name" "$scenario" "$round" || true; done
    done
  done
  for name in "${running[@]}"; do
    printf '%s\tmeta\t%s\t%s\n' "$name" "${first_answer_of[$name]}" "$(peak_rss_kib "$name")" \
      >>"$work/results.tsv"
    stop_server "$name"
  done
}

# Ours and the peer must give the same answers to the same requests (for d: the
# same types with the same fields, arguments and descriptions).
compare_answers() {
  local scenario
  for scenario in $scenarios; do
    [ "$scenario" = health ] && continue
    local ours="$work/ours/answers-$scenario.txt" peer="$work/peer/answers-$scenario.txt"
    if [ ! -f "$ours" ] || [ ! -f "$peer" ]; then continue; fi
    if cmp -s "$ours" "$peer"; then
      say "scenario $scenario: ours and the peer gave the same answers"
    else
      say "scenario $scenario: ours and the peer answered differently (first difference below)"
      diff <(tr ',' '\n' <"$ours") <(tr ',' '\n' <"$peer") | head -n 6 >&2 || true
    fi
  done
}

# --- main -----------------------------------------------------------------------

build_release
install_peer
say "generating $count VODs"
"$build/bin/generate_dataset" --db "$work/data.db" --ids-file "$work/ids.txt" --count "$count"
node "$here/make_requests.mjs" --peer-dir "$peer_dir" --ids "$work/ids.txt" --out "$work/requests" >&2
write_ours_config
: >"$work/results.tsv"
measure_all
compare_answers

echo
echo "API benchmark: $count VODs, wrk -t$threads -c$connections, $rounds runs of ${duration}s per scenario and server after ${warmup}s warm-up,"
echo "on $(nproc) cores shared by wrk and the server ($(uptime | sed 's/.*load average/load average/'))"
echo
node "$here/report.mjs" "$work/results.tsv"
if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) above" >&2
  exit 1
fi
