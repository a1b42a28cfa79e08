#include "plugins/shared_library.hpp"

#include <vector>  // must precede Boost.DLL headers in Boost 1.74

#include <dlfcn.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <system_error>

#include <unistd.h>

#include <boost/dll/shared_library.hpp>

namespace kvm48::host {

struct SharedLibrary::Impl {
  boost::dll::shared_library library;
};

namespace {

/// `<directory>/<pid>-<n>-<file name>`: unique within the process and between processes.
std::filesystem::path copy_for_loading(const std::filesystem::path& file,
                                       const std::filesystem::path& directory) {
  static std::atomic<unsigned> counter{0};
  if (std::filesystem::create_directories(directory)) {
    std::filesystem::permissions(directory, std::filesystem::perms::owner_all);  // 0700
  }
  const auto copy = directory / (std::to_string(getpid()) + "-" + std::to_string(++counter) + "-" +
                                 file.filename().string());
  std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing);
  return copy;
}

}  // namespace

SharedLibrary::SharedLibrary(const std::filesystem::path& file,
                             const std::optional<std::filesystem::path>& private_copy_directory)
    : impl_(std::make_unique<Impl>()) {
  std::filesystem::path load_path = file;
  if (private_copy_directory) {
    try {
      private_copy_ = copy_for_loading(file, *private_copy_directory);
    } catch (const std::filesystem::filesystem_error& e) {
      throw std::runtime_error("cannot copy it into " + private_copy_directory->string() +
                               " to load it: " + e.code().message());
    }
    load_path = private_copy_;
  }
  try {
    impl_->library.load(load_path,
                        boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    // Boost's message names the call; dlerror() has already been consumed, so
    // retry the load to give the user the loader's own words.
    std::string detail = e.what();
    if (void* handle = dlopen(load_path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      dlclose(handle);
    } else if (const char* error = dlerror()) {
      detail = error;
    }
    if (!private_copy_.empty()) {
      std::error_code ignored;
      std::filesystem::remove(private_copy_, ignored);
    }
    throw std::runtime_error(detail);
  }
}

SharedLibrary::~SharedLibrary() {
  impl_.reset();  // dlclose first: the copy is deleted only once nothing maps it
  if (!private_copy_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(private_copy_, ignored);
  }
}

bool SharedLibrary::has(const char* alias) const noexcept {
  return impl_->library.has(alias);
}

void* SharedLibrary::get_address(const char* alias) const {
  // A BOOST_DLL_ALIAS is an exported `const void*` variable holding the address.
  return const_cast<void*>(impl_->library.get<const void*>(alias));
}

}  // namespace kvm48::host
