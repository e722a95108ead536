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

import importlib
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

# The Médiation numérique module (plugins/mediation/README.md): an inventory
# of fictional lieux in the national schema v1.0.2, the publics aimed at,
# the national programmes and the strategy. Several small communes have no
# lieu, so that the coverage shows gaps; one lieu was last updated in 2023,
# so that the findings ask for it to be checked.
MEDIATION_SERVICES = {
    "demarches": "Aide aux démarches administratives",
    "quotidien": "Maîtrise des outils numériques du quotidien",
    "insertion": "Insertion professionnelle via le numérique",
    "securite": "Utilisation sécurisée du numérique",
    "parentalite": "Parentalité et éducation avec le numérique",
    "loisirs": "Loisirs et créations numériques",
    "comprendre": "Compréhension du monde numérique",
    "acces": "Accès internet et matériel informatique",
    "materiel": "Acquisition de matériel informatique à prix solidaire",
}

# (commune, postal code): communes share postal codes, as in life.
MEDIATION_POSTAL = {
    "Sorneval": "39810", "Pont-de-Sorne": "39820", "Montcharvet": "39830",
    "Bréviaux-sur-Sorne": "39820", "Saint-Lurin-de-Sorne": "39810",
    "Chaumerey-la-Côte": "39840", "Loisières-en-Revermont": "39850",
    "Courtevigne": "39830", "Les Granges-Moirard": "39840", "Mervanges": "39850",
    "Vauderolle": "39810", "Saint-Ombrin": "39860", "Arlenans-le-Bief": "39860",
    "Crancevaux": "39830", "Fontorgne": "39840", "Charlevanne": "39850",
}


def mediation_points():
    """Where each commune's places stand: around the centroid of its outline
    (territory.outlines), a few hundred metres apart, so that the map shows
    them inside their commune."""
    import math
    points = {}
    for code, polygons in outlines()["areas"].items():
        ring = polygons[0][0][:-1]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        centre = (cx / (3 * area), cy / (3 * area))
        points[code] = [(round(centre[0] + (0.006 * math.cos(k * 2.4) if k else 0), 5),
                         round(centre[1] + (0.0042 * math.sin(k * 2.4) if k else 0), 5))
                        for k in range(6)]
    return points


def mediation_lieu(points, number, nom, commune, adresse, typologie, services, date_maj,
                   dispositifs=(), publics=(), frais=("Gratuit",),
                   modalites=("Accompagnement individuel",), acces=("Se présenter",),
                   horaires="Mo-Fr 09:00-12:00,14:00-17:00", itinerant=False, resume=None):
    """One lieu, its members in the schema's order, lists as arrays."""
    longitude, latitude = points[INSEE[commune]].pop(0)
    lieu = {
        "id": "vds-%03d" % number,
        # Associations are known by their RNA number, the others by a SIRET.
        "pivot": ("W39%07d" % (4100 + number * 53) if "ASSO" in typologie
                  else "2439005290%04d" % (number * 7)),
        "nom": nom,
        "commune": commune,
        "code_postal": MEDIATION_POSTAL[commune],
        "code_insee": INSEE[commune],
        "adresse": adresse,
        "latitude": latitude,
        "longitude": longitude,
        "typologie": list(typologie),
        "telephone": "+33384%06d" % (210000 + number * 137),
        "courriels": ["mediation.%03d@val-de-sorne.example" % number],
        "horaires": horaires,
    }
    if resume:
        lieu["presentation_resume"] = resume
    lieu["source"] = "Communauté d'agglomération du Val de Sorne"
    lieu["itinerance"] = ["Itinérant"] if itinerant else ["Fixe"]
    lieu["date_maj"] = date_maj
    lieu["services"] = [MEDIATION_SERVICES[key] for key in services]
    if publics:
        lieu["publics_specifiquement_adresses"] = list(publics)
    lieu["frais_a_charge"] = list(frais)
    if dispositifs:
        lieu["dispositif_programmes_nationaux"] = list(dispositifs)
    lieu["modalites_acces"] = list(acces)
    lieu["modalites_accompagnement"] = list(modalites)
    return lieu


