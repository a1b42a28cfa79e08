# kvm48_add_subdirectories(<dir>...): add each listed subdirectory that exists.
# Lets one area of the tree (a plugin, a backend, the GraphQL engine) land on its
# own without the top-level lists being edited in lockstep.
function(kvm48_add_subdirectories)
  foreach(dir IN LISTS ARGN)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt")
      add_subdirectory(${dir})
    endif()
  endforeach()
endfunction()
