// Build-time schema checks, after graphql-js type/validate.ts (the subset that a
// schema built through the C++ API can violate).
#include <regex>
#include <set>

#include "schema.hpp"

namespace kvm48::graphql {
namespace {

bool isValidName(const std::string& name) {
  if (name.empty()) return false;
  auto start = [](char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!start(name[0])) return false;
  for (char c : name) {
    if (!start(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

void checkName(const std::string& name, bool builtIn, std::vector<std::string>& problems) {
  if (!isValidName(name)) {
    problems.push_back("Names must only contain [_a-zA-Z0-9] but \"" + name + "\" does not.");
  } else if (!builtIn && name.rfind("__", 0) == 0) {
    problems.push_back(
        "Name \"" + name +
        "\" must not begin with \"__\", which is reserved by GraphQL introspection.");
  }
}

void checkInputValues(const std::string& owner, const std::vector<InputValue>& values, bool builtIn,
                      std::vector<std::string>& problems) {
  std::set<std::string> seen;
  for (const auto& v : values) {
    checkName(v.name, builtIn, problems);
    if (!seen.insert(v.name).second)
      problems.push_back(owner + " has duplicate input value \"" + v.name + "\".");
    if (v.type != nullptr && !isInputType(v.type)) {
      problems.push_back("The type of " + owner + "(" + v.name +
                         ":) must be Input Type but got: " + typeToString(v.type) + ".");
    }
    if (isRequiredArgument(v) && v.deprecationReason) {
      problems.push_back("Required argument " + owner + "(" + v.name + ":) cannot be deprecated.");
    }
  }
}

void checkImplementation(const FieldsType& type, const InterfaceType& iface, const Schema& schema,
                         std::vector<std::string>& problems) {
  for (const auto& ifaceField : iface.fields) {
    const FieldDefinition* field = type.findField(ifaceField.name);
    const std::string where = iface.name + "." + ifaceField.name;
    if (field == nullptr) {
      problems.push_back("Interface field " + where + " expected but " + type.name +
                         " does not provide it.");
      continue;
    }
    if (field->type != nullptr && ifaceField.type != nullptr &&
        !isTypeSubTypeOf(schema, field->type, ifaceField.type)) {
      problems.push_back("Interface field " + where + " expects type " +
                         typeToString(ifaceField.type) + " but " + type.name + "." + field->name +
                         " is type " + typeToString(field->type) + ".");
    }
    for (const auto& ifaceArg : ifaceField.args) {
      const InputValue* arg = field->findArg(ifaceArg.name);
      if (arg == nullptr) {
        problems.push_back("Interface field argument " + where + "(" + ifaceArg.name +
                           ":) expected but " + type.name + "." + field->name +
                           " does not provide it.");
      } else if (!isEqualType(arg->type, ifaceArg.type)) {
        problems.push_back("Interface field argument " + where + "(" + ifaceArg.name +
                           ":) expects type " + typeToString(ifaceArg.type) + " but " + type.name +
                           "." + field->name + "(" + arg->name + ":) is type " +
                           typeToString(arg->type) + ".");
      }
    }
    for (const auto& arg : field->args) {
      if (ifaceField.findArg(arg.name) == nullptr && isRequiredArgument(arg)) {
        problems.push_back("Argument \"" + type.name + "." + field->name + "(" + arg.name +
                           ":)\" must not be required type \"" + typeToString(arg.type) +
                           "\" if not provided by the Interface field \"" + where + "\".");
      }
    }
  }
}

}  // namespace

void Schema::validate(std::vector<std::string>& problems) const {
  for (const NamedType* t : typeList_) {
    const bool builtIn = t->name.rfind("__", 0) == 0;
    checkName(t->name, builtIn, problems);
    switch (t->kind) {
      case TypeKind::Object:
      case TypeKind::Interface: {
        const auto& ft = *static_cast<const FieldsType*>(t);
        const char* what = t->kind == TypeKind::Object ? "Type " : "Interface ";
        if (ft.fields.empty())
          problems.push_back(std::string(what) + t->name + " must define one or more fields.");
        std::set<std::string> seen;
        for (const auto& f : ft.fields) {
          checkName(f.name, builtIn, problems);
          if (!seen.insert(f.name).second)
            problems.push_back(t->name + " has duplicate field \"" + f.name + "\".");
          if (f.type != nullptr && !isOutputType(f.type)) {
            problems.push_back("The type of " + t->name + "." + f.name +
                               " must be Output Type but got: " + typeToString(f.type) + ".");
          }
          checkInputValues(t->name + "." + f.name, f.args, builtIn, problems);
        }
        for (const auto* i : ft.interfaces) {
          if (i == t) {
            problems.push_back(
                "Type " + t->name +
                " cannot implement itself because it would create a circular reference.");
            continue;
          }
          checkImplementation(ft, *i, *this, problems);
        }
        break;
      }
      case TypeKind::Union:
        if (static_cast<const UnionType*>(t)->types.empty()) {
          problems.push_back("Union type " + t->name + " must define one or more member types.");
        }
        break;
      case TypeKind::Enum: {
        const auto& e = *static_cast<const EnumType*>(t);
        if (e.values.empty())
          problems.push_back("Enum type " + t->name + " must define one or more values.");
        for (const auto& v : e.values) {
          checkName(v.name, builtIn, problems);
          if (v.name == "true" || v.name == "false" || v.name == "null") {
            problems.push_back("Enum type " + t->name + " cannot include value: " + v.name + ".");
          }
        }
        break;
      }
      case TypeKind::InputObject: {
        const auto& io = *static_cast<const InputObjectType*>(t);
        if (io.fields.empty()) {
          problems.push_back("Input Object type " + t->name + " must define one or more fields.");
        }
        checkInputValues(t->name, io.fields, builtIn, problems);
        break;
      }
      default: break;
    }
  }
  std::set<std::string> directiveNames;
  for (const auto* d : directiveList_) {
    checkName(d->name, false, problems);
    if (!directiveNames.insert(d->name).second) {
      problems.push_back("Directive @" + d->name + " is defined more than once.");
    }
    if (d->locations.empty())
      problems.push_back("Directive @" + d->name + " must include 1 or more locations.");
    checkInputValues("@" + d->name, d->args, false, problems);
  }
}

}  // namespace kvm48::graphql
