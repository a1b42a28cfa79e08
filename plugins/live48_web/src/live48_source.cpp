#include "live48_source.hpp"

#include <map>

#include <kvm48/run_problems.hpp>
#include "club_walk.hpp"
#include "crawl_timers.hpp"
#include "identity_check.hpp"

namespace live48 {

Live48Source::Live48Source(const kvm48::PluginContext& context)
    : options_(read_options(context.config)) {}

kvm48::Status Live48Source::crawl(kvm48::CrawlContext& context) noexcept {
  try {
    return crawl_clubs(context);
  } catch (const std::bad_alloc&) {
    return {kvm48::StatusCode::internal, "out of memory"};
  } catch (const std::exception& e) {
    return {kvm48::StatusCode::internal, std::string("live48_web: ") + e.what()};
  }
}

kvm48::Status Live48Source::crawl_clubs(kvm48::CrawlContext& context) {
  std::vector<kvm48::Checkpoint> stored;
  if (auto status = context.known().checkpoints(stored); !status.ok()) return status;
  std::map<std::string, std::string> checkpoints;
  for (auto& c : stored) {
    if (c.value) checkpoints.emplace(std::move(c.key), std::move(*c.value));
  }

  std::vector<std::int64_t> clubs = options_.clubs;
  if (context.options().legacy) {
    clubs.insert(clubs.end(), options_.legacy_clubs.begin(), options_.legacy_clubs.end());
  }
  CrawlTimers timers;
  IdentityCheck identities;
  kvm48::RunProblems problems(context.logger());
  const RunServices services{context, options_, timers, identities, problems};
  kvm48::Status status;
  for (std::int64_t club : clubs) {
    status = ClubWalk(services, club, checkpoints).run();
    if (!status.ok()) break;
  }
  context.logger().info(timers.summary());
  return status.ok() ? problems.status() : status;
}

}  // namespace live48
