#include "cli.hpp"

#include <iostream>
#include <string>
#include <vector>

#include <Poco/Exception.h>

#include "command.hpp"
#include "command_failure.hpp"
#include "config/config_issue.hpp"
#include "exit_codes.hpp"
#include "version.hpp"

namespace kvm48::app {
namespace {

const Command* match(const std::vector<Command>& commands, const std::vector<std::string>& args,
                     std::size_t& used) {
  for (const auto& command : commands) {
    if (args.size() < command.words.size()) continue;
    if (std::equal(command.words.begin(), command.words.end(), args.begin())) {
      used = command.words.size();
      return &command;
    }
  }
  return nullptr;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

void print_usage(const std::vector<Command>& commands) {
  std::cout << "Usage: kvm48-server <command> [options]\n"
               "       kvm48-server --version | --help\n\n"
               "Crawls SNH48 Group stream recordings through source plugins, stores them through\n"
               "a backend plugin, and serves them over GraphQL.\n\nCommands:\n";
  for (const auto& c : commands) {
    const std::string words = joined(c.words);
    std::cout << "  " << words << std::string(words.size() < 16 ? 16 - words.size() : 2, ' ')
              << c.summary << "\n";
  }
  std::cout << "\nOptions of every command:\n"
            << format_options(common_options())
            << "\nRun 'kvm48-server <command> --help' for a command's own options.\n";
}

void print_command_help(const Command& c) {
  std::cout << "Usage: kvm48-server " << joined(c.words) << " [options]\n\n"
            << c.summary << ".\n\n"
            << c.description << "\n\nOptions:\n";
  std::vector<OptionSpec> specs = c.options;
  specs.insert(specs.end(), common_options().begin(), common_options().end());
  std::cout << format_options(specs);
}

int dispatch(const std::vector<std::string>& args) {
  const std::vector<Command> commands = all_commands();
  if (args.empty()) {
    print_usage(commands);
    return kExitUsage;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_usage(commands);
    return kExitOk;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "kvm48-server " << kVersion << " (plugin ABI " << kPluginAbi << ")\n";
    return kExitOk;
  }
  std::size_t used = 0;
  const Command* command = match(commands, args, used);
  if (command == nullptr) {
    throw UsageError{"unknown command '" + args[0] + "'"};
  }
  std::vector<OptionSpec> specs = command->options;
  specs.insert(specs.end(), common_options().begin(), common_options().end());
  const ParsedOptions options = parse_options(
      std::vector<std::string>(args.begin() + static_cast<long>(used), args.end()), specs);
  if (options.has("help")) {
    print_command_help(*command);
    return kExitOk;
  }
  return command->run(options);
}

}  // namespace

const std::vector<OptionSpec>& common_options() {
  static const std::vector<OptionSpec> options = {
      {"config", 'c', true, false, "FILE",
       "configuration file (default: see 'Configuration' in docs)"},
      {"log-level", '\0', true, false, "LEVEL", "override log.level (trace ... fatal, none)"},
      {"help", 'h', false, false, "", "show this help"},
  };
  return options;
}

std::vector<Command> all_commands() {
  return {run_command(),  serve_command(),   crawl_command(),        migrate_command(),
          copy_command(), plugins_command(), config_check_command(), schema_command()};
}

int run_cli(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return dispatch(args);
  } catch (const UsageError& e) {
    std::cerr << "kvm48-server: " << e.message << "\nTry 'kvm48-server --help'.\n";
    return kExitUsage;
  } catch (const CommandFailure& e) {
    std::cerr << "kvm48-server: " << e.message << "\n";
    return e.exit_code;
  } catch (const host::ConfigError& e) {
    std::cerr << e.what() << "\n";
    return kExitConfig;
  } catch (const Poco::Exception& e) {
    std::cerr << "kvm48-server: internal error: " << e.displayText() << "\n";
    return kExitInternal;
  } catch (const std::exception& e) {
    std::cerr << "kvm48-server: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace kvm48::app
