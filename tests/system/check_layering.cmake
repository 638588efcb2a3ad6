# Builds the probe target (a storage source including a residents header) and passes only when
# the build fails because that header is not found: the domains' include paths keep the layers.
execute_process(
    COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target tst_layering_probe
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "a storage source included a residents header and built: the layers are not kept")
endif()
if(NOT output MATCHES "residentstore.h: No such file")
    message(FATAL_ERROR "the probe failed to build, but not for the missing header:\n${output}")
endif()
message(STATUS "a storage source cannot include a residents header")
