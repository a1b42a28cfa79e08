#include "ratelimit/parse_limits.hpp"

#include <cctype>
#include <charconv>
#include <limits>
#include <optional>

namespace kvm48::ratelimit {
namespace {

// The longest window we accept: its length in milliseconds must fit an int64 with room.
constexpr std::int64_t kMaxWindowSeconds = std::numeric_limits<std::int64_t>::max() / 4000;

struct ParseError {
  std::size_t position;
  std::string expected;
};

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  [[nodiscard]] bool at_end() const { return pos_ == text_.size(); }
  [[nodiscard]] std::size_t position() const { return pos_; }
  [[nodiscard]] char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void skip_space() {
    while (!at_end() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  /// Takes `word` (lower case) if the text continues with it in any case.
  bool take_word(std::string_view word) {
    if (text_.size() - pos_ < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text_[pos_ + i])) != word[i]) return false;
    }
    pos_ += word.size();
    return true;
  }
  std::string_view take_digits() {
    std::size_t start = pos_;
    while (!at_end() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  std::string_view take_letters() {
    std::size_t start = pos_;
    while (!at_end() && std::isalpha(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  void rewind(std::size_t position) { pos_ = position; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::optional<std::uint64_t> to_number(std::string_view digits) {
  std::uint64_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// The unit: the longest run of letters must be a unit name with at most one plural "s".
std::optional<Granularity> take_unit(Cursor& in) {
  std::size_t start = in.position();
  auto word = in.take_letters();
  if (auto unit = granularity_from_name(word)) return unit;
  in.rewind(start);
  return std::nullopt;
}

std::variant<RateLimitItem, ParseError> parse_single(Cursor& in) {
  RateLimitItem item;
  in.skip_space();
  std::size_t amount_at = in.position();
  auto amount = in.take_digits();
  if (amount.empty()) return ParseError{amount_at, "a number (the amount of hits allowed)"};
  auto amount_value = to_number(amount);
  if (!amount_value) return ParseError{amount_at, "an amount that fits 64 bits"};
  item.amount = *amount_value;

  in.skip_space();
  if (!in.take('/') && !in.take_word("per")) {
    return ParseError{in.position(), "'/' or 'per' after the amount"};
  }
  in.skip_space();
  std::size_t multiples_at = in.position();
  if (auto multiples = in.take_digits(); !multiples.empty()) {
    auto value = to_number(multiples);
    if (!value) return ParseError{multiples_at, "a window multiple that fits 64 bits"};
    item.multiples = *value == 0 ? 1 : *value;  // limits: `multiples and int(multiples) or None`
  }
  in.skip_space();
  std::size_t unit_at = in.position();
  auto unit = take_unit(in);
  if (!unit) {
    return ParseError{unit_at, "a unit: second, minute, hour, day, month or year (or plural)"};
  }
  item.granularity = *unit;
  if (item.multiples > static_cast<std::uint64_t>(kMaxWindowSeconds / granularity_seconds(*unit))) {
    return ParseError{multiples_at,
                      "a window shorter than " + std::to_string(kMaxWindowSeconds) + " seconds"};
  }
  in.skip_space();
  return item;
}

std::string describe(std::string_view text, const ParseError& error) {
  std::string where = error.position >= text.size()
                          ? "at the end"
                          : "at character " + std::to_string(error.position + 1);
  return "couldn't parse rate limit string '" + std::string(text) + "': " + where + ", expected " +
         error.expected +
         " (the form is '<amount>/<unit>' or '<amount> per [<multiple>] <unit>', "
         "several joined by ';', ',' or '|', e.g. '10/second; 1000 per hour')";
}

bool is_separator(char c) {
  return c == ';' || c == ',' || c == '|';
}

}  // namespace

std::variant<std::vector<RateLimitItem>, std::string> parse_limits(std::string_view text) {
  std::vector<RateLimitItem> items;
  Cursor in(text);
  while (true) {
    auto single = parse_single(in);
    if (auto* error = std::get_if<ParseError>(&single)) return describe(text, *error);
    items.push_back(std::get<RateLimitItem>(single));
    if (in.at_end()) return items;
    std::size_t separator_at = in.position();
    in.take(':');
    if (!is_separator(in.peek())) {
      return describe(text, {separator_at, "the end or a separator (';', ',' or '|')"});
    }
    in.take(in.peek());
  }
}

}  // namespace kvm48::ratelimit
