#pragma once
// What the crash writer (sqlite_crash_writer) writes, shared with the test that
// checks the database after killing it.

#include <string>

namespace kvm48::test::crash {

inline constexpr int kBatchSize = 2000;
/// Checkpoint key holding the number of the next batch to write (= batches done).
inline constexpr const char* kNextBatchKey = "next_batch";
inline constexpr const char* kSource = "crash_writer";

inline std::string vod_id(int batch, int i) {
  return "b" + std::to_string(batch) + "-" + std::to_string(i);
}
inline std::string batch_key(int batch) {
  return "batch/" + std::to_string(batch);
}

}  // namespace kvm48::test::crash
