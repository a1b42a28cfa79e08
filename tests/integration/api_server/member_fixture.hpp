#pragma once
// Member VODs, the roster and crawl runs for the API tests, written into a SQLite database
// through the real sqlite backend plugin (created if new). The values are spelled out in
// member_fixture.cpp; the tests name them through the constants below.

#include <cstdint>
#include <string>

#include "kvm48/records.hpp"

namespace kvm48::test {

/// 2019-04-30 16:00:00 UTC: the member VODs start around it.
inline constexpr std::int64_t kFixtureHour = 1556640000;

/// Six member VODs (live and radio; SNH48, GNZ48 and an app group without an archive;
/// a stored team, a team known only by reference, no team; 18- and 19-digit ids), three
/// stored teams plus one of an app group without an archive, and five members.
void write_member_fixture(const std::string& path);

/// Writes one crawl run record (as the crawl engine does) into the database at `path`.
void write_crawl_run(const std::string& path, const CrawlRun& run);

}  // namespace kvm48::test
