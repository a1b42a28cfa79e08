#pragma once
// A request the backend refuses on its merits (bad record, l4c conflict), as
// opposed to a database failure. Thrown inside the plugin, turned into a Status
// at the Backend method that caught it.

#include <stdexcept>
#include <string>

#include "kvm48/status.hpp"

namespace kvm48::postgres {

class Rejected : public std::runtime_error {
 public:
  Rejected(StatusCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  [[nodiscard]] StatusCode code() const noexcept { return code_; }

 private:
  StatusCode code_;
};

}  // namespace kvm48::postgres
