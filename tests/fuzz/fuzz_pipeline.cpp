// libFuzzer target: parse -> limits -> validate -> execute through the Engine, over the
// differential test schema and its resolvers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline_harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kvm48::graphql::fuzz::runPipeline(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
