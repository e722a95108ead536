#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a large Maillage project for the benchmark, in canonical form.

    gen-large-project.py OUTPUT [--communes 300] [--actions 1000] [--indicators 20000]

A département-sized territory: 300 communes, 1,000 actions with budgets over
several years, co-financing and indicators, and 20,000 indicator values under
modules.diagnostic.indicators (about 5 MB). The content is pseudo-random but
the same on every run (fixed seed), so figures compare from one run to the
next. Written like libmaillage writes (2-space indent, known members in the
contract's order, budget years and modules sorted, final newline): loading
and saving it must give the same bytes back.
"""

import argparse
import json
import random

MODULES = ["diagnostic", "mediation", "gouvernance", "mutualisation",
           "dematerialisation", "participation"]
STATUSES = ["planned", "in-progress", "done", "cancelled"]
FUNDERS = ["État – DSIL", "Région", "Département", "Banque des Territoires", "FEDER"]
STEMS = ["Mont", "Val", "Bois", "Champ", "Font", "Ville", "Roche", "Chaux", "Pré", "Mou"]
ENDS = ["-sur-Sorne", "-le-Bief", "-la-Côte", "-en-Revermont", "-les-Vignes", "", "", ""]
INDICATORS = [
    ("Locaux raccordables à la fibre (FttH)", "connectivite", "%"),
    ("Locaux éligibles à 30 Mbit/s ou plus (filaire)", "connectivite", "%"),
    ("Surface couverte en 4G par les quatre opérateurs", "connectivite", "%"),
    ("Indice de fragilité numérique", "fragilite", "score"),
    ("Part des 65 ans et plus", "fragilite", "%"),
    ("Foyers sans équipement informatique", "equipement", "foyers"),
    ("Démarches réalisées en ligne", "usages", "démarches"),
    ("Personnes accompagnées en médiation", "competences", "personnes"),
]
SOURCES = ["ARCEP, Ma connexion internet", "ARCEP, Mon réseau mobile", "La MedNum",
           "Insee, recensement", "Enquête usages 2026"]


def communes(rng, count):
    out = []
    for i in range(count):
        name = "%s%s %d%s" % (rng.choice(STEMS), rng.choice(["eval", "ans", "ey", "oz"]),
                              i + 1, rng.choice(ENDS))
        population = int(rng.lognormvariate(6.5, 1.2))
        out.append({"insee": "39%03d" % (i + 1), "name": name, "population": population})
    return out


def action(rng, number):
    start_year = rng.randrange(2027, 2031)
    years = range(start_year, start_year + rng.randrange(1, 5))
    budget = {}
    for year in years:
        budget[str(year)] = {"investment": rng.randrange(0, 50000) * 100,
                             "operating": rng.randrange(0, 20000) * 100}
    return {
        "id": "A-%04d" % number,
        "title": "Action %d\u00a0: déployer un service numérique mutualisé pour les communes"
                 % number,
        "module": rng.choice(MODULES),
        "axis": "Axe %d" % rng.randrange(1, 6),
        "pilot": "Direction %d" % rng.randrange(1, 12),
        "partners": ["Partenaire %d" % rng.randrange(1, 60) for _ in range(rng.randrange(0, 4))],
        "start": "%d-%02d" % (start_year, rng.randrange(1, 13)),
        "end": "%d-%02d" % (years[-1], rng.randrange(1, 13)),
        "status": rng.choice(STATUSES),
        "budget": {year: budget[year] for year in sorted(budget)},
        "cofinancing": [{"funder": rng.choice(FUNDERS), "amount": rng.randrange(1, 30000) * 100}
                        for _ in range(rng.randrange(0, 3))],
        "indicators": [{"name": "Indicateur de suivi %d" % k, "baseline": "0",
                        "target": str(rng.randrange(1, 500))}
                       for k in range(rng.randrange(1, 3))],
    }


def indicator(rng, communes_):
    """In the shape of plugins/diagnostic/README.md; scope "" is the whole territory."""
    name, theme, unit = rng.choice(INDICATORS)
    if unit in ("%", "score"):
        value = round(rng.uniform(0, 100 if unit == "%" else 10), 1)
        if value.is_integer():
            value = int(value)
    else:
        value = rng.randrange(0, 20000)
    scope = rng.choice(communes_)["insee"] if rng.random() < 0.9 else ""
    return {"name": name, "theme": theme, "value": value, "unit": unit,
            "year": rng.randrange(2019, 2027), "source": rng.choice(SOURCES), "scope": scope}


def project(n_communes, n_actions, n_indicators):
    rng = random.Random(20261122)
    communes_ = communes(rng, n_communes)
    return {
        "format": "io.github.maillage.Project",
        "version": 1,
        "metadata": {
            "title": "Schéma départemental des usages numériques (banc d'essai)",
            "authors": ["Générateur de test"],
            "created": "2026-11-22T09:00:00Z",
            "modified": "2026-11-22T10:00:00Z",
        },
        "territory": {
            "name": "Département fictif de banc d'essai",
            "kind": "departement",
            "siren": "223900000",
            "departement": "39",
            "communes": communes_,
        },
        "actions": [action(rng, i + 1) for i in range(n_actions)],
        "modules": {
            "diagnostic": {
                "version": 1,
                "indicators": [indicator(rng, communes_) for _ in range(n_indicators)],
            },
        },
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--communes", type=int, default=300)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--indicators", type=int, default=20000)
    args = parser.parse_args()
    text = json.dumps(project(args.communes, args.actions, args.indicators),
                      indent=2, ensure_ascii=False) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%s: %d communes, %d actions, %d indicator values, %.1f MB"
          % (args.output, args.communes, args.actions, args.indicators,
             len(text.encode("utf-8")) / 1e6))


if __name__ == "__main__":
    main()
