#include "engine.hpp"

#include <atomic>
#include <iterator>
#include <list>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "validation/validate.hpp"

namespace kvm48::graphql {

// Prepared documents keyed by query text, evicted least recently used first, by the CLOCK
// approximation: a hit only sets the entry's `referenced` bit under a shared lock (no list
// reordering, so threads reading the same hot queries do not serialise on the cache); the
// eviction gives a referenced entry a second chance at the front.
class Engine::Cache {
 public:
  explicit Cache(std::size_t capacity) : capacity_(capacity) {}

  std::shared_ptr<const PreparedDocument> find(std::string_view query) {
    const std::shared_lock lock(mutex_);
    const auto it = index_.find(query);
    if (it == index_.end()) {
      misses_.fetch_add(1, std::memory_order_relaxed);
      return nullptr;
    }
    hits_.fetch_add(1, std::memory_order_relaxed);
    it->second->referenced.store(true, std::memory_order_relaxed);
    return it->second->prepared;
  }

  void insert(std::string_view query, std::shared_ptr<const PreparedDocument> prepared) {
    const std::unique_lock lock(mutex_);
    if (index_.contains(query)) return;  // another thread prepared it meanwhile
    entries_.emplace_front(std::string(query), std::move(prepared));
    index_.emplace(entries_.front().query, entries_.begin());
    while (entries_.size() > capacity_) {
      auto oldest = std::prev(entries_.end());
      if (oldest->referenced.exchange(false, std::memory_order_relaxed)) {
        entries_.splice(entries_.begin(), entries_, oldest);  // second chance
        continue;
      }
      index_.erase(oldest->query);
      entries_.erase(oldest);
    }
  }

  DocumentCacheStats stats() const {
    const std::shared_lock lock(mutex_);
    return {hits_.load(), misses_.load(), entries_.size()};
  }

 private:
  struct Entry {
    Entry(std::string q, std::shared_ptr<const PreparedDocument> p)
        : query(std::move(q)), prepared(std::move(p)) {}
    std::string query;
    std::shared_ptr<const PreparedDocument> prepared;
    std::atomic<bool> referenced{false};
  };
  const std::size_t capacity_;
  mutable std::shared_mutex mutex_;
  std::list<Entry> entries_;  // newest first; keys own the text, the index views into them
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;
  std::atomic<std::size_t> hits_{0}, misses_{0};
};

// The answers of one introspection document, by operation name and variables. Bounded:
// past kMaxAnswers variable sets, answers are computed and not kept.
class SchemaAnswerCache {
 public:
  static constexpr std::size_t kMaxAnswers = 16;

  static std::string key(const Request& request) {
    std::string key = request.operationName ? "+" + *request.operationName : "-";
    key.push_back('\n');
    key += request.variables.dump(-1, ' ', false, Json::error_handler_t::replace);
    return key;
  }
  std::shared_ptr<const TextResult> find(const std::string& key) const {
    const std::lock_guard lock(mutex_);
    const auto it = answers_.find(key);
    return it == answers_.end() ? nullptr : it->second;
  }
  void insert(std::string key, std::shared_ptr<const TextResult> answer) {
    const std::lock_guard lock(mutex_);
    if (answers_.size() < kMaxAnswers) answers_.emplace(std::move(key), std::move(answer));
  }

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const TextResult>> answers_;
};

namespace {

bool isMetaField(const ast::Selection& selection) {
  if (selection.kind != ast::Kind::Field) return false;
  const auto& name = static_cast<const ast::Field&>(selection).name.value;
  return name == "__schema" || name == "__type" || name == "__typename";
}

// True when the document has operations and each selects only meta fields at its root
// (written directly, not through fragments).
bool selectsOnlySchema(const ast::Document& document) {
  bool anyOperation = false;
  for (const auto& definition : document.definitions) {
    if (definition->kind != ast::Kind::OperationDefinition) continue;
    anyOperation = true;
    const auto& operation = static_cast<const ast::OperationDefinition&>(*definition);
    for (const auto& selection : operation.selectionSet.selections) {
      if (!isMetaField(*selection)) return false;
    }
  }
  return anyOperation;
}

}  // namespace

Engine::Engine(std::shared_ptr<const Schema> schema, EngineOptions options)
    : schema_(std::move(schema)), options_(options) {
  if (!schema_ || !schema_->finalized()) {
    throw std::invalid_argument("Engine needs a finalized schema");
  }
  if (options_.documentCacheSize > 0) cache_ = std::make_unique<Cache>(options_.documentCacheSize);
}

Engine::~Engine() = default;

PreparedDocument Engine::prepareUncached(std::string_view query) const {
  PreparedDocument out;
  const EngineLimits& limits = options_.limits;
  if (query.size() > limits.maxQueryBytes) {
    out.errors.push_back(makeError("The query is larger than the limit of " +
                                   std::to_string(limits.maxQueryBytes) + " bytes."));
    return out;
  }
  std::shared_ptr<ast::Document> document;
  try {
    document = parse(std::string(query), ParseOptions{limits.maxTokens, limits.maxParserDepth});
  } catch (const SyntaxError& e) {
    out.errors.push_back(e.error);
    return out;
  }
  out.errors = checkLimits(*document, limits);
  if (!out.errors.empty()) return out;
  out.errors = validate(*schema_, *document, ValidationOptions{limits.maxValidationErrors});
  if (out.errors.empty()) {
    if (selectsOnlySchema(*document)) out.schemaAnswers = std::make_shared<SchemaAnswerCache>();
    out.document = std::move(document);
  }
  return out;
}

std::shared_ptr<const PreparedDocument> Engine::prepare(std::string_view query) const {
  if (cache_) {
    if (auto cached = cache_->find(query)) return cached;
  }
  auto prepared = std::make_shared<const PreparedDocument>(prepareUncached(query));
  if (cache_) cache_->insert(query, prepared);
  return prepared;
}

ExecuteRequest Engine::executeRequest(const PreparedDocument& prepared, const Request& request,
                                      void* context) const {
  return ExecuteRequest{*schema_,          *prepared.document,
                        request.variables, request.operationName,
                        context,           options_.limits.maxExecutionErrors,
                        prepared.document};
}

ExecutionResult Engine::execute(const Request& request, void* context) const {
  const auto prepared = prepare(request.query);
  if (!prepared->errors.empty()) return ExecutionResult{std::nullopt, prepared->errors};
  return graphql::execute(executeRequest(*prepared, request, context));
}

TextResult Engine::executeToText(const Request& request, void* context) const {
  const auto prepared = prepare(request.query);
  auto run = [&] {
    if (!prepared->errors.empty()) {
      return TextResult{ExecutionResult{std::nullopt, prepared->errors}.toJsonText(), false,
                        prepared->errors.size()};
    }
    return graphql::executeToText(executeRequest(*prepared, request, context));
  };
  if (!prepared->schemaAnswers) return run();
  std::string key = SchemaAnswerCache::key(request);
  if (auto kept = prepared->schemaAnswers->find(key)) return *kept;
  auto answer = std::make_shared<const TextResult>(run());
  prepared->schemaAnswers->insert(std::move(key), answer);
  return *answer;
}

DocumentCacheStats Engine::cacheStats() const {
  return cache_ ? cache_->stats() : DocumentCacheStats{};
}

}  // namespace kvm48::graphql
