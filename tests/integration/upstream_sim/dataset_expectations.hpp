#pragma once
// Test helper: expected values computed from the dataset file independently of the simulator's
// own formatting code (dates through gmtime_r, snowflakes through integer shifts).

#include <cstdint>
#include <string>
#include <vector>

#include "dataset.hpp"

namespace kvm48::sim::test {

const Dataset& testData();  // the build-time test dataset, loaded once
// "YYYY-MM-DD HH:MM:SS" at +08:00.
std::string shanghai(std::int64_t epochSeconds);
// Site VODs of `club` ordered newest (highest l4c id) first.
std::vector<const PerfVod*> siteVods(const Dataset& d, int club);
const PerfVod* siteVod(const Dataset& d, int l4cId);
std::string expectedTitle2(const PerfVod& v);
// ms epoch encoded in a snowflake id.
std::int64_t snowflakeMs(const std::string& id);

}  // namespace kvm48::sim::test
