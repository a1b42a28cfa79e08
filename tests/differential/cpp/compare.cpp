#include "compare.hpp"

#include <algorithm>

#include "graphql/execution/execute.hpp"
#include "graphql/language/parser.hpp"
#include "graphql/validation/validate.hpp"

namespace kvm48::graphql::differential {
namespace {

Json toJson(const std::vector<GraphQLError>& errors) {
  Json out = Json::array();
  for (const GraphQLError& e : errors) out.push_back(e.toJson());
  return out;
}

// The sorted texts of one part of each error ("locations", "path" or "message"): the
// rules may report in another order than graphql-js without being wrong.
std::vector<std::string> part(const Json& errors, const char* key) {
  std::vector<std::string> out;
  for (const Json& e : errors) out.push_back(e.contains(key) ? e[key].dump() : "-");
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Outcome runEngine(const Schema& schema, const Json& entry) {
  Outcome out;
  std::unique_ptr<ast::Document> document;
  try {
    document = parse(entry.at("query").get<std::string>());
  } catch (const SyntaxError& e) {
    out.phase = "syntax";
    out.errors = toJson({e.error});
    return out;
  }
  const std::vector<GraphQLError> validationErrors = validate(schema, *document);
  if (!validationErrors.empty()) {
    out.phase = "validation";
    out.errors = toJson(validationErrors);
    return out;
  }
  const Json variables = entry.value("variables", Json());
  std::optional<std::string> operationName;
  if (entry.contains("operationName")) operationName = entry["operationName"].get<std::string>();
  ExecutionResult result = execute(ExecuteRequest{schema, *document, variables, operationName});
  out.phase = result.data ? "execution" : "request";
  out.errors = toJson(result.errors);
  out.data = std::move(result.data);
  return out;
}

Verdict compareOutcome(const Json& expected, const Outcome& ours) {
  Verdict v;
  const Json& errors = expected["errors"];
  auto fail = [&](const std::string& category, const std::string& what) {
    v.failures.push_back(category);
    v.detail += category + ": " + what + "\n";
  };
  if (expected["phase"] != ours.phase) {
    fail("phase", "expected " + expected["phase"].get<std::string>() + ", got " + ours.phase);
  }
  if (errors.size() != ours.errors.size()) {
    fail("error-count", "expected " + std::to_string(errors.size()) + ", got " +
                            std::to_string(ours.errors.size()));
  } else {
    if (part(errors, "locations") != part(ours.errors, "locations")) {
      fail("error-locations", "");
    }
    if (part(errors, "path") != part(ours.errors, "path")) fail("error-paths", "");
  }
  if (expected.contains("data") && ours.data && expected["data"] != *ours.data) {
    fail("data", "expected " + expected["data"].dump() + "\n      got " + ours.data->dump());
  }
  if (v.failures.empty() && errors != ours.errors &&
      part(errors, "message") == part(ours.errors, "message")) {
    v.orderDiffers = true;
  }
  if (part(errors, "message") != part(ours.errors, "message")) {
    v.messagesDiffer = true;
    v.detail += "messages differ\n";
  }
  if (!v.failures.empty() || v.messagesDiffer) {
    v.detail +=
        "  expected errors: " + errors.dump() + "\n  our errors:      " + ours.errors.dump() + "\n";
  }
  return v;
}

}  // namespace kvm48::graphql::differential
