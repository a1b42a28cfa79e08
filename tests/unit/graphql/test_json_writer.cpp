// writeJson must give exactly nlohmann's dump(-1, ' ', false, replace) text.

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "graphql/utilities/json_writer.hpp"

using kvm48::graphql::Json;
using kvm48::graphql::toJsonText;
using kvm48::graphql::writeJson;

namespace {

std::string reference(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json writer: scalars, containers and key order as nlohmann", "[graphql][json]") {
  const Json values[] = {
      nullptr,
      true,
      false,
      0,
      -1,
      std::int64_t{-9223372036854775807LL - 1},
      std::uint64_t{18446744073709551615ULL},
      1.5,
      -0.0,
      1e300,
      "",
      "plain",
      Json::array(),
      Json::object(),
      Json::parse(R"({"z":1,"a":[1,"x",null,{"k":true}],"m":{"":""}})"),
      Json::parse(R"([[[]],{},[{}]])"),
  };
  for (const Json& value : values) {
    INFO(reference(value));
    CHECK(toJsonText(value) == reference(value));
  }
  Json ordered = Json::object();
  ordered["b"] = 1;
  ordered["a"] = 2;
  CHECK(toJsonText(ordered) == R"({"b":1,"a":2})");
}

TEST_CASE("json writer: every escape and every control character", "[graphql][json]") {
  std::string all;
  for (int c = 0; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  CHECK(toJsonText(Json(all)) == reference(Json(all)));
  CHECK(toJsonText(Json("a\"b\\c\nd\te\x01\x1f\x7f")) == R"("a\"b\\c\nd\te\u0001\u001f)"
                                                         "\x7f\"");
  const std::string cjk = "星梦剧院 𝄞 é";
  CHECK(toJsonText(Json(cjk)) == "\"" + cjk + "\"");
}

TEST_CASE("json writer: invalid UTF-8 is replaced exactly as nlohmann does", "[graphql][json]") {
  const std::string cases[] = {
      "\x80", "a\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80",     "\xF4\x90\x80\x80", "\xF0\x8F\xBF",
      "\xC3", "ok\xFFok",  "\xE6\x98",     "\xF5\x80\x80\x80", "\xE6\x98\x9F\x80", "\"\xC3\x28\\",
  };
  for (const std::string& text : cases) {
    INFO(reference(Json(text)));
    CHECK(toJsonText(Json(text)) == reference(Json(text)));
    Json object = Json::object();
    object[text] = text;
    CHECK(toJsonText(object) == reference(object));
  }
}

TEST_CASE("json writer: random byte strings agree with nlohmann", "[graphql][json]") {
  std::mt19937 random(48);
  // Bytes weighted towards the interesting ones: ASCII, escapes, lead and continuation bytes.
  const unsigned char alphabet[] = {'a',  'b',  'c',  'd',  '/',  '.',  ':',  '?',  'a',  ' ',
                                    '"',  '\\', 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0,
                                    0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i)
      text.push_back(static_cast<char>(alphabet[pick(random)]));
    const Json value = Json::array({text, Json{{text, 1}}});
    INFO(reference(value));
    REQUIRE(toJsonText(value) == reference(value));
  }
}

TEST_CASE("json writer: a byte to escape or check is found at every place of a long plain run",
          "[graphql][json]") {
  // Plain ASCII is skipped in blocks of 16 and 8 bytes: every place of each block, and
  // the tails shorter than a block, must still see what needs attention.
  const std::string specials[] = {"\"",   "\\",   std::string(1, '\0'), "\x1f",        "\x7f",
                                  "\x80", "\xff", "\xc3\xa9",           "\xe6\x98\x9f"};
  for (std::size_t length = 0; length <= 40; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const std::string& special : specials) {
        std::string text(length, 'x');
        text.insert(at, special);
        INFO("length " << length << " at " << at << " special " << reference(Json(special)));
        REQUIRE(toJsonText(Json(text)) == reference(Json(text)));
      }
    }
  }
}

TEST_CASE("json writer: appends to what the buffer holds", "[graphql][json]") {
  std::string out = "prefix:";
  writeJson(Json::parse(R"({"a":["b"]})"), out);
  CHECK(out == R"(prefix:{"a":["b"]})");
}
