// Engine: parse -> limits -> validate -> execute, the limits' defaults and errors, and
// the document cache (hits, eviction, concurrent use).
#include <catch2/catch.hpp>

#include <thread>

#include "fixture_schema.hpp"
#include "graphql/introspection/introspection.hpp"

using namespace kvm48::graphql;

namespace {

std::string nested(int depth) {
  std::string q;
  for (int i = 0; i < depth; ++i) q += "{ __type(name: \"Query\") { fields { type ";
  return q;
}

Json errorsOf(const Engine& engine, const std::string& query) {
  return engine.execute(Request{query, Json::object(), std::nullopt}).toJson()["errors"];
}

}  // namespace

TEST_CASE("the introspection query fits under the default limits") {
  const Engine engine(test::fixtureSchema());
  const Json result =
      engine.execute(Request{introspectionQuery(), Json::object(), std::nullopt}).toJson();
  CHECK_FALSE(result.contains("errors"));
  CHECK(result["data"]["__schema"]["queryType"]["name"] == "Query");
}

TEST_CASE("a syntax error is a request error: no data, one located error") {
  const Engine engine(test::fixtureSchema());
  const Json result = engine.execute(Request{"{ revision", Json::object(), std::nullopt}).toJson();
  CHECK_FALSE(result.contains("data"));
  CHECK(
      result["errors"] ==
      Json::parse(
          R"([{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":11}]}])"));
}

TEST_CASE("each limit rejects what exceeds it with a clear error") {
  EngineOptions options;
  options.limits.maxQueryDepth = 3;
  options.limits.maxFields = 5;
  options.limits.maxAliases = 1;
  options.limits.maxTokens = 40;  // "{" + 40 names + "}" is 42 tokens
  options.limits.maxQueryBytes = 100;
  const Engine engine(test::fixtureSchema(), options);
  CHECK(errorsOf(engine, "{ perfVod(id: \"1\") { id } }").is_null());
  CHECK(errorsOf(engine, "{ __schema { types { fields { type { name } } } } }")[0]["message"] ==
        "The operation is nested 5 fields deep, more than the limit of 3.");
  CHECK(errorsOf(engine, "{ a: revision b: revision }")[0]["message"] ==
        "The operation uses 2 aliases, more than the limit of 1.");
  CHECK(
      errorsOf(
          engine,
          "{ revision ...F ...F } fragment F on Query { revision revision revision }")[0]
                                                                                      ["message"] ==
      "The operation selects 7 fields, more than the limit of 5.");
  CHECK(errorsOf(engine, std::string(101, ' '))[0]["message"] ==
        "The query is larger than the limit of 100 bytes.");
  CHECK(errorsOf(
            engine,
            "{ a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n }")
            [0]["message"] ==
        "Syntax Error: Document contains more than 40 tokens. Parsing aborted.");
}

TEST_CASE("fragment bombs are counted per spread without exponential work") {
  std::string bomb = "{ ...F0 }";
  for (int i = 0; i < 30; ++i) {
    bomb += " fragment F" + std::to_string(i) + " on Query { ...F" + std::to_string(i + 1) +
            " ...F" + std::to_string(i + 1) + " }";
  }
  bomb += " fragment F30 on Query { revision }";
  const Engine engine(test::fixtureSchema());
  CHECK(errorsOf(engine, bomb)[0]["message"] ==
        "The operation selects 1073741824 fields, more than the limit of 1000.");
}

