// `kvm48-server schema`: the GraphQL schema the API serves, as SDL.

#include <iostream>

#include "api/api_schema.hpp"
#include "command.hpp"
#include "exit_codes.hpp"

namespace kvm48::app {
namespace {

int run(const ParsedOptions&) {
  std::cout << graphql::printSchema(*api::build_api_schema()) << "\n";
  return kExitOk;
}

}  // namespace

Command schema_command() {
  return {{"schema"},
          "Print the GraphQL schema of the API as SDL",
          "Prints the schema served at /api/graphql in the schema definition language, with\n"
          "every description, as graphql-js's printSchema would. Needs no configuration.\n"
          "docs/graphql-api.md embeds this output.",
          {},
          run};
}

}  // namespace kvm48::app
