#include "api/api_schema.hpp"

#include <stdexcept>

#include "api/schema_parts.hpp"

namespace kvm48::api {

ApiContext& api_context(void* context) {
  if (context == nullptr) throw std::runtime_error("internal error: no API context");
  return *static_cast<ApiContext*>(context);
}

std::shared_ptr<const graphql::Schema> build_api_schema() {
  auto schema = std::make_shared<graphql::Schema>();
  add_group_enum(*schema);
  add_perf_vod_type(*schema);
  add_member_vod_types(*schema);
  add_roster_types(*schema);
  add_source_state_types(*schema);
  add_query_type(*schema);
  schema->setQueryType("Query");
  schema->finalize();
  return schema;
}

}  // namespace kvm48::api
