#include "ratelimit/strategy.hpp"

#include <algorithm>
#include <cctype>

namespace kvm48::ratelimit {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::string_view to_string(Strategy strategy) noexcept {
  switch (strategy) {
    case Strategy::fixed_window: return "fixed-window";
    case Strategy::fixed_window_elastic_expiry: return "fixed-window-elastic-expiry";
    case Strategy::moving_window: return "moving-window";
  }
  return "fixed-window";
}

std::string_view to_string(FailurePolicy policy) noexcept {
  return policy == FailurePolicy::deny ? "deny" : "allow";
}

std::optional<Strategy> strategy_from_string(std::string_view name) noexcept {
  for (auto strategy :
       {Strategy::fixed_window, Strategy::fixed_window_elastic_expiry, Strategy::moving_window}) {
    if (iequals(name, to_string(strategy))) return strategy;
  }
  return std::nullopt;
}

std::optional<FailurePolicy> failure_policy_from_string(std::string_view name) noexcept {
  if (iequals(name, "allow")) return FailurePolicy::allow;
  if (iequals(name, "deny")) return FailurePolicy::deny;
  return std::nullopt;
}

}  // namespace kvm48::ratelimit