def mediation_module():
    cnfs, fs, ac = "Conseillers numériques", "France Services", "Aidants Connect"
    individual, workshop, alone, remote = ("Accompagnement individuel", "Dans un atelier collectif",
                                           "En autonomie", "À distance")
    points = mediation_points()
    lieux = [
        mediation_lieu(points, 1, "France Services Sorneval", "Sorneval", "4 place de la Mairie", ["PIMMS"],
                       ["demarches", "quotidien", "acces"], "2026-09-15", [fs, ac, cnfs],
                       modalites=[individual, remote], acces=["Se présenter", "Téléphoner"],
                       resume="Accueil et accompagnement dans les démarches administratives en ligne, "
                              "avec des agents formés et un conseiller numérique."),
        mediation_lieu(points, 2, "Médiathèque Louis-Pergaud", "Sorneval", "12 rue des Tanneurs", ["BIB"],
                       ["quotidien", "loisirs", "comprendre", "acces"], "2026-06-02", [cnfs],
                       modalites=[workshop, alone], horaires="Tu-Sa 10:00-18:00"),
        mediation_lieu(points, 3, "Centre communal d'action sociale de Sorneval", "Sorneval",
                       "1 rue de l'Hôtel-de-Ville", ["CCAS"], ["demarches", "securite"], "2026-03-20", [ac],
                       publics=["Seniors"], frais=["Gratuit"]),
        mediation_lieu(points, 4, "Espace emploi numérique", "Sorneval", "27 avenue de la Gare", ["ASSO"],
                       ["insertion", "quotidien"], "2025-11-04", [], publics=["Jeunes"],
                       modalites=[individual, workshop]),
        mediation_lieu(points, 5, "Ressourcerie Récup'Ordi", "Sorneval", "ZA des Prés-Hauts, bâtiment C",
                       ["ASSO"], ["materiel", "acces"], "2026-01-28", [], frais=["Payant"],
                       modalites=[alone], horaires="We,Sa 09:00-12:30"),
        mediation_lieu(points, 6, "Médiathèque de Pont-de-Sorne", "Pont-de-Sorne", "3 quai du Moulin", ["BIB"],
                       ["quotidien", "loisirs", "acces"], "2026-05-12", [],
                       modalites=[workshop, alone], horaires="Tu-Sa 10:00-12:00,14:00-18:00"),
        mediation_lieu(points, 7, "France Services Pont-de-Sorne", "Pont-de-Sorne", "18 Grande Rue", ["PIMMS"],
                       ["demarches", "acces"], "2026-07-01", [fs, cnfs], modalites=[individual, remote]),
        mediation_lieu(points, 8, "Centre social des Tilleuls", "Montcharvet", "9 allée des Tilleuls", ["CS"],
                       ["parentalite", "quotidien", "securite"], "2026-02-17", [cnfs],
                       publics=["Familles et/ou enfants"], frais=["Gratuit sous condition"],
                       modalites=[workshop, individual]),
        mediation_lieu(points, 9, "Mairie de Montcharvet", "Montcharvet", "Place Charles-de-Gaulle", ["MUNI"],
                       ["demarches"], "2025-10-09", [ac], acces=["Téléphoner", "Prendre un RDV en ligne"]),
        mediation_lieu(points, 10, "Tiers-lieu La Fabrique", "Bréviaux-sur-Sorne", "5 rue de la Filature",
                       ["TIERS_LIEUX"], ["loisirs", "comprendre", "acces"], "2026-04-23", [],
                       frais=["Gratuit sous condition"], modalites=[workshop, alone],
                       horaires="We-Sa 14:00-19:00"),
        mediation_lieu(points, 11, "Mairie de Bréviaux-sur-Sorne", "Bréviaux-sur-Sorne", "2 place de l'Église",
                       ["MUNI"], ["demarches"], "2025-12-11", [], acces=["Se présenter"]),
        mediation_lieu(points, 12, "Maison des solidarités", "Saint-Lurin-de-Sorne", "14 rue Pasteur", ["MDS"],
                       ["demarches", "insertion", "securite"], "2026-08-30", [cnfs, ac],
                       modalites=[individual]),
        mediation_lieu(points, 13, "Bibliothèque municipale", "Saint-Lurin-de-Sorne", "6 place du Marché", ["BIB"],
                       ["quotidien", "loisirs"], "2026-01-09", [], modalites=[workshop],
                       horaires="We 14:00-18:00; Sa 09:00-12:00"),
        mediation_lieu(points, 14, "Espace public numérique", "Chaumerey-la-Côte", "1 rue du Stade", ["MUNI"],
                       ["quotidien", "acces", "securite"], "2025-09-25", [], publics=["Seniors"],
                       modalites=[workshop, alone]),
        mediation_lieu(points, 15, "Mission locale du Revermont", "Loisières-en-Revermont", "22 avenue Jean-Jaurès",
                       ["ML"], ["insertion", "demarches"], "2026-06-18", [], publics=["Jeunes"],
                       acces=["Téléphoner", "Contacter par mail"]),
        mediation_lieu(points, 16, "Médiathèque intercommunale du Revermont", "Loisières-en-Revermont",
                       "3 rue des Écoles", ["BIB"], ["quotidien", "loisirs", "comprendre"], "2026-03-05",
                       [cnfs], modalites=[workshop]),
        mediation_lieu(points, 17, "Mairie de Courtevigne", "Courtevigne", "Place de la Mairie", ["MUNI"],
                       ["demarches"], "2023-06-14", [], horaires="Mo,Th 14:00-18:00"),
        mediation_lieu(points, 18, "Foyer rural des Granges", "Les Granges-Moirard", "Route de Moirard", ["ASSO"],
                       ["quotidien", "loisirs"], "2025-12-03", [], publics=["Seniors"],
                       frais=["Gratuit sous condition"], modalites=[workshop],
                       horaires="Tu 14:00-17:00"),
        mediation_lieu(points, 19, "Collège Jean-Moulin, atelier parents", "Mervanges", "Rue du Collège", ["Autre"],
                       ["parentalite"], "2026-09-01", [], publics=["Familles et/ou enfants"],
                       modalites=[workshop], horaires="Sa 09:00-11:00"),
        mediation_lieu(points, 20, "Bus numérique du Val de Sorne", "Vauderolle", "Parking de la salle des fêtes",
                       ["EPCI"], ["demarches", "quotidien", "acces"], "2026-10-06", [cnfs],
                       modalites=[individual, workshop], horaires="Th 09:00-12:00", itinerant=True,
                       resume="Le bus numérique stationne chaque semaine dans une commune du plateau : "
                              "ordinateurs, connexion et conseiller numérique."),
        mediation_lieu(points, 21, "Agence postale communale", "Saint-Ombrin", "7 rue Principale", ["MUNI"],
                       ["demarches", "acces"], "2025-08-19", [], modalites=[alone]),
        mediation_lieu(points, 22, "Association Clic & Partage", "Arlenans-le-Bief", "Salle polyvalente", ["ASSO"],
                       ["quotidien", "securite"], "2026-02-02", [], publics=["Seniors"],
                       frais=["Payant"], modalites=[workshop], horaires="Mo 14:00-16:00"),
        mediation_lieu(points, 23, "Mairie de Crancevaux", "Crancevaux", "1 place du Tilleul", ["MUNI"],
                       ["demarches"], "2025-11-27", [ac], acces=["Téléphoner"]),
        mediation_lieu(points, 24, "Point info famille", "Fontorgne", "4 rue des Vergers", ["CAF"],
                       ["demarches", "parentalite"], "2026-05-28", [],
                       publics=["Familles et/ou enfants"]),
        mediation_lieu(points, 25, "Médiathèque de Charlevanne", "Charlevanne", "10 rue du Lavoir", ["BIB"],
                       ["quotidien", "loisirs", "acces"], "2026-04-08", [], modalites=[workshop, alone],
                       horaires="We,Sa 10:00-12:00,14:00-17:00"),
    ]
    return {
        "version": 1,
        "strategy": (
            "La Communauté d’agglomération du Val de Sorne veut qu’aucun habitant ne renonce "
            "à un droit ou à un service parce qu’il est en ligne. Elle s’appuie sur les France "
            "Services, les médiathèques et les centres sociaux, et sur quatre conseillers "
            "numériques, dont un itinérant à bord du bus numérique.\n\n"
            "Priorité est donnée aux communes du plateau, où vivent des habitants âgés, loin "
            "des lieux existants\u00a0: le bus numérique y passe chaque semaine, et six médiathèques "
            "ouvriront un espace numérique d’ici 2028.\n\n"
            "L’inventaire des lieux est tenu à jour chaque année avec les communes et publié "
            "selon le schéma national des lieux de médiation numérique."),
        "publics": ["Seniors", "Familles et/ou enfants", "Demandeurs d’emploi",
                    "Habitants des communes rurales isolées"],
        "dispositifs": [
            {"name": "Conseillers numériques", "count": 4},
            {"name": "France Services", "count": 2},
            {"name": "Aidants Connect", "count": 3},
        ],
        "lieux": lieux,
    }


