#pragma once
// The control endpoint under /_sim/ (never faulted, never counted in stats):
//   GET  /_sim/health                 "ok"
//   GET  /_sim/stats[?paths=1]        request counts
//   DELETE /_sim/stats                zero the counts
//   GET  /_sim/faults                 rules with seen/fired counters
//   POST /_sim/faults                 add rules: [rule...] or {"rules":[...],"replace":bool}
//   DELETE /_sim/faults               remove every rule
//   GET  /_sim/settings, POST /_sim/settings (merge)
//   POST /_sim/publish                {"perf":N,"member":M,"clubs":[...]} -> the new rows
//   POST /_sim/reset                  {"dataset","settings","faults","stats": bool} (all default
//   true) GET  /_sim/dataset                the current dataset file (same format as --dataset)
// Bad input -> 400 with {"error": "..."}. Thread-safe through SimState.

#include <string>

#include "reply.hpp"
#include "sim_state.hpp"

namespace kvm48::sim {

Reply serveControl(const std::string& method, const std::string& path, const std::string& query,
                   const std::string& body, SimState& state);

}  // namespace kvm48::sim
