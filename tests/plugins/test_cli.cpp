// The kvm48-server binary itself: `plugins`, `config check`, exit statuses.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <Poco/TemporaryFile.h>
#include <catch2/catch.hpp>

#include "kvm48/abi.hpp"
#include "run_process.hpp"

#include "test_support.hpp"

namespace {

using Run = kvm48::test::ProcessRun;

Run run_server(const std::vector<std::string>& args) {
  return kvm48::test::run_process(KVM48_SERVER_BINARY, args);
}

std::string write_config(const Poco::TemporaryFile& file, const std::string& text) {
  std::ofstream(file.path()) << text;
  return file.path();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("kvm48-server plugins lists loaded plugins and every refusal with its reason") {
  const Run run = run_server({"plugins", "--plugin-dir", kvm48::test::fixture_dir().string()});
  CHECK(run.status == 0);
  // The three good fixtures, plus the real plugins of the build tree's built-in
  // plugin directory (which the binary always scans).
  std::size_t builtin = 0;
  const auto builtin_dir = std::filesystem::path(KVM48_SERVER_BINARY).parent_path().parent_path() /
                           "lib" / "kvm48-server" / "plugins";
  if (std::filesystem::is_directory(builtin_dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(builtin_dir)) {
      if (entry.path().extension() == ".so") ++builtin;
    }
  }
  CHECK(contains(run.out, "Loaded (" + std::to_string(3 + builtin) + "):"));
  std::istringstream lines(run.out);
  std::string line;
  bool listed = false;
  while (std::getline(lines, line)) {
    listed = listed || (line.rfind("  good_source ", 0) == 0 && contains(line, " source ") &&
                        contains(line, " 1.2.3 ") &&
                        contains(line, kvm48::test::fixture("good_source").string()));
  }
  CHECK(listed);
  CHECK(contains(run.out, "Refused (7):"));
  CHECK(contains(run.out, kvm48::test::fixture("wrong_abi").string() +
                              ": plugin ABI version: expected 2, found 43"));
}

TEST_CASE("kvm48-server plugins --verbose shows each plugin's options") {
  const Run run =
      run_server({"plugins", "--verbose", "--plugin-dir", kvm48::test::fixture_dir().string()});
  CHECK(run.status == 0);
  CHECK(contains(run.out, "pages (integer, default 3): how many pages"));
  CHECK(contains(run.out, "base_url (string, required): where to crawl"));
}

TEST_CASE("kvm48-server config check prints OK and exits 0 for a valid file") {
  Poco::TemporaryFile file;
  const std::string path = write_config(
      file,
      "plugins:\n  builtin: false\n  directories: [" + kvm48::test::fixture_dir().string() +
          "]\n"
          "backend: {plugin: good_backend}\n"
          "sources:\n  - {name: one, plugin: good_source, options: {base_url: 'http://x'}}\n");
  const Run run = run_server({"config", "check", "--config", path, "--log-level", "warning"});
  CHECK(run.status == 0);
  CHECK(run.out == path + ": OK (backend good_backend, 1 source enabled)\n");
}

TEST_CASE("kvm48-server config check lists every problem and exits 78") {
  Poco::TemporaryFile file;
  const std::string path = write_config(file, "plugins:\n  builtin: false\n  directories: [" +
                                                  kvm48::test::fixture_dir().string() +
                                                  "]\n"
                                                  "log: {levl: debug}\n"
                                                  "backend: {plugin: good_backend}\n");
  const Run run = run_server({"config", "check", "--config", path, "--log-level", "warning"});
  CHECK(run.status == 78);
  CHECK(contains(run.err, path + ":4:7: log.levl: unknown key (did you mean 'level'?)"));
}

TEST_CASE(
    "kvm48-server config check without any configuration file exits 78 and says where it looked") {
  Poco::TemporaryFile file;  // never written: does not exist
  const Run run = run_server({"config", "check", "--config", file.path()});
  CHECK(run.status == 78);
  CHECK(contains(run.err, file.path() + ": cannot open the configuration file"));
}

TEST_CASE("kvm48-server rejects unknown commands and options with exit status 64") {
  CHECK(run_server({"frobnicate"}).status == 64);
  const Run run = run_server({"plugins", "--no-such-option"});
  CHECK(run.status == 64);
  CHECK(contains(run.err, "unknown option '--no-such-option'"));
  CHECK(run_server({}).status == 64);
}

TEST_CASE("kvm48-server --version and --help exit 0") {
  const Run version = run_server({"--version"});
  CHECK(version.status == 0);
  CHECK(contains(version.out, "kvm48-server "));
  CHECK(contains(version.out, "(plugin ABI " + std::to_string(kvm48::kPluginAbiVersion) + ")"));
  const Run help = run_server({"config", "check", "--help"});
  CHECK(help.status == 0);
  CHECK(contains(help.out, "Usage: kvm48-server config check [options]"));
}
