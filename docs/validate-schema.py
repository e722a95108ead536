#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Maillage project files against docs/project.schema.json.

With file arguments, each file must be a valid version 1 project. Without,
the test set is used (paths relative to --source-root):

  must be valid:    docs/schema-tests/valid-*.json, data/demo.maillage,
                    tests/fixtures/projects/*.maillage, except those of
                    another format version (named v0-* or newer-*, or whose
                    "version" is not 1: reported as skipped)
  must be rejected: docs/schema-tests/invalid-*.json, and the files of the
                    reader's bad-input corpus (tests/fixtures/bad/EXPECTED),
                    so that the schema never accepts what Maillage refuses

An invalid case names the place of the error it is about in the member
"x-schema-test-expect" (a JSON path such as "$.territory.communes[0].insee"):
an unknown member, so legal, and it proves the file is refused for the right
reason rather than for a typo.

Beyond the schema, the rules JSON Schema cannot say are checked too: integers
are written without a fraction or an exponent (1.0 is refused), action ids
and INSEE codes are unique, dates exist, rings of outlines are closed, a file is at most 32 MiB and nests
at most 64 deep, and the JSON text is what Maillage reads faithfully (no
member twice in an object, no U+0000 or lone surrogate in a string, integers
within 64 bits, finite numbers).

Output is TAP; the exit status is 0 only if every check passed.
"""

import argparse
import datetime
import glob
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:
    print("Bail out! python3-jsonschema is not installed "
          "(apt-get install python3-jsonschema)")
    sys.exit(1)

MAX_SIZE = 32 * 1024 * 1024
MAX_DEPTH = 64
# Fixtures of other format versions, which this schema does not describe.
OTHER_VERSIONS = ("v0-", "newer-")
INT64 = range(-2**63, 2**63)
EXPECT_MEMBER = "x-schema-test-expect"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts):
    """Format a path like the C reader does: $.actions[0].budget["2027"]."""
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += "[%d]" % part
        elif IDENTIFIER.match(part):
            path += "." + part
        else:
            path += "[%s]" % json.dumps(part, ensure_ascii=False)
    return path


def strict_integer(checker, instance):
    # json.loads gives a float for 1.0 and 1e3: Maillage refuses both as
    # amounts, while JSON Schema (draft 6 and later) calls 1.0 an integer.
    return isinstance(instance, int) and not isinstance(instance, bool)


def make_validator(schema):
    base = jsonschema.Draft202012Validator
    base.check_schema(schema)
    strict = jsonschema.validators.extend(
        base, type_checker=base.TYPE_CHECKER.redefine("integer", strict_integer))
    return strict(schema)


def refuse_constant(name):
    raise ValueError("%s is not JSON" % name)


def refuse_duplicates(pairs):
    # Maillage refuses a member given twice; json.load would keep the last.
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError("the member %r appears twice in the same object" % key)
        obj[key] = value
    return obj


def bad_text(string):
    if "\0" in string:
        return "a string cannot contain U+0000"
    try:
        string.encode("utf-8")
    except UnicodeEncodeError:
        return "a string holds half of a UTF-16 surrogate pair"
    return None


def text_problems(data):
    """Yield (parts, message) for values Maillage cannot read faithfully."""
    stack = [(data, [])]
    while stack:
        value, parts = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                problem = bad_text(key)
                if problem:
                    yield parts, problem
                stack.append((child, parts + [key]))
        elif isinstance(value, list):
            stack.extend((child, parts + [i]) for i, child in enumerate(value))
        elif isinstance(value, str):
            problem = bad_text(value)
            if problem:
                yield parts, problem
        elif isinstance(value, bool):
            pass
        elif isinstance(value, int) and value not in INT64:
            yield parts, "the integer %d does not fit in 64 bits" % value
        elif isinstance(value, float) and value in (float("inf"), float("-inf")):
            yield parts, "the number is too large to be read"


def depth_of(node):
    """Nesting depth of arrays and objects, iteratively (no recursion)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def problems(validator, path):
    """Yield (json path, message) for every rule the file breaks."""
    try:
        if os.path.getsize(path) > MAX_SIZE:
            yield "$", "larger than 32 MiB"
            return
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f, parse_constant=refuse_constant,
                             object_pairs_hook=refuse_duplicates)
    except OSError as e:
        yield "$", "cannot be read: %s" % e
        return
    except UnicodeDecodeError as e:
        yield "$", "not UTF-8: %s" % e
        return
    except RecursionError:
        yield "$", "nested more than %d deep" % MAX_DEPTH
        return
    except ValueError as e:
        yield "$", "not JSON: %s" % e
        return

    if depth_of(data) > MAX_DEPTH:
        yield "$", "nested more than %d deep" % MAX_DEPTH
        return
    for parts, message in text_problems(data):
        yield json_path(parts), message
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        yield json_path(error.absolute_path), error.message

    for parts, message in semantic_problems(data):
        yield json_path(parts), message


def member(data, *names):
    """data[names[0]][names[1]]…, or None where the shape differs."""
    for name in names:
        if not isinstance(data, dict):
            return None
        data = data.get(name)
    return data


def duplicates(items, key, where):
    """Yield (parts, message) for each item whose key was already seen."""
    if not isinstance(items, list):
        return
    seen = {}
    for i, item in enumerate(items):
        value = item.get(key) if isinstance(item, dict) else None
        if not isinstance(value, str):
            continue
        if value in seen:
            yield where + [i, key], "%r is already used by item %d" % (value, seen[value])
        else:
            seen[value] = i


def unclosed_rings(areas, where):
    """Yield (parts, message) for each ring of outlines whose ends differ."""
    if not isinstance(areas, dict):
        return
    for code, polygons in areas.items():
        for p, rings in enumerate(polygons if isinstance(polygons, list) else []):
            for r, ring in enumerate(rings if isinstance(rings, list) else []):
                if not isinstance(ring, list) or len(ring) < 4:
                    continue
                first, last = ring[0], ring[-1]
                if isinstance(first, list) and isinstance(last, list) and first[:2] != last[:2]:
                    yield where + [code, p, r], "the ring is not closed"


def semantic_problems(data):
    """What the reader refuses beyond the shape: uniqueness, real dates,
    closed rings."""
    yield from duplicates(member(data, "territory", "communes"), "insee",
                          ["territory", "communes"])
    yield from unclosed_rings(member(data, "territory", "outlines", "areas"),
                              ["territory", "outlines", "areas"])
    yield from duplicates(member(data, "actions"), "id", ["actions"])
    for name in ("created", "modified"):
        value = member(data, "metadata", name)
        if isinstance(value, str):
            try:
                datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                yield ["metadata", name], "%r is not a date that exists" % value


def expected_place(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return data.get(EXPECT_MEMBER) if isinstance(data, dict) else None
    except (ValueError, OSError):
        return None


def declared_version(path):
    """The "version" a fixture states, or None if it cannot be read."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
        return data.get("version") if isinstance(data, dict) else None
    except (ValueError, OSError):
        return None


def test_set(root):
    """The files that must be valid, must be rejected, and are skipped."""
    def found(pattern):
        return sorted(glob.glob(os.path.join(root, pattern)))

    fixtures = []
    skipped = []
    for path in found("tests/fixtures/projects/*.maillage"):
        version = declared_version(path)
        if os.path.basename(path).startswith(OTHER_VERSIONS) or version != 1:
            skipped.append((path, version))
        else:
            fixtures.append(path)
    valid = found("docs/schema-tests/valid-*.json") + found("data/demo.maillage") + fixtures
    invalid = found("docs/schema-tests/invalid-*.json") + bad_corpus(root)
    return valid, invalid, skipped


def bad_corpus(root):
    """The files the reader's bad-input test refuses, from its EXPECTED list."""
    folder = os.path.join(root, "tests", "fixtures", "bad")
    try:
        with open(os.path.join(folder, "EXPECTED"), encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    names = [line.split("\t")[0] for line in lines
             if line.strip() and not line.startswith("#")]
    return [os.path.join(folder, name) for name in names
            if os.path.isfile(os.path.join(folder, name))]


def check_valid(validator, path, name):
    """(passed, description, details) for a file that must be valid."""
    found = list(problems(validator, path))
    if not found:
        return True, "%s is valid" % name, []
    return False, "%s must be valid" % name, found


def check_invalid(validator, path, name):
    """(passed, description, details) for a file that must be rejected."""
    expected = expected_place(path)
    found = list(problems(validator, path))
    if not found:
        return False, "%s was accepted but must be rejected" % name, []
    if expected is not None and expected not in [place for place, _ in found]:
        return False, "%s rejected, but not at %s" % (name, expected), found
    place, message = next((f for f in found if f[0] == expected), found[0])
    return True, "%s is rejected (%s: %s)" % (name, place, message), []


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", default=os.path.join(here, "project.schema.json"))
    parser.add_argument("--source-root", default=os.path.dirname(here))
    parser.add_argument("files", nargs="*", help="project files that must be valid")
    args = parser.parse_args()

    try:
        with open(args.schema, encoding="utf-8") as f:
            validator = make_validator(json.load(f))
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print("Bail out! cannot use the schema %s: %s" % (args.schema, e))
        return 1

    if args.files:
        valid, invalid, skipped = args.files, [], []
    else:
        valid, invalid, skipped = test_set(args.source_root)
    if not valid and not invalid:
        print("Bail out! nothing to check under %s" % args.source_root)
        return 1

    def name(path):
        return os.path.relpath(path, args.source_root)

    print("1..%d" % (len(valid) + len(invalid) + len(skipped)))
    number = 0
    failures = 0
    for path, version in skipped:
        number += 1
        print("ok %d - %s # SKIP format version %s, not 1" % (number, name(path), version))
    checks = [(check_valid, path) for path in valid] + [(check_invalid, path) for path in invalid]
    for check, path in checks:
        number += 1
        passed, description, details = check(validator, path, name(path))
        failures += not passed
        print("%s %d - %s" % ("ok" if passed else "not ok", number, description))
        for place, message in details:
            print("# %s: %s: %s" % (name(path), place, message))

    if failures:
        print("# %d of %d checks failed" % (failures, number))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
