#pragma once
// The raw page archive the original crawler kept: every fetched VOD page,
// gzip-compressed, as {archive_dir}/{club}/{id}.html.gz.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace live48 {

/// Writes `html` to {dir}/{club}/{id}.html.gz through a temporary file in the
/// same directory and a rename, so a reader (or a crash) never sees half a file;
/// a page fetched again replaces the old copy. Threads: any; distinct pages may
/// be written concurrently. Throws std::runtime_error naming the path on failure.
void archive_vod_page(const std::filesystem::path& dir, std::int64_t club, std::int64_t id,
                      std::string_view html);

}  // namespace live48
