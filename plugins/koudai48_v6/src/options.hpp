#pragma once
// The options of one koudai48_v6 instance, validated (no I/O).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <kvm48/config_view.hpp>
#include <kvm48/http.hpp>
#include <kvm48/plugin.hpp>
#include <kvm48/records.hpp>

namespace koudai48 {

/// The record kinds a run can crawl, in the order a run crawls them (the roster
/// first, so member VODs get their group and team from it).
enum class Kind { roster, perf_vods, member_vods };

struct V6Options {
  std::string api_base_url;                 ///< http(s)://host[:port], no trailing slash
  std::string resource_base_url;            ///< what relative resource paths resolve against
  std::vector<Kind> kinds;                  ///< what a run crawls (the order above)
  std::vector<kvm48::Group> groups;         ///< list walks on every run, in this order
  std::vector<kvm48::Group> legacy_groups;  ///< added when CrawlOptions::legacy
  kvm48::HttpHeaders headers;               ///< every API request: app headers, then `headers`
};

/// The option keys of the descriptor (static storage).
extern const kvm48::ConfigKey kOptionKeys[];
extern const std::size_t kOptionKeyCount;

/// Reads and checks the options; throws kvm48::OptionError naming the key at fault.
V6Options read_options(const kvm48::ConfigView& config);

[[nodiscard]] bool crawls(const V6Options& options, Kind kind);

}  // namespace koudai48
