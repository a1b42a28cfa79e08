#include "http/media_type.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace kvm48::http {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_token(std::string_view text) {
  static constexpr std::string_view kSpecials = "!#$%&'*+-.^_`|~";
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isalnum(c) != 0 || kSpecials.find(static_cast<char>(c)) != std::string_view::npos;
  });
}

/// Splits on `separator` outside double quotes.
std::vector<std::string_view> split_unquoted(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\\' && quoted) ++i;
    if (i < text.size() && text[i] == separator && !quoted) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(text.substr(std::min(start, text.size())));
  return parts;
}

std::string unquote(std::string_view value) {
  if (value.size() < 2 || value.front() != '"' || value.back() != '"') return std::string(value);
  std::string out;
  for (std::size_t i = 1; i + 1 < value.size(); ++i) {
    if (value[i] == '\\' && i + 2 < value.size()) ++i;
    out.push_back(value[i]);
  }
  return out;
}

std::optional<double> parse_quality(std::string_view text) {
  // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
  if (text.empty() || text.size() > 5 || (text[0] != '0' && text[0] != '1')) return std::nullopt;
  if (text.size() > 1 && text[1] != '.') return std::nullopt;
  for (std::size_t i = 2; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return std::nullopt;
  }
  const double q = std::strtod(std::string(text).c_str(), nullptr);
  return q <= 1.0 ? std::optional<double>(q) : std::nullopt;
}

}  // namespace

std::optional<std::string> MediaType::parameter(std::string_view name) const {
  for (const auto& [key, value] : parameters) {
    if (key == name) return value;
  }
  return std::nullopt;
}

bool MediaType::covers(std::string_view wanted_type, std::string_view wanted_subtype) const {
  if (type == "*") return true;
  return type == wanted_type && (subtype == "*" || subtype == wanted_subtype);
}

int MediaType::specificity() const {
  if (type == "*") return 0;
  return subtype == "*" ? 1 : 2;
}

std::optional<MediaType> parse_media_type(std::string_view text) {
  const auto parts = split_unquoted(text, ';');
  const std::string_view essence = trim(parts.front());
  const auto slash = essence.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  MediaType media;
  media.type = lower(essence.substr(0, slash));
  media.subtype = lower(essence.substr(slash + 1));
  if (!is_token(media.type) || !is_token(media.subtype)) return std::nullopt;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string_view parameter = trim(parts[i]);
    if (parameter.empty()) continue;
    const auto equals = parameter.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    std::string name = lower(trim(parameter.substr(0, equals)));
    if (!is_token(name)) return std::nullopt;
    media.parameters.emplace_back(std::move(name), unquote(trim(parameter.substr(equals + 1))));
  }
  return media;
}

std::vector<MediaType> parse_accept(std::string_view text) {
  std::vector<MediaType> ranges;
  for (const std::string_view entry : split_unquoted(text, ',')) {
    if (trim(entry).empty()) continue;
    auto media = parse_media_type(entry);
    if (!media || (media->type == "*" && media->subtype != "*")) continue;
    // Parameters after q are accept-extensions; q itself is the weight.
    auto& parameters = media->parameters;
    const auto q = std::find_if(parameters.begin(), parameters.end(),
                                [](const auto& p) { return p.first == "q"; });
    if (q != parameters.end()) {
      const auto quality = parse_quality(q->second);
      if (!quality) continue;
      media->quality = *quality;
      parameters.erase(q, parameters.end());
    }
    ranges.push_back(std::move(*media));
  }
  return ranges;
}

double accept_quality(const std::vector<MediaType>& ranges, std::string_view type,
                      std::string_view subtype) {
  const MediaType* best = nullptr;
  for (const auto& range : ranges) {
    if (!range.covers(type, subtype)) continue;
    if (best == nullptr || range.specificity() > best->specificity()) best = &range;
  }
  return best == nullptr ? 0.0 : best->quality;
}

}  // namespace kvm48::http