TEST_CASE("fragment cycles do not hang the limits check, validation reports them") {
  const Engine engine(test::fixtureSchema());
  const Json errors =
      errorsOf(engine, "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
  REQUIRE(errors.is_array());
  CHECK(errors[0]["message"].get<std::string>().find("Cannot spread fragment") !=
        std::string::npos);
}

TEST_CASE("the document cache serves repeated queries and evicts the least recent") {
  EngineOptions options;
  options.documentCacheSize = 2;
  const Engine engine(test::fixtureSchema(), options);
  const auto first = engine.prepare("{ revision }");
  CHECK(engine.prepare("{ revision }") == first);  // same prepared document
  engine.prepare("{ a: revision }");
  engine.prepare("{ revision }");     // refreshes it
  engine.prepare("{ b: revision }");  // evicts "{ a: revision }"
  CHECK(engine.prepare("{ revision }") == first);
  const auto stats = engine.cacheStats();
  CHECK(stats.size == 2);
  CHECK(stats.hits == 3);
  CHECK(stats.misses == 3);
  engine.prepare("{ a: revision }");
  CHECK(engine.cacheStats().misses == 4);
}

TEST_CASE("the document cache keeps a hot query while a stream of new ones passes through") {
  EngineOptions options;
  options.documentCacheSize = 3;
  const Engine engine(test::fixtureSchema(), options);
  const auto hot = engine.prepare("{ revision }");
  for (int i = 0; i < 20; ++i) {
    engine.prepare("{ a" + std::to_string(i) + ": revision }");
    CHECK(engine.prepare("{ revision }") == hot);
  }
  CHECK(engine.cacheStats().size == 3);
  CHECK(engine.cacheStats().misses == 21);
}

TEST_CASE("invalid documents are cached too, with their errors") {
  const Engine engine(test::fixtureSchema());
  const auto a = engine.prepare("{ nope }");
  const auto b = engine.prepare("{ nope }");
  CHECK(a == b);
  CHECK_FALSE(a->errors.empty());
  CHECK(a->document == nullptr);
}

TEST_CASE("introspection answers are kept per variable set and equal a fresh execution") {
  const Engine engine(test::fixtureSchema());
  const std::string typeQuery =
      "query T($n: String!, $d: Boolean!) { __typename __type(name: $n) "
      "{ name fields(includeDeprecated: $d) { name } } }";
  for (int round = 0; round < 3; ++round) {
    const Request full{introspectionQuery(), Json::object(), std::nullopt};
    const TextResult text = engine.executeToText(full);
    CHECK(text.hasData);
    CHECK(text.errorCount == 0);
    CHECK(text.json == engine.execute(full).toJsonText());
    for (const char* name : {"Query", "PerfVOD", "Nope"}) {
      for (bool deprecated : {true, false}) {
        const Request request{typeQuery, Json{{"n", name}, {"d", deprecated}}, std::string("T")};
        INFO(name << " " << deprecated);
        CHECK(engine.executeToText(request).json == engine.execute(request).toJsonText());
      }
    }
    // A variable missing: the coercion error is the answer, kept like any other.
    const Request missing{typeQuery, Json{{"n", "Query"}}, std::nullopt};
    const TextResult refused = engine.executeToText(missing);
    CHECK_FALSE(refused.hasData);
    CHECK(refused.errorCount == 1);
  }
}

TEST_CASE("only documents selecting nothing but meta fields at their root keep answers") {
  const Engine engine(test::fixtureSchema());
  CHECK(engine.prepare("{ __schema { queryType { name } } }")->schemaAnswers);
  CHECK(engine.prepare("{ __typename a: __type(name: \"Query\") { name } }")->schemaAnswers);
  CHECK_FALSE(engine.prepare("{ __typename revision }")->schemaAnswers);
  CHECK_FALSE(engine.prepare("{ ...F } fragment F on Query { __typename }")->schemaAnswers);
  CHECK_FALSE(engine.prepare("{ __typename } query B { revision }")->schemaAnswers);
  CHECK_FALSE(engine.prepare("{ nope }")->schemaAnswers);
}

TEST_CASE("a disabled cache prepares every time") {
  EngineOptions options;
  options.documentCacheSize = 0;
  const Engine engine(test::fixtureSchema(), options);
  CHECK(engine.prepare("{ revision }") != engine.prepare("{ revision }"));
}

TEST_CASE("one engine serves many threads at once") {
  const Engine engine(test::fixtureSchema());
  const std::string queries[] = {
      "{ perfVods(ids: [\"100\", \"101\"]) { id title } }",
      "query Q($f: Int!) { perfVods(from: $f, to: 1500000200) { id } }",
      "{ revision fail }",
  };
  std::vector<Json> expected;
  for (const auto& q : queries) {
    expected.push_back(engine.execute(Request{q, Json{{"f", 1500000000}}, std::nullopt}).toJson());
  }
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::size_t k = static_cast<std::size_t>(t + i) % 3;
        const Json got =
            engine.execute(Request{queries[k], Json{{"f", 1500000000}}, std::nullopt}).toJson();
        if (got != expected[k]) ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(mismatches == 0);
  CHECK(engine.cacheStats().size == 3);
}

TEST_CASE("an engine needs a finalized schema") {
  auto schema = std::make_shared<Schema>();
  CHECK_THROWS_AS(Engine(schema), std::invalid_argument);
}

TEST_CASE("queries nested past the parser depth are syntax errors, not crashes") {
  const Engine engine(test::fixtureSchema());
  const Json errors = errorsOf(engine, nested(40));
  CHECK(errors[0]["message"] == "Syntax Error: Document exceeds the maximum nesting depth of 64.");
}

// Field sets collected for a prepared document are kept per thread for its next request
// (execution/field_sets.hpp) only when no @skip/@include can make them depend on variables.
TEST_CASE("a query asked again with other variables is collected right every time") {
  const Engine engine(test::fixtureSchema());
  const std::string plain =
      "query P($ids: [String]) { perfVods(ids: $ids) { id ...T } } "
      "fragment T on PerfVOD { title }";
  const std::string conditional =
      "query C($ids: [String], $t: Boolean!, $s: Boolean!) { perfVods(ids: $ids) "
      "{ id ...T @include(if: $t) ... on PerfVOD { startTime @skip(if: $s) } } } "
      "fragment T on PerfVOD { title }";
  const std::string nested =
      "query N($t: Boolean!) { perfVod(id: \"100\") { id ...F } } "
      "fragment F on PerfVOD { title @include(if: $t) }";
  auto run = [&](const std::string& query, Json variables) {
    return engine.executeToText(Request{query, std::move(variables), std::nullopt}).json;
  };
  auto fresh = [&](const std::string& query, const Json& variables) {
    // A new engine's first request collects from scratch.
    const Engine once(test::fixtureSchema());
    return once.executeToText(Request{query, variables, std::nullopt}).json;
  };
  for (int round = 0; round < 3; ++round) {
    for (const char* id : {"100", "101"}) {
      const Json ids = Json::array({id});
      CHECK(run(plain, Json{{"ids", ids}}) == fresh(plain, Json{{"ids", ids}}));
      for (bool t : {true, false}) {
        for (bool s : {true, false}) {
          const Json variables{{"ids", ids}, {"t", t}, {"s", s}};
          INFO(id << " include " << t << " skip " << s);
          const std::string answer = run(conditional, variables);
          CHECK(answer == fresh(conditional, variables));
          CHECK((answer.find("\"title\"") != std::string::npos) == t);
          CHECK((answer.find("\"startTime\"") != std::string::npos) == !s);
        }
      }
      for (bool t : {true, false}) {
        const std::string answer = run(nested, Json{{"t", t}});
        CHECK((answer.find("\"title\"") != std::string::npos) == t);
      }
    }
  }
}

TEST_CASE("two engines taking turns with the same query text answer alike") {
  const Engine first(test::fixtureSchema());
  const Engine second(test::fixtureSchema());
  const std::string query = "{ perfVod(id: \"100\") { id title } }";
  const std::string expected =
      first.executeToText(Request{query, Json::object(), std::nullopt}).json;
  for (int i = 0; i < 3; ++i) {
    CHECK(first.executeToText(Request{query, Json::object(), std::nullopt}).json == expected);
    CHECK(second.executeToText(Request{query, Json::object(), std::nullopt}).json == expected);
  }
}
