// Lexer, parser and printer. Expected messages, locations and printed forms are
// graphql-js 16.15's for the same input (checked with node when written).
#include <catch2/catch.hpp>

#include <string>

#include "graphql/language/parser.hpp"
#include "graphql/language/printer.hpp"

using namespace kvm48::graphql;

namespace {

struct SyntaxCase {
  const char* document;
  const char* message;
  std::uint32_t line;
  std::uint32_t column;
};

struct PrintCase {
  const char* document;
  const char* printed;
};

GraphQLError syntaxErrorOf(const std::string& document, const ParseOptions& options = {}) {
  try {
    parse(document, options);
  } catch (const SyntaxError& e) {
    return e.error;
  }
  FAIL("expected a syntax error for: " << document);
  return {};
}

}  // namespace

TEST_CASE("syntax errors carry graphql-js's message, line and column") {
  const SyntaxCase cases[] = {
      {"{", "Syntax Error: Expected Name, found <EOF>.", 1, 2},
      {"", "Syntax Error: Unexpected <EOF>.", 1, 1},
      {"{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9},
      {"{ a(x: \"\\u{110000}\") }",
       "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9},
      {"{ a(x: 'b') }",
       "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote "
       "(\")?",
       1, 8},
      {"query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.",
       1, 18},
      {"{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10},
      {"fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10},
      {"{ a(x: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12},
      {"{ a(x: 0x10) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9},
      {"{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15},
      {"{ a(x: \"a\\qb\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 10},
      {"{ a(x: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1,
       9},
      {"{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9},
      {"query { ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 13},
      {"{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7},
      {"{ a(: 1) }", "Syntax Error: Expected Name, found \":\".", 1, 5},
      {"{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6},
      {"{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9},
      {"\"desc\" { a }",
       "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.",
       1, 1},
      {"\"desc\" extend type T @x",
       "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1,
       1},
      {"extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14},
      {"extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8},
      {"directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17},
      {"enum E { true }",
       "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10},
      {"{ a é }", "Syntax Error: Unexpected character: U+00E9.", 1, 5},
      {"{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5},
      {"# comment only", "Syntax Error: Unexpected <EOF>.", 1, 15},
      {"{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6},
      {"{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9},
      {"{ a(b: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8},
      {"{ a(b: 12a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10},
      {"extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15},
  };
  for (const auto& c : cases) {
    INFO(c.document);
    const GraphQLError error = syntaxErrorOf(c.document);
    CHECK(error.message == c.message);
    REQUIRE(error.locations.size() == 1);
    CHECK(error.locations[0] == SourceLocation{c.line, c.column});
  }
}

TEST_CASE("valid documents print in graphql-js's format") {
  const PrintCase cases[] = {
      {"{ a }", "{\n  a\n}"},
      {"query Q($a: [Int!]! = [1, 2], $b: String = \"x\") @dir(a: 1) { ...F a: b(c: {d: "
       "\"x\\u{1F600}\", e: [1, 2.5e3, true, null, ENUM]}) ... on T { x } ... @skip(if: $a) { y } "
       "}\nfragment F on T @x { z }",
       "query Q($a: [Int!]! = [1, 2], $b: String = \"x\") @dir(a: 1) {\n  ...F\n  a: b(c: {d: "
       "\"x😀\", e: [1, 2.5e3, true, null, ENUM]})\n  ... on T {\n    x\n  }\n  ... @skip(if: $a) "
       "{\n    y\n  }\n}\n\nfragment F on T @x {\n  z\n}"},
      {"{ a(x: \"\"\"\n   hi\n     there\n\"\"\") }",
       "{\n  a(x: \"\"\"\n  hi\n    there\n  \"\"\")\n}"},
      {"{ a(x: \"\\uD83D\\uDE00\") }", "{\n  a(x: \"😀\")\n}"},
      {"\"desc\" query Q { a }", "\"desc\"\nquery Q {\n  a\n}"},
      {"query Q { a } mutation M { b } subscription S { c }",
       "query Q {\n  a\n}\n\nmutation M {\n  b\n}\n\nsubscription S {\n  c\n}"},
      {"{ a(b: {c: 1, c: 2}) }", "{\n  a(b: {c: 1, c: 2})\n}"},
      {"query Q($v: [[Int!]!]!) { a }", "query Q($v: [[Int!]!]!) {\n  a\n}"},
      {"{ alias: field(argument1: \"a very long string value that wraps\", argument2: 1234567890, "
       "argument3: true) { sub } }",
       "{\n  alias: field(\n    argument1: \"a very long string value that wraps\"\n    argument2: "
       "1234567890\n    argument3: true\n  ) {\n    sub\n  }\n}"},
      {"query Q(\"var desc\" $a: Int) { a }", "query Q(\n\"var desc\"\n$a: Int\n) {\n  a\n}"},
      {"{ a(b: \"\"\"  indented \\\"\"\" quote\"\"\") }",
       "{\n  a(b: \"\"\"  indented \\\"\"\" quote\"\"\")\n}"},
      {"{ a(b: \"tab\\there \\\" \\\\ \\/ \\b\\f\\n\\r\") }",
       "{\n  a(b: \"tab\\there \\\" \\\\ / \\b\\f\\n\\r\")\n}"},
      {"{ ...on T { a } }", "{\n  ... on T {\n    a\n  }\n}"},
      {"fragment F on T { a } query { ...F }", "fragment F on T {\n  a\n}\n\n{\n  ...F\n}"},
      {"{ a(b: -0) }", "{\n  a(b: -0)\n}"},
      {"{ a(b: 1e+5) }", "{\n  a(b: 1e+5)\n}"},
      {"{ a(b: [[[[1]]]]) }", "{\n  a(b: [[[[1]]]])\n}"},
  };
  for (const auto& c : cases) {
    INFO(c.document);
    CHECK(print(*parse(c.document)) == c.printed);
  }
}

TEST_CASE("printing is a fixed point: print(parse(print(doc))) == print(doc)") {
  const std::string printed = print(
      *parse("query Q($a: [Int!]! = [1], $o: In = {a: {b: [\"x\"]}}) @d { f(a: $a) { ...F ... on T "
             "@skip(if: true) { g } } } fragment F on T { h: i(j: \"\"\"block\nstring\"\"\") }"));
  CHECK(print(*parse(printed)) == printed);
}

TEST_CASE("the AST keeps names, values and source locations") {
  const auto doc = parse(
      "query Q($v: Int = 3) {\n  alias: field(arg: [1, $v]) @include(if: true) {\n    x\n  }\n}");
  REQUIRE(doc->definitions.size() == 1);
  REQUIRE(doc->definitions[0]->kind == ast::Kind::OperationDefinition);
  const auto& op = static_cast<const ast::OperationDefinition&>(*doc->definitions[0]);
  CHECK(op.name->value == "Q");
  REQUIRE(op.variableDefinitions.size() == 1);
  CHECK(op.variableDefinitions[0].variable.name.value == "v");
  CHECK(print(*op.variableDefinitions[0].defaultValue) == "3");
  const auto& field = static_cast<const ast::Field&>(*op.selectionSet.selections[0]);
  CHECK(field.alias->value == "alias");
  CHECK(field.name.value == "field");
  CHECK(field.responseKey() == "alias");
  CHECK(doc->locate(field.loc.start) == SourceLocation{2, 3});
  CHECK(doc->locate(field.name.loc.start) == SourceLocation{2, 10});
  REQUIRE(field.arguments.size() == 1);
  CHECK(field.arguments[0].value->kind == ast::Kind::ListValue);
  CHECK(field.directives[0].name.value == "include");
  REQUIRE(field.selectionSet);
  CHECK(doc->source().substr(field.loc.start, field.loc.end - field.loc.start).ends_with("x\n  }"));
}

TEST_CASE("columns count UTF-16 code units like graphql-js") {
  // "é" is one UTF-16 unit (2 bytes), "😀" two (4 bytes).
  CHECK(syntaxErrorOf("{ a(b: \"é😀\") ? }").locations[0] == SourceLocation{1, 15});
  CHECK(ast::locate("a\r\nb\rc\nd", 7) == SourceLocation{4, 1});
}

TEST_CASE("string escapes decode to UTF-8, block strings are dedented") {
  const auto doc = parse(
      "{ a(s: \"\\u00e9\\u{1F600}\\uD83D\\uDE00\\n\", b: \"\"\"\n    one\n      two\n    "
      "\\\"\"\"\n\"\"\") }");
  const auto& op = static_cast<const ast::OperationDefinition&>(*doc->definitions[0]);
  const auto& field = static_cast<const ast::Field&>(*op.selectionSet.selections[0]);
  CHECK(static_cast<const ast::StringValue&>(*field.arguments[0].value).value ==
        "\xC3\xA9\xF0\x9F\x98\x80\xF0\x9F\x98\x80\n");
  const auto& block = static_cast<const ast::StringValue&>(*field.arguments[1].value);
  CHECK(block.block);
  CHECK(block.value == "one\n  two\n\"\"\"");
}

TEST_CASE("a million opening brackets is rejected by the depth limit, not the stack") {
  const std::string hostile = "{ f(a: " + std::string(1000000, '[') + ") }";
  const GraphQLError error = syntaxErrorOf(hostile);
  CHECK(error.message == "Syntax Error: Document exceeds the maximum nesting depth of 64.");
  CHECK(error.locations[0] == SourceLocation{1, 71});  // the 64th level: 63rd '['
}

TEST_CASE("deeply nested selection sets and list types hit the same depth limit") {
  std::string selections;
  for (int i = 0; i < 100; ++i) selections += "{ a ";
  CHECK(syntaxErrorOf(selections).message ==
        "Syntax Error: Document exceeds the maximum nesting depth of 64.");
  CHECK(syntaxErrorOf("query ($a: " + std::string(100, '[') + "Int" + std::string(100, ']') +
                      ") { a }")
            .message == "Syntax Error: Document exceeds the maximum nesting depth of 64.");
  ParseOptions options;
  options.maxDepth = 3;
  CHECK_NOTHROW(parse("{ a { b { c } } }", options));
  CHECK_THROWS_AS(parse("{ a { b { c { d } } } }", options), SyntaxError);
}

TEST_CASE("the token limit stops oversized documents like graphql-js's maxTokens") {
  ParseOptions options;
  options.maxTokens = 5;
  CHECK_NOTHROW(parse("{ a b c }", options));  // 5 tokens
  const GraphQLError error = syntaxErrorOf("{ a b c d }", options);
  // graphql-js words it "more that"; we keep the location and fix the grammar.
  CHECK(error.message == "Syntax Error: Document contains more than 5 tokens. Parsing aborted.");
  CHECK(error.locations[0] == SourceLocation{1, 11});
}

TEST_CASE("type-system definitions parse (for validation to reject) and keep their names") {
  const auto doc = parse("type T { a(b: Int = 1): [String!] @deprecated } extend schema @x");
  REQUIRE(doc->definitions.size() == 2);
  const auto& type = static_cast<const ast::TypeSystemDefinition&>(*doc->definitions[0]);
  CHECK(type.kind == ast::Kind::TypeSystemDefinition);
  CHECK(type.name.value == "T");
  CHECK_FALSE(type.isSchema);
  CHECK(static_cast<const ast::TypeSystemDefinition&>(*doc->definitions[1]).isSchema);
}

TEST_CASE("parseType and parseConstValue parse single fragments of syntax") {
  CHECK(print(*parseType("[String!]!")) == "[String!]!");
  CHECK(print(*parseConstValue("{a: [1, \"x\", ENUM]}")) == "{a: [1, \"x\", ENUM]}");
  CHECK_THROWS_AS(parseConstValue("$v"), SyntaxError);
  CHECK_THROWS_AS(parseType("[Int"), SyntaxError);
}

TEST_CASE("block strings print like graphql-js's printBlockString") {
  CHECK(printBlockStringLiteral("simple") == "\"\"\"simple\"\"\"");
  CHECK(printBlockStringLiteral("two\nlines") == "\"\"\"\ntwo\nlines\n\"\"\"");
  CHECK(printBlockStringLiteral(" leading space") == "\"\"\" leading space\"\"\"");
  CHECK(printBlockStringLiteral("ends with quote\"") == "\"\"\"\nends with quote\"\n\"\"\"");
  CHECK(printStringLiteral("a\"b\\c\x01\x7F\xC2\x85") == "\"a\\\"b\\\\c\\u0001\\u007F\\u0085\"");
}
