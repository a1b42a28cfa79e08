#pragma once
// What a kvm48-server command is: its words, its help and its options.

#include <functional>
#include <string>
#include <vector>

#include "cli_args.hpp"

namespace kvm48::app {

struct Command {
  std::vector<std::string> words;   ///< {"config", "check"}
  std::string summary;              ///< one line for the command list
  std::string description;          ///< paragraph(s) for `<command> --help`
  std::vector<OptionSpec> options;  ///< the command's own options (common ones are added)
  std::function<int(const ParsedOptions&)> run;  ///< returns an ExitCode
};

/// Options every command takes: --config, --log-level, --help.
const std::vector<OptionSpec>& common_options();

/// Every command, in the order `--help` lists them.
std::vector<Command> all_commands();

// One function per command, each in its own file under commands/.
Command crawl_command();
Command migrate_command();
Command copy_command();
Command plugins_command();
Command config_check_command();
Command serve_command();
Command run_command();
/// --listen and --port-file, taken by serve and run.
std::vector<OptionSpec> server_options();
Command schema_command();

}  // namespace kvm48::app
