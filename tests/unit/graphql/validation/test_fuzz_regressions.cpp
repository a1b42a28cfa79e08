// Replays every input in tests/fuzz/regressions/ (hostile documents written by hand and
// any crash or hang the fuzzers found) through the fuzz harness: the whole engine
// pipeline and the parser alone. A regression crashes or aborts this test (and hangs
// hit the CTest timeout); under the asan preset memory errors are caught too.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "pipeline_harness.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: every saved input runs through the engine", "[validation][fuzz]") {
  const fs::path dir = KVM48_FUZZ_REGRESSIONS_DIR;
  std::size_t replayed = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    INFO("regression input " << entry.path().filename().string());
    kvm48::graphql::fuzz::runParser(input);
    kvm48::graphql::fuzz::runPipeline(input);
    ++replayed;
  }
  CHECK(replayed >= 15);  // the hand-written hostile inputs are all there
}
