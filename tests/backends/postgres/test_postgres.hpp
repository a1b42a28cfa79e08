#pragma once
// Where the PostgreSQL tests find their server, and scratch schemas that keep
// concurrent tests apart on one server.

#include <string>
#include <string_view>

namespace kvm48::test {

/// The connection URI of the test server: $KVM48_TEST_PG_URI if set, else the
/// first line of the file named by $KVM48_TEST_PG_URI_FILE (written by the CTest
/// fixture pg_cluster.sh start). Throws std::runtime_error when neither is there:
/// a PostgreSQL test fails rather than skips without a server.
std::string test_pg_uri();

/// A schema name no other test uses: "t_<tag>_<pid>_<n>".
std::string unique_schema(std::string_view tag);

/// Drops the schema (CASCADE) when destroyed; the name is fresh per object.
class ScratchSchema {
 public:
  explicit ScratchSchema(std::string_view tag) : name_(unique_schema(tag)) {}
  ScratchSchema(const ScratchSchema&) = delete;
  ScratchSchema& operator=(const ScratchSchema&) = delete;
  ~ScratchSchema();
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string name_;
};

}  // namespace kvm48::test
