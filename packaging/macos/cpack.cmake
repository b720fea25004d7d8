# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS disk image: CPack's DragNDrop generator with the app bundle (deployed by macdeployqt through
# Qt's deploy script) and a link to /Applications. Included by packaging/CMakeLists.txt before
# include(CPack).
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Checkpoint Desk")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/checkpoint-desk.icns")
set(CPACK_PACKAGE_FILE_NAME "checkpoint-desk-${PROJECT_VERSION}-Darwin")
