# macOS: an application bundle, MocoTrack.app, with its icon and Info.plist.
# Included from src/app/CMakeLists.txt (custom commands and bundle sources
# must be set up in the directory that creates the target).

set_target_properties(mocotrack PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME MocoTrack
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MOCOTRACK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME MocoTrack
    MACOSX_BUNDLE_EXECUTABLE_NAME MocoTrack
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE mocotrack.icns
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")

# The .icns is built from the committed iconset (PNG renderings of
# resources/icons/mocotrack.svg) with Apple's iconutil.
find_program(MOCOTRACK_ICONUTIL iconutil REQUIRED)
set(iconset ${PROJECT_SOURCE_DIR}/resources/icons/mocotrack.iconset)
file(GLOB iconset_images CONFIGURE_DEPENDS ${iconset}/*.png)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/mocotrack.icns)
add_custom_command(OUTPUT ${icns}
    COMMAND ${MOCOTRACK_ICONUTIL} --convert icns --output ${icns} ${iconset}
    DEPENDS ${iconset_images}
    VERBATIM)
target_sources(mocotrack PRIVATE ${icns})
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
