#include "json_reader.hpp"

#include <cstdint>
#include <limits>
#include <string>

#include "utf8_scan.hpp"

namespace kvm48::graphql {
namespace {

using detail::appendUtf8;
using detail::hexValue;
using detail::plainAsciiBlocks;
using detail::utf8SequenceLength;

// Deeper than this goes to nlohmann (whose parser keeps its own stack, not the call stack).
constexpr int kMaxDepth = 256;

// A recursive-descent reader of the JSON grammar (RFC 8259). Every method returns false
// both for text that is not JSON and for what it leaves to nlohmann: the caller then asks
// nlohmann, which gives the same value or the rejection.
class FastReader {
 public:
  explicit FastReader(std::string_view text) : text_(text) {}

  bool readDocument(Json& out) {
    skipSpace();
    if (!readValue(out, 0)) return false;
    skipSpace();
    return pos_ == text_.size();
  }

 private:
  bool atEnd() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }

  void skipSpace() {
    while (!atEnd()) {
      const char c = peek();
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      ++pos_;
    }
  }

  bool readValue(Json& out, int depth) {
    if (atEnd()) return false;
    switch (peek()) {
      case '{': return readObject(out, depth + 1);
      case '[': return readArray(out, depth + 1);
      case '"': {
        std::string s;
        if (!readString(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't': return readLiteral("true", out, Json(true));
      case 'f': return readLiteral("false", out, Json(false));
      case 'n': return readLiteral("null", out, Json(nullptr));
      default: return readInteger(out);
    }
  }

  bool readLiteral(std::string_view word, Json& out, Json value) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    out = std::move(value);
    return true;
  }

  // The items of an object or array at pos_ (its opening bracket): `readItem` for each,
  // separated by commas, until `close`.
  template <class ReadItem>
  bool readItems(char close, int depth, ReadItem&& readItem) {
    if (depth > kMaxDepth) return false;
    ++pos_;  // '{' or '['
    skipSpace();
    if (!atEnd() && peek() == close) {
      ++pos_;
      return true;
    }
    for (;;) {
      if (!readItem()) return false;
      skipSpace();
      if (atEnd()) return false;
      const char c = text_[pos_++];
      if (c == close) return true;
      if (c != ',') return false;
      skipSpace();
    }
  }

  bool readObject(Json& out, int depth) {
    out = Json::object();
    return readItems('}', depth, [&] {
      std::string key;
      if (atEnd() || peek() != '"' || !readString(key)) return false;
      skipSpace();
      if (atEnd() || peek() != ':') return false;
      ++pos_;
      skipSpace();
      Json value;
      if (!readValue(value, depth)) return false;
      // As nlohmann's DOM parser: a repeated key keeps its first place and its last value.
      out[key] = std::move(value);
      return true;
    });
  }

  bool readArray(Json& out, int depth) {
    out = Json::array();
    return readItems(']', depth, [&] {
      Json value;
      if (!readValue(value, depth)) return false;
      out.push_back(std::move(value));
      return true;
    });
  }

  // -?(0|[1-9][0-9]*) that fits: non-negative as an unsigned, negative as a signed
  // integer, as nlohmann stores them. Fractions, exponents and overflows go to nlohmann.
  bool readInteger(Json& out) {
    const bool negative = peek() == '-';
    if (negative) ++pos_;
    const std::size_t first = pos_;
    std::uint64_t magnitude = 0;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      const auto digit = static_cast<std::uint64_t>(peek() - '0');
      if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return false;
      magnitude = magnitude * 10 + digit;
      ++pos_;
    }
    const std::size_t digits = pos_ - first;
    if (digits == 0 || (digits > 1 && text_[first] == '0')) return false;
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')) return false;
    if (!negative) {
      out = magnitude;
      return true;
    }
    constexpr auto kMinMagnitude =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1;
    if (magnitude > kMinMagnitude) return false;
    out = magnitude == kMinMagnitude ? std::numeric_limits<std::int64_t>::min()
                                     : -static_cast<std::int64_t>(magnitude);
    return true;
  }

  // Four hex digits after "\u" at pos_.
  bool readHex4(std::uint32_t& unit) {
    if (text_.size() - pos_ < 4) return false;
    unit = 0;
    for (int k = 0; k < 4; ++k) {
      const int digit = hexValue(text_[pos_++]);
      if (digit < 0) return false;
      unit = unit * 16 + static_cast<std::uint32_t>(digit);
    }
    return true;
  }

  // After the backslash: one escape, decoded into `out`. A surrogate must come in a
  // high-low pair of \u escapes, as nlohmann requires.
  bool readEscape(std::string& out) {
    if (atEnd()) return false;
    const char c = text_[pos_++];
    switch (c) {
      case '"': out.push_back('"'); return true;
      case '\\': out.push_back('\\'); return true;
      case '/': out.push_back('/'); return true;
      case 'b': out.push_back('\b'); return true;
      case 'f': out.push_back('\f'); return true;
      case 'n': out.push_back('\n'); return true;
      case 'r': out.push_back('\r'); return true;
      case 't': out.push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    std::uint32_t unit = 0;
    if (!readHex4(unit)) return false;
    if (unit >= 0xDC00 && unit <= 0xDFFF) return false;  // a low surrogate first
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (text_.substr(pos_, 2) != "\\u") return false;
      pos_ += 2;
      std::uint32_t low = 0;
      if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, unit);
    return true;
  }

  // A string at pos_ (its opening quote), into `out`.
  bool readString(std::string& out) {
    ++pos_;                  // '"'
    std::size_t run = pos_;  // start of the bytes not yet copied
    for (;;) {
      pos_ += plainAsciiBlocks(text_.data() + pos_, text_.size() - pos_);
      if (atEnd()) return false;
      const auto c = static_cast<unsigned char>(peek());
      if (c == '"') {
        out.append(text_.data() + run, pos_ - run);
        ++pos_;
        return true;
      }
      if (c == '\\') {
        out.append(text_.data() + run, pos_ - run);
        ++pos_;
        if (!readEscape(out)) return false;
        run = pos_;
      } else if (c < 0x20) {
        return false;  // a control character must be escaped
      } else if (c >= 0x80) {
        const std::size_t length = utf8SequenceLength(text_, pos_);
        if (length == 0) return false;
        pos_ += length;
      } else {
        ++pos_;
      }
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

bool detail::parseJsonFast(std::string_view text, Json& out) {
  return FastReader(text).readDocument(out);
}

Json parseJson(std::string_view text) {
  Json value;
  if (detail::parseJsonFast(text, value)) return value;
  return Json::parse(text.begin(), text.end(), nullptr, false);
}

}  // namespace kvm48::graphql
