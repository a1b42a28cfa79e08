// libFuzzer target: the GraphQL lexer and parser on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline_harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kvm48::graphql::fuzz::runParser(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
