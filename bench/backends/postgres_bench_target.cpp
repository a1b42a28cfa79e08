#include "postgres_bench_target.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>

#include <libpq-fe.h>

namespace kvm48::bench {
namespace {

// A cluster started by pg_cluster.sh (or the server of $KVM48_TEST_PG_URI,
// which the script passes through), stopped on destruction.
class Cluster {
 public:
  explicit Cluster(std::string state_dir) : state_(std::move(state_dir)) {}
  Cluster(const Cluster&) = delete;
  Cluster& operator=(const Cluster&) = delete;
  ~Cluster() { run("stop"); }

  bool start() {
    if (!run("start")) return false;
    std::ifstream in(state_ + "/uri");
    return static_cast<bool>(std::getline(in, uri_)) && !uri_.empty();
  }
  [[nodiscard]] const std::string& uri() const noexcept { return uri_; }

 private:
  bool run(const char* command) const {
    // Durable commits, as in production (the test fixture turns fsync off).
    const std::string line = std::string("KVM48_PG_FSYNC=on sh '") + KVM48_PG_CLUSTER_SCRIPT +
                             "' " + command + " '" + state_ + "' >&2";
    return std::system(line.c_str()) == 0;
  }

  std::string state_;
  std::string uri_;
};

// One benchmark store: a schema, dropped when the last reference goes.
class Schema {
 public:
  Schema(std::shared_ptr<Cluster> cluster, std::string name)
      : cluster_(std::move(cluster)), name_(std::move(name)) {}
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;
  ~Schema() {
    PGconn* conn = PQconnectdb(cluster_->uri().c_str());
    if (PQstatus(conn) == CONNECTION_OK) {
      PQsetNoticeProcessor(
          conn, [](void*, const char*) {}, nullptr);
      // The name is ours (kvm48_bench_<pid>_<n>), a plain identifier.
      PQclear(PQexec(conn, ("DROP SCHEMA IF EXISTS " + name_ + " CASCADE").c_str()));
    }
    PQfinish(conn);
  }

 private:
  std::shared_ptr<Cluster> cluster_;
  std::string name_;
};

}  // namespace

std::optional<BenchTarget> postgres_bench_target(const std::string& scratch_dir) {
  auto cluster = std::make_shared<Cluster>(scratch_dir + "/postgres");
  if (!cluster->start()) {
    std::fprintf(stderr, "postgres: no server (install postgresql-15 or set KVM48_TEST_PG_URI)\n");
    return std::nullopt;
  }
  return BenchTarget{
      "postgres", [cluster] {
        static std::atomic<int> counter{0};
        const std::string schema =
            "kvm48_bench_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
        return BenchStore{"uri: \"" + cluster->uri() + "\"\nschema: " + schema + "\n",
                          std::make_shared<Schema>(cluster, schema)};
      }};
}

}  // namespace kvm48::bench
