// Lookups by id through the rowid hints (backends/sqlite/rowid_hints.hpp): a hint that
// has gone stale -- the row moved to another rowid, another row took its rowid, the row
// was deleted, or it was added after the hints were loaded -- never changes an answer.

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

// More VODs than the hint table's first size holds (it grows while loading).
constexpr int kVods = 1500;

std::string id_of(int n) {
  return "rowid-hints-" + std::to_string(n);
}

std::vector<std::string> ids(int from, int to) {
  std::vector<std::string> out;
  for (int n = from; n < to; ++n) out.push_back(id_of(n));
  return out;
}

void write_vods(Backend& backend, int from, int to) {
  WriteBatch batch;
  batch.source = "rowid_hints_test";
  for (int n = from; n < to; ++n)
    batch.perf_vods.push_back(vod(id_of(n), Group::snh48, 1'555'825'500 + n));
  UpsertCounts counts;
  REQUIRE(backend.write(batch, counts).ok());
}

std::vector<std::optional<PerfVod>> read(Backend& backend, const std::vector<std::string>& ids) {
  std::vector<std::optional<PerfVod>> out;
  REQUIRE(backend.get_perf_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  return out;
}

// Every id was answered with its own record (the builder's title and start time).
void check_each_is_its_own(Backend& backend, const std::vector<std::string>& asked) {
  const auto found = read(backend, asked);
  for (std::size_t i = 0; i < asked.size(); ++i) {
    INFO("id " << asked[i]);
    REQUIRE(found[i].has_value());
    CHECK(found[i]->id == asked[i]);
    CHECK(found[i]->title == "title of " + asked[i]);
  }
  // One by one too: a single id is read without a transaction of its own.
  for (const std::string& id : {asked.front(), asked.back()}) {
    const auto one = read(backend, {id});
    REQUIRE(one[0].has_value());
    CHECK(one[0]->id == id);
  }
}

}  // namespace

TEST_CASE("lookups by id stay right when rows change rowids under loaded hints",
          "[sqlite][rowid_hints]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  write_vods(*backend, 0, kVods);
  check_each_is_its_own(*backend, ids(0, kVods));  // loads the hints

  // Another program reverses the rows' order: each hinted rowid now holds another VOD
  // (as VACUUM may renumber rowids of a table without an INTEGER PRIMARY KEY).
  RawDb raw(path);
  const std::string top = raw.value("SELECT max(rowid) + min(rowid) FROM perfvod");
  raw.exec("UPDATE perfvod SET rowid = -rowid; UPDATE perfvod SET rowid = " + top + " + rowid");
  REQUIRE(
      raw.value("SELECT canon_id FROM perfvod WHERE rowid = (SELECT min(rowid) FROM perfvod)") ==
      id_of(kVods - 1));

  check_each_is_its_own(*backend, ids(0, kVods));  // corrects the hints
  check_each_is_its_own(*backend, ids(0, kVods));  // through the corrected hints
}

TEST_CASE("a VOD deleted after the hints were loaded is gone, and found once written again",
          "[sqlite][rowid_hints]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  write_vods(*backend, 0, 10);
  check_each_is_its_own(*backend, ids(0, 10));

  RawDb raw(path);
  raw.exec("DELETE FROM perfvod WHERE canon_id = '" + id_of(3) + "'");
  for (int round = 0; round < 2; ++round) {  // the second reads after the correction
    const auto found = read(*backend, ids(0, 10));
    CHECK_FALSE(found[3].has_value());
    CHECK(found[4].has_value());
    CHECK_FALSE(read(*backend, {id_of(3)})[0].has_value());
  }

  // Back, in a new row (a rowid after every other).
  write_vods(*backend, 3, 4);
  check_each_is_its_own(*backend, ids(0, 10));
}

TEST_CASE("VODs written after the hints were loaded are found, and unknown ids are not",
          "[sqlite][rowid_hints]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  auto other = open_backend("sqlite", sqlite_options(path));  // another writer
  write_vods(*backend, 0, 20);
  check_each_is_its_own(*backend, ids(0, 20));

  write_vods(*backend, 20, 40);
  write_vods(*other, 40, 60);
  check_each_is_its_own(*backend, ids(0, 60));

  const auto unknown = read(*backend, {"never-stored", id_of(5), "also-never"});
  CHECK_FALSE(unknown[0].has_value());
  REQUIRE(unknown[1].has_value());
  CHECK(unknown[1]->id == id_of(5));
  CHECK_FALSE(unknown[2].has_value());
}
