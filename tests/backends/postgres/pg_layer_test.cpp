// The libpq layer of the postgres backend against a real server: parameters,
// errors, timeouts, the connection pool and its recovery from lost connections.

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

#include "pg/connection.hpp"
#include "pg/error.hpp"
#include "pg/pool.hpp"
#include "pg/transaction.hpp"
#include "test_postgres.hpp"

using kvm48::pg::ArrayLiteral;
using kvm48::pg::Connection;
using kvm48::pg::ConnectOptions;
using kvm48::pg::Error;
using kvm48::pg::Params;
using kvm48::pg::Pool;
using namespace std::chrono_literals;

namespace {

ConnectOptions test_options() {
  ConnectOptions options;
  options.uri = kvm48::test::test_pg_uri();
  return options;
}

void terminate_backend(int pid) {
  Connection admin(test_options());
  admin.exec("SELECT pg_terminate_backend($1::integer, 5000)", Params().add(std::int64_t{pid}));
}

}  // namespace

TEST_CASE("parameters reach the server unchanged, whatever they contain") {
  Connection conn(test_options());
  const std::string hostile = "x'); DROP TABLE kvm48_migrations; -- \\ \"q\" 《重生计划》";
  const auto r = conn.exec("SELECT $1::text, $2::text IS NULL, $3::bigint",
                           Params().add(hostile).add_null().add(std::int64_t{-9007199254740993}));
  CHECK(r.string(0, 0) == hostile);
  CHECK(r.boolean(0, 1));
  CHECK(r.int64(0, 2) == -9007199254740993);
}

TEST_CASE("array parameters round-trip quotes, backslashes, commas, braces and NULL") {
  Connection conn(test_options());
  const std::vector<std::string> values = {"a,b", "{x}", "say \"hi\"", "back\\slash", "", "NULL"};
  ArrayLiteral array;
  for (const auto& v : values) array.add(v);
  array.add_null();
  const auto r = conn.exec_prepared(
      "SELECT v, v IS NULL FROM unnest($1::text[]) WITH ORDINALITY AS t(v, i) ORDER BY i",
      Params().add(array.str()));
  REQUIRE(r.rows() == 7);
  for (int i = 0; i < 6; ++i) CHECK(r.string(i, 0) == values[static_cast<std::size_t>(i)]);
  CHECK(r.boolean(6, 1));
}

TEST_CASE("a text value with a NUL byte is refused, not cut short") {
  CHECK_THROWS_WITH(Params().add(std::string_view("ab\0cd", 5)), Catch::Contains("NUL byte"));
  CHECK_THROWS_AS(ArrayLiteral().add(std::string_view("\0", 1)), Error);
}

TEST_CASE("an unreachable server is a clear connection error") {
  ConnectOptions options;
  options.uri = "postgresql://kvm48@127.0.0.1:1/postgres";
  try {
    Connection conn(options);
    FAIL("connected to port 1");
  } catch (const Error& e) {
    CHECK(e.connection_lost());
    CHECK_THAT(e.what(), Catch::Contains("cannot connect to PostgreSQL"));
  }
}

TEST_CASE("an SQL error carries its SQLSTATE and leaves the connection usable") {
  Connection conn(test_options());
  try {
    conn.exec("SELEC 1");
    FAIL("bad SQL accepted");
  } catch (const Error& e) {
    CHECK(e.sqlstate() == "42601");
    CHECK_FALSE(e.connection_lost());
  }
  CHECK(conn.usable());
  CHECK(conn.exec("SELECT 41 + 1").int64(0, 0) == 42);
}

TEST_CASE("statement_timeout_ms cancels a statement that runs too long") {
  ConnectOptions options = test_options();
  options.statement_timeout_ms = 100;
  Connection conn(options);
  const auto start = std::chrono::steady_clock::now();
  try {
    conn.exec("SELECT pg_sleep(5)");
    FAIL("the statement was not cancelled");
  } catch (const Error& e) {
    CHECK(e.sqlstate() == "57014");
  }
  CHECK(std::chrono::steady_clock::now() - start < 3s);
}