# The Diagnostic module (plugins/diagnostic/README.md): the written
# diagnostic, indicators for the whole territory and by commune (fibre
# rates of two years and the indice de fragilité numérique, derived from
# the population so that the ville-centre and the plateau differ as they
# would), the map's indicator and a SWOT. One indicator has no source, so
# that the findings ask for it.
DIAGNOSTIC_FTTH = "Locaux raccordables à la fibre (FttH)"
DIAGNOSTIC_IFN = "Indice de fragilité numérique"
ARCEP_FIXED = "ARCEP, Ma connexion internet"
MEDNUM = "La MedNum, indice de fragilité numérique"
INSEE_RP = "Insee, recensement de la population"


def diagnostic_indicator(name, theme, value, unit, year, source, scope=""):
    """As the plugin writes it: whole numbers without a ".0"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {"name": name, "theme": theme, "value": value, "unit": unit, "year": year,
            "source": source, "scope": scope}


def diagnostic_by_commune():
    """FttH rates (2024, 2025) and fragility scores, one commune after another."""
    out = []
    for i, (name, population) in enumerate(COMMUNES):
        # Bigger communes were wired first; a fixed wobble tells them apart.
        wobble = ((i * 37) % 11 - 5) * 1.3
        size = min(1.0, population / 10000.0)
        ftth_2025 = round(min(99.6, 58.0 + 38.0 * size ** 0.35 + wobble), 1)
        ftth_2024 = round(max(12.0, ftth_2025 - 9.0 - (i * 13) % 7), 1)
        fragility = round(max(2.1, min(8.9, 7.6 - 4.4 * size ** 0.4 + wobble / 4)), 1)
        out.append(diagnostic_indicator(DIAGNOSTIC_FTTH, "connectivite", ftth_2024, "%", 2024,
                                        ARCEP_FIXED, INSEE[name]))
        out.append(diagnostic_indicator(DIAGNOSTIC_FTTH, "connectivite", ftth_2025, "%", 2025,
                                        ARCEP_FIXED, INSEE[name]))
        out.append(diagnostic_indicator(DIAGNOSTIC_IFN, "fragilite", fragility, "score", 2025,
                                        MEDNUM, INSEE[name]))
    return out


def diagnostic_module():
    territory = [
        diagnostic_indicator(DIAGNOSTIC_FTTH, "connectivite", 79.8, "%", 2024, ARCEP_FIXED),
        diagnostic_indicator(DIAGNOSTIC_FTTH, "connectivite", 87.4, "%", 2025, ARCEP_FIXED),
        diagnostic_indicator("Locaux éligibles à 30 Mbit/s ou plus (filaire)", "connectivite",
                             91.2, "%", 2025, ARCEP_FIXED + ", fichier commune_debit_filaire"),
        diagnostic_indicator("Surface couverte en 4G par les quatre opérateurs", "connectivite",
                             76.5, "%", 2025, "ARCEP, Mon réseau mobile"),
        diagnostic_indicator("Foyers sans accès à internet", "equipement", 11.3, "%", 2023,
                             "Enquête usages numériques du Val de Sorne"),
        diagnostic_indicator("Foyers sans ordinateur", "equipement", 17.8, "%", 2023,
                             "Enquête usages numériques du Val de Sorne"),
        diagnostic_indicator("Personnes en situation d'illectronisme", "usages", 16.4, "%", 2023,
                             "Enquête usages numériques du Val de Sorne"),
        diagnostic_indicator("Démarches administratives réalisées en ligne", "usages", 18, "%", 2025,
                             "Collectivité, tableau de bord des démarches"),
        diagnostic_indicator("Personnes accompagnées par les conseillers numériques", "competences",
                             1240, "personnes", 2025, "Conseillers numériques, bilan d'activité"),
        diagnostic_indicator("Ateliers collectifs de médiation numérique", "competences", 186,
                             "ateliers", 2025, ""),
        diagnostic_indicator("Démarches disponibles en ligne", "services-publics", 6, "démarches",
                             2026, "Collectivité, inventaire des services"),
        diagnostic_indicator("Espaces France Services", "services-publics", 2, "espaces", 2026,
                             "ANCT"),
        diagnostic_indicator(DIAGNOSTIC_IFN, "fragilite", 5.4, "score", 2025, MEDNUM),
        diagnostic_indicator("Taux de pauvreté", "fragilite", 12.8, "%", 2021, "Insee, Filosofi"),
        diagnostic_indicator("Part des 65 ans et plus", "fragilite", 23.9, "%", 2021, INSEE_RP),
        diagnostic_indicator("Part des personnes sans diplôme", "fragilite", 21.5, "%", 2021,
                             INSEE_RP),
    ]
    return {
        "version": 1,
        "text": (
            "Le Val de Sorne est un territoire contrasté. La ville-centre et les communes de la "
            "vallée sont presque entièrement raccordables à la fibre, quand les villages du "
            "plateau attendent encore la fin du déploiement et restent mal couverts en 4G.\n\n"
            "Un habitant sur quatre a 65 ans ou plus, et cette part dépasse un tiers dans les "
            "plus petites communes, où l'indice de fragilité numérique est le plus élevé. Un "
            "habitant sur six déclare ne pas savoir faire seul ses démarches en ligne.\n\n"
            "Les lieux de médiation existent mais se concentrent à Sorneval et Pont-de-Sorne : "
            "l'enjeu est d'aller vers les habitants éloignés plutôt que d'attendre qu'ils "
            "viennent."),
        "indicators": territory + diagnostic_by_commune(),
        "swot": {
            "strengths": ["Fibre déployée dans la ville-centre et la vallée",
                          "Réseau de médiathèques bien réparti",
                          "Deux France Services et quatre conseillers numériques"],
            "weaknesses": ["Zones blanches mobiles dans les villages du plateau",
                           "Peu d'agents formés à la cybersécurité",
                           "Démarches en ligne encore rares dans les communes"],
            "opportunities": ["Appels à projets de l'État et de la Région",
                              "Fin du déploiement de la fibre prévue en 2027",
                              "Mutualisation possible avec le centre de gestion"],
            "threats": ["Population vieillissante dans les petites communes",
                        "Hausse des attaques par rançongiciel",
                        "Fin du financement national des conseillers numériques"],
        },
        "map_indicator": DIAGNOSTIC_FTTH,
    }


# The Diagnostic's object; the Médiation numérique's is added after the
# outlines, the other modules' by their fragments (build-aux/demo/).
MODULES = {
    "diagnostic": diagnostic_module(),
}


# The outlines of the communes (territory.outlines), made up like the rest:
# a power diagram (a Voronoi partition whose cells can be made larger or
# smaller) of one point per commune, clipped to the agglomeration's
# boundary around 46.6°N 5.6°E, its borders then given a wiggle that both
# neighbours share. The communes of the Sorne lie along the river through
# the middle; the town centre is compact, the villages of the plateau are
# larger. Coordinates are rounded as libmaillage stores them (10⁻⁵ degree).
OUTLINES_CENTRE = (5.6, 46.6)
# Half-extents of the territory, in degrees of latitude (longitudes are
# scaled by the cosine of the latitude while drawing the partition).
OUTLINES_RADIUS = (0.145, 0.115)
OUTLINES_RIVER = ["Sorneval", "Pont-de-Sorne", "Bréviaux-sur-Sorne", "Saint-Lurin-de-Sorne"]


def _outlines_clip(polygon, a, b, c):
    """The part of polygon where a·x + b·y <= c (Sutherland–Hodgman)."""
    out = []
    for i, p in enumerate(polygon):
        q = polygon[(i + 1) % len(polygon)]
        dp = a * p[0] + b * p[1] - c
        dq = a * q[0] + b * q[1] - c
        if dp <= 0:
            out.append(p)
        if (dp < 0 < dq) or (dq < 0 < dp):
            t = dp / (dp - dq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _outlines_area_centroid(polygon):
    area = cx = cy = 0.0
    for i, p in enumerate(polygon):
        q = polygon[(i + 1) % len(polygon)]
        cross = p[0] * q[1] - q[0] * p[1]
        area += cross
        cx += (p[0] + q[0]) * cross
        cy += (p[1] + q[1]) * cross
    area /= 2
    if abs(area) < 1e-12:
        return 0.0, polygon[0]
    return area, (cx / (6 * area), cy / (6 * area))


def _outlines_cells(seeds, weights, boundary):
    """The power cell of each seed within the boundary polygon."""
    cells = []
    for i, (p, wp) in enumerate(zip(seeds, weights)):
        cell = boundary
        for j, (q, wq) in enumerate(zip(seeds, weights)):
            if i != j and cell:
                cell = _outlines_clip(cell, 2 * (q[0] - p[0]), 2 * (q[1] - p[1]),
                                      q[0] ** 2 + q[1] ** 2 - p[0] ** 2 - p[1] ** 2 - wq + wp)
        cells.append(cell)
    return cells


def _outlines_partition(rng):
    """Seeds, then a few rounds of moving them to their cells' centres and
    weighting them towards the wanted areas."""
    import math
    rx, ry = OUTLINES_RADIUS
    # an irregular oval: two slow lumps and a little noise
    phases = (rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi))
    boundary = []
    for k in range(32):
        angle = 2 * math.pi * k / 32
        r = 1 + 0.08 * math.sin(2 * angle + phases[0]) + 0.05 * math.sin(3 * angle + phases[1]) \
            + rng.uniform(-0.025, 0.025)
        boundary.append((rx * r * math.cos(angle), ry * r * math.sin(angle)))

    names = [name for name, _ in COMMUNES]
    seeds = {}
    for k, name in enumerate(OUTLINES_RIVER):
        t = (k - 0.4) * 0.04
        seeds[name] = (t, -0.35 * t + 0.004 * k)
    for name in names:
        while name not in seeds:
            p = (rng.uniform(-rx, rx), rng.uniform(-ry, ry))
            if (p[0] / rx) ** 2 + (p[1] / ry) ** 2 < 0.85 and \
               all(math.dist(p, q) > 0.032 for q in seeds.values()):
                seeds[name] = p
    seeds = [seeds[name] for name in names]

    populations = [population for _, population in COMMUNES]
    median = sorted(populations)[len(populations) // 2]
    factors = [(median / population) ** 0.28 for population in populations]
    total = abs(_outlines_area_centroid(boundary)[0])
    targets = [total * f / sum(factors) for f in factors]
    weights = [0.0] * len(seeds)
    for round_ in range(60):
        cells = _outlines_cells(seeds, weights, boundary)
        for i, cell in enumerate(cells):
            area, centroid = _outlines_area_centroid(cell) if cell else (0.0, seeds[i])
            if round_ < 12 and names[i] not in OUTLINES_RIVER:
                seeds[i] = ((seeds[i][0] + centroid[0]) / 2, (seeds[i][1] + centroid[1]) / 2)
            weights[i] += 0.5 * (targets[i] - area)
    return _outlines_cells(seeds, weights, boundary)


def _outlines_wiggle(rng_seed, a, b, depth):
    """Points strictly between a and b, displaced sideways at random, the
    same for whoever asks, in the order from a to b."""
    import random
    rng = random.Random(rng_seed)

    def split(p, q, level):
        if level == 0:
            return []
        length = ((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2) ** 0.5
        shift = rng.uniform(-0.11, 0.11) * length
        m = ((p[0] + q[0]) / 2 - shift * (q[1] - p[1]) / length,
             (p[1] + q[1]) / 2 + shift * (q[0] - p[0]) / length)
        return split(p, m, level - 1) + [m] + split(m, q, level - 1)

    return split(a, b, depth)


def _outlines_crosses(ring):
    """Whether two non-adjacent segments of the closed ring cross."""
    def side(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    n = len(ring) - 1
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            p, q, r, s = ring[i], ring[i + 1], ring[j], ring[j + 1]
            if side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0:
                return True
    return False


def outlines():
    """territory.outlines: each commune's MultiPolygon, by INSEE code."""
    import math
    import random
    rng = random.Random(3901)
    cells = _outlines_partition(rng)

    # One point for what several cells compute as the same corner, so that
    # neighbours share their border exactly.
    corners = []

    def corner(p):
        for k, c in enumerate(corners):
            if abs(c[0] - p[0]) < 1e-9 and abs(c[1] - p[1]) < 1e-9:
                return k
        corners.append(p)
        return len(corners) - 1

    shared = {}
    for cell in cells:
        for i in range(len(cell)):
            key = tuple(sorted((corner(cell[i]), corner(cell[(i + 1) % len(cell)]))))
            shared[key] = shared.get(key, 0) + 1

    shrink = math.cos(math.radians(OUTLINES_CENTRE[1]))
    areas = {}
    for (name, _), cell in zip(COMMUNES, cells):
        ids = [corner(p) for p in cell]
        ids = [k for i, k in enumerate(ids) if k != ids[i - 1]]
        ring = []
        for i, a in enumerate(ids):
            b = ids[(i + 1) % len(ids)]
            lo, hi = min(a, b), max(a, b)
            # inner borders wiggle more than the agglomeration's edge, and
            # long ones more than short ones
            length = math.dist(corners[lo], corners[hi])
            depth = (2 if length > 0.016 else 1 if length > 0.004 else 0) if shared[(lo, hi)] > 1 else 1
            between = _outlines_wiggle("%d-%d" % (lo, hi), corners[lo], corners[hi], depth)
            ring.append(corners[a])
            ring.extend(between if a == lo else between[::-1])
        ring.append(ring[0])
        if _outlines_area_centroid(ring[:-1])[0] < 0:
            ring.reverse()
        assert not _outlines_crosses(ring), name
        positions = []
        for x, y in ring:
            position = [round(OUTLINES_CENTRE[0] + x / shrink, 5), round(OUTLINES_CENTRE[1] + y, 5)]
            if not positions or position != positions[-1]:
                positions.append(position)
        assert 10 <= len(positions) <= 31, (name, len(positions))
        areas[INSEE[name]] = [[positions]]
    return {"insee_property": "INSEE_COM", "areas": {code: areas[code] for code in sorted(areas)}}


