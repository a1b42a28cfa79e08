#pragma once
// Status + message: how every plugin entry point reports failure. No exception
// crosses the plugin boundary in either direction.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace kvm48 {

enum class StatusCode : std::uint32_t {
  ok = 0,
  invalid_config = 1,  ///< a configuration value is wrong; `key()` names it when known
  unavailable = 2,     ///< an I/O peer (upstream, database) failed or is unreachable
  not_found = 3,
  conflict = 4,      ///< data contradicts what is stored (e.g. an id collision)
  cancelled = 5,     ///< the host asked the operation to stop
  invalid_data = 6,  ///< an upstream answer could not be understood
  internal = 7,      ///< a bug: an unexpected exception or broken invariant
};

/// Human-readable name of a status code ("invalid_config", ...).
constexpr std::string_view to_string(StatusCode code) noexcept {
  switch (code) {
    case StatusCode::ok: return "ok";
    case StatusCode::invalid_config: return "invalid_config";
    case StatusCode::unavailable: return "unavailable";
    case StatusCode::not_found: return "not_found";
    case StatusCode::conflict: return "conflict";
    case StatusCode::cancelled: return "cancelled";
    case StatusCode::invalid_data: return "invalid_data";
    case StatusCode::internal: return "internal";
  }
  return "unknown";
}

/// Outcome of an operation. A default-constructed Status is success.
/// Value type; cheap to move; safe to pass across the plugin boundary.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, std::string key = {})
      : code_(code), message_(std::move(message)), key_(std::move(key)) {}

  static Status success() { return {}; }
  /// A configuration error about one key of the plugin's options (e.g. "base_url").
  /// The host turns the key into file:line:column of the YAML it came from.
  static Status config_error(std::string key, std::string message) {
    return {StatusCode::invalid_config, std::move(message), std::move(key)};
  }

  [[nodiscard]] bool ok() const noexcept { return code_ == StatusCode::ok; }
  explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] StatusCode code() const noexcept { return code_; }
  [[nodiscard]] const std::string& message() const noexcept { return message_; }
  /// Option key the error is about, or empty.
  [[nodiscard]] const std::string& key() const noexcept { return key_; }

 private:
  StatusCode code_ = StatusCode::ok;
  std::string message_;
  std::string key_;
};

}  // namespace kvm48
