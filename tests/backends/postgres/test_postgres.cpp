#include "test_postgres.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include <libpq-fe.h>

namespace kvm48::test {

std::string test_pg_uri() {
  if (const char* uri = std::getenv("KVM48_TEST_PG_URI"); uri && *uri) return uri;
  const char* file = std::getenv("KVM48_TEST_PG_URI_FILE");
  if (!file || !*file) {
    throw std::runtime_error(
        "no PostgreSQL for the tests: set KVM48_TEST_PG_URI, or run through ctest "
        "(its fixture starts a cluster and sets KVM48_TEST_PG_URI_FILE)");
  }
  std::ifstream in(file);
  std::string uri;
  if (!std::getline(in, uri) || uri.empty()) {
    throw std::runtime_error(std::string("no PostgreSQL URI in ") + file +
                             " (did the postgres_cluster_start fixture fail?)");
  }
  return uri;
}

std::string unique_schema(std::string_view tag) {
  static std::atomic<int> counter{0};
  return "t_" + std::string(tag) + "_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
}

ScratchSchema::~ScratchSchema() {
  std::string uri;
  try {
    uri = test_pg_uri();
  } catch (const std::exception&) {
    return;  // nothing was created without a server
  }
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) == CONNECTION_OK) {
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    char* quoted = PQescapeIdentifier(conn, name_.data(), name_.size());
    if (quoted) {
      PQclear(PQexec(conn, ("DROP SCHEMA IF EXISTS " + std::string(quoted) + " CASCADE").c_str()));
      PQfreemem(quoted);
    }
  }
  PQfinish(conn);
}

}  // namespace kvm48::test
