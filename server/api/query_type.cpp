// type Query: revision, then the fields of each part of the schema.

#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"

namespace kvm48::api {

void add_query_type(graphql::Schema& schema) {
  auto& query = schema.addObject("Query");
  query.field(
      "revision", "String!",
      [](const graphql::ResolveInfo&) { return graphql::Value(kSchemaRevision); },
      "Revision number of the schema.");
  add_perf_vod_queries(query);
  add_member_vod_queries(query);
  add_roster_queries(query);
  add_source_queries(query);
}

}  // namespace kvm48::api
