#include "plugins/shared_library.hpp"

#include <vector>  // must precede Boost.DLL headers in Boost 1.74

#include <dlfcn.h>

#include <stdexcept>
#include <string>

#include <boost/dll/shared_library.hpp>

namespace kvm48::host {

struct SharedLibrary::Impl {
  boost::dll::shared_library library;
};

SharedLibrary::SharedLibrary(const std::filesystem::path& file) : impl_(std::make_unique<Impl>()) {
  try {
    impl_->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    // Boost's message names the call; dlerror() has already been consumed, so
    // retry the load to give the user the loader's own words.
    std::string detail = e.what();
    if (void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      dlclose(handle);
    } else if (const char* error = dlerror()) {
      detail = error;
    }
    throw std::runtime_error(detail);
  }
}

SharedLibrary::~SharedLibrary() = default;

bool SharedLibrary::has(const char* alias) const noexcept {
  return impl_->library.has(alias);
}

void* SharedLibrary::get_address(const char* alias) const {
  // A BOOST_DLL_ALIAS is an exported `const void*` variable holding the address.
  return const_cast<void*>(impl_->library.get<const void*>(alias));
}

}  // namespace kvm48::host
