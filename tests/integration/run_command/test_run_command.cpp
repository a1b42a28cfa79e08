// `kvm48-server run`: the API server with scheduled crawls of the real live48_web plugin
// against the real upstream simulator, pings to a real HTTP endpoint, the crawl lock shared
// by two instances, and a clean stop mid-crawl.

#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <regex>
#include <thread>
#include <vector>

#include <Poco/StreamCopier.h>
#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"
#include "sim_process.hpp"
#include "test_http_server.hpp"

namespace kvm48::test {
namespace {

using namespace std::chrono_literals;
using Json = nlohmann::ordered_json;

/// Records the pings it receives. A held receiver answers none until release(): a ping
/// endpoint as slow as it gets.
class PingReceiver {
 public:
  explicit PingReceiver(bool hold = false)
      : held_(hold),
        server_(
            [this](Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
              std::string body;
              Poco::StreamCopier::copyToString(request.stream(), body);
              std::unique_lock lock(mutex_);
              arrived_ += 1;
              released_.wait_for(lock, 60s, [this] { return !held_; });
              pings_.push_back(request.getMethod() + " " + request.getURI() +
                               (body.empty() ? "" : " " + body));
              lock.unlock();
              send_body(response, Poco::Net::HTTPResponse::HTTP_OK, "OK");
            }) {}
  ~PingReceiver() { release(); }

