// parseJson must give exactly what Json::parse(text, nullptr, false) gives: the same
// value, with the same number types and key order, or the same rejection.

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "graphql/utilities/json_reader.hpp"
#include "graphql/utilities/json_writer.hpp"
#include "json_identical.hpp"

using kvm48::graphql::Json;
using kvm48::graphql::parseJson;
using kvm48::graphql::detail::parseJsonFast;
using kvm48::test::identical;

namespace {

Json reference(const std::string& text) {
  return Json::parse(text, nullptr, false);
}

// The fast reader takes `text` itself, and agrees with nlohmann.
void checkFast(const std::string& text) {
  INFO("text: " << text);
  Json fast;
  REQUIRE(parseJsonFast(text, fast));
  const Json expected = reference(text);
  REQUIRE_FALSE(expected.is_discarded());
  CHECK(identical(fast, expected));
  CHECK(identical(parseJson(text), expected));
}

// The fast reader leaves `text` to nlohmann, and parseJson answers as nlohmann does.
void checkLeft(const std::string& text) {
  INFO("text: " << text);
  Json fast;
  CHECK_FALSE(parseJsonFast(text, fast));
  CHECK(identical(parseJson(text), reference(text)));
}

}  // namespace

TEST_CASE("json reader: request bodies are read by the fast reader, as nlohmann reads them",
          "[graphql][json]") {
  checkFast(R"({"query":"query PerfVod($id: String!) { perfVod(id: $id) { id title } }",)"
            R"("variables":{"id":"947178039012036608"}})");
  checkFast(R"({"query":"{ a }","variables":{"ids":["1","2",null,"3"]},"operationName":null})");
  checkFast(R"({"query":"{ a }","variables":{"from":1555776000,"to":-1,"group":"SNH48"}})");
  checkFast(" \t\r\n{ \"a\" : [ 1 , 2 , { } , [ ] ] , \"b\" : true , \"c\" : false } \n");
  checkFast("null");
  checkFast("[]");
  checkFast("{}");
  checkFast("0");
  checkFast("-0");
  checkFast("\"\"");
  checkFast("[[[[[[[[[[\"deep\"]]]]]]]]]]");
}

TEST_CASE(
    "json reader: an escape, a quote or a non-ASCII byte is found at every place of a "
    "long plain run",
    "[graphql][json]") {
  // Plain ASCII is skipped in blocks of 16 and 8 bytes (see json writer's test alike).
  const std::string specials[] = {"\\\"", "\\n", "\\u00e9", "\xc3\xa9", "\x80", "\x01", "\""};
  for (std::size_t length = 0; length <= 40; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const std::string& special : specials) {
        std::string inner(length, 'x');
        inner.insert(at, special);
        const std::string text = "{\"k\":\"" + inner + "\"}";
        INFO("text: " << text);
        REQUIRE(identical(parseJson(text), reference(text)));
      }
    }
  }
}

TEST_CASE("json reader: integers keep nlohmann's types up to the 64-bit limits",
          "[graphql][json]") {
  checkFast("18446744073709551615");
  checkFast("-9223372036854775808");
  checkFast("9223372036854775807");
  checkFast("9223372036854775808");
  checkFast("[1,-1,0,-0,42]");
  // Past the limits nlohmann makes them floats; fractions and exponents are floats.
  checkLeft("18446744073709551616");
  checkLeft("-9223372036854775809");
  checkLeft("1.5");
  checkLeft("[1e5]");
  checkLeft("{\"x\":-2E-3}");
  // Not numbers in JSON.
  checkLeft("01");
  checkLeft("-");
  checkLeft("+1");
  checkLeft("[1,]");
  checkLeft(".5");
}

