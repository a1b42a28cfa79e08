#include <catch2/catch.hpp>

#include "cli_args.hpp"

using namespace kvm48::app;

namespace {

const std::vector<OptionSpec> kSpecs = {
    {"config", 'c', true, false, "FILE", "configuration file"},
    {"plugin-dir", '\0', true, true, "DIR", "more plugins"},
    {"full", '\0', false, false, "", "walk every page"},
};

std::string usage_error(const std::vector<std::string>& args) {
  try {
    parse_options(args, kSpecs);
  } catch (const UsageError& e) {
    return e.message;
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("options are read in long, long=value and short form") {
  const auto parsed = parse_options({"--config", "a.yaml", "--full"}, kSpecs);
  CHECK(parsed.value("config") == "a.yaml");
  CHECK(parsed.has("full"));
  CHECK(parse_options({"--config=b.yaml"}, kSpecs).value("config") == "b.yaml");
  CHECK(parse_options({"-c", "c.yaml"}, kSpecs).value("config") == "c.yaml");
}

TEST_CASE("a repeatable option keeps every value in order") {
  const auto parsed = parse_options({"--plugin-dir", "a", "--plugin-dir=b"}, kSpecs);
  CHECK(parsed.values("plugin-dir") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("malformed command lines are usage errors that say what is wrong") {
  CHECK(usage_error({"--nope"}) == "unknown option '--nope'");
  CHECK(usage_error({"--config"}) == "option '--config' needs a value (FILE)");
  CHECK(usage_error({"--full=yes"}) == "option '--full' takes no value");
  CHECK(usage_error({"-c", "a", "--config", "b"}) == "option '--config' given twice");
  CHECK(usage_error({"stray"}) == "unexpected argument 'stray'");
}
