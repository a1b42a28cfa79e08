#pragma once
// GraphiQL's four static files and the HTML page that loads them.
//
// The files (GraphiQL 4.1.2's browser bundle, React 18.3.1's UMD builds) are fetched with
// `npm pack` at build time and installed next to the binary; see README.md. Nothing here
// speaks HTTP: the server maps `find()` and `page()` onto its routes.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace kvm48::graphiql {

/// One static file, ready to serve.
struct Asset {
  std::string content_type;  // e.g. "text/javascript; charset=utf-8"
  std::string body;          // the file's bytes
  std::string etag;          // content_etag(body): a strong, quoted validator
  std::string integrity;     // "sha384-<base64>", for the page's Subresource Integrity attributes
};

/// The four files, loaded once. Immutable after load(): every const member may be called from
/// any number of threads at once.
class Assets {
 public:
  /// The files every page needs, in the order the page loads them.
  static constexpr std::string_view kFileNames[] = {"graphiql.min.css", "react.production.min.js",
                                                    "react-dom.production.min.js",
                                                    "graphiql.min.js"};

  /// Reads the four files from `dir`. On failure, an error text naming the directory and the
  /// first file that is missing, unreadable or empty (no exception).
  static std::variant<Assets, std::string> load(const std::filesystem::path& dir);

  /// The file called `file_name` (a bare name such as "graphiql.min.js"); nullptr if it is
  /// not one of the four. The pointer lives as long as this Assets.
  [[nodiscard]] const Asset* find(std::string_view file_name) const;

  /// The HTML page (UTF-8): loads `<assets_prefix>graphiql.min.css`, then the react,
  /// react-dom and graphiql scripts from `assets_prefix` (each pinned by its integrity), and
  /// renders GraphiQL with GraphiQL.createFetcher({url: endpoint}) and a default query.
  /// `endpoint` and `assets_prefix` are URLs (e.g. "/api/graphql", "/graphiql/"); any text is
  /// escaped for the HTML attribute or JavaScript string it lands in. No external URL.
  [[nodiscard]] std::string page(std::string_view endpoint, std::string_view assets_prefix) const;

 private:
  Assets() = default;
  std::map<std::string, Asset, std::less<>> files_;
};

/// The directory the running binary's files are in:
/// <dir of /proc/self/exe>/../share/kvm48-server/graphiql. The build tree and an install
/// prefix share this layout, so it is right in both. If /proc/self/exe cannot be read, the
/// relative path share/kvm48-server/graphiql.
std::filesystem::path builtin_assets_directory();

/// A strong ETag for `body`: the first 128 bits of its SHA-256 in hex, in double quotes.
std::string content_etag(std::string_view body);

}  // namespace kvm48::graphiql