TEST_CASE("json reader: strings, escapes and surrogates as nlohmann decodes them",
          "[graphql][json]") {
  checkFast(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
  checkFast(R"("\u0000\u001f\u0041\u00e9\u661f\uFFFF")");
  checkFast(R"("\ud834\udd1e and \uD83D\uDE00")");
  checkFast("\"星梦剧院 𝄞 é \x7f\"");
  checkFast("\"a long ASCII run of more than eight bytes, then 星 and more ASCII\"");
  checkLeft(R"("\ud834")");        // a high surrogate alone
  checkLeft(R"("\ud834\u0041")");  // followed by no low one
  checkLeft(R"("\udd1e")");        // a low surrogate first
  checkLeft(R"("\ud834\ud834")");  // two high ones
  checkLeft(R"("\u12")");          // too few hex digits
  checkLeft(R"("\x41")");          // no such escape
  checkLeft("\"tab\tinside\"");    // a control character unescaped
  checkLeft("\"unterminated");
  checkLeft("\"\xC0\xAF\"");          // overlong
  checkLeft("\"\xED\xA0\x80\"");      // an encoded surrogate
  checkLeft("\"\xF4\x90\x80\x80\"");  // above U+10FFFF
  checkLeft("\"\xE6\x98\"");          // truncated
  checkLeft("\"\xFF\"");
}

TEST_CASE("json reader: objects keep the first place and last value of a repeated key",
          "[graphql][json]") {
  checkFast(R"({"b":1,"a":2,"b":3})");
  const Json value = parseJson(R"({"b":1,"a":2,"b":3})");
  CHECK(kvm48::graphql::toJsonText(value) == R"({"b":3,"a":2})");
}

TEST_CASE("json reader: what is not JSON is rejected as nlohmann rejects it", "[graphql][json]") {
  for (const std::string text :
       {"",          " ",     "{",          "}",     "[",      "{\"a\"}",  "{\"a\":}",
        "{\"a\" 1}", "{a:1}", "{\"a\":1,}", "[1 2]", "tru",    "truex",    "nul",
        "[true,]",   "{} {}", "\"a\" x",    "'a'",   "[\"a\"", "{\"a\":1", "\xEF\xBB\xBF{}"}) {
    checkLeft(text);
  }
  checkLeft(std::string("{\"a\":1}\0", 8));
  CHECK(parseJson("{").is_discarded());
  CHECK_FALSE(parseJson("\xEF\xBB\xBF{}").is_discarded());  // nlohmann skips a BOM
}

TEST_CASE("json reader: nesting deeper than the fast reader's limit goes to nlohmann",
          "[graphql][json]") {
  checkFast(std::string(256, '[') + std::string(256, ']'));
  checkLeft(std::string(257, '[') + std::string(257, ']'));
  checkLeft(std::string(100000, '['));
}

TEST_CASE("json reader: random texts near JSON are read as nlohmann reads them",
          "[graphql][json]") {
  // Valid documents, then each with random bytes changed: whatever the fast reader takes
  // must be nlohmann's value, and what it leaves, nlohmann's answer.
  const std::vector<std::string> seeds = {
      R"({"query":"query Q($ids: [String]) { perfVods(ids: $ids) { id } }","variables":{"ids":["1220103836608040960","53e35ceb0cf27e3200000ad4",null]}})",
      R"({"a":[1,-2,{"b":"\u661f\ud834\udd1e\n"},[],{}],"c":null,"d":true,"e":false,"a":0})",
      "[\"星梦剧院\",\"\\\"q\\\"\",18446744073709551615,-9223372036854775808,0]",
  };
  std::mt19937 random(20261129);
  const std::string alphabet =
      "{}[]\",:\\u0123456789abcdefABCDEF-+.eE tnrl \x01\x7f\xC3\xA9\xE6\x98\x9F\xED\xF4";
  int taken = 0;
  int left = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[static_cast<std::size_t>(round) % seeds.size()];
    const int edits = static_cast<int>(random() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % text.size();
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0: text[at] = c; break;
        case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        default: text.erase(at, 1);
      }
      if (text.empty()) text = "0";
    }
    Json fast;
    const bool took = parseJsonFast(text, fast);
    const Json expected = reference(text);
    INFO("text: " << text);
    if (took) {
      ++taken;
      REQUIRE_FALSE(expected.is_discarded());
      REQUIRE(identical(fast, expected));
    } else {
      ++left;
    }
    REQUIRE(identical(parseJson(text), expected));
  }
  // Both paths were exercised, not only one of them.
  CHECK(taken > 1000);
  CHECK(left > 1000);
}
