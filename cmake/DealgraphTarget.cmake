# Helpers shared by every stage folder: warnings, sanitizers, one library and
# one unit-test program per stage.

include(CheckCXXCompilerFlag)
# Calls into shared libraries (memcmp, memcpy, operator new, ...) made through
# the GOT instead of a PLT stub: one jump less per call (about 700,000 calls
# on 1 MB of articles), the functions bound at start-up instead of at their
# first call. Used where the compiler has the flag (GCC and Clang on ELF).
check_cxx_compiler_flag(-fno-plt DEALGRAPH_HAVE_NO_PLT)

# Applies the project's compile settings to `target` (no global flags).
function(dealgraph_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(DEALGRAPH_HAVE_NO_PLT)
    target_compile_options(${target} PRIVATE -fno-plt)
  endif()
  if(DEALGRAPH_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  dealgraph_pgo_settings(${target})
endfunction()

# DEALGRAPH_PGO (CMakeLists.txt): GENERATE instruments `target` (its programs
# write .gcda profiles to DEALGRAPH_PGO_PROFILE_DIR when they exit); USE
# optimizes it with those profiles. Only the stage libraries and the programs
# that are trained (dealgraph, dealgraph_gen) are compiled with the profiles;
# the unit tests' own sources, benchmarks and fuzz replays are compiled as
# without PGO (and stay cacheable by ccache), linked with the profiled libraries.
# A profile older than the source never fails the build: a source file without
# one is compiled as without PGO (-Wno-missing-profile), counts of a function
# changed since are ignored with a warning that -Werror does not turn into an
# error (-Wno-error=coverage-mismatch), and code the training never ran is
# optimized as without PGO, not for size (-fprofile-partial-training).
function(dealgraph_pgo_settings target)
  if(DEALGRAPH_PGO STREQUAL "OFF")
    return()
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE" AND NOT target MATCHES "^(dealgraph|dealgraph_gen)$")
    if(DEALGRAPH_PGO STREQUAL "GENERATE")  # linked with instrumented libraries
      target_link_options(${target} PRIVATE -fprofile-generate)
    endif()
    return()
  endif()
  set(where -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  # -O3 for the profiled code, in both steps (the instrumented build must
  # inline as the optimized one does, or the profiles would not match): in the
  # RelWithDebInfo build (-O2 -g) the later -O3 wins and the debug info stays.
  # -3.7 % instructions on 1 MB against -O2 with the same training
  # (docs/performance.md, "Latest change (-O3 with PGO)").
  if(DEALGRAPH_PGO_O3)
    target_compile_options(${target} PRIVATE $<$<CONFIG:RelWithDebInfo>:-O3>)
  endif()
  if(DEALGRAPH_PGO STREQUAL "GENERATE")
    target_compile_options(${target} PRIVATE -fprofile-generate=${DEALGRAPH_PGO_PROFILE_DIR} ${where})
    target_link_options(${target} PUBLIC -fprofile-generate)
  else()
    target_compile_options(${target} PRIVATE -fprofile-use=${DEALGRAPH_PGO_PROFILE_DIR} ${where}
      -fprofile-correction -fprofile-partial-training -Wno-missing-profile -Wno-error=coverage-mismatch)
  endif()
endfunction()

# dealgraph_stage(NAME name DEPS ...): library dealgraph_<name> from the
# folder's *.cc files (tests, benchmarks and fuzzers excluded), and, when tests
# are on, a program <name>_test from its *_test.cc files, registered in CTest
# with the label "unit".
function(dealgraph_stage)
  cmake_parse_arguments(ARG "" "NAME" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
  list(FILTER srcs EXCLUDE REGEX "(_test|_bench|_fuzz|_main)\\.cc$")
  if(NOT srcs)  # a stage not written yet still links
    set(srcs ${CMAKE_CURRENT_BINARY_DIR}/empty_stage.cc)
    file(WRITE ${srcs} "// Placeholder for a stage with no sources yet.\n")
  endif()
  add_library(dealgraph_${ARG_NAME} STATIC ${srcs})
  add_library(dealgraph::${ARG_NAME} ALIAS dealgraph_${ARG_NAME})
  target_include_directories(dealgraph_${ARG_NAME} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>)
  target_link_libraries(dealgraph_${ARG_NAME} PUBLIC ${ARG_DEPS})
  dealgraph_settings(dealgraph_${ARG_NAME})
  if(DEALGRAPH_BUILD_TESTS AND tests)
    add_executable(${ARG_NAME}_test ${tests})
    target_link_libraries(${ARG_NAME}_test PRIVATE dealgraph_${ARG_NAME} ${ARG_TEST_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
    target_compile_definitions(${ARG_NAME}_test PRIVATE
      DEALGRAPH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      DEALGRAPH_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    dealgraph_settings(${ARG_NAME}_test)
    add_test(NAME ${ARG_NAME}_test COMMAND ${ARG_NAME}_test)
    set_tests_properties(${ARG_NAME}_test PROPERTIES LABELS unit)
  endif()
endfunction()
