#pragma once
// UTF-8 validity (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).

#include <string_view>

namespace kvm48::http {

bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace kvm48::http
