// Lexer (spec section 2.1), lazy like graphql-js's: the parser asks for one token at a
// time, so a lexical error surfaces exactly when graphql-js would report it.
// Works on UTF-8 bytes; offsets are byte offsets. Not thread-safe (one per parse).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kvm48::graphql {

enum class TokenKind : std::uint8_t {
  SOF,
  EOF_,
  Bang,
  Dollar,
  Amp,
  ParenL,
  ParenR,
  Spread,
  Colon,
  Equals,
  At,
  BracketL,
  BracketR,
  BraceL,
  Pipe,
  BraceR,
  Name,
  Int,
  Float,
  String,
  BlockString
};
// graphql-js getTokenKindDesc: "<EOF>", "Name", "\"{\"", ...
std::string tokenKindDesc(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::SOF;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string_view raw;  // Name/Int/Float: the text; strings: unused
  std::string value;     // String/BlockString: the cooked value
};
// graphql-js getTokenDesc: `Name "foo"`, `"}"`, `<EOF>`.
std::string tokenDesc(const Token& token);

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}
  // Reads the token after `after` (skipping ignored tokens). Throws SyntaxError.
  Token next(const Token& after) const;
  std::string_view source() const { return src_; }

 private:
  Token readNumber(std::uint32_t start) const;
  Token readString(std::uint32_t start) const;
  Token readBlockString(std::uint32_t start) const;
  Token readName(std::uint32_t start) const;
  std::uint32_t readDigits(std::uint32_t pos) const;
  [[noreturn]] void fail(std::uint32_t pos, const std::string& description) const;
  std::string printCodePointAt(std::uint32_t pos) const;
  // Code point at pos (decoding UTF-8) and its byte length; -1 at end of input.
  std::int32_t codePointAt(std::uint32_t pos, std::uint32_t* length = nullptr) const;
  int byteAt(std::uint32_t pos) const {
    return pos < src_.size() ? static_cast<unsigned char>(src_[pos]) : -1;
  }

  std::string_view src_;
};

// Spec BlockStringValue(): dedent and trim blank first/last lines.
std::string dedentBlockString(std::string_view raw);

}  // namespace kvm48::graphql
