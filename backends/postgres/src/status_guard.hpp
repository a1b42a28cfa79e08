#pragma once
// The one edge where exceptions inside the plugin become a kvm48::Status.

#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "kvm48/status.hpp"
#include "pg/error.hpp"
#include "rejected.hpp"

namespace kvm48::postgres {

/// Runs `work` and maps what it throws: Rejected → its code; pg::Error → conflict
/// for a unique violation (23505), unavailable otherwise (lost connection,
/// timeout, I/O error, refused migration); anything else → internal. `what`
/// prefixes the message ("write", "perf_vods_in_range", ...).
template <class Work>
Status guarded(std::string_view what, Work&& work) noexcept {
  const std::string prefix = std::string("postgres ") + std::string(what) + ": ";
  try {
    work();
    return {};
  } catch (const Rejected& e) {
    return {e.code(), e.what()};
  } catch (const pg::Error& e) {
    return {e.sqlstate() == "23505" ? StatusCode::conflict : StatusCode::unavailable,
            prefix + e.what()};
  } catch (const std::bad_alloc&) {
    return {StatusCode::internal, prefix + "out of memory"};
  } catch (const std::exception& e) {
    return {StatusCode::internal, prefix + e.what()};
  } catch (...) {
    return {StatusCode::internal, prefix + "unknown exception"};
  }
}

}  // namespace kvm48::postgres
