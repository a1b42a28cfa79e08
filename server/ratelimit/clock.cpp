#include "ratelimit/clock.hpp"

#include <chrono>

namespace kvm48::ratelimit {

std::int64_t SystemClock::now_ms() const {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace kvm48::ratelimit
