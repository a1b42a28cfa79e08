#include "overlapping_fields_collect.hpp"

#include <algorithm>

#include "../../type/schema.hpp"
#include "../messages.hpp"

namespace kvm48::graphql::rules::overlap {

const std::vector<FieldDetail>* CollectedFields::find(std::string_view responseName) const {
  for (const auto& [name, fields] : grouped) {
    if (name == responseName) return &fields;
  }
  return nullptr;
}

CollectedFields& FieldCollector::collect(const NamedType* parentType,
                                         const ast::SelectionSet& set) {
  auto& slot = cache_[{parentType, &set}];
  if (!slot) {
    slot = std::make_unique<CollectedFields>();
    std::unordered_map<std::string_view, std::size_t> index;
    collectInto(parentType, set, *slot, index);
  }
  return *slot;
}

CollectedFields* FieldCollector::collectFragment(std::string_view fragmentName) {
  const ast::FragmentDefinition* fragment = context_.fragment(fragmentName);
  if (!fragment) return nullptr;
  return &collect(context_.astTypes().named(fragment->typeCondition), fragment->selectionSet);
}

void FieldCollector::collectInto(const NamedType* parentType, const ast::SelectionSet& set,
                                 CollectedFields& out,
                                 std::unordered_map<std::string_view, std::size_t>& index) {
  for (const auto& selection : set.selections) {
    switch (selection->kind) {
      case ast::Kind::Field: {
        const auto* field = static_cast<const ast::Field*>(selection.get());
        const FieldDefinition* def = nullptr;
        if (parentType &&
            (parentType->kind == TypeKind::Object || parentType->kind == TypeKind::Interface)) {
          def = static_cast<const FieldsType*>(parentType)->findField(field->name.value);
        }
        const std::string_view key = field->responseKey();
        auto [it, inserted] = index.try_emplace(key, out.grouped.size());
        if (inserted) out.grouped.push_back({key, {}});
        out.grouped[it->second].second.push_back(
            {parentType, field, def, field->arguments.empty() && !field->selectionSet});
        break;
      }
      case ast::Kind::FragmentSpread: {
        const std::string_view name =
            static_cast<const ast::FragmentSpread*>(selection.get())->name.value;
        if (std::find(out.fragmentNames.begin(), out.fragmentNames.end(), name) ==
            out.fragmentNames.end()) {
          out.fragmentNames.push_back(name);
        }
        break;
      }
      case ast::Kind::InlineFragment: {
        const auto* fragment = static_cast<const ast::InlineFragment*>(selection.get());
        const NamedType* type = fragment->typeCondition
                                    ? context_.astTypes().named(*fragment->typeCondition)
                                    : parentType;
        collectInto(type, fragment->selectionSet, out, index);
        break;
      }
      default: break;
    }
  }
}

std::string stringifyValue(const ast::ValueNode& value) {
  using ast::Kind;
  switch (value.kind) {
    case Kind::Variable:
      return "$" + std::string(static_cast<const ast::Variable&>(value).name.value);
    case Kind::IntValue: return "I" + std::string(static_cast<const ast::IntValue&>(value).value);
    case Kind::FloatValue:
      return "F" + std::string(static_cast<const ast::FloatValue&>(value).value);
    case Kind::StringValue: {
      const auto& s = static_cast<const ast::StringValue&>(value);
      return (s.block ? "B" : "S") + printString(s.value);
    }
    case Kind::BooleanValue:
      return static_cast<const ast::BooleanValue&>(value).value ? "true" : "false";
    case Kind::NullValue: return "null";
    case Kind::EnumValue: return "E" + std::string(static_cast<const ast::EnumValue&>(value).value);
    case Kind::ListValue: {
      std::string out = "[";
      for (const auto& v : static_cast<const ast::ListValue&>(value).values) {
        out += stringifyValue(*v) + ",";
      }
      return out + "]";
    }
    case Kind::ObjectValue: {
      std::vector<const ast::ObjectField*> fields;
      for (const auto& f : static_cast<const ast::ObjectValue&>(value).fields) fields.push_back(&f);
      std::stable_sort(fields.begin(), fields.end(),
                       [](const auto* a, const auto* b) { return a->name.value < b->name.value; });
      std::string out = "{";
      for (const auto* f : fields) {
        out += std::string(f->name.value) + ":" + stringifyValue(*f->value) + ",";
      }
      return out + "}";
    }
    default: return "?";
  }
}

}  // namespace kvm48::graphql::rules::overlap
