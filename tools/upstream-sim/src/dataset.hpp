#pragma once
// The simulator's dataset: everything both upstreams serve, in one JSON file
// (format documented in tools/upstream-sim/DATASET.md). Plain values; the caller owns them.
// loadDataset/saveDataset throw DatasetError with a message naming the file and the field.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kvm48::sim {

inline constexpr int kDatasetVersion = 1;

struct DatasetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Team {
  int teamId = 0;
  int groupId = 0;  // app API group id
  std::string teamName;
  std::string teamColor;  // "90CCEA"
  bool active = true;
};

struct Member {
  std::int64_t userId = 0;
  std::string realName;
  std::string pinyin;
  int groupId = 0;
  int teamId = 0;
  int periodId = 0;
  std::string joinTime;  // "2012-10-14"
  int status = 1;        // 1 normal, 2 paused, 3 left
  std::string avatar;    // site-relative path
};

struct Streams {
  std::string sd, hd, fhd;  // empty = the stream is missing
};

struct PerfVod {
  std::string canonId;       // ObjectId or snowflake; the v6 liveId when inApi
  int club = 1;              // live.48.cn club (also fixes the group)
  std::optional<int> l4cId;  // live.48.cn VOD index; absent = API-only
  std::string title;
  std::string subtitle;
  std::int64_t startTime = 0;  // epoch seconds
  Streams streams;
  std::vector<int> teamIds;
  bool inApi = false;     // listed by getOpenLiveList
  bool upcoming = false;  // not performed yet: record:false list, no streams
  std::string coverPath;
  std::vector<std::string> performers;
};

enum class MemberVodType { Live, Radio };

struct MemberVod {
  std::string liveId;  // snowflake
  std::int64_t userId = 0;
  MemberVodType type = MemberVodType::Live;
  std::string title;
  std::int64_t ctimeMs = 0;  // start, ms epoch
  std::string coverPath;
  std::string playStreamPath;  // absolute or relative to the resource base
  std::string msgFilePath;     // danmaku; empty = the key is absent upstream
  std::string roomId;
};

struct Dataset {
  std::uint64_t seed = 0;  // generator seed (informational; also seeds run-time publishing)
  std::vector<Team> teams;
  std::vector<Member> members;
  std::vector<PerfVod> perfVods;
  std::vector<MemberVod> memberVods;
};

Dataset loadDataset(const std::string& path);
void saveDataset(const Dataset& dataset, const std::string& path);
// Parses/serialises the JSON text (used by load/save and by tests).
Dataset datasetFromJson(const std::string& text, const std::string& origin);
std::string datasetToJson(const Dataset& dataset);

std::string memberVodTypeName(MemberVodType type);

}  // namespace kvm48::sim
