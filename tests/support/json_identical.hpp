#pragma once
// Two nlohmann values equal as values *and* as stored: type for type (nlohmann's == says
// 1 and 1u are equal), object keys in the same order. Header-only, for the JSON reader's
// unit test and fuzz target.

#include <cstddef>

namespace kvm48::test {

template <class Json>
bool identical(const Json& a, const Json& b) {
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Json::value_t::object: {
      if (a.size() != b.size()) return false;
      auto ia = a.begin();
      auto ib = b.begin();
      for (; ia != a.end(); ++ia, ++ib) {
        if (ia.key() != ib.key() || !identical(ia.value(), ib.value())) return false;
      }
      return true;
    }
    case Json::value_t::array: {
      if (a.size() != b.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (!identical(a[i], b[i])) return false;
      }
      return true;
    }
    case Json::value_t::discarded: return true;
    default: return a == b;
  }
}

}  // namespace kvm48::test
