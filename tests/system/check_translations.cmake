# Runs lupdate over the sources into a copy of the .ts file and fails when that finds a string
# the committed file does not translate yet.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${TS_FILE} ${WORK_DIR}/check.ts COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none -silent
        ${SOURCE_DIR}/models ${SOURCE_DIR}/views ${SOURCE_DIR}/app -ts ${WORK_DIR}/check.ts
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS ${WORK_DIR}/check.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(READ ${WORK_DIR}/check.ts content)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\">" missing "${content}")
    message(FATAL_ERROR "${count} string(s) are not translated yet; run the update_translations target and translate:\n${missing}")
endif()
message(STATUS "translations cover every source string")
