#pragma once
// The pieces build_api_schema() assembles, one file each.

#include "api/api_schema.hpp"
#include "graphql/type/schema.hpp"

namespace kvm48::api {

/// enum Group (group_enum.cpp).
void add_group_enum(graphql::Schema& schema);
/// type PerfVOD, whose values are kvm48::PerfVod objects (perf_vod_type.cpp).
void add_perf_vod_type(graphql::Schema& schema);
/// enum MemberVODType and type MemberVOD (kvm48::MemberVod objects) (member_vod_type.cpp).
void add_member_vod_types(graphql::Schema& schema);
/// type Team (kvm48::Team objects) and type Member (kvm48::Member objects) (roster_types.cpp).
void add_roster_types(graphql::Schema& schema);
/// enum CrawlOutcome, type CrawlRun (kvm48::CrawlRun objects) and type SourceState
/// (ConfiguredSource objects) (source_state_types.cpp).
void add_source_state_types(graphql::Schema& schema);

/// type Query (query_type.cpp), whose fields the following add, in this order.
void add_query_type(graphql::Schema& schema);
/// perfVod, perfVods (perf_vod_queries.cpp).
void add_perf_vod_queries(graphql::ObjectType& query);
/// memberVod, memberVods (member_vod_queries.cpp).
void add_member_vod_queries(graphql::ObjectType& query);
/// members, teams (roster_queries.cpp).
void add_roster_queries(graphql::ObjectType& query);
/// sources (source_queries.cpp).
void add_source_queries(graphql::ObjectType& query);

/// The request's ApiContext; throws std::runtime_error (a field error) when absent.
ApiContext& api_context(void* context);

}  // namespace kvm48::api
