// The exported entry points of the postgres backend plugin.

#include "kvm48/backend.hpp"
#include "options.hpp"
#include "postgres_backend.hpp"

namespace {

const kvm48::PluginDescriptor* descriptor() noexcept {
  static const auto keys = kvm48::postgres::config_keys();
  static const kvm48::PluginDescriptor d{
      kvm48::kPluginAbiVersion,
      kvm48::PluginKind::backend,
      KVM48_PLUGIN_NAME,
      "1.0.0",
      "PostgreSQL storage (libpq, connection pool); an advisory lock picks the one crawling "
      "instance",
      keys.data(),
      keys.size(),
  };
  return &d;
}

kvm48::Backend* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  return kvm48::construct_plugin<kvm48::Backend, kvm48::postgres::PostgresBackend>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(descriptor)
KVM48_BACKEND_FACTORY(create)
