// Query.sources: the configured source instances (their last runs are read by
// SourceState.lastRun only when asked for).

#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"

namespace kvm48::api {
namespace {

using graphql::ResolveInfo;
using graphql::Value;

Value resolve_sources(const ResolveInfo& info) {
  const ApiContext& context = api_context(info.context);
  Value::List answer;
  answer.reserve(context.sources.size());
  for (const ConfiguredSource& source : context.sources) answer.push_back(Value::object(source));
  return answer;
}

}  // namespace

void add_source_queries(graphql::ObjectType& query) {
  query.field("sources", "[SourceState!]!", resolve_sources,
              "The source instances this server is configured with, in configuration order, "
              "each with its latest recorded crawl run.");
}

}  // namespace kvm48::api
