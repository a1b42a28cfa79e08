#pragma once
// The kvm48-server command line: dispatch to a command, help, version.

namespace kvm48::app {

/// Runs kvm48-server with these arguments; returns the process exit status.
/// Catches every exception at this one edge and maps it to an ExitCode.
int run_cli(int argc, char** argv);

}  // namespace kvm48::app
