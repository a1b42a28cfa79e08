// Lenient request-field readers and the response envelope.
#include <stdexcept>

#include "v6_api.hpp"

namespace kvm48::sim {

using nlohmann::json;

std::string envelope(int status, const std::string& message, const json& content) {
  // Built by hand to keep the upstream's key order: status, success, message, content.
  return "{\"status\":" + std::to_string(status) +
         ",\"success\":" + (status == 200 ? "true" : "false") +
         ",\"message\":" + json(message).dump() + ",\"content\":" + content.dump() + "}";
}

namespace v6 {

std::string idField(const json& body, const char* key) {
  if (!body.is_object() || !body.contains(key)) return "";
  const json& v = body.at(key);
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  throw std::invalid_argument(std::string(key) + " must be a number or a string");
}

std::int64_t intField(const json& body, const char* key, std::int64_t fallback) {
  const std::string text = idField(body, key);
  if (text.empty()) return fallback;
  std::size_t used = 0;
  const std::int64_t value = std::stoll(text, &used);
  if (used != text.size()) throw std::invalid_argument(std::string(key) + " is not a number");
  return value;
}

bool boolField(const json& body, const char* key, bool fallback) {
  if (!body.is_object() || !body.contains(key)) return fallback;
  const json& v = body.at(key);
  if (v.is_boolean()) return v.get<bool>();
  if (v == "true") return true;
  if (v == "false") return false;
  throw std::invalid_argument(std::string(key) + " must be a boolean");
}

}  // namespace v6
}  // namespace kvm48::sim
