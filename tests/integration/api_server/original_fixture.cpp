// The original server's test data (KVM48 server/tests/conftest.py), written through the
// real sqlite backend plugin.

#include <stdexcept>

#include "loaded_backend.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

PerfVod fixture_vod(std::string id, std::int64_t club, std::int64_t l4c_id, std::string title,
                    std::string subtitle, std::int64_t start_time, const std::string& group_path) {
  PerfVod vod;
  vod.group = *group_from_club_id(club);
  vod.l4c_club_id = club;
  vod.l4c_id = l4c_id;
  vod.title = std::move(title);
  vod.subtitle = std::move(subtitle);
  vod.start_time = start_time;
  const std::string base = "http://cychengyuan-vod.48.cn/" + group_path + "/20190421/9999-";
  vod.sd_stream = base + "liuchang/" + id + ".m3u8";
  vod.hd_stream = base + "gaoqing/" + id + ".m3u8";
  vod.fhd_stream = vod.hd_stream;
  vod.sources = {"fixture"};
  vod.id = std::move(id);
  return vod;
}

}  // namespace

void write_original_fixture(const std::string& path) {
  LoadedBackend backend = open_backend("sqlite", "path: \"" + path + "\"\n");
  WriteBatch batch;
  batch.source = "fixture";
  batch.perf_vods = {
      fixture_vod("324479006241787906", 1, 2777, "X队出道四周年", "TEAM X剧场公演", 1555843500,
                  "snh"),
      fixture_vod("326091353251188736", 1, 2774, "莫寒咖啡店生日会", "参加成员：莫寒", 1555836300,
                  "snh"),
      fixture_vod("324479006245982208", 1, 2772, "《重生计划》剧场公演", "莫寒生日公演", 1555825500,
                  "snh"),
      fixture_vod("324918581187645440", 2, 2775, "《UNIVERSE》剧场公演", "TeamE剧场公演",
                  1555845900, "bej"),
      fixture_vod("324479006241787904", 3, 2773, "《Fiona.N》剧场公演", "孙馨生日公演", 1555826400,
                  "gnz"),
  };
  UpsertCounts counts;
  if (Status status = backend->write(batch, counts); !status.ok()) {
    throw std::runtime_error("writing the fixture failed: " + status.message());
  }
}

}  // namespace kvm48::test
