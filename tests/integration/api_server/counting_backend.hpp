#pragma once
// A Backend that forwards every call to a real backend and counts the roster reads, so a
// test can see how many backend calls one GraphQL request costs. Not a stand-in: every
// answer is the real backend's.

#include <atomic>
#include <memory>

#include "kvm48/backend.hpp"

namespace kvm48::test {

class CountingBackend final : public Backend {
 public:
  explicit CountingBackend(Backend& real) : real_(real) {}

  std::atomic<int> get_teams_calls{0};
  std::atomic<int> get_members_calls{0};

  Status open(const OpenOptions& options, MigrationReport& report) noexcept override {
    return real_.open(options, report);
  }
  Status ping() noexcept override { return real_.ping(); }
  Status write(const WriteBatch& batch, UpsertCounts& counts) noexcept override {
    return real_.write(batch, counts);
  }
  Status get_perf_vods(std::span<const std::string> ids,
                       std::vector<std::optional<PerfVod>>& out) noexcept override {
    return real_.get_perf_vods(ids, out);
  }
  Status perf_vods_in_range(const PerfVodRange& range,
                            std::vector<PerfVod>& out) noexcept override {
    return real_.perf_vods_in_range(range, out);
  }
  Status known_perf_vod_ids(std::span<const std::string> ids,
                            std::vector<bool>& known) noexcept override {
    return real_.known_perf_vod_ids(ids, known);
  }
  Status known_l4c_pages(std::span<const L4cPageRef> pages,
                         std::vector<bool>& known) noexcept override {
    return real_.known_l4c_pages(pages, known);
  }
  Status get_checkpoints(std::string_view source, std::vector<Checkpoint>& out) noexcept override {
    return real_.get_checkpoints(source, out);
  }
  Status get_crawl_runs(std::string_view source, std::size_t limit,
                        std::vector<CrawlRun>& out) noexcept override {
    return real_.get_crawl_runs(source, limit, out);
  }
  Status statistics(BackendStatistics& out) noexcept override { return real_.statistics(out); }
  Status get_member_vods(std::span<const std::string> ids,
                         std::vector<std::optional<MemberVod>>& out) noexcept override {
    return real_.get_member_vods(ids, out);
  }
  Status member_vods_in_range(const MemberVodRange& range,
                              std::vector<MemberVod>& out) noexcept override {
    return real_.member_vods_in_range(range, out);
  }
  Status known_member_vod_ids(std::span<const std::string> ids,
                              std::vector<bool>& known) noexcept override {
    return real_.known_member_vod_ids(ids, known);
  }
  Status get_members(const MemberFilter& filter, std::vector<Member>& out) noexcept override {
    ++get_members_calls;
    return real_.get_members(filter, out);
  }
  Status get_teams(std::vector<Team>& out) noexcept override {
    ++get_teams_calls;
    return real_.get_teams(out);
  }
  Status try_acquire_crawl_lock(bool& acquired) noexcept override {
    return real_.try_acquire_crawl_lock(acquired);
  }
  bool holds_crawl_lock() noexcept override { return real_.holds_crawl_lock(); }
  void release_crawl_lock() noexcept override { real_.release_crawl_lock(); }

 private:
  Backend& real_;
};

}  // namespace kvm48::test
