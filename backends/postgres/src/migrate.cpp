#include "migrate.hpp"

#include "pg/error.hpp"
#include "pg/transaction.hpp"

namespace kvm48::pg {
namespace {

void check_numbering(std::span<const Migration> migrations) {
  std::uint32_t expected = 1;
  for (const Migration& m : migrations) {
    if (m.number != expected++) {
      throw Error("migrations are not numbered 1, 2, 3, ...: found " + std::to_string(m.number), {},
                  false);
    }
  }
}

bool table_exists(Connection& conn, std::string_view schema, std::string_view table) {
  return conn
      .exec("SELECT to_regclass(quote_ident($1) || '.' || quote_ident($2)) IS NOT NULL",
            Params().add(schema).add(table))
      .boolean(0, 0);
}

std::uint32_t recorded_version(Connection& conn, std::string_view schema,
                               std::string_view guard_table) {
  if (!table_exists(conn, schema, "kvm48_schema_migrations")) {
    if (table_exists(conn, schema, guard_table)) {
      throw Error("schema " + std::string(schema) + " has a table " + std::string(guard_table) +
                      " that kvm48-server did not create (no kvm48_schema_migrations); "
                      "refusing to touch it",
                  {}, false);
    }
    return 0;
  }
  return static_cast<std::uint32_t>(
      conn.exec("SELECT coalesce(max(number), 0) FROM kvm48_schema_migrations").int64(0, 0));
}

void record(Connection& conn, const Migration& m) {
  conn.exec(
      "INSERT INTO kvm48_schema_migrations (number, name, applied_at_ms) "
      "VALUES ($1::integer, $2, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)",
      Params().add(std::int64_t{m.number}).add(m.name));
}

}  // namespace

MigrationOutcome migrate(Connection& conn, std::string_view schema,
                         std::span<const Migration> migrations, std::string_view guard_table,
                         bool apply) {
  check_numbering(migrations);
  const auto latest = static_cast<std::uint32_t>(migrations.size());
  Transaction tx(conn);
  conn.exec(std::string("SELECT pg_advisory_xact_lock(") + kLockKeySql + ")",
            Params().add(schema).add("migrate"));

  MigrationOutcome outcome;
  outcome.version_before = outcome.version_after = recorded_version(conn, schema, guard_table);
  if (outcome.version_before > latest) {
    throw Error("the database schema is version " + std::to_string(outcome.version_before) +
                    ", newer than this backend knows (" + std::to_string(latest) +
                    "); upgrade kvm48-server",
                {}, false);
  }
  if (outcome.version_before == latest) return outcome;
  if (!apply) {
    throw Error("the database schema is at version " + std::to_string(outcome.version_before) +
                    " and needs migrations up to " + std::to_string(latest) +
                    "; run `kvm48-server migrate`",
                {}, false);
  }
  conn.exec("CREATE SCHEMA IF NOT EXISTS " + conn.quote_identifier(schema));
  conn.exec(
      "CREATE TABLE IF NOT EXISTS kvm48_schema_migrations ("
      " number integer PRIMARY KEY, name text NOT NULL, applied_at_ms bigint NOT NULL)");
  for (const Migration& m : migrations.subspan(outcome.version_before)) {
    conn.exec(m.sql);
    record(conn, m);
    outcome.applied.push_back(&m);
  }
  outcome.version_after = latest;
  tx.commit();
  return outcome;
}

}  // namespace kvm48::pg
