#pragma once
// The options of one live48_web instance, validated (no I/O).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <kvm48/config_view.hpp>
#include <kvm48/http.hpp>
#include <kvm48/plugin.hpp>
#include <kvm48/records.hpp>

namespace live48 {

struct Live48Options {
  std::string base_url;                    ///< without a trailing slash
  std::vector<std::int64_t> clubs;         ///< crawled on every run, in this order
  std::vector<std::int64_t> legacy_clubs;  ///< added when CrawlOptions::legacy
  std::optional<std::string> archive_dir;  ///< raw VOD pages, {dir}/{club}/{id}.html.gz
  kvm48::HttpHeaders headers;              ///< sent with every request
};

/// The option keys of the descriptor (static storage).
extern const kvm48::ConfigKey kOptionKeys[];
extern const std::size_t kOptionKeyCount;

/// Reads and checks the options; throws kvm48::OptionError naming the key at fault.
Live48Options read_options(const kvm48::ConfigView& config);

}  // namespace live48
