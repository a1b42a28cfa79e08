// Internal: the parser's state machine, shared by parser.cpp (executable grammar)
// and parser_sdl.cpp (type-system definitions, parsed only to be rejected by
// validation's ExecutableDefinitions rule like graphql-js does).
#pragma once

#include <string>
#include <string_view>

#include "ast.hpp"
#include "lexer.hpp"
#include "parser.hpp"

namespace kvm48::graphql::detail {

class Parser {
 public:
  Parser(std::string_view source, const ParseOptions& options) : lexer_(source), options_(options) {
    token_ = lexer_.next(token_);
    countToken();
  }

  void parseDocument(ast::Document& doc);
  ast::TypePtr parseTypeReference();
  ast::ValuePtr parseValueLiteral(bool isConst);
  void expectEnd() { expect(TokenKind::EOF_); }

 private:
  friend class SdlParser;
  // ---- token handling (graphql-js Parser helpers) ----
  bool peek(TokenKind kind) const { return token_.kind == kind; }
  void advance();
  void countToken();
  void expect(TokenKind kind);
  bool expectOptional(TokenKind kind);
  void expectKeyword(std::string_view keyword);
  bool expectOptionalKeyword(std::string_view keyword);
  [[noreturn]] void unexpected(const Token& token);
  [[noreturn]] void unexpected() { unexpected(token_); }
  [[noreturn]] void fail(std::uint32_t pos, const std::string& description);
  Token lookahead() const;
  ast::Location locFrom(std::uint32_t start) const { return {start, prevEnd_}; }

  // Nesting guard for recursive productions.
  struct DepthGuard {
    explicit DepthGuard(Parser& p);
    ~DepthGuard() { --parser.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    Parser& parser;
  };

  // ---- executable grammar ----
  ast::DefinitionPtr parseDefinition();
  std::unique_ptr<ast::OperationDefinition> parseOperationDefinition();
  ast::OperationType parseOperationType();
  ast::VariableDefinition parseVariableDefinition();
  void parseVariable(ast::Variable& out);
  void parseSelectionSet(ast::SelectionSet& out);
  ast::SelectionPtr parseSelection();
  std::unique_ptr<ast::Field> parseField();
  ast::SelectionPtr parseFragment();
  std::unique_ptr<ast::FragmentDefinition> parseFragmentDefinition();
  ast::Name parseFragmentName();
  std::vector<ast::Argument> parseArguments(bool isConst);
  std::vector<ast::Directive> parseDirectives(bool isConst);
  ast::ValuePtr parseList(bool isConst);
  ast::ValuePtr parseObject(bool isConst);
  ast::ValuePtr parseStringLiteral();
  void parseNamedType(ast::NamedType& out);
  ast::Name parseName();
  std::unique_ptr<ast::StringValue> parseDescription();

  // ---- type-system definitions (parser_sdl.cpp) ----
  bool peekDescription() const { return peek(TokenKind::String) || peek(TokenKind::BlockString); }
  ast::DefinitionPtr parseTypeSystemDefinition(bool extension);

  Lexer lexer_;
  const ParseOptions& options_;
  Token token_;
  std::uint32_t prevEnd_ = 0;
  std::size_t tokenCount_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace kvm48::graphql::detail
