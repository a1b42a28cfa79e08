#include "engine.hpp"

#include <list>
#include <mutex>
#include <unordered_map>

#include "validation/validate.hpp"

namespace kvm48::graphql {

// LRU of prepared documents keyed by query text.
class Engine::Cache {
 public:
  explicit Cache(std::size_t capacity) : capacity_(capacity) {}

  std::shared_ptr<const PreparedDocument> find(std::string_view query) {
    const std::lock_guard lock(mutex_);
    const auto it = index_.find(query);
    if (it == index_.end()) {
      ++misses_;
      return nullptr;
    }
    ++hits_;
    entries_.splice(entries_.begin(), entries_, it->second);  // most recently used first
    return it->second->second;
  }

  void insert(std::string_view query, std::shared_ptr<const PreparedDocument> prepared) {
    const std::lock_guard lock(mutex_);
    if (index_.contains(query)) return;  // another thread prepared it meanwhile
    entries_.emplace_front(std::string(query), std::move(prepared));
    index_.emplace(entries_.front().first, entries_.begin());
    while (entries_.size() > capacity_) {
      index_.erase(entries_.back().first);
      entries_.pop_back();
    }
  }

  DocumentCacheStats stats() const {
    const std::lock_guard lock(mutex_);
    return {hits_, misses_, entries_.size()};
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const PreparedDocument>>;
  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;  // keys own the text; the index views into them
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;
  std::size_t hits_ = 0, misses_ = 0;
};

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
  if (out.errors.empty()) out.document = std::move(document);
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

ExecutionResult Engine::execute(const Request& request, void* context) const {
  const auto prepared = prepare(request.query);
  if (!prepared->errors.empty()) return ExecutionResult{std::nullopt, prepared->errors};
  return graphql::execute(ExecuteRequest{*schema_, *prepared->document, request.variables,
                                         request.operationName, context,
                                         options_.limits.maxExecutionErrors});
}

DocumentCacheStats Engine::cacheStats() const {
  return cache_ ? cache_->stats() : DocumentCacheStats{};
}

}  // namespace kvm48::graphql
