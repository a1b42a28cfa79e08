#pragma once
// Synthetic datasets that look like the real upstreams (UPSTREAM.md 4.6, 4.8, 7): live.48.cn's
// global VOD counter over clubs 1-6 from 2014 to 2026, the known duplicate pages, the one
// canon-id collision, pages without FHD, fake FHD after Nov 2018, the KVM48 test fixture at its
// real ids, ObjectIds before the v6 cut-over and snowflakes after, member VODs and a roster.
// Deterministic: the same options give byte-identical output. Throws std::invalid_argument on
// bad options.

#include <cstdint>
#include <vector>

#include "dataset.hpp"
#include "rng.hpp"

namespace kvm48::sim {

struct GeneratorOptions {
  int perfVods = 30000;    // live.48.cn VOD pages (l4c ids); at least the pinned rows
  int memberVods = 20000;  // member live/radio VODs
  std::uint64_t seed = 1;
};

Dataset generateDataset(const GeneratorOptions& options);

// Run-time publishing (POST /_sim/publish): new VODs newer than everything in `dataset`,
// with the next l4c ids. `clubs` empty = the clubs active in 2026. Appends to `dataset` and
// returns the indices of the new rows.
std::vector<std::size_t> publishPerfVods(Dataset& dataset, int count, const std::vector<int>& clubs,
                                         Rng& rng);
std::vector<std::size_t> publishMemberVods(Dataset& dataset, int count, Rng& rng);

}  // namespace kvm48::sim
