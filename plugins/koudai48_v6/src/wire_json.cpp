#include "wire_json.hpp"

#include <charconv>

namespace koudai48 {

using nlohmann::json;

namespace {

std::string describe(const json& value) {
  std::string shown = value.dump();
  if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
  return std::string(value.type_name()) + " " + shown;
}

bool empty_content(const json& content) {
  return content.is_null() || (content.is_object() && content.empty()) ||
         (content.is_string() && content.get_ref<const std::string&>().empty());
}

}  // namespace

kvm48::Status read_envelope(std::string_view endpoint, const std::string& body, json& content) {
  const std::string where(endpoint);
  json envelope = json::parse(body, nullptr, false);
  if (envelope.is_discarded()) {
    const bool html = body.find('<') != std::string::npos;
    return {kvm48::StatusCode::invalid_data,
            where + ": the answer is not JSON" +
                (html ? " (an HTML page: intercepted, or not the API?)" : "")};
  }
  if (!envelope.is_object() || !envelope.contains("status")) {
    return {kvm48::StatusCode::invalid_data, where + ": the answer has no envelope status"};
  }
  std::int64_t status = 0;
  std::string message;
  try {
    status = integer(envelope, "status");
    message = optional_text(envelope, "message").value_or("");
  } catch (const WireError& e) {
    return {kvm48::StatusCode::invalid_data, where + ": " + e.what()};
  }
  const auto success = envelope.find("success");
  const bool failed = status != 200 ||
                      (success != envelope.end() && success->is_boolean() && !success->get<bool>());
  if (failed) {
    const auto code = status == 404 ? kvm48::StatusCode::not_found : kvm48::StatusCode::unavailable;
    return {code, where + ": API status " + std::to_string(status) + ": " +
                      (message.empty() ? "(no message)" : message)};
  }
  const auto found = envelope.find("content");
  if (found == envelope.end() || empty_content(*found)) {
    return {kvm48::StatusCode::invalid_data,
            where + ": API status 200 with an empty content (" +
                (found == envelope.end() ? std::string("missing") : found->dump()) + ")"};
  }
  if (!found->is_object()) {
    return {kvm48::StatusCode::invalid_data,
            where + ": content is " + describe(*found) + ", expected an object"};
  }
  content = std::move(*found);
  return {};
}

std::optional<std::string> optional_text(const json& object, const char* key) {
  if (!object.is_object()) throw WireError(std::string("expected an object around '") + key + "'");
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_unsigned()) return std::to_string(found->get<std::uint64_t>());
  if (found->is_number_integer()) return std::to_string(found->get<std::int64_t>());
  throw WireError(std::string("'") + key + "' is " + describe(*found) +
                  ", expected a string or an integer");
}

std::string text(const json& object, const char* key) {
  auto value = optional_text(object, key);
  if (!value) throw WireError(std::string("'") + key + "' is missing");
  return std::move(*value);
}

std::optional<std::int64_t> parse_int64(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc{} || stop != end) return std::nullopt;
  return value;
}

std::int64_t integer(const json& object, const char* key) {
  const std::string value = text(object, key);
  const auto parsed = parse_int64(value);
  if (!parsed) throw WireError(std::string("'") + key + "' is '" + value + "', not an integer");
  return *parsed;
}

std::int64_t integer_or(const json& object, const char* key, std::int64_t fallback) {
  if (!optional_text(object, key)) return fallback;
  return integer(object, key);
}

const json& array(const json& object, const char* key) {
  if (!object.is_object()) throw WireError(std::string("expected an object around '") + key + "'");
  const auto found = object.find(key);
  if (found == object.end()) throw WireError(std::string("'") + key + "' is missing");
  if (!found->is_array()) {
    throw WireError(std::string("'") + key + "' is " + describe(*found) + ", expected an array");
  }
  return *found;
}

}  // namespace koudai48
