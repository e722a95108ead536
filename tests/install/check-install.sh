#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-install.sh BUILDDIR SRCDIR: installs the build into a staging folder,
# builds a module plugin against the installed headers and pkg-config file
# alone, with warnings as errors, and loads it with the installed typelib
# and library (check-installed.py). What a consultant does, in one test.
set -euo pipefail

builddir=$1
srcdir=$2
here="$srcdir/tests/install"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "# installing into $tmp/root"
meson install -C "$builddir" --destdir "$tmp/root" --no-rebuild --quiet >"$tmp/install.log" 2>&1 ||
  { sed 's/^/# /' "$tmp/install.log"; echo "Bail out! meson install failed"; exit 1; }

pc=$(find "$tmp/root" -name maillage-1.pc | head -n 1)
[ -n "$pc" ] || { echo "Bail out! no maillage-1.pc installed"; exit 1; }
prefix=$(sed -n 's/^prefix=//p' "$pc")
staged="$tmp/root$prefix"
libdir=$(dirname "$(dirname "$pc")")

echo "1..2"
mkdir -p "$tmp/plugins/hello"
cp "$here/hello.plugin" "$tmp/plugins/hello/"
# The staged maillage-1.pc, pointed at the staging folder (not with
# --define-variable, which would move gtk4's and libpeas' prefix too).
mkdir -p "$tmp/pkgconfig"
sed "s|^prefix=.*|prefix=$staged|" "$pc" >"$tmp/pkgconfig/maillage-1.pc"
flags=$(PKG_CONFIG_PATH="$tmp/pkgconfig" pkg-config --cflags --libs maillage-1 libpeas-1.0)
# shellcheck disable=SC2086
if cc -shared -fPIC -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes -Werror \
     -o "$tmp/plugins/hello/libhello.so" "$here/hello-module.c" $flags 2>"$tmp/cc.log"; then
  echo "ok 1 - a plugin builds against the installed headers and maillage-1.pc"
else
  sed 's/^/# /' "$tmp/cc.log"
  echo "not ok 1 - a plugin builds against the installed headers and maillage-1.pc"
  exit 1
fi

# Only the staged library and typelib: nothing from the build tree.
if env -u GI_TYPELIB_PATH LD_LIBRARY_PATH="$libdir" \
     GI_TYPELIB_PATH="$libdir/girepository-1.0" \
     /usr/bin/python3 "$here/check-installed.py" "$staged" "$tmp/plugins" >"$tmp/py.log" 2>&1; then
  sed 's/^/# /' "$tmp/py.log"
  echo "ok 2 - the installed typelib, library and demo load the plugin and its chapter"
else
  sed 's/^/# /' "$tmp/py.log"
  echo "not ok 2 - the installed typelib, library and demo load the plugin and its chapter"
  exit 1
fi
