// UTF-8 and hex digits as the GraphQL lexer and the JSON reader and writer need them:
// scanning plain ASCII bytes sixteen or eight at a time, one well-formed UTF-8 sequence at a time
// (RFC 3629, as nlohmann's lexer accepts), and encoding an escaped code point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kvm48::graphql::detail {

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) starting at s[i] with a lead byte >= 0x80, or 0 when it is not one.
inline std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
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

// True when none of the 8 bytes at `p` needs attention in a JSON string: each is in
// 0x20..0x7F and is not '"' or '\\' (the classic "has zero byte" bit trick, applied to
// three patterns).
inline bool isPlainAscii8(const char* p) {
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

// How many bytes from the start of [p, p + n) are plain ASCII for a JSON string (as
// isPlainAscii8 says), counted in whole blocks of 16, then of 8: the caller looks at
// what follows byte by byte. Sixteen at a time with the compiler's vector extension
// (SSE2 on x86-64, NEON on arm64): as signed bytes, everything from 0x80 up is negative,
// so one comparison finds both the control characters and the non-ASCII bytes.
inline std::size_t plainAsciiBlocks(const char* p, std::size_t n) {
  using Bytes16 = signed char __attribute__((vector_size(16)));
  std::size_t i = 0;
  for (; n - i >= 16; i += 16) {
    Bytes16 bytes;
    std::memcpy(&bytes, p + i, sizeof bytes);
    const Bytes16 special = (bytes < 0x20) | (bytes == '"') | (bytes == '\\');
    std::uint64_t halves[2];
    std::memcpy(halves, &special, sizeof halves);
    if ((halves[0] | halves[1]) != 0) break;
  }
  while (n - i >= 8 && isPlainAscii8(p + i)) i += 8;
  return i;
}

// Appends code point `cp` (at most U+10FFFF) as UTF-8.
inline void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The value of hex digit `c`, or -1.
inline int hexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace kvm48::graphql::detail
