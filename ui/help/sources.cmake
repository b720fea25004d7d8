# SPDX-License-Identifier: GPL-3.0-or-later
# Help → User guide: the guide's Markdown pages and screenshots (docs/) built into the program, so that
# it opens offline, and F1 on a section opens its chapter.
target_sources(cd_ui PRIVATE
    help/GuideWindow.cpp help/GuideWindow.h
    help/UserGuide.cpp help/UserGuide.h
)
file(GLOB cd_guide_files CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/docs/huong-dan/*.md
    ${PROJECT_SOURCE_DIR}/docs/guide-en/*.md
    ${PROJECT_SOURCE_DIR}/docs/images/guide/*.png
    ${PROJECT_SOURCE_DIR}/docs/trace-json.md
    ${PROJECT_SOURCE_DIR}/docs/province-server.md)
# The pages link to each other and to ../images/guide/ as they do on disk: the same relative links work
# in a repository browser and under qrc:/guide/.
qt_add_resources(cd_ui "user_guide"
    PREFIX "/guide"
    BASE ${PROJECT_SOURCE_DIR}/docs
    FILES ${cd_guide_files})
