#include "allocator.hpp"

#include <dlfcn.h>
#include <gnu/libc-version.h>

#include <cstddef>

namespace kvm48::app {

std::string allocator_name() {
  // Looked up at run time rather than linked, so this also tells a preloaded jemalloc
  // and needs no jemalloc headers where the binary is built without it.
  using Mallctl = int (*)(const char*, void*, std::size_t*, void*, std::size_t);
  if (auto* mallctl = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"))) {
    const char* version = nullptr;
    std::size_t size = sizeof version;
    if (mallctl("version", &version, &size, nullptr, 0) == 0 && version != nullptr) {
      std::string text(version);  // e.g. "5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c"
      return "jemalloc " + text.substr(0, text.find('-'));
    }
    return "jemalloc";
  }
  return std::string("glibc ") + gnu_get_libc_version();
}

}  // namespace kvm48::app
