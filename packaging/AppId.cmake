# The reverse-DNS id that names the desktop file, the AppStream metainfo, the
# installed icon and the macOS bundle; the app reports it to the desktop too
# (QGuiApplication::setDesktopFileName). One definition for all of them.
set(MOCOTRACK_APP_ID "io.github.mocotrack.MocoTrack")
