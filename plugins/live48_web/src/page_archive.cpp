#include "page_archive.hpp"

#include <zlib.h>

#include <atomic>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace live48 {
namespace {

/// A name no other writer in this process or another uses at the same time.
std::string temp_name(std::int64_t id) {
  static std::atomic<std::uint64_t> counter{0};
  return "." + std::to_string(id) + ".html.gz." +
         std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + "-" +
         std::to_string(counter++) + ".tmp";
}

void write_gzip(const std::filesystem::path& file, std::string_view data) {
  gzFile out = gzopen(file.c_str(), "wb");
  if (out == nullptr) throw std::runtime_error("cannot create " + file.string());
  bool ok = true;
  while (ok && !data.empty()) {
    const auto chunk = static_cast<unsigned>(std::min<std::size_t>(data.size(), 1U << 20));
    ok = gzwrite(out, data.data(), chunk) == static_cast<int>(chunk);
    data.remove_prefix(chunk);
  }
  ok = gzclose(out) == Z_OK && ok;
  if (!ok) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    throw std::runtime_error("cannot write " + file.string());
  }
}

}  // namespace

void archive_vod_page(const std::filesystem::path& dir, std::int64_t club, std::int64_t id,
                      std::string_view html) {
  const auto club_dir = dir / std::to_string(club);
  std::error_code error;
  std::filesystem::create_directories(club_dir, error);
  if (error)
    throw std::runtime_error("cannot create " + club_dir.string() + ": " + error.message());
  const auto temp = club_dir / temp_name(id);
  write_gzip(temp, html);
  std::filesystem::rename(temp, club_dir / (std::to_string(id) + ".html.gz"), error);
  if (error) {
    std::filesystem::remove(temp, error);
    throw std::runtime_error("cannot rename into " + club_dir.string());
  }
}

}  // namespace live48
