// `kvm48-server migrate`: bring the database schema up to date and say what was done.

#include <iostream>

#include "backend_session.hpp"
#include "command.hpp"
#include "exit_codes.hpp"
#include "host_setup.hpp"

namespace kvm48::app {
namespace {

int run(const ParsedOptions& options) {
  const host::Config config = load_host_config(options, true);
  const host::PluginRegistry registry = scan_plugins(config);
  MigrationReport report;
  const auto backend = open_backend(config, registry, true, report);
  std::cout << "database: " << report.database << " (" << config.backend.plugin << ")\n";
  if (report.applied.empty()) {
    std::cout << "schema: up to date at version " << report.version_after << "\n";
  } else {
    std::cout << "schema: version " << report.version_before << " -> " << report.version_after
              << "\n"
              << "applied:\n";
    for (const auto& migration : report.applied) {
      std::cout << "  " << migration.number << " " << migration.name << ": "
                << migration.description << "\n";
    }
  }
  for (const auto& note : report.notes) std::cout << "note: " << note << "\n";
  return kExitOk;
}

}  // namespace

Command migrate_command() {
  return {
      {"migrate"},
      "Create or upgrade the database schema and report what was done",
      "Opens the configured backend and applies every pending schema migration (numbered,\n"
      "recorded in the database), then prints the database, the schema version before and\n"
      "after, and each migration applied. A database of the original Python server is\n"
      "migrated in place without losing a row. Running it again does nothing. Exit status 0\n"
      "on success, 1 when the database cannot be opened or migrated, 78 on a bad configuration.",
      {},
      run};
}

}  // namespace kvm48::app
