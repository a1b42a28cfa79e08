#!/usr/bin/env bash
# Every test on a fresh Debian 12 machine: install what is missing, build the
# dev preset (warnings as errors) and the asan preset (AddressSanitizer +
# UndefinedBehaviorSanitizer), and run the whole CTest suite under both.
#   scripts/test.sh            dev and asan
#   scripts/test.sh dev        one preset
set -euo pipefail
cd "$(dirname "$0")/.."

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev asan)

scripts/install-deps.sh
# The npm packages of the Node-driven tests (exact versions pinned in each package.json; no
# lockfile): graphql-js (the differential oracle), graphql-http (the GraphQL-over-HTTP
# audits), playwright-core (GraphiQL in headless Chromium).
while IFS= read -r manifest; do
  (cd "$(dirname "$manifest")" && npm install --no-audit --no-fund --loglevel=error)
done < <(find tests -name package.json -not -path '*/node_modules/*' | sort)
passed=0
for preset in "${presets[@]}"; do
  echo "=== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "=== $preset: test"
  ctest --preset "$preset" | tee "build/$preset/ctest-summary.log"
  count=$(sed -n 's/^100% tests passed, 0 tests failed out of \([0-9]*\)$/\1/p' "build/$preset/ctest-summary.log")
  passed=$((passed + ${count:-0}))
done

# libFuzzer targets (clang-14, ASan + UBSan), each run for a bounded time.
if [ -x tests/fuzz/run.sh ] && [ "${KVM48_SKIP_FUZZ:-0}" != 1 ]; then
  echo "=== fuzz"
  tests/fuzz/run.sh
fi

echo "tests: $passed passed, 0 failed"
