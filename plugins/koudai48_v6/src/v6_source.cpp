#include "v6_source.hpp"

#include "api_client.hpp"
#include "list_walk.hpp"
#include "member_list.hpp"
#include "perf_list.hpp"
#include "run_services.hpp"
#include "wire_json.hpp"

namespace koudai48 {

V6Source::V6Source(const kvm48::PluginContext& context) : options_(read_options(context.config)) {}

kvm48::Status V6Source::crawl(kvm48::CrawlContext& context) noexcept {
  try {
    return crawl_all(context);
  } catch (const std::bad_alloc&) {
    return {kvm48::StatusCode::internal, "out of memory"};
  } catch (const std::exception& e) {
    return {kvm48::StatusCode::internal, std::string("koudai48_v6: ") + e.what()};
  }
}

kvm48::Status V6Source::crawl_all(kvm48::CrawlContext& context) {
  std::vector<kvm48::Checkpoint> stored;
  if (auto status = context.known().checkpoints(stored); !status.ok()) return status;
  CheckpointMap checkpoints;
  for (auto& c : stored) {
    if (c.value) checkpoints.emplace(std::move(c.key), std::move(*c.value));
  }
  kvm48::RunProblems problems(context.logger());
  MemberIndex members;
  if (crawls(options_, Kind::roster)) {
    if (auto status = crawl_roster(context, problems, members); !status.ok()) return status;
  }
  std::vector<kvm48::Group> groups = options_.groups;
  if (context.options().legacy) {
    groups.insert(groups.end(), options_.legacy_groups.begin(), options_.legacy_groups.end());
  }
  const RunServices services{context, options_, problems, members};
  for (Kind kind : {Kind::perf_vods, Kind::member_vods}) {
    if (!crawls(options_, kind)) continue;
    for (kvm48::Group group : groups) {
      if (context.cancelled()) return {kvm48::StatusCode::cancelled, "cancelled"};
      PerfList perf(services, group);
      MemberList member(services, group);
      ListKind& list = kind == Kind::perf_vods ? static_cast<ListKind&>(perf) : member;
      if (auto status = ListWalk(context, problems, list, checkpoints).run(); !status.ok()) {
        return status;
      }
    }
  }
  return problems.status();
}

kvm48::Status V6Source::crawl_roster(kvm48::CrawlContext& context, kvm48::RunProblems& problems,
                                     MemberIndex& members) {
  nlohmann::json content;
  if (auto status = call_api(context, options_, kGroupTeamStar, "group_team_star",
                             nlohmann::json::object(), content);
      !status.ok()) {
    return status;
  }
  Roster roster;
  try {
    roster = parse_roster(content, options_.resource_base_url);
  } catch (const WireError& e) {
    return {kvm48::StatusCode::invalid_data, std::string("group_team_star: ") + e.what()};
  }
  for (const auto& problem : roster.problems) {
    problems.report(kvm48::StatusCode::invalid_data, "group_team_star: " + problem);
  }
  auto& sink = context.sink();
  for (auto& team : roster.teams) {
    if (auto status = sink.add_team(team); !status.ok()) return status;
  }
  for (auto& member : roster.members) {
    members[member.id] = member;
    if (auto status = sink.add_member(member); !status.ok()) return status;
  }
  context.logger().info("roster: " + std::to_string(roster.teams.size()) + " teams, " +
                        std::to_string(roster.members.size()) + " members");
  return sink.commit();
}

}  // namespace koudai48
