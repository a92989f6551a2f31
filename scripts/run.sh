#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Quick start 1 of 2: installs every package, builds, and opens the workbench with the bundled
# sample. Extra arguments go to tsne-explorer (e.g. --lang ko, --dataset fashion-mnist).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/install-deps.sh"
"$ROOT/scripts/build.sh"
exec "${TSE_BUILD_DIR:-$ROOT/build}/app/gui/tsne-explorer" --dataset sample "$@"
