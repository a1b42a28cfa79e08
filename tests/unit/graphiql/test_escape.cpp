#include <catch2/catch.hpp>

#include <string>

#include "graphiql/escape.hpp"

using kvm48::graphiql::escape_html_attribute;
using kvm48::graphiql::js_string_literal;

TEST_CASE("HTML attribute escaping leaves no quote or markup character", "[graphiql][escape]") {
  CHECK(escape_html_attribute("/graphiql/") == "/graphiql/");
  CHECK(escape_html_attribute(R"(a"b'c<d>e&f)") == "a&quot;b&#39;c&lt;d&gt;e&amp;f");
  CHECK(escape_html_attribute("&amp;") == "&amp;amp;");
  CHECK(escape_html_attribute("") == "");
}

TEST_CASE("a JavaScript string literal round-trips plain text", "[graphiql][escape]") {
  CHECK(js_string_literal("/api/graphql") == R"("/api/graphql")");
  CHECK(js_string_literal("") == R"("")");
  CHECK(js_string_literal("你好 VOD") == "\"你好 VOD\"");  // UTF-8 passes through
}

TEST_CASE("a JavaScript string literal escapes quotes, backslashes and controls",
          "[graphiql][escape]") {
  CHECK(js_string_literal(R"(a"b\c)") == R"("a\"b\\c")");
  CHECK(js_string_literal("line\nnext\r\ttab") == R"("line\nnext\r\ttab")");
  CHECK(js_string_literal(std::string("nul\0bel\x07", 8)) == R"("nul\u0000bel\u0007")");
  CHECK(js_string_literal("del\x7F") == R"("del\u007F")");
}

TEST_CASE("a JavaScript string literal cannot end a script element or open a comment",
          "[graphiql][escape]") {
  const auto literal = js_string_literal("</script><!-- x & 'y' -->");
  CHECK(literal == R"("\u003C/script\u003E\u003C!-- x \u0026 \u0027y\u0027 --\u003E")");
  CHECK(literal.find('<') == std::string::npos);
  CHECK(literal.find('>') == std::string::npos);
}

TEST_CASE("a JavaScript string literal escapes the Unicode line separators", "[graphiql][escape]") {
  CHECK(js_string_literal("a\u2028b\u2029c") == R"("a\u2028b\u2029c")");
  // Other characters of the same lead bytes stay as they are.
  CHECK(js_string_literal("\u2026\u202A") == "\"\u2026\u202A\"");
  // A truncated sequence at the end is copied, not read past.
  CHECK(js_string_literal("\xE2\x80") == "\"\xE2\x80\"");
}
