# The API reference (Doxygen, from the public headers' comments): the target kansli-api-docs
# writes build/docs/api/html/index.html. Not part of `all`; the test docs.api_reference builds it
# and fails on any Doxygen warning (tests/docs/api_reference.sh).
find_program(KANSLI_DOXYGEN doxygen DOC "Doxygen, for the API reference (Debian: doxygen)")
set(KANSLI_API_DOCS_DIR "${CMAKE_BINARY_DIR}/docs/api")
set(KANSLI_DOXYFILE "${CMAKE_BINARY_DIR}/docs/Doxyfile")
configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${KANSLI_DOXYFILE}" @ONLY)
if(KANSLI_DOXYGEN)
  # The generated headers (version, plugin ABI stamp) are part of the reference: made first.
  add_custom_target(kansli-api-docs
    COMMAND "${KANSLI_DOXYGEN}" "${KANSLI_DOXYFILE}"
    DEPENDS kansli
    WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
    COMMENT "API reference: ${KANSLI_API_DOCS_DIR}/html/index.html" VERBATIM)
endif()
