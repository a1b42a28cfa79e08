#pragma once
// The RecordSink of a run: buffers records and writes them to the backend in
// batches, each batch with its checkpoints and the run record in one transaction.

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "kvm48/backend.hpp"
#include "kvm48/crawl.hpp"

namespace kvm48::host {

class BatchingSink final : public RecordSink {
 public:
  /// `run_record(totals)` gives the run record to store with each batch, given
  /// the counts so far. `backend` and the callback outlive the sink.
  BatchingSink(Backend& backend, std::string source, std::size_t batch_size,
               std::function<CrawlRun(const UpsertCounts&)> run_record);

  [[nodiscard]] Status add(PerfVod vod) noexcept override;
  [[nodiscard]] Status add_member_vod(MemberVod vod) noexcept override;
  [[nodiscard]] Status add_team(Team team) noexcept override;
  [[nodiscard]] Status add_member(Member member) noexcept override;
  [[nodiscard]] Status commit(std::vector<Checkpoint> checkpoints) noexcept override;

  /// Counts over every batch written so far.
  [[nodiscard]] UpsertCounts totals() const;
  /// Writes the run record alone (the run's start and end).
  [[nodiscard]] Status write_run_record();

 private:
  /// Checks `problem` (empty: the record is valid), then moves `record` into the
  /// buffer `into` and writes the batch once the buffer holds batch_size records.
  template <class Record>
  Status buffer(std::string problem, Record record, std::vector<Record>& into) noexcept;
  Status write_locked(std::vector<Checkpoint> checkpoints);
  [[nodiscard]] std::size_t buffered_locked() const noexcept;

  Backend& backend_;
  const std::string source_;
  const std::size_t batch_size_;
  const std::function<CrawlRun(const UpsertCounts&)> run_record_;
  mutable std::mutex mutex_;
  WriteBatch buffer_;  ///< the records added since the last write
  UpsertCounts totals_;
  Status failure_;  ///< sticky: once a batch failed, every later call reports it
};

}  // namespace kvm48::host
