# SPDX-License-Identifier: GPL-3.0-or-later
"""The Gouvernance module of the demo project (plugins/gouvernance).

How the (fictional) Communauté d'agglomération du Val de Sorne steers its
strategy: three committees, nine members and co-porteurs with their SIREN or
SIRET numbers, a coordinator, three conseils locaux du numérique and a plan
for training elected members and staff; and six actions of the plan. One is
made to show the findings: the data charter has no pilot yet.

Everything is made up, the people and the numbers included; the numbers get
a valid Luhn check digit from _siren() so that the module does not report
them.
"""


def _luhn_digit(digits):
    """The check digit that makes digits + it pass the Luhn test."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:  # doubled: the check digit will be at index 0
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _siren(prefix):
    """A SIREN (8 digits given) or a SIRET (13 given), check digit added."""
    assert len(prefix) in (8, 13) and prefix.isdigit()
    return prefix + _luhn_digit(prefix)


def _siret(siren, nic):
    """The SIRET of an establishment of siren: its number nic (4 digits),
    check digit added."""
    return _siren(siren + nic)


def _body(name, kind, frequency, next_meeting, members):
    return {
        "name": name,
        "kind": kind,
        "frequency": frequency,
        "next_meeting": next_meeting,
        "members": [{"name": n, "role": r} for n, r in members],
    }


def _member(name, kind, siren, roles):
    return {"name": name, "kind": kind, "siren": siren, "roles": roles}


def _council(ctx, name, status, communes, area):
    return {
        "name": name,
        "status": status,
        "communes": sorted(ctx.INSEE[c] for c in communes),
        "area": area,
    }


def _session(date, audience, topic):
    return {"date": date, "audience": audience, "topic": topic}


CONTEXT = (
    "La Communauté d'agglomération du Val de Sorne s'est dotée en 2025 d'une "
    "vice-présidence chargée du numérique. La stratégie s'appuie sur les instances "
    "existantes : la conférence des maires, le conseil de développement et les "
    "comités de pilotage du schéma directeur territorial d'aménagement numérique "
    "du Jura.\n\n"
    "La gouvernance associe le Département, qui porte la médiation numérique, et "
    "le syndicat mixte Jura Numérique, qui déploie la fibre optique. Les communes "
    "sont représentées par leurs maires au comité stratégique et par leurs "
    "secrétaires de mairie au comité technique."
)

TRAINING_PLAN = (
    "Chaque élu communautaire suit au moins une session d'acculturation au "
    "numérique pendant le mandat ; les élus municipaux y sont invités. Les "
    "sessions ont lieu en soirée, dans une commune différente chaque fois.\n\n"
    "Les agents de l'agglomération et des communes suivent un parcours sur la "
    "cybersécurité, la protection des données personnelles et l'accueil des "
    "usagers éloignés du numérique, avec le Centre de gestion du Jura."
)

PLATEAU = ["Montcharvet", "Chaumerey-la-Côte", "Crancevaux", "Dorbelières", "Fontorgne",
           "Gérandot", "Moutelans", "Quintelans"]
BASSE_SORNE = ["Pont-de-Sorne", "Bréviaux-sur-Sorne", "Brévignat", "Saint-Lurin-de-Sorne",
               "Saint-Ombrin", "Les Rousselières-du-Val"]


def module(ctx):
    agglomeration = "243900529"  # the territory's SIREN, in make-demo.py
    return {
        "version": 1,
        "echelon": "epci",
        "perimeter": "Les 31 communes de la Communauté d'agglomération du Val de Sorne, "
                     "en lien avec le Département du Jura pour la médiation numérique",
        "context": CONTEXT,
        "bodies": [
            _body("Comité stratégique du numérique", "strategique", "semestrielle", "2027-03-18", [
                ("Bernard Lacroix", "président de la Communauté d'agglomération, préside le comité"),
                ("Hélène Marchetti", "vice-présidente chargée du numérique"),
                ("Conférence des maires", "les 31 maires, membres de droit"),
                ("Département du Jura", "conseillère départementale déléguée à l'inclusion numérique"),
                ("Préfecture du Jura", "sous-préfète, référente France Services"),
                ("Région Bourgogne-Franche-Comté", "observateur"),
            ]),
            _body("Comité technique", "technique", "mensuelle", "2027-01-12", [
                ("Inès Garnier", "cheffe de projet, anime le comité"),
                ("Direction des systèmes d'information", "sécurité et infrastructures"),
                ("Service SIG et données", "observatoire et données ouvertes"),
                ("Centre intercommunal d'action sociale", "médiation numérique"),
                ("Réseau des médiathèques", "espaces numériques"),
                ("Secrétaires de mairie", "trois représentants désignés chaque année"),
                ("Syndicat mixte Jura Numérique", "déploiement du très haut débit"),
            ]),
            _body("Comité consultatif des usagers", "consultatif", "annuelle", "2027-06-10", [
                ("Conseil de développement", "présidence du comité"),
                ("Associations de quartier", ""),
                ("Habitants tirés au sort", "douze personnes, renouvelées chaque année"),
                ("France Services Sorneval", "retours des usagers accompagnés"),
            ]),
        ],
        "members": [
            _member("Communauté d'agglomération du Val de Sorne", "epci", agglomeration,
                    ["coporteur", "cofinanceur"]),
            _member("Département du Jura", "departement", _siren("22390001"), ["coporteur", "cofinanceur"]),
            _member("Région Bourgogne-Franche-Comté", "region", _siren("20004512"), ["cofinanceur"]),
            _member("Préfecture du Jura", "etat", _siren("13000123"), ["cofinanceur", "observateur"]),
            _member("Syndicat mixte Jura Numérique", "autre", _siren("25390041"), ["coporteur"]),
            _member("Commune de Sorneval", "commune", _siren("21390828"), ["beneficiaire"]),
            _member("Commune de Pont-de-Sorne", "commune", _siren("21390823"), ["beneficiaire"]),
            _member("Les Ateliers numériques du Val", "association", _siret(_siren("77563912"), "0002"),
                    ["beneficiaire"]),
            _member("Sorne Fibre Services", "entreprise", "", ["observateur"]),
        ],
        "coordinator": {
            "name": "Inès Garnier",
            "function": "Cheffe de projet stratégie numérique",
            "organisation": "Communauté d'agglomération du Val de Sorne",
            "email": "ines.garnier@valdesorne.example",
        },
        "councils": [
            _council(ctx, "Conseil local du numérique de Sorneval", "installe", ["Sorneval"],
                     "Quartiers de la Gare et des Tilleuls"),
            _council(ctx, "Conseil local du numérique du Plateau", "installe", PLATEAU,
                     "Plateau de Montcharvet"),
            _council(ctx, "Conseil local du numérique de la Basse-Sorne", "en-projet", BASSE_SORNE, ""),
        ],
        "training": {
            "plan": TRAINING_PLAN,
            "sessions": [
                _session("2027-01-21", "elus", "Les enjeux d'une stratégie numérique territoriale"),
                _session("2027-02-04", "elus-et-agents", "Cybersécurité : les bons réflexes"),
                _session("2027-03-11", "agents", "Accueillir les usagers éloignés du numérique"),
                _session("2027-05-20", "elus", "Données publiques et open data"),
                _session("2027-09-16", "agents", "Protection des données personnelles (RGPD)"),
                _session("", "elus-et-agents", "Intelligence artificielle et service public"),
            ],
        },
    }


def actions(ctx):
    return [
        ctx.action(0, "Installation des conseils locaux du numérique", "gouvernance",
                   ctx.AXIS_INVOLVE, "Service démocratie locale",
                   ["Conseil de développement", "Communes membres"],
                   "2027-03", "2028-12", "in-progress",
                   ctx.budget(y2027=(0, 12000), y2028=(0, 15000)),
                   [],
                   [("Conseils locaux installés", "2", "3"),
                    ("Réunions par conseil et par an", "0", "3")]),
        ctx.action(0, "Plan de formation des élus au numérique", "gouvernance",
                   ctx.AXIS_KNOW, "Direction des ressources humaines",
                   ["Centre national de la fonction publique territoriale", "Association des maires du Jura"],
                   "2027-01", "2029-12", "in-progress",
                   ctx.budget(y2027=(0, 18000), y2028=(0, 15000), y2029=(0, 15000)),
                   [(ctx.DEPARTEMENT, 9000)],
                   [("Élus communautaires formés", "0", "62"),
                    ("Sessions organisées", "0", "12")]),
        ctx.action(0, "Parcours numérique des agents intercommunaux et communaux", "gouvernance",
                   ctx.AXIS_KNOW, "Direction des ressources humaines", ["Centre de gestion du Jura"],
                   "2027-02", "2028-12", "planned",
                   ctx.budget(y2027=(6000, 22000), y2028=(0, 24000)),
                   [(ctx.REGION, 10000)],
                   [("Agents formés", "0", "400")]),
        ctx.action(0, "Tableau de bord de suivi de la stratégie", "gouvernance",
                   ctx.AXIS_KNOW, "Service SIG et données", ["Comité technique"],
                   "2027-04", "2028-12", "planned",
                   ctx.budget(y2027=(15000, 3000), y2028=(0, 3000)),
                   [(ctx.BDT, 7500)],
                   [("Indicateurs suivis", "0", "25")]),
        ctx.action(0, "Convention de coopération avec le Département et Jura Numérique", "gouvernance",
                   ctx.AXIS_KNOW, "Direction générale des services",
                   [ctx.DEPARTEMENT, "Syndicat mixte Jura Numérique"],
                   "2027-01", "2027-06", "in-progress",
                   ctx.budget(y2027=(0, 2000)),
                   [],
                   [("Convention signée", "non", "oui")]),
        # No pilot yet: the overview asks for one.
        ctx.action(0, "Charte de la donnée et de l'éthique numérique", "gouvernance",
                   ctx.AXIS_INVOLVE, "", ["Conseil de développement"],
                   "2028-01", "2028-09", "planned",
                   ctx.budget(y2028=(0, 8000)),
                   [],
                   [("Charte adoptée en conseil communautaire", "non", "oui")]),
    ]
