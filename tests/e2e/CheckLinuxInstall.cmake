# Installs the build into a throw-away prefix and checks what a Linux desktop
# needs: the executables, a desktop file whose Exec and Icon resolve, the icon,
# and AppStream metainfo that validates (appstreamcli / desktop-file-validate
# are used when installed).
#   cmake -DBUILD_DIR=… -DAPP_ID=… -DWORK_DIR=… -P CheckLinuxInstall.cmake

set(prefix "${WORK_DIR}/install-check")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()

set(desktop "${prefix}/share/applications/${APP_ID}.desktop")
set(metainfo "${prefix}/share/metainfo/${APP_ID}.metainfo.xml")
set(icon "${prefix}/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(file "${prefix}/bin/mocotrack" "${prefix}/bin/mocotrack-fakeserver" "${desktop}"
        "${metainfo}" "${icon}")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()

file(STRINGS "${desktop}" exec_lines REGEX "^Exec=")
foreach(line IN LISTS exec_lines)
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${line}")
    if(NOT EXISTS "${prefix}/bin/${program}")
        message(FATAL_ERROR "${line}: ${program} is not installed in bin/")
    endif()
endforeach()
file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "the desktop file names icon '${icon_line}', installed is ${APP_ID}")
endif()
file(READ "${metainfo}" metainfo_text)
if(NOT metainfo_text MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not launch ${APP_ID}.desktop")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${metainfo}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate failed:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: metainfo not validated")
endif()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate failed:\n${output}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: desktop file not validated")
endif()

file(REMOVE_RECURSE "${prefix}")
