// The crawl lock across processes: two instances (child processes that load the
// backend through the plugin loader) share one PostgreSQL schema; exactly one
// holds the lock; SIGKILL the holder and the other takes over.

#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "loaded_backend.hpp"
#include "pg/connection.hpp"
#include "test_postgres.hpp"

using namespace std::chrono_literals;

namespace {

// One lock-holder child process; its stdout lines are read through a pipe.
class Instance {
 public:
  explicit Instance(const std::string& options_yaml) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      close(fds[1]);
      execl(KVM48_LOCK_HOLDER, KVM48_LOCK_HOLDER, options_yaml.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[1]);
    out_ = fds[0];
  }
  Instance(const Instance&) = delete;
  Instance& operator=(const Instance&) = delete;
  ~Instance() {
    kill_hard();
    close(out_);
  }

  /// Waits up to `timeout` for the line `expected`; false if it did not come.
  bool says(const std::string& expected, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      for (std::size_t nl; (nl = buffer_.find('\n')) != std::string::npos;) {
        const std::string line = buffer_.substr(0, nl);
        buffer_.erase(0, nl + 1);
        if (line == expected) return true;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      pollfd fd{out_, POLLIN, 0};
      if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) return false;
      char chunk[256];
      const ssize_t n = read(out_, chunk, sizeof chunk);
      if (n <= 0) return false;  // the child exited
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  void kill_hard() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  std::string buffer_;
};

std::string options_for(const std::string& schema) {
  return "uri: \"" + kvm48::test::test_pg_uri() + "\"\nschema: " + schema + "\n";
}

}  // namespace

TEST_CASE("of two instances on one database exactly one crawls and killing it hands over") {
  kvm48::test::ScratchSchema schema("lock");
  const std::string options = options_for(schema.name());
  // Migrate first, so both children start from an open store.
  kvm48::test::open_backend("postgres", options);

  Instance a(options);
  REQUIRE(a.says("open", 20s));
  REQUIRE(a.says("acquired", 10s));
  Instance b(options);
  REQUIRE(b.says("open", 20s));
  CHECK_FALSE(b.says("acquired", 1500ms));  // b keeps trying, and keeps failing

  // A third instance in this process cannot take it either.
  auto observer = kvm48::test::open_backend("postgres", options);
  bool acquired = true;
  REQUIRE(observer->try_acquire_crawl_lock(acquired).ok());
  CHECK_FALSE(acquired);

  a.kill_hard();  // SIGKILL: no destructor, no unlock; the server sees the socket close
  CHECK(b.says("acquired", 10s));
  REQUIRE(observer->try_acquire_crawl_lock(acquired).ok());
  CHECK_FALSE(acquired);

  b.kill_hard();
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  do {
    REQUIRE(observer->try_acquire_crawl_lock(acquired).ok());
  } while (!acquired && std::chrono::steady_clock::now() < deadline);
  CHECK(acquired);
}

TEST_CASE("instances in different schemas of one database do not exclude each other") {
  kvm48::test::ScratchSchema first("lock");
  kvm48::test::ScratchSchema second("lock");
  auto a = kvm48::test::open_backend("postgres", options_for(first.name()));
  auto b = kvm48::test::open_backend("postgres", options_for(second.name()));
  bool acquired = false;
  REQUIRE(a->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
  REQUIRE(b->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
}

TEST_CASE("a holder whose lock session was terminated knows it lost the lock") {
  kvm48::test::ScratchSchema schema("lock");
  const std::string options = options_for(schema.name());
  auto holder = kvm48::test::open_backend("postgres", options);
  auto other = kvm48::test::open_backend("postgres", options);
  bool acquired = false;
  REQUIRE(holder->try_acquire_crawl_lock(acquired).ok());
  REQUIRE(acquired);

  // An administrator (or a failover) ends the session holding this schema's lock.
  kvm48::pg::ConnectOptions admin_options;
  admin_options.uri = kvm48::test::test_pg_uri();
  kvm48::pg::Connection admin(admin_options);
  const auto killed = admin.exec(
      "SELECT count(pg_terminate_backend(l.pid, 5000)) FROM pg_locks l, "
      " (SELECT hashtextextended('kvm48:' || $1 || ':crawl', 0) AS k) AS key "
      "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
      " AND l.classid::bigint = (key.k >> 32) & 4294967295 "
      " AND l.objid::bigint = key.k & 4294967295",
      kvm48::pg::Params().add(schema.name()));
  REQUIRE(killed.int64(0, 0) == 1);

  CHECK_FALSE(holder->holds_crawl_lock());
  REQUIRE(other->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
}
