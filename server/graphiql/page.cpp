// Assets::page(): the GraphiQL HTML page, a template with {{NAME}} placeholders.

#include <cstddef>
#include <string>
#include <string_view>

#include "graphiql/assets.hpp"
#include "graphiql/escape.hpp"

namespace kvm48::graphiql {

namespace {

// The query GraphiQL shows on a first visit (later visits restore the user's own).
constexpr std::string_view kDefaultQuery =
    R"(# kvm48-server: stage-performance VODs of SNH48 Group, over GraphQL.
#
# perfVods takes either `ids: [...]`, or `from` and `to` (epoch seconds, the
# range [from, to)) with an optional `group`. This asks for SNH48's VODs of
# January 2019 (Beijing time). Press Ctrl-Enter (Cmd-Enter) to run it; the
# Docs button lists every type and field.
{
  revision
  perfVods(from: 1546272000, to: 1548950400, group: SNH48) {
    id
    title
    subtitle
    startTime
    bestStream
  }
}
)";

// Every {{NAME}} below is replaced once by page(); replacements are not scanned again.
// Same-origin files only: the page must work with no network beyond this server.
constexpr std::string_view kTemplate = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kvm48-server GraphiQL</title>
<style>
  html, body { margin: 0; height: 100%; }
  #graphiql { height: 100vh; }
</style>
<link rel="stylesheet" href="{{PREFIX}}graphiql.min.css" integrity="{{CSS_INTEGRITY}}">
</head>
<body>
<div id="graphiql">Loading GraphiQL&hellip;</div>
<noscript>GraphiQL needs JavaScript. Without it, POST queries to this URL.</noscript>
<script src="{{PREFIX}}react.production.min.js" integrity="{{REACT_INTEGRITY}}"></script>
<script src="{{PREFIX}}react-dom.production.min.js" integrity="{{REACT_DOM_INTEGRITY}}"></script>
<script src="{{PREFIX}}graphiql.min.js" integrity="{{GRAPHIQL_INTEGRITY}}"></script>
<script>
  (function () {
    // No @defer/@stream on this server: plain JSON requests and responses.
    var fetcher = GraphiQL.createFetcher({
      url: {{ENDPOINT}},
      enableIncrementalDelivery: false,
      headers: { accept: "application/graphql-response+json, application/json" }
    });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: {{DEFAULT_QUERY}} }));
  })();
</script>
</body>
</html>
)";

}  // namespace

std::string Assets::page(std::string_view endpoint, std::string_view assets_prefix) const {
  const auto integrity = [this](std::string_view file_name) {
    const Asset* asset = find(file_name);
    return asset == nullptr ? std::string() : asset->integrity;
  };
  const auto value_of = [&](std::string_view name) -> std::string {
    if (name == "PREFIX") return escape_html_attribute(assets_prefix);
    if (name == "ENDPOINT") return js_string_literal(endpoint);
    if (name == "DEFAULT_QUERY") return js_string_literal(kDefaultQuery);
    if (name == "CSS_INTEGRITY") return integrity("graphiql.min.css");
    if (name == "REACT_INTEGRITY") return integrity("react.production.min.js");
    if (name == "REACT_DOM_INTEGRITY") return integrity("react-dom.production.min.js");
    if (name == "GRAPHIQL_INTEGRITY") return integrity("graphiql.min.js");
    return "{{" + std::string(name) + "}}";  // unreachable with the template above
  };

  std::string out;
  out.reserve(kTemplate.size() + 512);
  std::size_t pos = 0;
  while (true) {
    const auto open = kTemplate.find("{{", pos);
    if (open == std::string_view::npos) break;
    const auto close = kTemplate.find("}}", open + 2);
    out.append(kTemplate.substr(pos, open - pos));
    out += value_of(kTemplate.substr(open + 2, close - open - 2));
    pos = close + 2;
  }
  out.append(kTemplate.substr(pos));
  return out;
}

}  // namespace kvm48::graphiql
