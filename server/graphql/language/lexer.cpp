#include "lexer.hpp"

#include <cstdio>
#include <vector>

#include "../utilities/utf8_scan.hpp"
#include "parser.hpp"

namespace kvm48::graphql {
namespace {

using detail::appendUtf8;
using detail::hexValue;

bool isDigit(int c) {
  return c >= '0' && c <= '9';
}
bool isLetter(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameStart(int c) {
  return isLetter(c) || c == '_';
}
bool isNameContinue(int c) {
  return isLetter(c) || isDigit(c) || c == '_';
}
bool isUnicodeScalar(std::int32_t cp) {
  return (cp >= 0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
}

bool isPunctuator(TokenKind kind) {
  return kind != TokenKind::SOF && kind != TokenKind::EOF_ && kind != TokenKind::Name &&
         kind != TokenKind::Int && kind != TokenKind::Float && kind != TokenKind::String &&
         kind != TokenKind::BlockString;
}

}  // namespace

std::string tokenKindDesc(TokenKind kind) {
  switch (kind) {
    case TokenKind::SOF: return "<SOF>";
    case TokenKind::EOF_: return "<EOF>";
    case TokenKind::Bang: return "\"!\"";
    case TokenKind::Dollar: return "\"$\"";
    case TokenKind::Amp: return "\"&\"";
    case TokenKind::ParenL: return "\"(\"";
    case TokenKind::ParenR: return "\")\"";
    case TokenKind::Spread: return "\"...\"";
    case TokenKind::Colon: return "\":\"";
    case TokenKind::Equals: return "\"=\"";
    case TokenKind::At: return "\"@\"";
    case TokenKind::BracketL: return "\"[\"";
    case TokenKind::BracketR: return "\"]\"";
    case TokenKind::BraceL: return "\"{\"";
    case TokenKind::Pipe: return "\"|\"";
    case TokenKind::BraceR: return "\"}\"";
    case TokenKind::Name: return "Name";
    case TokenKind::Int: return "Int";
    case TokenKind::Float: return "Float";
    case TokenKind::String: return "String";
    case TokenKind::BlockString: return "BlockString";
  }
  return "?";
}

std::string tokenDesc(const Token& token) {
  std::string out = tokenKindDesc(token.kind);
  if (isPunctuator(token.kind) || token.kind == TokenKind::EOF_ || token.kind == TokenKind::SOF) {
    return out;
  }
  out += " \"";
  if (token.kind == TokenKind::String || token.kind == TokenKind::BlockString) {
    out += token.value;
  } else {
    out += token.raw;
  }
  out += '"';
  return out;
}

void Lexer::fail(std::uint32_t pos, const std::string& description) const {
  throw SyntaxError(makeError("Syntax Error: " + description, {ast::locate(src_, pos)}));
}

std::int32_t Lexer::codePointAt(std::uint32_t pos, std::uint32_t* length) const {
  std::uint32_t len = 1;
  std::int32_t cp = -1;
  const int b0 = byteAt(pos);
  if (b0 < 0) {
    len = 0;
  } else if (b0 < 0x80) {
    cp = b0;
  } else {
    int extra = b0 >= 0xF0 && b0 < 0xF8 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
    std::int32_t value = extra == 3 ? (b0 & 0x07) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x1F);
    bool ok = extra > 0;
    for (int i = 1; ok && i <= extra; ++i) {
      const int b = byteAt(pos + static_cast<std::uint32_t>(i));
      if (b < 0 || (b & 0xC0) != 0x80) {
        ok = false;
      } else {
        value = (value << 6) | (b & 0x3F);
      }
    }
    if (ok) {
      cp = value;
      len = static_cast<std::uint32_t>(extra + 1);
    } else {
      cp = 0xFFFD;  // invalid UTF-8: reported like the replacement character
    }
  }
  if (length != nullptr) *length = len;
  return cp;
}

std::string Lexer::printCodePointAt(std::uint32_t pos) const {
  const std::int32_t cp = codePointAt(pos);
  if (cp < 0) return "<EOF>";
  if (cp >= 0x20 && cp <= 0x7E) {
    return cp == '"' ? "'\"'" : "\"" + std::string(1, static_cast<char>(cp)) + "\"";
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

Token Lexer::next(const Token& after) const {
  std::uint32_t pos = after.end;
  const auto size = static_cast<std::uint32_t>(src_.size());
  auto punct = [&](TokenKind kind, std::uint32_t len) {
    Token t;
    t.kind = kind;
    t.start = pos;
    t.end = pos + len;
    return t;
  };
  while (pos < size) {
    const int c = byteAt(pos);
    switch (c) {
      case '\t':
      case ' ':
      case ',':
      case '\n':
      case '\r': ++pos; continue;
      case 0xEF:  // BOM (U+FEFF) is ignored
        if (byteAt(pos + 1) == 0xBB && byteAt(pos + 2) == 0xBF) {
          pos += 3;
          continue;
        }
        break;
      case '#': {
        ++pos;
        while (pos < size) {
          const int d = byteAt(pos);
          if (d == '\n' || d == '\r') break;
          std::uint32_t len = 1;
          codePointAt(pos, &len);
          pos += len;
        }
        continue;
      }
      case '!': return punct(TokenKind::Bang, 1);
      case '$': return punct(TokenKind::Dollar, 1);
      case '&': return punct(TokenKind::Amp, 1);
      case '(': return punct(TokenKind::ParenL, 1);
      case ')': return punct(TokenKind::ParenR, 1);
      case '.':
        if (byteAt(pos + 1) == '.' && byteAt(pos + 2) == '.') return punct(TokenKind::Spread, 3);
        break;
      case ':': return punct(TokenKind::Colon, 1);
      case '=': return punct(TokenKind::Equals, 1);
      case '@': return punct(TokenKind::At, 1);
      case '[': return punct(TokenKind::BracketL, 1);
      case ']': return punct(TokenKind::BracketR, 1);
      case '{': return punct(TokenKind::BraceL, 1);
      case '|': return punct(TokenKind::Pipe, 1);
      case '}': return punct(TokenKind::BraceR, 1);
      case '"':
        if (byteAt(pos + 1) == '"' && byteAt(pos + 2) == '"') return readBlockString(pos);
        return readString(pos);
      default: break;
    }
    if (isDigit(c) || c == '-') return readNumber(pos);
    if (isNameStart(c)) return readName(pos);
    if (c == '\'') {
      fail(pos, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
    }
    const std::int32_t cp = codePointAt(pos);
    fail(pos, (isUnicodeScalar(cp) ? "Unexpected character: " : "Invalid character: ") +
                  printCodePointAt(pos) + ".");
  }
  Token eof;
  eof.kind = TokenKind::EOF_;
  eof.start = eof.end = size;
  return eof;
}

Token Lexer::readName(std::uint32_t start) const {
  std::uint32_t pos = start + 1;
  while (isNameContinue(byteAt(pos))) ++pos;
  Token t;
  t.kind = TokenKind::Name;
  t.start = start;
  t.end = pos;
  t.raw = src_.substr(start, pos - start);
  return t;
}

std::uint32_t Lexer::readDigits(std::uint32_t pos) const {
  if (!isDigit(byteAt(pos))) {
    fail(pos, "Invalid number, expected digit but got: " + printCodePointAt(pos) + ".");
  }
  while (isDigit(byteAt(pos))) ++pos;
  return pos;
}

Token Lexer::readNumber(std::uint32_t start) const {
  std::uint32_t pos = start;
  bool isFloat = false;
  if (byteAt(pos) == '-') ++pos;
  if (byteAt(pos) == '0') {
    ++pos;
    if (isDigit(byteAt(pos))) {
      fail(pos, "Invalid number, unexpected digit after 0: " + printCodePointAt(pos) + ".");
    }
  } else {
    pos = readDigits(pos);
  }
  if (byteAt(pos) == '.') {
    isFloat = true;
    pos = readDigits(pos + 1);
  }
  if (byteAt(pos) == 'e' || byteAt(pos) == 'E') {
    isFloat = true;
    ++pos;
    if (byteAt(pos) == '+' || byteAt(pos) == '-') ++pos;
    pos = readDigits(pos);
  }
  if (byteAt(pos) == '.' || isNameStart(byteAt(pos))) {
    fail(pos, "Invalid number, expected digit but got: " + printCodePointAt(pos) + ".");
  }
  Token t;
  t.kind = isFloat ? TokenKind::Float : TokenKind::Int;
  t.start = start;
  t.end = pos;
  t.raw = src_.substr(start, pos - start);
  return t;
}

Token Lexer::readString(std::uint32_t start) const {
  const auto size = static_cast<std::uint32_t>(src_.size());
  std::uint32_t pos = start + 1;
  std::uint32_t chunkStart = pos;
  std::string value;
  while (pos < size) {
    const int c = byteAt(pos);
    if (c == '"') {
      value.append(src_.substr(chunkStart, pos - chunkStart));
      Token t;
      t.kind = TokenKind::String;
      t.start = start;
      t.end = pos + 1;
      t.value = std::move(value);
      return t;
    }
    if (c == '\\') {
      value.append(src_.substr(chunkStart, pos - chunkStart));
      const int e = byteAt(pos + 1);
      if (e == 'u' && byteAt(pos + 2) == '{') {
        // \u{X...}: up to 12 chars in total like graphql-js
        std::uint32_t point = 0;  // int32 arithmetic like JS: a set sign bit aborts
        std::uint32_t len = 3;
        bool done = false;
        while (len < 12) {
          const int h = byteAt(pos + len++);
          if (h == '}') {
            if (len >= 5 && isUnicodeScalar(static_cast<std::int32_t>(point))) done = true;
            break;
          }
          const int hv = hexValue(h);
          if (hv < 0) break;
          point = (point << 4) | static_cast<std::uint32_t>(hv);
          if (point & 0x80000000U) break;
        }
        if (!done) {
          std::uint32_t endPos = pos + len > size ? size : pos + len;
          fail(pos, "Invalid Unicode escape sequence: \"" +
                        std::string(src_.substr(pos, endPos - pos)) + "\".");
        }
        appendUtf8(value, point);
        pos += len;
      } else if (e == 'u') {
        auto read4 = [&](std::uint32_t at) {
          int v = 0;
          for (std::uint32_t i = 0; i < 4; ++i) {
            const int hv = hexValue(byteAt(at + i));
            if (hv < 0) return -1;
            v = (v << 4) | hv;
          }
          return v;
        };
        const int code = read4(pos + 2);
        if (code >= 0 && isUnicodeScalar(code)) {
          appendUtf8(value, static_cast<std::uint32_t>(code));
          pos += 6;
        } else {
          bool ok = false;
          if (code >= 0xD800 && code <= 0xDBFF && byteAt(pos + 6) == '\\' &&
              byteAt(pos + 7) == 'u') {
            const int trail = read4(pos + 8);
            if (trail >= 0xDC00 && trail <= 0xDFFF) {
              appendUtf8(value, static_cast<std::uint32_t>(0x10000 + ((code - 0xD800) << 10) +
                                                           (trail - 0xDC00)));
              pos += 12;
              ok = true;
            }
          }
          if (!ok) {
            std::uint32_t endPos = pos + 6 > size ? size : pos + 6;
            fail(pos, "Invalid Unicode escape sequence: \"" +
                          std::string(src_.substr(pos, endPos - pos)) + "\".");
          }
        }
      } else {
        char out = 0;
        switch (e) {
          case '"': out = '"'; break;
          case '\\': out = '\\'; break;
          case '/': out = '/'; break;
          case 'b': out = '\b'; break;
          case 'f': out = '\f'; break;
          case 'n': out = '\n'; break;
          case 'r': out = '\r'; break;
          case 't': out = '\t'; break;
          default: {
            std::uint32_t len = 0;
            codePointAt(pos + 1, &len);
            fail(pos, "Invalid character escape sequence: \"" +
                          std::string(src_.substr(pos, 1 + len)) + "\".");
          }
        }
        value += out;
        pos += 2;
      }
      chunkStart = pos;
      continue;
    }
    if (c == '\n' || c == '\r') break;
    std::uint32_t len = 1;
    const std::int32_t cp = codePointAt(pos, &len);
    if (cp == 0xFFFD && len == 1) {
      fail(pos, "Invalid character within String: " + printCodePointAt(pos) + ".");
    }
    pos += len;
  }
  fail(pos, "Unterminated string.");
}

Token Lexer::readBlockString(std::uint32_t start) const {
  const auto size = static_cast<std::uint32_t>(src_.size());
  std::uint32_t pos = start + 3;
  std::uint32_t chunkStart = pos;
  std::string raw;  // with \""" unescaped, line terminators normalised to \n
  while (pos < size) {
    const int c = byteAt(pos);
    if (c == '"' && byteAt(pos + 1) == '"' && byteAt(pos + 2) == '"') {
      raw.append(src_.substr(chunkStart, pos - chunkStart));
      Token t;
      t.kind = TokenKind::BlockString;
      t.start = start;
      t.end = pos + 3;
      t.value = dedentBlockString(raw);
      return t;
    }
    if (c == '\\' && byteAt(pos + 1) == '"' && byteAt(pos + 2) == '"' && byteAt(pos + 3) == '"') {
      raw.append(src_.substr(chunkStart, pos - chunkStart));
      chunkStart = pos + 1;
      pos += 4;
      continue;
    }
    if (c == '\n' || c == '\r') {
      raw.append(src_.substr(chunkStart, pos - chunkStart));
      raw += '\n';
      pos += (c == '\r' && byteAt(pos + 1) == '\n') ? 2U : 1U;
      chunkStart = pos;
      continue;
    }
    std::uint32_t len = 1;
    const std::int32_t cp = codePointAt(pos, &len);
    if (cp == 0xFFFD && len == 1) {
      fail(pos, "Invalid character within String: " + printCodePointAt(pos) + ".");
    }
    pos += len;
  }
  fail(pos, "Unterminated string.");
}

std::string dedentBlockString(std::string_view raw) {
  std::vector<std::string_view> lines;
  std::size_t from = 0;
  while (true) {
    const std::size_t nl = raw.find('\n', from);
    lines.push_back(
        raw.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from));
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  std::size_t commonIndent = std::string_view::npos;
  std::size_t first = lines.size(), last = 0;
  bool any = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    std::size_t indent = 0;
    while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
    if (indent == line.size()) continue;
    if (!any) first = i;
    any = true;
    last = i;
    if (i != 0 && indent < commonIndent) commonIndent = indent;
  }
  std::string out;
  if (!any) return out;
  for (std::size_t i = first; i <= last; ++i) {
    std::string_view line = lines[i];
    if (i != 0) line = line.size() > commonIndent ? line.substr(commonIndent) : std::string_view{};
    if (i != first) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace kvm48::graphql
