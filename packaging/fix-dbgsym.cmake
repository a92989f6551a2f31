# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# CPack post-build script: rebuilds the -dbgsym .ddeb CPack 3.25 writes, whose md5sums list the
# build machine's staging paths (lintian: md5sums-lists-nonexistent-file) and which has no
# /usr/share/doc entry. The debug files themselves are kept as they are.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
  if(NOT package MATCHES "-dbgsym_.*\\.ddeb$")
    continue()
  endif()
  set(tree "${CPACK_TOPLEVEL_DIRECTORY}/fix-dbgsym")
  file(REMOVE_RECURSE "${tree}")
  execute_process(COMMAND dpkg-deb -R "${package}" "${tree}" RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "fix-dbgsym: dpkg-deb -R ${package} failed")
  endif()
  # md5sums of the files actually in the package, with paths relative to its root.
  file(GLOB_RECURSE debugFiles LIST_DIRECTORIES false RELATIVE "${tree}" "${tree}/usr/*")
  list(SORT debugFiles)
  set(sums "")
  foreach(f IN LISTS debugFiles)
    file(MD5 "${tree}/${f}" sum)
    string(APPEND sums "${sum}  ${f}\n")
    # Debug files are data, not programs.
    file(CHMOD "${tree}/${f}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  endforeach()
  file(WRITE "${tree}/DEBIAN/md5sums" "${sums}")
  # As debhelper does it: the doc folder is a link to the main package's (copyright, changelog).
  file(MAKE_DIRECTORY "${tree}/usr/share/doc")
  file(CREATE_LINK "${CPACK_PACKAGE_NAME}" "${tree}/usr/share/doc/${CPACK_PACKAGE_NAME}-dbgsym" SYMBOLIC)
  file(REMOVE "${package}")
  execute_process(COMMAND dpkg-deb --root-owner-group -Zxz --build "${tree}" "${package}"
                  RESULT_VARIABLE failed OUTPUT_QUIET)
  if(failed)
    message(FATAL_ERROR "fix-dbgsym: dpkg-deb --build ${package} failed")
  endif()
  file(REMOVE_RECURSE "${tree}")
endforeach()
