#pragma once
// A command that ran and could not do its job (as opposed to a bad command line
// or configuration): what went wrong, and the exit status to leave with.

#include <string>

#include "exit_codes.hpp"

namespace kvm48::app {

struct CommandFailure {
  std::string message;
  int exit_code = kExitFailure;
};

}  // namespace kvm48::app
