#include "plugins/file_permissions.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kvm48::host {

std::optional<std::string> unsafe_permissions(const std::filesystem::path& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    return std::string("permissions: cannot examine it: ") + std::strerror(errno);
  }
  const uid_t self = geteuid();
  if (info.st_uid != 0 && info.st_uid != self) {
    return "owner: expected root or uid " + std::to_string(self) + " (this process), found uid " +
           std::to_string(info.st_uid);
  }
  if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
    return std::string("permissions: expected not writable by group or others, found mode ") + mode;
  }
  return std::nullopt;
}

}  // namespace kvm48::host
