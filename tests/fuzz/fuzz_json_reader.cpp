// libFuzzer target, differential: on any bytes, the fast JSON reader either leaves the
// text to nlohmann or gives exactly nlohmann's value (graphql/utilities/json_reader.hpp).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "graphql/utilities/json_reader.hpp"
#include "json_identical.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using kvm48::graphql::Json;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Json fast;
  const bool took = kvm48::graphql::detail::parseJsonFast(text, fast);
  const Json expected = Json::parse(text.begin(), text.end(), nullptr, false);
  if (took && (expected.is_discarded() || !kvm48::test::identical(fast, expected))) std::abort();
  if (!kvm48::test::identical(kvm48::graphql::parseJson(text), expected)) std::abort();
  return 0;
}
