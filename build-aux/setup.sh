#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# setup.sh [--tests] [--bench]: install what Maillage needs on Debian 12.
#
# Installs only the apt packages that are missing (apt-get update runs only
# then), and generates the fr_FR.UTF-8 locale if it is not there. Safe to run
# again: on a machine that has everything it changes nothing. Needs root, or
# sudo, only when something is missing.
#
#   (default)  build, run and validate: compiler, meson, GTK 4, libadwaita,
#              json-glib, libpeas, introspection, python3-gi, the validators
#              the build registers as tests, Xvfb (the demo falls back to it
#              when there is no display)
#   --tests    also what only the test suite uses (JSON Schema validator,
#              LibreOffice Writer to open the ODT files we write, poppler to
#              read and render the PDF files)
#   --bench    also what the benchmarks compare against (pandoc, LibreOffice)
set -euo pipefail

usage ()
{
  sed -n '4,18s/^# \{0,1\}//p' "$0"
}

with_tests=false
with_bench=false
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=true ;;
    --bench) with_bench=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

packages=(
  # build
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libpeas-dev
  # the OpenDocument exporter writes its zip package with libgsf
  libgsf-1-dev
  gobject-introspection libgirepository1.0-dev
  # Python plugins: the python3 loader ships in libpeas, gi does not
  python3-gi gir1.2-gtk-4.0 gir1.2-adw-1 gir1.2-json-1.0 gir1.2-peas-1.0
  # run: the SVG icon loader, icons, GNOME's font, the French locale
  librsvg2-common adwaita-icon-theme fonts-cantarell locales
  # validators registered as meson tests of data/ (meson needs them to configure)
  libglib2.0-bin desktop-file-utils appstream libxml2-utils shared-mime-info
  # headless display
  xvfb xauth
)
if $with_tests; then
  packages+=(python3-jsonschema libreoffice-writer-nogui poppler-utils fonts-liberation2)
fi
if $with_bench; then
  packages+=(pandoc libreoffice-writer-nogui poppler-utils)
fi

# Run a command as root: directly if we are root, else through sudo.
as_root ()
{
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "setup.sh: root is needed to run: $*" >&2
    exit 1
  fi
}

missing=()
for package in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup.sh: all ${#packages[@]} packages already installed"
fi

# Maillage speaks French by default and its tests check it does: the
# locale must exist. `locale -a` spells it fr_FR.utf8.
if ! locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8'; then
  echo "setup.sh: generating the fr_FR.UTF-8 locale"
  if grep -q '^# *fr_FR.UTF-8 UTF-8' /etc/locale.gen; then
    as_root sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen; then
    echo 'fr_FR.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  fi
  as_root locale-gen
else
  echo "setup.sh: locale fr_FR.UTF-8 present"
fi
