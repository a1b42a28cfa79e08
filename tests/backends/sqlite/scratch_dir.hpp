#pragma once
// A fresh temporary directory, removed with everything in it when destroyed.

#include <filesystem>
#include <string>

namespace kvm48::test {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }
  /// `path()/name` as a string.
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// YAML options of the sqlite backend for the database file `db_path`.
std::string sqlite_options(const std::string& db_path);

}  // namespace kvm48::test
