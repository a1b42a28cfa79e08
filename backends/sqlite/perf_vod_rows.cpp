#include "perf_vod_rows.hpp"

#include <charconv>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace kvm48::sqlite {
namespace {

// teams and sources are JSON arrays in TEXT columns: small, read whole, never
// queried by element.
std::string encode_teams(const std::vector<TeamRef>& teams) {
  auto array = nlohmann::json::array();
  for (const TeamRef& team : teams) array.push_back({{"id", team.id}, {"name", team.name}});
  return array.dump();
}

/// `[{"id":1,"name":"TEAM SII"},...]` exactly as encode_teams writes names without escapes,
/// read without a JSON parser (this runs for every VOD read); anything else: nullopt.
std::optional<std::vector<TeamRef>> split_plain_teams(std::string_view text) {
  std::vector<TeamRef> teams;
  auto take = [&text](std::string_view expected) {
    if (!text.starts_with(expected)) return false;
    text.remove_prefix(expected.size());
    return true;
  };
  if (!take("[")) return std::nullopt;
  if (take("]")) return text.empty() ? std::optional(std::move(teams)) : std::nullopt;
  for (;;) {
    TeamRef team;
    if (!take("{\"id\":")) return std::nullopt;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), team.id);
    if (parsed.ec != std::errc() || parsed.ptr == text.data()) return std::nullopt;
    text.remove_prefix(static_cast<std::size_t>(parsed.ptr - text.data()));
    if (!take(",\"name\":\"")) return std::nullopt;
    const auto close = text.find('"');
    if (close == std::string_view::npos) return std::nullopt;
    team.name = std::string(text.substr(0, close));
    if (team.name.find('\\') != std::string::npos) return std::nullopt;
    text.remove_prefix(close + 1);
    if (!take("}")) return std::nullopt;
    teams.push_back(std::move(team));
    if (take("]")) return text.empty() ? std::optional(std::move(teams)) : std::nullopt;
    if (!take(",")) return std::nullopt;
  }
}

std::vector<TeamRef> decode_teams(const std::string& text) {
  if (auto teams = split_plain_teams(text)) return std::move(*teams);
  std::vector<TeamRef> teams;
  for (const auto& item : nlohmann::json::parse(text)) {
    teams.push_back({item.at("id").get<std::int64_t>(), item.at("name").get<std::string>()});
  }
  return teams;
}

std::string encode_sources(const std::vector<std::string>& sources) {
  return nlohmann::json(sources).dump();
}

/// `["a","b"]` as encode_sources writes names without escapes: split without a JSON parser
/// (this runs for every VOD read); anything else goes through the parser.
std::optional<std::vector<std::string>> split_plain_names(std::string_view text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return std::nullopt;
  std::vector<std::string> names;
  std::string_view rest = text.substr(1, text.size() - 2);
  while (!rest.empty()) {
    if (rest.front() != '"') return std::nullopt;
    const auto close = rest.find('"', 1);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view name = rest.substr(1, close - 1);
    if (name.find('\\') != std::string_view::npos) return std::nullopt;
    names.emplace_back(name);
    rest.remove_prefix(close + 1);
    if (rest.empty()) break;
    if (rest.front() != ',' || rest.size() == 1) return std::nullopt;
    rest.remove_prefix(1);
  }
  return names;
}

std::vector<std::string> decode_sources(const std::string& text) {
  if (auto names = split_plain_names(text)) return std::move(*names);
  return nlohmann::json::parse(text).get<std::vector<std::string>>();
}

// Binds the 13 columns as parameters 1..13, in the order of kPerfVodColumns.
void bind_columns(Statement& statement, const PerfVod& vod) {
  statement.bind(1, std::string_view(vod.id));
  statement.bind(2, club_id(vod.group));
  statement.bind(3, vod.l4c_club_id);
  statement.bind(4, vod.l4c_id);
  statement.bind(5, std::string_view(vod.title));
  statement.bind(6, vod.subtitle);
  statement.bind(7, vod.start_time);
  statement.bind(8, vod.sd_stream);
  statement.bind(9, vod.hd_stream);
  statement.bind(10, vod.fhd_stream);
  statement.bind(11, vod.cover_url);
  statement.bind(12, std::string_view(encode_teams(vod.teams)));
  statement.bind(13, std::string_view(encode_sources(vod.sources)));
}

}  // namespace

const std::string kPerfVodColumns =
    "canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, start_time, sd_stream, "
    "hd_stream, fhd_stream, cover_url, teams, sources";

PerfVod read_perf_vod(const Statement& row) {
  PerfVod vod;
  vod.id = row.text(0);
  const auto group = group_from_club_id(row.int64(1));
  if (!group) throw std::runtime_error("perf VOD " + vod.id + " has an unknown group id");
  vod.group = *group;
  vod.l4c_club_id = row.optional_int64(2);
  vod.l4c_id = row.optional_int64(3);
  vod.title = row.text(4);
  vod.subtitle = row.optional_text(5);
  vod.start_time = row.int64(6);
  vod.sd_stream = row.optional_text(7);
  vod.hd_stream = row.optional_text(8);
  vod.fhd_stream = row.optional_text(9);
  vod.cover_url = row.optional_text(10);
  vod.teams = decode_teams(row.text(11));
  vod.sources = decode_sources(row.text(12));
  return vod;
}

void insert_perf_vod(Connection& db, const PerfVod& vod) {
  static const std::string sql = "INSERT INTO perfvod (" + kPerfVodColumns +
                                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  auto statement = db.cached(sql);
  bind_columns(*statement, vod);
  statement->run();
}

void update_perf_vod(Connection& db, const PerfVod& vod) {
  static const std::string sql =
      "UPDATE perfvod SET group_id = ?2, l4c_club_id = ?3, l4c_id = ?4, title = ?5, "
      "subtitle = ?6, start_time = ?7, sd_stream = ?8, hd_stream = ?9, fhd_stream = ?10, "
      "cover_url = ?11, teams = ?12, sources = ?13 WHERE canon_id = ?1";
  auto statement = db.cached(sql);
  bind_columns(*statement, vod);
  statement->run();
}

std::optional<LocatedPerfVod> locate_perf_vod(Connection& db, std::string_view id) {
  static const std::string sql =
      "SELECT " + kPerfVodColumns + ", rowid FROM perfvod WHERE canon_id = ?";
  auto statement = db.cached(sql);
  statement->bind(1, id);
  if (!statement->step()) return std::nullopt;
  return LocatedPerfVod{read_perf_vod(*statement), statement->int64(13)};
}

std::optional<PerfVod> find_perf_vod(Connection& db, std::string_view id) {
  auto located = locate_perf_vod(db, id);
  if (!located) return std::nullopt;
  return std::move(located->vod);
}

std::optional<PerfVod> perf_vod_at(Connection& db, std::int64_t rowid) {
  static const std::string sql = "SELECT " + kPerfVodColumns + " FROM perfvod WHERE rowid = ?";
  auto statement = db.cached(sql);
  statement->bind(1, rowid);
  if (!statement->step()) return std::nullopt;
  return read_perf_vod(*statement);
}

}  // namespace kvm48::sqlite
