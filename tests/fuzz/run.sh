#!/usr/bin/env bash
# Builds the `fuzz` preset (clang-14, ASan + UBSan, libFuzzer) and runs each fuzz target
# for a bounded time: the GraphQL ones seeded from the differential corpus and
# regressions/, the JSON reader (differential against nlohmann) from json_seeds/.
#
#   tests/fuzz/run.sh [seconds-per-target]     (default 60)
#
# Exit status non-zero when a target finds a crash, leak or hang (> 10 s per input); the
# reproducer is written to build/fuzz/fuzz-work/<target>-crash-*. Add it to
# tests/fuzz/regressions/ (replayed by the unit test "graphql.validation: fuzz
# regressions") together with the fix. Needs clang-14, libclang-rt-14-dev and node.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 --target fuzz_graphql_parser fuzz_graphql_pipeline fuzz_json_reader

work=build/fuzz/fuzz-work
mkdir -p "$work"
node tests/fuzz/extract_seeds.mjs tests/differential/corpus "$work/seeds"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
run_target() {
  local target=$1
  shift
  mkdir -p "$work/$target"
  echo "== $target for ${seconds}s"
  if ! "build/fuzz/bin/$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 "$@" \
      -artifact_prefix="$work/$target-" -print_final_stats=1 "$work/$target" "${seeds[@]}"; then
    echo "$target FAILED: see $work/$target-*"
    status=1
  fi
}
for target in parser pipeline; do
  seeds=("$work/seeds" tests/fuzz/regressions)
  run_target "fuzz_graphql_$target" -dict=tests/fuzz/graphql.dict
done
seeds=(tests/fuzz/json_seeds)
run_target fuzz_json_reader
exit $status
