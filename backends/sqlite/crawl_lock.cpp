#include "crawl_lock.hpp"

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kvm48::sqlite {

bool CrawlLock::try_acquire() {
  if (fd_ >= 0) return true;
  const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw std::system_error(errno, std::generic_category(), "cannot open lock file " + path_);
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) return false;
    throw std::system_error(error, std::generic_category(), "cannot lock " + path_);
  }
  fd_ = fd;
  return true;
}

void CrawlLock::release() noexcept {
  if (fd_ < 0) return;
  ::close(fd_);  // closing the only descriptor of the open file releases the flock
  fd_ = -1;
}

}  // namespace kvm48::sqlite
