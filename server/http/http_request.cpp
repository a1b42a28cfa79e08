#include "http/http_request.hpp"

namespace kvm48::http {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

const std::string* HttpRequest::find(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return &value;
  }
  return nullptr;
}

std::string HttpRequest::header(std::string_view name, std::string_view fallback) const {
  const std::string* value = find(name);
  return value ? *value : std::string(fallback);
}

std::string HttpRequest::joined(std::string_view name) const {
  std::string all;
  for (const auto& [key, value] : headers) {
    if (!iequals(key, name)) continue;
    if (!all.empty()) all += ',';
    all += value;
  }
  return all;
}

void HttpRequest::clear() {
  method.clear();
  uri.clear();
  path.clear();
  query.clear();
  minor_version = 1;
  headers.clear();
  body.clear();
  keep_alive = true;
  expect_continue = false;
}

}  // namespace kvm48::http
