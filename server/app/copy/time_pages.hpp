#pragma once
// Reading every record of a time-ordered range query in pages, without an
// offset: each page starts at the second where the previous one stopped, so a
// page costs one indexed range query however far into the table it is.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "kvm48/status.hpp"

namespace kvm48::app {

/// A range query in seconds: records with time in [from, to), in time order, at
/// most `limit` of them (0: all).
template <typename Record>
using RangeQuery = std::function<Status(std::int64_t from, std::int64_t to, std::size_t limit,
                                        std::vector<Record>&)>;

/// Calls `page` with every record whose second (`second_of`) is in [first, end),
/// each exactly once, in pages of at most `size` records, except that a second
/// holding more than `size` records comes whole in one page. Stops at the first
/// non-ok Status (of the query or of `page`) and returns it.
template <typename Record>
Status for_each_time_page(const RangeQuery<Record>& query,
                          const std::function<std::int64_t(const Record&)>& second_of,
                          std::int64_t first, std::int64_t end, std::size_t size,
                          const std::function<Status(std::vector<Record>&)>& page) {
  std::int64_t cursor = first;
  while (cursor < end) {
    std::vector<Record> rows;
    if (Status status = query(cursor, end, size, rows); !status) return status;
    if (rows.size() < size) return rows.empty() ? Status::success() : page(rows);
    const std::int64_t last = second_of(rows.back());
    if (second_of(rows.front()) == last) {
      // The whole page is one second: take that second whole, then go past it.
      rows.clear();
      if (Status status = query(last, last + 1, 0, rows); !status) return status;
      cursor = last + 1;
    } else {
      // The last second may go on past the page: leave it to the next page.
      while (second_of(rows.back()) == last) rows.pop_back();
      cursor = last;
    }
    if (Status status = page(rows); !status) return status;
  }
  return Status::success();
}

}  // namespace kvm48::app
