// The sqlite backend's options: the factory checks them without touching the
// disk, and names the key that is wrong.

#include <filesystem>

#include <catch2/catch.hpp>

#include "loaded_backend.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("bad sqlite options are configuration errors naming the key", "[sqlite][options]") {
  ScratchDir dir;
  const std::string path = "path: '" + dir.file("x.db") + "'\n";
  struct Case {
    std::string yaml;
    std::string key;
  };
  const Case cases[] = {
      {"path: ''\n", "path"},
      {"path: ':memory:'\n", "path"},
      {path + "busy_timeout_ms: -1\n", "busy_timeout_ms"},
      {path + "busy_timeout_ms: 3600001\n", "busy_timeout_ms"},
      {path + "synchronous: sometimes\n", "synchronous"},
      {path + "read_connections: 0\n", "read_connections"},
      {path + "read_connections: 65\n", "read_connections"},
      {path + "read_cache_mb: 0\n", "read_cache_mb"},
      {path + "read_cache_mb: 4097\n", "read_cache_mb"},
      {path + "read_snapshot_idle_ms: -1\n", "read_snapshot_idle_ms"},
      {path + "read_snapshot_idle_ms: 3600001\n", "read_snapshot_idle_ms"},
      {path + "mmap_mb: -1\n", "mmap_mb"},
      {path + "mmap_mb: 65537\n", "mmap_mb"},
      {path + "perf_vod_cache: -1\n", "perf_vod_cache"},
      {path + "perf_vod_cache: 1000001\n", "perf_vod_cache"},
  };
  for (const Case& c : cases) {
    INFO(c.yaml);
    const Status status = factory_status("sqlite", c.yaml);
    CHECK(status.code() == StatusCode::invalid_config);
    CHECK(status.key() == c.key);
    CHECK_FALSE(status.message().empty());
  }
  CHECK(factory_status("sqlite", path + "synchronous: full\nread_connections: 1\n").ok());
  CHECK(factory_status("sqlite", path + "mmap_mb: 0\n").ok());
  CHECK(factory_status("sqlite", path + "read_cache_mb: 1\n").ok());
  CHECK(factory_status("sqlite", path + "perf_vod_cache: 0\n").ok());
}

TEST_CASE(
    "the sqlite factory does no I/O and open creates the parent directories and a WAL database",
    "[sqlite][options]") {
  ScratchDir dir;
  const std::string path = dir.file("a/b/data.db");
  auto backend = create_backend("sqlite", sqlite_options(path));
  CHECK_FALSE(std::filesystem::exists(dir.path() / "a"));
  MigrationReport report;
  REQUIRE(backend->open(OpenOptions{}, report).ok());
  CHECK(report.database == path);
  CHECK(std::filesystem::exists(path));
  CHECK(RawDb(path).value("PRAGMA journal_mode") == "wal");
}

TEST_CASE("a database path that cannot be created is reported as unavailable",
          "[sqlite][options][failure]") {
  ScratchDir dir;
  RawDb(dir.file("file")).exec("CREATE TABLE t (x)");  // a file where a directory should be
  auto backend = create_backend("sqlite", sqlite_options(dir.file("file/data.db")));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  CHECK_FALSE(status.ok());
  CHECK_THAT(status.message(), Catch::Contains("file"));
}
