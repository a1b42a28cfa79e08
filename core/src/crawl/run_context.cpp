#include "crawl/run_context.hpp"

#include <atomic>
#include <thread>
#include <vector>

namespace kvm48::host {

void RunContext::for_each_parallel(std::size_t count,
                                   const std::function<void(std::size_t)>& task) noexcept {
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  const std::size_t width =
      std::min<std::size_t>(static_cast<std::size_t>(item_concurrency_), count);
  std::vector<std::thread> helpers;
  try {
    for (std::size_t t = 1; t < width; ++t) helpers.emplace_back(work);
  } catch (const std::system_error&) {
    // No thread could be started: the calling thread does all the work alone.
  }
  work();
  for (auto& helper : helpers) helper.join();
}

}  // namespace kvm48::host
