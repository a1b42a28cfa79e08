#include "suggestions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

namespace kvm48::graphql::detail {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Damerau-Levenshtein (optimal string alignment) with graphql-js's early exits.
std::optional<std::size_t> lexicalDistance(std::string_view input, std::string_view option,
                                           std::size_t threshold) {
  if (input == option) return 0;
  const std::string inputLower = lower(input), optionLower = lower(option);
  if (inputLower == optionLower) return 1;
  std::string_view a = optionLower, b = inputLower;
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > threshold) return std::nullopt;
  std::array<std::vector<std::size_t>, 3> rows;
  for (auto& r : rows) r.assign(b.size() + 1, 0);
  for (std::size_t j = 0; j <= b.size(); ++j) rows[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    auto& up = rows[(i - 1) % 3];
    auto& cur = rows[i % 3];
    std::size_t smallest = cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t cell = std::min({up[j] + 1, cur[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cell = std::min(cell, rows[(i - 2) % 3][j - 2] + 1);
      }
      smallest = std::min(smallest, cell);
      cur[j] = cell;
    }
    if (smallest > threshold) return std::nullopt;
  }
  const std::size_t distance = rows[a.size() % 3][b.size()];
  return distance <= threshold ? std::optional(distance) : std::nullopt;
}

int naturalCompare(std::string_view a, std::string_view b) {
  std::size_t ai = 0, bi = 0;
  auto digit = [](std::string_view s, std::size_t i) {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
  };
  while (ai < a.size() && bi < b.size()) {
    if (digit(a, ai) && digit(b, bi)) {
      unsigned long long an = 0, bn = 0;
      do {
        an = an * 10 + static_cast<unsigned>(a[ai++] - '0');
      } while (digit(a, ai) && an > 0);
      do {
        bn = bn * 10 + static_cast<unsigned>(b[bi++] - '0');
      } while (digit(b, bi) && bn > 0);
      if (an != bn) return an < bn ? -1 : 1;
    } else {
      if (a[ai] != b[bi]) return a[ai] < b[bi] ? -1 : 1;
      ++ai;
      ++bi;
    }
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

}  // namespace

std::vector<std::string> suggestionList(std::string_view input,
                                        const std::vector<std::string>& options) {
  const std::size_t threshold = input.size() * 2 / 5 + 1;
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const auto& option : options) {
    if (auto d = lexicalDistance(input, option, threshold)) found.emplace_back(*d, option);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : naturalCompare(x.second, y.second) < 0;
  });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::string didYouMean(const std::vector<std::string>& suggestions, std::string_view subMessage) {
  if (suggestions.empty()) return {};
  std::string message = " Did you mean ";
  if (!subMessage.empty()) message += std::string(subMessage) + " ";
  auto q = [](const std::string& s) { return "\"" + s + "\""; };
  if (suggestions.size() == 1) return message + q(suggestions[0]) + "?";
  if (suggestions.size() == 2)
    return message + q(suggestions[0]) + " or " + q(suggestions[1]) + "?";
  const std::size_t n = std::min<std::size_t>(5, suggestions.size());
  for (std::size_t i = 0; i + 1 < n; ++i) message += q(suggestions[i]) + ", ";
  return message + "or " + q(suggestions[n - 1]) + "?";
}

}  // namespace kvm48::graphql::detail
