# Installs the plugin SDK as a CMake package: headers, the kvm48::sdk target and
# kvm48_add_plugin(), so that plugins can be built outside this tree.
include(CMakePackageConfigHelpers)

install(TARGETS kvm48_sdk EXPORT kvm48Targets)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/core/include/kvm48"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT sdk)
install(EXPORT kvm48Targets NAMESPACE kvm48::
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/kvm48" COMPONENT sdk)

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/kvm48Config.cmake.in"
  "${PROJECT_BINARY_DIR}/kvm48Config.cmake"
  INSTALL_DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/kvm48"
  PATH_VARS KVM48_PLUGIN_SUBDIR)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/kvm48ConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/kvm48Config.cmake"
  "${PROJECT_BINARY_DIR}/kvm48ConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/Kvm48Plugin.cmake"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/kvm48" COMPONENT sdk)

# The host's own plugin directory exists even before any plugin is installed.
install(DIRECTORY DESTINATION "${KVM48_PLUGIN_SUBDIR}" COMPONENT runtime)
