// `kvm48-server copy`: everything one backend holds into another (SQLite to PostgreSQL and
// back, or between two databases of one kind), with the counts checked at the end.

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include "backend_session.hpp"
#include "command.hpp"
#include "command_failure.hpp"
#include "config/config_loader.hpp"
#include "config/scalar.hpp"
#include "copy/backend_copy.hpp"
#include "exit_codes.hpp"
#include "host_setup.hpp"

namespace kvm48::app {
namespace {

constexpr std::size_t kDefaultBatch = 500;

std::size_t batch_size(const ParsedOptions& options) {
  const auto text = options.value("batch-size");
  if (!text) return kDefaultBatch;
  const auto value = host::parse_integer(*text);
  if (!value || *value < 1 || *value > 100000) {
    throw UsageError{"--batch-size: expected an integer from 1 to 100000, found '" + *text + "'"};
  }
  return static_cast<std::size_t>(*value);
}

struct Side {
  std::string name;  ///< "source" or "destination"
  host::Config config;
  MigrationReport report;
  std::shared_ptr<Backend> backend;
};

void open_side(Side& side, bool migrate) {
  const host::PluginRegistry registry = scan_plugins(side.config);
  try {
    side.backend = open_backend(side.config, registry, migrate, side.report);
  } catch (const CommandFailure& e) {
    throw CommandFailure{side.name + ": " + e.message, e.exit_code};
  }
  const auto& r = side.report;
  std::cout << side.name << ": " << r.database << " (" << side.config.backend.plugin
            << ", schema version "
            << (r.applied.empty()
                    ? std::to_string(r.version_after)
                    : std::to_string(r.version_before) + " -> " + std::to_string(r.version_after))
            << ")" << std::endl;
}

void lock(Side& side) {
  bool acquired = false;
  if (Status status = side.backend->try_acquire_crawl_lock(acquired); !status) {
    throw CommandFailure{"cannot take the crawl lock of the " + side.name + " (" +
                         side.report.database + "): " + status.message()};
  }
  if (!acquired) {
    throw CommandFailure{"another kvm48-server instance is crawling the " + side.name + " (" +
                             side.report.database +
                             "); stop its crawls (or wait for them) and copy again",
                         kExitTempFail};
  }
}

std::string what_it_holds(const BackendStatistics& s) {
  const std::pair<const char*, std::uint64_t> kinds[] = {
      {"perf VODs", s.perf_vods}, {"member VODs", s.member_vods}, {"teams", s.teams},
      {"members", s.members},     {"checkpoints", s.checkpoints}, {"crawl runs", s.crawl_runs}};
  std::string text;
  for (const auto& [kind, n] : kinds) {
    if (n > 0) text += (text.empty() ? "" : ", ") + std::to_string(n) + " " + kind;
  }
  return text;
}

/// A progress line per kind at every tenth of its records, and at its end.
CopyProgress progress_lines() {
  auto shown = std::make_shared<std::map<std::string, std::uint64_t>>();
  return [shown](const std::string& kind, std::uint64_t done, std::uint64_t total) {
    const std::uint64_t tenth = total == 0 ? 10 : std::min<std::uint64_t>(done * 10 / total, 10);
    auto& last = (*shown)[kind];
    if (tenth <= last) return;
    last = tenth;
    std::cout << "  " << kind << ": " << done << " of " << total << std::endl;
  };
}

bool print_check(const std::vector<KindTally>& tallies) {
  std::cout << "check (read back from the destination):\n";
  bool all_ok = true;
  for (const auto& t : tallies) {
    char line[256];
    std::snprintf(
        line, sizeof line, "  %-12s source %llu, copied %llu (%llu new), destination %llu -> %llu",
        t.kind.c_str(), static_cast<unsigned long long>(t.in_source),
        static_cast<unsigned long long>(t.read), static_cast<unsigned long long>(t.inserted),
        static_cast<unsigned long long>(t.destination_before),
        static_cast<unsigned long long>(t.destination_after));
    std::cout << line;
    if (t.ok()) {
      std::cout << ": ok\n";
    } else {
      all_ok = false;
      std::cout << ": MISMATCH (expected " << t.expected() << " in the destination"
                << (t.read != t.in_source
                        ? ", and " + std::to_string(t.in_source) + " to be read from the source"
                        : std::string())
                << ")\n";
    }
  }
  return all_ok;
}

int run(const ParsedOptions& options) {
  const auto to = options.value("to");
  if (!to) throw UsageError{"copy: --to FILE (the destination's configuration) is required"};
  const std::size_t batch = batch_size(options);
  const bool merge = options.has("merge");

  Side source{"source", load_host_config(options, true), {}, {}};
  Side destination{"destination", host::load_config(*to), {}, {}};
  open_side(source, source.config.backend.migrate);
  open_side(destination, true);  // the copy's job includes creating the destination's schema
  if (source.config.backend.plugin == destination.config.backend.plugin &&
      source.report.database == destination.report.database) {
    throw CommandFailure{"the source and the destination are the same database (" +
                         source.report.database + ")"};
  }
  lock(source);
  lock(destination);
  std::cout << "crawl lock: held on both databases (no crawl runs until the copy ends)"
            << std::endl;

  const BackendStatistics before = statistics_of(*destination.backend, "destination");
  if (holds_anything(before) && !merge) {
    throw CommandFailure{"the destination (" + destination.report.database +
                         ") is not empty: it holds " + what_it_holds(before) +
                         "; give --merge to copy into it anyway"};
  }

  // Sources the configurations name may have checkpoints and no run yet.
  std::set<std::string> names;
  for (const auto& s : source.config.sources) names.insert(s.name);
  for (const auto& s : destination.config.sources) names.insert(s.name);

  const auto started = std::chrono::steady_clock::now();
  BackendCopy copy(*source.backend, *destination.backend, batch, progress_lines());
  std::cout << "copying (batches of " << batch << (merge ? ", merging" : "") << "):" << std::endl;
  copy.copy_all(names);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  destination.backend->release_crawl_lock();
  source.backend->release_crawl_lock();
  const bool ok = print_check(copy.tallies());
  std::uint64_t records = 0;
  for (const auto& t : copy.tallies()) records += t.read;
  char line[160];
  std::snprintf(line, sizeof line, "copied %llu records in %.1f s (%.0f records/s)\n",
                static_cast<unsigned long long>(records), seconds,
                seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
  std::cout << line << std::flush;
  if (!ok) {
    throw CommandFailure{
        "the destination's counts do not match what was copied (see 'check' "
        "above): do not switch to it; see docs/operations.md"};
  }
  return kExitOk;
}

}  // namespace

Command copy_command() {
  return {
      {"copy"},
      "Copy everything from the configured backend into another, counts checked",
      "Opens the backend of --config (the source) and the backend of --to (the destination,\n"
      "another configuration file, e.g. one with the postgres backend), creates or upgrades\n"
      "the destination's schema, and copies every record the backend interface holds: perf\n"
      "VODs, member VODs, teams, members, crawl runs and the sources' checkpoints. Records keep\n"
      "every field, the sources that saw them included. Both crawl locks are held throughout,\n"
      "so no crawl changes either side; the API may keep serving from the source. Refuses a\n"
      "destination that holds anything unless --merge (records are then merged by id as a\n"
      "crawl merges them). At the end the destination's counts are read back and checked per\n"
      "kind. Not copied: the raw page archive (files on disk, not in the backend). Exit status\n"
      "0 when every count matches, 1 when a side cannot be opened, read or written, the\n"
      "destination is not empty, or a count does not match, 64 on a bad command line, 75 when\n"
      "a crawl holds either lock, 78 on a bad configuration.",
      {{"to", '\0', true, false, "FILE", "the destination's configuration file (required)"},
       {"merge", '\0', false, false, "", "copy into a destination that already holds records"},
       {"batch-size", '\0', true, false, "N", "records per write transaction (default 500)"}},
      run};
}

}  // namespace kvm48::app
