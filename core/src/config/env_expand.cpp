#include "config/env_expand.hpp"

#include <cstdlib>

namespace kvm48::host {
namespace {

bool is_name_char(char c, bool first) {
  const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  return alpha || (!first && c >= '0' && c <= '9');
}

using Result = std::variant<std::string, std::string>;
Result failure(std::string message) {
  return Result(std::in_place_index<1>, std::move(message));
}

}  // namespace

EnvLookup process_environment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

Result expand_env(std::string_view text, const EnvLookup& lookup) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 3, "$${") == 0) {
      out += "${";
      i += 3;
      continue;
    }
    if (text.compare(i, 2, "${") != 0) {
      out += text[i++];
      continue;
    }
    const std::size_t close = text.find('}', i + 2);
    if (close == std::string_view::npos) return failure("unterminated ${ reference");
    const std::string_view body = text.substr(i + 2, close - i - 2);
    const std::size_t sep = body.find(":-");
    const std::string_view name = body.substr(0, sep);
    bool valid = !name.empty();
    for (std::size_t k = 0; k < name.size() && valid; ++k) valid = is_name_char(name[k], k == 0);
    if (!valid) return failure("malformed reference ${" + std::string(body) + "}");
    if (auto value = lookup(std::string(name))) {
      out += *value;
    } else if (sep != std::string_view::npos) {
      out += body.substr(sep + 2);
    } else {
      return failure("environment variable " + std::string(name) + " is not set");
    }
    i = close + 1;
  }
  return Result(std::in_place_index<0>, std::move(out));
}

}  // namespace kvm48::host
