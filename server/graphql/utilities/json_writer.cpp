#include "json_writer.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "utf8_scan.hpp"

namespace kvm48::graphql {
namespace {

using detail::plainAsciiBlocks;
using detail::utf8SequenceLength;

// nlohmann's serializer, for what the fast path leaves to it.
void writeWithNlohmann(const Json& value, std::string& out) {
  out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Appends `s` as a JSON string. False (and `out` as it was) when `s` is not valid UTF-8.
bool writeString(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < s.size()) {
    // Plain ASCII bytes in blocks (no control character, quote, backslash or high bit).
    i += plainAsciiBlocks(s.data() + i, s.size() - i);
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
