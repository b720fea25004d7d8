# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: CPack's NSIS generator with a template of our own (NSIS.template.in beside this
# file): Vietnamese, for everyone or just for me, a Start-menu entry, and an uninstaller that keeps the
# office's database. Included by packaging/CMakeLists.txt before include(CPack).
set(CPACK_GENERATOR NSIS)
list(APPEND CPACK_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Checkpoint Desk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CheckpointDesk")
set(CPACK_NSIS_PACKAGE_NAME "Checkpoint Desk")
set(CPACK_NSIS_DISPLAY_NAME "Checkpoint Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_BRANDING_TEXT "Checkpoint Desk ${PROJECT_VERSION}")
# The Start-menu entry: bin\checkpoint-desk.exe, named as people know the program.
set(CPACK_PACKAGE_EXECUTABLES "checkpoint-desk" "Checkpoint Desk")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\checkpoint-desk.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/checkpoint-desk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/checkpoint-desk.ico")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "checkpoint-desk.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# A new version replaces the old one in place; the database is not in $INSTDIR and is kept either way.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "checkpoint-desk@example.invalid")
# The uninstaller deletes the files the installer wrote, one by one (CPACK_NSIS_DELETE_FILES), and the
# folders only when they are empty. The office's database is in %APPDATA%\CheckpointDesk\checkpoint-desk
# (QStandardPaths::AppDataLocation), which nothing here names: it stays, and a new installation opens it.
set(CPACK_PACKAGE_FILE_NAME "checkpoint-desk-${PROJECT_VERSION}-win64")
