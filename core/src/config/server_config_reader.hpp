#pragma once
// Reads the `server:` section (the HTTP API) of the host configuration.

#include <string>

#include <yaml-cpp/yaml.h>

#include "config/config.hpp"
#include "config/config_issue.hpp"
#include "config/env_expand.hpp"

namespace kvm48::host {

/// Fills `server` from `node` (undefined = all defaults), appending every problem to
/// `issues`. Values only the server can judge (limit strings, storage URL, proxy networks)
/// are kept with their position for it to check (SettingPosition).
void read_server_config(const YAML::Node& node, const std::string& file, const EnvLookup& env,
                        ConfigIssues& issues, ServerConfig& server);

}  // namespace kvm48::host
