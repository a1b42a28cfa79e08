#pragma once
// Fault rules and the injector that decides, per request, which rules fire.
//
// A rule is scoped by `match` (a glob over the route name, e.g. "site.*", or, when it starts
// with '/', over the request path) and optionally `method`; it fires with `probability` (drawn
// from its own seeded stream, so a seed reproduces the same faults for the same request
// sequence), at most `count` times (-1 = no limit), after letting the first `skip` matching
// requests through. JSON shape and every kind: tools/upstream-sim/README.md "Faults".
//
// Thread-safe: decide() and the editing calls lock one mutex.

#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "reply.hpp"
#include "rng.hpp"

namespace kvm48::sim {

enum class FaultKind {
  Latency,       // delay, then answer normally (combines with others)
  Timeout,       // hold the connection without answering, then close it
  Reset,         // close with a TCP reset, no answer
  Status,        // answer HTTP `status` (5xx, 403, 404...) with an error page
  RateLimit,     // HTTP 429 with Retry-After: `retryAfter`
  Truncate,      // announce the full Content-Length, send `bytes`, close
  Malformed,     // damage the body (`variant`)
  NoStream,      // VOD page / API detail without any stream
  Duplicates,    // list pages repeat `items` items of the previous page
  ApiError,      // HTTP 200, envelope status `apiStatus`, success false, `message`
  EmptyContent,  // HTTP 200, status 200, content {}
};

struct FaultRule {
  std::string id;
  std::string match = "*";
  std::string method;  // empty = any
  FaultKind kind = FaultKind::Status;
  double probability = 1.0;
  int count = -1;
  int skip = 0;
  int ms = 0;              // Latency, Timeout (hold time)
  int status = 503;        // Status
  int retryAfter = 1;      // RateLimit (seconds)
  int bytes = -1;          // Truncate (-1 = half the body)
  std::string variant;     // Malformed
  int apiStatus = 401004;  // ApiError
  std::string message;     // ApiError
  int items = 1;           // Duplicates
  // Run-time counters.
  int seen = 0;
  int fired = 0;
};

// What fired for one request.
struct FaultPlan {
  int latencyMs = 0;
  std::optional<FaultRule> terminal;    // Timeout, Reset, Status, RateLimit, ApiError, EmptyContent
  std::optional<FaultRule> bodyAction;  // Truncate, or a Malformed variant applied after rendering
  ContentFaults content;                // NoStream, Duplicates, structural Malformed variants
};

FaultRule faultRuleFromJson(const nlohmann::json& j);  // throws std::invalid_argument
nlohmann::json faultRuleToJson(const FaultRule& rule);
bool globMatch(const std::string& pattern, const std::string& text);
bool isStructuralMalformation(const std::string& variant);

class FaultInjector {
 public:
  explicit FaultInjector(std::uint64_t seed) : seed_(seed) {}

  // Appends rules (a JSON array of rule objects); returns their ids. Validates all first.
  std::vector<std::string> add(const nlohmann::json& rules);
  void clear();
  nlohmann::json toJson() const;
  FaultPlan decide(const std::string& route, const std::string& path, const std::string& method);

 private:
  struct Entry {
    FaultRule rule;
    Rng rng;
  };
  mutable std::mutex mutex_;
  std::uint64_t seed_;
  std::uint64_t added_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace kvm48::sim
