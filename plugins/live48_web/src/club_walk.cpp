#include "club_walk.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "page_archive.hpp"
#include "page_fetcher.hpp"
#include "vod_page.hpp"

namespace live48 {
namespace {

std::optional<std::int64_t> to_int(const std::map<std::string, std::string>& map,
                                   const std::string& key) {
  const auto found = map.find(key);
  if (found == map.end()) return std::nullopt;
  std::int64_t value = 0;
  const auto& text = found->second;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool stops_run(const kvm48::Status& status) {
  return status.code() == kvm48::StatusCode::unavailable ||
         status.code() == kvm48::StatusCode::cancelled;
}

}  // namespace

struct ClubWalk::VodOutcome {
  VodLink link;
  kvm48::Status fetched;  ///< the fetch (and archive) of the page
  VodPageResult page;     ///< valid when fetched.ok()
};

ClubWalk::ClubWalk(RunServices services, std::int64_t club,
                   const std::map<std::string, std::string>& checkpoints)
    : run_(services), club_(club) {
  const auto next_page = to_int(checkpoints, key("next_page"));
  if (!next_page || *next_page < 1) return;
  Walk walk;
  walk.page = *next_page;
  walk.floor_id = to_int(checkpoints, key("below_id"));
  walk.below_id = walk.floor_id;
  const auto mode = checkpoints.find(key("mode"));
  walk.full = mode != checkpoints.end() && mode->second == "full";
  walk.resumed = true;
  pending_ = walk;
}

std::string ClubWalk::key(const char* name) const {
  return "club/" + std::to_string(club_) + "/" + name;
}

kvm48::Status ClubWalk::run() {
  auto& log = run_.context.logger();
  const auto& options = run_.context.options();
  if (pending_) {
    Walk resumed = *pending_;
    resumed.full = resumed.full || options.full;
    if (options.limit_pages && resumed.page > *options.limit_pages) {
      log.info("club " + std::to_string(club_) + ": an unfinished walk resumes at page " +
               std::to_string(resumed.page) + ", beyond --limit-pages; left for a later run");
      return {};
    }
    log.info("club " + std::to_string(club_) + ": resuming the unfinished " +
             (resumed.full ? "full" : "incremental") + " walk at page " +
             std::to_string(resumed.page));
    bool finished = false;
    if (auto status = walk(resumed, finished); !status.ok() || !finished) return status;
  }
  Walk fresh;
  fresh.full = options.full;
  bool finished = false;
  return walk(fresh, finished);
}

kvm48::Status ClubWalk::walk(Walk walk, bool& finished) {
  finished = false;
  for (;;) {
    if (run_.context.cancelled()) return {kvm48::StatusCode::cancelled, "cancelled"};
    PageEnd end = PageEnd::next;
    if (auto status = crawl_page(walk, end); !status.ok()) return status;
    if (end == PageEnd::stop_keep_checkpoint) return {};
    if (end == PageEnd::last) {
      finished = true;
      return {};
    }
    ++walk.page;
  }
}

kvm48::Status ClubWalk::crawl_page(Walk& walk, PageEnd& end) {
  const auto& options = run_.context.options();
  const bool limited = options.limit_pages && walk.page > *options.limit_pages;
  if (limited) {
    // A fresh walk ends as asked; a resumed one keeps its checkpoint for later.
    end = walk.resumed ? PageEnd::stop_keep_checkpoint : PageEnd::last;
    return walk.resumed ? kvm48::Status{} : commit(finished_checkpoints());
  }
  const std::string url = list_page_url(run_.options.base_url, club_, walk.page);
  std::string body;
  if (auto status = fetch_page(run_.context, run_.options.headers, url, run_.timers, body);
      !status.ok()) {
    if (status.code() == kvm48::StatusCode::not_found) {
      return {kvm48::StatusCode::unavailable, "list page " + status.message()};
    }
    return status;
  }
  ++run_.timers.list_pages;
  ListPage page;
  try {
    ScopedTimer timer(run_.timers.parse_us);
    page = parse_list_page(body, url, run_.options.base_url);
  } catch (const std::exception& e) {
    run_.problems.report(kvm48::StatusCode::invalid_data,
                         url + ": malformed list page: " + e.what());
    end = PageEnd::stop_keep_checkpoint;
    return {};
  }
  for (const auto& href : page.rejected) {
    run_.problems.report(kvm48::StatusCode::invalid_data, url + ": malformed VOD URL: " + href);
  }
  if (page.links.empty()) {
    if (walk.page > page.total_pages && walk.page > 1) {
      end = PageEnd::last;  // past the last page: the list is done
      return commit(finished_checkpoints());
    }
    if (walk.page == 1 && page.total_pages <= 1) {
      // The original failed here ("cannot find VOD links"); a club with no VOD
      // yet (a new group) is not an error, so only a warning.
      run_.context.logger().warning(url + ": club " + std::to_string(club_) + " lists no VODs");
      end = PageEnd::last;
      return commit(finished_checkpoints());
    }
    run_.problems.report(kvm48::StatusCode::invalid_data,
                         url + ": cannot find VOD links (page " + std::to_string(walk.page) +
                             " of " + std::to_string(page.total_pages) + ")");
    end = PageEnd::stop_keep_checkpoint;
    return {};
  }

  // Which VODs are stored already, and whether this page ends an incremental walk.
  std::vector<kvm48::L4cPageRef> refs;
  for (const auto& link : page.links) refs.push_back(link.page);
  std::vector<bool> known;
  if (auto status = run_.context.known().known_l4c_pages(refs, known); !status.ok()) return status;
  bool holds_old_vod = false;
  std::vector<VodLink> unknown;
  for (std::size_t i = 0; i < page.links.size(); ++i) {
    const std::int64_t id = page.links[i].page.l4c_id;
    if (known[i]) {
      holds_old_vod = holds_old_vod || !walk.floor_id || id < *walk.floor_id;
    } else {
      unknown.push_back(page.links[i]);
    }
    walk.below_id = walk.below_id ? std::min(*walk.below_id, id) : id;
  }

  std::vector<VodOutcome> outcomes;
  const kvm48::Status fetched = fetch_vods(unknown, outcomes);
  if (auto status = store_vods(outcomes); !status.ok()) return status;
  if (!fetched.ok()) {
    // Not every VOD of the page was fetched: commit the ones that were, with the
    // checkpoint still on this page, and stop the run.
    Walk again = walk;
    again.page = walk.page - 1;
    if (auto status = commit(progress(again)); !status.ok()) return status;
    return fetched;
  }
  const bool last = (!walk.full && holds_old_vod) || walk.page >= page.total_pages;
  end = last ? PageEnd::last : PageEnd::next;
  return commit(last ? finished_checkpoints() : progress(walk));
}

kvm48::Status ClubWalk::fetch_vods(const std::vector<VodLink>& links,
                                   std::vector<VodOutcome>& out) {
  out.assign(links.size(), VodOutcome{});
  run_.context.for_each_parallel(links.size(), [&](std::size_t i) {
    VodOutcome& outcome = out[i];
    outcome.link = links[i];
    std::string body;
    outcome.fetched =
        fetch_page(run_.context, run_.options.headers, links[i].url, run_.timers, body);
    if (!outcome.fetched.ok()) return;
    ++run_.timers.vod_pages;
    try {
      if (run_.options.archive_dir) {
        ScopedTimer timer(run_.timers.archive_us);
        archive_vod_page(*run_.options.archive_dir, links[i].page.club_id, links[i].page.l4c_id,
                         body);
      }
      ScopedTimer timer(run_.timers.parse_us);
      outcome.page = parse_vod_page(body, links[i]);
    } catch (const std::exception& e) {
      outcome.fetched =
          kvm48::Status(kvm48::StatusCode::invalid_data, links[i].url + ": " + e.what());
    }
  });
  // The first failure that stops the run (the others are VOD problems).
  for (const auto& outcome : out) {
    if (stops_run(outcome.fetched)) return outcome.fetched;
  }
  return {};
}

kvm48::Status ClubWalk::store_vods(std::vector<VodOutcome>& outcomes) {
  std::vector<std::string> ids;
  for (const auto& o : outcomes) {
    if (o.fetched.ok() && o.page.problem == VodPageProblem::none) ids.push_back(o.page.vod.id);
  }
  std::vector<bool> stored_before;
  if (auto status = run_.context.known().known_perf_vod_ids(ids, stored_before); !status.ok()) {
    return status;
  }
  std::size_t next_id = 0;
  for (auto& o : outcomes) {
    if (!o.fetched.ok()) {
      if (!stops_run(o.fetched)) {
        run_.problems.report(kvm48::StatusCode::invalid_data, "VOD page " + o.fetched.message());
      }
      continue;
    }
    if (o.page.problem != VodPageProblem::none) {
      run_.problems.report(kvm48::StatusCode::invalid_data, o.page.message);
      continue;
    }
    const auto decision = run_.identities.decide(o.page.vod, stored_before[next_id++]);
    if (decision.verdict == IdentityVerdict::conflict) {
      run_.problems.report(kvm48::StatusCode::conflict, decision.note);
      continue;
    }
    if (!decision.note.empty()) {
      run_.context.logger().write(
          decision.routine ? kvm48::LogLevel::debug : kvm48::LogLevel::notice, decision.note);
    }
    if (decision.verdict == IdentityVerdict::ignore_collision) continue;
    ScopedTimer timer(run_.timers.storage_us);
    if (auto status = run_.context.sink().add(std::move(o.page.vod)); !status.ok()) {
      return status;
    }
    ++run_.timers.stored;
  }
  return {};
}

kvm48::Status ClubWalk::commit(const std::vector<kvm48::Checkpoint>& checkpoints) {
  ScopedTimer timer(run_.timers.storage_us);
  return run_.context.sink().commit(checkpoints);
}

std::vector<kvm48::Checkpoint> ClubWalk::progress(const Walk& walk) const {
  std::vector<kvm48::Checkpoint> out = {{key("next_page"), std::to_string(walk.page + 1)},
                                        {key("mode"), walk.full ? "full" : "incremental"}};
  if (walk.below_id) out.push_back({key("below_id"), std::to_string(*walk.below_id)});
  return out;
}

std::vector<kvm48::Checkpoint> ClubWalk::finished_checkpoints() const {
  return {{key("next_page"), std::nullopt},
          {key("below_id"), std::nullopt},
          {key("mode"), std::nullopt}};
}

}  // namespace live48
