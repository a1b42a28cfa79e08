#pragma once
// Titles, subtitles and teams of synthetic performance VODs: stage names, team
// and birthday shows as they appear on live.48.cn (Chinese text, so rows have
// realistic sizes). Deterministic in the random engine given.

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "kvm48/records.hpp"

namespace kvm48::bench {

struct ShowTexts {
  std::string title;
  std::optional<std::string> subtitle;  ///< unset for about one VOD in eight
  std::vector<TeamRef> teams;           ///< the performing team, if the group has known teams
};

ShowTexts show_texts(Group group, std::mt19937_64& random);

}  // namespace kvm48::bench
