#pragma once
// The data model shared by sources, the crawl engine, backends and the API:
// groups (with every upstream numbering in one place), performance VODs, member
// VODs, the roster (teams, members), checkpoints, crawl-run records and write
// batches.
//
// Plain value types: no I/O, no globals, safe to copy between threads. They cross
// the plugin boundary by reference (see abi.hpp for the C++ ABI assumption).

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48 {

// ---------------------------------------------------------------------------
// Groups

/// A group of the SNH48 family whose performances are archived. The numeric value
/// IS the live.48.cn club id (the original server's `Group` enum): never renumber.
/// CGT48 (club 6, added upstream in 2023) is the only addition since the original.
enum class Group : std::uint32_t {
  snh48 = 1,
  bej48 = 2,
  gnz48 = 3,
  shy48 = 4,  ///< defunct; crawled only with --legacy
  ckg48 = 5,  ///< defunct until 2026; crawled only with --legacy
  cgt48 = 6,
};

inline constexpr std::array<Group, 6> kAllGroups = {Group::snh48, Group::bej48, Group::gnz48,
                                                    Group::shy48, Group::ckg48, Group::cgt48};

/// GraphQL enum name: "SNH48", "BEJ48", ...
constexpr std::string_view to_string(Group group) noexcept {
  switch (group) {
    case Group::snh48: return "SNH48";
    case Group::bej48: return "BEJ48";
    case Group::gnz48: return "GNZ48";
    case Group::shy48: return "SHY48";
    case Group::ckg48: return "CKG48";
    case Group::cgt48: return "CGT48";
  }
  return "unknown";
}

/// Inverse of to_string (exact, upper case). nullopt for any other text.
constexpr std::optional<Group> group_from_name(std::string_view name) noexcept {
  for (Group g : kAllGroups) {
    if (to_string(g) == name) return g;
  }
  return std::nullopt;
}

/// live.48.cn club id of a group (`/Index/main/club/{club}/...`).
constexpr std::int64_t club_id(Group group) noexcept {
  return static_cast<std::int64_t>(group);
}

/// Group of a live.48.cn club id; nullopt for an unknown club.
constexpr std::optional<Group> group_from_club_id(std::int64_t club) noexcept {
  if (club >= 1 && club <= 6) return static_cast<Group>(club);
  return std::nullopt;
}

/// Koudai48 app API `groupId` of a group (UPSTREAM.md 1.4: 10..14, and 21 for CGT48).
constexpr std::int64_t app_group_id(Group group) noexcept {
  return group == Group::cgt48 ? 21 : 9 + static_cast<std::int64_t>(group);
}

/// Group of an app API `groupId`; nullopt for 0 (all), IDFT (15) and the other
/// app groups that have no performance archive here.
constexpr std::optional<Group> group_from_app_group_id(std::int64_t app_id) noexcept {
  if (app_id >= 10 && app_id <= 14) return static_cast<Group>(app_id - 9);
  if (app_id == 21) return Group::cgt48;
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Performance VODs

/// A team as the app API names it (teamList[].teamId / teamName), e.g. 1001 "TEAM SII".
struct TeamRef {
  std::int64_t id = 0;
  std::string name;
  friend bool operator==(const TeamRef&, const TeamRef&) = default;
};

/// A stage performance VOD, keyed by its canonical id.
struct PerfVod {
  /// Canonical id: opaque text, a 24-hex ObjectId (before April 2019) or an
  /// 18-19 digit snowflake (after). Never parse it as a number. See
  /// is_valid_canonical_id for what a backend accepts.
  std::string id;
  Group group = Group::snh48;
  /// live.48.cn club id and VOD index (`/Index/invedio/club/{club}/id/{id}`): both
  /// set or both unset (unset when only the app API knows the VOD). l4c ids are
  /// one counter across clubs, so `l4c_id` alone is unique among stored VODs.
  std::optional<std::int64_t> l4c_club_id;
  std::optional<std::int64_t> l4c_id;
  std::string title;
  std::optional<std::string> subtitle;
  std::int64_t start_time = 0;  ///< epoch seconds
  std::optional<std::string> sd_stream;
  std::optional<std::string> hd_stream;
  std::optional<std::string> fhd_stream;
  std::optional<std::string> cover_url;  ///< absolute URL, app API only
  std::vector<TeamRef> teams;            ///< app API only; in upstream order
  /// Names of the source instances that have written this VOD, sorted, no
  /// duplicates. Rows migrated from the original Python server carry "legacy_db".
  std::vector<std::string> sources;

  friend bool operator==(const PerfVod&, const PerfVod&) = default;
};

/// What a backend accepts as a canonical id: 1 to 64 bytes of printable ASCII
/// without spaces. (Real ids are hex or decimal; anything else is still stored
/// verbatim, so a new upstream id format needs no new host.)
constexpr bool is_valid_canonical_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

/// Why `vod` cannot be stored, or an empty string when it can. Both backends call
/// this before writing, so they reject exactly the same records.
inline std::string perf_vod_problem(const PerfVod& vod) {
  if (!is_valid_canonical_id(vod.id)) {
    return "perf VOD id '" + vod.id + "' is not 1-64 printable ASCII characters";
  }
  const std::string who = "perf VOD " + vod.id;
  if (to_string(vod.group) == "unknown") return who + ": unknown group";
  if (vod.l4c_club_id.has_value() != vod.l4c_id.has_value()) {
    return who + ": l4c_club_id and l4c_id must be both set or both unset";
  }
  if (vod.l4c_club_id && !group_from_club_id(*vod.l4c_club_id)) {
    return who + ": unknown live.48.cn club id " + std::to_string(*vod.l4c_club_id);
  }
  if (vod.l4c_id && *vod.l4c_id <= 0) {
    return who + ": l4c_id must be positive, got " + std::to_string(*vod.l4c_id);
  }
  return {};
}

/// The merge rule of the contract, shared by every backend: the stored record
/// after `incoming` (written by source instance `source`) meets `stored`.
///
/// - every optional field and `teams`: the incoming value replaces the stored one
///   when it is set (non-empty for `teams`); an unset incoming value keeps the
///   stored one, so a VOD seen by two sources is the union of what each knows, and
///   where both know a field the later write wins ("newer wins");
/// - `title`, `start_time` and `group` (always known): the incoming value wins;
/// - the l4c pair: set once, then kept. A later write with another pair keeps the
///   first (the original server kept the first of two pages sharing a canonical
///   id); the crawler is the one to report such a clash;
/// - `sources`: union of both, plus `source` (if not empty), sorted.
inline PerfVod merge_perf_vod(const PerfVod& stored, const PerfVod& incoming,
                              std::string_view source) {
  PerfVod out = stored;
  out.group = incoming.group;
  out.title = incoming.title;
  out.start_time = incoming.start_time;
  if (!stored.l4c_id && incoming.l4c_id) {
    out.l4c_club_id = incoming.l4c_club_id;
    out.l4c_id = incoming.l4c_id;
  }
  auto take = [](std::optional<std::string>& to, const std::optional<std::string>& from) {
    if (from) to = from;
  };
  take(out.subtitle, incoming.subtitle);
  take(out.sd_stream, incoming.sd_stream);
  take(out.hd_stream, incoming.hd_stream);
  take(out.fhd_stream, incoming.fhd_stream);
  take(out.cover_url, incoming.cover_url);
  if (!incoming.teams.empty()) out.teams = incoming.teams;
  out.sources.insert(out.sources.end(), incoming.sources.begin(), incoming.sources.end());
  if (!source.empty()) out.sources.emplace_back(source);
  std::sort(out.sources.begin(), out.sources.end());
  out.sources.erase(std::unique(out.sources.begin(), out.sources.end()), out.sources.end());
  return out;
}

/// A new record as stored: `incoming` with `source` added to its sources
/// (sources sorted, without duplicates).
inline PerfVod new_perf_vod(const PerfVod& incoming, std::string_view source) {
  PerfVod out = incoming;
  if (!source.empty()) out.sources.emplace_back(source);
  std::sort(out.sources.begin(), out.sources.end());
  out.sources.erase(std::unique(out.sources.begin(), out.sources.end()), out.sources.end());
  return out;
}

/// A live.48.cn VOD page, as a crawler knows it from a list page before fetching it.
struct L4cPageRef {
  std::int64_t club_id = 0;
  std::int64_t l4c_id = 0;
  friend bool operator==(const L4cPageRef&, const L4cPageRef&) = default;
};

// ---------------------------------------------------------------------------
// Member VODs (a member's own live or radio stream, from the app API)

enum class MemberVodType : std::uint32_t { live = 1, radio = 2 };

/// GraphQL enum name: "LIVE", "RADIO".
constexpr std::string_view to_string(MemberVodType type) noexcept {
  switch (type) {
    case MemberVodType::live: return "LIVE";
    case MemberVodType::radio: return "RADIO";
  }
  return "unknown";
}

/// A member's live or radio stream recording, keyed by its v6 liveId.
struct MemberVod {
  std::string id;  ///< v6 liveId (snowflake text); never parsed as a number
  std::int64_t member_id = 0;
  std::string member_name;        ///< the 名字 of the `GROUP-名字` nickname
  std::optional<Group> group;     ///< unset for app groups without an archive (IDFT, ...)
  std::int64_t app_group_id = 0;  ///< the app API groupId when known (0: unknown)
  std::optional<TeamRef> team;
  MemberVodType type = MemberVodType::live;
  std::string title;
  std::int64_t start_time_ms = 0;          ///< epoch milliseconds (v6 `ctime`)
  std::optional<std::string> vod_url;      ///< absolute URL
  std::optional<std::string> danmaku_url;  ///< absolute URL of the LRC comment file
  std::optional<std::string> cover_url;    ///< absolute URL
  friend bool operator==(const MemberVod&, const MemberVod&) = default;
};

/// Why `vod` cannot be stored, or an empty string when it can.
inline std::string member_vod_problem(const MemberVod& vod) {
  if (!is_valid_canonical_id(vod.id)) {
    return "member VOD id '" + vod.id + "' is not 1-64 printable ASCII characters";
  }
  const std::string who = "member VOD " + vod.id;
  if (vod.member_id <= 0) return who + ": member_id must be positive";
  if (vod.group && to_string(*vod.group) == "unknown") return who + ": unknown group";
  if (to_string(vod.type) == "unknown") return who + ": unknown type";
  if (vod.start_time_ms <= 0) return who + ": start_time_ms must be positive";
  return {};
}

/// The stored member VOD after `incoming` meets `stored`: the always-known fields
/// (member, type, title, start time, app group) take the incoming value; an
/// optional field takes the incoming value when it is set and keeps the stored one
/// otherwise (a later detail fetch that lost the danmaku file does not erase it).
inline MemberVod merge_member_vod(const MemberVod& stored, const MemberVod& incoming) {
  MemberVod out = incoming;
  if (!out.group) out.group = stored.group;
  if (out.app_group_id == 0) out.app_group_id = stored.app_group_id;
  if (!out.team) out.team = stored.team;
  if (!out.vod_url) out.vod_url = stored.vod_url;
  if (!out.danmaku_url) out.danmaku_url = stored.danmaku_url;
  if (!out.cover_url) out.cover_url = stored.cover_url;
  return out;
}

// ---------------------------------------------------------------------------
// The roster (groups, teams, members), from the app API's group_team_star

/// A team of the app API (teamInfo[]), e.g. 1001 "TEAM SII" of groupId 10.
struct Team {
  std::int64_t id = 0;
  std::string name;
  std::int64_t app_group_id = 0;
  std::optional<Group> group;        ///< unset for app groups without an archive
  std::optional<std::string> color;  ///< "90CCEA", as upstream spells it
  bool active = true;                ///< false for a dissolved team (upstream status 0)
  friend bool operator==(const Team&, const Team&) = default;
};

/// A member (starInfo[]), e.g. 35 莫寒 of SNH48 TEAM SII.
struct Member {
  std::int64_t id = 0;  ///< the app's userId, the same number in v5 and v6
  std::string name;     ///< realName
  std::optional<std::string> pinyin;
  std::int64_t app_group_id = 0;
  std::optional<Group> group;
  std::optional<TeamRef> team;           ///< unset for teamId 0 (group level)
  std::optional<std::string> join_date;  ///< "2012-10-14"
  /// Upstream status: 1 active, 2 paused, 3 left (other values kept verbatim).
  std::int64_t status = 1;
  std::optional<std::string> avatar_url;  ///< absolute URL
  friend bool operator==(const Member&, const Member&) = default;
};

/// Why a roster entry cannot be stored, or an empty string when it can.
inline std::string team_problem(const Team& team) {
  if (team.id <= 0) return "team id must be positive, got " + std::to_string(team.id);
  if (team.name.empty()) return "team " + std::to_string(team.id) + ": empty name";
  return {};
}
inline std::string member_problem(const Member& member) {
  if (member.id <= 0) return "member id must be positive, got " + std::to_string(member.id);
  if (member.name.empty()) return "member " + std::to_string(member.id) + ": empty name";
  return {};
}

// ---------------------------------------------------------------------------
// Crawl bookkeeping

/// One checkpoint entry of a source instance: an opaque key/value pair the source
/// uses to resume (e.g. "club/1/newest" -> "2777"). `value` unset deletes the key.
struct Checkpoint {
  std::string key;
  std::optional<std::string> value;
  friend bool operator==(const Checkpoint&, const Checkpoint&) = default;
};

enum class RunOutcome : std::uint32_t {
  running = 1,  ///< started, not finished (or the process died: see started_at)
  success = 2,
  failed = 3,
  cancelled = 4,  ///< shutdown asked it to stop
  over_budget = 5,
};

constexpr std::string_view to_string(RunOutcome outcome) noexcept {
  switch (outcome) {
    case RunOutcome::running: return "running";
    case RunOutcome::success: return "success";
    case RunOutcome::failed: return "failed";
    case RunOutcome::cancelled: return "cancelled";
    case RunOutcome::over_budget: return "over_budget";
  }
  return "unknown";
}

/// The record of one crawl run of one source instance. The engine writes it with
/// the run's first batch (outcome running), again with each batch (running
/// totals) and once more at the end; a backend stores the latest version per
/// `run_id`.
struct CrawlRun {
  std::string run_id;  ///< unique, chosen by the engine
  std::string source;  ///< source instance name
  std::string plugin;  ///< plugin name and version that ran
  std::string plugin_version;
  std::string mode;  ///< e.g. "incremental", "full", "full legacy limit-pages=3"
  std::int64_t started_at_ms = 0;
  std::optional<std::int64_t> finished_at_ms;
  RunOutcome outcome = RunOutcome::running;
  std::string error;  ///< one line; empty unless failed/over_budget/cancelled
  std::uint64_t requests = 0;
  std::uint64_t retries = 0;
  std::uint64_t items_new = 0;
  std::uint64_t items_updated = 0;
  std::uint64_t items_unchanged = 0;
  friend bool operator==(const CrawlRun&, const CrawlRun&) = default;
};

/// One atomic write: records, the checkpoint entries that say they are stored,
/// and the run record that counts them. A backend commits all of it or nothing.
struct WriteBatch {
  std::string source;  ///< source instance name; required when checkpoints are given
  std::vector<PerfVod> perf_vods;
  std::vector<MemberVod> member_vods;   ///< upserted by id with merge_member_vod
  std::vector<Team> teams;              ///< upserted by id (the incoming row replaces)
  std::vector<Member> members;          ///< upserted by id (the incoming row replaces)
  std::vector<Checkpoint> checkpoints;  ///< applied in order after the records
  std::optional<CrawlRun> run;          ///< replaces the stored run with the same run_id
};

/// What a batch did to the records it carried, over every kind (perf VODs, member
/// VODs, teams, members). new + updated + unchanged equals the number of records
/// in the batch (a record repeated within one batch counts each time: the second
/// copy is merged into the first).
struct UpsertCounts {
  std::uint64_t inserted = 0;   ///< ids not stored before
  std::uint64_t updated = 0;    ///< stored, and the merge changed the stored record
  std::uint64_t unchanged = 0;  ///< stored, and the merge changed nothing
  friend bool operator==(const UpsertCounts&, const UpsertCounts&) = default;
};

}  // namespace kvm48
