#pragma once
// Resource paths of the API (covers, VOD and danmaku files) made absolute, as
// KVM48 did with Python's urljoin("https://source.48.cn/", path): an absolute URL
// passes through, "//host/x" takes the base's scheme, "/x" the base's host, and
// "x" the base's directory ("." and ".." segments resolved). Pure; any thread.

#include <optional>
#include <string>
#include <string_view>

namespace koudai48 {

/// `path` resolved against `base` (an absolute http(s) URL). An empty or blank
/// path is no resource: nullopt.
std::optional<std::string> resolve_resource(std::string_view base, std::string_view path);

}  // namespace koudai48
