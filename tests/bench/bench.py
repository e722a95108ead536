#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark Maillage against its targets.

    bench.py --build-dir BUILD [--runs 10] [--json FILE] [--strict]

1. Generates a large project (300 communes, 1,000 actions, 20,000 indicator
   values, about 5 MB) with gen-large-project.py.
2. Runs bench-project on it: median load and save times of libmaillage;
   and bench-odt: the ODT exporter on a document made of the project's
   data, beside pandoc writing an ODT from the same document in Markdown.
3. Starts its own Xvfb and, with GSK_RENDERER=cairo:
   - opens the real program on the large project and reads its peak RSS;
   - starts the program on the demo project ~10 times and times each run from
     the spawn to the line "maillage: first frame" it prints at its first
     frame (MAILLAGE_EXIT_AFTER_FIRST_FRAME=1 makes it print that and quit);
   - runs bench-plan: the « Plan d'actions » page opened on the large
     project, and its totals after an edit.
4. Prints each figure beside its target.

Everything runs from the build tree, settings in memory, XDG folders in a
temporary directory. The exit status is 1 if a step failed, and with
--strict also if a figure misses its target.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(os.path.dirname(HERE))
FIRST_FRAME_LINE = "maillage: first frame"
TIMEOUT = 60

# name: (target, unit, what)
TARGETS = {
    "load": (150.0, "ms", "load the large project"),
    "save": (100.0, "ms", "save the large project"),
    "first-frame": (300.0, "ms", "start to first frame, demo project"),
    "peak-rss": (150.0, "MiB", "peak RSS, large project open"),
    "odt-write": (500.0, "ms", "write the ODT of the large project"),
    "plan-open": (200.0, "ms", "plan page, large project, to 1st frame"),
    "plan-totals": (10.0, "ms", "plan totals after an edit"),
}


def log(message):
    print(message, flush=True)


def build_env(build_dir, tmp, display):
    env = dict(os.environ)
    libdir = os.path.join(build_dir, "src", "libmaillage")
    for var in ("WAYLAND_DISPLAY", "MAILLAGE_EXIT_AFTER_FIRST_FRAME"):
        env.pop(var, None)
    env.update({
        "MAILLAGE_UNINSTALLED": "1",
        "GSETTINGS_SCHEMA_DIR": os.path.join(build_dir, "data"),
        "GSETTINGS_BACKEND": "memory",
        "GI_TYPELIB_PATH": os.pathsep.join(filter(None, [libdir, env.get("GI_TYPELIB_PATH")])),
        "LD_LIBRARY_PATH": os.pathsep.join(filter(None, [libdir, env.get("LD_LIBRARY_PATH")])),
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "GSK_RENDERER": "cairo",
        "DISPLAY": display,
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "XDG_STATE_HOME": os.path.join(tmp, "state"),
        "LANG": "fr_FR.UTF-8",
    })
    env.pop("LC_ALL", None)
    return env


