# Builds data files (gazetteer, lexicons) into the binary as byte arrays, so
# that dealgraph runs from any folder. The files stay the reviewable source.

# dealgraph_embed(TARGET lib OUTPUT name FILES a.tsv b.tsv): adds a generated
# source to `lib` defining, for each file, a std::string_view named
# dealgraph::embedded::<stem> (stem: file name with non-alphanumerics as _).
function(dealgraph_embed)
  cmake_parse_arguments(ARG "" "TARGET;OUTPUT" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${ARG_OUTPUT}.cc)
  string(REPLACE ";" "," files_arg "${ARG_FILES}")  # a ';' would split the shell command
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${files_arg}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding data files into ${ARG_OUTPUT}.cc"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${out})
endfunction()
