// One fuzz input through the whole engine: Engine::execute (parse -> limits -> validate
// -> execute) over the differential test schema, plus parse -> validate without the
// engine's limits. Input format: the query text, optionally followed by "\n###\n" and a
// JSON object of variables. Aborts (a crash for libFuzzer) when an engine contract is
// broken: an exception escaping, or a result with neither data nor errors.
//
// Used by the fuzz_graphql_pipeline target and by the regression test that replays
// tests/fuzz/regressions/ in normal builds. Not thread-safe (one static engine).
#pragma once

#include <string_view>

namespace kvm48::graphql::fuzz {

void runPipeline(std::string_view input);
// Parse only (the parser target), checking the same no-throw-but-SyntaxError contract.
void runParser(std::string_view input);

}  // namespace kvm48::graphql::fuzz
