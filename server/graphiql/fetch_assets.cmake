# Build-time script (cmake -P): fetches GraphiQL's npm tarballs and copies the four files the
# page needs into OUTPUT_DIR. Run by the kvm48_graphiql_assets target; see README.md.
#
# Inputs (-D): NPM (path to npm, may be NOTFOUND), CACHE_DIR (optional directory of
# pre-fetched tarballs), WORK_DIR (kept between builds: the tarballs are reused, so a
# re-configure or a clean of the outputs does not download again), OUTPUT_DIR.
#
# Each tarball is checked against the SHA-512 pinned below, wherever it came from.

set(packages graphiql react react-dom)
set(graphiql_version 4.1.2)
set(graphiql_sha512 acd9734080339ba8b62815e655058180bbedd13968c45541d9dd7c6ee92f76cbe312e1431ec2b1e4854ea262f55b5a39596fad139e3e8a81dbd8010acced9c52)
set(graphiql_files package/graphiql.min.js package/graphiql.min.css)
set(react_version 18.3.1)
set(react_sha512 c12fa1020252851d0a844bcf240adfb8f54dd7e1f3d6dd18ea7e632eb1906e46f8bab80f13fd11bdefb590c075bffa16807826e1621c57e8bb176a53563fb689)
set(react_files package/umd/react.production.min.js)
set(react-dom_version 18.3.1)
set(react-dom_sha512 e66e2740aa7ead945bd3d2cd1f9f463380714e1f76e75ff295b2886e97bb4e91b17c9fbd92fe812e42c15c88e3b296e06e720136a948db7b519d3593d2c9d423)
set(react-dom_files package/umd/react-dom.production.min.js)

set(specs "")
foreach(package IN LISTS packages)
  list(APPEND specs "${package}@${${package}_version}")
endforeach()
string(REPLACE ";" " " specs_text "${specs}")
set(what_to_do
  "GraphiQL's files come from the npm registry at build time: `npm pack ${specs_text}` must "
  "work on this machine (Node 20 with npm, access to the npm registry). Offline, fetch the "
  "three tarballs elsewhere with that command and configure with "
  "-DKVM48_NPM_CACHE_DIR=<directory holding them>.")

# True in `out` if `file` exists and has the pinned SHA-512 of `package`.
function(tarball_is_good package file out)
  set(good FALSE)
  if(EXISTS "${file}")
    file(SHA512 "${file}" actual)
    if(actual STREQUAL "${${package}_sha512}")
      set(good TRUE)
    endif()
  endif()
  set(${out} ${good} PARENT_SCOPE)
endfunction()

file(MAKE_DIRECTORY "${WORK_DIR}" "${OUTPUT_DIR}")
set(missing "")
foreach(package IN LISTS packages)
  set(name "${package}-${${package}_version}.tgz")
  tarball_is_good(${package} "${WORK_DIR}/${name}" good)
  if(NOT good AND CACHE_DIR AND EXISTS "${CACHE_DIR}/${name}")
    tarball_is_good(${package} "${CACHE_DIR}/${name}" good)
    if(NOT good)
      message(FATAL_ERROR "${CACHE_DIR}/${name} (KVM48_NPM_CACHE_DIR) is not ${package} "
        "${${package}_version}: its SHA-512 is not the pinned ${${package}_sha512}. Fetch it "
        "again with `npm pack ${package}@${${package}_version}`.")
    endif()
    file(COPY_FILE "${CACHE_DIR}/${name}" "${WORK_DIR}/${name}")
  endif()
  if(NOT good)
    list(APPEND missing "${package}")
  endif()
endforeach()

if(missing)
  if(NOT NPM)
    message(FATAL_ERROR "npm was not found. " ${what_to_do})
  endif()
  execute_process(COMMAND "${NPM}" pack ${specs} --loglevel=error
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE npm_result OUTPUT_VARIABLE npm_output ERROR_VARIABLE npm_output)
  if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "`npm pack ${specs_text}` failed (${npm_result}):\n${npm_output}\n"
      ${what_to_do})
  endif()
endif()

foreach(package IN LISTS packages)
  set(name "${package}-${${package}_version}.tgz")
  tarball_is_good(${package} "${WORK_DIR}/${name}" good)
  if(NOT good)
    message(FATAL_ERROR "npm pack gave a ${name} whose SHA-512 is not the pinned "
      "${${package}_sha512}: the registry's ${package}@${${package}_version} is not the one "
      "this build was written for.")
  endif()
  set(extract_dir "${WORK_DIR}/${package}")
  file(REMOVE_RECURSE "${extract_dir}")
  file(MAKE_DIRECTORY "${extract_dir}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${WORK_DIR}/${name}" ${${package}_files}
    WORKING_DIRECTORY "${extract_dir}" RESULT_VARIABLE tar_result)
  if(NOT tar_result EQUAL 0)
    message(FATAL_ERROR "Could not extract ${${package}_files} from ${WORK_DIR}/${name}.")
  endif()
  foreach(member IN LISTS ${package}_files)
    get_filename_component(file_name "${member}" NAME)
    file(COPY_FILE "${extract_dir}/${member}" "${OUTPUT_DIR}/${file_name}")
    # npm stamps every member 1985-10-26: touch, so the build sees fresh outputs.
    file(TOUCH_NOCREATE "${OUTPUT_DIR}/${file_name}")
  endforeach()
  file(REMOVE_RECURSE "${extract_dir}")
endforeach()
