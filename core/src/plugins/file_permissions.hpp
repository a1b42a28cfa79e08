#pragma once
// Whether a plugin file or directory may be trusted, as sshd's StrictModes decides for its
// key files: a library anyone else could have written into runs with the server's rights.

#include <filesystem>
#include <optional>
#include <string>

namespace kvm48::host {

/// Why `path` (a plugin file or a plugin directory) must not be trusted, or nullopt when
/// it may: it must be owned by root or by this process's effective user, and must not be
/// writable by its group or by others. Symbolic links are followed (the target counts).
/// A path that cannot be examined gives the system's reason.
std::optional<std::string> unsafe_permissions(const std::filesystem::path& path);

}  // namespace kvm48::host
