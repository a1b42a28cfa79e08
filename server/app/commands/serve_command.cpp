// `kvm48-server serve`: the GraphQL API over HTTP, until SIGTERM/SIGINT.

#include "command.hpp"
#include "serve_loop.hpp"

namespace kvm48::app {

/// Options of both long-running commands.
std::vector<OptionSpec> server_options() {
  return {{"listen", '\0', true, false, "HOST:PORT",
           "listen here instead of server.listen (port 0: any free port)"},
          {"port-file", '\0', true, false, "FILE",
           "write the bound port to FILE once listening (for scripts and tests)"}};
}

Command serve_command() {
  return {{"serve"},
          "Serve the GraphQL API over HTTP until SIGTERM or SIGINT",
          "Opens the backend (applying pending migrations), then serves GraphQL over HTTP at\n"
          "/api/graphql (GraphiQL for browsers), /health, /ready and /metrics on the address of\n"
          "server.listen, with rate limiting when server.rate_limit.enabled or the original's\n"
          "RATELIMIT_STORAGE_URL is set. SIGTERM/SIGINT stop it gracefully: no new connections,\n"
          "requests in flight finish (up to server.shutdown_grace_seconds), then the backend is\n"
          "closed and the plugins unloaded. Exit status 0 after a clean stop, 1 when the address\n"
          "cannot be bound or the backend cannot be opened, 78 on a bad configuration.",
          server_options(),
          [](const ParsedOptions& options) { return serve_until_stopped(options, false); }};
}

}  // namespace kvm48::app
