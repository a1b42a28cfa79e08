// The dataset generator, run as the real CLI, and the properties of what it writes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "dataset_expectations.hpp"
#include "sim_process.hpp"

namespace fs = std::filesystem;
using namespace kvm48::sim;
using namespace kvm48::sim::test;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path tempFile(const std::string& name) {
  return fs::temp_directory_path() / ("kvm48-sim-" + std::to_string(::getpid()) + "-" + name);
}

bool isHex24(const std::string& s) {
  return s.size() == 24 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

bool isDecimal(const std::string& s, std::size_t minLen, std::size_t maxLen) {
  return s.size() >= minLen && s.size() <= maxLen &&
         s.find_first_not_of("0123456789") == std::string::npos;
}

constexpr std::int64_t kNov2018 = 1541001600;    // 2018-11-01 00:00 +08:00
constexpr std::int64_t kV6Cutover = 1555257600;  // 2019-04-15 00:00 +08:00

}  // namespace

TEST_CASE("generate writes byte-identical datasets for one seed and different ones per seed") {
  const auto a = tempFile("a.json"), b = tempFile("b.json"), c = tempFile("c.json");
  const auto gen = [](const fs::path& out, const char* seed) {
    return runSim(
        {"generate", "--perf", "3000", "--member", "200", "--seed", seed, "--out", out.string()});
  };
  REQUIRE(gen(a, "5").first == 0);
  REQUIRE(gen(b, "5").first == 0);
  REQUIRE(gen(c, "6").first == 0);
  CHECK(slurp(a) == slurp(b));
  CHECK(slurp(a) != slurp(c));
  for (const auto& p : {a, b, c}) fs::remove(p);
}

TEST_CASE("generate rejects a missing --out and a non-numeric count with usage status 2") {
  auto [code, output] = runSim({"generate", "--perf", "10"});
  CHECK(code == 2);
  CHECK(output.find("--out") != std::string::npos);
  std::tie(code, output) = runSim({"generate", "--perf", "many", "--out", "/tmp/x.json"});
  CHECK(code == 2);
  CHECK(output.find("--perf wants a number") != std::string::npos);
}

TEST_CASE("the dataset keeps the KVM48 fixture rows at their real ids") {
  const Dataset& d = testData();
  struct Row {
    int club, id;
    const char *canon, *title, *title2;
  };
  const Row rows[] = {
      {1, 2777, "324479006241787906", "X队出道四周年", "TEAM X剧场公演 2019-04-21 18:45:00"},
      {1, 2774, "326091353251188736", "莫寒咖啡店生日会", "参加成员：莫寒 2019-04-21 16:45:00"},
      {1, 2772, "324479006245982208", "《重生计划》剧场公演", "莫寒生日公演 2019-04-21 13:45:00"},
      {2, 2775, "324918581187645440", "《UNIVERSE》剧场公演", "TeamE剧场公演 2019-04-21 19:25:00"},
      {3, 2773, "324479006241787904", "《Fiona.N》剧场公演", "孙馨生日公演 2019-04-21 14:00:00"},
  };
  for (const auto& row : rows) {
    const PerfVod* v = siteVod(d, row.id);
    REQUIRE(v);
    CHECK(v->club == row.club);
    CHECK(v->canonId == row.canon);
    CHECK(v->title == row.title);
    CHECK(expectedTitle2(*v) == row.title2);
    CHECK(v->streams.fhd == v->streams.hd);
    CHECK(v->streams.sd.find("9999-liuchang/" + v->canonId + ".m3u8") != std::string::npos);
  }
}