def start_xvfb():
    """An X server of our own: a display number it picks, no TCP."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None, None
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-nolisten", "tcp",
                               "-screen", "0", "1280x800x24"],
                              pass_fds=[write_fd], stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        server.kill()
        return None, None
    return server, ":" + number


def run_program(argv, env):
    """Runs the program until it quits after its first frame.

    Returns (ms from spawn to the first-frame line, peak RSS in MiB), or raises
    RuntimeError with what went wrong."""
    env = dict(env, MAILLAGE_EXIT_AFTER_FIRST_FRAME="1")
    # stderr goes to a file: a pipe nobody reads could fill and block it.
    errors_file = tempfile.TemporaryFile(mode="w+")
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                            stderr=errors_file, text=True)
    first_frame = None
    # A program that never reaches its first frame is killed, not waited for.
    signal.signal(signal.SIGALRM, lambda *_: proc.kill())
    signal.alarm(TIMEOUT)
    try:
        with proc.stdout:
            for line in proc.stdout:
                if line.strip() == FIRST_FRAME_LINE and first_frame is None:
                    first_frame = (time.monotonic() - start) * 1000
        # wait4 reaps this child alone and gives its own resource usage.
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        signal.alarm(0)
    errors_file.seek(0)
    errors = errors_file.read()
    errors_file.close()
    if first_frame is None or proc.returncode != 0:
        raise RuntimeError("%s exited with %s, %s first frame line%s"
                           % (" ".join(argv), proc.returncode,
                              "no" if first_frame is None else "after the",
                              (":\n" + errors.strip()) if errors.strip() else ""))
    return first_frame, usage.ru_maxrss / 1024.0


def bench_library(build_dir, project, runs):
    exe = os.path.join(build_dir, "tests", "bench", "bench-project")
    out = subprocess.run([exe, "--runs", str(runs), project], capture_output=True, text=True)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    figures = {}
    for line in out.stdout.splitlines():
        m = re.match(r"^(\S+)\s+median\s+([0-9.]+) ms", line)
        if m:
            figures[m.group(1)] = float(m.group(2))
    if out.returncode != 0:
        log("bench-project failed (exit %d)" % out.returncode)
    return figures, out.returncode == 0


def bench_odt(build_dir, project, runs):
    """The ODT exporter on the large project's document, beside pandoc
    (plugins/export-odt/tests/bench-odt.c says how the document is made)."""
    exe = os.path.join(build_dir, "plugins", "export-odt", "tests", "bench-odt")
    if not os.path.exists(exe):
        log("bench-odt is not built: the ODT exporter is not measured")
        return {}, True
    out = subprocess.run([exe, "--runs", str(runs), project], capture_output=True, text=True)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    figures = {}
    for line in out.stdout.splitlines():
        m = re.match(r"^odt-write\s+median\s+([0-9.]+) ms", line)
        if m:
            figures["odt-write"] = float(m.group(1))
        m = re.match(r"^ratio\s+([0-9.]+)\S* faster than pandoc\s+target", line)
        if m:
            figures["odt-pandoc-ratio"] = float(m.group(1))
    if out.returncode != 0:
        log("bench-odt failed (exit %d)" % out.returncode)
    return figures, out.returncode == 0


def bench_plan(build_dir, project, runs, env):
    """The « Plan d'actions » page on the large project, under our Xvfb
    (tests/bench/bench-plan.c says what each figure covers)."""
    exe = os.path.join(build_dir, "tests", "bench", "bench-plan")
    out = subprocess.run([exe, "--runs", str(runs), project], capture_output=True, text=True,
                         env=env, timeout=TIMEOUT * 5)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    figures = {}
    for line in out.stdout.splitlines():
        m = re.match(r"^(plan-\S+)\s+median\s+([0-9.]+) ms", line)
        if m:
            figures[m.group(1)] = float(m.group(2))
    if out.returncode != 0:
        log("bench-plan failed (exit %d)" % out.returncode)
    return figures, out.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--strict", action="store_true", help="fail when a target is missed")
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build_dir)
    program = os.path.join(build_dir, "src", "maillage")
    results = {}
    ok = True

    with tempfile.TemporaryDirectory(prefix="maillage-bench-") as tmp:
        large = os.path.join(tmp, "large.maillage")
        subprocess.run([sys.executable, os.path.join(HERE, "gen-large-project.py"), large],
                       check=True)

        log("\n## libmaillage: load and save")
        figures, passed = bench_library(build_dir, large, args.runs)
        ok = ok and passed
        for name in ("load", "save", "parse", "to-data"):
            if name in figures:
                results[name] = figures[name]

        log("\n## the ODT exporter, and pandoc")
        figures, passed = bench_odt(build_dir, large, args.runs)
        ok = ok and passed
        results.update(figures)

        server, display = start_xvfb()
        if server is None:
            log("\nXvfb is missing: the program itself is not measured")
            ok = False
        else:
            try:
                env = build_env(build_dir, tmp, display)
                log("\n## the program under Xvfb %s (GSK_RENDERER=cairo)" % display)
                runs = [run_program([program, large], env) for _ in range(3)]
                results["peak-rss"] = statistics.median(mb for _, mb in runs)
                results["first-frame-large"] = statistics.median(t for t, _ in runs)
                log("peak RSS, large project: %s MiB"
                    % ", ".join("%.1f" % mb for _, mb in runs))
                # Under Xvfb, GDK's X11 backend probes GL when it opens the
                # display, even with the cairo renderer, and so maps Mesa's
                # llvmpipe (libLLVM alone is ~45 MiB). Without the probe:
                runs = [run_program([program, large], dict(env, GDK_DEBUG="gl-disable"))
                        for _ in range(3)]
                results["peak-rss-no-gl"] = statistics.median(mb for _, mb in runs)
                log("peak RSS, large project, GDK_DEBUG=gl-disable: %s MiB"
                    % ", ".join("%.1f" % mb for _, mb in runs))

                run_program([program, "--demo"], env)  # warm the caches
                runs = [run_program([program, "--demo"], env) for _ in range(args.runs)]
                results["first-frame"] = statistics.median(t for t, _ in runs)
                # For scale: what the program takes with a small project.
                results["demo-rss"] = statistics.median(mb for _, mb in runs)
                log("first frame, demo project: %s ms"
                    % ", ".join("%.0f" % t for t, _ in sorted(runs)))

                log("\n## the « Plan d'actions » page, large project")
                figures, passed = bench_plan(build_dir, large, args.runs, env)
                ok = ok and passed
                results.update(figures)
            except (RuntimeError, OSError) as e:
                log("failed: %s" % e)
                ok = False
            finally:
                server.terminate()
                server.wait()

    log("\n## summary (medians)")
    missed = []
    for name, (target, unit, what) in TARGETS.items():
        if name not in results:
            log("%-18s %-38s %10s        target ≤ %g %s" % (name, what, "not measured", target, unit))
            continue
        verdict = "ok" if results[name] <= target else "MISSED"
        if verdict != "ok":
            missed.append(name)
        log("%-18s %-38s %8.1f %-3s  target ≤ %g %s  %s"
            % (name, what, results[name], unit, target, unit, verdict))
    for name, what, unit in (("odt-pandoc-ratio", "ODT: times faster than pandoc (≥ 10)", "×"),
                             ("parse", "(part of load)", "ms"),
                             ("to-data", "(part of save)", "ms"),
                             ("first-frame-large", "start to first frame, large project", "ms"),
                             ("plan-refresh", "plan tables and timeline after an edit", "ms"),
                             ("demo-rss", "peak RSS, demo project open", "MiB"),
                             ("peak-rss-no-gl", "peak RSS, large, GDK_DEBUG=gl-disable", "MiB")):
        if name in results:
            log("%-18s %-38s %8.1f %s" % (name, what, results[name], unit))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"results": results, "missed": missed, "ok": ok}, f, indent=2)
            f.write("\n")

    if not ok:
        return 1
    if args.strict and missed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
