#pragma once
// The one exception type of the libpq layer. It never leaves the plugin: the
// backend turns it into a kvm48::Status at its public entry points.

#include <stdexcept>
#include <string>

namespace kvm48::pg {

/// A failed libpq call or SQL statement.
///
/// `sqlstate` is the five-character SQLSTATE when the server sent one ("23505"),
/// empty for client-side failures. `connection_lost` says the connection broke
/// (server gone, backend terminated, network error): the connection is unusable
/// and the pool discards it; the statement may or may not have run.
class Error : public std::runtime_error {
 public:
  Error(std::string message, std::string sqlstate, bool connection_lost)
      : std::runtime_error(std::move(message)),
        sqlstate_(std::move(sqlstate)),
        connection_lost_(connection_lost) {}

  [[nodiscard]] const std::string& sqlstate() const noexcept { return sqlstate_; }
  [[nodiscard]] bool connection_lost() const noexcept { return connection_lost_; }

 private:
  std::string sqlstate_;
  bool connection_lost_;
};

}  // namespace kvm48::pg
