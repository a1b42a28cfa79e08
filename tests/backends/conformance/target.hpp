#pragma once
// What a backend provides to run the conformance suite against it: its plugin
// name and a way to get a fresh, empty store. Each conformance executable links
// exactly one definition of conformance_target() (tests/backends/<backend>/).

#include <functional>
#include <memory>
#include <string>

#include "loaded_backend.hpp"

namespace kvm48::test {

/// One empty store (an SQLite file, a PostgreSQL schema, ...) that exists while
/// this object lives and is removed when it is destroyed.
class TestStore {
 public:
  virtual ~TestStore() = default;
  /// The YAML options text of a backend instance using this store; every
  /// instance built from it sees the same data.
  [[nodiscard]] virtual std::string options_yaml() const = 0;
};

struct ConformanceTarget {
  std::string plugin;  ///< plugin name, e.g. "sqlite"
  std::function<std::unique_ptr<TestStore>()> fresh_store;
};

/// The backend under test (defined once per conformance executable).
const ConformanceTarget& conformance_target();

/// A fresh store with an opened backend on it (the usual start of a case).
struct OpenedStore {
  std::unique_ptr<TestStore> store;
  LoadedBackend backend;
  /// Another instance on the same store (as a second process would have).
  [[nodiscard]] LoadedBackend open_again() const {
    return open_backend(conformance_target().plugin, store->options_yaml());
  }
};

inline OpenedStore open_fresh_store() {
  auto store = conformance_target().fresh_store();
  auto backend = open_backend(conformance_target().plugin, store->options_yaml());
  return {std::move(store), std::move(backend)};
}

}  // namespace kvm48::test
