// The sqlite backend as a conformance target: each store is a database file in
// its own scratch directory.

#include "scratch_dir.hpp"
#include "target.hpp"

namespace kvm48::test {
namespace {

class SqliteStore final : public TestStore {
 public:
  [[nodiscard]] std::string options_yaml() const override {
    return sqlite_options(dir_.file("data.db"));
  }

 private:
  ScratchDir dir_;
};

}  // namespace

const ConformanceTarget& conformance_target() {
  static const ConformanceTarget target{"sqlite", [] { return std::make_unique<SqliteStore>(); }};
  return target;
}

}  // namespace kvm48::test
