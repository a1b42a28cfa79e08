#include "crawl/batching_sink.hpp"

#include <utility>

namespace kvm48::host {

BatchingSink::BatchingSink(Backend& backend, std::string source, std::size_t batch_size,
                           std::function<CrawlRun(const UpsertCounts&)> run_record)
    : backend_(backend),
      source_(std::move(source)),
      batch_size_(batch_size == 0 ? 1 : batch_size),
      run_record_(std::move(run_record)) {}

template <class Record>
Status BatchingSink::buffer(std::string problem, Record record,
                            std::vector<Record>& into) noexcept {
  try {
    if (!problem.empty()) return {StatusCode::invalid_data, problem};
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_.ok()) return failure_;
    into.push_back(std::move(record));
    if (buffered_locked() >= batch_size_) return write_locked({});
    return {};
  } catch (const std::exception& e) {
    return {StatusCode::internal, e.what()};
  }
}

Status BatchingSink::add(PerfVod vod) noexcept {
  std::string problem = perf_vod_problem(vod);
  return buffer(std::move(problem), std::move(vod), buffer_.perf_vods);
}

Status BatchingSink::add_member_vod(MemberVod vod) noexcept {
  std::string problem = member_vod_problem(vod);
  return buffer(std::move(problem), std::move(vod), buffer_.member_vods);
}

Status BatchingSink::add_team(Team team) noexcept {
  std::string problem = team_problem(team);
  return buffer(std::move(problem), std::move(team), buffer_.teams);
}

Status BatchingSink::add_member(Member member) noexcept {
  std::string problem = member_problem(member);
  return buffer(std::move(problem), std::move(member), buffer_.members);
}

std::size_t BatchingSink::buffered_locked() const noexcept {
  return buffer_.perf_vods.size() + buffer_.member_vods.size() + buffer_.teams.size() +
         buffer_.members.size();
}

Status BatchingSink::commit(std::vector<Checkpoint> checkpoints) noexcept {
  try {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_.ok()) return failure_;
    return write_locked(std::move(checkpoints));
  } catch (const std::exception& e) {
    return {StatusCode::internal, e.what()};
  }
}

UpsertCounts BatchingSink::totals() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return totals_;
}

Status BatchingSink::write_run_record() {
  std::lock_guard<std::mutex> lock(mutex_);
  WriteBatch batch;
  batch.source = source_;
  batch.run = run_record_(totals_);
  UpsertCounts counts;
  return backend_.write(batch, counts);
}

Status BatchingSink::write_locked(std::vector<Checkpoint> checkpoints) {
  WriteBatch batch = std::exchange(buffer_, WriteBatch{});
  const std::size_t records =
      batch.perf_vods.size() + batch.member_vods.size() + batch.teams.size() + batch.members.size();
  batch.source = source_;
  batch.checkpoints = std::move(checkpoints);
  // The run record commits with the batch, so a stored run is never ahead of
  // its records. Its counts are those of the batches before this one (a batch's
  // own counts are known only once it has committed); the final record is exact.
  batch.run = run_record_(totals_);
  UpsertCounts counts;
  Status status = backend_.write(batch, counts);
  if (!status.ok()) {
    failure_ = Status(status.code(), "writing a batch of " + std::to_string(records) +
                                         " records failed: " + status.message());
    return failure_;
  }
  totals_.inserted += counts.inserted;
  totals_.updated += counts.updated;
  totals_.unchanged += counts.unchanged;
  return {};
}

}  // namespace kvm48::host
