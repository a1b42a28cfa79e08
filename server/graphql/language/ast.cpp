#include "ast.hpp"

namespace kvm48::graphql::ast {

std::string_view toString(OperationType type) {
  switch (type) {
    case OperationType::Query: return "query";
    case OperationType::Mutation: return "mutation";
    case OperationType::Subscription: return "subscription";
  }
  return "query";
}

SourceLocation locate(std::string_view source, std::uint32_t offset) {
  if (offset > source.size()) offset = static_cast<std::uint32_t>(source.size());
  std::uint32_t line = 1;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    const char c = source[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= source.size() || source[i + 1] != '\n'))) {
      ++line;
      lineStart = i + 1;
    }
  }
  // graphql-js counts columns in UTF-16 code units: one per UTF-8 lead byte, two for
  // 4-byte sequences (surrogate pairs); continuation bytes count nothing.
  std::uint32_t column = 1;
  for (std::size_t i = lineStart; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(source[i]);
    if ((byte & 0xC0) == 0x80) continue;
    column += byte >= 0xF0 ? 2 : 1;
  }
  return {line, column};
}

SourceLocation Document::locate(std::uint32_t offset) const {
  return ast::locate(*source_, offset);
}

}  // namespace kvm48::graphql::ast
