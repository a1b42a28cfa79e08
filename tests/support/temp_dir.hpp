#pragma once
// A directory of its own under the system temp dir, removed (with its contents) by the
// destructor. Header-only, for the crawl integration tests.

#include <filesystem>
#include <random>
#include <string>
#include <system_error>

namespace kvm48::test {

class TempDir {
 public:
  /// `prefix` starts the directory's name, e.g. "kvm48-v6-test-".
  explicit TempDir(const std::string& prefix) {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            (prefix + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kvm48::test
