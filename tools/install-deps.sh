#!/usr/bin/env bash
# Installs the Debian bookworm packages Linli needs to build, run and test, and nothing when
# they are all there already (so it is fast the second time).
#   tools/install-deps.sh [--tests]
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config dpkg-dev file
    # Qt 6.4 as Debian ships it; the SQL drivers are only "recommended" by Qt, so name them
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libgl-dev
    # stopping a running statement on the PostgreSQL server (libpq's cancel request)
    libpq-dev
    # password hashes (Argon2id)
    libsodium-dev
    # the benchmark program (tests/benchmarks)
    libbenchmark-dev
    # Chinese on screen and in PDFs
    fonts-noto-cjk
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(
        # a real window for GUI checks and screenshots
        xvfb xauth imagemagick
        # inspecting what the program writes (a real iCalendar parser for the visit calendars)
        sqlite3 poppler-utils python3-icalendar
        # a terminal for the password prompt test (`script`)
        bsdutils
        # the private PostgreSQL server the tests run against a second time
        postgresql postgresql-contrib
        # the layout check of the code (.clang-format)
        clang-format
    )
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
