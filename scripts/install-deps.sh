#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian 12 package t-SNE Explorer needs to build, test and run.
# Run as root (or through sudo). Safe to run again: apt skips what is already there.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config file
  qt6-base-dev qt6-base-dev-tools qt6-datavisualization-dev qt6-declarative-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite qt6-translations-l10n libgl-dev
  libopencv-dev opencv-data opencv-doc libeigen3-dev libtorch-dev libopenblas0-pthread
  libhnswlib-dev libfftw3-dev zlib1g-dev
  libgtest-dev googletest lintian help2man reuse appstream shared-mime-info libglib2.0-bin
  clang libclang-rt-dev libomp-dev
  xvfb xauth libgl1-mesa-dri fonts-noto-cjk desktop-file-utils poppler-utils librsvg2-bin
  dataset-fashion-mnist
  slurm-wlm munge
  debootstrap apt-utils gpg
)
# slurm-wlm and munge: the cluster tests start their own single-node Slurm cluster
# (scripts/slurm-test-cluster.sh; nothing in /etc is configured or started).
# debootstrap, apt-utils (apt-ftparchive) and gpg: scripts/make-apt-repo.sh and the APT test
# (tests/packaging/apt-repo-test.sh), which installs the package in a clean Debian 12 root.
# opencv-doc ships the photos the face-mode tests use; poppler-utils and librsvg2-bin check
# exported PDF and SVG figures. libopenblas0-pthread becomes the system BLAS (update-alternatives
# picks it automatically), which makes libtorch about 1.5x faster than the reference BLAS.
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
