// Type-system definitions and extensions inside a request document. graphql-js parses
// them (so syntax errors inside them are reported identically) and validation rejects
// them; we do the same but keep only the definition's name and location.
#include <array>

#include "parser_impl.hpp"

namespace kvm48::graphql::detail {
namespace {

constexpr std::array<std::string_view, 20> kDirectiveLocations = {"QUERY",
                                                                  "MUTATION",
                                                                  "SUBSCRIPTION",
                                                                  "FIELD",
                                                                  "FRAGMENT_DEFINITION",
                                                                  "FRAGMENT_SPREAD",
                                                                  "INLINE_FRAGMENT",
                                                                  "VARIABLE_DEFINITION",
                                                                  "SCHEMA",
                                                                  "SCALAR",
                                                                  "OBJECT",
                                                                  "FIELD_DEFINITION",
                                                                  "ARGUMENT_DEFINITION",
                                                                  "INTERFACE",
                                                                  "UNION",
                                                                  "ENUM",
                                                                  "ENUM_VALUE",
                                                                  "INPUT_OBJECT",
                                                                  "INPUT_FIELD_DEFINITION",
                                                                  "DIRECTIVE_DEFINITION"};

}  // namespace

// The grammar helpers as a friend class, to keep parser.cpp about executable documents.
class SdlParser {
 public:
  explicit SdlParser(Parser& p) : p_(p) {}

  ast::DefinitionPtr parse(bool extension) {
    auto def = std::make_unique<ast::TypeSystemDefinition>();
    const std::uint32_t start = p_.token_.start;
    if (extension) {
      p_.expectKeyword("extend");
      parseExtension(*def);
    } else {
      if (p_.peekDescription()) p_.advance();
      parseDefinitionBody(*def);
    }
    def->loc = p_.locFrom(start);
    return def;
  }

 private:
  void skipDescription() {
    if (p_.peekDescription()) p_.advance();
  }
  bool isKeyword(std::string_view k) const {
    return p_.token_.kind == TokenKind::Name && p_.token_.raw == k;
  }

  void parseDefinitionBody(ast::TypeSystemDefinition& def) {
    const std::string_view keyword = p_.token_.raw;
    p_.advance();
    if (keyword == "schema") {
      def.isSchema = true;
      p_.parseDirectives(true);
      p_.expect(TokenKind::BraceL);
      do {
        parseOperationTypeDefinition();
      } while (!p_.expectOptional(TokenKind::BraceR));
      return;
    }
    if (keyword == "directive") {
      p_.expect(TokenKind::At);
      def.name = p_.parseName();
      parseArgumentDefs();
      p_.expectOptionalKeyword("repeatable");
      p_.expectKeyword("on");
      p_.expectOptional(TokenKind::Pipe);
      do {
        const Token locationToken = p_.token_;
        const ast::Name location = p_.parseName();
        bool known = false;
        for (auto l : kDirectiveLocations) known = known || l == location.value;
        if (!known) p_.unexpected(locationToken);
      } while (p_.expectOptional(TokenKind::Pipe));
      return;
    }
    def.name = p_.parseName();
    parseTypeBody(keyword);
  }

  // Everything after the name of scalar/type/interface/union/enum/input. Returns
  // whether anything was present (extensions must not be empty).
  bool parseTypeBody(std::string_view keyword) {
    bool any = false;
    if (keyword == "type" || keyword == "interface") any = parseImplementsInterfaces();
    any = !p_.parseDirectives(true).empty() || any;
    if (keyword == "type" || keyword == "interface") {
      any =
          parseOptionalMany(TokenKind::BraceL, TokenKind::BraceR, [&] { parseFieldDef(); }) || any;
    } else if (keyword == "union") {
      if (p_.expectOptional(TokenKind::Equals)) {
        any = true;
        p_.expectOptional(TokenKind::Pipe);
        do {
          ast::NamedType t;
          p_.parseNamedType(t);
        } while (p_.expectOptional(TokenKind::Pipe));
      }
    } else if (keyword == "enum") {
      any = parseOptionalMany(TokenKind::BraceL, TokenKind::BraceR, [&] { parseEnumValueDef(); }) ||
            any;
    } else if (keyword == "input") {
      any =
          parseOptionalMany(TokenKind::BraceL, TokenKind::BraceR, [&] { parseInputValueDef(); }) ||
          any;
    }
    return any;
  }

  void parseExtension(ast::TypeSystemDefinition& def) {
    const Token keywordToken = p_.token_;
    const std::string_view k = keywordToken.raw;
    if (keywordToken.kind != TokenKind::Name ||
        !(k == "schema" || k == "scalar" || k == "type" || k == "interface" || k == "union" ||
          k == "enum" || k == "input")) {
      p_.unexpected(keywordToken);
    }
    p_.advance();
    if (k == "schema") {
      def.isSchema = true;
      bool any = !p_.parseDirectives(true).empty();
      any = parseOptionalMany(TokenKind::BraceL, TokenKind::BraceR,
                              [&] { parseOperationTypeDefinition(); }) ||
            any;
      if (!any) p_.unexpected();
      return;
    }
    def.name = p_.parseName();
    if (!parseTypeBody(k)) p_.unexpected();
  }

  template <class F>
  bool parseOptionalMany(TokenKind open, TokenKind close, F item) {
    if (!p_.expectOptional(open)) return false;
    Parser::DepthGuard guard(p_);
    do {
      item();
    } while (!p_.expectOptional(close));
    return true;
  }

  void parseOperationTypeDefinition() {
    p_.parseOperationType();
    p_.expect(TokenKind::Colon);
    ast::NamedType t;
    p_.parseNamedType(t);
  }

  bool parseImplementsInterfaces() {
    if (!p_.expectOptionalKeyword("implements")) return false;
    p_.expectOptional(TokenKind::Amp);
    do {
      ast::NamedType t;
      p_.parseNamedType(t);
    } while (p_.expectOptional(TokenKind::Amp));
    return true;
  }

  void parseFieldDef() {
    skipDescription();
    p_.parseName();
    parseArgumentDefs();
    p_.expect(TokenKind::Colon);
    p_.parseTypeReference();
    p_.parseDirectives(true);
  }

  void parseArgumentDefs() {
    parseOptionalMany(TokenKind::ParenL, TokenKind::ParenR, [&] { parseInputValueDef(); });
  }

  void parseInputValueDef() {
    skipDescription();
    p_.parseName();
    p_.expect(TokenKind::Colon);
    p_.parseTypeReference();
    if (p_.expectOptional(TokenKind::Equals)) p_.parseValueLiteral(true);
    p_.parseDirectives(true);
  }

  void parseEnumValueDef() {
    skipDescription();
    if (isKeyword("true") || isKeyword("false") || isKeyword("null")) {
      p_.fail(p_.token_.start,
              tokenDesc(p_.token_) + " is reserved and cannot be used for an enum value.");
    }
    p_.parseName();
    p_.parseDirectives(true);
  }

  Parser& p_;
};

ast::DefinitionPtr Parser::parseTypeSystemDefinition(bool extension) {
  return SdlParser(*this).parse(extension);
}

}  // namespace kvm48::graphql::detail
