// One corpus document through our engine (parse -> validate -> execute), and the
// comparison of the outcome with graphql-js's (the oracle's entry for it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graphql/error.hpp"
#include "graphql/type/schema.hpp"

namespace kvm48::graphql::differential {

struct Outcome {
  std::string phase;  // "syntax", "validation", "request" or "execution" (as oracle.mjs)
  Json errors = Json::array();
  std::optional<Json> data;
};

// `entry` carries "query" and optionally "variables" and "operationName".
Outcome runEngine(const Schema& schema, const Json& entry);

struct Verdict {
  // Failing disagreements: "phase", "error-count", "error-locations", "error-paths",
  // "data". Empty = agreement.
  std::vector<std::string> failures;
  bool messagesDiffer = false;  // reported, not failing
  bool orderDiffers = false;    // same errors in another order: reported, not failing
  std::string detail;           // what differed, for the log
};

Verdict compareOutcome(const Json& expected, const Outcome& ours);

}  // namespace kvm48::graphql::differential
