#include "printer.hpp"

#include <cstdio>
#include <vector>

namespace kvm48::graphql {
namespace {

constexpr std::size_t kMaxLineLength = 80;

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (item.empty()) continue;
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string indent(const std::string& text) {
  if (text.empty()) return text;
  std::string out = "  ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

std::string wrap(std::string_view start, const std::string& inner, std::string_view end = {}) {
  if (inner.empty()) return {};
  std::string out(start);
  out += inner;
  out += end;
  return out;
}

std::string block(const std::vector<std::string>& items) {
  return wrap("{\n", indent(join(items, "\n")), "\n}");
}

class Printer {
 public:
  std::string value(const ast::ValueNode& node) const;
  std::string type(const ast::TypeNode& node) const;
  std::string directives(const std::vector<ast::Directive>& list) const;
  std::string selectionSet(const ast::SelectionSet& set) const;
  std::string selection(const ast::Selection& node) const;
  std::string definition(const ast::Definition& node) const;

 private:
  std::vector<std::string> arguments(const std::vector<ast::Argument>& args) const {
    std::vector<std::string> out;
    out.reserve(args.size());
    for (const auto& a : args) out.push_back(std::string(a.name.value) + ": " + value(*a.value));
    return out;
  }
  std::string variableDefinition(const ast::VariableDefinition& def) const {
    std::string out = def.description ? value(*def.description) + "\n" : std::string();
    out += "$" + std::string(def.variable.name.value) + ": " + type(*def.type);
    if (def.defaultValue) out += " = " + value(*def.defaultValue);
    out += wrap(" ", directives(def.directives));
    return out;
  }
};

std::string Printer::value(const ast::ValueNode& node) const {
  switch (node.kind) {
    case ast::Kind::Variable:
      return "$" + std::string(static_cast<const ast::Variable&>(node).name.value);
    case ast::Kind::IntValue: return std::string(static_cast<const ast::IntValue&>(node).value);
    case ast::Kind::FloatValue: return std::string(static_cast<const ast::FloatValue&>(node).value);
    case ast::Kind::StringValue: {
      const auto& s = static_cast<const ast::StringValue&>(node);
      return s.block ? printBlockStringLiteral(s.value) : printStringLiteral(s.value);
    }
    case ast::Kind::BooleanValue:
      return static_cast<const ast::BooleanValue&>(node).value ? "true" : "false";
    case ast::Kind::NullValue: return "null";
    case ast::Kind::EnumValue: return std::string(static_cast<const ast::EnumValue&>(node).value);
    case ast::Kind::ListValue: {
      std::vector<std::string> items;
      for (const auto& v : static_cast<const ast::ListValue&>(node).values) {
        items.push_back(value(*v));
      }
      return "[" + join(items, ", ") + "]";
    }
    case ast::Kind::ObjectValue: {
      std::vector<std::string> items;
      for (const auto& f : static_cast<const ast::ObjectValue&>(node).fields) {
        items.push_back(std::string(f.name.value) + ": " + value(*f.value));
      }
      return "{" + join(items, ", ") + "}";
    }
    default: return {};
  }
}

std::string Printer::type(const ast::TypeNode& node) const {
  switch (node.kind) {
    case ast::Kind::NamedType:
      return std::string(static_cast<const ast::NamedType&>(node).name.value);
    case ast::Kind::ListType:
      return "[" + type(*static_cast<const ast::ListType&>(node).type) + "]";
    case ast::Kind::NonNullType:
      return type(*static_cast<const ast::NonNullType&>(node).type) + "!";
    default: return {};
  }
}

std::string Printer::directives(const std::vector<ast::Directive>& list) const {
  std::vector<std::string> items;
  items.reserve(list.size());
  for (const auto& d : list) {
    items.push_back("@" + std::string(d.name.value) +
                    wrap("(", join(arguments(d.arguments), ", "), ")"));
  }
  return join(items, " ");
}

std::string Printer::selectionSet(const ast::SelectionSet& set) const {
  std::vector<std::string> items;
  items.reserve(set.selections.size());
  for (const auto& s : set.selections) items.push_back(selection(*s));
  return block(items);
}

std::string Printer::selection(const ast::Selection& node) const {
  switch (node.kind) {
    case ast::Kind::Field: {
      const auto& f = static_cast<const ast::Field&>(node);
      std::string prefix = (f.alias ? std::string(f.alias->value) + ": " : std::string()) +
                           std::string(f.name.value);
      if (!f.arguments.empty()) {
        const auto args = arguments(f.arguments);
        const std::string flat = join(args, ", ");
        prefix += prefix.size() + flat.size() + 2 > kMaxLineLength
                      ? wrap("(\n", indent(join(args, "\n")), "\n)")
                      : wrap("(", flat, ")");
      }
      return join({prefix, wrap(" ", directives(f.directives)),
                   f.selectionSet ? wrap(" ", selectionSet(*f.selectionSet)) : std::string()},
                  "");
    }
    case ast::Kind::FragmentSpread: {
      const auto& s = static_cast<const ast::FragmentSpread&>(node);
      return "..." + std::string(s.name.value) + wrap(" ", directives(s.directives));
    }
    case ast::Kind::InlineFragment: {
      const auto& i = static_cast<const ast::InlineFragment&>(node);
      return join({"...", i.typeCondition ? "on " + std::string(i.typeCondition->name.value) : "",
                   directives(i.directives), selectionSet(i.selectionSet)},
                  " ");
    }
    default: return {};
  }
}

std::string Printer::definition(const ast::Definition& node) const {
  if (node.kind == ast::Kind::OperationDefinition) {
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    std::vector<std::string> vars;
    bool multiline = false;
    for (const auto& v : op.variableDefinitions) {
      vars.push_back(variableDefinition(v));
      multiline = multiline || vars.back().find('\n') != std::string::npos;
    }
    const std::string varDefs =
        multiline ? wrap("(\n", join(vars, "\n"), "\n)") : wrap("(", join(vars, ", "), ")");
    const std::string operation(ast::toString(op.operation));
    const std::string description = op.description ? value(*op.description) + "\n" : "";
    const std::string prefix =
        description +
        join({operation, (op.name ? std::string(op.name->value) : std::string()) + varDefs,
              directives(op.directives)},
             " ");
    const bool shorthand = op.operation == ast::OperationType::Query && prefix == operation;
    return (shorthand ? std::string() : prefix + " ") + selectionSet(op.selectionSet);
  }
  if (node.kind == ast::Kind::FragmentDefinition) {
    const auto& f = static_cast<const ast::FragmentDefinition&>(node);
    return (f.description ? value(*f.description) + "\n" : std::string()) + "fragment " +
           std::string(f.name.value) + " on " + std::string(f.typeCondition.name.value) + " " +
           wrap("", directives(f.directives), " ") + selectionSet(f.selectionSet);
  }
  return {};  // type-system definitions are not kept in request documents
}

}  // namespace

std::string print(const ast::Document& document) {
  const Printer p;
  std::vector<std::string> defs;
  for (const auto& d : document.definitions) defs.push_back(p.definition(*d));
  return join(defs, "\n\n");
}
std::string print(const ast::Definition& definition) {
  return Printer().definition(definition);
}
std::string print(const ast::Selection& selection) {
  return Printer().selection(selection);
}
std::string print(const ast::ValueNode& value) {
  return Printer().value(value);
}
std::string print(const ast::TypeNode& type) {
  return Printer().type(type);
}

std::string printStringLiteral(std::string_view value) {
  std::string out = "\"";
  out.reserve(value.size() + 2);
  auto escapeCode = [&](unsigned code) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04X", code);
    out += buf;
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    switch (c) {
      case '\b': out += "\\b"; continue;
      case '\t': out += "\\t"; continue;
      case '\n': out += "\\n"; continue;
      case '\f': out += "\\f"; continue;
      case '\r': out += "\\r"; continue;
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      escapeCode(c);
    } else if (c == 0xC2 && i + 1 < value.size() &&
               static_cast<unsigned char>(value[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(value[i + 1]) <= 0x9F) {
      escapeCode(static_cast<unsigned char>(value[++i]));  // U+0080..U+009F
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

std::string printBlockStringLiteral(std::string_view value) {
  std::string escaped;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value.compare(i, 3, "\"\"\"") == 0) {
      escaped += "\\\"\"\"";
      i += 2;
    } else {
      escaped += value[i];
    }
  }
  auto isWhite = [](char c) { return c == ' ' || c == '\t'; };
  // split on \r\n | \n | \r
  std::vector<std::string_view> lines;
  {
    std::string_view rest = escaped;
    std::size_t start = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '\n' || rest[i] == '\r') {
        lines.push_back(rest.substr(start, i - start));
        if (rest[i] == '\r' && i + 1 < rest.size() && rest[i + 1] == '\n') ++i;
        start = i + 1;
      }
    }
    lines.push_back(rest.substr(start));
  }
  const bool isSingleLine = lines.size() == 1;
  bool forceLeadingNewLine = lines.size() > 1;
  for (std::size_t i = 1; i < lines.size() && forceLeadingNewLine; ++i) {
    forceLeadingNewLine = lines[i].empty() || isWhite(lines[i][0]);
  }
  const bool hasTrailingTripleQuotes = escaped.ends_with("\\\"\"\"");
  const bool hasTrailingQuote = value.ends_with('"') && !hasTrailingTripleQuotes;
  const bool hasTrailingSlash = value.ends_with('\\');
  const bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
  // graphql-js measures length in UTF-16 code units; count non-continuation bytes.
  std::size_t length = 0;
  for (char c : value) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  const bool printAsMultipleLines = !isSingleLine || length > 70 || forceTrailingNewline ||
                                    forceLeadingNewLine || hasTrailingTripleQuotes;
  std::string result;
  const bool skipLeadingNewLine = isSingleLine && !value.empty() && isWhite(value[0]);
  if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result += '\n';
  result += escaped;
  if (printAsMultipleLines || forceTrailingNewline) result += '\n';
  return "\"\"\"" + result + "\"\"\"";
}

}  // namespace kvm48::graphql
