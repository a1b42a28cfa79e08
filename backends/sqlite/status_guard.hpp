#pragma once
// The plugin boundary of the sqlite backend: runs a body that may throw and
// turns what it throws into a Status (nothing escapes a noexcept method).

#include <new>
#include <string>
#include <system_error>

#include "kvm48/status.hpp"
#include "rejected.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

template <class Body>
Status guarded(const char* what, Body&& body) noexcept {
  try {
    body();
    return Status::success();
  } catch (const Rejected& e) {
    return Status(e.code(), e.what());
  } catch (const Error& e) {
    return Status(StatusCode::unavailable, std::string(what) + ": " + e.what());
  } catch (const std::system_error& e) {
    return Status(StatusCode::unavailable, std::string(what) + ": " + e.what());
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::internal, std::string(what) + ": out of memory");
  } catch (const std::exception& e) {
    return Status(StatusCode::internal, std::string(what) + ": " + e.what());
  } catch (...) {
    return Status(StatusCode::internal, std::string(what) + ": unknown exception");
  }
}

}  // namespace kvm48::sqlite
