#include "service_notify.hpp"

#include <systemd/sd-daemon.h>

#include <ctime>
#include <string>

#include <Poco/Logger.h>

namespace kvm48::app {
namespace {

void notify(const std::string& state) {
  // unset_environment = 0: a `crawl` child started from here would not inherit it anyway
  // (the server starts none), and the later messages need the variable.
  const int status = sd_notify(0, state.c_str());
  if (status < 0) {
    Poco::Logger::get("systemd").warning("sd_notify(%s) failed: error %d", state, -status);
  }
}

}  // namespace

void notify_ready() {
  notify("READY=1\nSTATUS=serving");
}

void notify_reloading() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  const auto usec = static_cast<unsigned long long>(now.tv_sec) * 1000000ULL +
                    static_cast<unsigned long long>(now.tv_nsec) / 1000ULL;
  notify("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(usec) + "\nSTATUS=reloading");
}

void notify_stopping() {
  notify("STOPPING=1\nSTATUS=stopping");
}

}  // namespace kvm48::app
