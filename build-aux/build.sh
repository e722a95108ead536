#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build.sh: configure (or reconfigure) and build Maillage in $MAILLAGE_BUILD_DIR
# (default: _build at the top of the source tree), with warnings as errors as
# in CI. Used by run-tests.sh and run-demo.sh; expects setup.sh to have run.
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${MAILLAGE_BUILD_DIR:-$srcdir/_build}

if [ -f "$builddir/meson-private/coredata.dat" ]; then
  # An existing build dir is kept (fast rebuilds) but brought to our options.
  meson setup --reconfigure "$builddir" "$srcdir" --werror
else
  meson setup "$builddir" "$srcdir" --werror
fi
ninja -C "$builddir"
