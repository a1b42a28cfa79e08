#pragma once
// What a plugin exports and what it is given: the descriptor, the factory
// signatures, the context lent to each instance, and the export macros.
//
// A plugin is one MODULE library (built with kvm48_add_plugin) that exports exactly
//   kvm48_plugin_descriptor   KVM48_PLUGIN_DESCRIPTOR(function returning the descriptor)
// and, for its kind, one factory:
//   kvm48_create_source       KVM48_SOURCE_FACTORY(function)
//   kvm48_create_backend      KVM48_BACKEND_FACTORY(function)

#include <cstddef>
#include <cstdint>
#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include <boost/dll/alias.hpp>

#include "kvm48/abi.hpp"
#include "kvm48/config_view.hpp"
#include "kvm48/logger.hpp"
#include "kvm48/status.hpp"

namespace kvm48 {

class Source;
class Backend;

enum class PluginKind : std::uint32_t { source = 1, backend = 2 };

constexpr std::string_view to_string(PluginKind kind) noexcept {
  switch (kind) {
    case PluginKind::source: return "source";
    case PluginKind::backend: return "backend";
  }
  return "unknown";
}

/// Type of one option value, as the YAML must give it.
enum class ConfigType : std::uint32_t {
  string = 1,
  integer = 2,
  boolean = 3,
  number = 4,       ///< integer or decimal
  string_list = 5,  ///< a YAML sequence of scalars
  string_map = 6,   ///< a YAML map from scalar to scalar
};

constexpr std::string_view to_string(ConfigType type) noexcept {
  switch (type) {
    case ConfigType::string: return "string";
    case ConfigType::integer: return "integer";
    case ConfigType::boolean: return "boolean";
    case ConfigType::number: return "number";
    case ConfigType::string_list: return "list of strings";
    case ConfigType::string_map: return "map of strings";
  }
  return "unknown";
}

/// One option a plugin accepts. Plain data with static storage in the plugin.
struct ConfigKey {
  const char* name;  ///< e.g. "base_url"; lower case, digits and _
  ConfigType type;
  bool required;              ///< a required key has no default
  const char* default_value;  ///< YAML text of the default ("5", "[1, 2]"), or nullptr
  const char* description;    ///< one line, shown by `kvm48-server plugins --verbose`
};

/// What a plugin says about itself. Returned by the descriptor function, which
/// the host calls first, before any other symbol of the library is looked at.
///
/// Layout contract: `abi_version` is the first member in every ABI version, so
/// the host can read it from a plugin of any version and refuse a mismatch
/// without touching the rest. Everything it points to has static storage
/// duration in the plugin and stays valid while the library is loaded.
struct PluginDescriptor {
  std::uint32_t abi_version;  ///< always kvm48::kPluginAbiVersion at build time
  PluginKind kind;
  const char* name;         ///< unique among loaded plugins: [a-z][a-z0-9_]*
  const char* version;      ///< the plugin's own version, e.g. "1.2.0"
  const char* description;  ///< one line
  const ConfigKey* config_keys;
  std::size_t config_key_count;
};

/// What the host lends to a plugin instance when it creates it.
///
/// Ownership: every referenced object is the host's and outlives the instance,
/// so the instance may keep the references. Threads: see each interface.
struct PluginContext {
  std::string_view instance_name;  ///< the name given in the config, e.g. "live48"
  Logger& logger;                  ///< bound to this instance
  const ConfigView& config;        ///< the instance's validated options
};

// Signatures of the exported functions. All are noexcept: they report failure
// through their return value, never by throwing.
//
// A factory validates the instance's options and builds the object; it does no
// I/O (a bad option is reported as Status::config_error(key, why) and stops
// start-up). On success it returns a new object, which the host owns and
// destroys (through its virtual destructor) before the library is unloaded. On
// failure it returns nullptr and sets `status` to say why.
using DescriptorFunction = const PluginDescriptor*() noexcept;
using SourceFactory = Source*(const PluginContext& context, Status& status) noexcept;
using BackendFactory = Backend*(const PluginContext& context, Status& status) noexcept;

inline constexpr const char* kDescriptorSymbol = "kvm48_plugin_descriptor";
inline constexpr const char* kSourceFactorySymbol = "kvm48_create_source";
inline constexpr const char* kBackendFactorySymbol = "kvm48_create_backend";

/// Helper for factories: constructs `Impl(context)` and turns an exception
/// escaping the constructor into a Status, so a plugin's constructor may throw
/// (OptionError for a bad option, anything else for a bug).
struct OptionError : std::exception {
  OptionError(std::string option_key, std::string why)
      : key(std::move(option_key)), message(std::move(why)) {}
  [[nodiscard]] const char* what() const noexcept override { return message.c_str(); }
  std::string key;      ///< the option at fault, e.g. "base_url"
  std::string message;  ///< what is wrong with it
};

template <class Interface, class Impl>
Interface* construct_plugin(const PluginContext& context, Status& status) noexcept {
  try {
    return new Impl(context);
  } catch (const OptionError& e) {
    status = Status::config_error(e.key, e.message);
  } catch (const std::bad_alloc&) {
    status = Status(StatusCode::internal, "out of memory");
  } catch (const std::exception& e) {
    status = Status(StatusCode::internal, e.what());
  } catch (...) {
    status = Status(StatusCode::internal, "unknown exception in plugin constructor");
  }
  return nullptr;
}

}  // namespace kvm48

/// Exports `function` (a DescriptorFunction) as the plugin's descriptor.
#define KVM48_PLUGIN_DESCRIPTOR(function) BOOST_DLL_ALIAS(function, kvm48_plugin_descriptor)
/// Exports `function` (a SourceFactory) as the plugin's source factory.
#define KVM48_SOURCE_FACTORY(function) BOOST_DLL_ALIAS(function, kvm48_create_source)
/// Exports `function` (a BackendFactory) as the plugin's backend factory.
#define KVM48_BACKEND_FACTORY(function) BOOST_DLL_ALIAS(function, kvm48_create_backend)
