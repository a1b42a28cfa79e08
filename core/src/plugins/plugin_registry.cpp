#include "plugins/plugin_registry.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <set>
#include <string>

#include <Poco/Logger.h>

#include "config/option_value.hpp"
#include "kvm48/abi.hpp"
#include "plugins/file_permissions.hpp"
#include "plugins/shared_library.hpp"

namespace kvm48::host {
namespace {

bool is_valid_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string quoted(const char* text) {
  return text == nullptr ? std::string("null") : "'" + std::string(text) + "'";
}

bool is_known_kind(PluginKind kind) {
  return kind == PluginKind::source || kind == PluginKind::backend;
}

bool is_known_type(ConfigType type) {
  const auto value = static_cast<std::uint32_t>(type);
  return value >= static_cast<std::uint32_t>(ConfigType::string) &&
         value <= static_cast<std::uint32_t>(ConfigType::string_map);
}

const char* factory_symbol(PluginKind kind) {
  return kind == PluginKind::source ? kSourceFactorySymbol : kBackendFactorySymbol;
}

/// Copies and checks the declared options; returns a refusal reason or nothing.
std::optional<std::string> read_options(const PluginDescriptor& d, std::vector<OptionSpec>& out) {
  if (d.config_key_count > 0 && d.config_keys == nullptr) {
    return "option list: expected " + std::to_string(d.config_key_count) + " keys, found null";
  }
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < d.config_key_count; ++i) {
    const ConfigKey& key = d.config_keys[i];
    const std::string where = "option #" + std::to_string(i + 1);
    if (key.name == nullptr || !is_valid_name(key.name)) {
      return where + " name: expected [a-z][a-z0-9_]*, found " + quoted(key.name);
    }
    if (!seen.insert(key.name).second) {
      return "option '" + std::string(key.name) + "': expected a unique name, found it twice";
    }
    if (!is_known_type(key.type)) {
      return "option '" + std::string(key.name) + "' type: expected 1-6, found " +
             std::to_string(static_cast<std::uint32_t>(key.type));
    }
    if (key.required && key.default_value != nullptr) {
      return "option '" + std::string(key.name) +
             "': expected no default for a required key, found " + quoted(key.default_value);
    }
    OptionSpec spec{key.name, key.type, key.required, std::nullopt,
                    key.description == nullptr ? "" : key.description};
    if (key.default_value != nullptr) {
      if (auto error = check_default_value(key.default_value, key.type)) {
        return "option '" + spec.name + "' default: " + *error;
      }
      spec.default_value = key.default_value;
    }
    out.push_back(std::move(spec));
  }
  return std::nullopt;
}

}  // namespace

PluginRegistry::PluginRegistry() : PluginRegistry(Poco::Logger::get("plugins")) {}

PluginRegistry::PluginRegistry(Poco::Logger& logger) : logger_(logger) {}

void PluginRegistry::scan(const std::filesystem::path& directory) {
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    logger_.information("plugin directory " + directory.string() + " does not exist; skipped");
    return;
  }
  if (require_safe_permissions_) {
    if (auto reason = unsafe_permissions(directory)) {
      logger_.warning("refused plugin directory " + directory.string() + ": " + *reason +
                      " (plugins.strict_permissions)");
      refused_.push_back({directory, *reason});
      return;
    }
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (entry.path().extension() == ".so" && !entry.is_directory()) files.push_back(entry.path());
  }
  if (ec) {
    logger_.warning("plugin directory " + directory.string() + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) load_file(file);
}

bool PluginRegistry::load_file(const std::filesystem::path& file) {
  if (require_safe_permissions_) {
    if (auto reason = unsafe_permissions(file)) {
      refuse(file, *reason + " (plugins.strict_permissions)");
      return false;
    }
  }
  std::shared_ptr<SharedLibrary> library;
  try {
    library = std::make_shared<SharedLibrary>(file, private_copy_directory_);
  } catch (const std::exception& e) {
    refuse(file, std::string("not a loadable library: ") + e.what());
    return false;
  }
  if (!library->has(kDescriptorSymbol)) {
    refuse(file, std::string("symbol ") + kDescriptorSymbol + ": expected, not found");
    return false;
  }
  const PluginDescriptor* d = library->get<DescriptorFunction>(kDescriptorSymbol)();
  if (d == nullptr) {
    refuse(file, "descriptor: expected a PluginDescriptor, found null");
    return false;
  }
  if (d->abi_version != kPluginAbiVersion) {
    refuse(file, "plugin ABI version: expected " + std::to_string(kPluginAbiVersion) + ", found " +
                     std::to_string(d->abi_version));
    return false;
  }
  if (!is_known_kind(d->kind)) {
    refuse(file, "plugin kind: expected source (1) or backend (2), found " +
                     std::to_string(static_cast<std::uint32_t>(d->kind)));
    return false;
  }
  if (d->name == nullptr || !is_valid_name(d->name)) {
    refuse(file, "plugin name: expected [a-z][a-z0-9_]*, found " + quoted(d->name));
    return false;
  }
  if (const LoadedPlugin* other = find(d->name)) {
    refuse(file, "plugin name '" + std::string(d->name) +
                     "': expected unique, found already loaded from " + other->file.string());
    return false;
  }
  const char* symbol = factory_symbol(d->kind);
  if (!library->has(symbol)) {
    refuse(file, std::string("symbol ") + symbol + " (the factory of a " +
                     std::string(to_string(d->kind)) + " plugin): expected, not found");
    return false;
  }
  LoadedPlugin plugin;
  if (auto reason = read_options(*d, plugin.options)) {
    refuse(file, *reason);
    return false;
  }
  plugin.file = file;
  plugin.kind = d->kind;
  plugin.name = d->name;
  plugin.version = d->version == nullptr ? "" : d->version;
  plugin.description = d->description == nullptr ? "" : d->description;
  plugin.factory = library->get_address(symbol);
  plugin.library = std::move(library);
  logger_.information("loaded " + std::string(to_string(plugin.kind)) + " plugin " + plugin.name +
                      " " + plugin.version + " from " + file.string());
  loaded_.push_back(std::move(plugin));
  return true;
}

const LoadedPlugin* PluginRegistry::find(std::string_view name) const noexcept {
  const auto it = std::find_if(loaded_.begin(), loaded_.end(),
                               [name](const LoadedPlugin& p) { return p.name == name; });
  return it == loaded_.end() ? nullptr : &*it;
}

void PluginRegistry::refuse(const std::filesystem::path& file, std::string reason) {
  logger_.warning("refused plugin " + file.string() + ": " + reason);
  refused_.push_back({file, std::move(reason)});
}

}  // namespace kvm48::host
