#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a throw-away PostgreSQL server: initdb into a temporary folder, pg_ctl on 127.0.0.1
# at a free port, and CHECKPOINT_DESK_TEST_SERVER set to its URI, so that the tests run against it as well
# as against SQLite. The server and its folder are removed when the command ends, whatever its outcome.
#
#   tests/pg/with-server.sh ctest --preset default
#
# With CHECKPOINT_DESK_TEST_SERVER already set (a server of one's own), the command runs against that one.
set -euo pipefail

if [ -n "${CHECKPOINT_DESK_TEST_SERVER:-}" ]; then
    exec "$@"
fi

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
    echo "with-server: PostgreSQL is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi

# PostgreSQL refuses to run as root: the server then runs as the postgres user the package created.
as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/checkpoint-desk-pg.XXXXXX")
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop_server() {
    "${as_server_user[@]}" "$bin_dir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_server EXIT

"${as_server_user[@]}" "$bin_dir/initdb" -D "$work/data" -U checkpoint_desk_admin --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
# Throw-away data: no fsync. Enough connections for the tests of two CTest jobs and their CLI children.
"${as_server_user[@]}" "$bin_dir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$work/server.log" >&2; exit 1; }
"${as_server_user[@]}" "$bin_dir/createdb" -h 127.0.0.1 -p "$port" -U checkpoint_desk_admin checkpoint_desk_test

export CHECKPOINT_DESK_TEST_SERVER="postgresql://checkpoint_desk_admin@127.0.0.1:$port/checkpoint_desk_test"
echo "with-server: PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') at $CHECKPOINT_DESK_TEST_SERVER"
set +e
"$@"
status=$?
set -e
exit $status
