#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-mime.sh FILE: validate a shared-mime-info package file.
#
# shared-mime-info installs no schema file, but every copy of its own
# freedesktop.org.xml carries the DTD inline: validate against that when it is
# there, else only check the file is well-formed. Then build a throwaway MIME
# database from the file alone, which proves update-mime-database reads it and
# maps *.maillage to our type.
set -eu

file=$1
system_db=/usr/share/mime/packages/freedesktop.org.xml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -r "$system_db" ]; then
  sed -n '/^<!DOCTYPE mime-info \[/,/^\]>/p' "$system_db" | sed '1d;$d' >"$tmp/mime-info.dtd"
  xmllint --noout --dtdvalid "$tmp/mime-info.dtd" "$file"
else
  echo "no $system_db: checking well-formedness only"
  xmllint --noout "$file"
fi

mkdir "$tmp/mime" "$tmp/mime/packages"
cp "$file" "$tmp/mime/packages/"
XDG_DATA_HOME="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
if [ -s "$tmp/log" ]; then
  cat "$tmp/log"
  exit 1
fi
grep -qx '50:application/x-maillage-project:\*\.maillage' "$tmp/mime/globs2"
grep -qx 'application/x-maillage-project application/json' "$tmp/mime/subclasses"
grep -q '<comment xml:lang="fr">' "$file" || { echo "$file: no French comment"; exit 1; }
echo "$file: valid"
