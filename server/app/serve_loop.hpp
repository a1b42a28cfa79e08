#pragma once
// The long-running commands: `serve` (the API) and `run` (the API and scheduled crawls).

#include "cli_args.hpp"

namespace kvm48::app {

/// Serves until SIGTERM/SIGINT, crawling every enabled source on its schedule when `crawl`.
/// Returns an exit status; throws what the command edge turns into one (ConfigError,
/// CommandFailure).
int serve_until_stopped(const ParsedOptions& options, bool crawl);

}  // namespace kvm48::app
