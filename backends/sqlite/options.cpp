#include "options.hpp"

#include <algorithm>
#include <array>

namespace kvm48::sqlite {

const ConfigKey kConfigKeys[] = {
    {"path", ConfigType::string, false, "data/data.db",
     "database file; relative paths are resolved against the working directory; the parent "
     "directory is created"},
    {"busy_timeout_ms", ConfigType::integer, false, "5000",
     "milliseconds a write waits for another process holding the write lock (0-3600000)"},
    {"synchronous", ConfigType::string, false, "normal",
     "PRAGMA synchronous in WAL mode: off, normal (survives a crash of the process), full "
     "(also a power loss) or extra"},
    {"read_connections", ConfigType::integer, false, "4",
     "idle read connections kept for reuse (1-64); more are opened while more threads read"},
    {"read_cache_mb", ConfigType::integer, false, "8",
     "MiB of page cache of each read connection (PRAGMA cache_size; 1-4096); each thread "
     "reading at once has its own connection, and so its own cache"},
    {"read_snapshot_idle_ms", ConfigType::integer, false, "1000",
     "milliseconds an idle read connection keeps its read transaction (0-3600000; 0 = a "
     "transaction per read); a kept one is renewed by the next read after any commit, so "
     "reads are never stale, but while kept it holds WAL checkpoints back"},
    {"perf_vod_cache", ConfigType::integer, false, "4096",
     "perf VODs read by id that each read connection keeps decoded while it keeps its read "
     "transaction (0-1000000; 0 = off; about 1 KB each); forgotten by the first read after "
     "any commit, so never stale; needs read_snapshot_idle_ms above 0"},
    {"mmap_mb", ConfigType::integer, false, "0",
     "MiB of the database file read through a memory map (PRAGMA mmap_size; 0-65536; 0 = "
     "off: pages are read with pread into each connection's cache)"},
};
const std::size_t kConfigKeyCount = std::size(kConfigKeys);

Options parse_options(const ConfigView& config) {
  Options options;
  options.path = config.string("path").value_or("data/data.db");
  if (options.path.empty() || options.path == ":memory:") {
    throw OptionError("path",
                      "path must name a database file (in-memory databases are not "
                      "supported: readers use their own connections)");
  }
  const auto busy = config.integer("busy_timeout_ms").value_or(5000);
  if (busy < 0 || busy > 3'600'000) {
    throw OptionError("busy_timeout_ms",
                      "busy_timeout_ms must be between 0 and 3600000, got " + std::to_string(busy));
  }
  options.busy_timeout_ms = static_cast<int>(busy);
  options.synchronous = config.string("synchronous").value_or("normal");
  constexpr std::array<const char*, 4> modes = {"off", "normal", "full", "extra"};
  if (std::find(modes.begin(), modes.end(), options.synchronous) == modes.end()) {
    throw OptionError("synchronous", "synchronous must be off, normal, full or extra, got '" +
                                         options.synchronous + "'");
  }
  const auto readers = config.integer("read_connections").value_or(4);
  if (readers < 1 || readers > 64) {
    throw OptionError("read_connections",
                      "read_connections must be between 1 and 64, got " + std::to_string(readers));
  }
  options.read_connections = static_cast<std::size_t>(readers);
  const auto cache_mb = config.integer("read_cache_mb").value_or(8);
  if (cache_mb < 1 || cache_mb > 4096) {
    throw OptionError("read_cache_mb",
                      "read_cache_mb must be between 1 and 4096, got " + std::to_string(cache_mb));
  }
  options.read_cache_kib = cache_mb * 1024;
  const auto snapshot_idle = config.integer("read_snapshot_idle_ms").value_or(1000);
  if (snapshot_idle < 0 || snapshot_idle > 3'600'000) {
    throw OptionError("read_snapshot_idle_ms",
                      "read_snapshot_idle_ms must be between 0 and 3600000, got " +
                          std::to_string(snapshot_idle));
  }
  options.read_snapshot_idle = std::chrono::milliseconds(snapshot_idle);
  const auto vod_cache = config.integer("perf_vod_cache").value_or(4096);
  if (vod_cache < 0 || vod_cache > 1'000'000) {
    throw OptionError("perf_vod_cache", "perf_vod_cache must be between 0 and 1000000, got " +
                                            std::to_string(vod_cache));
  }
  options.perf_vod_cache = static_cast<std::size_t>(vod_cache);
  const auto mmap_mb = config.integer("mmap_mb").value_or(0);
  if (mmap_mb < 0 || mmap_mb > 65536) {
    throw OptionError("mmap_mb",
                      "mmap_mb must be between 0 and 65536, got " + std::to_string(mmap_mb));
  }
  options.mmap_bytes = static_cast<std::int64_t>(mmap_mb) * 1024 * 1024;
  return options;
}

}  // namespace kvm48::sqlite
