// koudai48_v6: the plugin's exports (descriptor and source factory).
#include <kvm48/source.hpp>

#include "options.hpp"
#include "v6_source.hpp"

namespace {

const kvm48::PluginDescriptor kDescriptor = {
    kvm48::kPluginAbiVersion,
    kvm48::PluginKind::source,
    KVM48_PLUGIN_NAME,
    KVM48_PLUGIN_VERSION,  // from CMakeLists.txt
    "Koudai48 app API v6: performance VODs, member live/radio VODs and the team/member roster",
    koudai48::kOptionKeys,
    koudai48::kOptionKeyCount,
};

const kvm48::PluginDescriptor* descriptor() noexcept {
  return &kDescriptor;
}

kvm48::Source* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  return kvm48::construct_plugin<kvm48::Source, koudai48::V6Source>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(descriptor)
KVM48_SOURCE_FACTORY(create)
