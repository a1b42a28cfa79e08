// Prints parse, validate and execute times for the introspection query and a typical
// perfVods query, and the whole engine pipeline with and without the document cache
// (the uncached pipeline is the baseline the cached ratio is measured against).
//
//   bench_graphql [vod-count]   (build with the release preset for meaningful numbers)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "graphql/engine.hpp"
#include "graphql/introspection/introspection.hpp"
#include "graphql/language/parser.hpp"
#include "graphql/validation/validate.hpp"
#include "perf_schema.hpp"

using namespace kvm48;
using namespace kvm48::graphql;

namespace {

// Mean microseconds per call, over at least 0.3 s and 20 calls.
double measure(const std::function<void()>& op) {
  using Clock = std::chrono::steady_clock;
  op();  // warm-up
  long iterations = 0;
  const auto start = Clock::now();
  auto now = start;
  while (iterations < 20 || now - start < std::chrono::milliseconds(300)) {
    op();
    ++iterations;
    now = Clock::now();
  }
  return std::chrono::duration<double, std::micro>(now - start).count() /
         static_cast<double>(iterations);
}

void benchQuery(const char* label, const std::shared_ptr<const Schema>& schema,
                const std::string& query, const Json& variables) {
  const auto document = parse(query);
  if (!validate(*schema, *document).empty()) {
    std::fprintf(stderr, "%s: the query does not validate\n", label);
    std::exit(1);
  }
  const ExecuteRequest request{*schema, *document, variables, std::nullopt};
  const auto result = execute(request);
  if (!result.errors.empty()) {
    std::fprintf(stderr, "%s: %s\n", label, result.toJson().dump().c_str());
    std::exit(1);
  }
  const std::size_t responseBytes = result.toJson().dump().size();

  const double parseUs = measure([&] { parse(query); });
  const double validateUs = measure([&] { validate(*schema, *document); });
  const double executeUs = measure([&] { execute(request); });
  const double serializeUs = measure([&] { execute(request).toJson().dump(); });

  EngineOptions uncachedOptions;
  uncachedOptions.documentCacheSize = 0;
  const Engine uncached(schema, uncachedOptions);
  const Engine cached(schema);
  const Request engineRequest{query, variables, std::nullopt};
  const double uncachedUs = measure([&] { uncached.execute(engineRequest).toJson().dump(); });
  const double cachedUs = measure([&] { cached.execute(engineRequest).toJson().dump(); });

  std::printf("%s (%zu query bytes, %zu response bytes)\n", label, query.size(), responseBytes);
  std::printf("  parse                     %10.1f us\n", parseUs);
  std::printf("  validate                  %10.1f us\n", validateUs);
  std::printf("  execute                   %10.1f us\n", executeUs);
  std::printf("  execute + JSON text       %10.1f us\n", serializeUs);
  std::printf("  engine, no cache          %10.1f us   (baseline)\n", uncachedUs);
  std::printf("  engine, document cache    %10.1f us   (%.2fx the baseline, %.1fx faster)\n",
              cachedUs, cachedUs / uncachedUs, uncachedUs / cachedUs);
}

}  // namespace

int main(int argc, char** argv) {
  const int vodCount = argc > 1 ? std::atoi(argv[1]) : 5000;
  const auto schema = bench::perfSchema(vodCount);
  std::printf("kvm48_graphql benchmark, %d VODs in memory\n\n", vodCount);
  benchQuery("introspection (graphql-js getIntrospectionQuery, all options)", schema,
             introspectionQuery(), Json::object());
  std::printf("\n");
  // One week of SNH48 performances: 1008 slots of 10 minutes, every 6th is SNH48.
  benchQuery("perfVods: one week of one group, all fields", schema,
             "query Week($from: Int!, $to: Int!, $group: Group) {\n"
             "  perfVods(from: $from, to: $to, group: $group) {\n"
             "    id l4cClubId l4cId l4cUrl group title subtitle startTime\n"
             "    sdStream hdStream fhdStream bestStream\n  }\n}",
             Json{{"from", 1500000000}, {"to", 1500000000 + 7 * 86400}, {"group", "SNH48"}});
  return 0;
}
