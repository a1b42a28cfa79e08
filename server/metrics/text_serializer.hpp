#pragma once
// The Prometheus text exposition format 0.0.4: the only place that writes it.

#include <string>
#include <vector>

#include "metrics/snapshot.hpp"

namespace kvm48::metrics {

class Registry;

/// The Content-Type of what serialize_text() returns.
inline constexpr const char* kTextContentType = "text/plain; version=0.0.4; charset=utf-8";

/// "# HELP" and "# TYPE" for each family, then its samples, one per line:
/// `name{label="value",...} value`. HELP escapes \ and newline; label values escape \, "
/// and newline; numbers are +Inf / -Inf / NaN or the shortest text that reads back exactly.
std::string serialize_text(const std::vector<FamilySnapshot>& families);
std::string serialize_text(const Registry& registry);

}  // namespace kvm48::metrics
