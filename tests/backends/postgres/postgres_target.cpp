// The postgres backend as a conformance target: each store is a fresh schema on
// the test server (tests/backends/pg_cluster.sh, or $KVM48_TEST_PG_URI), dropped
// when the store goes.

#include "target.hpp"
#include "test_postgres.hpp"

namespace kvm48::test {
namespace {

std::string yaml_quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

class PostgresStore final : public TestStore {
 public:
  [[nodiscard]] std::string options_yaml() const override {
    return "uri: " + yaml_quoted(uri_) + "\nschema: " + schema_.name() + "\npool_size: 4\n";
  }

 private:
  std::string uri_ = test_pg_uri();
  ScratchSchema schema_{"conf"};
};

}  // namespace

const ConformanceTarget& conformance_target() {
  static const ConformanceTarget target{"postgres",
                                        [] { return std::make_unique<PostgresStore>(); }};
  return target;
}

}  // namespace kvm48::test
