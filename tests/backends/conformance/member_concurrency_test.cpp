// Conformance: readers of member VODs and the roster see each batch whole while
// one writer commits batches that carry both.

#include <atomic>
#include <mutex>
#include <thread>

#include <catch2/catch.hpp>

#include "members.hpp"
#include "target.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

constexpr int kBatches = 4;
constexpr int kVodsPerBatch = 3000;
constexpr int kMembersPerBatch = 30;

WriteBatch member_batch(int b) {
  WriteBatch batch;
  batch.source = "koudai48";
  for (int i = 0; i < kVodsPerBatch; ++i) {
    batch.member_vods.push_back(member_vod(std::to_string(1310392482355000000 + b * 100000 + i),
                                           1 + 1000 * b + i % kMembersPerBatch,
                                           1601510400000 + b * 10000000 + i));
  }
  for (int i = 0; i < kMembersPerBatch; ++i) {
    batch.members.push_back(member(1 + 1000 * b + i, "m" + std::to_string(i), Group::snh48));
  }
  batch.teams.push_back(team(1000 + b, "team " + std::to_string(b), Group::snh48));
  return batch;
}

// One reader: every answer must show whole batches, in every table at once.
void read_until(Backend& backend, const std::atomic<bool>& done, std::mutex& mutex,
                std::vector<std::string>& problems, int& reads) {
  while (!done.load()) {
    BackendStatistics stats;
    std::vector<MemberVod> range;
    std::vector<Member> members;
    const Status s1 = backend.statistics(stats);
    const Status s2 = backend.member_vods_in_range(MemberVodQuery(0, 4000000000), range);
    const Status s3 = backend.get_members({}, members);
    std::lock_guard lock(mutex);
    ++reads;
    if (!s1 || !s2 || !s3) {
      problems.push_back("read failed: " + s1.message() + s2.message() + s3.message());
      continue;
    }
    const auto batches = stats.member_vods / kVodsPerBatch;
    if (stats.member_vods % kVodsPerBatch != 0 || stats.members != batches * kMembersPerBatch ||
        stats.teams != batches) {
      problems.push_back("partial batch in statistics: " + std::to_string(stats.member_vods) +
                         " member VODs, " + std::to_string(stats.members) + " members");
    }
    if (range.size() % kVodsPerBatch != 0 || members.size() % kMembersPerBatch != 0) {
      problems.push_back("partial batch in a read: " + std::to_string(range.size()) + " VODs, " +
                         std::to_string(members.size()) + " members");
    }
  }
}

}  // namespace

TEST_CASE("readers see member VODs and the roster of a batch all together or not at all",
          "[kinds][concurrency]") {
  auto s = open_fresh_store();
  std::vector<WriteBatch> batches;
  for (int b = 0; b < kBatches; ++b) batches.push_back(member_batch(b));

  std::atomic<bool> done{false};
  std::mutex mutex;
  std::vector<std::string> problems;
  int reads = 0;
  std::vector<std::thread> readers;
  for (int r = 0; r < 2; ++r) {
    readers.emplace_back([&] { read_until(*s.backend, done, mutex, problems, reads); });
  }
  std::vector<Status> results;
  for (const WriteBatch& batch : batches) {
    UpsertCounts counts;
    results.push_back(s.backend->write(batch, counts));
  }
  done = true;
  for (auto& t : readers) t.join();

  for (const Status& st : results) {
    INFO(st.message());
    CHECK(st.ok());
  }
  for (const auto& p : problems) FAIL_CHECK(p);
  INFO("reads: " << reads);
  CHECK(reads > 0);
  const BackendStatistics stats = statistics_of(*s.backend);
  CHECK(stats.member_vods == kBatches * kVodsPerBatch);
  CHECK(stats.members == kBatches * kMembersPerBatch);
}
