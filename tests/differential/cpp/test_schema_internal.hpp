// Shared pieces of the differential test schema's construction (test_schema*.cpp).
#pragma once

#include <memory>
#include <string>

#include "graphql/type/resolve_info.hpp"
#include "graphql/type/schema.hpp"

namespace kvm48::graphql::differential {

// The fixture data with "__typename" added to every object (as resolvers.mjs does), so
// that abstract types resolve through the engine's default type resolution.
struct Data {
  Json revision;
  Json vods;     // array of PerfVOD objects
  Json members;  // array of Member objects
  Json teams;    // array of Team objects

  // The object of `list` with this id, or null.
  static Json byId(const Json& list, const Json& id);
};
using DataPtr = std::shared_ptr<const Data>;

// `order` "DESC" reverses the ascending startTime order (a stable sort, like JS).
Json sortByStartTime(Json vods, const Json& order);
// The first n items; null n = all; negative n fails with "<what> must be non-negative.".
Value takeFirst(Json list, const Json& n, const std::string& what);

void addDirectives(Schema& schema);
void addGroupEntityAndSearchResult(Schema& schema);
void addSortOrder(Schema& schema);
void addPerfVod(Schema& schema, const DataPtr& data);
void addMember(Schema& schema, const DataPtr& data);
void addTeam(Schema& schema, const DataPtr& data);
void addInputTypesAndEchoOutput(Schema& schema);
void addQuery(Schema& schema, const DataPtr& data);
void addMutationAndSubscription(Schema& schema, const DataPtr& data);

}  // namespace kvm48::graphql::differential
