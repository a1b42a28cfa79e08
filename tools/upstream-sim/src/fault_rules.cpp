// Fault rule JSON and glob matching.
#include <map>
#include <set>
#include <stdexcept>

#include "faults.hpp"

namespace kvm48::sim {
namespace {

using nlohmann::json;

const std::map<std::string, FaultKind>& kindNames() {
  static const std::map<std::string, FaultKind> names = {{"latency", FaultKind::Latency},
                                                         {"timeout", FaultKind::Timeout},
                                                         {"reset", FaultKind::Reset},
                                                         {"status", FaultKind::Status},
                                                         {"rateLimit", FaultKind::RateLimit},
                                                         {"truncate", FaultKind::Truncate},
                                                         {"malformed", FaultKind::Malformed},
                                                         {"noStream", FaultKind::NoStream},
                                                         {"duplicates", FaultKind::Duplicates},
                                                         {"apiError", FaultKind::ApiError},
                                                         {"emptyContent", FaultKind::EmptyContent}};
  return names;
}

std::string kindName(FaultKind kind) {
  for (const auto& [name, k] : kindNames()) {
    if (k == kind) return name;
  }
  return "?";
}

template <typename T>
void take(const json& j, const char* key, T& target) {
  if (!j.contains(key)) return;
  try {
    target = j.at(key).get<T>();
  } catch (const json::exception&) {
    throw std::invalid_argument(std::string("fault rule field '") + key + "' has the wrong type");
  }
}

const std::set<std::string>& malformedVariants() {
  static const std::set<std::string> v = {
      "garbage", "cut", "html", "no-pskip", "no-links", "title2-newline", "no-vedio-id"};
  return v;
}

}  // namespace

bool isStructuralMalformation(const std::string& variant) {
  return variant == "no-pskip" || variant == "no-links" || variant == "title2-newline" ||
         variant == "no-vedio-id";
}

FaultRule faultRuleFromJson(const json& j) {
  if (!j.is_object()) throw std::invalid_argument("a fault rule must be a JSON object");
  static const std::set<std::string> known = {
      "id",     "match",      "method", "kind",    "probability", "count",   "skip", "ms",
      "status", "retryAfter", "bytes",  "variant", "apiStatus",   "message", "items"};
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!known.count(it.key())) throw std::invalid_argument("unknown fault rule field " + it.key());
  }
  FaultRule r;
  std::string kind;
  take(j, "kind", kind);
  const auto found = kindNames().find(kind);
  if (found == kindNames().end()) throw std::invalid_argument("unknown fault kind '" + kind + "'");
  r.kind = found->second;
  take(j, "id", r.id);
  take(j, "match", r.match);
  take(j, "method", r.method);
  take(j, "probability", r.probability);
  take(j, "count", r.count);
  take(j, "skip", r.skip);
  take(j, "ms", r.ms);
  take(j, "status", r.status);
  take(j, "retryAfter", r.retryAfter);
  take(j, "bytes", r.bytes);
  take(j, "variant", r.variant);
  take(j, "apiStatus", r.apiStatus);
  take(j, "message", r.message);
  take(j, "items", r.items);
  if (r.probability < 0 || r.probability > 1)
    throw std::invalid_argument("probability not in [0,1]");
  if (r.count < -1 || r.skip < 0 || r.ms < 0 || r.items < 0 || r.retryAfter < 0) {
    throw std::invalid_argument("count, skip, ms, items and retryAfter must not be negative");
  }
  if (r.status < 100 || r.status > 599) throw std::invalid_argument("status not in 100..599");
  if (r.kind == FaultKind::Timeout && r.ms == 0) r.ms = 60000;
  if (r.kind == FaultKind::Malformed) {
    if (r.variant.empty()) r.variant = "garbage";
    if (!malformedVariants().count(r.variant)) {
      throw std::invalid_argument("unknown malformed variant '" + r.variant + "'");
    }
  }
  if (r.kind == FaultKind::ApiError && r.message.empty()) r.message = "登录口袋失败";
  return r;
}

json faultRuleToJson(const FaultRule& r) {
  json j = {{"id", r.id},
            {"match", r.match},
            {"kind", kindName(r.kind)},
            {"probability", r.probability},
            {"count", r.count},
            {"skip", r.skip},
            {"seen", r.seen},
            {"fired", r.fired}};
  if (!r.method.empty()) j["method"] = r.method;
  switch (r.kind) {
    case FaultKind::Latency:
    case FaultKind::Timeout: j["ms"] = r.ms; break;
    case FaultKind::Status: j["status"] = r.status; break;
    case FaultKind::RateLimit: j["retryAfter"] = r.retryAfter; break;
    case FaultKind::Truncate: j["bytes"] = r.bytes; break;
    case FaultKind::Malformed: j["variant"] = r.variant; break;
    case FaultKind::ApiError:
      j["apiStatus"] = r.apiStatus;
      j["message"] = r.message;
      break;
    case FaultKind::Duplicates: j["items"] = r.items; break;
    default: break;
  }
  return j;
}

bool globMatch(const std::string& pattern, const std::string& text) {
  // Iterative '*' / '?' matching with backtracking to the last star.
  std::size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace kvm48::sim
