#!/usr/bin/env bash
# Installs what is missing, builds, and starts Linli on its embedded SQLite database.
# Extra arguments go to linli (for example --lang zh_CN or --db /path/to/file.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Linli on a virtual X display (xvfb)." >&2
    bash tools/install-deps.sh --tests
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/linli "$@"
fi
exec build/app/linli "$@"
