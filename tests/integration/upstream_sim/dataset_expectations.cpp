#include "dataset_expectations.hpp"

#include <algorithm>
#include <ctime>

#include "sim_process.hpp"

namespace kvm48::sim::test {

const Dataset& testData() {
  static const Dataset d = loadDataset(testDataset());
  return d;
}

std::string shanghai(std::int64_t epochSeconds) {
  const std::time_t t = static_cast<std::time_t>(epochSeconds + 8 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
  return buffer;
}

std::vector<const PerfVod*> siteVods(const Dataset& d, int club) {
  std::vector<const PerfVod*> out;
  for (const auto& v : d.perfVods) {
    if (v.l4cId && v.club == club) out.push_back(&v);
  }
  std::sort(out.begin(), out.end(),
            [](const PerfVod* a, const PerfVod* b) { return *a->l4cId > *b->l4cId; });
  return out;
}

const PerfVod* siteVod(const Dataset& d, int l4cId) {
  for (const auto& v : d.perfVods) {
    if (v.l4cId == l4cId) return &v;
  }
  return nullptr;
}

std::string expectedTitle2(const PerfVod& v) {
  return (v.subtitle.empty() ? "" : v.subtitle + " ") + shanghai(v.startTime);
}

std::int64_t snowflakeMs(const std::string& id) {
  return static_cast<std::int64_t>(std::stoull(id) >> 22) + 1477929600000LL;
}

}  // namespace kvm48::sim::test
