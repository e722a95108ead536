# SPDX-License-Identifier: GPL-3.0-or-later
"""The Mutualisation module of the demo project (plugins/mutualisation).

Six resources the (fictional) communes of the Val de Sorne share, one or
more for each distribution key — population, equal shares, usage, agreed
percentages and agreed amounts — and six actions of the plan. Two are made
to show the findings: the percentages of the security operations centre
are still under negotiation (97,5 %, not 100), and the charter of the
shared tools has no budget yet.
"""

# Members of a resource's commune in the order the plugin writes them.
def _member(ctx, name, units=0, percent=0.0, amount=0.0):
    return {
        "insee": ctx.INSEE[name],
        "units": units,
        "basis_points": int(round(percent * 100)),
        "amount": ctx.euros(amount),
    }


def _members(ctx, names, **values):
    """The communes of names, sorted by INSEE code as the plugin keeps them;
    values maps a keyword (units, percent, amount) to {name: value}."""
    out = []
    for name in names:
        kwargs = {key: table[name] for key, table in values.items() if name in table}
        out.append(_member(ctx, name, **kwargs))
    return sorted(out, key=lambda member: member["insee"])


def resource(name, category, description, vehicle, cost, key, communes,
             organisations=(), usage_unit="", category_other="", vehicle_other=""):
    return {
        "name": name,
        "category": category,
        "category_other": category_other,
        "description": description,
        "vehicle": vehicle,
        "vehicle_other": vehicle_other,
        "cost": cost,
        "key": key,
        "usage_unit": usage_unit,
        "communes": communes,
        "organisations": list(organisations),
    }


# The communes of the plateau and the river that joined the hosting.
HOSTED = ["Arlenans-le-Bief", "Bréviaux-sur-Sorne", "Brévignat", "Charlevanne", "Chaumerey-la-Côte",
          "Courtevigne", "Crancevaux", "Essarveaux", "Fontorgne", "Gérandot", "Les Granges-Moirard",
          "Loisières-en-Revermont", "Mervanges", "Montaigrel", "Montcharvet", "Ormanges", "Pernoz",
          "Pont-de-Sorne", "Saint-Lurin-de-Sorne", "Saint-Ombrin", "Sorneval", "Valfroidey",
          "Vauderolle", "Villard-Ombreuse"]

GIS_ACCOUNTS = {"Sorneval": 14, "Pont-de-Sorne": 6, "Bréviaux-sur-Sorne": 5, "Montcharvet": 4,
                "Saint-Lurin-de-Sorne": 3, "Chaumerey-la-Côte": 2, "Loisières-en-Revermont": 2,
                "Courtevigne": 1, "Les Granges-Moirard": 1, "Mervanges": 1, "Saint-Ombrin": 1,
                "Vauderolle": 1}

# The telephony contract, as each commune's lines cost it; they make 27 400 €.
TELEPHONY = {"Sorneval": 9850, "Pont-de-Sorne": 4120, "Bréviaux-sur-Sorne": 3480, "Montcharvet": 2760,
             "Saint-Lurin-de-Sorne": 2390, "Chaumerey-la-Côte": 1880, "Loisières-en-Revermont": 1620,
             "Courtevigne": 1300}

ARCHIVES = {"Sorneval": 40, "Pont-de-Sorne": 20, "Bréviaux-sur-Sorne": 15, "Montcharvet": 10,
            "Saint-Lurin-de-Sorne": 10, "Chaumerey-la-Côte": 5}

# Still under negotiation: 97,5 %.
SECURITY = {"Sorneval": 45, "Pont-de-Sorne": 15, "Bréviaux-sur-Sorne": 12.5, "Montcharvet": 10,
            "Saint-Lurin-de-Sorne": 8, "Chaumerey-la-Côte": 7}


