// What the postgres backend logs, captured in-process: the connection string
// appears only with its password masked.

#include <catch2/catch.hpp>

#include <map>
#include <mutex>

#include "postgres_backend.hpp"
#include "test_postgres.hpp"

using namespace kvm48;

namespace {

class CapturingLogger final : public Logger {
 public:
  bool enabled(LogLevel) const noexcept override { return true; }
  void write(LogLevel, std::string_view message) noexcept override {
    std::lock_guard lock(mutex_);
    text_.append(message).append("\n");
  }
  std::string text() {
    std::lock_guard lock(mutex_);
    return text_;
  }

 private:
  std::mutex mutex_;
  std::string text_;
};

// Options as the host hands them over: validated, defaults applied.
class MapConfig final : public ConfigView {
 public:
  MapConfig(std::map<std::string, std::string> strings, std::map<std::string, std::int64_t> ints)
      : strings_(std::move(strings)), ints_(std::move(ints)) {}
  bool has(std::string_view k) const noexcept override {
    return strings_.count(std::string(k)) + ints_.count(std::string(k)) > 0;
  }
  std::optional<std::string> string(std::string_view k) const noexcept override {
    const auto it = strings_.find(std::string(k));
    return it == strings_.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<std::int64_t> integer(std::string_view k) const noexcept override {
    const auto it = ints_.find(std::string(k));
    return it == ints_.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<bool> boolean(std::string_view) const noexcept override { return std::nullopt; }
  std::optional<double> number(std::string_view) const noexcept override { return std::nullopt; }
  std::optional<std::vector<std::string>> string_list(std::string_view) const noexcept override {
    return std::nullopt;
  }
  std::optional<std::vector<std::pair<std::string, std::string>>> string_map(
      std::string_view) const noexcept override {
    return std::nullopt;
  }

 private:
  std::map<std::string, std::string> strings_;
  std::map<std::string, std::int64_t> ints_;
};

}  // namespace

TEST_CASE("the backend logs its connection string with the password masked") {
  test::ScratchSchema schema("log");
  std::string uri = test::test_pg_uri();
  uri.insert(uri.find('@'), ":Pa55word");  // trust authentication ignores it
  MapConfig config({{"uri", uri}, {"schema", schema.name()}}, {{"pool_size", 2},
                                                               {"connect_timeout_ms", 5000},
                                                               {"statement_timeout_ms", 30000},
                                                               {"acquire_timeout_ms", 10000}});
  CapturingLogger logger;
  {
    postgres::PostgresBackend backend(PluginContext{"store", logger, config});
    MigrationReport report;
    REQUIRE(backend.open(OpenOptions{}, report).ok());
    bool acquired = false;
    REQUIRE(backend.try_acquire_crawl_lock(acquired).ok());
    CHECK(acquired);
    backend.release_crawl_lock();
  }
  const std::string log = logger.text();
  CHECK_THAT(log, Catch::Contains("kvm48:***@127.0.0.1"));
  CHECK_THAT(log, Catch::Contains("crawl lock acquired"));
  CHECK_THAT(log, Catch::Contains("crawl lock released"));
  CHECK_THAT(log, !Catch::Contains("Pa55word"));
}
