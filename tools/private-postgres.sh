#!/usr/bin/env bash
# A private PostgreSQL server for the tests, in a folder of its own, listening on 127.0.0.1 only
# on a free port, with database "linli" and a role "linli" that needs no password there (a role
# "linli_with_password", when a test creates it, must give one).
#   tools/private-postgres.sh start DIR   starts it and prints its address (postgresql://…)
#   tools/private-postgres.sh stop DIR    stops it (the folder can then be removed)
# Fails loudly when PostgreSQL is not installed (tools/install-deps.sh --tests installs it).
set -euo pipefail

action=${1:?start or stop}
folder=${2:?the folder of the server}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "PostgreSQL's server is not installed (Debian package postgresql)." >&2
    exit 1
fi

# PostgreSQL refuses to run as root: as root, the server runs as the postgres account.
as_server=()
if [[ $(id -u) -eq 0 ]]; then
    as_server=(runuser -u postgres --)
fi

case "$action" in
start)
    mkdir -p "$folder"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$folder"
        if ! runuser -u postgres -- test -x "$folder"; then
            echo "The postgres account cannot reach $folder: make the folders above it readable (chmod 755)." >&2
            exit 1
        fi
    fi
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    "${as_server[@]}" "$bin/initdb" --pgdata="$folder/data" --username=linli --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # One role must give a password, as on a real server (the tests of the password prompt).
    "${as_server[@]}" sed -i '1i host all linli_with_password 127.0.0.1/32 scram-sha-256' "$folder/data/pg_hba.conf"
    # A throwaway server: durability is not what the tests look at, speed is.
    "${as_server[@]}" "$bin/pg_ctl" --pgdata="$folder/data" --log="$folder/server.log" --wait \
        --options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$folder' \
                   -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    "$bin/psql" --quiet --host=127.0.0.1 --port="$port" --username=linli --dbname=postgres \
        --command="CREATE DATABASE linli" >/dev/null
    echo "postgresql://linli@127.0.0.1:$port/linli"
    ;;
stop)
    if [[ -f "$folder/data/postmaster.pid" ]]; then
        "${as_server[@]}" "$bin/pg_ctl" --pgdata="$folder/data" --mode=fast --wait stop >/dev/null
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
