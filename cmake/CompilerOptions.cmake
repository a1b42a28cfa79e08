# Warnings and sanitizers for the project's own targets (never for imported ones).
# kvm48_target_warnings(<target>) is called by every target we define.

set(KVM48_WARNINGS_AS_ERRORS OFF CACHE BOOL "Treat compiler warnings as errors")
set(KVM48_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")

function(kvm48_target_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(KVM48_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(KVM48_SANITIZE)
  add_compile_options(-fsanitize=${KVM48_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${KVM48_SANITIZE})
endif()
