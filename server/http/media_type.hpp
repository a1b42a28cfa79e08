#pragma once
// Content-Type and Accept headers (RFC 9110 §8.3, §12.5.1), as far as the API needs them.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48::http {

struct MediaType {
  std::string type;     ///< lower case, "application"; "*" in an Accept range
  std::string subtype;  ///< lower case, "json"; "*" in an Accept range
  std::vector<std::pair<std::string, std::string>> parameters;  ///< names lower case
  double quality = 1.0;  ///< Accept's q (0..1); 1 for Content-Type

  [[nodiscard]] std::string essence() const { return type + "/" + subtype; }
  /// A parameter's value (unquoted), or nullopt.
  [[nodiscard]] std::optional<std::string> parameter(std::string_view name) const;
  /// Does this Accept range cover `type`/`subtype` ("*/*", "application/*" or exact)?
  [[nodiscard]] bool covers(std::string_view type, std::string_view subtype) const;
  /// How exact the range is: 2 exact, 1 "type/*", 0 "*/*" (RFC 9110: most specific wins).
  [[nodiscard]] int specificity() const;
};

/// One media type (a Content-Type value); nullopt when malformed.
std::optional<MediaType> parse_media_type(std::string_view text);

/// The ranges of an Accept header in the order written; malformed entries are skipped.
std::vector<MediaType> parse_accept(std::string_view text);

/// The quality the Accept ranges give `type`/`subtype` (the most specific matching range
/// decides; 0 when none matches).
double accept_quality(const std::vector<MediaType>& ranges, std::string_view type,
                      std::string_view subtype);

}  // namespace kvm48::http
