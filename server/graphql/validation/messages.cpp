#include "messages.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

namespace kvm48::graphql {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Damerau-Levenshtein distance (optimal string alignment) or -1 when above threshold.
int lexicalDistance(std::string_view input, std::string_view option, std::size_t threshold) {
  if (input == option) return 0;
  std::string a = lower(option);
  std::string b = lower(input);
  if (a == b) return 1;
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > threshold) return -1;
  std::vector<std::vector<std::size_t>> rows(3, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t j = 0; j <= b.size(); ++j) rows[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    auto& up = rows[(i - 1) % 3];
    auto& current = rows[i % 3];
    std::size_t smallest = current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t cell = std::min({up[j] + 1, current[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cell = std::min(cell, rows[(i - 2) % 3][j - 2] + 1);
      }
      smallest = std::min(smallest, cell);
      current[j] = cell;
    }
    if (smallest > threshold) return -1;
  }
  const std::size_t distance = rows[a.size() % 3][b.size()];
  return distance <= threshold ? static_cast<int>(distance) : -1;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

const char* const kEscapes[] = {
    "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
    "\\b",     "\\t",     "\\n",     "\\u000B", "\\f",     "\\r",     "\\u000E", "\\u000F",
    "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
    "\\u0018", "\\u0019", "\\u001A", "\\u001B", "\\u001C", "\\u001D", "\\u001E", "\\u001F"};

bool isWhiteSpace(char c) {
  return c == ' ' || c == '\t';
}

std::string printBlockString(std::string_view value) {
  std::string escaped;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value.substr(i, 3) == "\"\"\"") {
      escaped += "\\\"\"\"";
      i += 2;
    } else {
      escaped += value[i];
    }
  }
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\r' || escaped[i] == '\n') {
      if (escaped[i] == '\r' && i + 1 < escaped.size() && escaped[i + 1] == '\n') ++i;
      lines.push_back(std::move(line));
      line.clear();
    } else {
      line += escaped[i];
    }
  }
  lines.push_back(std::move(line));
  const bool singleLine = lines.size() == 1;
  const bool forceLeadingNewLine =
      lines.size() > 1 && std::all_of(lines.begin() + 1, lines.end(), [](const std::string& l) {
        return l.empty() || isWhiteSpace(l[0]);
      });
  const bool trailingTripleQuotes = escaped.ends_with("\\\"\"\"");
  const bool trailingQuote = value.ends_with('"') && !trailingTripleQuotes;
  const bool forceTrailingNewline = trailingQuote || value.ends_with('\\');
  // value.length counts UTF-16 units in graphql-js; bytes differ only for non-ASCII text.
  const bool multipleLines = !singleLine || value.size() > 70 || forceTrailingNewline ||
                             forceLeadingNewLine || trailingTripleQuotes;
  const bool skipLeadingNewLine = singleLine && !value.empty() && isWhiteSpace(value[0]);
  std::string result;
  if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result += '\n';
  result += escaped;
  if (multipleLines || forceTrailingNewline) result += '\n';
  return "\"\"\"" + result + "\"\"\"";
}

}  // namespace

int naturalCompare(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      std::uint64_t numA = 0, numB = 0;
      do {
        numA = numA * 10 + static_cast<std::uint64_t>(a[i] - '0');
        ++i;
      } while (i < a.size() && isDigit(a[i]) && numA > 0);
      do {
        numB = numB * 10 + static_cast<std::uint64_t>(b[j] - '0');
        ++j;
      } while (j < b.size() && isDigit(b[j]) && numB > 0);
      if (numA != numB) return numA < numB ? -1 : 1;
    } else {
      if (a[i] != b[j])
        return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
      ++i;
      ++j;
    }
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

