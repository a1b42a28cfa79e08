// Engine: the facade the API server calls. One request = parse -> limits -> validate
// -> execute, where the first three are skipped for query texts seen recently (a
// bounded LRU cache of prepared documents, keyed by the exact query text).
//
// Thread-safety: one Engine serves any number of threads concurrently; the cache is
// guarded by a mutex held only for lookups and inserts, never while parsing,
// validating or executing. The schema is shared and immutable (finalized).
// Failure: never throws for bad requests; everything ends up in the result's errors.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"
#include "execution/execute.hpp"
#include "language/ast.hpp"
#include "language/parser.hpp"
#include "type/schema.hpp"

namespace kvm48::graphql {

// Defaults are safe for a public endpoint and leave room for GraphiQL's introspection
// query (about 330 tokens, 13 nested selection sets, 0 aliases, ~90 fields).
struct EngineLimits {
  std::size_t maxQueryBytes = 64 * 1024;
  std::size_t maxTokens = 5000;
  std::size_t maxParserDepth = 64;  // nesting of selection sets, lists, objects, list types
  std::size_t maxQueryDepth = 20;   // field nesting, following fragments
  std::size_t maxFields = 1000;     // field selections, each fragment counted per spread
  std::size_t maxAliases = 100;
  std::size_t maxValidationErrors = 100;
  std::size_t maxExecutionErrors = 100;
};

struct EngineOptions {
  EngineLimits limits;
  std::size_t documentCacheSize = 512;  // prepared documents kept; 0 disables the cache
};

struct Request {
  std::string query;
  Json variables = Json::object();
  std::optional<std::string> operationName;
};

class SchemaAnswerCache;

// A parsed document that passed the limits and validation, or the errors that stop it.
struct PreparedDocument {
  std::shared_ptr<const ast::Document> document;  // null when errors is not empty
  std::vector<GraphQLError> errors;
  // Set when every operation selects only __schema, __type and __typename at its root (an
  // introspection query): its answer depends on the immutable schema and the variables
  // alone, so executeToText keeps the text of the answers per variable set.
  std::shared_ptr<SchemaAnswerCache> schemaAnswers;
};

struct DocumentCacheStats {
  std::size_t hits = 0;
  std::size_t misses = 0;
  std::size_t size = 0;
};

class Engine {
 public:
  explicit Engine(std::shared_ptr<const Schema> schema, EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // The whole pipeline. `context` is handed to every resolver.
  ExecutionResult execute(const Request& request, void* context = nullptr) const;
  // The same, as JSON text; introspection answers come from the document's schemaAnswers.
  TextResult executeToText(const Request& request, void* context = nullptr) const;
  // Parse, limits and validation only (through the cache).
  std::shared_ptr<const PreparedDocument> prepare(std::string_view query) const;
  // The same without the cache (benchmarks, tools).
  PreparedDocument prepareUncached(std::string_view query) const;

  DocumentCacheStats cacheStats() const;
  const Schema& schema() const { return *schema_; }
  const EngineOptions& options() const { return options_; }

 private:
  class Cache;
  // What execute() and executeToText() hand the executor for a document without errors.
  ExecuteRequest executeRequest(const PreparedDocument& prepared, const Request& request,
                                void* context) const;

  std::shared_ptr<const Schema> schema_;
  EngineOptions options_;
  std::unique_ptr<Cache> cache_;
};

// Checks the document against the depth/field/alias limits; empty when within them.
std::vector<GraphQLError> checkLimits(const ast::Document& document, const EngineLimits& limits);

}  // namespace kvm48::graphql
