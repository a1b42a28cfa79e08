#include "signal_watch.hpp"

#include <pthread.h>
#include <signal.h>

namespace kvm48::app {
namespace {

// SIGUSR2 only wakes the watcher so that the destructor can stop it.
sigset_t watched_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGUSR2);
  return set;
}

}  // namespace

SignalWatch::SignalWatch(std::function<void(int)> on_signal) : on_signal_(std::move(on_signal)) {
  const sigset_t set = watched_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  watcher_ = std::thread([this, set] {
    for (;;) {
      int number = 0;
      if (sigwait(&set, &number) != 0) continue;
      if (number == SIGUSR2) return;
      on_signal_(number);
    }
  });
}

SignalWatch::~SignalWatch() {
  pthread_kill(watcher_.native_handle(), SIGUSR2);
  watcher_.join();
}

}  // namespace kvm48::app
