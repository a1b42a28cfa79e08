#pragma once
// The crawl lock for SQLite: an exclusive flock(2) on a file beside the database
// (`<database>.crawl-lock`). flock belongs to the open file, so two Backend
// objects in one process exclude each other too, and the kernel frees it when
// the holder dies, however it dies. SQLite's own locks on the database (fcntl)
// are independent of it.

#include <string>
#include <utility>

namespace kvm48::sqlite {

class CrawlLock {
 public:
  explicit CrawlLock(std::string path) : path_(std::move(path)) {}
  ~CrawlLock() { release(); }
  CrawlLock(const CrawlLock&) = delete;
  CrawlLock& operator=(const CrawlLock&) = delete;

  /// True if held now (already or newly). Throws std::system_error when the lock
  /// file cannot be opened or locked for another reason than contention.
  bool try_acquire();
  [[nodiscard]] bool held() const noexcept { return fd_ >= 0; }
  void release() noexcept;

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace kvm48::sqlite
