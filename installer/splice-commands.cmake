# Puts the COMMANDS reference that strongroom-cli prints (--reference man) into the configured man
# page at its marker line, so the installed page documents exactly the verbs and options the program
# declares. Run by installer/CMakeLists.txt: cmake -DCLI=... -DPAGE_IN=... -DPAGE_OUT=... -P this-file
# An ASan build's leak report at exit (OpenSSL's provider loading) is not the page's business.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
# The page is English whatever the builder's locale: strongroom-cli follows LANGUAGE/LC_ALL/LANG.
set(ENV{LANG} "C.UTF-8")
set(ENV{LC_ALL} "C.UTF-8")
unset(ENV{LC_MESSAGES})
unset(ENV{LANGUAGE})
execute_process(COMMAND ${CLI} --reference man
    OUTPUT_VARIABLE commands RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${CLI} --reference man failed (${status}): ${errors}")
endif()
file(READ ${PAGE_IN} page)
string(FIND "${page}" ".\\\" STRONGROOM-COMMANDS" marker)
if(marker EQUAL -1)
    message(FATAL_ERROR "${PAGE_IN} has no STRONGROOM-COMMANDS marker line")
endif()
string(SUBSTRING "${page}" 0 ${marker} head)
string(SUBSTRING "${page}" ${marker} -1 rest)
string(FIND "${rest}" "\n" line_end)
math(EXPR after "${line_end} + 1")
string(SUBSTRING "${rest}" ${after} -1 tail)
file(WRITE ${PAGE_OUT} "${head}${commands}${tail}")
