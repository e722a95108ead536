#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-tests.sh [MESON TEST ARGS...]: install what is missing, build with
# warnings as errors, and run the whole test suite headless under Xvfb.
# Extra arguments go to `meson test` (e.g. --suite unit, a test name).
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${MAILLAGE_BUILD_DIR:-$srcdir/_build}

bash "$srcdir/build-aux/setup.sh" --tests
MAILLAGE_BUILD_DIR=$builddir bash "$srcdir/build-aux/build.sh"

# No accessibility bus (GTK would warn, and tests make warnings fatal), settings
# in memory, and the cairo renderer, faster and lighter than GL on llvmpipe.
export GTK_A11Y=none GSETTINGS_BACKEND=memory GSK_RENDERER=cairo NO_AT_BRIDGE=1
status=0
xvfb-run -a -s '-screen 0 1280x800x24' \
  meson test -C "$builddir" --print-errorlogs "$@" || status=$?

# One plain closing line, the same whatever the runner: "N passed, N failed".
/usr/bin/python3 - "$builddir/meson-logs/testlog.json" <<'PY' || true
import json, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
try:
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                counts["passed"] += 1
            elif result == "SKIP":
                counts["skipped"] += 1
            else:
                counts["failed"] += 1
except OSError:
    sys.exit(0)
print("%(passed)d passed, %(failed)d failed, %(skipped)d skipped" % counts)
PY
exit "$status"
