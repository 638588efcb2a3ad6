#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (GUI tests offscreen,
# under a virtual X server so that tests needing a real window have one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh --tests
bash tools/build.sh
cd build
xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
