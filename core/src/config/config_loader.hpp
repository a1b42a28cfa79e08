#pragma once
// Reads and checks the YAML configuration file.

#include <filesystem>
#include <string_view>

#include "config/config.hpp"
#include "config/env_expand.hpp"

namespace kvm48::host {

/// Parses `file` into a Config. Throws ConfigError listing every problem found
/// (YAML syntax, unknown keys, wrong types, missing required keys, unset
/// ${ENV} references), each with file, line, column and key path. Plugin options
/// are only checked to be maps here; check_instances() checks them against the
/// plugins once those are loaded.
Config load_config(const std::filesystem::path& file, const EnvLookup& env = process_environment());

/// The same from text; `name` stands for the file in messages.
Config parse_config(std::string_view text, const std::string& name,
                    const EnvLookup& env = process_environment());

}  // namespace kvm48::host
