#!/usr/bin/env bash
# Configures (once) and builds Linli in build/ with warnings treated as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLINLI_WERROR=ON
fi
cmake --build build --parallel "$(nproc)"
