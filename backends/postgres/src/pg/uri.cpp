#include "pg/uri.hpp"

#include <cctype>

#include <libpq-fe.h>

namespace kvm48::pg {
namespace {

bool is_uri(std::string_view s) {
  return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

// postgresql://user:password@host → mask what lies between the first ':' after
// the scheme and the last '@' of the authority (a password may contain '@' only
// percent-encoded, but be generous).
std::string mask_userinfo(std::string s) {
  const std::size_t start = s.find("://") + 3;
  const std::size_t authority_end = s.find_first_of("/?", start);
  const std::size_t at =
      s.rfind('@', authority_end == std::string::npos ? s.size() : authority_end);
  if (at == std::string::npos || at < start) return s;
  const std::size_t colon = s.find(':', start);
  if (colon == std::string::npos || colon > at) return s;
  return s.replace(colon + 1, at - colon - 1, "***");
}

// ...?a=b&password=secret&c=d → ...?a=b&password=***&c=d
std::string mask_query(std::string s) {
  const std::size_t query = s.find('?');
  if (query == std::string::npos) return s;
  for (std::size_t pos = query; pos < s.size();) {
    const std::size_t key = pos + 1;
    if (s.compare(key, 9, "password=") == 0) {
      const std::size_t end = s.find('&', key);
      s.replace(key + 9, (end == std::string::npos ? s.size() : end) - key - 9, "***");
    }
    pos = s.find('&', key);
  }
  return s;
}

// key=value form: password=secret or password = 'quoted \' value'
std::string mask_keywords(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t found = s.find("password", i);
    if (found == std::string_view::npos ||
        (found > 0 && !std::isspace(static_cast<unsigned char>(s[found - 1])))) {
      const std::size_t stop = found == std::string_view::npos ? s.size() : found + 8;
      out.append(s.substr(i, stop - i));
      i = stop;
      continue;
    }
    std::size_t j = found + 8;
    while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j >= s.size() || s[j] != '=') {
      out.append(s.substr(i, j - i));
      i = j;
      continue;
    }
    ++j;
    while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    out.append(s.substr(i, found - i)).append("password=***");
    if (j < s.size() && s[j] == '\'') {
      for (++j; j < s.size() && s[j] != '\''; ++j) {
        if (s[j] == '\\') ++j;
      }
      ++j;
    } else {
      while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    }
    i = j;
  }
  return out;
}

}  // namespace

std::optional<std::string> uri_error(const std::string& uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (options) {
    PQconninfoFree(options);
    return std::nullopt;
  }
  std::string message = error ? error : "cannot parse the connection string";
  PQfreemem(error);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return message;
}

std::string mask_password(std::string_view uri) {
  if (is_uri(uri)) return mask_query(mask_userinfo(std::string(uri)));
  return mask_keywords(uri);
}

}  // namespace kvm48::pg
