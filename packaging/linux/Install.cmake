# Linux / freedesktop: binary, demo server, desktop file, AppStream metainfo,
# icon. `cmake --install <build> --prefix /usr` (DESTDIR=… for packagers).

install(TARGETS mocotrack RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# `mocotrack --demo` looks for the demo server next to its own executable.
if(TARGET mocotrack-fakeserver)
    install(TARGETS mocotrack-fakeserver RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MOCOTRACK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

configure_file(${CMAKE_CURRENT_LIST_DIR}/${MOCOTRACK_APP_ID}.metainfo.xml.in
               ${CMAKE_CURRENT_BINARY_DIR}/${MOCOTRACK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${MOCOTRACK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mocotrack.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${MOCOTRACK_APP_ID}.svg)
