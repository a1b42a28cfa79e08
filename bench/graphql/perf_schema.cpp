#include "perf_schema.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kvm48::bench {
namespace {

using graphql::Json;
using graphql::ResolveInfo;
using graphql::Value;

struct Vod {
  std::string id;
  int clubId;
  int l4cId;
  std::string group;
  std::string title;
  std::optional<std::string> subtitle;
  std::int64_t startTime;
  std::optional<std::string> sd, hd, fhd;
};

constexpr std::array<const char*, 6> kGroups = {"SNH48", "BEJ48", "GNZ48",
                                                "SHY48", "CKG48", "CGT48"};

std::vector<Vod> makeVods(int count) {
  std::vector<Vod> vods;
  vods.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const auto club = i % 6 + 1;
    const std::string base = "https://cdn.example/vod/" + std::to_string(324479006245982208LL + i);
    vods.push_back(
        Vod{std::to_string(324479006245982208LL + i), club, 2000 + i,
            kGroups[static_cast<std::size_t>(i % 6)], "Team SII stage " + std::to_string(i),
            i % 3 == 0 ? std::optional<std::string>("subtitle") : std::nullopt,
            1500000000 + 600LL * i, base + "/sd.m3u8", base + "/hd.m3u8", base + "/hd.m3u8"});
  }
  return vods;
}

const Vod& vodOf(const ResolveInfo& info) {
  const Vod* const* vod = info.parent.object<const Vod*>();
  if (vod == nullptr || *vod == nullptr) throw std::logic_error("PerfVOD parent is not a Vod");
  return **vod;
}

Value optional(const std::optional<std::string>& s) {
  return s ? Value(*s) : Value();
}

}  // namespace

std::shared_ptr<const graphql::Schema> perfSchema(int vodCount) {
  auto vods = std::make_shared<const std::vector<Vod>>(makeVods(vodCount));
  auto schema = std::make_shared<graphql::Schema>();
  auto& group = schema->addEnum("Group");
  for (const char* g : kGroups) group.value(g);
  auto& vod = schema->addObject("PerfVOD");
  vod.field("id", "String!", [](const ResolveInfo& i) { return Value(vodOf(i).id); });
  vod.field("l4cClubId", "Int", [](const ResolveInfo& i) { return Value(vodOf(i).clubId); });
  vod.field("l4cId", "Int", [](const ResolveInfo& i) { return Value(vodOf(i).l4cId); });
  vod.field("l4cUrl", "String", [](const ResolveInfo& i) {
    const Vod& v = vodOf(i);
    return Value("https://live.48.cn/Index/invedio/club/" + std::to_string(v.clubId) + "/id/" +
                 std::to_string(v.l4cId));
  });
  vod.field("group", "Group!", [](const ResolveInfo& i) { return Value(vodOf(i).group); });
  vod.field("title", "String!", [](const ResolveInfo& i) { return Value(vodOf(i).title); });
  vod.field("subtitle", "String", [](const ResolveInfo& i) { return optional(vodOf(i).subtitle); });
  vod.field("startTime", "Int!", [](const ResolveInfo& i) { return Value(vodOf(i).startTime); });
  vod.field("sdStream", "String", [](const ResolveInfo& i) { return optional(vodOf(i).sd); });
  vod.field("hdStream", "String", [](const ResolveInfo& i) { return optional(vodOf(i).hd); });
  vod.field("fhdStream", "String", [](const ResolveInfo& i) { return optional(vodOf(i).fhd); });
  vod.field("bestStream", "String!", [](const ResolveInfo& i) {
    const Vod& v = vodOf(i);
    return optional(v.fhd ? v.fhd : v.hd ? v.hd : v.sd);
  });
  auto& query = schema->addObject("Query");
  query.field("revision", "String!", [](const ResolveInfo&) { return Value("20261127.1"); });
  query
      .field("perfVod", "PerfVOD",
             [vods](const ResolveInfo& i) -> Value {
               for (const auto& v : *vods) {
                 if (v.id == i.arg("id")) return Value::object(&v);
               }
               return {};
             })
      .arg("id", "String!");
  query
      .field("perfVods", "[PerfVOD]",
             [vods](const ResolveInfo& i) -> Value {
               if (!i.arg("from").is_number() || !i.arg("to").is_number()) {
                 return Value::error("Either 'ids', or 'from' and 'to' must be specified.");
               }
               const auto from = i.arg("from").get<std::int64_t>(),
                          to = i.arg("to").get<std::int64_t>();
               const auto first =
                   std::lower_bound(vods->begin(), vods->end(), from,
                                    [](const Vod& v, std::int64_t t) { return v.startTime < t; });
               Value::List out;
               for (auto it = first; it != vods->end() && it->startTime < to; ++it) {
                 if (i.arg("group").is_string() && it->group != i.arg("group")) continue;
                 out.push_back(Value::object(&*it));
               }
               return out;
             })
      .arg("ids", "[String]")
      .arg("from", "Int")
      .arg("to", "Int")
      .arg("group", "Group");
  schema->finalize();
  return schema;
}

}  // namespace kvm48::bench
