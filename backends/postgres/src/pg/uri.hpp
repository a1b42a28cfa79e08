#pragma once
// Connection URI helpers that do no I/O: validation and masking for logs.

#include <optional>
#include <string>
#include <string_view>

namespace kvm48::pg {

/// Checks that libpq can parse `uri` (a postgresql:// URI or key=value string).
/// Returns libpq's complaint, or std::nullopt when it parses.
[[nodiscard]] std::optional<std::string> uri_error(const std::string& uri);

/// `uri` with any password replaced by "***", safe to log:
///   postgresql://kvm48:s3cret@db/kvm48      → postgresql://kvm48:***@db/kvm48
///   postgresql://db/kvm48?password=s3cret   → postgresql://db/kvm48?password=***
///   host=db password='s 3' user=kvm48       → host=db password=*** user=kvm48
[[nodiscard]] std::string mask_password(std::string_view uri);

}  // namespace kvm48::pg
