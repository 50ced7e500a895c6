# Every message in the German catalogue is translated (English is the source
# language; its catalogue only carries plural forms).
#   cmake -DTS_FILE=…/mocotrack_de.ts -P CheckTranslations.cmake
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} message(s) not translated yet "
                        "(run the update_translations target, then translate them)")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(total EQUAL 0)
    message(FATAL_ERROR "${TS_FILE} holds no messages")
endif()
message(STATUS "${TS_FILE}: ${total} messages, all translated")
