#pragma once
// The interface of a storage backend plugin (kind = backend).

#include "kvm48/plugin.hpp"

namespace kvm48 {

/// The configured storage backend (exactly one per process).
///
/// Created by the plugin's BackendFactory (which validates the options and does no
/// I/O), owned by the host, destroyed by the host before the plugin library is
/// unloaded. The storage operations are added with the storage backends.
class Backend {
 public:
  virtual ~Backend() = default;

 protected:
  Backend() = default;
  Backend(const Backend&) = default;
  Backend& operator=(const Backend&) = default;
};

}  // namespace kvm48
