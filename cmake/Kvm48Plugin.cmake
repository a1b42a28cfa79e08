# kvm48_add_plugin(<name> KIND source|backend SOURCES <files...> [LIBRARIES <targets...>]
#                  [VERSION <version>] [OUTPUT_DIRECTORY <dir>] [FILE_NAME <base>] [NO_INSTALL])
#
# Builds one kvm48-server plugin: a MODULE library named <name>.so with hidden
# symbol visibility, linked against the plugin SDK (kvm48::sdk). The same function
# builds the plugins in this tree and plugins built outside it against an installed
# SDK (find_package(kvm48) brings it in).
#
# In this tree the module lands in the build tree's plugin directory and is
# installed with the host; outside it, it lands in CMAKE_LIBRARY_OUTPUT_DIRECTORY
# (or the current binary dir) and `install(TARGETS)` is left to the plugin's author.
# The plugin's sources see KVM48_PLUGIN_NAME (always) and KVM48_PLUGIN_VERSION (when
# VERSION is given) as string macros, for the descriptor; a rebuild with a higher
# VERSION is what a reload (SIGHUP) picks up.
# OUTPUT_DIRECTORY, FILE_NAME and NO_INSTALL serve test plugins: the file name
# normally equals the plugin name; the host does not rely on that.
function(kvm48_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "NO_INSTALL" "KIND;VERSION;OUTPUT_DIRECTORY;FILE_NAME" "SOURCES;LIBRARIES")
  if(NOT ARG_KIND MATCHES "^(source|backend)$")
    message(FATAL_ERROR "kvm48_add_plugin(${name}): KIND must be source or backend, got '${ARG_KIND}'")
  endif()
  if(NOT name MATCHES "^[a-z][a-z0-9_]*$")
    message(FATAL_ERROR "kvm48_add_plugin(${name}): a plugin name is lower case letters, digits and _")
  endif()
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "kvm48_add_plugin(${name}): SOURCES is required")
  endif()

  set(file_name "${name}")
  if(ARG_FILE_NAME)
    set(file_name "${ARG_FILE_NAME}")
  endif()
  set(target "kvm48_plugin_${file_name}")
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE kvm48::sdk ${ARG_LIBRARIES})
  target_compile_definitions(${target} PRIVATE KVM48_PLUGIN_NAME="${name}")
  if(ARG_VERSION)
    target_compile_definitions(${target} PRIVATE KVM48_PLUGIN_VERSION="${ARG_VERSION}")
    set_target_properties(${target} PROPERTIES KVM48_PLUGIN_VERSION "${ARG_VERSION}")
  endif()
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${file_name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    POSITION_INDEPENDENT_CODE ON)
  # A plugin resolves the symbols it needs at load time, but must not leave any
  # undefined: a missing one would only show when the host dlopen()s it.
  # (Skipped under sanitizers: clang leaves their runtime to the executable.)
  if(NOT KVM48_SANITIZE)
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
  if(COMMAND kvm48_target_warnings)
    kvm48_target_warnings(${target})
  endif()
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
  elseif(DEFINED KVM48_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${KVM48_PLUGIN_OUTPUT_DIR}")
  endif()
  if(DEFINED KVM48_PLUGIN_OUTPUT_DIR AND NOT ARG_NO_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION "${KVM48_PLUGIN_SUBDIR}" COMPONENT runtime)
    set_property(GLOBAL APPEND PROPERTY KVM48_PLUGINS "${name}")
  endif()
endfunction()
