#include <catch2/catch.hpp>

#include "http/form_params.hpp"
#include "http/utf8.hpp"

namespace kvm48::http {

TEST_CASE("form decoding: plus is a space, percent escapes are bytes, order kept", "[http][form]") {
  const auto form = parse_form("query=%7B+revision+%7D&raw&x=1&x=2&=empty&&");
  REQUIRE(form);
  CHECK(form_value(*form, "query") == "{ revision }");
  CHECK(form_value(*form, "raw") == "");
  CHECK(form_value(*form, "x") == "1");
  CHECK_FALSE(form_value(*form, "missing"));
  CHECK(form->size() == 5);
  CHECK_FALSE(parse_form("query=%7"));
  CHECK_FALSE(parse_form("query=%zz"));
  CHECK(parse_form("a=%E8%8E%AB")->front().second == "\xE8\x8E\xAB");
}

TEST_CASE("UTF-8 validation refuses overlongs, surrogates, truncation and stray bytes",
          "[http][utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("莫寒 🏃"));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));        // U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  CHECK_FALSE(is_valid_utf8("\xE8\x8E"));          // truncated
  CHECK_FALSE(is_valid_utf8("\x80"));              // stray continuation
  CHECK_FALSE(is_valid_utf8("\xFF"));
}

}  // namespace kvm48::http
