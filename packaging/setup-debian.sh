#!/usr/bin/env bash
# Installs every Debian 12 package that ShelfLabel needs to build, test and run.
# Idempotent: packages already present are left alone. Nothing is fetched from outside Debian.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6: Widgets, Sql (SQLite), Concurrent, Test, Charts, LinguistTools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite qt6-translations-l10n qt6-image-formats-plugins libgl-dev
  # imaging and inference
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-dev
  libtorch-dev
  # the project store talks to the SQLite that Qt's driver uses
  libsqlite3-dev
  # logging
  libspdlog-dev libfmt-dev
  # training and model export (Debian's torch only)
  python3 python3-torch python3-numpy python3-pil
  # headless GUI runs and screenshots, fonts for the Chinese UI
  xvfb xauth x11-apps fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
