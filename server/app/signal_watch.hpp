#pragma once
// SIGINT, SIGTERM and SIGHUP, turned into a callback on a thread of our own (never in
// a signal handler).

#include <functional>
#include <thread>

namespace kvm48::app {

/// While alive, SIGINT, SIGTERM and SIGHUP are blocked in every thread started after
/// construction and delivered to `on_signal(signal_number)` on a watcher thread.
/// Construct it in main before starting other threads. Not copyable.
class SignalWatch {
 public:
  explicit SignalWatch(std::function<void(int)> on_signal);
  ~SignalWatch();
  SignalWatch(const SignalWatch&) = delete;
  SignalWatch& operator=(const SignalWatch&) = delete;

 private:
  std::function<void(int)> on_signal_;
  std::thread watcher_;
};

}  // namespace kvm48::app
