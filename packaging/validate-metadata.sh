#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metainfo, as software centres read them: desktop-file-validate
# (desktop-file-utils) and appstreamcli validate (appstream), offline. Exit 77 (a skip for CTest) when
# a tool is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "skipped: $tool is not installed (apt-get install desktop-file-utils appstream)"
        exit 77
    fi
done
desktop-file-validate "$here/checkpoint-desk.desktop"
appstreamcli validate --no-net --explain "$here/vn.checkpointdesk.CheckpointDesk.metainfo.xml"
