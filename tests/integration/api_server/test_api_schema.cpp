// The API schema executed in process by the GraphQL engine (no HTTP): its descriptions, the
// roster reads one request costs, and the failure edge, against the real sqlite plugin.

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "api/api_schema.hpp"
#include "counting_backend.hpp"
#include "graphql/engine.hpp"
#include "loaded_backend.hpp"
#include "member_fixture.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using graphql::Json;

/// What the original server (revision 20190429.1) left undescribed; everything else has a
/// description.
const std::set<std::string> kOriginalWithoutDescription = {
    "Query",       "Group",       "PerfVOD.title", "PerfVOD.subtitle",
    "Group.SNH48", "Group.BEJ48", "Group.GNZ48"};

std::vector<std::string> undescribed(const graphql::Schema& schema) {
  std::vector<std::string> missing;
  auto check = [&missing](const std::string& where, const std::string& description) {
    if (description.empty() && !kOriginalWithoutDescription.count(where)) {
      missing.push_back(where);
    }
  };
  for (const graphql::NamedType* type : schema.types()) {
    if (type->name.starts_with("__") || type->kind == graphql::TypeKind::Scalar) continue;
    check(type->name, type->description);
    if (type->kind == graphql::TypeKind::Enum) {
      for (const auto& value : static_cast<const graphql::EnumType*>(type)->values) {
        check(type->name + "." + value.name, value.description);
      }
    }
    if (type->kind != graphql::TypeKind::Object) continue;
    for (const auto& field : static_cast<const graphql::ObjectType*>(type)->fields) {
      check(type->name + "." + field.name, field.description);
      for (const auto& arg : field.args) {
        check(type->name + "." + field.name + "(" + arg.name + ")", arg.description);
      }
    }
  }
  return missing;
}

/// The engine over the API schema, a database with the member fixture, and the context.
struct InProcess {
  TempDir dir;
  std::string database = dir.path() + "/data.db";
  bool written = (write_member_fixture(database), true);
  LoadedBackend real = open_backend("sqlite", "path: \"" + database + "\"\n");
  CountingBackend backend{*real};
  graphql::Engine engine{api::build_api_schema()};

  Json run(const std::string& query, api::ApiContext& context) {
    return engine.execute(graphql::Request{query, Json::object(), std::nullopt}, &context).toJson();
  }
  Json run(const std::string& query) {
    api::ApiContext context{backend, 10000, {}, {}, {}};
    return run(query, context);
  }
};

}  // namespace

TEST_CASE("every type, field, argument and enum value added since the original is described",
          "[api][schema]") {
  const auto schema = api::build_api_schema();
  CHECK(undescribed(*schema) == std::vector<std::string>{});
  for (const char* added : {"MemberVOD", "MemberVODType", "Team", "Member", "SourceState",
                            "CrawlRun", "CrawlOutcome"}) {
    CHECK(schema->getType(added) != nullptr);
  }
}

TEST_CASE("the schema printed in docs/graphql-api.md is the schema served", "[api][schema]") {
  std::ifstream in(std::string(KVM48_DOCS_DIR) + "/graphql-api.md");
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const std::string open = "```graphql\n";
  const auto start = doc.find(open);
  REQUIRE(start != std::string::npos);
  const auto end = doc.find("\n```", start + open.size());
  REQUIRE(end != std::string::npos);
  CHECK(doc.substr(start + open.size(), end - start - open.size()) ==
        graphql::printSchema(*api::build_api_schema()));
}

TEST_CASE("revision names this schema", "[api][schema]") {
  CHECK(std::string(api::kSchemaRevision) == "20261128.2");
  InProcess p;
  CHECK(p.run("{ revision }") == Json{{"data", {{"revision", "20261128.2"}}}});
}

