// The differential test against graphql-js: compares our engine's outcome on every corpus
// document with what the oracle (oracle.mjs, graphql-js 16.15.0) wrote.
//
//   graphql_differential <expected-dir> <group>...   compare these corpus groups
//   graphql_differential <expected-dir> --all        every group, with a summary table
//   graphql_differential <expected-dir> --schema     our printSchema equals graphql-js's
//
// Accept/reject (phase), error count, error locations and paths, and execution data
// must agree; differing messages are counted and printed but do not fail unless
// KVM48_DIFFERENTIAL_STRICT_MESSAGES=1. Exit status 1 on any failing disagreement or
// when the oracle's output is missing (graphql-js not installed).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "compare.hpp"
#include "graphql/type/schema.hpp"
#include "test_schema.hpp"

namespace fs = std::filesystem;
using kvm48::graphql::Json;
namespace diff = kvm48::graphql::differential;

namespace {

Json readJson(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return Json::parse(in);
}

struct Tally {
  int documents = 0, agree = 0, messageDiffs = 0, orderDiffs = 0;
  std::map<std::string, int> byCategory;
};

void runGroup(const kvm48::graphql::Schema& schema, const fs::path& file, Tally& tally,
              bool strictMessages) {
  for (const Json& entry : readJson(file)) {
    ++tally.documents;
    const diff::Verdict v = diff::compareOutcome(entry, diff::runEngine(schema, entry));
    const bool failed = !v.failures.empty() || (strictMessages && v.messagesDiffer);
    for (const std::string& c : v.failures) ++tally.byCategory[c];
    if (v.messagesDiffer) ++tally.messageDiffs;
    if (v.orderDiffers) ++tally.orderDiffs;
    if (!failed) ++tally.agree;
    if (!v.detail.empty()) {
      std::cout << (failed ? "DISAGREE " : "message  ") << entry["name"].get<std::string>() << "\n"
                << v.detail;
    }
  }
}

std::string readText(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int checkSchema(const kvm48::graphql::Schema& schema, const fs::path& dir) {
  const std::string expected = readText(dir / "schema.graphql");
  const std::string ours = kvm48::graphql::printSchema(schema) + "\n";
  if (expected == ours) {
    std::cout << "the test schema prints identically in both\n1 passed, 0 failed\n";
    return 0;
  }
  std::cout << "--- graphql-js printSchema\n"
            << expected << "--- ours\n"
            << ours << "0 passed, 1 failed\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: graphql_differential <expected-dir> (<group>...|--all|--schema)\n";
    return 2;
  }
  try {
    const fs::path dir = argv[1];
    const fs::path dataFile = fs::path(KVM48_DIFFERENTIAL_SOURCE_DIR) / "data.json";
    if (!fs::exists(dir / "schema.graphql")) {
      std::cerr << "no oracle output in " << dir
                << ": the differential_oracle test must run first (it needs graphql-js: "
                   "`npm install --no-audit --no-fund` in tests/differential)\n";
      return 1;
    }
    const auto schema = diff::buildTestSchema(readJson(dataFile));
    if (std::string(argv[2]) == "--schema") return checkSchema(*schema, dir);
    const char* strictEnv = std::getenv("KVM48_DIFFERENTIAL_STRICT_MESSAGES");
    const bool strict = strictEnv && std::string(strictEnv) == "1";
    std::vector<fs::path> files;
    if (std::string(argv[2]) == "--all") {
      for (const auto& f : fs::directory_iterator(dir)) {
        if (f.path().extension() == ".json") files.push_back(f.path());
      }
      std::sort(files.begin(), files.end());
    } else {
      for (int i = 2; i < argc; ++i) files.push_back(dir / (std::string(argv[i]) + ".json"));
    }
    Tally tally;
    for (const fs::path& f : files) runGroup(*schema, f, tally, strict);
    std::cout << "\ndifferential vs graphql-js 16.15.0: " << tally.documents << " documents, "
              << tally.agree << " agree, " << tally.documents - tally.agree << " disagree\n";
    for (const auto& [category, count] : tally.byCategory) {
      std::cout << "  " << category << ": " << count << "\n";
    }
    std::cout << "  messages differ (not failing): " << tally.messageDiffs << "\n";
    std::cout << "  same errors in another order (not failing): " << tally.orderDiffs << "\n";
    std::cout << tally.agree << " passed, " << tally.documents - tally.agree << " failed\n";
    return tally.agree == tally.documents ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "graphql_differential: " << e.what() << "\n";
    return 1;
  }
}