  [[nodiscard]] std::string url() const { return server_.url("/ping/abc"); }
  /// The pings answered so far.
  [[nodiscard]] std::vector<std::string> pings() const {
    std::lock_guard lock(mutex_);
    return pings_;
  }
  /// Pings received, answered or not.
  [[nodiscard]] int arrived() const {
    std::lock_guard lock(mutex_);
    return arrived_;
  }
  void release() {
    {
      std::lock_guard lock(mutex_);
      held_ = false;
    }
    released_.notify_all();
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable released_;
  bool held_;
  int arrived_ = 0;
  std::vector<std::string> pings_;
  TestHttpServer server_;
};

std::string source_yaml(int sim_port, const std::string& schedule_yaml = "") {
  return "crawl:\n  backoff_ms: 10\n  max_attempts: 2\n  timeout_ms: 2000\n"
         "sources:\n  - name: live48\n    plugin: live48_web\n    options:\n"
         "      base_url: \"http://127.0.0.1:" +
         std::to_string(sim_port) + "\"\n" + schedule_yaml;
}

/// The value of a metric line (exact name with labels), or -1 when absent.
double metric(int port, const std::string& series) {
  const std::string text = http_call(port, "GET", "/metrics").body;
  const auto at = text.find("\n" + series + " ");
  if (at == std::string::npos) return -1;
  return std::stod(text.substr(at + series.size() + 2));
}

/// Polls until `done` or 60 s pass.
bool eventually(const std::function<bool()>& done) {
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

const std::string kRuns = "kvm48_crawl_runs_total{source=\"live48\",outcome=";

}  // namespace

TEST_CASE("run crawls at start, serves what it stored, and pings start and success", "[run]") {
  sim::test::SimProcess sim;
  PingReceiver receiver;
  ServerProcess server({{},
                        {},
                        {},
                        "run",
                        "schedule:\n  interval_seconds: 3600\n  ping_url: \"" + receiver.url() +
                            "\"\n" + source_yaml(sim.port())});
  const int port = server.port();
  REQUIRE(eventually([&] { return metric(port, kRuns + "\"success\"}") == 1; }));
  const Json answer =
      post_graphql(port, "{ perfVods(from: 0, to: 2000000000, group: SNH48) { id } }").json();
  CHECK(answer["data"]["perfVods"].size() > 100);
  CHECK(metric(port, "kvm48_crawl_items_total{source=\"live48\",result=\"new\"}") > 100);
  CHECK(metric(port, "kvm48_crawl_running{source=\"live48\"}") == 0);
  REQUIRE(eventually([&] { return receiver.pings().size() == 2; }));
  CHECK(receiver.pings() == std::vector<std::string>{"GET /ping/abc/start", "GET /ping/abc"});
  CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("the next run follows the interval and is incremental", "[run]") {
  sim::test::SimProcess sim;
  ServerProcess server(
      {{},
       {},
       {},
       "run",
       "schedule:\n  interval_seconds: 10\n  jitter: 0\n" + source_yaml(sim.port())});
  const int port = server.port();
  REQUIRE(eventually([&] { return metric(port, kRuns + "\"success\"}") == 1; }));
  const double first_requests = metric(port, "kvm48_crawl_requests_total{source=\"live48\"}");
  REQUIRE(eventually([&] { return metric(port, kRuns + "\"success\"}") == 2; }));
  const double second_requests =
      metric(port, "kvm48_crawl_requests_total{source=\"live48\"}") - first_requests;
  CHECK(second_requests > 0);
  CHECK(second_requests < first_requests / 10);  // a page per club, not the whole site
}

TEST_CASE("a failed run pings /fail with its summary, the server keeps serving", "[run]") {
  PingReceiver receiver;
  // Nothing listens on this port: every request fails at once.
  ServerProcess server({{},
                        {},
                        {},
                        "run",
                        "schedule:\n  interval_seconds: 3600\n  ping_url: \"" + receiver.url() +
                            "\"\n" + source_yaml(1)});
  const int port = server.port();
  REQUIRE(eventually([&] { return metric(port, kRuns + "\"failed\"}") == 1; }));
  REQUIRE(eventually([&] { return receiver.pings().size() == 2; }));
  CHECK(receiver.pings()[0] == "GET /ping/abc/start");
  CHECK_THAT(receiver.pings()[1], Catch::StartsWith("POST /ping/abc/fail live48: failed"));
  CHECK(http_call(port, "GET", "/health").status == 200);
}

TEST_CASE("a slow ping endpoint never delays a crawl", "[run]") {
  sim::test::SimProcess sim;
  PingReceiver receiver(true);  // answers no ping until released
  ServerProcess server({{},
                        {},
                        {},
                        "run",
                        "schedule:\n  interval_seconds: 3600\n  ping_url: \"" + receiver.url() +
                            "\"\n  ping_timeout_ms: 120000\n" + source_yaml(sim.port())});
  // The run completes while its /start ping is still unanswered.
  REQUIRE(eventually([&] { return metric(server.port(), kRuns + "\"success\"}") == 1; }));
  CHECK(receiver.arrived() == 1);
  CHECK(receiver.pings().empty());
  receiver.release();
  REQUIRE(eventually([&] { return receiver.pings().size() == 2; }));
  CHECK(receiver.pings() == std::vector<std::string>{"GET /ping/abc/start", "GET /ping/abc"});
}

TEST_CASE("two instances on one database: one crawls, the other skips and serves", "[run]") {
  sim::test::SimProcess sim;
  TempDir dir;
  const std::string database = dir.path() + "/data.db";
  const std::string yaml =
      "schedule:\n  interval_seconds: 10\n  jitter: 0\n" + source_yaml(sim.port());
  ServerProcess first({{}, {}, database, "run", yaml});
  REQUIRE(eventually([&] { return metric(first.port(), kRuns + "\"success\"}") >= 1; }));
  ServerProcess second({{}, {}, database, "run", yaml});
  REQUIRE(eventually([&] { return metric(second.port(), kRuns + "\"skipped\"}") >= 1; }));
  CHECK(metric(second.port(), kRuns + "\"success\"}") == -1);
  CHECK_THAT(second.log(), Catch::Contains("another kvm48-server holds the crawl lock"));
  // Both serve the same data.
  const std::string query = "{ perfVods(from: 0, to: 2000000000, group: GNZ48) { id } }";
  CHECK(post_graphql(first.port(), query).body == post_graphql(second.port(), query).body);
}

TEST_CASE("SIGTERM during a crawl cancels it, keeps what it committed, exits 0", "[run]") {
  // Every page answers after 300 ms, so the crawl is still going when the signal comes.
  sim::test::SimProcess sim;
  sim.control("POST", "/_sim/faults",
              Json::array({Json{{"match", "site.*"}, {"kind", "latency"}, {"ms", 300}}}));
  ServerProcess server(
      {{}, {}, {}, "run", "schedule:\n  interval_seconds: 3600\n" + source_yaml(sim.port())});
  REQUIRE(eventually(
      [&] { return metric(server.port(), "kvm48_crawl_running{source=\"live48\"}") == 1; }));
  std::this_thread::sleep_for(1500ms);
  CHECK(server.stop(SIGTERM) == 0);
  CHECK_THAT(server.log(), Catch::Contains("cancelled"));
}

}  // namespace kvm48::test
