// `kvm48-server config check`: the whole configuration, including each plugin
// instance's options as its plugin declares and validates them.

#include <iostream>

#include "command.hpp"
#include "config/config_issue.hpp"
#include "config/env_expand.hpp"
#include "exit_codes.hpp"
#include "host/instance_check.hpp"
#include "host_setup.hpp"
#include "server_setup.hpp"

namespace kvm48::app {
namespace {

int run(const ParsedOptions& options) {
  const host::Config config = load_host_config(options, true);
  server_settings(config);  // throws ConfigError for a bad server section
  const host::PluginRegistry registry = scan_plugins(config);
  host::ConfigIssues issues;
  const auto instances =
      host::resolve_instances(config, registry, host::process_environment(), issues);
  host::trial_create(instances, config.file.string(), issues);
  if (!issues.empty()) throw host::ConfigError(std::move(issues));
  std::cout << config.file.string() << ": OK (backend " << config.backend.plugin << ", "
            << instances.sources.size() << " source" << (instances.sources.size() == 1 ? "" : "s")
            << " enabled)\n";
  return kExitOk;
}

}  // namespace

Command config_check_command() {
  return {{"config", "check"},
          "Check the configuration file and the options of every plugin instance",
          "Reads the configuration, loads the plugins, checks every key (unknown keys, types,\n"
          "required keys, ${ENV} references) and lets each plugin validate its instance's\n"
          "options, and the server section's addresses, limits and storage URL (with the\n"
          "RATELIMIT_STORAGE_URL and RATELIMIT environment variables), without any network or\n"
          "database I/O. Prints OK, or every problem as\n"
          "FILE:LINE:COLUMN: KEY: MESSAGE. Exit status 0 when valid, 78 when not.",
          {},
          run};
}

}  // namespace kvm48::app
