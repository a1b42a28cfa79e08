#pragma once
// Where the limiter keeps its counters: the contract every storage (memory://, redis://)
// fulfils. The two operations are the two strategies; each is atomic per key (one hit is
// counted once, and never lost, however many threads or processes hit the same key).

#include <cstdint>
#include <stdexcept>
#include <string>

namespace kvm48::ratelimit {

/// Thrown by a storage that cannot answer (Redis down, timed out, refused the password).
/// The limiter catches it and applies its failure policy.
class StorageUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What one hit did to a window.
struct WindowState {
  bool allowed = false;       ///< the hit fitted under the limit (and was counted)
  std::uint64_t count = 0;    ///< hits in the window, this one included when allowed
  std::int64_t reset_ms = 0;  ///< epoch ms when the window frees a slot (fixed: ends)
};

/// Thread-safe: any thread may call any member at any time.
class Storage {
 public:
  virtual ~Storage() = default;

  /// Fixed window of `window_ms` that starts at the first hit. The hit is counted even when
  /// over the limit (as `limits` does), so a client that keeps hammering stays limited for
  /// the rest of the window. `elastic`: every hit restarts the window
  /// (fixed-window-elastic-expiry). Throws StorageUnavailable.
  virtual WindowState hit_fixed_window(const std::string& key, std::uint64_t amount,
                                       std::int64_t window_ms, bool elastic,
                                       std::int64_t now_ms) = 0;

  /// Moving window (sliding log): allowed when fewer than `amount` hits happened in
  /// (now - window_ms, now]; a refused hit is not recorded. Throws StorageUnavailable.
  virtual WindowState hit_moving_window(const std::string& key, std::uint64_t amount,
                                        std::int64_t window_ms, std::int64_t now_ms) = 0;

  /// Throws StorageUnavailable when the storage cannot serve (for /ready). Cheap.
  virtual void check() = 0;

  /// "memory" or "redis" (for logs and metrics).
  [[nodiscard]] virtual std::string kind() const = 0;
};

}  // namespace kvm48::ratelimit
