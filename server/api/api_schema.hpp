#pragma once
// The KVM48 GraphQL schema (DESIGN.md section 7): the original server's schema (revision
// 20190429.1) with its field descriptions and error messages, plus CGT48 and optional l4c
// fields, member VODs, the roster (teams, members) and the state of the configured sources.
// Resolvers read through the Backend interface handed in per request.

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graphql/type/schema.hpp"
#include "kvm48/backend.hpp"

namespace kvm48::api {

/// Changes whenever the schema changes (the original's was "20190429.1").
inline constexpr const char* kSchemaRevision = "20261128.2";

/// A source instance of the configuration, as `sources` lists it.
struct ConfiguredSource {
  std::string name;            ///< instance name ("live48")
  std::string plugin;          ///< plugin name ("live48_web")
  std::string plugin_version;  ///< of the loaded plugin; empty when it is not loaded
  bool enabled = true;
};

/// What the resolvers of one request read at most once and share: the stored teams, so that
/// Member.team and MemberVOD.team cost one backend call per request, not one per row.
/// Filled on first use; guarded by `mutex`.
struct RequestMemo {
  std::mutex mutex;
  std::optional<std::vector<Team>> teams;  ///< every stored team, ordered by id
};

/// What every resolver of one request sees, passed as the engine's `context`. Borrowed: it
/// must outlive the Engine::execute call it is passed to, and so must what it refers to.
struct ApiContext {
  Backend& backend;
  /// perfVods and memberVods answer at most this many VODs; a longer answer is an error
  /// naming the bound.
  std::size_t max_results = 10000;
  /// Told the backend's own message when a read fails (the client only learns that the
  /// database could not be read). Optional; called from resolver threads.
  std::function<void(std::string_view)> report_backend_error;
  /// The configured source instances, in configuration order (`sources`).
  std::span<const ConfiguredSource> sources = {};
  RequestMemo memo = {};
};

/// The finalized schema. Thread-safe to share; resolvers expect an ApiContext* context and
/// answer with a field error when it is missing.
std::shared_ptr<const graphql::Schema> build_api_schema();

}  // namespace kvm48::api
