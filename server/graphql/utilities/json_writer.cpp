#include "json_writer.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace kvm48::graphql {
namespace {

// nlohmann's serializer, for what the fast path leaves to it.
void writeWithNlohmann(const Json& value, std::string& out) {
  out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) starting at s[i] with a lead byte >= 0x80, or 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto continuation = [&](std::size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  const unsigned char lead = byte(i);
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (i + 1 >= s.size()) return 0;
    const unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // surrogates
    return continuation(i + 1) && continuation(i + 2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (i + 1 >= s.size()) return 0;
    const unsigned char second = byte(i + 1);
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
    return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

// True when none of the 8 bytes at `p` needs attention: each is in 0x20..0x7F and is not
// '"' or '\\' (the classic "has zero byte" bit trick, applied to three patterns).
bool isPlainAscii8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto hasZeroByte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHigh;  // bytes < 0x20
  const std::uint64_t quote = hasZeroByte(word ^ (kOnes * '"'));
  const std::uint64_t backslash = hasZeroByte(word ^ (kOnes * '\\'));
  return ((word & kHigh) | control | quote | backslash) == 0;
}

// Appends `s` as a JSON string. False (and `out` as it was) when `s` is not valid UTF-8.
bool writeString(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < s.size()) {
    // Eight plain ASCII bytes at a time (no control character, quote, backslash or high bit).
    while (i + 8 <= s.size() && isPlainAscii8(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = utf8SequenceLength(s, i);
      if (length == 0) {
        out.resize(start);
        return false;
      }
      i += length;
      continue;
    }
    out.append(s.data() + run, i - run);
    out.push_back('\\');
    switch (c) {
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      case '\b': out.push_back('b'); break;
      case '\t': out.push_back('t'); break;
      case '\n': out.push_back('n'); break;
      case '\f': out.push_back('f'); break;
      case '\r': out.push_back('r'); break;
      default:
        out += "u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
  return true;
}

template <class Integer>
void writeInteger(Integer value, std::string& out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void writeStringValue(const Json& value, std::string& out) {
  if (!writeString(value.get_ref<const std::string&>(), out)) writeWithNlohmann(value, out);
}

}  // namespace

void writeJson(const Json& value, std::string& out) {
  switch (value.type()) {
    case Json::value_t::null: out += "null"; return;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: writeInteger(value.get<std::int64_t>(), out); return;
    case Json::value_t::number_unsigned: writeInteger(value.get<std::uint64_t>(), out); return;
    case Json::value_t::string: writeStringValue(value, out); return;
    case Json::value_t::array: {
      out.push_back('[');
      bool first = true;
      for (const Json& item : value.get_ref<const Json::array_t&>()) {
        if (!first) out.push_back(',');
        first = false;
        writeJson(item, out);
      }
      out.push_back(']');
      return;
    }
    case Json::value_t::object: {
      out.push_back('{');
      bool first = true;
      for (const auto& [key, item] : value.get_ref<const Json::object_t&>()) {
        if (!first) out.push_back(',');
        first = false;
        if (!writeString(key, out)) writeWithNlohmann(Json(key), out);
        out.push_back(':');
        writeJson(item, out);
      }
      out.push_back('}');
      return;
    }
    default: writeWithNlohmann(value, out);  // floats, binary, discarded
  }
}

void writeJsonString(std::string_view text, std::string& out) {
  if (!writeString(text, out)) writeWithNlohmann(Json(std::string(text)), out);
}

std::string toJsonText(const Json& value) {
  std::string out;
  writeJson(value, out);
  return out;
}

}  // namespace kvm48::graphql
