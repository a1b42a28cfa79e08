#pragma once
// What the copy tests share: a store of every record kind written through the real
// sqlite plugin, configuration files naming a SQLite file or a scratch PostgreSQL
// schema, `kvm48-server copy` run as a process, and everything a backend holds read
// back for comparison.

#include <string>
#include <vector>

#include "kvm48/backend.hpp"
#include "run_process.hpp"

namespace kvm48::test {

/// The sources whose checkpoints the fixture writes.
inline const std::vector<std::string> kFixtureSources = {"live48", "koudai48", "no_runs_yet"};

/// Writes records of every kind, every optional field set on some and unset on
/// others, several sharing one second (so that pages split inside a second), into
/// the backend `plugin` with `options_yaml`.
void write_every_kind(const std::string& plugin, const std::string& options_yaml);

/// Everything a backend exposes, read through its interface.
struct Everything {
  std::vector<PerfVod> perf_vods;
  std::vector<MemberVod> member_vods;
  std::vector<Team> teams;
  std::vector<Member> members;
  std::vector<std::vector<Checkpoint>> checkpoints;  ///< per kFixtureSources entry
  std::vector<CrawlRun> runs;
  friend bool operator==(const Everything&, const Everything&) = default;
};
Everything read_everything(const std::string& plugin, const std::string& options_yaml);

/// A configuration file in `directory` (named `name`) for the backend `plugin`
/// with `options_yaml` (indented under `options:` by this function); the plugin
/// directory is the build tree's. `sources_yaml` is appended as is.
std::string write_config(const std::string& directory, const std::string& name,
                         const std::string& plugin, const std::string& options_yaml,
                         const std::string& sources_yaml = {});

/// `kvm48-server copy --config from --to to` plus `extra` arguments.
ProcessRun run_copy(const std::string& from, const std::string& to,
                    const std::vector<std::string>& extra = {});

/// Options of the sqlite backend for this file.
std::string sqlite_options(const std::string& path);
/// Options of the postgres backend for the test server and this schema.
std::string postgres_options(const std::string& schema);

}  // namespace kvm48::test