def module(ctx):
    everyone = [name for name, _ in ctx.COMMUNES]
    assert sum(TELEPHONY.values()) == 27400
    assert sum(ARCHIVES.values()) == 100
    return {
        "version": 1,
        "resources": [
            resource("Hébergement et sauvegarde des données", "hosting",
                     "Serveurs et sauvegardes des communes regroupés dans la salle informatique de "
                     "l’agglomération, avec une copie hors site chaque nuit.",
                     "shared-service", ctx.euros(96000), "population", _members(ctx, HOSTED)),
            resource("Délégué à la protection des données mutualisé", "dpo",
                     "Un délégué et une assistante pour les 31 communes : registre des traitements, "
                     "analyses d’impact, réponses aux demandes d’accès.",
                     "shared-service", ctx.euros(62000), "equal", _members(ctx, everyone),
                     ["Centre de gestion du Jura"]),
            resource("Système d’information géographique intercommunal", "gis",
                     "Cadastre, réseaux et urbanisme dans un même outil, consultable par les "
                     "secrétariats de mairie.",
                     "agreement", ctx.euros(38500), "usage",
                     _members(ctx, list(GIS_ACCOUNTS), units=GIS_ACCOUNTS),
                     ["Syndicat mixte Jura Numérique"], usage_unit="comptes utilisateurs"),
            resource("Téléphonie fixe et mobile", "telephony",
                     "Marché commun de téléphonie ; chaque commune paie ses propres lignes.",
                     "purchasing-group", ctx.euros(27400), "custom-amount",
                     _members(ctx, list(TELEPHONY), amount=TELEPHONY)),
            resource("Archivage électronique à valeur probante", "archiving",
                     "Versement des actes et des pièces comptables dans un service d’archivage "
                     "électronique agréé.",
                     "mixed-syndicate", ctx.euros(21000), "custom-percent",
                     _members(ctx, list(ARCHIVES), percent=ARCHIVES),
                     ["Archives départementales du Jura"]),
            resource("Centre de supervision de la sécurité", "cybersecurity",
                     "Surveillance des postes et des serveurs, alertes et réponse aux incidents. "
                     "La répartition est encore en discussion entre les six communes.",
                     "spl", ctx.euros(54000), "custom-percent",
                     _members(ctx, list(SECURITY), percent=SECURITY),
                     ["Centre de gestion du Jura"]),
        ],
    }


def actions(ctx):
    return [
        ctx.action(0, "Hébergement mutualisé des serveurs et des sauvegardes", "mutualisation",
                   ctx.AXIS_SHARE, "Direction des systèmes d'information",
                   ["Communes membres", "Syndicat mixte Jura Numérique"],
                   "2027-01", "2028-06", "in-progress",
                   ctx.budget(y2027=(120000, 30000), y2028=(20000, 45000)),
                   [(ctx.DSIL, 48000)],
                   [("Communes hébergées", "6", "24"),
                    ("Sauvegardes restaurées avec succès lors des tests", "—", "100 %")]),
        ctx.action(0, "Délégué à la protection des données pour les 31 communes", "mutualisation",
                   ctx.AXIS_SHARE, "Direction générale des services", ["Centre de gestion du Jura"],
                   "2027-01", "2032-12", "planned",
                   ctx.budget(y2027=(4000, 62000), y2028=(0, 62000), y2029=(0, 63500),
                              y2030=(0, 63500), y2031=(0, 65000), y2032=(0, 65000)),
                   [],
                   [("Communes dont le registre des traitements est à jour", "3", "31")]),
        ctx.action(0, "SIG intercommunal et portail cartographique", "mutualisation",
                   ctx.AXIS_SHARE, "Service SIG et données", ["Syndicat mixte Jura Numérique"],
                   "2027-03", "2028-12", "planned",
                   ctx.budget(y2027=(45000, 12000), y2028=(0, 38500)),
                   [(ctx.REGION, 15000), (ctx.BDT, 10000)],
                   [("Comptes utilisateurs ouverts", "0", "41")]),
        ctx.action(0, "Archivage électronique des actes et des pièces comptables", "mutualisation",
                   ctx.AXIS_SHARE, "Service des archives", ["Archives départementales du Jura"],
                   "2028-01", "2029-12", "planned",
                   ctx.budget(y2028=(35000, 8000), y2029=(0, 21000)),
                   [(ctx.DEPARTEMENT, 12000)],
                   [("Actes versés au service d’archivage", "0", "100 %")]),
        ctx.action(0, "Centre de supervision de la sécurité", "mutualisation",
                   ctx.AXIS_SHARE, "Direction des systèmes d'information",
                   ["Centre de gestion du Jura", "Communes membres"],
                   "2027-09", "2030-12", "planned",
                   ctx.budget(y2027=(60000, 18000), y2028=(0, 54000), y2029=(0, 54000),
                              y2030=(0, 54000)),
                   [(ctx.DSIL, 30000), (ctx.FEDER, 25000)],
                   [("Postes supervisés", "0", "650"),
                    ("Délai moyen de réponse à un incident", "—", "moins de 4 heures")]),
        ctx.action(0, "Charte d’usage des outils mutualisés", "mutualisation",
                   ctx.AXIS_SHARE, "Direction générale des services", ["Communes membres"],
                   "2027-02", "2027-06", "planned",
                   ctx.budget(),
                   [],
                   [("Communes signataires de la charte", "0", "31")]),
    ]