std::vector<std::string> suggestionList(std::string_view input,
                                        const std::vector<std::string>& options) {
  const std::size_t threshold = input.size() * 4 / 10 + 1;
  std::map<std::string, int> byDistance;  // graphql-js keeps the first of equal options
  for (const std::string& option : options) {
    const int distance = lexicalDistance(input, option, threshold);
    if (distance >= 0) byDistance.emplace(option, distance);
  }
  std::vector<std::string> result;
  for (const auto& entry : byDistance) result.push_back(entry.first);
  std::stable_sort(result.begin(), result.end(), [&](const std::string& x, const std::string& y) {
    const int diff = byDistance[x] - byDistance[y];
    return diff != 0 ? diff < 0 : naturalCompare(x, y) < 0;
  });
  return result;
}

std::string didYouMean(const std::vector<std::string>& suggestions, std::string_view subMessage) {
  if (suggestions.empty()) return "";
  std::string message = " Did you mean ";
  if (!subMessage.empty()) {
    message += subMessage;
    message += ' ';
  }
  auto quoted = [](const std::string& s) { return "\"" + s + "\""; };
  if (suggestions.size() == 1) return message + quoted(suggestions[0]) + "?";
  if (suggestions.size() == 2) {
    return message + quoted(suggestions[0]) + " or " + quoted(suggestions[1]) + "?";
  }
  const std::size_t count = std::min<std::size_t>(suggestions.size(), 5);
  for (std::size_t i = 0; i + 1 < count; ++i) message += quoted(suggestions[i]) + ", ";
  return message + "or " + quoted(suggestions[count - 1]) + "?";
}

std::string printString(std::string_view value) {
  std::string out = "\"";
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x20) {
      out += kEscapes[c];
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == 0x7f) {
      out += "\\u007F";
    } else if (c == 0xc2 && i + 1 < value.size() &&
               static_cast<unsigned char>(value[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(value[i + 1]) <= 0x9f) {
      // U+0080..U+009F (C1 controls), escaped like graphql-js does
      static const char* hex = "0123456789ABCDEF";
      const auto low = static_cast<unsigned char>(value[++i]);
      out += "\\u00";
      out += hex[low >> 4];
      out += hex[low & 0xf];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string printValue(const ast::ValueNode& value) {
  using ast::Kind;
  switch (value.kind) {
    case Kind::Variable:
      return "$" + std::string(static_cast<const ast::Variable&>(value).name.value);
    case Kind::IntValue: return std::string(static_cast<const ast::IntValue&>(value).value);
    case Kind::FloatValue: return std::string(static_cast<const ast::FloatValue&>(value).value);
    case Kind::StringValue: {
      const auto& s = static_cast<const ast::StringValue&>(value);
      return s.block ? printBlockString(s.value) : printString(s.value);
    }
    case Kind::BooleanValue:
      return static_cast<const ast::BooleanValue&>(value).value ? "true" : "false";
    case Kind::NullValue: return "null";
    case Kind::EnumValue: return std::string(static_cast<const ast::EnumValue&>(value).value);
    case Kind::ListValue: {
      std::string out = "[";
      const auto& values = static_cast<const ast::ListValue&>(value).values;
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ", ";
        out += printValue(*values[i]);
      }
      return out + "]";
    }
    case Kind::ObjectValue: {
      std::string out = "{";
      const auto& fields = static_cast<const ast::ObjectValue&>(value).fields;
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ", ";
        out += std::string(fields[i].name.value) + ": " + printValue(*fields[i].value);
      }
      return out + "}";
    }
    default: return "";
  }
}

std::string printTypeNode(const ast::TypeNode& type) {
  switch (type.kind) {
    case ast::Kind::NamedType:
      return std::string(static_cast<const ast::NamedType&>(type).name.value);
    case ast::Kind::ListType:
      return "[" + printTypeNode(*static_cast<const ast::ListType&>(type).type) + "]";
    case ast::Kind::NonNullType:
      return printTypeNode(*static_cast<const ast::NonNullType&>(type).type) + "!";
    default: return "";
  }
}

}  // namespace kvm48::graphql