TEST_CASE("a failed transaction is rolled back and its changes are invisible") {
  kvm48::test::ScratchSchema schema("tx");
  ConnectOptions options = test_options();
  options.schema = schema.name();
  Connection conn(options);
  conn.exec("CREATE SCHEMA " + conn.quote_identifier(schema.name()));
  conn.exec("CREATE TABLE t (v integer PRIMARY KEY)");
  {
    kvm48::pg::Transaction tx(conn);
    conn.exec("INSERT INTO t VALUES (1)");
    CHECK_THROWS_AS(conn.exec("INSERT INTO t VALUES (1)"), Error);
  }
  CHECK(conn.exec("SELECT count(*) FROM t").int64(0, 0) == 0);
  kvm48::pg::Transaction tx(conn);
  conn.exec("INSERT INTO t VALUES (2)");
  tx.commit();
  CHECK(conn.exec("SELECT count(*) FROM t").int64(0, 0) == 1);
}

TEST_CASE("the pool never opens more than pool_size connections") {
  Pool pool(test_options(), 3, 10s);
  std::mutex mutex;
  std::set<int> pids;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        auto lease = pool.acquire();
        lease->exec("SELECT pg_sleep(0.001)");
        std::lock_guard lock(mutex);
        pids.insert(lease->backend_pid());
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(pids.size() <= 3);
  CHECK(!pids.empty());
}

TEST_CASE("acquire fails with a clear error when every connection stays borrowed") {
  Pool pool(test_options(), 1, 1000ms);
  auto held = pool.acquire();
  CHECK_THROWS_WITH(pool.acquire(), Catch::Contains("no PostgreSQL connection free"));
  // with_retry does not wait a second time for an exhausted pool (2 s if it did).
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(pool.with_retry([](Connection& c) { return c.backend_pid(); }), Error);
  CHECK(std::chrono::steady_clock::now() - start < 1900ms);
}

TEST_CASE("a returned connection becomes free for a waiting borrower") {
  Pool pool(test_options(), 1, 5s);
  std::optional<Pool::Lease> held(pool.acquire());
  std::atomic<bool> got{false};
  std::thread waiter([&] {
    auto lease = pool.acquire();
    got = true;
  });
  std::this_thread::sleep_for(100ms);
  CHECK_FALSE(got.load());
  held.reset();
  waiter.join();
  CHECK(got.load());
}

TEST_CASE("the pool replaces a connection whose server process was terminated") {
  Pool pool(test_options(), 1, 5s);
  int first = 0;
  {
    auto lease = pool.acquire();
    first = lease->backend_pid();
  }
  terminate_backend(first);
  // The health check on acquire, or else the retry, recovers without an error.
  const int second = pool.with_retry([](Connection& c) {
    return static_cast<int>(c.exec("SELECT pg_backend_pid()").int64(0, 0));
  });
  CHECK(second != first);
}

TEST_CASE("with_retry repeats work whose connection broke in the middle") {
  Pool pool(test_options(), 2, 5s);
  int attempts = 0;
  const auto answer = pool.with_retry([&](Connection& c) {
    if (++attempts == 1) {
      terminate_backend(c.backend_pid());
    }
    return c.exec("SELECT 7").int64(0, 0);
  });
  CHECK(attempts == 2);
  CHECK(answer == 7);
}

TEST_CASE("with_retry does not repeat work that failed for another reason") {
  Pool pool(test_options(), 1, 5s);
  int attempts = 0;
  CHECK_THROWS_AS(pool.with_retry([&](Connection& c) {
    ++attempts;
    return c.exec("SELECT 1/0").int64(0, 0);
  }),
                  Error);
  CHECK(attempts == 1);
}

TEST_CASE("a connection returned inside a failed transaction comes back clean") {
  Pool pool(test_options(), 1, 5s);
  {
    auto lease = pool.acquire();
    lease->exec("BEGIN");
    CHECK_THROWS_AS(lease->exec("SELECT 1/0"), Error);
  }
  auto lease = pool.acquire();
  CHECK(lease->exec("SELECT 5").int64(0, 0) == 5);
}
