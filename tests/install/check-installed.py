#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Uses only a staged installation: the typelib, the shared library, the
demo project, and a plugin built from the installed headers. Prints TAP."""
import os
import sys

staged, plugin_dir = sys.argv[1], sys.argv[2]

import gi
gi.require_version("GIRepository", "2.0")
gi.require_version("Maillage", "1")
gi.require_version("Json", "1.0")
gi.require_version("Peas", "1.0")
from gi.repository import GIRepository, Gio, Json, Maillage, Peas  # noqa: E402

results = []


def check(name, ok):
    results.append((name, bool(ok)))


typelib = GIRepository.Repository.get_default().get_typelib_path("Maillage")
check("the Maillage typelib comes from the installation", typelib.startswith(staged))

demo = Gio.File.new_for_path(os.path.join(staged, "share", "maillage", "demo.maillage"))
project = Maillage.Project.new_from_file(demo, None)
check("the installed demo project loads", project.get_territory().get_communes().get_n_items() >= 25)

engine = Peas.Engine.new()
engine.add_search_path(plugin_dir, None)
info = engine.get_plugin_info("hello")
check("the engine finds the plugin built outside the tree", info is not None)
check("the plugin loads", info is not None and engine.load_plugin(info))

module = engine.create_extension(info, Maillage.Module, [], [])
project.set_module_data("hello", Json.from_string(
    '{"version": 1, "greeting": "Bonjour le territoire"}').get_object())
check("the module attaches to the project", module.attach("hello", project))

document = Maillage.Document.new("Stratégie")
module.build_chapter(document)
texts = [document.get_item(i).get_text() for i in range(document.get_n_items())]
check("its chapter reaches the document",
      texts == ["Bonjour", "Bonjour le territoire", project.get_territory().get_name()])

data = project.to_data()
data = data[0] if isinstance(data, tuple) else data
check("its data is written in the project", '"greeting": "Bonjour le territoire"' in data)

print("1..%d" % len(results))
for i, (name, ok) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
sys.exit(0 if all(ok for _, ok in results) else 1)
