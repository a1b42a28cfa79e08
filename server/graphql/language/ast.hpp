// The executable-document AST (GraphQL spec section 2), shaped after graphql-js's
// language/ast.ts so that validation rules port one to one.
//
// Ownership: a Document owns its source text (shared, immutable) and every node.
// Names, numbers and enum values are string_views into that source, so they live
// exactly as long as the Document. String values own their (unescaped) text.
// Nodes are immutable after parsing; a Document may be read from many threads.
//
// Locations are byte offsets into the source ([start, end)); Document::locate()
// turns an offset into a 1-based line and a column counted like graphql-js does
// (UTF-16 code units), which is what error "locations" carry.
//
// There is no generic visitor here: validation (G2, validation/) walks the tree with
// its own TypeInfo-style traversal; execution walks only what it needs.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvm48::graphql {

// 1-based position as reported in GraphQL errors.
struct SourceLocation {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  bool operator==(const SourceLocation&) const = default;
};

namespace ast {

enum class Kind : std::uint8_t {
  Document,
  OperationDefinition,
  VariableDefinition,
  SelectionSet,
  Field,
  Argument,
  FragmentSpread,
  InlineFragment,
  FragmentDefinition,
  Variable,
  IntValue,
  FloatValue,
  StringValue,
  BooleanValue,
  NullValue,
  EnumValue,
  ListValue,
  ObjectValue,
  ObjectField,
  Directive,
  NamedType,
  ListType,
  NonNullType,
  // A type-system definition or extension (schema, scalar, type, interface, union,
  // enum, input, directive, extend ...). Parsed so that the ExecutableDefinitions rule
  // can report it; its body is not kept.
  TypeSystemDefinition,
};

// Byte offsets into Document::source(), [start, end).
struct Location {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct Node {
  explicit Node(Kind k) : kind(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  Node(Node&&) = default;
  Node& operator=(Node&&) = default;

  Kind kind;
  Location loc;
};

struct Name {
  std::string_view value;
  Location loc;
};

// ---- Values ---------------------------------------------------------------

struct ValueNode : Node {
  using Node::Node;
};
using ValuePtr = std::unique_ptr<ValueNode>;

struct Variable : ValueNode {
  Variable() : ValueNode(Kind::Variable) {}
  Name name;  // without the '$'
};
struct IntValue : ValueNode {
  IntValue() : ValueNode(Kind::IntValue) {}
  std::string_view value;  // the literal's text, e.g. "-12"
};
struct FloatValue : ValueNode {
  FloatValue() : ValueNode(Kind::FloatValue) {}
  std::string_view value;  // the literal's text, e.g. "1.5e3"
};
struct StringValue : ValueNode {
  StringValue() : ValueNode(Kind::StringValue) {}
  std::string value;  // unescaped (block strings: after the spec's dedent)
  bool block = false;
};
struct BooleanValue : ValueNode {
  BooleanValue() : ValueNode(Kind::BooleanValue) {}
  bool value = false;
};
struct NullValue : ValueNode {
  NullValue() : ValueNode(Kind::NullValue) {}
};
struct EnumValue : ValueNode {
  EnumValue() : ValueNode(Kind::EnumValue) {}
  std::string_view value;
};
struct ListValue : ValueNode {
  ListValue() : ValueNode(Kind::ListValue) {}
  std::vector<ValuePtr> values;
};
struct ObjectField : Node {
  ObjectField() : Node(Kind::ObjectField) {}
  Name name;
  ValuePtr value;  // never null
};
struct ObjectValue : ValueNode {
  ObjectValue() : ValueNode(Kind::ObjectValue) {}
  std::vector<ObjectField> fields;
};

// ---- Type references -------------------------------------------------------

struct TypeNode : Node {
  using Node::Node;
};
using TypePtr = std::unique_ptr<TypeNode>;

struct NamedType : TypeNode {
  NamedType() : TypeNode(Kind::NamedType) {}
  Name name;
};
struct ListType : TypeNode {
  ListType() : TypeNode(Kind::ListType) {}
  TypePtr type;  // never null
};
struct NonNullType : TypeNode {
  NonNullType() : TypeNode(Kind::NonNullType) {}
  TypePtr type;  // never null; a NamedType or a ListType
};

// ---- Arguments and directives ----------------------------------------------

struct Argument : Node {
  Argument() : Node(Kind::Argument) {}
  Name name;
  ValuePtr value;  // never null
};
struct Directive : Node {
  Directive() : Node(Kind::Directive) {}
  Name name;
  std::vector<Argument> arguments;
};

// ---- Selections -------------------------------------------------------------

struct Selection : Node {
  using Node::Node;
  std::vector<Directive> directives;
};
using SelectionPtr = std::unique_ptr<Selection>;

struct SelectionSet : Node {
  SelectionSet() : Node(Kind::SelectionSet) {}
  std::vector<SelectionPtr> selections;  // never empty after a successful parse
};

struct Field : Selection {
  Field() : Selection(Kind::Field) {}
  std::optional<Name> alias;
  Name name;
  std::vector<Argument> arguments;
  std::unique_ptr<SelectionSet> selectionSet;  // null for leaf selections

