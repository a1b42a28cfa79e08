#include "log_capture.hpp"

namespace kvm48::bench {

void LogCapture::log(const Poco::Message& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  lines_.push_back(message.getText());
}

std::string LogCapture::last_with(const std::string& needle) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = lines_.rbegin(); it != lines_.rend(); ++it) {
    if (it->find(needle) != std::string::npos) return *it;
  }
  return {};
}

std::uint64_t field(const std::string& line, const std::string& key) {
  const auto at = line.find(" " + key + "=");
  if (at == std::string::npos) return 0;
  return std::stoull(line.substr(at + key.size() + 2));
}

}  // namespace kvm48::bench