# After outlines(): the places are put inside their communes' outlines.
MODULES["mediation"] = mediation_module()

# The other modules each describe their part of the demo in
# build-aux/demo/<module>.py: module(ctx) returns the module's data and
# actions(ctx) the actions it adds to the plan, built with ctx.action()
# (ctx is this script, for COMMUNES, INSEE, euros(), budget(), ...). Their
# numbers are given here, after the actions above, in the order of FRAGMENTS.
FRAGMENTS = ["gouvernance", "mutualisation", "dematerialisation", "participation", "plan"]

# The délibération (top-level, after the actions, as libmaillage writes
# it) comes from build-aux/demo/deliberation.py.
DELIBERATION = None


def _load_fragments():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo")
    if here not in sys.path:
        sys.path.insert(0, here)
    ctx = sys.modules[__name__]
    for name in FRAGMENTS:
        if not os.path.exists(os.path.join(here, name + ".py")):
            continue
        fragment = importlib.import_module(name)
        if hasattr(fragment, "module"):
            MODULES[name] = fragment.module(ctx)
        for extra in getattr(fragment, "actions", lambda ctx: [])(ctx):
            extra["id"] = "A-%03d" % (len(ACTIONS) + 1)
            ACTIONS.append(extra)


_load_fragments()


def _load_deliberation():
    global DELIBERATION
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo")
    if os.path.exists(os.path.join(here, "deliberation.py")):
        DELIBERATION = importlib.import_module("deliberation").deliberation(sys.modules[__name__])


_load_deliberation()

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
        "outlines": outlines(),
    },
    "actions": ACTIONS,
}
if DELIBERATION is not None:
    PROJECT["deliberation"] = DELIBERATION
PROJECT["modules"] = {key: MODULES[key] for key in sorted(MODULES)}


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
