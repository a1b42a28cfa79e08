#pragma once
// A fresh directory under the system temp directory, removed with everything in it.

#include <filesystem>
#include <string_view>

namespace kvm48::graphiql::test {

class ScratchDirectory {
 public:
  ScratchDirectory();
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to path()/name, replacing any file there.
  void write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

}  // namespace kvm48::graphiql::test