  std::string_view responseKey() const { return alias ? alias->value : name.value; }
};
struct FragmentSpread : Selection {
  FragmentSpread() : Selection(Kind::FragmentSpread) {}
  Name name;
};
struct InlineFragment : Selection {
  InlineFragment() : Selection(Kind::InlineFragment) {}
  std::unique_ptr<NamedType> typeCondition;  // may be null
  SelectionSet selectionSet;
};

// ---- Definitions --------------------------------------------------------------

struct Definition : Node {
  using Node::Node;
};
using DefinitionPtr = std::unique_ptr<Definition>;

enum class OperationType : std::uint8_t { Query, Mutation, Subscription };
std::string_view toString(OperationType);

struct VariableDefinition : Node {
  VariableDefinition() : Node(Kind::VariableDefinition) {}
  std::unique_ptr<StringValue> description;  // September 2025: may be null
  Variable variable;
  TypePtr type;           // never null
  ValuePtr defaultValue;  // may be null
  std::vector<Directive> directives;
};

struct OperationDefinition : Definition {
  OperationDefinition() : Definition(Kind::OperationDefinition) {}
  std::unique_ptr<StringValue> description;  // September 2025: may be null
  OperationType operation = OperationType::Query;
  std::optional<Name> name;  // absent for anonymous operations (incl. the `{ ... }` shorthand)
  std::vector<VariableDefinition> variableDefinitions;
  std::vector<Directive> directives;
  SelectionSet selectionSet;
};

struct FragmentDefinition : Definition {
  FragmentDefinition() : Definition(Kind::FragmentDefinition) {}
  std::unique_ptr<StringValue> description;  // September 2025: may be null
  Name name;
  NamedType typeCondition;
  std::vector<Directive> directives;
  SelectionSet selectionSet;
};

struct TypeSystemDefinition : Definition {
  TypeSystemDefinition() : Definition(Kind::TypeSystemDefinition) {}
  bool isSchema = false;  // `schema` / `extend schema` (graphql-js names it 'schema')
  Name name;              // empty for schema definitions
};

// ---- Document ------------------------------------------------------------------

class Document : public Node {
 public:
  explicit Document(std::shared_ptr<const std::string> source)
      : Node(Kind::Document), source_(std::move(source)) {}

  std::string_view source() const { return *source_; }
  // Line (1-based) and column (1-based, UTF-16 code units like graphql-js) of a byte offset.
  SourceLocation locate(std::uint32_t offset) const;

  std::vector<DefinitionPtr> definitions;

 private:
  std::shared_ptr<const std::string> source_;
};

// Line and column of `offset` in `source` (same rules as Document::locate).
SourceLocation locate(std::string_view source, std::uint32_t offset);

}  // namespace ast
}  // namespace kvm48::graphql
