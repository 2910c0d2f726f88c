# Installs what another program needs to build against libkansli: a CMake package
# (find_package(kansli) → kansli::kansli) and a pkg-config file (pkg-config --cflags --libs kansli).
include(CMakePackageConfigHelpers)
set(KANSLI_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/kansli")

install(EXPORT kansli-targets NAMESPACE kansli:: DESTINATION "${KANSLI_CMAKE_DIR}")
configure_package_config_file(cmake/kansli-config.cmake.in
  "${CMAKE_BINARY_DIR}/kansli-config.cmake" INSTALL_DESTINATION "${KANSLI_CMAKE_DIR}")
write_basic_package_version_file("${CMAKE_BINARY_DIR}/kansli-config-version.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_BINARY_DIR}/kansli-config.cmake" "${CMAKE_BINARY_DIR}/kansli-config-version.cmake"
        DESTINATION "${KANSLI_CMAKE_DIR}")

# Relocatable: the prefix is found from where the .pc file lies (${pcfiledir}), so a tree
# unpacked elsewhere (a .deb extracted into a folder, a moved prefix) still points at itself.
file(RELATIVE_PATH KANSLI_PC_TO_PREFIX "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
string(REGEX REPLACE "/$" "" KANSLI_PC_TO_PREFIX "${KANSLI_PC_TO_PREFIX}")
configure_file(cmake/kansli.pc.in "${CMAKE_BINARY_DIR}/kansli.pc" @ONLY)
install(FILES "${CMAKE_BINARY_DIR}/kansli.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
