#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (GUI tests offscreen,
# under a virtual X server so that tests needing a real window have one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh --tests
bash tools/build.sh
cd build
xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --output-on-failure --parallel "$(nproc)" --timeout 900 --label-exclude postgresql "$@"

# Again on a private PostgreSQL server, started for this run and stopped afterwards.
server_folder=$(mktemp -d)
chmod 755 "$server_folder"
trap 'bash ../tools/private-postgres.sh stop "$server_folder/server"; rm -rf "$server_folder"' EXIT
LINLI_TEST_POSTGRESQL=$(bash ../tools/private-postgres.sh start "$server_folder/server")
export LINLI_TEST_POSTGRESQL
echo "PostgreSQL for the tests: $LINLI_TEST_POSTGRESQL"
xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --output-on-failure --parallel "$(nproc)" --timeout 900 --label-regex postgresql "$@"
