#include "scale_out_fixture.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "http_call.hpp"

namespace kvm48::test {
namespace {

using namespace std::chrono_literals;

/// The rows of one query (every value as text); throws with the server's message.
std::vector<std::vector<std::string>> query(const std::string& sql) {
  PGconn* conn = PQconnectdb(test_pg_uri().c_str());
  std::unique_ptr<PGconn, decltype(&PQfinish)> guard(conn, &PQfinish);
  if (PQstatus(conn) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn));
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn, sql.c_str()), &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
    throw std::runtime_error(sql + ": " + PQerrorMessage(conn));
  }
  std::vector<std::vector<std::string>> rows;
  for (int row = 0; row < PQntuples(result.get()); ++row) {
    std::vector<std::string> values;
    for (int column = 0; column < PQnfields(result.get()); ++column) {
      values.emplace_back(
          PQgetisnull(result.get(), row, column) ? "NULL" : PQgetvalue(result.get(), row, column));
    }
    rows.push_back(std::move(values));
  }
  return rows;
}

ServerOptions instance_options(const std::string& schema, const std::string& redis_url,
                               int sim_port) {
  ServerOptions options;
  options.command = "run";
  options.backend_yaml = "backend:\n  plugin: postgres\n  options:\n    uri: \"" + test_pg_uri() +
                         "\"\n    schema: \"" + schema + "\"\n";
  options.server_yaml =
      "  trusted_proxies: [\"127.0.0.1\"]\n"
      "  rate_limit:\n    enabled: true\n    storage: \"" +
      redis_url + "\"\n    limits: \"" + std::to_string(kHourlyLimit) +
      "/hour\"\n    on_storage_failure: deny\n";
  options.top_level_yaml = "schedule:\n  interval_seconds: " + std::to_string(kIntervalSeconds) +
                           "\n  jitter: 0\n"
                           "crawl:\n  backoff_ms: 10\n  max_attempts: 2\n  timeout_ms: 5000\n"
                           "sources:\n  - name: live48\n    plugin: live48_web\n    options:\n"
                           "      base_url: \"http://127.0.0.1:" +
                           std::to_string(sim_port) + "\"\n";
  return options;
}

}  // namespace

ScaleOut::ScaleOut() : sim_({}, KVM48_SCALE_OUT_DATASET) {
  for (auto& instance : instances_) {
    instance = std::make_unique<ServerProcess>(
        instance_options(schema_.name(), redis_.url(), sim_.port()));
  }
  nginx_ = std::make_unique<NginxProcess>(
      std::vector<int>{instances_[0]->port(), instances_[1]->port()});
}

std::multiset<std::string> ScaleOut::stored_ids() const {
  std::multiset<std::string> ids;
  for (const auto& row : query("SELECT canon_id FROM \"" + schema_.name() + "\".perfvod")) {
    ids.insert(row.at(0));
  }
  return ids;
}

std::multiset<std::string> ScaleOut::expected_ids() {
  const std::set<std::int64_t> active_clubs{1, 2, 3, 6};
  std::set<std::string> ids;  // two site pages may share a canonical id: one record
  const nlohmann::json dataset = sim_.control("GET", "/_sim/dataset");
  for (const auto& row : dataset.at("perfVods")) {
    if (!row.contains("l4cId") || row.value("upcoming", false)) continue;
    if (!active_clubs.contains(row.at("club").get<std::int64_t>())) continue;
    ids.insert(row.at("canonId").get<std::string>());
  }
  return {ids.begin(), ids.end()};
}

bool ScaleOut::finished_runs_overlap() const {
  const auto rows = query("SELECT started_at_ms, finished_at_ms FROM \"" + schema_.name() +
                          "\".crawl_run WHERE finished_at_ms IS NOT NULL ORDER BY started_at_ms");
  long long latest_end = 0;
  for (const auto& row : rows) {
    if (std::stoll(row[0]) < latest_end) return true;
    latest_end = std::max(latest_end, std::stoll(row[1]));
  }
  return false;
}

std::string difference(const std::multiset<std::string>& stored,
                       const std::multiset<std::string>& expected) {
  std::vector<std::string> missing, extra;
  std::set_difference(expected.begin(), expected.end(), stored.begin(), stored.end(),
                      std::back_inserter(missing));
  std::set_difference(stored.begin(), stored.end(), expected.begin(), expected.end(),
                      std::back_inserter(extra));
  const auto some = [](const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < 5; ++i) out += " " + ids[i];
    return out + (ids.size() > 5 ? " ..." : "");
  };
  return "stored " + std::to_string(stored.size()) + ", expected " +
         std::to_string(expected.size()) + "; missing " + std::to_string(missing.size()) + ":" +
         some(missing) + "; extra " + std::to_string(extra.size()) + ":" + some(extra);
}

double metric(const ServerProcess& instance, const std::string& series) {
  std::istringstream lines(http_call(instance.port(), "GET", "/metrics").body);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(series + " ")) return std::stod(line.substr(series.size() + 1));
  }
  return -1;
}

double runs(const ServerProcess& instance, const std::string& outcome) {
  return metric(instance, "kvm48_crawl_runs_total{source=\"live48\",outcome=\"" + outcome + "\"}");
}

bool eventually(int seconds, const std::function<bool()>& done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(100ms);
  }
  return done();
}

}  // namespace kvm48::test
