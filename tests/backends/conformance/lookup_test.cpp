// Conformance: lookups by id list, time ranges (edges, ties, group, limit) and
// the known-id checks incremental crawls use.

#include <catch2/catch.hpp>

#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::vector<std::int64_t> l4c_ids(const std::vector<PerfVod>& vods) {
  std::vector<std::int64_t> out;
  for (const PerfVod& v : vods) out.push_back(v.l4c_id.value_or(-1));
  return out;
}

}  // namespace

TEST_CASE("an id lookup answers in the order asked, null for unknown ids, repeats included",
          "[lookup]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of(original_fixture()));
  const std::vector<std::string> ids = {"324479006241787904", "0", "324479006245982208",
                                        "324479006241787904", "",  "324479006245982208"};
  std::vector<std::optional<PerfVod>> out = {PerfVod{}};  // stale content must go
  REQUIRE(s.backend->get_perf_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  CHECK(out[0]->l4c_id == 2773);
  CHECK_FALSE(out[1]);
  CHECK(out[2]->l4c_id == 2772);
  CHECK(out[3] == out[0]);
  CHECK_FALSE(out[4]);
  CHECK(out[5] == out[2]);

  REQUIRE(s.backend->get_perf_vods({}, out).ok());
  CHECK(out.empty());
}

TEST_CASE("a lookup of many ids answers each one", "[lookup]") {
  auto s = open_fresh_store();
  std::vector<PerfVod> vods;
  for (int i = 0; i < 1500; ++i) vods.push_back(vod("id" + std::to_string(i), Group::snh48, i));
  write_ok(*s.backend, batch_of(vods));
  std::vector<std::string> ids;
  for (int i = 1999; i >= 0; --i) ids.push_back("id" + std::to_string(i));
  std::vector<std::optional<PerfVod>> out;
  REQUIRE(s.backend->get_perf_vods(ids, out).ok());
  REQUIRE(out.size() == 2000);
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const int i = 1999 - static_cast<int>(k);
    if (i >= 1500) {
      CHECK_FALSE(out[k]);
    } else {
      REQUIRE(out[k]);
      CHECK(out[k]->start_time == i);
    }
  }
}

TEST_CASE("a time range answers as the original server did for its fixture", "[range]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of(original_fixture()));
  CHECK(l4c_ids(in_range(*s.backend, {1555776000, 1555840800, {}, 0})) ==
        std::vector<std::int64_t>{2772, 2773, 2774});
  CHECK(l4c_ids(in_range(*s.backend, {1555776000, 1555840800, Group::snh48, 0})) ==
        std::vector<std::int64_t>{2772, 2774});
  CHECK(in_range(*s.backend, {1555776000, 1555840800, Group::bej48, 0}).empty());
}

TEST_CASE("a time range includes from and excludes to", "[range]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of({vod("a", Group::snh48, 99, 1), vod("b", Group::snh48, 100, 2),
                                 vod("c", Group::snh48, 199, 3), vod("d", Group::snh48, 200, 4)}));
  CHECK(l4c_ids(in_range(*s.backend, {100, 200, {}, 0})) == std::vector<std::int64_t>{2, 3});
  CHECK(l4c_ids(in_range(*s.backend, {100, 101, {}, 0})) == std::vector<std::int64_t>{2});
  CHECK(in_range(*s.backend, {100, 100, {}, 0}).empty());
  CHECK(in_range(*s.backend, {200, 100, {}, 0}).empty());
  CHECK(l4c_ids(in_range(*s.backend, {-1000, 1000, {}, 0})) ==
        std::vector<std::int64_t>{1, 2, 3, 4});
}

TEST_CASE("ties in start time are ordered by club, l4c id, app-only VODs last, then id",
          "[range]") {
  auto s = open_fresh_store();
  PerfVod gnz = vod("g", Group::gnz48, 500, 10);
  PerfVod snh_late = vod("s2", Group::snh48, 500, 30);
  PerfVod snh_early = vod("s1", Group::snh48, 500, 20);
  PerfVod app_b = vod("app-b", Group::snh48, 500);
  PerfVod app_a = vod("app-a", Group::bej48, 500);
  PerfVod before = vod("first", Group::cgt48, 499);
  write_ok(*s.backend, batch_of({gnz, snh_late, app_b, snh_early, app_a, before}));
  const auto got = in_range(*s.backend, {0, 1000, {}, 0});
  CHECK(ids_of(got) == std::vector<std::string>{"first", "s1", "s2", "g", "app-a", "app-b"});
}

TEST_CASE("a time range is filtered by group and cut at the limit", "[range]") {
  auto s = open_fresh_store();
  std::vector<PerfVod> vods;
  for (int i = 0; i < 60; ++i) {
    vods.push_back(vod("v" + std::to_string(i), kAllGroups[static_cast<std::size_t>(i % 6)],
                       1000 + i, 100 + i));
  }
  write_ok(*s.backend, batch_of(vods));
  const auto cgt = in_range(*s.backend, {0, 5000, Group::cgt48, 0});
  REQUIRE(cgt.size() == 10);
  for (const PerfVod& v : cgt) CHECK(v.group == Group::cgt48);
  CHECK(cgt.front().id == "v5");
  const auto first3 = in_range(*s.backend, {0, 5000, {}, 3});
  CHECK(ids_of(first3) == std::vector<std::string>{"v0", "v1", "v2"});
  CHECK(in_range(*s.backend, {0, 5000, Group::snh48, 4}).size() == 4);
  CHECK(in_range(*s.backend, {0, 5000, {}, 1000}).size() == 60);
}

TEST_CASE("known-id checks answer per canonical id and per exact live.48.cn page", "[known]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of(original_fixture()));
  write_ok(*s.backend, batch_of({vod("app-only", Group::snh48, 1)}));

  const std::vector<std::string> ids = {"324479006245982208", "nope", "app-only",
                                        "324479006245982208"};
  std::vector<bool> known;
  REQUIRE(s.backend->known_perf_vod_ids(ids, known).ok());
  CHECK(known == std::vector<bool>{true, false, true, true});

  const std::vector<L4cPageRef> pages = {{1, 2772}, {2, 2772}, {2, 2775}, {1, 9999}, {3, 2773}};
  REQUIRE(s.backend->known_l4c_pages(pages, known).ok());
  CHECK(known == std::vector<bool>{true, false, true, false, true});

  REQUIRE(s.backend->known_perf_vod_ids({}, known).ok());
  CHECK(known.empty());
}
