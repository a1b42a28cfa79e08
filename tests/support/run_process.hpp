#pragma once
// Runs a program to completion and captures what it printed.

#include <string>
#include <vector>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

namespace kvm48::test {

struct ProcessRun {
  int status = -1;  ///< exit status
  std::string out;  ///< standard output
  std::string err;  ///< standard error
};

inline ProcessRun run_process(const std::string& program, const std::vector<std::string>& args) {
  Poco::Pipe out_pipe;
  Poco::Pipe err_pipe;
  Poco::ProcessHandle handle = Poco::Process::launch(program, args, nullptr, &out_pipe, &err_pipe);
  ProcessRun run;
  Poco::PipeInputStream out(out_pipe);
  Poco::PipeInputStream err(err_pipe);
  // Standard error is read after standard output: fine for the short outputs of
  // the commands under test (a pipe holds 64 KiB).
  Poco::StreamCopier::copyToString(out, run.out);
  Poco::StreamCopier::copyToString(err, run.err);
  run.status = handle.wait();
  return run;
}

}  // namespace kvm48::test
