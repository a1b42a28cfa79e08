// A test schema shaped like the KVM48 API (DESIGN.md section 7) plus what the engine
// must support beyond it (an interface, a union, input objects, failing resolvers),
// over a small in-memory data set. Its SDL twin is kFixtureSdl, so results can be
// compared with graphql-js by hand (node -e ... buildSchema(kFixtureSdl)).
#pragma once

#include <memory>

#include "graphql/engine.hpp"
#include "graphql/type/schema.hpp"

namespace kvm48::graphql::test {

std::shared_ptr<const Schema> fixtureSchema();
extern const char* const kFixtureSdl;

// Executes without the engine's cache and limits (parse -> validate -> execute).
Json run(const Schema& schema, const std::string& query, const Json& variables = Json::object(),
         std::optional<std::string> operationName = std::nullopt);

}  // namespace kvm48::graphql::test
