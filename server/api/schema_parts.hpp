#pragma once
// The pieces build_api_schema() assembles, one file each.

#include "api/api_schema.hpp"
#include "graphql/type/schema.hpp"

namespace kvm48::api {

/// enum Group (group_enum.cpp).
void add_group_enum(graphql::Schema& schema);
/// type PerfVOD, whose values are kvm48::PerfVod objects (perf_vod_type.cpp).
void add_perf_vod_type(graphql::Schema& schema);
/// type Query (query_type.cpp).
void add_query_type(graphql::Schema& schema);

/// The request's ApiContext; throws std::runtime_error (a field error) when absent.
ApiContext& api_context(void* context);

}  // namespace kvm48::api
