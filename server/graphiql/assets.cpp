#include "graphiql/assets.hpp"

#include <Poco/Base64Encoder.h>
#include <Poco/SHA2Engine.h>

#include <fstream>
#include <sstream>
#include <system_error>

#ifndef KVM48_GRAPHIQL_SUBDIR
#error "KVM48_GRAPHIQL_SUBDIR must be defined by the build (e.g. share/kvm48-server/graphiql)"
#endif

namespace kvm48::graphiql {

namespace {

Poco::DigestEngine::Digest sha2(std::string_view body, Poco::SHA2Engine::ALGORITHM algorithm) {
  Poco::SHA2Engine engine(algorithm);
  engine.update(body.data(), body.size());
  return engine.digest();
}

std::string subresource_integrity(std::string_view body) {
  const auto digest = sha2(body, Poco::SHA2Engine::SHA_384);
  std::ostringstream out;
  {
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(reinterpret_cast<const char*>(digest.data()),
                  static_cast<std::streamsize>(digest.size()));
    encoder.close();
  }
  return "sha384-" + out.str();
}

std::string content_type_of(std::string_view file_name) {
  if (file_name.ends_with(".css")) return "text/css; charset=utf-8";
  return "text/javascript; charset=utf-8";
}

// The file's bytes; on failure "" and `error` names the file and its directory.
std::string read_file(const std::filesystem::path& dir, std::string_view file_name,
                      std::string& error) {
  const auto where = "GraphiQL file " + std::string(file_name) + " in " + dir.string();
  const auto path = dir / file_name;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    error = where + " is missing";
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  std::string body;
  if (in) {
    std::ostringstream bytes;  // (istreambuf_iterator draws a false -Wnull-dereference at -O2)
    bytes << in.rdbuf();
    body = std::move(bytes).str();
  }
  if (!in) {
    error = where + " is unreadable";
  } else if (body.empty()) {
    error = where + " is empty";
  }
  return body;
}

}  // namespace

std::variant<Assets, std::string> Assets::load(const std::filesystem::path& dir) {
  Assets assets;
  for (const auto file_name : kFileNames) {
    std::string error;
    auto body = read_file(dir, file_name, error);
    if (!error.empty()) {
      return error +
             " (the build fetches GraphiQL's files with npm; see server/graphiql/README.md)";
    }
    Asset asset;
    asset.content_type = content_type_of(file_name);
    asset.body = std::move(body);
    asset.etag = content_etag(asset.body);
    asset.integrity = subresource_integrity(asset.body);
    assets.files_.emplace(file_name, std::move(asset));
  }
  return assets;
}

const Asset* Assets::find(std::string_view file_name) const {
  const auto it = files_.find(file_name);
  return it == files_.end() ? nullptr : &it->second;
}

std::filesystem::path builtin_assets_directory() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::filesystem::path(KVM48_GRAPHIQL_SUBDIR);
  return (exe.parent_path().parent_path() / KVM48_GRAPHIQL_SUBDIR).lexically_normal();
}

std::string content_etag(std::string_view body) {
  const auto hex = Poco::DigestEngine::digestToHex(sha2(body, Poco::SHA2Engine::SHA_256));
  return '"' + hex.substr(0, 32) + '"';
}

}  // namespace kvm48::graphiql
