// `kvm48-server run`: the API server and every enabled source crawled on its schedule.

#include "command.hpp"
#include "serve_loop.hpp"

namespace kvm48::app {

Command run_command() {
  return {{"run"},
          "Serve the API and crawl every enabled source on its schedule (the main job)",
          "Everything `serve` does, plus a crawl of each enabled source every\n"
          "schedule.interval_seconds (default 300, as the original's cron), scaled by a random\n"
          "1 +- schedule.jitter; sources[i].schedule overrides any key for one source. A source\n"
          "never overlaps itself (a run longer than the interval is followed by the next at\n"
          "once) and sources run independently. With schedule.ping_url, each run pings\n"
          "<url>/start, then <url> or <url>/fail (healthchecks.io style) from a thread of its\n"
          "own: a slow ping never delays a crawl. Instances sharing a database crawl one at a\n"
          "time: the one holding the backend's crawl lock crawls, the others serve. SIGTERM or\n"
          "SIGINT cancel running crawls (what they committed stays) and stop the server\n"
          "gracefully. Exit status as `serve`.",
          server_options(),
          [](const ParsedOptions& options) { return serve_until_stopped(options, true); }};
}

}  // namespace kvm48::app
