// GraphQL over HTTP details the graphql-http audits do not pin: the other request media
// types, Accept negotiation, methods, and the refusals with their status codes.

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::ordered_json;

const Headers kJson{{"Content-Type", "application/json"}};

}  // namespace

TEST_CASE("POST application/graphql and form bodies, GET with variables, all answer",
          "[api][http]") {
  ServerProcess server;
  const int port = server.port();
  const HttpReply graphql = http_call(port, "POST", "/api/graphql?operationName=Q",
                                      {{"Content-Type", "application/graphql"}},
                                      "query Q { revision } query R { __typename }");
  CHECK(graphql.status == 200);
  CHECK(graphql.json()["data"].contains("revision"));
  const HttpReply form = http_call(
      port, "POST", "/api/graphql", {{"Content-Type", "application/x-www-form-urlencoded"}},
      "query=query+Q(%24n%3A+String!)+%7B+__type(name%3A+%24n)+%7B+name+%7D+%7D"
      "&variables=%7B%22n%22%3A%22PerfVOD%22%7D");
  CHECK(form.status == 200);
  CHECK(form.json()["data"]["__type"]["name"] == "PerfVOD");
  const HttpReply get =
      http_call(port, "GET",
                "/api/graphql?query=query(%24i%3AString!)%7BperfVod(id%3A%24i)%7Bid%7D%7D"
                "&variables=%7B%22i%22%3A%220%22%7D");
  CHECK(get.status == 200);
  CHECK(get.json() == Json{{"data", {{"perfVod", nullptr}}}});
}

TEST_CASE("Accept decides the media type and the status of requests that fail before execution",
          "[api][http]") {
  ServerProcess server;
  const int port = server.port();
  const std::string bad_document = R"({"query":"{ revision"})";
  const HttpReply legacy = http_call(
      port, "POST", "/api/graphql",
      {{"Content-Type", "application/json"}, {"Accept", "application/json"}}, bad_document);
  CHECK(legacy.status == 200);
  CHECK(legacy.header("content-type") == "application/json; charset=utf-8");
  CHECK_FALSE(legacy.json().contains("data"));
  const HttpReply modern = http_call(
      port, "POST", "/api/graphql",
      {{"Content-Type", "application/json"}, {"Accept", "application/graphql-response+json"}},
      bad_document);
  CHECK(modern.status == 400);
  CHECK(modern.header("content-type") == "application/graphql-response+json; charset=utf-8");
  CHECK(modern.json()["errors"][0]["locations"][0]["line"] == 1);
  SECTION("the preferred of both, by quality") {
    const HttpReply preferred =
        http_call(port, "POST", "/api/graphql",
                  {{"Content-Type", "application/json"},
                   {"Accept", "application/graphql-response+json;q=0.5, application/json"}},
                  R"({"query":"{ revision }"})");
    CHECK(preferred.header("content-type") == "application/json; charset=utf-8");
  }
  SECTION("neither acceptable: 406") {
    const HttpReply refused =
        http_call(port, "POST", "/api/graphql",
                  {{"Content-Type", "application/json"}, {"Accept", "text/plain"}},
                  R"({"query":"{ revision }"})");
    CHECK(refused.status == 406);
  }
}

TEST_CASE("methods: other than GET and POST is 405 with Allow, a mutation over GET is 405",
          "[api][http]") {
  ServerProcess server;
  const HttpReply put = http_call(server.port(), "PUT", "/api/graphql", kJson, "{}");
  CHECK(put.status == 405);
  CHECK(put.header("allow") == "GET, POST");
  const HttpReply mutation =
      http_call(server.port(), "GET", "/api/graphql?query=mutation%20%7B%20x%20%7D",
                {{"Accept", "application/json"}});
  CHECK(mutation.status == 405);
  CHECK(mutation.header("allow") == "POST");
}

TEST_CASE("request bodies the endpoint refuses: media type 415, malformed or wrong shape 400",
          "[api][http]") {
  ServerProcess server;
  const int port = server.port();
  auto post = [port](const std::string& type, const std::string& body) {
    return http_call(port, "POST", "/api/graphql", {{"Content-Type", type}}, body);
  };
  CHECK(post("text/plain", R"({"query":"{ revision }"})").status == 415);
  CHECK(post("application/json; charset=iso-8859-1", R"({"query":"{ revision }"})").status == 415);
  CHECK(http_call(port, "POST", "/api/graphql", {}, R"({"query":"{ revision }"})").status == 415);
  CHECK(post("application/json", R"({"query": "{ revision }")").status == 400);
  CHECK(post("application/json", "").status == 400);
  CHECK(post("application/json", R"([{"query":"{ revision }"}])").status == 400);
  CHECK(post("application/json", R"({"query": 7})").status == 400);
  CHECK(post("application/json", R"({"query":"{ revision }","variables":[1]})").status == 400);
  CHECK(post("application/json", R"({"query":"{ revision }","operationName":1})").status == 400);
  const HttpReply missing = post("application/json", R"({"querry":"{ revision }"})");
  CHECK(missing.status == 400);
  CHECK(missing.json()["errors"][0]["message"] == "The 'query' parameter is missing.");
  CHECK(http_call(port, "GET", "/api/graphql?query=%zz").status == 400);
  CHECK(http_call(port, "GET", "/api/graphql?query=%7Brevision%7D&variables=%5B%5D").status == 400);
}

TEST_CASE("routes: redirects as the original, 404 elsewhere", "[api][http]") {
  ServerProcess server;
  const HttpReply root = http_call(server.port(), "GET", "/");
  CHECK(root.status == 302);
  CHECK(root.header("location") == "https://github.com/SNH48Live/KVM48#readme");
  const HttpReply api = http_call(server.port(), "GET", "/api/");
  CHECK(api.status == 302);
  CHECK(api.header("location") == "/api/graphql");
  CHECK(http_call(server.port(), "GET", "/nope").status == 404);
}

}  // namespace kvm48::test
