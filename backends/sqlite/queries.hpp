#pragma once
// The read side of the backend: each function runs on one read connection inside
// one read transaction (a WAL snapshot), so it sees whole batches only.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kvm48/backend.hpp"
#include "perf_vod_cache.hpp"
#include "rowid_hints.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// The records with these ids, in order (nullopt: none), read through `hints`; those
/// already in `cache` (if any: db's, for its kept transaction) are not read again, and
/// those read are put there.
std::vector<std::optional<PerfVod>> perf_vods_by_id(Connection& db,
                                                    std::span<const std::string> ids,
                                                    RowidHints& hints, PerfVodCache* cache);
std::vector<PerfVod> perf_vods_in_range(Connection& db, const PerfVodRange& range);
std::vector<bool> known_ids(Connection& db, std::span<const std::string> ids);
std::vector<bool> known_pages(Connection& db, std::span<const L4cPageRef> pages);
std::vector<Checkpoint> checkpoints_of(Connection& db, std::string_view source);
std::vector<CrawlRun> crawl_runs(Connection& db, std::string_view source, std::size_t limit);
BackendStatistics statistics_of(Connection& db);

}  // namespace kvm48::sqlite
