#include "postgres_backend.hpp"

#include "migrate.hpp"
#include "pg/transaction.hpp"
#include "pg/uri.hpp"
#include "schema.hpp"
#include "status_guard.hpp"
#include "write_batch.hpp"

namespace kvm48::postgres {

PostgresBackend::PostgresBackend(const PluginContext& context)
    : logger_(context.logger),
      options_(read_options(context.config)),
      crawl_lock_(options_.connect, options_.connect.schema) {}

PostgresBackend::~PostgresBackend() {
  crawl_lock_.release();
}

pg::Pool& PostgresBackend::pool() {
  if (!open_.load(std::memory_order_acquire)) {
    throw pg::Error("the backend is not open (open() has not succeeded)", {}, false);
  }
  return *pool_;
}

Status PostgresBackend::open(const OpenOptions& options, MigrationReport& report) noexcept {
  report = {};
  const std::string& schema = options_.connect.schema;
  report.database = pg::mask_password(options_.connect.uri) + " schema " + schema;
  return guarded("open", [&] {
    if (open_.load()) throw pg::Error("open() called twice", {}, false);
    auto pool =
        std::make_unique<pg::Pool>(options_.connect, options_.pool_size, options_.acquire_timeout);
    {
      auto conn = pool->acquire();
      report.database = "postgresql://" + conn->endpoint() + " schema " + schema;
      const pg::MigrationOutcome outcome =
          pg::migrate(*conn, schema, migrations(), kGuardTable, options.migrate);
      report.version_before = outcome.version_before;
      report.version_after = outcome.version_after;
      for (const pg::Migration* m : outcome.applied) {
        report.applied.push_back({m->number, m->name, m->description});
      }
    }
    pool_ = std::move(pool);
    open_.store(true, std::memory_order_release);
    logger_.info("opened " + pg::mask_password(options_.connect.uri) + " schema " + schema +
                 " (schema version " + std::to_string(report.version_after) + ", " +
                 std::to_string(report.applied.size()) + " migrations applied, pool_size " +
                 std::to_string(options_.pool_size) + ")");
  });
}

Status PostgresBackend::ping() noexcept {
  return guarded("ping", [&] { pool().with_retry([](pg::Connection& c) { c.exec("SELECT 1"); }); });
}

UpsertCounts PostgresBackend::write_once(const WriteBatch& batch, bool& commit_sent) {
  auto conn = pool().acquire();
  pg::Transaction tx(*conn);
  // One writer across every process sharing the schema: merges must not interleave.
  conn->exec_prepared(std::string("SELECT pg_advisory_xact_lock(") + pg::kLockKeySql + ")",
                      pg::Params().add(options_.connect.schema).add("write"));
  const UpsertCounts counts = apply_batch(*conn, batch);
  commit_sent = true;
  tx.commit();
  return counts;
}

Status PostgresBackend::write(const WriteBatch& batch, UpsertCounts& counts) noexcept {
  counts = {};
  return guarded("write", [&] {
    validate_batch(batch);
    std::lock_guard lock(writer_);
    bool commit_sent = false;
    try {
      counts = write_once(batch, commit_sent);
    } catch (const pg::Error& e) {
      // Nothing committed if the connection broke before COMMIT was sent: the
      // server rolled the transaction back, so running it again is exact.
      if (!e.connection_lost() || commit_sent) throw;
      logger_.warning(std::string("write: connection lost, retrying once: ") + e.what());
      commit_sent = false;
      counts = write_once(batch, commit_sent);
    }
  });
}

Status PostgresBackend::try_acquire_crawl_lock(bool& acquired) noexcept {
  acquired = false;
  return guarded("crawl lock", [&] {
    pool();                    // refuses before open(), as every other operation
    (void)holds_crawl_lock();  // notices and logs a lock lost since the last call
    acquired = crawl_lock_.try_acquire();
    if (acquired && !lock_announced_.exchange(true)) {
      logger_.info("crawl lock acquired: this instance crawls");
    }
  });
}

bool PostgresBackend::holds_crawl_lock() noexcept {
  const bool held = crawl_lock_.held();
  if (!held && lock_announced_.exchange(false)) {
    logger_.warning("crawl lock lost: its PostgreSQL session ended");
  }
  return held;
}

void PostgresBackend::release_crawl_lock() noexcept {
  crawl_lock_.release();
  if (lock_announced_.exchange(false)) logger_.info("crawl lock released");
}

}  // namespace kvm48::postgres
