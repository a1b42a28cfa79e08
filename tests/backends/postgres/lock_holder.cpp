// A stand-in for one kvm48-server instance in the crawl-lock test: loads the
// postgres backend through the plugin loader, opens it, and tries to take the
// crawl lock every 50 ms. Prints "open" once open and "acquired" once it holds
// the lock, then holds it until killed. "lost" if it ever loses it.
//
// usage: postgres_lock_holder OPTIONS_YAML

#include <chrono>
#include <cstdio>
#include <exception>
#include <thread>

#include "loaded_backend.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OPTIONS_YAML\n", argv[0]);
    return 2;
  }
  try {
    auto backend = kvm48::test::open_backend("postgres", argv[1]);
    std::printf("open\n");
    std::fflush(stdout);
    bool announced = false;
    for (;;) {
      bool acquired = false;
      const kvm48::Status status = backend->try_acquire_crawl_lock(acquired);
      if (!status) std::fprintf(stderr, "lock holder: %s\n", status.message().c_str());
      if (acquired != announced) {
        std::printf(acquired ? "acquired\n" : "lost\n");
        std::fflush(stdout);
        announced = acquired;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lock holder: %s\n", e.what());
    return 1;
  }
}
