# vigie_add_stage(NAME DEPS ...): a static library vigie_NAME from
# src/NAME/*.cc (tests, *_test.cc, excluded). Sources are globbed with
# CONFIGURE_DEPENDS so that adding a file needs no CMake edit.
function(vigie_add_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB _srcs CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cc)
  list(FILTER _srcs EXCLUDE REGEX "_test\\.cc$")
  add_library(vigie_${name} STATIC ${_srcs})
  target_link_libraries(vigie_${name} PUBLIC vigie_options ${ARG_DEPS})
endfunction()
