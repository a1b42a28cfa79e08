#pragma once
// A child process for crash tests: started with fork+exec, its stdout readable
// line by line, killed with SIGKILL.

#include <string>
#include <vector>

#include <sys/types.h>

namespace kvm48::test {

class ChildProcess {
 public:
  /// Starts `argv[0]` with these arguments; its stdout goes to a pipe.
  explicit ChildProcess(const std::vector<std::string>& argv);
  ~ChildProcess();  // kills and reaps the child if still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  /// The next line the child printed (without '\\n'); empty at end of output.
  std::string read_line();
  /// SIGKILL, then waits for it. Returns the raw wait status.
  int kill_hard();
  /// Waits for it to exit on its own. Returns the raw wait status.
  int wait();

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
};

}  // namespace kvm48::test
