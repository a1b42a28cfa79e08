#pragma once
// A loaded plugin library: Boost.DLL behind the two operations the host needs.

#include <filesystem>
#include <memory>
#include <optional>

namespace kvm48::host {

/// One dlopen()ed library (RTLD_NOW | RTLD_LOCAL: unresolved symbols fail the
/// load instead of a later call). Unloaded when destroyed; the host keeps it in
/// shared_ptrs that every object created from the library also holds.
class SharedLibrary {
 public:
  /// Throws std::runtime_error carrying the loader's message when the file is
  /// not a loadable library.
  ///
  /// With `private_copy_directory`, the file is first copied there under a name no
  /// other load uses, and the copy is loaded (and deleted once unloaded). The
  /// dynamic loader hands back the library it already has for a path (or an
  /// inode) it has loaded, so this is how a rebuilt plugin installed under the
  /// same path is loaded next to the old one on a reload.
  explicit SharedLibrary(const std::filesystem::path& file,
                         const std::optional<std::filesystem::path>& private_copy_directory = {});
  ~SharedLibrary();
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  /// Whether the library exports an alias of that name (BOOST_DLL_ALIAS).
  [[nodiscard]] bool has(const char* alias) const noexcept;
  /// The address an exported alias points to; call has() first.
  [[nodiscard]] void* get_address(const char* alias) const;
  template <class Function>
  [[nodiscard]] Function* get(const char* alias) const {
    return reinterpret_cast<Function*>(get_address(alias));
  }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path private_copy_;  ///< empty unless loaded from a private copy
};

}  // namespace kvm48::host
