#include "scratch_dir.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace kvm48::test {

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kvm48-sqlite-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string sqlite_options(const std::string& db_path) {
  return "path: '" + db_path + "'\nbusy_timeout_ms: 10000\n";
}

}  // namespace kvm48::test
