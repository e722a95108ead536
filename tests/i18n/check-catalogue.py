#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the French catalogue is complete.

1. Every source file with translatable strings is listed in po/POTFILES.in
   (a file left out would reach the screen in English without anyone noticing).
2. The strings extracted from those files now, not from a stale .pot, are all
   translated in po/fr.po: none missing, none untranslated, none fuzzy.
3. msgfmt --check accepts fr.po (format directives match).

Prints TAP.
"""
import os
import re
import subprocess
import sys
import tempfile

srcdir = sys.argv[1]
tests = []


def check(name, ok, detail=""):
    tests.append((name, ok, detail))


def potfiles():
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


TRANSLATABLE = [
    (re.compile(r"\.(c|h)$"), re.compile(r"\b(F[CN]?_|N?C?_|g_dngettext|ngettext|g_dpgettext2)\s*\(")),
    (re.compile(r"\.py$"), re.compile(r"\b_\s*\(")),
    (re.compile(r"\.ui$"), re.compile(r'translatable="yes"')),
    (re.compile(r"\.(desktop|metainfo\.xml|mime\.xml|plugin)\.in$"), re.compile(r".")),
    (re.compile(r"\.gschema\.xml$"), re.compile(r"<summary|<description")),
]


def wanted_files():
    found = []
    for top in ("src", "plugins", "data"):
        for dirpath, _dirs, files in os.walk(os.path.join(srcdir, top)):
            for name in files:
                path = os.path.relpath(os.path.join(dirpath, name), srcdir)
                for name_re, content_re in TRANSLATABLE:
                    if name_re.search(name):
                        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
                            if content_re.search(f.read()):
                                found.append(path)
                        break
    return sorted(found)


listed = potfiles()
missing_files = [p for p in wanted_files() if p not in listed]
check("every file with translatable strings is in POTFILES.in",
      not missing_files, "not listed: " + ", ".join(missing_files))
stale = [p for p in listed if not os.path.exists(os.path.join(srcdir, p))]
check("POTFILES.in lists only existing files", not stale, "missing: " + ", ".join(stale))

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "maillage.pot")
    existing = [p for p in listed if os.path.exists(os.path.join(srcdir, p))]
    cmd = ["xgettext", "--from-code=UTF-8", "--add-comments=Translators",
           "--keyword=_", "--keyword=N_", "--keyword=F_", "--keyword=FC_:1c,2", "--keyword=FN_:1,2", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
           "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
           "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
           "--flag=NC_:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
           "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
           "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
           "--flag=g_markup_printf_escaped:1:c-format",
           "-o", pot, "--directory", srcdir] + existing
    r = subprocess.run(cmd, capture_output=True, text=True)
    check("xgettext extracts the strings", r.returncode == 0, r.stderr.strip())
    if r.returncode == 0:
        if os.path.exists(pot):
            r = subprocess.run(["msgcmp", os.path.join(srcdir, "po", "fr.po"), pot],
                               capture_output=True, text=True)
            check("every extracted string is translated in fr.po (msgcmp)",
                  r.returncode == 0, r.stderr.strip())
        else:
            check("every extracted string is translated in fr.po (msgcmp)", True,
                  "no string to translate")

r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                    os.path.join(srcdir, "po", "fr.po")],
                   capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
stats = r.stderr.strip()
check("msgfmt --check accepts fr.po", r.returncode == 0, stats)
check("fr.po has no untranslated and no fuzzy message",
      r.returncode == 0 and "untranslated" not in stats and "fuzzy" not in stats, stats)

print("1..%d" % len(tests))
for i, (name, ok, detail) in enumerate(tests, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in detail.splitlines():
            print("# " + line)
sys.exit(0 if all(ok for _n, ok, _d in tests) else 1)
