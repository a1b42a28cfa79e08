#pragma once
// The logger a source sees during a run: its instance logger, with the run id
// on every line.

#include <string>

#include "kvm48/logger.hpp"

namespace kvm48::host {

class RunLogger final : public kvm48::Logger {
 public:
  RunLogger(kvm48::Logger& instance, std::string run_id)
      : instance_(instance), prefix_("run " + run_id + ": ") {}

  [[nodiscard]] bool enabled(LogLevel level) const noexcept override {
    return instance_.enabled(level);
  }
  void write(LogLevel level, std::string_view message) noexcept override {
    if (!instance_.enabled(level)) return;
    try {
      instance_.write(level, prefix_ + std::string(message));
    } catch (...) {  // building the line ran out of memory: drop it
    }
  }

 private:
  kvm48::Logger& instance_;
  const std::string prefix_;
};

}  // namespace kvm48::host
