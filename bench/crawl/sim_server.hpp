#pragma once
// The simulator (kvm48-upstream-sim) as a child process of the benchmark.

#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <cstdint>
#include <memory>
#include <string>

namespace kvm48::bench {

/// Runs `kvm48-upstream-sim generate --perf N --member 0 --seed 1 --out FILE`;
/// throws on failure.
void generate_dataset(std::int64_t vods, const std::string& file);

/// `serve --dataset FILE` on 127.0.0.1 with an ephemeral port, no faults.
/// The destructor stops it (SIGTERM) and reaps it.
class SimServer {
 public:
  explicit SimServer(const std::string& dataset);
  ~SimServer();
  SimServer(const SimServer&) = delete;
  SimServer& operator=(const SimServer&) = delete;

  [[nodiscard]] std::uint16_t port() const { return port_; }
  /// CPU time (user + system) the process has used so far, in seconds, from
  /// /proc/<pid>/stat.
  [[nodiscard]] double cpu_seconds() const;
  /// GET on the control endpoint; the body.
  [[nodiscard]] std::string control(const std::string& path) const;

 private:
  Poco::Pipe out_;
  std::unique_ptr<Poco::ProcessHandle> handle_;
  std::uint16_t port_ = 0;
};

}  // namespace kvm48::bench
