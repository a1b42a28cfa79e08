#pragma once
// The sqlite backend's options: the keys it declares and their validation.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "kvm48/config_view.hpp"
#include "kvm48/plugin.hpp"

namespace kvm48::sqlite {

struct Options {
  std::string path;                    ///< database file, relative to the working directory
  int busy_timeout_ms = 5000;          ///< how long a writer waits for another process's lock
  std::string synchronous;             ///< PRAGMA synchronous: off, normal, full or extra
  std::size_t read_connections = 4;    ///< idle read connections kept for reuse
  std::int64_t read_cache_kib = 8192;  ///< PRAGMA cache_size of each read connection
  /// How long an idle read connection keeps its read transaction (KeptSnapshot); 0 = off.
  std::chrono::milliseconds read_snapshot_idle{1000};
  /// Records in each read connection's PerfVodCache (0 = none).
  std::size_t perf_vod_cache = 4096;
  std::int64_t mmap_bytes = 0;  ///< PRAGMA mmap_size: pages read without a copy (0 = off)
};

/// The keys declared in the plugin descriptor.
extern const ConfigKey kConfigKeys[];
extern const std::size_t kConfigKeyCount;

/// Reads and checks the options. Throws OptionError naming the bad key. No I/O.
Options parse_options(const ConfigView& config);

}  // namespace kvm48::sqlite
