#!/usr/bin/env bash
# usage: install_and_load.sh BUILD_DIR EXAMPLE_SOURCE_DIR GENERATOR CXX
set -euo pipefail
build_dir=$1 example=$2 generator=$3 cxx=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
[ -x "$work/prefix/bin/kvm48-server" ] || fail "the installed binary is missing"
[ -f "$work/prefix/include/kvm48/plugin.hpp" ] || fail "the installed SDK headers are missing"
[ -f "$work/prefix/lib/cmake/kvm48/kvm48Config.cmake" ] || fail "the installed CMake package is missing"

# Only the installed prefix is visible to this build: not the source tree.
cmake -S "$example" -B "$work/build" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" >/dev/null
if grep -rq -- "-I$(cd "$build_dir/.." && pwd)" "$work/build/build.ninja" 2>/dev/null; then
  fail "the example was compiled against the source tree"
fi

mkdir -p "$work/plugins"
cp "$work/build/hello_source.so" "$work/plugins/"
cat > "$work/kvm48.yaml" <<YAML
plugins:
  directories: ['$work/plugins']
backend:
  plugin: sqlite
sources:
  - name: hello
    plugin: hello_source
    options:
      base_url: https://api.example
YAML

out=$("$work/prefix/bin/kvm48-server" plugins --config "$work/kvm48.yaml" --log-level warning)
echo "$out"
echo "$out" | grep -Eq "^  hello_source +source +1\.0\.0 +$work/plugins/hello_source\.so$" ||
  fail "the installed host did not list hello_source as loaded"
echo "$out" | grep -q "^Refused (0):" || fail "a plugin was refused"
echo "$out" | grep -q "^  $work/prefix/lib/kvm48-server/plugins$" ||
  fail "the installed host does not scan its own plugin directory"

# Its options go through the host's checks and its own validation.
sed -i 's|base_url: https://api.example|base_url: ftp://nope|' "$work/kvm48.yaml"
if check=$("$work/prefix/bin/kvm48-server" config check --config "$work/kvm48.yaml" --log-level warning 2>&1); then
  fail "config check accepted a bad base_url"
fi
echo "$check"
echo "$check" | grep -q "sources\[0\].options.base_url: expected an http(s) URL, found 'ftp://nope'" ||
  fail "the plugin's own option check did not reach the user"
echo "OK: hello_source built out of tree and loaded by the installed kvm48-server"
