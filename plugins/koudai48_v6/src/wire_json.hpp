#pragma once
// Reading the v6 API's JSON: the {status, success, message, content} envelope and
// lenient field readers. Ids and millisecond times are strings on the wire (some
// clients and old answers send numbers): they are read as text and parsed with
// std::from_chars, never through a double. nlohmann::json keeps integers that
// fit 64 bits exact; a number with a fraction or beyond 64 bits is refused.
//
// Every reader throws WireError (with the field named) on a missing or mistyped
// field; callers turn it into an invalid_data problem. Pure functions, any thread.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <kvm48/status.hpp>

namespace koudai48 {

struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Parses an answer body and checks its envelope. ok with `content` set to a
/// non-empty object; otherwise, naming `endpoint`:
///  - invalid_data: not JSON (e.g. an interception page), not an envelope, or an
///    empty/missing/null content with a success status;
///  - not_found: envelope status 404 (an unknown id in a detail call);
///  - unavailable: any other non-success status (status != 200 or success false),
///    e.g. 401004 登录口袋失败, with the status and message.
kvm48::Status read_envelope(std::string_view endpoint, const std::string& body,
                            nlohmann::json& content);

/// `object[key]` as text: a string as is, an integer in decimal. Absent or null:
/// nullopt. Anything else throws.
std::optional<std::string> optional_text(const nlohmann::json& object, const char* key);
/// As optional_text, but absent throws.
std::string text(const nlohmann::json& object, const char* key);
/// A decimal integer (string or number) into int64; throws when absent or not one.
std::int64_t integer(const nlohmann::json& object, const char* key);
/// As integer, with `fallback` when absent or null.
std::int64_t integer_or(const nlohmann::json& object, const char* key, std::int64_t fallback);
/// Decimal text (optional leading '-') into int64 with std::from_chars; nullopt
/// for anything else (empty, spaces, a fraction, out of range).
std::optional<std::int64_t> parse_int64(std::string_view text);
/// `object[key]` as an array (throws when absent or not an array).
const nlohmann::json& array(const nlohmann::json& object, const char* key);

}  // namespace koudai48
