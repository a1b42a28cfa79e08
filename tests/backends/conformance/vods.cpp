#include "vods.hpp"

#include <catch2/catch.hpp>

namespace kvm48::test {

UpsertCounts write_ok(Backend& backend, const WriteBatch& batch) {
  UpsertCounts counts;
  const Status status = backend.write(batch, counts);
  INFO(status.message());
  REQUIRE(status.ok());
  return counts;
}

WriteBatch batch_of(std::vector<PerfVod> vods, std::string source) {
  WriteBatch batch;
  batch.source = std::move(source);
  batch.perf_vods = std::move(vods);
  return batch;
}

std::vector<std::string> ids_of(const std::vector<PerfVod>& vods) {
  std::vector<std::string> ids;
  for (const PerfVod& v : vods) ids.push_back(v.id);
  return ids;
}

std::optional<PerfVod> get_one(Backend& backend, const std::string& id) {
  std::vector<std::optional<PerfVod>> out;
  const std::vector<std::string> ids = {id};
  const Status status = backend.get_perf_vods(ids, out);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(out.size() == 1);
  return out[0];
}

std::vector<PerfVod> in_range(Backend& backend, const PerfVodRange& range) {
  std::vector<PerfVod> out;
  const Status status = backend.perf_vods_in_range(range, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

}  // namespace kvm48::test
