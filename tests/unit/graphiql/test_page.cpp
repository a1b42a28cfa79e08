#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graphiql/assets.hpp"
#include "scratch_directory.hpp"

using kvm48::graphiql::Assets;

namespace {

Assets built_assets() {
  auto loaded = Assets::load(KVM48_GRAPHIQL_BUILT_DIR);
  if (const auto* error = std::get_if<std::string>(&loaded)) FAIL(*error);
  return std::get<Assets>(std::move(loaded));
}

std::size_t position_of(const std::string& page, const std::string& needle) {
  const auto position = page.find(needle);
  INFO(needle);
  REQUIRE(position != std::string::npos);
  return position;
}

}  // namespace

TEST_CASE("the page loads the stylesheet, then react, react-dom and graphiql, from the prefix",
          "[graphiql][page]") {
  const auto assets = built_assets();
  const auto page = assets.page("/api/graphql", "/graphiql/");
  const std::vector<std::string> in_order = {
      R"(<link rel="stylesheet" href="/graphiql/graphiql.min.css")",
      R"(<script src="/graphiql/react.production.min.js")",
      R"(<script src="/graphiql/react-dom.production.min.js")",
      R"(<script src="/graphiql/graphiql.min.js")",
      "GraphiQL.createFetcher(",
  };
  std::size_t previous = 0;
  for (const auto& needle : in_order) {
    const auto position = position_of(page, needle);
    CHECK(position > previous);
    previous = position;
  }
  CHECK_THAT(page, Catch::StartsWith("<!doctype html>"));
  CHECK_THAT(page, Catch::Contains("<title>kvm48-server GraphiQL</title>"));
  CHECK_THAT(page, Catch::Contains(R"(url: "/api/graphql")"));
}

TEST_CASE("the page pins each file it loads by its integrity", "[graphiql][page]") {
  const auto assets = built_assets();
  const auto page = assets.page("/api/graphql", "/graphiql/");
  for (const auto name : Assets::kFileNames) {
    const auto* asset = assets.find(name);
    CHECK_THAT(page,
               Catch::Contains(std::string(name) + R"(" integrity=")" + asset->integrity + R"(")"));
  }
}

TEST_CASE("the page refers to no other host", "[graphiql][page]") {
  const auto page = built_assets().page("/api/graphql", "/graphiql/");
  CHECK(page.find("://") == std::string::npos);
  CHECK(page.find("src=\"//") == std::string::npos);
  CHECK(page.find("href=\"//") == std::string::npos);
  CHECK(page.find("{{") == std::string::npos);  // every placeholder filled
}

TEST_CASE("the page offers a default query over the schema", "[graphiql][page]") {
  const auto page = built_assets().page("/api/graphql", "/graphiql/");
  CHECK_THAT(page, Catch::Contains("defaultQuery: \"# kvm48-server"));
  CHECK_THAT(page, Catch::Contains(R"(\n  revision\n  perfVods(from: 1546272000, to: 1548950400)"));
  CHECK_THAT(page, Catch::Contains(R"(bestStream\n)"));
}

TEST_CASE("the page works under any prefix and endpoint", "[graphiql][page]") {
  const auto page = built_assets().page("https://example.test/kvm48/api/graphql", "assets/");
  CHECK_THAT(page, Catch::Contains(R"(<script src="assets/graphiql.min.js")"));
  CHECK_THAT(page, Catch::Contains(R"(url: "https://example.test/kvm48/api/graphql")"));
}

TEST_CASE("hostile endpoint and prefix text stays inert in the page", "[graphiql][page]") {
  const auto page =
      built_assets().page(R"(/x"</script><script>alert(1)//)", R"(/p/"><script>alert(2)</script>)");
  CHECK(page.find("alert(1)") != std::string::npos);        // the text is there ...
  CHECK(page.find("<script>alert(") == std::string::npos);  // ... but never as markup
  CHECK_THAT(page,
             Catch::Contains(R"(url: "/x\"\u003C/script\u003E\u003Cscript\u003Ealert(1)//")"));
  CHECK_THAT(page,
             Catch::Contains(
                 R"(href="/p/&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;graphiql.min.css")"));
}
