# Writes the man pages, kansli.1 and kansli-COMMAND.1 for each command, with help2man from the
# built command's own --help: the option table in cli/usage.cpp is their one source, as it is of
# `kansli --help` and the bash completion. Run at build time (cli/CMakeLists.txt):
#   cmake -DKANSLI=… -DUSAGE_EXPORT=… -DHELP2MAN=… -DVERSION=… -DOUTPUT_DIR=… -DWORK_DIR=… -P man-pages.cmake
# help2man takes a program, so each command is a two-line wrapper script `kansli-COMMAND` that
# runs `kansli COMMAND "$@"`. The pages are in English (LC_ALL=C.UTF-8); SOURCE_DATE_EPOCH, when set,
# fixes the date help2man writes.
foreach(var KANSLI USAGE_EXPORT HELP2MAN VERSION OUTPUT_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "man-pages.cmake: -D${var}= is missing")
  endif()
endforeach()

execute_process(COMMAND "${USAGE_EXPORT}" commands OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "man-pages.cmake: ${USAGE_EXPORT} commands failed (${status})")
endif()
string(REPLACE "\n" ";" lines "${listing}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}" "${OUTPUT_DIR}")
file(GLOB old_pages "${OUTPUT_DIR}/kansli*.1")
if(old_pages)
  file(REMOVE ${old_pages})  # a command that was removed loses its page
endif()

set(commands)
set(see_also ".BR kansli (1)")
foreach(line IN LISTS lines)
  if(line MATCHES "^([a-z]+)\t(.+)$")
    list(APPEND commands "${CMAKE_MATCH_1}")
    set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    string(APPEND see_also ",\n.BR kansli-${CMAKE_MATCH_1} (1)")
  endif()
endforeach()
if(NOT commands)
  message(FATAL_ERROR "man-pages.cmake: ${USAGE_EXPORT} listed no commands")
endif()

file(WRITE "${WORK_DIR}/see-also.h2m"
  "[SEE ALSO]\n${see_also}\n.PP\nThe full documentation is docs/cli.md in Kansli's sources.\n")

function(write_page program name output)
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANGUAGE= ASAN_OPTIONS=detect_leaks=0
            "${HELP2MAN}" --no-info --section=1 "--name=${name}" "--version-string=${VERSION}"
            "--include=${WORK_DIR}/see-also.h2m" --locale=C.UTF-8 "--output=${output}" "${program}"
    RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0 OR NOT EXISTS "${output}")
    message(FATAL_ERROR "man-pages.cmake: help2man could not write ${output}: ${errors}")
  endif()
endfunction()

write_page("${KANSLI}" "Swedish municipal documents from data and templates" "${OUTPUT_DIR}/kansli.1")
foreach(command IN LISTS commands)
  set(wrapper "${WORK_DIR}/kansli-${command}")
  file(WRITE "${wrapper}" "#!/bin/sh\nexec \"${KANSLI}\" ${command} \"$@\"\n")
  file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  write_page("${wrapper}" "${summary_${command}}" "${OUTPUT_DIR}/kansli-${command}.1")
endforeach()
