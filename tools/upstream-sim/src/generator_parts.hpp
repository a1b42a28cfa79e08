#pragma once
// Building blocks shared by the dataset generator and run-time publishing. Internal to the
// simulator; pure functions of their arguments (and the Rng they advance).

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "rng.hpp"

namespace kvm48::sim {

// Teams of §1.4 / §6.1 and generated members (plus the real members the fixtures name).
void addRoster(Dataset& dataset, Rng& rng);

// Stream URLs in the family of the era of `startTime` (UPSTREAM.md 4.6); FHD equals HD from
// November 2018 on.
Streams streamsFor(const std::string& canonId, int club, std::int64_t startTime, Rng& rng);
bool isFakeFhdEra(std::int64_t startTime);

// A performance VOD of `club` at `startTime`: title, subtitle, teams, performers, cover, streams.
PerfVod makePerfVod(const Dataset& roster, int club, std::int64_t startTime, std::string canonId,
                    Rng& rng);
// A member VOD of `member` starting at `ctimeMs` (the liveId encodes ctimeMs).
MemberVod makeMemberVod(const Member& member, std::int64_t ctimeMs, Rng& rng);

// A canon id minted shortly before `startTime`: ObjectId before the v6 cut-over, snowflake after.
// `used` keeps them unique.
std::string mintCanonId(std::int64_t startTime, std::set<std::string>& used, std::uint32_t& counter,
                        Rng& rng);
// A typical show start on the Shanghai date of `dayEpoch`.
std::int64_t showTimeOnDay(std::int64_t dayEpoch, Rng& rng);
// Clubs that were performing at `when`.
std::vector<int> activeClubs(std::int64_t when);

// Rows pinned to their real live.48.cn ids (fixture, duplicates, the collision).
std::vector<PerfVod> pinnedPerfVods();
// l4c ids known to have no #chao_url (UPSTREAM.md 4.6).
const std::vector<int>& idsWithoutFhd();
std::vector<MemberVod> pinnedMemberVods();

}  // namespace kvm48::sim
