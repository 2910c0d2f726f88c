# The Debian package: `cpack -G DEB` in the build folder (or `cpack --config
# build/CPackConfig.cmake -G DEB`) writes kansli_VERSION_ARCH.deb with everything `cmake --install`
# installs, under /usr. dpkg-shlibdeps (dpkg-dev) reads the libraries every file links and names
# their Debian packages in Depends, so the list cannot fall behind the code; the fonts the PDF
# writer substitutes are not linked but looked up through fontconfig, so they are listed.
# docs/installing.md; tested by tests/sdk/debian_package.sh.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kansli)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "Kansli renders the official documents of Swedish municipalities (kallelse, tjänsteskrivelse,
årsredovisning) from JSON data through a municipality's template package into accessible HTML,
tagged PDF/UA, DOCX, ODT and Markdown, and publishes meetings as a static website. The package
holds the kansli command, libkansli with its headers, CMake package and pkg-config file, the
writer plugins, the bundled template packages, man pages and bash completion.")
set(CPACK_PACKAGE_CONTACT "Kansli maintainers <kansli@lists.example>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # kansli_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fontconfig, fonts-liberation2, fonts-crosextra-carlito, fonts-crosextra-caladea")
set(CPACK_STRIP_FILES ON)  # as Debian ships programs; the build folder keeps the debug information
include(CPack)