TEST_CASE("Member.team and MemberVOD.team read the stored teams once per request",
          "[api][schema]") {
  InProcess p;
  const Json answer =
      p.run("{ members { team { color } } memberVods(from: 0, to: 2000000000) { team { name } } }");
  REQUIRE_FALSE(answer.contains("errors"));
  CHECK(answer["data"]["members"].size() == 5);
  CHECK(p.backend.get_members_calls == 1);
  CHECK(p.backend.get_teams_calls == 1);
  // Without a team selected, the teams are not read at all.
  p.run("{ members { id } memberVods(from: 0, to: 2000000000) { id } }");
  CHECK(p.backend.get_teams_calls == 1);
  // teams fills the request's memo: Member.team in the same request reads no more.
  p.run("{ teams { id } members { team { id } } }");
  CHECK(p.backend.get_teams_calls == 2);
}

TEST_CASE("sources comes from the context, lastRun from the backend", "[api][schema]") {
  InProcess p;
  const std::vector<api::ConfiguredSource> sources = {{"app", "koudai48_v6", "2.1.0", true},
                                                      {"old", "live48_web", "", false}};
  CrawlRun run;
  run.run_id = "r1";
  run.source = "app";
  run.plugin = "koudai48_v6";
  run.plugin_version = "2.0.0";
  run.mode = "incremental";
  run.started_at_ms = 1764300000999;
  run.outcome = RunOutcome::failed;
  run.error = "HTTP 500";
  write_crawl_run(p.database, run);
  api::ApiContext context{p.backend, 10000, {}, sources, {}};
  CHECK(p.run("{ sources { name plugin pluginVersion enabled lastRun { runId startedAt "
              "outcome error pluginVersion } } }",
              context) == Json{{"data",
                                {{"sources", Json::array({Json{{"name", "app"},
                                                               {"plugin", "koudai48_v6"},
                                                               {"pluginVersion", "2.1.0"},
                                                               {"enabled", true},
                                                               {"lastRun",
                                                                {{"runId", "r1"},
                                                                 {"startedAt", 1764300000},
                                                                 {"outcome", "FAILED"},
                                                                 {"error", "HTTP 500"},
                                                                 {"pluginVersion", "2.0.0"}}}},
                                                          Json{{"name", "old"},
                                                               {"plugin", "live48_web"},
                                                               {"pluginVersion", ""},
                                                               {"enabled", false},
                                                               {"lastRun", nullptr}}})}}}});
}

TEST_CASE("a failed backend read is a field error, the backend's words go to the report only",
          "[api][schema]") {
  TempDir dir;
  // Built, never opened: every read answers `unavailable`.
  LoadedBackend closed = create_backend("sqlite", "path: \"" + dir.path() + "/data.db\"\n");
  graphql::Engine engine{api::build_api_schema()};
  const std::vector<api::ConfiguredSource> sources = {{"app", "koudai48_v6", "2.1.0", true}};
  std::vector<std::string> reported;
  api::ApiContext context{*closed,
                          10000,
                          [&reported](std::string_view what) { reported.emplace_back(what); },
                          sources,
                          {}};
  for (const char* query :
       {"{ memberVod(id: \"1\") { id } }", "{ memberVods(ids: [\"1\"]) { id } }",
        "{ memberVods(from: 0, to: 1) { id } }", "{ members { id } }", "{ teams { id } }",
        "{ sources { lastRun { runId } } }"}) {
    INFO(query);
    const size_t before = reported.size();
    const Json answer =
        engine.execute(graphql::Request{query, Json::object(), std::nullopt}, &context).toJson();
    REQUIRE(answer.contains("errors"));
    CHECK(answer["errors"][0]["message"] == "The database could not be read; try again later.");
    CHECK(reported.size() == before + 1);
  }
  CHECK_FALSE(reported.at(0).empty());
}

TEST_CASE("resolvers without an ApiContext answer a field error, not a crash", "[api][schema]") {
  graphql::Engine engine{api::build_api_schema()};
  const Json answer =
      engine.execute(graphql::Request{"{ teams { id } }", Json::object(), std::nullopt}, nullptr)
          .toJson();
  CHECK(answer["errors"][0]["message"] == "internal error: no API context");
}

}  // namespace kvm48::test
