# Windows: a GUI-subsystem executable (no console window) with the app icon
# and a version resource. Included from src/app/CMakeLists.txt.

set_target_properties(mocotrack PROPERTIES WIN32_EXECUTABLE TRUE)
configure_file(${CMAKE_CURRENT_LIST_DIR}/mocotrack.rc.in
               ${CMAKE_CURRENT_BINARY_DIR}/mocotrack.rc @ONLY)
target_sources(mocotrack PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mocotrack.rc)
