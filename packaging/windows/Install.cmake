# Windows: `cmake --install <build> --prefix <dir>` gives a folder that runs
# as is: the executables plus the Qt runtime, deployed by Qt's deploy script
# (windeployqt).

install(TARGETS mocotrack RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# `mocotrack --demo` looks for the demo server next to its own executable.
if(TARGET mocotrack-fakeserver)
    install(TARGETS mocotrack-fakeserver RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

qt_generate_deploy_app_script(
    TARGET mocotrack
    OUTPUT_SCRIPT mocotrack_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${mocotrack_deploy_script})
