#!/usr/bin/env bash
# Runs every test of the suite (offscreen Qt, no display needed). Extra arguments go to ctest,
# e.g. -L unit, -LE slow, -R csv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SHELF_BUILD_DIR:-$root/build}
ctest --test-dir "$build" --output-on-failure --timeout 900 -j "${SHELF_JOBS:-$(nproc)}" "$@"
