# Fails when a source file is not laid out as the root's .clang-format says, naming the files; a
# `clang-format -i` on them is the fix. Run by ctest as code_follows_clang_format.
if(NOT CLANG_FORMAT OR CLANG_FORMAT MATCHES "NOTFOUND$")
    message(FATAL_ERROR "clang-format is missing: tools/install-deps.sh --tests installs it.")
endif()
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
    ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
# One run over them all (a process per file would take most of a minute); its complaints name the
# files, a line each.
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${sources}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE complaints)
set(unformatted)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error" places "${complaints}")
    foreach(place IN LISTS places)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error$" "" source "${place}")
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
        list(APPEND unformatted ${relative})
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    if(NOT unformatted)
        message(FATAL_ERROR "clang-format failed:\n${complaints}")
    endif()
endif()
list(LENGTH sources checked)
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not laid out as .clang-format says (clang-format -i fixes them):\n  ${listed}")
endif()
message(STATUS "${checked} source files follow .clang-format")
