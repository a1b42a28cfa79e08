#pragma once
// Exit statuses of kvm48-server, for scripts (values from sysexits.h where one fits).

namespace kvm48::app {

enum ExitCode : int {
  kExitOk = 0,         ///< the command did what was asked
  kExitFailure = 1,    ///< the command ran and failed (e.g. a crawl of a source failed)
  kExitUsage = 64,     ///< bad command line (EX_USAGE)
  kExitInternal = 70,  ///< a bug: an unexpected exception (EX_SOFTWARE)
  kExitTempFail = 75,  ///< not now: another instance holds the crawl lock (EX_TEMPFAIL)
  kExitConfig = 78,    ///< the configuration is invalid or unreadable (EX_CONFIG)
};

}  // namespace kvm48::app
