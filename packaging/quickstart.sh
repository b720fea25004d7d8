#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/quickstart.sh demo   installs what is missing, builds, and starts the app on a demo database
#   packaging/quickstart.sh test   installs what is missing, builds, and runs every test, on SQLite and on
#                                  a throw-away PostgreSQL server it starts and stops
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-}
case "$what" in demo|test) ;; *) echo "usage: $0 demo|test" >&2; exit 2;; esac

packaging/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)"

if [ "$what" = test ]; then
    tests/pg/with-server.sh ctest --preset default -j "$(nproc)"
else
    demo=build/demo.sqlite
    build/app/checkpoint-desk --db "$demo" demo create --replace
    exec build/app/checkpoint-desk --db "$demo"
fi
