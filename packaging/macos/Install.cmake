# macOS: `cmake --install <build> --prefix <dir>` puts MocoTrack.app there,
# with the demo server inside the bundle (next to the app's executable, where
# `--demo` looks first) and the Qt frameworks deployed by Qt's deploy script
# (macdeployqt).

install(TARGETS mocotrack BUNDLE DESTINATION .)
if(TARGET mocotrack-fakeserver)
    install(TARGETS mocotrack-fakeserver RUNTIME DESTINATION MocoTrack.app/Contents/MacOS)
endif()

qt_generate_deploy_app_script(
    TARGET mocotrack
    OUTPUT_SCRIPT mocotrack_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${mocotrack_deploy_script})
