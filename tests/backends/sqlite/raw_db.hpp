#pragma once
// Direct sqlite3 access for tests that look under the backend: build a database
// as the original server did, read rows back as text, run PRAGMA integrity_check.

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace kvm48::test {

using RawRow = std::vector<std::optional<std::string>>;

class RawDb {
 public:
  explicit RawDb(const std::string& path);
  ~RawDb();
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  /// Runs statements; throws std::runtime_error with SQLite's message on failure.
  void exec(const std::string& sql);
  /// Every row of a query, each value as text (nullopt for NULL).
  std::vector<RawRow> rows(const std::string& sql);
  /// The first column of the first row.
  std::string value(const std::string& sql);

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace kvm48::test
