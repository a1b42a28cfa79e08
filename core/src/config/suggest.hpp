#pragma once
// "Did you mean ...?" for misspelt keys.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvm48::host {

/// The candidate closest to `word` by edit distance, if it is close enough to be
/// a plausible typo (at most a third of the word's length, and at least 1).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kvm48::host
