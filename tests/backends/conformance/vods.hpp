#pragma once
// Records for the conformance cases: a builder and the original server's
// fixture rows (UPSTREAM.md 4.8).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kvm48/backend.hpp"

namespace kvm48::test {

/// A perf VOD with only the required fields and, if given, an l4c pair whose
/// club is the group's.
inline PerfVod vod(std::string id, Group group, std::int64_t start_time,
                   std::optional<std::int64_t> l4c_id = std::nullopt) {
  PerfVod v;
  v.id = std::move(id);
  v.group = group;
  v.start_time = start_time;
  v.title = "title of " + v.id;
  if (l4c_id) {
    v.l4c_club_id = club_id(group);
    v.l4c_id = l4c_id;
  }
  return v;
}

/// The five VODs of the original server's tests (server/tests/conftest.py).
inline std::vector<PerfVod> original_fixture() {
  struct Row {
    const char* id;
    Group group;
    std::int64_t l4c_id;
    const char* title;
    const char* subtitle;
    std::int64_t start_time;
    const char* dir;
  };
  const Row rows[] = {
      {"324479006241787906", Group::snh48, 2777, "X队出道四周年", "TEAM X剧场公演", 1555843500,
       "snh"},
      {"326091353251188736", Group::snh48, 2774, "莫寒咖啡店生日会", "参加成员：莫寒", 1555836300,
       "snh"},
      {"324479006245982208", Group::snh48, 2772, "《重生计划》剧场公演", "莫寒生日公演", 1555825500,
       "snh"},
      {"324918581187645440", Group::bej48, 2775, "《UNIVERSE》剧场公演", "TeamE剧场公演",
       1555845900, "bej"},
      {"324479006241787904", Group::gnz48, 2773, "《Fiona.N》剧场公演", "孙馨生日公演", 1555826400,
       "gnz"},
  };
  std::vector<PerfVod> out;
  for (const Row& r : rows) {
    PerfVod v = vod(r.id, r.group, r.start_time, r.l4c_id);
    v.title = r.title;
    v.subtitle = r.subtitle;
    const std::string base =
        std::string("http://cychengyuan-vod.48.cn/") + r.dir + "/20190421/9999-";
    v.sd_stream = base + "liuchang/" + r.id + ".m3u8";
    v.hd_stream = base + "gaoqing/" + r.id + ".m3u8";
    v.fhd_stream = v.hd_stream;
    out.push_back(std::move(v));
  }
  return out;
}

/// Writes a batch and fails the test case if the backend refuses it.
UpsertCounts write_ok(Backend& backend, const WriteBatch& batch);
/// A batch of these records from `source`.
WriteBatch batch_of(std::vector<PerfVod> vods, std::string source = "test_source");
/// The ids of these records, in order.
std::vector<std::string> ids_of(const std::vector<PerfVod>& vods);
/// get_perf_vods for one id; fails the case on a non-ok status.
std::optional<PerfVod> get_one(Backend& backend, const std::string& id);
/// perf_vods_in_range, failing the case on a non-ok status.
std::vector<PerfVod> in_range(Backend& backend, const PerfVodRange& range);

}  // namespace kvm48::test
