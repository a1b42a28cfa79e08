#include "backend_session.hpp"

#include "command_failure.hpp"
#include "host/host_instances.hpp"

namespace kvm48::app {

std::shared_ptr<Backend> open_backend(const host::Config& config,
                                      const host::PluginRegistry& registry, bool migrate,
                                      MigrationReport& report) {
  auto backend = host::create_backend_instance(config, registry);
  OpenOptions options;
  options.migrate = migrate;
  if (Status status = backend->open(options, report); !status.ok()) {
    throw CommandFailure{"cannot open the " + config.backend.plugin + " backend" +
                         (report.database.empty() ? "" : " (" + report.database + ")") + ": " +
                         status.message()};
  }
  return backend;
}

}  // namespace kvm48::app
