// JSON reading and writing of the dataset file, with validation that names the bad field.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dataset.hpp"
#include "groups.hpp"
#include "ids.hpp"

namespace kvm48::sim {
namespace {

using nlohmann::json;

constexpr const char* kFormatName = "kvm48-upstream-sim-dataset";

[[noreturn]] void fail(const std::string& origin, const std::string& where,
                       const std::string& what) {
  throw DatasetError(origin + ": " + where + ": " + what);
}

template <typename T>
T field(const json& object, const char* key, const std::string& origin, const std::string& where) {
  if (!object.contains(key)) fail(origin, where, std::string("missing field '") + key + "'");
  try {
    return object.at(key).get<T>();
  } catch (const json::exception& e) {
    fail(origin, where + "." + key, e.what());
  }
}

template <typename T>
T optionalField(const json& object, const char* key, T fallback, const std::string& origin,
                const std::string& where) {
  if (!object.contains(key) || object.at(key).is_null()) return fallback;
  return field<T>(object, key, origin, where);
}

Team teamFrom(const json& j, const std::string& origin, const std::string& where) {
  Team t;
  t.teamId = field<int>(j, "teamId", origin, where);
  t.groupId = field<int>(j, "groupId", origin, where);
  t.teamName = field<std::string>(j, "teamName", origin, where);
  t.teamColor = optionalField<std::string>(j, "teamColor", "", origin, where);
  t.active = optionalField<bool>(j, "active", true, origin, where);
  return t;
}

Member memberFrom(const json& j, const std::string& origin, const std::string& where) {
  Member m;
  m.userId = field<std::int64_t>(j, "userId", origin, where);
  m.realName = field<std::string>(j, "realName", origin, where);
  m.pinyin = optionalField<std::string>(j, "pinyin", "", origin, where);
  m.groupId = field<int>(j, "groupId", origin, where);
  m.teamId = optionalField<int>(j, "teamId", 0, origin, where);
  m.periodId = optionalField<int>(j, "periodId", 0, origin, where);
  m.joinTime = optionalField<std::string>(j, "joinTime", "", origin, where);
  m.status = optionalField<int>(j, "status", 1, origin, where);
  m.avatar = optionalField<std::string>(j, "avatar", "", origin, where);
  return m;
}

PerfVod perfFrom(const json& j, const std::string& origin, const std::string& where) {
  PerfVod v;
  v.canonId = field<std::string>(j, "canonId", origin, where);
  if (!isObjectId(v.canonId) && !isSnowflake(v.canonId)) {
    fail(origin, where + ".canonId", "neither a 24-hex ObjectId nor an 18-19 digit snowflake");
  }
  v.club = field<int>(j, "club", origin, where);
  if (!groupByClub(v.club)) fail(origin, where + ".club", "must be 1..6");
  if (j.contains("l4cId") && !j.at("l4cId").is_null()) {
    v.l4cId = field<int>(j, "l4cId", origin, where);
    if (*v.l4cId <= 0) fail(origin, where + ".l4cId", "must be positive");
  }
  v.title = field<std::string>(j, "title", origin, where);
  v.subtitle = optionalField<std::string>(j, "subtitle", "", origin, where);
  v.startTime = field<std::int64_t>(j, "startTime", origin, where);
  const json streams = optionalField<json>(j, "streams", json::object(), origin, where);
  v.streams.sd = optionalField<std::string>(streams, "sd", "", origin, where + ".streams");
  v.streams.hd = optionalField<std::string>(streams, "hd", "", origin, where + ".streams");
  v.streams.fhd = optionalField<std::string>(streams, "fhd", "", origin, where + ".streams");
  v.teamIds = optionalField<std::vector<int>>(j, "teamIds", {}, origin, where);
  v.inApi = optionalField<bool>(j, "inApi", false, origin, where);
  v.upcoming = optionalField<bool>(j, "upcoming", false, origin, where);
  v.coverPath = optionalField<std::string>(j, "coverPath", "", origin, where);
  v.performers = optionalField<std::vector<std::string>>(j, "performers", {}, origin, where);
  if (!v.l4cId && !v.inApi) fail(origin, where, "neither on the site (l4cId) nor in the API");
  return v;
}

MemberVod memberVodFrom(const json& j, const std::string& origin, const std::string& where) {
  MemberVod v;
  v.liveId = field<std::string>(j, "liveId", origin, where);
  if (!isSnowflake(v.liveId)) fail(origin, where + ".liveId", "not an 18-19 digit snowflake");
  v.userId = field<std::int64_t>(j, "userId", origin, where);
  const auto type = field<std::string>(j, "type", origin, where);
  if (type != "live" && type != "radio") fail(origin, where + ".type", "must be live or radio");
  v.type = type == "live" ? MemberVodType::Live : MemberVodType::Radio;
  v.title = field<std::string>(j, "title", origin, where);
  v.ctimeMs = field<std::int64_t>(j, "ctime", origin, where);
  v.coverPath = optionalField<std::string>(j, "coverPath", "", origin, where);
  v.playStreamPath = field<std::string>(j, "playStreamPath", origin, where);
  v.msgFilePath = optionalField<std::string>(j, "msgFilePath", "", origin, where);
  v.roomId = optionalField<std::string>(j, "roomId", "", origin, where);
  return v;
}

void checkCrossReferences(const Dataset& d, const std::string& origin) {
  std::set<int> teamIds;
  for (const auto& t : d.teams) teamIds.insert(t.teamId);
  std::set<std::int64_t> userIds;
  for (const auto& m : d.members) {
    if (!userIds.insert(m.userId).second) {
      fail(origin, "members", "duplicate userId " + std::to_string(m.userId));
    }
  }
  std::set<int> l4cIds;
  std::set<std::string> apiIds;
  for (std::size_t i = 0; i < d.perfVods.size(); ++i) {
    const auto& v = d.perfVods[i];
    const std::string where = "perfVods[" + std::to_string(i) + "]";
    if (v.l4cId && !l4cIds.insert(*v.l4cId).second) {
      fail(origin, where + ".l4cId", "duplicate l4cId " + std::to_string(*v.l4cId));
    }
    if (v.inApi && !apiIds.insert(v.canonId).second) {
      fail(origin, where + ".canonId", "two API VODs share canonId " + v.canonId);
    }
    for (const int t : v.teamIds) {
      if (!teamIds.count(t)) fail(origin, where + ".teamIds", "unknown team " + std::to_string(t));
    }
  }
  std::set<std::string> liveIds;
  for (std::size_t i = 0; i < d.memberVods.size(); ++i) {
    const auto& v = d.memberVods[i];
    const std::string where = "memberVods[" + std::to_string(i) + "]";
    if (!liveIds.insert(v.liveId).second) fail(origin, where, "duplicate liveId " + v.liveId);
    if (!userIds.count(v.userId)) {
      fail(origin, where + ".userId", "unknown member " + std::to_string(v.userId));
    }
  }
}

json toJson(const PerfVod& v) {
  json j = {{"canonId", v.canonId},
            {"club", v.club},
            {"title", v.title},
            {"subtitle", v.subtitle},
            {"startTime", v.startTime}};
  if (v.l4cId) j["l4cId"] = *v.l4cId;
  json streams = json::object();
  if (!v.streams.sd.empty()) streams["sd"] = v.streams.sd;
  if (!v.streams.hd.empty()) streams["hd"] = v.streams.hd;
  if (!v.streams.fhd.empty()) streams["fhd"] = v.streams.fhd;
  j["streams"] = streams;
  j["teamIds"] = v.teamIds;
  if (v.inApi) j["inApi"] = true;
  if (v.upcoming) j["upcoming"] = true;
  if (!v.coverPath.empty()) j["coverPath"] = v.coverPath;
  if (!v.performers.empty()) j["performers"] = v.performers;
  return j;
}

json toJson(const MemberVod& v) {
  json j = {{"liveId", v.liveId},
            {"userId", v.userId},
            {"type", memberVodTypeName(v.type)},
            {"title", v.title},
            {"ctime", v.ctimeMs},
            {"coverPath", v.coverPath},
            {"playStreamPath", v.playStreamPath},
            {"roomId", v.roomId}};
  if (!v.msgFilePath.empty()) j["msgFilePath"] = v.msgFilePath;
  return j;
}

}  // namespace

std::string memberVodTypeName(MemberVodType type) {
  return type == MemberVodType::Live ? "live" : "radio";
}

Dataset datasetFromJson(const std::string& text, const std::string& origin) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    throw DatasetError(origin + ": not valid JSON: " + e.what());
  }
  if (!root.is_object()) throw DatasetError(origin + ": the top level must be an object");
  if (optionalField<std::string>(root, "format", "", origin, "$") != kFormatName) {
    fail(origin, "format", std::string("must be \"") + kFormatName + "\"");
  }
  const int version = field<int>(root, "version", origin, "$");
  if (version != kDatasetVersion) fail(origin, "version", "unsupported " + std::to_string(version));
  Dataset d;
  d.seed = optionalField<std::uint64_t>(root, "seed", 0, origin, "$");
  static const json none = json::array();
  const auto list = [&](const char* key) -> const json& {
    if (!root.contains(key)) return none;
    if (!root.at(key).is_array()) fail(origin, key, "must be an array");
    return root.at(key);
  };
  const json &teams = list("teams"), &members = list("members"), &perf = list("perfVods"),
             &memberVods = list("memberVods");
  for (std::size_t i = 0; i < teams.size(); ++i) {
    d.teams.push_back(teamFrom(teams[i], origin, "teams[" + std::to_string(i) + "]"));
  }
  for (std::size_t i = 0; i < members.size(); ++i) {
    d.members.push_back(memberFrom(members[i], origin, "members[" + std::to_string(i) + "]"));
  }
  for (std::size_t i = 0; i < perf.size(); ++i) {
    d.perfVods.push_back(perfFrom(perf[i], origin, "perfVods[" + std::to_string(i) + "]"));
  }
  for (std::size_t i = 0; i < memberVods.size(); ++i) {
    d.memberVods.push_back(
        memberVodFrom(memberVods[i], origin, "memberVods[" + std::to_string(i) + "]"));
  }
  checkCrossReferences(d, origin);
  return d;
}

