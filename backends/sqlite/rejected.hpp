#pragma once
// An operation the backend refuses with a specific status code (bad record, id
// conflict, unusable database), as opposed to an SQLite or system failure.

#include <stdexcept>
#include <string>

#include "kvm48/status.hpp"

namespace kvm48::sqlite {

class Rejected : public std::runtime_error {
 public:
  Rejected(StatusCode code, const std::string& what) : std::runtime_error(what), code_(code) {}
  [[nodiscard]] StatusCode code() const noexcept { return code_; }

 private:
  StatusCode code_;
};

}  // namespace kvm48::sqlite
