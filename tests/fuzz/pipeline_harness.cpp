#include "pipeline_harness.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "graphql/engine.hpp"
#include "graphql/language/parser.hpp"
#include "graphql/validation/validate.hpp"
#include "test_schema.hpp"

namespace kvm48::graphql::fuzz {
namespace {

[[noreturn]] void contractBroken(const char* what) {
  std::fprintf(stderr, "engine contract broken: %s\n", what);
  std::abort();
}

const Engine& engine() {
  static const std::unique_ptr<Engine> instance = [] {
    std::ifstream in(KVM48_FUZZ_DATA_JSON);
    if (!in) contractBroken("cannot read the differential test data.json");
    std::shared_ptr<const Schema> schema = differential::buildTestSchema(Json::parse(in));
    EngineOptions options;
    options.documentCacheSize = 0;  // every input goes through parse and validation
    return std::make_unique<Engine>(std::move(schema), options);
  }();
  return *instance;
}

bool isValidUtf8(std::string_view text) {
  try {
    (void)Json(std::string(text)).dump();
    return true;
  } catch (const Json::type_error&) {
    return false;
  }
}

}  // namespace

void runParser(std::string_view input) {
  try {
    auto document = parse(std::string(input));
    if (!document) contractBroken("parse returned null");
  } catch (const SyntaxError& e) {
    if (e.error.message.empty()) contractBroken("syntax error without a message");
  } catch (...) {
    contractBroken("parse threw something other than SyntaxError");
  }
}

void runPipeline(std::string_view input) {
  Request request;
  const auto split = input.find("\n###\n");
  request.query = std::string(input.substr(0, split));
  if (split != std::string_view::npos) {
    request.variables = Json::parse(input.substr(split + 5), nullptr, false);
    if (request.variables.is_discarded()) request.variables = Json::object();
  }
  try {
    const ExecutionResult result = engine().execute(request);
    if (!result.data && result.errors.empty()) contractBroken("neither data nor errors");
    // A response must serialize. A source that is not UTF-8 is not a GraphQL document and
    // its bytes may be echoed in syntax error messages (the HTTP layer dumps with
    // error_handler_t::replace); for UTF-8 input every message must be UTF-8 too.
    const auto handler =
        isValidUtf8(request.query) ? Json::error_handler_t::strict : Json::error_handler_t::replace;
    (void)result.toJson().dump(-1, ' ', false, handler);
    // Validation on its own, without the engine's depth/alias limits in front of it.
    const auto document = parse(request.query);
    (void)validate(engine().schema(), *document);
  } catch (const SyntaxError&) {
    // the raw parse above may reject what the engine already reported
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    contractBroken("exception escaped the engine");
  }
}

}  // namespace kvm48::graphql::fuzz
