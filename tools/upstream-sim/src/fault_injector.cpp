// Per-request fault decisions.
#include "faults.hpp"

namespace kvm48::sim {
namespace {

bool isTerminal(FaultKind k) {
  return k == FaultKind::Timeout || k == FaultKind::Reset || k == FaultKind::Status ||
         k == FaultKind::RateLimit || k == FaultKind::ApiError || k == FaultKind::EmptyContent;
}

bool matches(const FaultRule& r, const std::string& route, const std::string& path,
             const std::string& method) {
  if (!r.method.empty() && r.method != method) return false;
  return globMatch(r.match, r.match.rfind('/', 0) == 0 ? path : route);
}

}  // namespace

std::vector<std::string> FaultInjector::add(const nlohmann::json& rules) {
  if (!rules.is_array()) throw std::invalid_argument("fault rules must be a JSON array");
  std::vector<FaultRule> parsed;
  for (const auto& j : rules) parsed.push_back(faultRuleFromJson(j));
  std::lock_guard lock(mutex_);
  std::vector<std::string> ids;
  for (auto& rule : parsed) {
    const std::uint64_t ordinal = ++added_;
    if (rule.id.empty()) rule.id = "rule" + std::to_string(ordinal);
    ids.push_back(rule.id);
    entries_.push_back(Entry{rule, Rng(deriveSeed(seed_, ordinal))});
  }
  return ids;
}

void FaultInjector::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  added_ = 0;  // a cleared injector numbers (and seeds) its rules as a fresh one
}

nlohmann::json FaultInjector::toJson() const {
  std::lock_guard lock(mutex_);
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& e : entries_) rules.push_back(faultRuleToJson(e.rule));
  return {{"seed", seed_}, {"rules", rules}};
}

FaultPlan FaultInjector::decide(const std::string& route, const std::string& path,
                                const std::string& method) {
  FaultPlan plan;
  if (route == "control") return plan;  // the control endpoint is never faulted
  std::lock_guard lock(mutex_);
  for (auto& [rule, rng] : entries_) {
    if (!matches(rule, route, path, method)) continue;
    // Only one terminal fault and one body fault can act on a request; later rules of the
    // same sort neither fire nor use up their count.
    if (isTerminal(rule.kind) && plan.terminal) continue;
    const bool bodyKind =
        rule.kind == FaultKind::Truncate ||
        (rule.kind == FaultKind::Malformed && !isStructuralMalformation(rule.variant));
    if (bodyKind && plan.bodyAction) continue;
    if (++rule.seen <= rule.skip) continue;
    if (rule.count >= 0 && rule.fired >= rule.count) continue;
    if (rule.probability < 1.0 && !rng.chance(rule.probability)) continue;
    ++rule.fired;
    switch (rule.kind) {
      case FaultKind::Latency: plan.latencyMs += rule.ms; break;
      case FaultKind::NoStream: plan.content.noStream = true; break;
      case FaultKind::Duplicates: plan.content.duplicateItems += rule.items; break;
      case FaultKind::Malformed:
        if (isStructuralMalformation(rule.variant))
          plan.content.malformed = rule.variant;
        else
          plan.bodyAction = rule;
        break;
      case FaultKind::Truncate: plan.bodyAction = rule; break;
      default: plan.terminal = rule; break;
    }
  }
  return plan;
}

}  // namespace kvm48::sim
