// live48_web: the plugin's exports (descriptor and source factory).
#include <libxml/parser.h>

#include <kvm48/source.hpp>

#include "live48_source.hpp"
#include "options.hpp"

namespace {

const kvm48::PluginDescriptor kDescriptor = {
    kvm48::kPluginAbiVersion,
    kvm48::PluginKind::source,
    KVM48_PLUGIN_NAME,
    KVM48_PLUGIN_VERSION,  // from CMakeLists.txt
    "live.48.cn performance VODs (per-club list pages, one page per VOD), as the original "
    "KVM48 crawler",
    live48::kOptionKeys,
    live48::kOptionKeyCount,
};

const kvm48::PluginDescriptor* descriptor() noexcept {
  return &kDescriptor;
}

kvm48::Source* create(const kvm48::PluginContext& context, kvm48::Status& status) noexcept {
  // libxml2 must be initialised once before threads parse; repeated calls are no-ops.
  // (The plugin never calls xmlCleanupParser: the host may use libxml2 too.)
  xmlInitParser();
  return kvm48::construct_plugin<kvm48::Source, live48::Live48Source>(context, status);
}

}  // namespace

KVM48_PLUGIN_DESCRIPTOR(descriptor)
KVM48_SOURCE_FACTORY(create)
