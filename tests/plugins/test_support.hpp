#pragma once
// Shared by the plugin tests: the fixture directory, a fresh registry over it,
// and a Poco channel that records log lines.

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include <Poco/Channel.h>
#include <Poco/Message.h>

#include "plugins/plugin_registry.hpp"

namespace kvm48::test {

inline std::filesystem::path fixture_dir() {
  return KVM48_TEST_PLUGIN_DIR;
}
inline std::filesystem::path fixture(const std::string& name) {
  return fixture_dir() / (name + ".so");
}

/// Records every message logged to it, "source: text" per entry.
class RecordingChannel : public Poco::Channel {
 public:
  void log(const Poco::Message& message) override {
    std::lock_guard<std::mutex> lock(mutex_);
    lines_.push_back(message.getSource() + ": " + message.getText());
  }
  std::vector<std::string> lines() {
    std::lock_guard<std::mutex> lock(mutex_);
    return lines_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> lines_;
};

}  // namespace kvm48::test
