// printSchema(): SDL of the user-defined part of a schema, after graphql-js 16.15
// utilities/printSchema.ts (same layout, descriptions as block strings when printable).
#include <algorithm>

#include "../execution/values.hpp"
#include "../language/printer.hpp"
#include "directives.hpp"
#include "scalars.hpp"
#include "schema.hpp"

namespace kvm48::graphql {
namespace {

// graphql-js isPrintableAsBlockString.
bool isPrintableAsBlockString(std::string_view value) {
  if (value.empty()) return true;
  bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case 0x00:
      case 0x01:
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x06:
      case 0x07:
      case 0x08:
      case 0x0B:
      case 0x0C:
      case 0x0E:
      case 0x0F:
      case 0x0D: return false;
      case '\n':
        if (isEmptyLine && !seenNonEmptyLine) return false;
        seenNonEmptyLine = true;
        isEmptyLine = true;
        hasIndent = false;
        break;
      case '\t':
      case ' ': hasIndent = hasIndent || isEmptyLine; break;
      default: hasCommonIndent = hasCommonIndent && hasIndent; isEmptyLine = false;
    }
  }
  if (isEmptyLine) return false;
  if (hasCommonIndent && seenNonEmptyLine) return false;
  return true;
}

std::string replaceNewlines(const std::string& s, const std::string& indentation) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\n') out += indentation;
  }
  return out;
}

std::string printDescription(const std::string& description, const std::string& indentation = "",
                             bool firstInBlock = true) {
  if (description.empty()) return {};
  const std::string block = isPrintableAsBlockString(description)
                                ? printBlockStringLiteral(description)
                                : printStringLiteral(description);
  const std::string prefix =
      !indentation.empty() && !firstInBlock ? "\n" + indentation : indentation;
  return prefix + replaceNewlines(block, indentation) + "\n";
}

std::string printDeprecated(const std::optional<std::string>& reason) {
  if (!reason) return {};
  if (*reason != "No longer supported") {
    return " @deprecated(reason: " + printStringLiteral(*reason) + ")";
  }
  return " @deprecated";
}

std::string printInputValue(const InputValue& arg) {
  std::string out = arg.name + ": " + typeToString(arg.type);
  if (arg.defaultValue) {
    if (auto literal = printValueLiteral(*arg.defaultValue, arg.type)) out += " = " + *literal;
  }
  return out + printDeprecated(arg.deprecationReason);
}

std::string printArgs(const std::vector<InputValue>& args, const std::string& indentation = "") {
  if (args.empty()) return {};
  const bool noDescriptions = std::all_of(
      args.begin(), args.end(), [](const InputValue& a) { return a.description.empty(); });
  std::string out = "(";
  if (noDescriptions) {
    for (std::size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + printInputValue(args[i]);
    return out + ")";
  }
  out += "\n";
  for (std::size_t i = 0; i < args.size(); ++i) {
    out += printDescription(args[i].description, "  " + indentation, i == 0) + "  " + indentation +
           printInputValue(args[i]) + (i + 1 < args.size() ? "\n" : "");
  }
  return out + "\n" + indentation + ")";
}

std::string printBlock(const std::vector<std::string>& items) {
  if (items.empty()) return {};
  std::string out = " {\n";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "\n" : "") + items[i];
  return out + "\n}";
}

std::string printFieldsType(const FieldsType& type, const char* keyword) {
  std::string out = printDescription(type.description) + keyword + type.name;
  if (!type.interfaces.empty()) {
    out += " implements ";
    for (std::size_t i = 0; i < type.interfaces.size(); ++i) {
      out += (i ? " & " : "") + type.interfaces[i]->name;
    }
  }
  std::vector<std::string> fields;
  for (std::size_t i = 0; i < type.fields.size(); ++i) {
    const auto& f = type.fields[i];
    fields.push_back(printDescription(f.description, "  ", i == 0) + "  " + f.name +
                     printArgs(f.args, "  ") + ": " + typeToString(f.type) +
                     printDeprecated(f.deprecationReason));
  }
  return out + printBlock(fields);
}

std::string printType(const NamedType& type) {
  switch (type.kind) {
    case TypeKind::Scalar: {
      const auto& s = static_cast<const ScalarType&>(type);
      return printDescription(s.description) + "scalar " + s.name +
             (s.specifiedByURL.empty()
                  ? std::string()
                  : " @specifiedBy(url: " + printStringLiteral(s.specifiedByURL) + ")");
    }
    case TypeKind::Object: return printFieldsType(static_cast<const FieldsType&>(type), "type ");
    case TypeKind::Interface:
      return printFieldsType(static_cast<const FieldsType&>(type), "interface ");
    case TypeKind::Union: {
      const auto& u = static_cast<const UnionType&>(type);
      std::string out = printDescription(u.description) + "union " + u.name;
      for (std::size_t i = 0; i < u.types.size(); ++i)
        out += (i ? " | " : " = ") + u.types[i]->name;
      return out;
    }
    case TypeKind::Enum: {
      const auto& e = static_cast<const EnumType&>(type);
      std::vector<std::string> values;
      for (std::size_t i = 0; i < e.values.size(); ++i) {
        values.push_back(printDescription(e.values[i].description, "  ", i == 0) + "  " +
                         e.values[i].name + printDeprecated(e.values[i].deprecationReason));
      }
      return printDescription(e.description) + "enum " + e.name + printBlock(values);
    }
    case TypeKind::InputObject: {
      const auto& io = static_cast<const InputObjectType&>(type);
      std::vector<std::string> fields;
      for (std::size_t i = 0; i < io.fields.size(); ++i) {
        fields.push_back(printDescription(io.fields[i].description, "  ", i == 0) + "  " +
                         printInputValue(io.fields[i]));
      }
      return printDescription(io.description) + "input " + io.name + (io.isOneOf ? " @oneOf" : "") +
             printBlock(fields);
    }
    default: return {};
  }
}

std::string printSchemaDefinition(const Schema& schema) {
  const auto* q = schema.queryType();
  const auto* m = schema.mutationType();
  const auto* s = schema.subscriptionType();
  const bool commonNames = (q == nullptr || q->name == "Query") &&
                           (m == nullptr || m->name == "Mutation") &&
                           (s == nullptr || s->name == "Subscription");
  if (schema.description.empty() && commonNames) return {};
  std::string out = printDescription(schema.description) + "schema {\n";
  if (q != nullptr) out += "  query: " + q->name + "\n";
  if (m != nullptr) out += "  mutation: " + m->name + "\n";
  if (s != nullptr) out += "  subscription: " + s->name + "\n";
  return out + "}";
}

}  // namespace

std::string printSchema(const Schema& schema) {
  std::vector<std::string> parts;
  if (auto def = printSchemaDefinition(schema); !def.empty()) parts.push_back(std::move(def));
  for (const auto* d : schema.directives()) {
    if (isSpecifiedDirectiveName(d->name)) continue;
    std::string locations;
    for (std::size_t i = 0; i < d->locations.size(); ++i) {
      locations += (i ? " | " : "") + std::string(toString(d->locations[i]));
    }
    parts.push_back(printDescription(d->description) + "directive @" + d->name +
                    printArgs(d->args) + (d->isRepeatable ? " repeatable" : "") + " on " +
                    locations);
  }
  for (const auto* t : schema.types()) {
    if (isSpecifiedScalarName(t->name) || t->name.rfind("__", 0) == 0) continue;
    parts.push_back(printType(*t));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "\n\n" : "") + parts[i];
  return out;
}

}  // namespace kvm48::graphql
