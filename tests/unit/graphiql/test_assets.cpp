#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "graphiql/assets.hpp"
#include "scratch_directory.hpp"

using kvm48::graphiql::Assets;
using kvm48::graphiql::content_etag;
using kvm48::graphiql::test::ScratchDirectory;

namespace {

const std::filesystem::path kBuiltDir = KVM48_GRAPHIQL_BUILT_DIR;

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Assets load_or_fail(const std::filesystem::path& dir) {
  auto loaded = Assets::load(dir);
  if (const auto* error = std::get_if<std::string>(&loaded)) FAIL(*error);
  return std::get<Assets>(std::move(loaded));
}

std::string load_error(const std::filesystem::path& dir) {
  auto loaded = Assets::load(dir);
  REQUIRE(std::holds_alternative<std::string>(loaded));
  return std::get<std::string>(loaded);
}

// Four files of known content, so hashes can be checked against published test vectors.
void write_all(const ScratchDirectory& dir, std::string_view content) {
  for (const auto name : Assets::kFileNames) dir.write(name, content);
}

}  // namespace

TEST_CASE("the built GraphiQL files load and each is served byte for byte", "[graphiql]") {
  const auto assets = load_or_fail(kBuiltDir);
  for (const auto name : Assets::kFileNames) {
    const auto* asset = assets.find(name);
    REQUIRE(asset != nullptr);
    CHECK(asset->body == read_whole(kBuiltDir / name));
  }
  // The bundles are the browser builds the page expects: UMD globals React, ReactDOM, GraphiQL.
  CHECK_THAT(assets.find("graphiql.min.js")->body,
             Catch::Contains(").GraphiQL=t(e.React,e.ReactDOM)"));
  CHECK_THAT(assets.find("react.production.min.js")->body, Catch::Contains("React"));
  CHECK_THAT(assets.find("react-dom.production.min.js")->body, Catch::Contains("ReactDOM"));
  CHECK_THAT(assets.find("graphiql.min.css")->body, Catch::Contains(".graphiql-container"));
}

TEST_CASE("each file has the content type a browser needs to use it", "[graphiql]") {
  const auto assets = load_or_fail(kBuiltDir);
  CHECK(assets.find("graphiql.min.css")->content_type == "text/css; charset=utf-8");
  CHECK(assets.find("graphiql.min.js")->content_type == "text/javascript; charset=utf-8");
  CHECK(assets.find("react.production.min.js")->content_type == "text/javascript; charset=utf-8");
  CHECK(assets.find("react-dom.production.min.js")->content_type ==
        "text/javascript; charset=utf-8");
}

TEST_CASE("find knows only the four files, by bare name", "[graphiql]") {
  const auto assets = load_or_fail(kBuiltDir);
  CHECK(assets.find("") == nullptr);
  CHECK(assets.find("graphiql.min.js.map") == nullptr);
  CHECK(assets.find("index.html") == nullptr);
  CHECK(assets.find("../graphiql/graphiql.min.js") == nullptr);
  CHECK(assets.find("/graphiql.min.js") == nullptr);
  CHECK(assets.find("GRAPHIQL.MIN.JS") == nullptr);
}

TEST_CASE("an ETag is the quoted SHA-256 prefix of the content", "[graphiql][etag]") {
  // Published SHA-256 test vectors ("" and "abc").
  CHECK(content_etag("") == "\"e3b0c44298fc1c149afbf4c8996fb924\"");
  CHECK(content_etag("abc") == "\"ba7816bf8f01cfea414140de5dae2223\"");

  const auto assets = load_or_fail(kBuiltDir);
  for (const auto name : Assets::kFileNames) {
    const auto* asset = assets.find(name);
    CHECK(asset->etag == content_etag(asset->body));
  }
  CHECK(assets.find("graphiql.min.js")->etag != assets.find("graphiql.min.css")->etag);
}

TEST_CASE("a file's ETag and integrity follow its content", "[graphiql][etag]") {
  ScratchDirectory dir;
  write_all(dir, "abc");
  const auto assets = load_or_fail(dir.path());
  const auto* css = assets.find("graphiql.min.css");
  CHECK(css->etag == "\"ba7816bf8f01cfea414140de5dae2223\"");
  // SHA-384("abc"), base64: the published test vector.
  CHECK(css->integrity ==
        "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");

  dir.write("graphiql.min.css", "abd");
  const auto changed = load_or_fail(dir.path());
  CHECK(changed.find("graphiql.min.css")->etag != css->etag);
  CHECK(changed.find("graphiql.min.css")->integrity != css->integrity);
  CHECK(changed.find("graphiql.min.js")->etag == assets.find("graphiql.min.js")->etag);
}

TEST_CASE("a missing directory is an error naming it and the first file", "[graphiql][errors]") {
  ScratchDirectory scratch;
  const auto dir = scratch.path() / "nowhere";
  const auto error = load_error(dir);
  CHECK_THAT(error, Catch::Contains("graphiql.min.css in " + dir.string() + " is missing"));
  CHECK_THAT(error, Catch::Contains("npm"));
}

TEST_CASE("each missing file is named in the error", "[graphiql][errors]") {
  for (const auto missing : Assets::kFileNames) {
    ScratchDirectory dir;
    write_all(dir, "x");
    std::filesystem::remove(dir.path() / missing);
    CHECK_THAT(load_error(dir.path()), Catch::Contains(std::string(missing) + " in " +
                                                       dir.path().string() + " is missing"));
  }
}

TEST_CASE("an empty file or a directory in a file's place is an error", "[graphiql][errors]") {
  ScratchDirectory dir;
  write_all(dir, "x");
  dir.write("react.production.min.js", "");
  CHECK_THAT(load_error(dir.path()),
             Catch::Contains("react.production.min.js in " + dir.path().string() + " is empty"));

  dir.write("react.production.min.js", "x");
  std::filesystem::remove(dir.path() / "graphiql.min.js");
  std::filesystem::create_directory(dir.path() / "graphiql.min.js");
  CHECK_THAT(load_error(dir.path()),
             Catch::Contains("graphiql.min.js in " + dir.path().string() + " is missing"));
}

TEST_CASE("the built-in directory is next to the binary, as in the build tree",
          "[graphiql][paths]") {
  // Test programs are built into <build>/bin like kvm48-server itself.
  const auto builtin = kvm48::graphiql::builtin_assets_directory();
  CHECK(builtin.filename() == "graphiql");
  CHECK(std::filesystem::equivalent(builtin, kBuiltDir));
}
