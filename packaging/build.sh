#!/usr/bin/env bash
# Configures and builds ShelfLabel in ./build (or $SHELF_BUILD_DIR) with Ninja and ccache.
# Incremental: a second run rebuilds only what changed. Extra arguments go to CMake's configure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SHELF_BUILD_DIR:-$root/build}
jobs=${SHELF_JOBS:-$(nproc)}
if [ ! -f "$build/build.ninja" ] || [ $# -gt 0 ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$build" -j "$jobs"
