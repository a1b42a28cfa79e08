// The read connections' cache of perf VODs read by id (backends/sqlite/perf_vod_cache.hpp):
// a VOD read again is answered from the cache only while nothing has committed since,
// so a read right after any commit -- by this backend, another connection of this
// process, or plain SQL from elsewhere -- sees the new row, an updated one or a deleted
// one; and a cache smaller than the ids asked for, or none, answers the same.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "loaded_backend.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

PerfVod titled(const std::string& id, const std::string& title) {
  PerfVod v = vod(id, Group::snh48, 1'555'825'500);
  v.title = title;
  return v;
}

void write(Backend& backend, const std::vector<PerfVod>& vods) {
  WriteBatch batch;
  batch.source = "perf_vod_cache_test";
  batch.perf_vods = vods;
  UpsertCounts counts;
  REQUIRE(backend.write(batch, counts).ok());
}

// Each id's title, "-" for none.
std::vector<std::string> titles(Backend& backend, const std::vector<std::string>& ids) {
  std::vector<std::optional<PerfVod>> out;
  REQUIRE(backend.get_perf_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  std::vector<std::string> titles;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!out[i]) {
      titles.emplace_back("-");
      continue;
    }
    CHECK(out[i]->id == ids[i]);
    titles.push_back(out[i]->title);
  }
  return titles;
}

std::string title(Backend& backend, const std::string& id) {
  return titles(backend, {id}).at(0);
}

}  // namespace

TEST_CASE("a VOD read again after a commit is read anew, whoever committed",
          "[sqlite][perf_vod_cache]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  auto other = open_backend("sqlite", sqlite_options(path));
  write(*backend, {titled("a", "a1"), titled("b", "b1")});
  // Read twice: the second read is the cache's.
  REQUIRE(titles(*backend, {"a", "b"}) == std::vector<std::string>{"a1", "b1"});
  REQUIRE(titles(*backend, {"a", "b"}) == std::vector<std::string>{"a1", "b1"});
  REQUIRE(title(*backend, "a") == "a1");

  SECTION("this backend updates a VOD") {
    write(*backend, {titled("a", "a2")});
    CHECK(title(*backend, "a") == "a2");
    CHECK(titles(*backend, {"b", "a"}) == std::vector<std::string>{"b1", "a2"});
  }
  SECTION("another connection of this process updates a VOD") {
    write(*other, {titled("b", "b2")});
    CHECK(titles(*backend, {"a", "b"}) == std::vector<std::string>{"a1", "b2"});
    CHECK(title(*backend, "b") == "b2");
  }
  SECTION("plain SQL from another connection updates and deletes VODs") {
    RawDb raw(path);
    raw.exec("UPDATE perfvod SET title = 'a3' WHERE canon_id = 'a'");
    CHECK(title(*backend, "a") == "a3");
    raw.exec("DELETE FROM perfvod WHERE canon_id = 'b'");
    CHECK(titles(*backend, {"a", "b"}) == std::vector<std::string>{"a3", "-"});
    CHECK(title(*backend, "b") == "-");
  }
  SECTION("a write that changes nothing of these VODs still commits") {
    write(*other, {titled("c", "c1")});
    CHECK(titles(*backend, {"a", "c", "b"}) == std::vector<std::string>{"a1", "c1", "b1"});
  }
}

TEST_CASE("a small cache, or none, gives the same answers", "[sqlite][perf_vod_cache]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  const auto setting =
      GENERATE(as<std::string>{}, "perf_vod_cache: 0\n", "perf_vod_cache: 3\n",
               "perf_vod_cache: 4096\n", "perf_vod_cache: 4096\nread_snapshot_idle_ms: 0\n");
  INFO(setting);
  auto backend = open_backend("sqlite", sqlite_options(path) + setting);
  std::vector<PerfVod> vods;
  std::vector<std::string> ids;
  std::vector<std::string> expected;
  for (int n = 0; n < 10; ++n) {
    ids.push_back("vod-" + std::to_string(n));
    expected.push_back("first " + ids.back());
    vods.push_back(titled(ids.back(), expected.back()));
  }
  write(*backend, vods);
  ids.emplace_back("never-stored");
  expected.emplace_back("-");
  ids.push_back("vod-3");  // asked twice in one request
  expected.emplace_back("first vod-3");
  for (int round = 0; round < 3; ++round) {
    INFO("round " << round);
    CHECK(titles(*backend, ids) == expected);
    for (std::size_t i = 0; i < ids.size(); i += 4) CHECK(title(*backend, ids[i]) == expected[i]);
  }
  write(*backend, {titled("vod-3", "second vod-3")});
  expected[3] = expected.back() = "second vod-3";
  CHECK(titles(*backend, ids) == expected);
}
