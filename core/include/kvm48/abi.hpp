#pragma once
// The one number that says whether a plugin and the host understand each other.

#include <cstdint>

namespace kvm48 {

/// Version of the plugin ABI: the layout and meaning of every type in this SDK
/// (descriptor, interfaces, records, contexts). Bump it on any incompatible change
/// of an SDK type; the host refuses a plugin whose descriptor carries another value.
///
/// Compatibility rules, as sqlite3_vfs has them: PluginDescriptor starts with this
/// number forever; interfaces only grow at their end between bumps.
///
/// Plugins are C++ objects, so the host and a plugin must also share a C++ ABI:
/// built with GCC or Clang against libstdc++ with the C++11 string ABI (the Debian
/// default), the same as the installed host.
///
/// History: 1 (first release: perf VODs); 2 (member VODs and the roster in
/// records, WriteBatch, Backend, RecordSink and KnownItems).
inline constexpr std::uint32_t kPluginAbiVersion = 2;

}  // namespace kvm48
