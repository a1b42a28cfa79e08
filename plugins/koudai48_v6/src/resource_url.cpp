#include "resource_url.hpp"

#include <vector>

namespace koudai48 {

namespace {

bool has_scheme(std::string_view path) {
  // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  const auto colon = path.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = path[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!alpha && !(i > 0 && other)) return false;
  }
  return true;
}

// "/a/b/../c/./d" -> "/a/c/d" (RFC 3986 5.2.4, for paths starting with '/').
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    const bool last = end == path.size();
    if (segment == "..") {
      if (!out.empty()) out.pop_back();
      if (last) out.emplace_back();
    } else if (segment == ".") {
      if (last) out.emplace_back();
    } else {
      out.push_back(segment);
    }
    start = end + 1;
  }
  std::string joined;
  for (const auto& segment : out) {
    joined += '/';
    joined += segment;
  }
  return joined.empty() ? "/" : joined;
}

}  // namespace

std::optional<std::string> resolve_resource(std::string_view base, std::string_view path) {
  while (!path.empty() && (path.front() == ' ' || path.front() == '\t')) path.remove_prefix(1);
  while (!path.empty() && (path.back() == ' ' || path.back() == '\t')) path.remove_suffix(1);
  if (path.empty()) return std::nullopt;
  if (has_scheme(path)) return std::string(path);
  const auto scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(path);
  if (path.rfind("//", 0) == 0)
    return std::string(base.substr(0, scheme_end + 1)) + std::string(path);
  const auto authority_end = base.find('/', scheme_end + 3);
  const std::string_view root = base.substr(0, authority_end);  // scheme://host[:port]
  std::string_view base_path =
      authority_end == std::string_view::npos ? "/" : base.substr(authority_end);
  base_path = base_path.substr(0, base_path.find_first_of("?#"));
  std::string_view suffix;  // a query or fragment of `path`, kept verbatim
  const auto query = path.find_first_of("?#");
  if (query != std::string_view::npos) {
    suffix = path.substr(query);
    path = path.substr(0, query);
  }
  std::string merged;
  if (path.empty()) {
    merged = std::string(base_path);
  } else if (path.front() == '/') {
    merged = std::string(path);
  } else {
    merged = std::string(base_path.substr(0, base_path.rfind('/') + 1)) + std::string(path);
  }
  return std::string(root) + remove_dot_segments(merged) + std::string(suffix);
}

}  // namespace koudai48
