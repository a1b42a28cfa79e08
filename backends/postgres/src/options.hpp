#pragma once
// The plugin's options: declared once for the descriptor, read and checked once.

#include <chrono>
#include <cstddef>
#include <span>
#include <string>

#include "kvm48/config_view.hpp"
#include "kvm48/plugin.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

struct Options {
  pg::ConnectOptions connect;  ///< uri, timeouts, schema
  std::size_t pool_size = 8;
  std::chrono::milliseconds acquire_timeout{10000};
};

/// The keys this plugin accepts (for the descriptor), with defaults.
std::span<const ConfigKey> config_keys() noexcept;

/// Reads and checks the options (no I/O). Throws OptionError naming the key.
Options read_options(const ConfigView& config);

}  // namespace kvm48::postgres