TEST_CASE("the dataset has the known duplicate pages and the one canon id collision") {
  const Dataset& d = testData();
  for (const auto& [first, second] : std::vector<std::pair<int, int>>{
           {2580, 2592}, {2392, 2574}, {2584, 2609}, {2590, 2624}, {2591, 2625}}) {
    const PerfVod *a = siteVod(d, first), *b = siteVod(d, second);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->canonId == b->canonId);
    CHECK(a->startTime == b->startTime);
    CHECK(a->streams.hd == b->streams.hd);
  }
  CHECK(siteVod(d, 2580)->canonId == "5c332c640cf27e32089829a8");
  CHECK(siteVod(d, 2580)->club == 1);
  const PerfVod *x = siteVod(d, 1750), *y = siteVod(d, 2451);
  REQUIRE(x);
  REQUIRE(y);
  CHECK(x->canonId == "5bd81e5a0cf27e320898288b");
  CHECK(y->canonId == "5bd81e5a0cf27e320898288b");
  CHECK(x->club == 3);
  CHECK(y->club == 3);
  CHECK(shanghai(x->startTime).substr(0, 10) == "2018-11-04");
  CHECK(shanghai(y->startTime).substr(0, 10) == "2018-11-09");
  // No other canon id is shared by two pages.
  std::map<std::string, int> pages;
  for (const auto& v : d.perfVods) {
    if (v.l4cId) ++pages[v.canonId];
  }
  std::set<std::string> shared;
  for (const auto& [canon, n] : pages) {
    if (n > 1) shared.insert(canon);
  }
  CHECK(shared.size() == 6);  // five duplicate pairs and the collision
  CHECK(shared.count("5bd81e5a0cf27e320898288b") == 1);
}

TEST_CASE("FHD equals HD from November 2018 on and some pages have no FHD") {
  const Dataset& d = testData();
  int realFhd = 0;
  for (const auto& v : d.perfVods) {
    if (v.upcoming) continue;
    if (v.startTime >= kNov2018) {
      INFO(v.canonId);
      CHECK((v.streams.fhd.empty() || v.streams.fhd == v.streams.hd));
    } else if (!v.streams.fhd.empty() && v.streams.fhd != v.streams.hd) {
      ++realFhd;
    }
  }
  CHECK(realFhd > 100);
  for (const int id : {10, 623, 682, 749, 810, 811, 1295, 2152, 2585, 2586}) {
    const PerfVod* v = siteVod(d, id);
    REQUIRE(v);
    CHECK(v->streams.fhd.empty());
    CHECK_FALSE(v->streams.hd.empty());
  }
}

TEST_CASE("canon ids are ObjectIds before the v6 cut-over and 18-19 digit snowflakes after") {
  const Dataset& d = testData();
  int objectIds = 0, snowflakes = 0, nineteen = 0;
  for (const auto& v : d.perfVods) {
    INFO(v.canonId << " at " << shanghai(v.startTime));
    if (v.startTime < kV6Cutover) {
      CHECK(isHex24(v.canonId));
      CHECK(std::stoll(v.canonId.substr(0, 8), nullptr, 16) <= v.startTime);
      ++objectIds;
    } else {
      CHECK(isDecimal(v.canonId, 18, 19));
      CHECK(snowflakeMs(v.canonId) <= v.startTime * 1000);
      CHECK(v.inApi);
      ++snowflakes;
      nineteen += v.canonId.size() == 19;
    }
  }
  CHECK(objectIds > 1000);
  CHECK(snowflakes > 100);
  CHECK(nineteen > 0);
  for (const auto& m : d.memberVods) {
    REQUIRE(isDecimal(m.liveId, 18, 19));
    CHECK(snowflakeMs(m.liveId) == m.ctimeMs);
  }
}

TEST_CASE("the dataset spans clubs 1-6 and 2014-2026 with Chinese titles") {
  const Dataset& d = testData();
  std::set<int> clubs;
  std::set<std::string> years;
  int staged = 0;
  for (const auto& v : d.perfVods) {
    clubs.insert(v.club);
    years.insert(shanghai(v.startTime).substr(0, 4));
    staged += v.title.find("剧场公演") != std::string::npos;
  }
  CHECK(clubs == std::set<int>{1, 2, 3, 4, 5, 6});
  CHECK(*years.begin() == "2014");
  CHECK(*years.rbegin() == "2026");
  CHECK(years.size() == 13);
  CHECK(staged > static_cast<int>(d.perfVods.size()) / 2);
  CHECK(d.memberVods.size() == 600);
}

TEST_CASE("a large dataset holds tens of thousands of VODs over every club") {
  const auto out = tempFile("large.json");
  REQUIRE(
      runSim({"generate", "--perf", "20000", "--member", "0", "--seed", "3", "--out", out.string()})
          .first == 0);
  const Dataset d = loadDataset(out.string());
  fs::remove(out);
  std::map<int, int> perClub;
  for (const auto& v : d.perfVods) {
    if (v.l4cId) ++perClub[v.club];
  }
  int site = 0;
  for (const auto& [club, n] : perClub) site += n;
  CHECK(site == 20000);
  CHECK(perClub.size() == 6);
  CHECK(perClub[1] > perClub[4]);
}
