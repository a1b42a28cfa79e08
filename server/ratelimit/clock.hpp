#pragma once
// Time source of the limiter, injectable so that tests move time by hand (no sleeps).

#include <atomic>
#include <cstdint>

namespace kvm48::ratelimit {

/// Wall-clock time in milliseconds since the Unix epoch. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual std::int64_t now_ms() const = 0;
};

/// The system clock (std::chrono::system_clock).
class SystemClock final : public Clock {
 public:
  [[nodiscard]] std::int64_t now_ms() const override;
};

/// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t start_ms) : now_(start_ms) {}
  [[nodiscard]] std::int64_t now_ms() const override { return now_.load(); }
  void set_ms(std::int64_t now_ms) { now_.store(now_ms); }
  void advance_ms(std::int64_t delta_ms) { now_.fetch_add(delta_ms); }

 private:
  std::atomic<std::int64_t> now_;
};

}  // namespace kvm48::ratelimit
