// Plugin files and directories others could have written into are refused (as sshd's
// StrictModes), one line each; `plugins.strict_permissions: false` (development trees)
// loads them.

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <catch2/catch.hpp>

#include "test_support.hpp"

using kvm48::host::PluginRegistry;
using kvm48::test::fixture;
namespace fs = std::filesystem;

namespace {

/// A private directory holding a copy of the good_source fixture.
class PluginDir {
 public:
  PluginDir() {
    std::string pattern = (fs::temp_directory_path() / "kvm48-perm-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
    fs::copy_file(fixture("good_source"), file());
    fs::permissions(file(), fs::perms(0644));
  }
  ~PluginDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  [[nodiscard]] const fs::path& path() const { return path_; }
  [[nodiscard]] fs::path file() const { return path_ / "good_source.so"; }

 private:
  fs::path path_;
};

std::string only_refusal(const PluginRegistry& registry) {
  REQUIRE(registry.refused().size() == 1);
  return registry.refused().front().file.string() + ": " + registry.refused().front().reason;
}

}  // namespace

TEST_CASE("a plugin file with safe permissions loads") {
  PluginDir dir;
  PluginRegistry registry;
  registry.scan(dir.path());
  CHECK(registry.find("good_source") != nullptr);
  CHECK(registry.refused().empty());
}

TEST_CASE("a plugin file writable by others is refused, saying the mode") {
  PluginDir dir;
  fs::permissions(dir.file(), fs::perms(0666));
  PluginRegistry registry;
  registry.scan(dir.path());
  CHECK(registry.find("good_source") == nullptr);
  CHECK(only_refusal(registry) == dir.file().string() +
                                      ": permissions: expected not writable by group or "
                                      "others, found mode 0666 (plugins.strict_permissions)");
}

TEST_CASE("a plugin file writable by its group is refused") {
  PluginDir dir;
  fs::permissions(dir.file(), fs::perms(0664));
  PluginRegistry registry;
  CHECK_FALSE(registry.load_file(dir.file()));
  CHECK(only_refusal(registry).find("found mode 0664") != std::string::npos);
}

TEST_CASE("a plugin directory writable by others is refused as a whole") {
  PluginDir dir;
  fs::permissions(dir.path(), fs::perms(0777));
  PluginRegistry registry;
  registry.scan(dir.path());
  CHECK(registry.find("good_source") == nullptr);
  CHECK(only_refusal(registry) == dir.path().string() +
                                      ": permissions: expected not writable by group or "
                                      "others, found mode 0777");
}

TEST_CASE("a plugin file owned by another user is refused, naming both uids") {
  if (geteuid() != 0) {
    WARN("needs root to give the file away; CI runs as root");
    return;
  }
  PluginDir dir;
  REQUIRE(chown(dir.file().c_str(), 65534, 65534) == 0);
  PluginRegistry registry;
  CHECK_FALSE(registry.load_file(dir.file()));
  CHECK(only_refusal(registry) ==
        dir.file().string() +
            ": owner: expected root or uid 0 (this process), found uid 65534 "
            "(plugins.strict_permissions)");
}

TEST_CASE("with strict permissions off, a group-writable development tree loads") {
  PluginDir dir;
  fs::permissions(dir.path(), fs::perms(0775));
  fs::permissions(dir.file(), fs::perms(0664));
  PluginRegistry registry;
  registry.require_safe_permissions(false);
  registry.scan(dir.path());
  CHECK(registry.find("good_source") != nullptr);
  CHECK(registry.refused().empty());
}
