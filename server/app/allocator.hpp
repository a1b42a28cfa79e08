#pragma once
// Which malloc this process runs on, for kvm48_build_info: the binary links jemalloc
// unless built without it (KVM48_ALLOCATOR=system, sanitizer builds), and an operator
// may LD_PRELOAD another; this reports what is actually in use.

#include <string>

namespace kvm48::app {

/// "jemalloc 5.3.0" when jemalloc serves malloc, else "glibc 2.36".
std::string allocator_name();

}  // namespace kvm48::app
