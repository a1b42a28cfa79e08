#include "list_walk.hpp"

#include <algorithm>

#include "wire_json.hpp"

namespace koudai48 {

namespace {

std::optional<std::int64_t> to_int(const CheckpointMap& map, const std::string& key) {
  const auto found = map.find(key);
  if (found == map.end()) return std::nullopt;
  return parse_int64(found->second);
}

std::optional<std::int64_t> newest(std::optional<std::int64_t> a, std::optional<std::int64_t> b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}

}  // namespace

ListWalk::ListWalk(kvm48::CrawlContext& context, kvm48::RunProblems& problems, ListKind& kind,
                   const CheckpointMap& checkpoints)
    : context_(context), problems_(problems), kind_(kind) {
  done_newest_ms_ = to_int(checkpoints, key("newest_ms"));
  const auto cursor = checkpoints.find(key("cursor"));
  const auto page = to_int(checkpoints, key("page"));
  if (cursor == checkpoints.end() || cursor->second.empty() || !page || *page < 1) return;
  Walk walk;
  walk.cursor = cursor->second;
  walk.page = *page;
  walk.newest_ms = to_int(checkpoints, key("walk_newest_ms"));
  const auto mode = checkpoints.find(key("mode"));
  walk.full = mode != checkpoints.end() && mode->second == "full";
  walk.resumed = true;
  pending_ = walk;
}

std::string ListWalk::key(const char* name) const {
  return kind_.name() + "/" + name;
}

kvm48::Status ListWalk::run() {
  auto& log = context_.logger();
  const auto& options = context_.options();
  if (pending_) {
    Walk resumed = *pending_;
    resumed.full = resumed.full || options.full;
    if (options.limit_pages && resumed.page > *options.limit_pages) {
      log.info(kind_.name() + ": an unfinished walk resumes at page " +
               std::to_string(resumed.page) + ", beyond --limit-pages; left for a later run");
      return {};
    }
    log.info(kind_.name() + ": resuming the unfinished " + (resumed.full ? "full" : "incremental") +
             " walk at page " + std::to_string(resumed.page));
    if (auto status = walk(resumed); !status.ok()) return status;
    // A walk that stopped on a malformed page keeps its checkpoint: go no further.
    if (pending_) return {};
  }
  Walk fresh;
  fresh.full = options.full;
  return walk(fresh);
}

kvm48::Status ListWalk::walk(Walk walk) {
  seen_ids_.clear();
  cursors_.clear();
  pages_ = stored_ = 0;
  pending_ = walk;
  for (;;) {
    if (context_.cancelled()) return {kvm48::StatusCode::cancelled, "cancelled"};
    PageEnd end = PageEnd::next;
    if (auto status = crawl_page(walk, end); !status.ok()) return status;
    if (end == PageEnd::stop_keep_checkpoint) return {};
    if (end == PageEnd::last) {
      pending_.reset();
      context_.logger().info(kind_.name() + ": " + (walk.full ? "full" : "incremental") +
                             " walk done, " + std::to_string(pages_) + " pages, " +
                             std::to_string(stored_) + " items completed");
      return {};
    }
  }
}

kvm48::Status ListWalk::crawl_page(Walk& walk, PageEnd& end) {
  const auto& options = context_.options();
  if (options.limit_pages && walk.page > *options.limit_pages) {
    // A fresh walk ends as asked; a resumed one keeps its checkpoint for later.
    end = walk.resumed ? PageEnd::stop_keep_checkpoint : PageEnd::last;
    return walk.resumed ? kvm48::Status{} : commit(finished(walk));
  }
  std::string next;
  std::vector<ListEntry> entries;
  cursors_.insert(walk.cursor);
  if (auto status = kind_.fetch_page(walk.cursor, next, entries); !status.ok()) {
    if (status.code() != kvm48::StatusCode::invalid_data) return status;
    problems_.report(status.code(), status.message());
    end = PageEnd::stop_keep_checkpoint;
    return {};
  }
  ++pages_;
  if (entries.empty()) {
    end = PageEnd::last;  // the end of the list: an empty page
    return commit(finished(walk));
  }
  std::vector<std::size_t> to_store;
  bool all_old = false;
  if (auto status = pick(entries, walk, to_store, all_old); !status.ok()) return status;
  if (auto status = kind_.store(to_store); !status.ok()) {
    // Not every item of the page is complete: commit those that are, with the
    // checkpoint still on this page, and stop the run.
    if (auto committed = commit(progress(walk)); !committed.ok()) return committed;
    return status;
  }
  stored_ += to_store.size();
  const bool list_ends = next.empty() || next == "0" || cursors_.count(next) > 0;
  if ((!walk.full && all_old) || list_ends) {
    end = PageEnd::last;
    return commit(finished(walk));
  }
  walk.cursor = next;
  ++walk.page;
  end = PageEnd::next;
  return commit(progress(walk));
}

kvm48::Status ListWalk::pick(const std::vector<ListEntry>& entries, Walk& walk,
                             std::vector<std::size_t>& to_store, bool& all_old) {
  std::vector<std::size_t> candidates;  // not met before in this walk
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (seen_ids_.insert(entries[i].id).second) {
      candidates.push_back(i);
      ids.push_back(entries[i].id);
    }
  }
  std::vector<bool> known;
  if (auto status = kind_.known(ids, known); !status.ok()) return status;
  all_old = !candidates.empty();
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    const ListEntry& entry = entries[candidates[j]];
    walk.newest_ms = newest(walk.newest_ms, entry.time_ms);
    const bool old = known[j] && done_newest_ms_ && entry.time_ms <= *done_newest_ms_;
    if (!old) {
      to_store.push_back(candidates[j]);
      all_old = false;
    }
  }
  return {};
}

kvm48::Status ListWalk::commit(const std::vector<kvm48::Checkpoint>& checkpoints) {
  return context_.sink().commit(checkpoints);
}

std::vector<kvm48::Checkpoint> ListWalk::progress(const Walk& walk) const {
  std::vector<kvm48::Checkpoint> out = {{key("cursor"), walk.cursor},
                                        {key("page"), std::to_string(walk.page)},
                                        {key("mode"), walk.full ? "full" : "incremental"}};
  if (walk.newest_ms) out.push_back({key("walk_newest_ms"), std::to_string(*walk.newest_ms)});
  return out;
}

std::vector<kvm48::Checkpoint> ListWalk::finished(const Walk& walk) {
  done_newest_ms_ = newest(done_newest_ms_, walk.newest_ms);
  std::vector<kvm48::Checkpoint> out = {{key("cursor"), std::nullopt},
                                        {key("page"), std::nullopt},
                                        {key("walk_newest_ms"), std::nullopt},
                                        {key("mode"), std::nullopt}};
  if (done_newest_ms_) out.push_back({key("newest_ms"), std::to_string(*done_newest_ms_)});
  return out;
}

}  // namespace koudai48
