#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb on a clean Debian 12, as an office PC would get it:
#   1. builds the program and the package (cpack -G DEB) in build/,
#   2. installs the package with apt in a fresh Debian 12 (bookworm) chroot made by debootstrap from
#      Debian's own mirror, with no build tools, no Qt and no fonts but what the package pulls in,
#   3. runs there, as an ordinary user: `checkpoint-desk --version`, `demo create`, a report to PDF and
#      the GUI on the offscreen platform (it must stay up),
#   4. purges the package (apt-get purge) and checks that nothing of it is left and that the user's
#      database is still there: it lives in the user's data folder, never in the package's.
#
# Needs root (chroot, mount) and debootstrap (`apt-get install debootstrap`). The base system and the
# downloaded packages are cached in $CD_TEST_DEB_CACHE (default /var/cache/checkpoint-desk-test-deb), so
# a rerun takes a minute; every run starts from a fresh copy of the base, removed at the end.
#   CD_TEST_DEB_SKIP_BUILD=1   use the newest .deb already in build/
#   CD_TEST_DEB_KEEP=1         keep the chroot after the run (to look around)
#   DEBIAN_MIRROR=URL          another Debian mirror (default http://deb.debian.org/debian)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build}
cache=${CD_TEST_DEB_CACHE:-/var/cache/checkpoint-desk-test-deb}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# The build folder is shared with other builds on this machine: every build step takes the same lock.
build_lock=${CD_BUILD_LOCK:-/tmp/cd-build.lock}
user=officer
home=/home/$user

step() { printf '\n== %s ==\n' "$*"; }
fail() { printf 'test-deb: FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (chroot and mount): sudo $0"
command -v debootstrap >/dev/null || fail "needs debootstrap: apt-get install debootstrap"

if [ -z "${CD_TEST_DEB_SKIP_BUILD:-}" ]; then
    step "Building the program and the package in $build_dir"
    [ -f "$build_dir/CMakeCache.txt" ] || (cd "$source_dir" && flock "$build_lock" cmake --preset default)
    flock "$build_lock" nice cmake --build "$build_dir" -j2
    (cd "$build_dir" && flock "$build_lock" nice cpack -G DEB)
fi
deb=$(ls -t "$build_dir"/checkpoint-desk_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no checkpoint-desk_*.deb in $build_dir"
echo "package: $deb"

mkdir -p "$cache/apt-archives/partial"
if [ ! -d "$cache/bookworm-base" ]; then
    step "Making the Debian 12 base system (once; cached in $cache)"
    rm -rf "$cache/bookworm-base.tmp"
    debootstrap --variant=minbase bookworm "$cache/bookworm-base.tmp" "$mirror"
    mv "$cache/bookworm-base.tmp" "$cache/bookworm-base"
fi

root=$(mktemp -d "$cache/run.XXXXXX")
mounted=()
cleanup() {
    local status=$?
    # Unmount in reverse order before anything is removed: a bound folder must never be deleted through.
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if [ -n "${CD_TEST_DEB_KEEP:-}" ]; then
        echo "chroot kept in $root"
    elif ! findmnt -rn -o TARGET | grep -q "^$root/"; then
        rm -rf --one-file-system "$root"
    else
        echo "test-deb: $root still has mounts; not removed" >&2
    fi
    exit $status
}
trap cleanup EXIT INT TERM
mount_in() { # mount_in TARGET MOUNT-ARGUMENTS…
    local target=$root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

step "A fresh Debian 12 in $root"
cp -a "$cache/bookworm-base/." "$root/"
mount_in /proc -t proc proc
mount_in /dev/pts -t devpts devpts
mount_in /var/cache/apt/archives --bind "$cache/apt-archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
# Downloaded packages stay in the cache for the next run.
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/01keep-debs"
cp "$deb" "$root/tmp/checkpoint-desk.deb"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() {
    chroot --userspec="$user:$user" "$root" env -i PATH=/usr/bin:/bin HOME="$home" USER="$user" \
        LANG=C.UTF-8 "$@"
}

in_root useradd --create-home --shell /bin/bash "$user"
before=$(in_root dpkg-query -W -f '${Package}\n' | sort)

step "apt-get install ./checkpoint-desk.deb"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/checkpoint-desk.deb
in_root dpkg -L checkpoint-desk >"$root/tmp/package-files"
grep -qx /usr/bin/checkpoint-desk "$root/tmp/package-files" || fail "/usr/bin/checkpoint-desk not installed"

step "checkpoint-desk --version"
as_user checkpoint-desk --version | tee "$root/tmp/version"
grep -q '^checkpoint-desk ' "$root/tmp/version" || fail "--version printed no version"
grep -q 'Qt ' "$root/tmp/version" || fail "--version printed no Qt version"

step "checkpoint-desk demo create"
as_user checkpoint-desk demo create
database=$home/.local/share/CheckpointDesk/checkpoint-desk/checkpoint-desk.sqlite
[ -s "$root$database" ] || fail "demo create made no database at $database"
as_user checkpoint-desk db check

step "A report to PDF"
as_user checkpoint-desk report --as-of 2021-08-24 --format pdf --out "$home/Báo cáo Bù Đăng.pdf"
head -c 5 "$root$home/Báo cáo Bù Đăng.pdf" | grep -q '%PDF-' || fail "the report is not a PDF"
ls -l "$root$home/Báo cáo Bù Đăng.pdf"

step "The GUI on the offscreen platform (must stay up 10 s)"
set +e
as_user env QT_QPA_PLATFORM=offscreen timeout 10 checkpoint-desk --operator "Kiểm thử" \
    >"$root/tmp/gui.log" 2>&1
gui_status=$?
set -e
cat "$root/tmp/gui.log"
[ "$gui_status" -eq 124 ] || fail "the GUI exited with $gui_status before 10 s"
if grep -qiE 'could not (load|find) the qt platform plugin|cannot load library|failed to load' \
    "$root/tmp/gui.log"; then
    fail "the GUI could not load a part of Qt"
fi
echo "the GUI ran for 10 s and was stopped by the timeout"

step "apt-get purge checkpoint-desk"
in_root apt-get purge -y -qq checkpoint-desk
in_root apt-get autoremove --purge -y -qq
if in_root dpkg-query -W -f '${Status}' checkpoint-desk 2>/dev/null | grep -q installed; then
    fail "checkpoint-desk is still installed"
fi
after=$(in_root dpkg-query -W -f '${Package}\n' | sort)
[ "$before" = "$after" ] || fail "packages left after the purge: $(comm -13 <(echo "$before") <(echo "$after") | tr '\n' ' ')"
left=0
while read -r path; do
    if [ -f "$root$path" ] || [ -L "$root$path" ]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$root/tmp/package-files"
[ "$left" -eq 0 ] || fail "the purge left files of the package"
echo "the package and every package it pulled in are gone"

step "The user's database after the purge"
[ -s "$root$database" ] || fail "the purge removed the user's database"
head -c 16 "$root$database" | grep -q 'SQLite format 3' || fail "$database is not an SQLite database"
ls -l "$root$database"
echo "test-deb: PASS (installed on a clean Debian 12, demo, report and GUI ran, purged, database kept)"
