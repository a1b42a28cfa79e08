# What `cmake --install` puts beside the binary and the plugins (component runtime):
#   <sysconfdir>/kvm48-server/kvm48.yaml   the documented default config (/etc for prefix /usr)
#   <docdir>/                              docs/ (share/doc/kvm48-server)
#   lib/systemd/system/                    the service, the crawl service and its timer
# The examples (config/demo.yaml, config/examples/) stay in the source tree: they are not
# system configuration.
# For the prefix /usr, GNUInstallDirs puts the config in /etc (absolute); for any other prefix
# it stays relative, so that `cmake --install --prefix DIR` puts it in DIR/etc.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(KVM48_CONFIG_DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/kvm48-server")
else()
  set(KVM48_CONFIG_DESTINATION "${CMAKE_INSTALL_SYSCONFDIR}/kvm48-server")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/config/kvm48.yaml"
  DESTINATION "${KVM48_CONFIG_DESTINATION}" COMPONENT runtime)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
  COMPONENT runtime)

# The units name the binary and the config by the absolute paths of the configured prefix
# (the Debian package: /usr/bin, /etc); `--prefix` at install time does not change them.
set(KVM48_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
  "Where the systemd units go, relative to the install prefix")
set(unit_files "${PROJECT_SOURCE_DIR}/config/systemd/kvm48-crawl.timer")
foreach(unit kvm48-server.service kvm48-crawl.service)
  configure_file("${PROJECT_SOURCE_DIR}/config/systemd/${unit}.in"
    "${PROJECT_BINARY_DIR}/systemd/${unit}" @ONLY)
  list(APPEND unit_files "${PROJECT_BINARY_DIR}/systemd/${unit}")
endforeach()
install(FILES ${unit_files} DESTINATION "${KVM48_SYSTEMD_UNIT_DIR}" COMPONENT runtime)
