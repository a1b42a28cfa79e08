// Executable grammar; mirrors graphql-js 16 language/parser.ts function by function.
#include "parser.hpp"

#include "parser_impl.hpp"

namespace kvm48::graphql {
namespace detail {

Parser::DepthGuard::DepthGuard(Parser& p) : parser(p) {
  if (++parser.depth_ > parser.options_.maxDepth) {
    --parser.depth_;
    parser.fail(parser.token_.start, "Document exceeds the maximum nesting depth of " +
                                         std::to_string(parser.options_.maxDepth) + ".");
  }
}

void Parser::fail(std::uint32_t pos, const std::string& description) {
  throw SyntaxError(makeError("Syntax Error: " + description, {ast::locate(lexer_.source(), pos)}));
}

// Counts tokens like graphql-js 16.15's advanceLexer: every token read except <EOF>,
// reported at the first token past the limit.
void Parser::advance() {
  prevEnd_ = token_.end;
  token_ = lexer_.next(token_);
  countToken();
}

void Parser::countToken() {
  if (token_.kind != TokenKind::EOF_ && ++tokenCount_ > options_.maxTokens) {
    fail(token_.start, "Document contains more than " + std::to_string(options_.maxTokens) +
                           " tokens. Parsing aborted.");
  }
}

Token Parser::lookahead() const {
  if (token_.kind == TokenKind::EOF_) return token_;
  return lexer_.next(token_);
}

void Parser::expect(TokenKind kind) {
  if (token_.kind != kind) {
    fail(token_.start, "Expected " + tokenKindDesc(kind) + ", found " + tokenDesc(token_) + ".");
  }
  advance();
}

bool Parser::expectOptional(TokenKind kind) {
  if (token_.kind != kind) return false;
  advance();
  return true;
}

void Parser::expectKeyword(std::string_view keyword) {
  if (token_.kind != TokenKind::Name || token_.raw != keyword) {
    fail(token_.start,
         "Expected \"" + std::string(keyword) + "\", found " + tokenDesc(token_) + ".");
  }
  advance();
}

bool Parser::expectOptionalKeyword(std::string_view keyword) {
  if (token_.kind != TokenKind::Name || token_.raw != keyword) return false;
  advance();
  return true;
}

void Parser::unexpected(const Token& token) {
  fail(token.start, "Unexpected " + tokenDesc(token) + ".");
}

ast::Name Parser::parseName() {
  ast::Name name{token_.raw, {token_.start, token_.end}};
  expect(TokenKind::Name);
  return name;
}

void Parser::parseDocument(ast::Document& doc) {
  const std::uint32_t start = token_.start;
  do {
    doc.definitions.push_back(parseDefinition());
  } while (!expectOptional(TokenKind::EOF_));
  doc.loc = {start, prevEnd_};
}

ast::DefinitionPtr Parser::parseDefinition() {
  if (peek(TokenKind::BraceL)) return parseOperationDefinition();
  // Many definitions begin with a description and require a lookahead.
  const bool hasDescription = peekDescription();
  const Token keyword = hasDescription ? lookahead() : token_;
  if (hasDescription && keyword.kind == TokenKind::BraceL) {
    fail(token_.start,
         "Unexpected description, descriptions are not supported on shorthand queries.");
  }
  if (keyword.kind == TokenKind::Name) {
    const std::string_view k = keyword.raw;
    if (k == "schema" || k == "scalar" || k == "type" || k == "interface" || k == "union" ||
        k == "enum" || k == "input" || k == "directive") {
      return parseTypeSystemDefinition(false);
    }
    if (k == "query" || k == "mutation" || k == "subscription") return parseOperationDefinition();
    if (k == "fragment") return parseFragmentDefinition();
    if (hasDescription) {
      fail(token_.start, "Unexpected description, only GraphQL definitions support descriptions.");
    }
    if (k == "extend") return parseTypeSystemDefinition(true);
  }
  unexpected(keyword);
}

std::unique_ptr<ast::StringValue> Parser::parseDescription() {
  if (!peekDescription()) return nullptr;
  ast::ValuePtr value = parseStringLiteral();
  return std::unique_ptr<ast::StringValue>(static_cast<ast::StringValue*>(value.release()));
}

std::unique_ptr<ast::OperationDefinition> Parser::parseOperationDefinition() {
  auto op = std::make_unique<ast::OperationDefinition>();
  const std::uint32_t start = token_.start;
  if (peek(TokenKind::BraceL)) {
    parseSelectionSet(op->selectionSet);
    op->loc = locFrom(start);
    return op;
  }
  op->description = parseDescription();
  op->operation = parseOperationType();
  if (peek(TokenKind::Name)) op->name = parseName();
  if (expectOptional(TokenKind::ParenL)) {
    do {
      op->variableDefinitions.push_back(parseVariableDefinition());
    } while (!expectOptional(TokenKind::ParenR));
  }
  op->directives = parseDirectives(false);
  parseSelectionSet(op->selectionSet);
  op->loc = locFrom(start);
  return op;
}

ast::OperationType Parser::parseOperationType() {
  const Token operationToken = token_;
  expect(TokenKind::Name);
  if (operationToken.raw == "query") return ast::OperationType::Query;
  if (operationToken.raw == "mutation") return ast::OperationType::Mutation;
  if (operationToken.raw == "subscription") return ast::OperationType::Subscription;
  unexpected(operationToken);
}

ast::VariableDefinition Parser::parseVariableDefinition() {
  ast::VariableDefinition def;
  const std::uint32_t start = token_.start;
  def.description = parseDescription();
  parseVariable(def.variable);
  expect(TokenKind::Colon);
  def.type = parseTypeReference();
  if (expectOptional(TokenKind::Equals)) def.defaultValue = parseValueLiteral(true);
  def.directives = parseDirectives(true);
  def.loc = locFrom(start);
  return def;
}

void Parser::parseVariable(ast::Variable& out) {
  const std::uint32_t start = token_.start;
  expect(TokenKind::Dollar);
  out.name = parseName();
  out.loc = locFrom(start);
}

void Parser::parseSelectionSet(ast::SelectionSet& out) {
  DepthGuard guard(*this);
  const std::uint32_t start = token_.start;
  expect(TokenKind::BraceL);
  do {
    out.selections.push_back(parseSelection());
  } while (!expectOptional(TokenKind::BraceR));
  out.loc = locFrom(start);
}

ast::SelectionPtr Parser::parseSelection() {
  return peek(TokenKind::Spread) ? parseFragment() : parseField();
}

std::unique_ptr<ast::Field> Parser::parseField() {
  auto field = std::make_unique<ast::Field>();
  const std::uint32_t start = token_.start;
  const ast::Name nameOrAlias = parseName();
  if (expectOptional(TokenKind::Colon)) {
    field->alias = nameOrAlias;
    field->name = parseName();
  } else {
    field->name = nameOrAlias;
  }
  field->arguments = parseArguments(false);
  field->directives = parseDirectives(false);
  if (peek(TokenKind::BraceL)) {
    field->selectionSet = std::make_unique<ast::SelectionSet>();
    parseSelectionSet(*field->selectionSet);
  }
  field->loc = locFrom(start);
  return field;
}

std::vector<ast::Argument> Parser::parseArguments(bool isConst) {
  std::vector<ast::Argument> args;
  if (!expectOptional(TokenKind::ParenL)) return args;
  do {
    ast::Argument arg;
    const std::uint32_t start = token_.start;
    arg.name = parseName();
    expect(TokenKind::Colon);
    arg.value = parseValueLiteral(isConst);
    arg.loc = locFrom(start);
    args.push_back(std::move(arg));
  } while (!expectOptional(TokenKind::ParenR));
  return args;
}

ast::SelectionPtr Parser::parseFragment() {
  const std::uint32_t start = token_.start;
  expect(TokenKind::Spread);
  const bool hasTypeCondition = expectOptionalKeyword("on");
  if (!hasTypeCondition && peek(TokenKind::Name)) {
    auto spread = std::make_unique<ast::FragmentSpread>();
    spread->name = parseFragmentName();
    spread->directives = parseDirectives(false);
    spread->loc = locFrom(start);
    return spread;
  }
  auto inlineFragment = std::make_unique<ast::InlineFragment>();
  if (hasTypeCondition) {
    inlineFragment->typeCondition = std::make_unique<ast::NamedType>();
    parseNamedType(*inlineFragment->typeCondition);
  }
  inlineFragment->directives = parseDirectives(false);
  parseSelectionSet(inlineFragment->selectionSet);
  inlineFragment->loc = locFrom(start);
  return inlineFragment;
}

std::unique_ptr<ast::FragmentDefinition> Parser::parseFragmentDefinition() {
  auto def = std::make_unique<ast::FragmentDefinition>();
  const std::uint32_t start = token_.start;
  def->description = parseDescription();
  expectKeyword("fragment");
  def->name = parseFragmentName();
  expectKeyword("on");
  parseNamedType(def->typeCondition);
  def->directives = parseDirectives(false);
  parseSelectionSet(def->selectionSet);
  def->loc = locFrom(start);
  return def;
}

ast::Name Parser::parseFragmentName() {
  if (token_.kind == TokenKind::Name && token_.raw == "on") unexpected();
  return parseName();
}

ast::ValuePtr Parser::parseValueLiteral(bool isConst) {
  const Token& token = token_;
  const std::uint32_t start = token.start;
  switch (token.kind) {
    case TokenKind::BracketL: return parseList(isConst);
    case TokenKind::BraceL: return parseObject(isConst);
    case TokenKind::Int: {
      auto v = std::make_unique<ast::IntValue>();
      v->value = token.raw;
      advance();
      v->loc = locFrom(start);
      return v;
    }
    case TokenKind::Float: {
      auto v = std::make_unique<ast::FloatValue>();
      v->value = token.raw;
      advance();
      v->loc = locFrom(start);
      return v;
    }
    case TokenKind::String:
    case TokenKind::BlockString: return parseStringLiteral();
    case TokenKind::Name: {
      const std::string_view name = token.raw;
      ast::ValuePtr v;
      if (name == "true" || name == "false") {
        auto b = std::make_unique<ast::BooleanValue>();
        b->value = name == "true";
        v = std::move(b);
      } else if (name == "null") {
        v = std::make_unique<ast::NullValue>();
      } else {
        auto e = std::make_unique<ast::EnumValue>();
        e->value = name;
        v = std::move(e);
      }
      advance();
      v->loc = locFrom(start);
      return v;
    }
    case TokenKind::Dollar: {
      if (isConst) {
        const Token dollar = token_;
        advance();
        if (token_.kind == TokenKind::Name) {
          fail(dollar.start,
               "Unexpected variable \"$" + std::string(token_.raw) + "\" in constant value.");
        }
        unexpected(dollar);
      }
      auto v = std::make_unique<ast::Variable>();
      parseVariable(*v);
      return v;
    }
    default: unexpected();
  }
}

ast::ValuePtr Parser::parseStringLiteral() {
  auto v = std::make_unique<ast::StringValue>();
  const std::uint32_t start = token_.start;
  v->block = token_.kind == TokenKind::BlockString;
  v->value = std::move(token_.value);
  advance();
  v->loc = locFrom(start);
  return v;
}

ast::ValuePtr Parser::parseList(bool isConst) {
  DepthGuard guard(*this);
  auto list = std::make_unique<ast::ListValue>();
  const std::uint32_t start = token_.start;
  expect(TokenKind::BracketL);
  while (!expectOptional(TokenKind::BracketR)) list->values.push_back(parseValueLiteral(isConst));
  list->loc = locFrom(start);
  return list;
}

ast::ValuePtr Parser::parseObject(bool isConst) {
  DepthGuard guard(*this);
  auto object = std::make_unique<ast::ObjectValue>();
  const std::uint32_t start = token_.start;
  expect(TokenKind::BraceL);
  while (!expectOptional(TokenKind::BraceR)) {
    ast::ObjectField field;
    const std::uint32_t fieldStart = token_.start;
    field.name = parseName();
    expect(TokenKind::Colon);
    field.value = parseValueLiteral(isConst);
    field.loc = locFrom(fieldStart);
    object->fields.push_back(std::move(field));
  }
  object->loc = locFrom(start);
  return object;
}

std::vector<ast::Directive> Parser::parseDirectives(bool isConst) {
  std::vector<ast::Directive> directives;
  while (peek(TokenKind::At)) {
    ast::Directive directive;
    const std::uint32_t start = token_.start;
    advance();
    directive.name = parseName();
    directive.arguments = parseArguments(isConst);
    directive.loc = locFrom(start);
    directives.push_back(std::move(directive));
  }
  return directives;
}

ast::TypePtr Parser::parseTypeReference() {
  DepthGuard guard(*this);
  const std::uint32_t start = token_.start;
  ast::TypePtr type;
  if (expectOptional(TokenKind::BracketL)) {
    auto list = std::make_unique<ast::ListType>();
    list->type = parseTypeReference();
    expect(TokenKind::BracketR);
    list->loc = locFrom(start);
    type = std::move(list);
  } else {
    auto named = std::make_unique<ast::NamedType>();
    parseNamedType(*named);
    type = std::move(named);
  }
  if (expectOptional(TokenKind::Bang)) {
    auto nonNull = std::make_unique<ast::NonNullType>();
    nonNull->type = std::move(type);
    nonNull->loc = locFrom(start);
    return nonNull;
  }
  return type;
}

void Parser::parseNamedType(ast::NamedType& out) {
  const std::uint32_t start = token_.start;
  out.name = parseName();
  out.loc = locFrom(start);
}

}  // namespace detail

std::unique_ptr<ast::Document> parse(std::shared_ptr<const std::string> source,
                                     const ParseOptions& options) {
  auto doc = std::make_unique<ast::Document>(source);
  detail::Parser parser(*source, options);
  parser.parseDocument(*doc);
  return doc;
}

std::unique_ptr<ast::Document> parse(std::string source, const ParseOptions& options) {
  return parse(std::make_shared<const std::string>(std::move(source)), options);
}

ast::TypePtr parseType(std::string_view source) {
  const ParseOptions options;
  detail::Parser parser(source, options);
  ast::TypePtr type = parser.parseTypeReference();
  parser.expectEnd();
  return type;
}

ast::ValuePtr parseConstValue(std::string_view source) {
  const ParseOptions options;
  detail::Parser parser(source, options);
  ast::ValuePtr value = parser.parseValueLiteral(true);
  parser.expectEnd();
  return value;
}

}  // namespace kvm48::graphql
