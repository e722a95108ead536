#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-demo.sh: install what is missing, build, and open Maillage on the demo
# project, from the build tree (nothing is installed into the system).
#
# Run through sudo from a desktop session, the build and the program run as
# the user who called sudo, on that user's display: only apt needs root. With
# no display at all (a server), the program is started under Xvfb just to
# show it reaches its first window, then quits.
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${MAILLAGE_BUILD_DIR:-$srcdir/_build}

bash "$srcdir/build-aux/setup.sh"

# Who builds and runs: the sudo caller if there is one, else ourselves.
run_as=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  uid=$(id -u "$SUDO_USER")
  # sudo keeps DISPLAY and XAUTHORITY but drops the session variables.
  session=(HOME="$(getent passwd "$SUDO_USER" | cut -d: -f6)" USER="$SUDO_USER"
           LOGNAME="$SUDO_USER" XDG_RUNTIME_DIR="/run/user/$uid")
  if [ -z "${WAYLAND_DISPLAY:-}" ] && [ -S "/run/user/$uid/wayland-0" ]; then
    session+=(WAYLAND_DISPLAY=wayland-0)
  fi
  if [ -S "/run/user/$uid/bus" ]; then
    session+=(DBUS_SESSION_BUS_ADDRESS="unix:path=/run/user/$uid/bus")
  fi
  run_as=(runuser -u "$SUDO_USER" -- env "${session[@]}")
  echo "run-demo.sh: building and running as $SUDO_USER"
fi

"${run_as[@]}" env MAILLAGE_BUILD_DIR="$builddir" bash "$srcdir/build-aux/build.sh"

# French unless the user chose a language: C and POSIX are no choice.
if [ -z "${LC_ALL:-}" ]; then
  case "${LANG:-}" in
    ''|C|POSIX|C.UTF-8|C.utf8) export LANG=fr_FR.UTF-8 ;;
  esac
fi

libdir=$builddir/src/libmaillage
env=(
  MAILLAGE_UNINSTALLED=1
  GSETTINGS_SCHEMA_DIR="$builddir/data"
  GI_TYPELIB_PATH="$libdir${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}"
  LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # data/icons/hicolor: the application icon, before it is installed
  XDG_DATA_DIRS="$srcdir/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  LANG="${LANG:-}"
)
program=("$builddir/src/maillage" --demo)

# dconf saves settings through the session bus; without one it only warns.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [[ " ${run_as[*]:-} " != *" DBUS_SESSION_BUS_ADDRESS="* ]] &&
   [ -z "${GSETTINGS_BACKEND:-}" ]; then
  echo "run-demo.sh: no session bus: settings are kept in memory for this run."
  env+=(GSETTINGS_BACKEND=memory)
fi

has_display=false
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] ||
   [[ " ${run_as[*]:-} " == *" WAYLAND_DISPLAY="* ]]; then
  has_display=true
fi

if $has_display; then
  exec "${run_as[@]}" env "${env[@]}" "${program[@]}"
fi

echo "run-demo.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset)."
echo "run-demo.sh: starting Maillage under Xvfb to check it reaches its first frame."
exec "${run_as[@]}" env "${env[@]}" GTK_A11Y=none GSK_RENDERER=cairo \
  MAILLAGE_EXIT_AFTER_FIRST_FRAME=1 \
  xvfb-run -a -s '-screen 0 1280x800x24' "${program[@]}"
