#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write data/demo.maillage, the bundled demo project, in canonical form.

Everything in it is fictional: the agglomeration, its 31 communes, their INSEE
codes (39801-39831, a range no real commune of the Jura uses), the SIREN, the
people and the figures. Any likeness to a real place is a coincidence.

The file is written the way libmaillage writes a project (2-space indent,
known members in the contract's order, budget years sorted, modules sorted by
id, one final newline), so that loading and saving it gives the same bytes.

    /usr/bin/python3 build-aux/make-demo.py            # rewrite data/demo.maillage
    /usr/bin/python3 build-aux/make-demo.py --check F  # exit 1 if F is not up to date
"""

import json
import os
import sys

# (name, population), in alphabetical order: INSEE numbers communes
# alphabetically within a département, so the codes follow this order.
COMMUNES = [
    ("Arlenans-le-Bief", 1435),
    ("Belvoiset", 980),
    ("Bréviaux-sur-Sorne", 7350),
    ("Brévignat", 455),
    ("Charlevanne", 1060),
    ("Chaumerey-la-Côte", 3810),
    ("Chavroles", 410),
    ("Courtevigne", 2510),
    ("Crancevaux", 1310),
    ("Dorbelières", 210),
    ("Essarveaux", 765),
    ("Fontorgne", 1185),
    ("Gérandot", 690),
    ("Les Granges-Moirard", 2240),
    ("Lavirette", 620),
    ("Loisières-en-Revermont", 3140),
    ("Mervanges", 1985),
    ("Montaigrel", 575),
    ("Montcharvet", 5410),
    ("Moutelans", 160),
    ("Ormanges", 840),
    ("Pernoz", 510),
    ("Pont-de-Sorne", 9240),
    ("Quintelans", 265),
    ("Les Rousselières-du-Val", 320),
    ("Saint-Lurin-de-Sorne", 4480),
    ("Saint-Ombrin", 1590),
    ("Sorneval", 28140),
    ("Valfroidey", 365),
    ("Vauderolle", 1760),
    ("Villard-Ombreuse", 905),
]

INSEE = {name: "398%02d" % (i + 1) for i, (name, _) in enumerate(COMMUNES)}

DSIL = "État – DSIL"
REGION = "Région Bourgogne-Franche-Comté"
DEPARTEMENT = "Département du Jura"
BDT = "Banque des Territoires"
FEDER = "FEDER"

AXIS_KNOW = "Axe 1 – Connaître et piloter"
AXIS_INCLUDE = "Axe 2 – Inclure et accompagner"
AXIS_SHARE = "Axe 3 – Mutualiser et sécuriser"
AXIS_SIMPLIFY = "Axe 4 – Simplifier les démarches"
AXIS_INVOLVE = "Axe 5 – Associer les habitants"


def euros(amount):
    """Amounts are written in integer cents."""
    return int(round(amount * 100))


def budget(**years):
    """budget(y2027=(investment €, operating €), ...) in canonical form."""
    out = {}
    for key in sorted(years):
        investment, operating = years[key]
        out[key[1:]] = {"investment": euros(investment), "operating": euros(operating)}
    return out


def action(number, title, module, axis, pilot, partners, start, end, status,
           budget_, cofinancing, indicators):
    return {
        "id": "A-%03d" % number,
        "title": title,
        "module": module,
        "axis": axis,
        "pilot": pilot,
        "partners": partners,
        "start": start,
        "end": end,
        "status": status,
        "budget": budget_,
        "cofinancing": [{"funder": f, "amount": euros(a)} for f, a in cofinancing],
        "indicators": [{"name": n, "baseline": b, "target": t} for n, b, t in indicators],
    }


ACTIONS = [
    action(1, "Observatoire territorial des usages numériques", "diagnostic", AXIS_KNOW,
           "Service SIG et données", [DEPARTEMENT, "Université de Franche-Comté"],
           "2027-01", "2032-12", "in-progress",
           budget(y2027=(18000, 42000), y2028=(0, 38000), y2029=(0, 38000)),
           [(BDT, 30000), (REGION, 20000)],
           [("Tableaux de bord publiés", "0", "2 par an"),
            ("Communes couvertes par l'enquête usages", "0", "31")]),
    action(2, "Cartographie de la couverture fixe et mobile", "diagnostic", AXIS_KNOW,
           "Service SIG et données", ["Syndicat mixte Jura Numérique", "Opérateurs mobiles"],
           "2026-03", "2026-12", "done",
           budget(y2026=(0, 24500)),
           [(DEPARTEMENT, 9800)],
           [("Zones blanches mobiles recensées", "non connues", "toutes localisées"),
            ("Locaux raccordables FttH", "78 %", "100 %")]),
    action(3, "Conseillers numériques itinérants", "mediation", AXIS_INCLUDE,
           "Centre intercommunal d'action sociale", ["France Services Sorneval", "Centres sociaux"],
           "2027-01", "2029-12", "planned",
           budget(y2027=(85000, 96000), y2028=(0, 98000), y2029=(0, 100000)),
           [(DSIL, 68000), (DEPARTEMENT, 45000), (FEDER, 60000)],
           [("Personnes accompagnées par an", "0", "1 800"),
            ("Communes desservies chaque mois", "4", "31")]),
    action(4, "Espaces numériques dans six médiathèques", "mediation", AXIS_INCLUDE,
           "Réseau des médiathèques", ["Bibliothèque départementale de prêt"],
           "2027-04", "2028-06", "planned",
           budget(y2027=(126000, 8000), y2028=(54000, 21000)),
           [(DSIL, 72000), (REGION, 36000)],
           [("Espaces ouverts", "1", "6"),
            ("Heures d'ouverture hebdomadaires cumulées", "12", "90")]),
    action(5, "Pass numériques pour les publics éloignés", "mediation", AXIS_INCLUDE,
           "Centre intercommunal d'action sociale", ["Caisse d'allocations familiales", "Missions locales"],
           "2027-01", "2027-12", "cancelled",
           budget(y2027=(0, 30000)),
           [],
           [("Pass distribués", "0", "1 500")]),
    action(6, "Comité de pilotage et conseil local du numérique", "gouvernance", AXIS_KNOW,
           "Direction générale des services", ["Communes membres", "Conseil de développement"],
           "2027-01", "2032-12", "in-progress",
           budget(y2027=(0, 6000), y2028=(0, 6000), y2029=(0, 6000), y2030=(0, 6000),
                  y2031=(0, 6000), y2032=(0, 6000)),
           [],
           [("Réunions du comité de pilotage", "0", "2 par an"),
            ("Communes représentées au conseil local", "0", "31")]),
    action(7, "Service commun informatique et cybersécurité", "mutualisation", AXIS_SHARE,
           "Direction des systèmes d'information", ["Communes membres", "Centre de gestion du Jura"],
           "2027-07", "2030-12", "planned",
           budget(y2027=(210000, 45000), y2028=(60000, 140000), y2029=(40000, 145000),
                  y2030=(40000, 150000)),
           [(DSIL, 150000), (BDT, 40000)],
           [("Communes adhérentes", "0", "24"),
            ("Postes sous supervision de sécurité", "120", "650")]),
    action(8, "Groupement de commandes pour la téléphonie et les postes de travail", "mutualisation",
           AXIS_SHARE, "Service de la commande publique", ["Communes membres"],
           "2027-09", "2028-12", "planned",
           budget(y2027=(0, 9000), y2028=(0, 4000)),
           [],
           [("Communes membres du groupement", "0", "20"),
            ("Économie annuelle sur les abonnements", "0 €", "35 000 €")]),
    action(9, "Portail citoyen unique et démarches en ligne", "dematerialisation", AXIS_SIMPLIFY,
           "Direction de la relation aux usagers", ["Communes membres", "Éditeur du portail"],
           "2027-03", "2029-06", "in-progress",
           budget(y2027=(140000, 22000), y2028=(65000, 38000), y2029=(20000, 40000)),
           [(DSIL, 90000), (FEDER, 55000), (REGION, 25000)],
           [("Démarches disponibles en ligne", "6", "40"),
            ("Part des demandes reçues en ligne", "18 %", "60 %")]),
    action(10, "Gestion électronique des documents et archivage", "dematerialisation", AXIS_SIMPLIFY,
           "Service des archives", ["Archives départementales du Jura"],
           "2028-01", "2030-12", "planned",
           budget(y2028=(95000, 12000), y2029=(30000, 26000), y2030=(10000, 28000)),
           [(DSIL, 40000), (DEPARTEMENT, 15000)],
           [("Délibérations transmises sous forme électronique", "35 %", "100 %")]),
    action(11, "Plateforme de participation et budget participatif", "participation", AXIS_INVOLVE,
           "Service démocratie locale", ["Conseil de développement", "Associations de quartier"],
           "2027-05", "2031-12", "planned",
           budget(y2027=(38000, 15000), y2028=(0, 150000), y2029=(0, 150000),
                  y2030=(0, 150000), y2031=(0, 150000)),
           [(REGION, 30000)],
           [("Participants inscrits", "0", "4 000"),
            ("Projets lauréats réalisés", "0", "25")]),
    action(12, "Ouverture des données publiques", "participation", AXIS_INVOLVE,
           "Service SIG et données", ["Plateforme régionale de données", "Communes membres"],
           "2028-01", "2029-12", "planned",
           budget(y2028=(12000, 18000), y2029=(0, 14000)),
           [(BDT, 10000)],
           [("Jeux de données publiés", "3", "45")]),
]

# One small object per module, in the shape each plugin owns. Later issues
# define these shapes; they are placeholders with plausible content.
MODULES = {
    "dematerialisation": {
        "version": 1,
        "procedures": [
            {"name": "Inscription scolaire et périscolaire", "audience": "Familles",
             "priority": "high", "target": "2027-09", "accessible": True},
            {"name": "Demande d'acte d'état civil", "audience": "Tous publics",
             "priority": "high", "target": "2027-06", "accessible": True},
            {"name": "Réservation des salles communales", "audience": "Associations",
             "priority": "medium", "target": "2028-03", "accessible": False},
            {"name": "Déclaration préalable de travaux", "audience": "Particuliers",
             "priority": "medium", "target": "2028-09", "accessible": False},
        ],
    },
    "diagnostic": {
        "version": 1,
        "indicators": [
            {"name": "Locaux raccordables à la fibre (FttH)", "value": 87.4, "unit": "%",
             "year": 2026, "source": "ARCEP, Ma connexion internet", "scope": "territory"},
            {"name": "Locaux éligibles à 30 Mbit/s filaire", "value": 91.2, "unit": "%",
             "year": 2026, "source": "ARCEP, Ma connexion internet", "scope": "territory"},
            {"name": "Surface couverte en 4G par les quatre opérateurs", "value": 76.5,
             "unit": "%", "year": 2026, "source": "ARCEP, Mon réseau mobile",
             "scope": "territory"},
            {"name": "Indice de fragilité numérique", "value": 6.8, "unit": "score",
             "year": 2025, "source": "La MedNum", "scope": INSEE["Dorbelières"]},
            {"name": "Indice de fragilité numérique", "value": 4.1, "unit": "score",
             "year": 2025, "source": "La MedNum", "scope": INSEE["Sorneval"]},
            {"name": "Part des 65 ans et plus", "value": 23.9, "unit": "%",
             "year": 2023, "source": "Insee, recensement", "scope": "territory"},
        ],
        "swot": {
            "strengths": ["Fibre déployée dans la ville-centre",
                          "Réseau de médiathèques bien réparti"],
            "weaknesses": ["Zones blanches mobiles dans les villages du plateau",
                           "Peu d'agents formés à la cybersécurité"],
            "opportunities": ["Appels à projets de l'État et de la Région",
                              "Conseillers numériques déjà présents en France Services"],
            "threats": ["Population vieillissante dans les petites communes",
                        "Hausse des attaques par rançongiciel"],
        },
    },
    "gouvernance": {
        "version": 1,
        "coordinator": "Claire Vuillermoz, cheffe de projet numérique",
        "bodies": [
            {"name": "Comité stratégique", "kind": "strategic", "frequency": "Deux fois par an",
             "members": ["Président de l'agglomération", "Vice-présidente au numérique",
                         "Maires des communes membres"]},
            {"name": "Comité technique", "kind": "technical", "frequency": "Chaque mois",
             "members": ["Direction des systèmes d'information", "Service SIG et données",
                         "Centre intercommunal d'action sociale"]},
            {"name": "Conseil local du numérique", "kind": "advisory",
             "frequency": "Une fois par an",
             "members": ["Conseil de développement", "Associations", "Habitants tirés au sort"]},
        ],
    },
    "mediation": {
        "version": 1,
        "places": [
            {"id": "vds-001", "nom": "France Services Sorneval", "commune": "Sorneval",
             "code_insee": INSEE["Sorneval"],
             "services": ["Aide aux démarches administratives",
                          "Accès internet et matériel informatique"]},
            {"id": "vds-002", "nom": "Médiathèque de Pont-de-Sorne", "commune": "Pont-de-Sorne",
             "code_insee": INSEE["Pont-de-Sorne"],
             "services": ["Maîtrise des outils numériques du quotidien",
                          "Loisirs et créations numériques"]},
            {"id": "vds-003", "nom": "Centre social des Tilleuls", "commune": "Montcharvet",
             "code_insee": INSEE["Montcharvet"],
             "services": ["Parentalité et éducation avec le numérique"]},
        ],
        "advisors": 4,
    },
    "mutualisation": {
        "version": 1,
        "resources": [
            {"name": "Hébergement et sauvegarde des données", "vehicle": "service commun",
             "members": 24, "cost_sharing": "au prorata de la population"},
            {"name": "Délégué à la protection des données", "vehicle": "service commun",
             "members": 31, "cost_sharing": "forfait par commune"},
            {"name": "Achat de postes de travail", "vehicle": "groupement de commandes",
             "members": 20, "cost_sharing": "à la commande"},
        ],
    },
    "participation": {
        "version": 1,
        "tools": [
            {"name": "Budget participatif", "kind": "participatory-budget",
             "start": "2028-01", "budget": euros(150000)},
            {"name": "Consultation sur le portail citoyen", "kind": "consultation",
             "start": "2027-05", "budget": 0},
        ],
    },
}

PROJECT = {
    "format": "io.github.maillage.Project",
    "version": 1,
    "metadata": {
        "title": "Stratégie numérique territoriale 2027-2032",
        "authors": ["Service numérique mutualisé", "Claire Vuillermoz"],
        "created": "2026-09-14T08:30:00Z",
        "modified": "2026-11-20T16:45:00Z",
    },
    "territory": {
        "name": "Communauté d'agglomération du Val de Sorne",
        "kind": "epci",
        "siren": "243900529",
        "departement": "39",
        "communes": [{"insee": INSEE[name], "name": name, "population": population}
                     for name, population in COMMUNES],
    },
    "actions": ACTIONS,
    "modules": {key: MODULES[key] for key in sorted(MODULES)},
}


def render():
    return json.dumps(PROJECT, indent=2, ensure_ascii=False) + "\n"


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    text = render()
    if len(argv) == 3 and argv[1] == "--check":
        with open(argv[2], encoding="utf-8") as f:
            if f.read() != text:
                print("%s is out of date: run build-aux/make-demo.py" % argv[2])
                return 1
        return 0
    path = argv[1] if len(argv) > 1 else os.path.join(root, "data", "demo.maillage")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
