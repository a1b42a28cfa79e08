#include "known_keys.hpp"

#include <unordered_set>

#include "pg/params.hpp"

namespace kvm48::postgres {

std::vector<bool> known_keys(pg::Pool& pool, const char* select_keys,
                             std::span<const std::string> keys) {
  pg::ArrayLiteral array;
  for (const std::string& key : keys) array.add(key);
  const pg::Params params = pg::Params().add(array.str());
  std::unordered_set<std::string> stored;
  pool.with_retry([&](pg::Connection& c) {
    stored.clear();
    const pg::Result r = c.exec_prepared(select_keys, params);
    for (int row = 0; row < r.rows(); ++row) stored.insert(r.string(row, 0));
  });
  std::vector<bool> known;
  known.reserve(keys.size());
  for (const std::string& key : keys) known.push_back(stored.contains(key));
  return known;
}

}  // namespace kvm48::postgres
