// Entry points of the sqlite backend plugin: its descriptor and its factory.

#include "kvm48/plugin.hpp"
#include "kvm48/backend.hpp"
#include "options.hpp"
#include "sqlite_backend.hpp"

namespace {

const kvm48::PluginDescriptor* describe() noexcept {
  static const kvm48::PluginDescriptor descriptor = {
      kvm48::kPluginAbiVersion,
      kvm48::PluginKind::backend,
      KVM48_PLUGIN_NAME,
      "1.0.0",
      "stores everything in one SQLite file (WAL); opens and migrates the original server's "
      "data.db",
      kvm48::sqlite::kConfigKeys,
      kvm48::sqlite::kConfigKeyCount,
  };
  return &descriptor;
}

kvm48::Backend* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  return kvm48::construct_plugin<kvm48::Backend, kvm48::sqlite::SqliteBackend>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(describe)
KVM48_BACKEND_FACTORY(create)