// One record a line keeps the file diffable and greppable while staying plain JSON.
template <typename Items, typename ToJson>
void writeArray(std::ostringstream& out, const char* key, const Items& items, ToJson toJsonFn) {
  out << ",\n\"" << key << "\":[";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "\n " : ",\n ") << toJsonFn(item).dump();
    first = false;
  }
  out << "\n]";
}

std::string datasetToJson(const Dataset& d) {
  std::ostringstream out;
  out << "{\"format\":\"" << kFormatName << "\",\"version\":" << kDatasetVersion
      << ",\"seed\":" << d.seed;
  writeArray(out, "teams", d.teams, [](const Team& t) {
    return json{{"teamId", t.teamId},
                {"groupId", t.groupId},
                {"teamName", t.teamName},
                {"teamColor", t.teamColor},
                {"active", t.active}};
  });
  writeArray(out, "members", d.members, [](const Member& m) {
    return json{{"userId", m.userId},     {"realName", m.realName}, {"pinyin", m.pinyin},
                {"groupId", m.groupId},   {"teamId", m.teamId},     {"periodId", m.periodId},
                {"joinTime", m.joinTime}, {"status", m.status},     {"avatar", m.avatar}};
  });
  writeArray(out, "perfVods", d.perfVods, [](const PerfVod& v) { return toJson(v); });
  writeArray(out, "memberVods", d.memberVods, [](const MemberVod& v) { return toJson(v); });
  out << "}\n";
  return out.str();
}

Dataset loadDataset(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DatasetError(path + ": cannot open the dataset file");
  std::ostringstream text;
  text << in.rdbuf();
  return datasetFromJson(text.str(), path);
}

void saveDataset(const Dataset& dataset, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw DatasetError(path + ": cannot write the dataset file");
  out << datasetToJson(dataset);
  out.flush();
  if (!out) throw DatasetError(path + ": write failed");
}

}  // namespace kvm48::sim
