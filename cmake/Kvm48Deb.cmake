# The Debian package: `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr
# (scripts/package-check.sh does it: release, tests and benchmarks off).
#
# One package, kvm48-server, from the install components runtime (binary, plugins, GraphiQL
# files, config, docs, units) and sdk (headers, CMake package); the upstream simulator and
# anything else without a component stay out. Runtime dependencies come from dpkg-shlibdeps
# over the binary and the plugins. Maintainer scripts: cmake/debian/.
set(CPACK_PACKAGE_NAME "kvm48-server")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "kvm48-server crawls the SNH48 Group's stage performance and member stream recordings from\n"
  "live.48.cn and the Koudai48 app API into SQLite or PostgreSQL, and serves them over a\n"
  "GraphQL API compatible with the original KVM48 server. Sources and storage backends are\n"
  "plugins, and the plugin SDK (headers and CMake package) is included.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(KVM48_DEB_MAINTAINER "KVM48 maintainers <kvm48@localhost>" CACHE STRING
  "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KVM48_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # kvm48-server_<version>_<arch>.deb

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL runtime sdk)
set(CPACK_DEBIAN_PACKAGE_NAME "kvm48-server")

set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The maintainer scripts call adduser/deluser; the service user's shell is nologin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, redis-server, nginx")

set(KVM48_DEB_CONFIG "${CMAKE_INSTALL_FULL_SYSCONFDIR}/kvm48-server/kvm48.yaml")
set(KVM48_DEB_STATE_DIR "${CMAKE_INSTALL_FULL_LOCALSTATEDIR}/lib/kvm48-server")
if(KVM48_DEB_STATE_DIR STREQUAL "/usr/var/lib/kvm48-server")
  set(KVM48_DEB_STATE_DIR "/var/lib/kvm48-server")
endif()
set(control_files "")
foreach(script postinst prerm postrm conffiles)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/debian/${script}.in"
    "${PROJECT_BINARY_DIR}/debian/${script}" @ONLY)
  list(APPEND control_files "${PROJECT_BINARY_DIR}/debian/${script}")
endforeach()
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${control_files}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
