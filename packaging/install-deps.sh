#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Checkpoint Desk builds, runs and tests with, when they are missing.
# Used by the README's quick start and by .ci/run. Safe to run again: it installs only what is missing.
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libpq-dev libgl-dev
    # Qt Charts needs Qt OpenGL's CMake files, which qt6-base-dev only recommends.
    libqt6opengl6-dev libxkbcommon-dev
    libqrencode-dev libzxing-dev libxlsxwriter-dev libminizip-dev zlib1g-dev libsqlite3-dev
    catch2 fonts-liberation2
)
# Independent readers the tests use to check what we write: poppler (PDF), zbar (QR), openpyxl (XLSX),
# sqlite3 (the benchmark's baseline); faketime runs the suite with the clock moved (.ci/run); postgresql
# is the throw-away server the tests also run against (tests/pg/with-server.sh), and psql its baseline;
# desktop-file-utils and appstream validate the desktop file and the metainfo.
check_packages=(poppler-utils zbar-tools python3-openpyxl sqlite3 faketime postgresql postgresql-client
    desktop-file-utils appstream)

missing=()
for package in "${build_packages[@]}" "${check_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: every package is installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
