#pragma once
// The logger a source sees during a run: its instance logger, with the run id
// on every line (as the `run` field of structured formats; "run <id>: " in text).

#include <string>

#include "kvm48/logger.hpp"
#include "logging/plugin_logger.hpp"

namespace kvm48::host {

class RunLogger final : public kvm48::Logger {
 public:
  RunLogger(PluginLogger& instance, std::string run_id)
      : instance_(instance), run_id_(std::move(run_id)) {}

  [[nodiscard]] bool enabled(LogLevel level) const noexcept override {
    return instance_.enabled(level);
  }
  void write(LogLevel level, std::string_view message) noexcept override {
    instance_.write_for_run(level, run_id_, message);
  }

 private:
  PluginLogger& instance_;
  const std::string run_id_;
};

}  // namespace kvm48::host
