// enum CrawlOutcome, type CrawlRun and type SourceState: a configured source instance and
// the latest crawl run the backend recorded for it.

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "api/resolver_support.hpp"
#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"
#include "kvm48/records.hpp"

namespace kvm48::api {
namespace {

using graphql::ResolveInfo;
using graphql::Value;

const CrawlRun& run_of(const ResolveInfo& info) {
  const auto* run = info.parent.object<CrawlRun>();
  if (run == nullptr) throw std::runtime_error("internal error: CrawlRun parent is not a run");
  return *run;
}

const ConfiguredSource& source_of(const ResolveInfo& info) {
  const auto* source = info.parent.object<ConfiguredSource>();
  if (source == nullptr) {
    throw std::runtime_error("internal error: SourceState parent is not a source");
  }
  return *source;
}

/// "over_budget" -> "OVER_BUDGET".
std::string outcome_name(RunOutcome outcome) {
  std::string name(to_string(outcome));
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

void add_crawl_outcome_enum(graphql::Schema& schema) {
  schema.addEnum("CrawlOutcome", "How a crawl run ended, or that it has not.")
      .value(outcome_name(RunOutcome::running),
             "Started and not finished (or the crawling process died during the run).")
      .value(outcome_name(RunOutcome::success), "Finished without error.")
      .value(outcome_name(RunOutcome::failed), "Stopped by an error (see `error`).")
      .value(outcome_name(RunOutcome::cancelled), "Stopped by a shutdown of the server.")
      .value(outcome_name(RunOutcome::over_budget),
             "Stopped after using up its request or time budget.");
}

/// A run counter. Counters are 64-bit in the record and GraphQL Int is 32-bit: a count past
/// 2^31 - 1 (not reachable by a crawl) would be the engine's field error, not a wrong number.
Value counter(std::uint64_t n) {
  return Value(n);
}

void add_crawl_run_type(graphql::Schema& schema) {
  auto& type = schema.addObject("CrawlRun", "One crawl run of one source instance.");
  type.field(
      "runId", "String!", [](const ResolveInfo& i) { return Value(run_of(i).run_id); },
      "Unique run ID, as the server's log names the run.");
  type.field(
      "mode", "String!", [](const ResolveInfo& i) { return Value(run_of(i).mode); },
      "How it crawled, e.g., `\"incremental\"` or `\"full legacy limit-pages=3\"`.");
  type.field(
      "pluginVersion", "String!",
      [](const ResolveInfo& i) { return Value(run_of(i).plugin_version); },
      "Version of the source plugin that ran.");
  type.field(
      "startedAt", "Int!",
      [](const ResolveInfo& i) { return Value(run_of(i).started_at_ms / 1000); },
      "Epoch timestamp (seconds) of the run's start.");
  type.field(
      "finishedAt", "Int",
      [](const ResolveInfo& i) {
        const auto& finished = run_of(i).finished_at_ms;
        return finished ? Value(*finished / 1000) : Value();
      },
      "Epoch timestamp (seconds) of the run's end; null while it runs.");
  type.field(
      "outcome", "CrawlOutcome!",
      [](const ResolveInfo& i) { return Value(outcome_name(run_of(i).outcome)); },
      "How the run ended, or `RUNNING`.");
  type.field(
      "error", "String",
      [](const ResolveInfo& i) {
        const std::string& error = run_of(i).error;
        return error.empty() ? Value() : Value(error);
      },
      "Why it stopped (one line) for a failed, cancelled or over-budget run; else null.");
  type.field(
      "requests", "Int!", [](const ResolveInfo& i) { return counter(run_of(i).requests); },
      "HTTP requests sent, retries included.");
  type.field(
      "retries", "Int!", [](const ResolveInfo& i) { return counter(run_of(i).retries); },
      "Requests that were retries.");
  type.field(
      "itemsNew", "Int!", [](const ResolveInfo& i) { return counter(run_of(i).items_new); },
      "Records stored for the first time.");
  type.field(
      "itemsUpdated", "Int!", [](const ResolveInfo& i) { return counter(run_of(i).items_updated); },
      "Records already stored that the run changed.");
  type.field(
      "itemsUnchanged", "Int!",
      [](const ResolveInfo& i) { return counter(run_of(i).items_unchanged); },
      "Records already stored that the run saw again unchanged.");
}

/// One get_crawl_runs call per source asking for it (sources are few).
Value last_run(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  std::vector<CrawlRun> runs;
  if (Status status = context.backend.get_crawl_runs(source_of(info).name, 1, runs); !status.ok()) {
    backend_failed(context, status);
  }
  if (runs.empty()) return Value();
  return Value::object(std::move(runs.front()));
}

void add_source_state_type(graphql::Schema& schema) {
  auto& type = schema.addObject("SourceState", "A source instance of the server's configuration.");
  type.field(
      "name", "String!", [](const ResolveInfo& i) { return Value(source_of(i).name); },
      "Instance name, as configured, e.g., `\"live48\"`.");
  type.field(
      "plugin", "String!", [](const ResolveInfo& i) { return Value(source_of(i).plugin); },
      "Name of the source plugin it runs, e.g., `\"live48_web\"`.");
  type.field(
      "pluginVersion", "String!",
      [](const ResolveInfo& i) { return Value(source_of(i).plugin_version); },
      "Version of that plugin as loaded by this server; empty when the plugin is not loaded "
      "(a disabled source is not checked).");
  type.field(
      "enabled", "Boolean!", [](const ResolveInfo& i) { return Value(source_of(i).enabled); },
      "Whether the configuration enables it (a disabled source is never crawled).");
  type.field("lastRun", "CrawlRun", last_run,
             "The latest crawl run of this instance recorded in the database (by any process "
             "sharing it); null when it never ran.");
}

}  // namespace

void add_source_state_types(graphql::Schema& schema) {
  add_crawl_outcome_enum(schema);
  add_crawl_run_type(schema);
  add_source_state_type(schema);
}

}  // namespace kvm48::api
