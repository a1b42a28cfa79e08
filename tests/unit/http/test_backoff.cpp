#include <catch2/catch.hpp>

#include "http/backoff.hpp"

using kvm48::host::Backoff;
using kvm48::host::HttpPolicy;
using namespace std::chrono;

TEST_CASE("backoff doubles from the base delay, without jitter as the original crawler did") {
  HttpPolicy policy;
  policy.jitter = 0;
  Backoff backoff(policy);
  CHECK(backoff.delay_before(2) == milliseconds(2000));
  CHECK(backoff.delay_before(3) == milliseconds(4000));
  CHECK(backoff.delay_before(4) == milliseconds(8000));
}

TEST_CASE("backoff is capped at its maximum") {
  HttpPolicy policy;
  policy.jitter = 0;
  policy.backoff_max = milliseconds(5000);
  Backoff backoff(policy);
  CHECK(backoff.delay_before(10) == milliseconds(5000));
}

TEST_CASE("jitter keeps each delay within its bounds and varies it") {
  HttpPolicy policy;
  policy.jitter = 0.5;
  Backoff backoff(policy, 42);
  bool varied = false;
  const auto first = backoff.delay_before(2);
  for (int i = 0; i < 200; ++i) {
    const auto delay = backoff.delay_before(2);
    CHECK(delay >= milliseconds(1000));
    CHECK(delay <= milliseconds(3000));
    varied = varied || delay != first;
  }
  CHECK(varied);
}
