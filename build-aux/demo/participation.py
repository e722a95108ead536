# SPDX-License-Identifier: GPL-3.0-or-later
"""The Participation citoyenne module of the demo project (plugins/participation).

Six participation tools of the (fictional) agglomeration, the calendar of
their events, and what its Decidim platform published during the pilot
consultation of 2026: fourteen proposals (as an import of its open data
would bring them, with Decidim's ids, states and categories) and four
results of its accountability component. Some proposals are linked to
actions of the plan. Six actions are added to the plan.

Two things are made to show the findings: a workshop of 5 November 2026
still marked planned, and an action without a pilot. The platform's
address uses the reserved .example domain: nothing real is named.
"""

PLATFORM = "https://jeparticipe.valdesorne.example"
PROCESS = PLATFORM + "/processes/numerique-au-quotidien/f/12/proposals/"
RESULTS = PLATFORM + "/processes/numerique-au-quotidien/f/15/results/"


def dispositif(kind, name, audience, description, url=""):
    """One tool, its members in the order the plugin writes them."""
    return {"kind": kind, "name": name, "description": description,
            "audience": audience, "url": url}


def event(date, title, tool, place, status="planned"):
    return {"date": date, "title": title, "dispositif": tool, "place": place,
            "status": status}


def proposal(number, title, body, state, category, votes, comments, published,
             action=""):
    return {
        "id": number,
        "title": title,
        "body": body,
        "state": state,
        "category": category,
        "scope": "Val de Sorne",
        "reference": "VDS-PROP-2026-%02d-%d" % (int(published[5:7]), number),
        "votes": votes,
        "comments": comments,
        "published": published,
        "url": PROCESS + str(number),
        "action": action,
    }


def result(number, title, description, category, status, progress, start, end):
    return {
        "id": number,
        "title": title,
        "description": description,
        "category": category,
        "status": status,
        "progress": progress,
        "start": start,
        "end": end,
        "url": RESULTS + str(number),
    }


CONSULTATION = "Consultation « Le numérique au quotidien »"
BUDGET = "Budget participatif du Val de Sorne"
OPEN_DATA = "Portail des données ouvertes"
DATAVIZ = "Tableau de bord public de la stratégie"
WORKSHOPS = "Ateliers citoyens du numérique"
COUNCIL = "Conseil local du numérique"


def _own_action(ctx, rank):
    """The id make-demo.py gives the rank-th action of actions() below: it
    numbers them after those already in the plan, in order."""
    return "A-%03d" % (len(ctx.ACTIONS) + rank)


def module(ctx):
    platform = "A-011"   # Plateforme de participation et budget participatif
    open_data = "A-012"  # Ouverture des données publiques
    dashboard = _own_action(ctx, 2)
    workshops = _own_action(ctx, 3)
    return {
        "version": 1,
        "dispositifs": [
            dispositif("consultation", CONSULTATION, "Habitants de 16 ans et plus",
                       "Consultation en ligne et en mairie sur les services numériques du "
                       "quotidien, menée sur la plateforme Decidim de l'agglomération en 2026.\n\n"
                       "Les propositions retenues sont reprises dans le plan d'actions.",
                       PLATFORM + "/processes/numerique-au-quotidien"),
            dispositif("participatory-budget", BUDGET,
                       "Habitants, associations et conseils de quartier",
                       "150 000 € par an à partir de 2028 pour des projets numériques proposés "
                       "et votés par les habitants.",
                       PLATFORM + "/processes/budget-participatif"),
            dispositif("open-data", OPEN_DATA, "Tous publics, réutilisateurs",
                       "Les jeux de données de l'agglomération et des communes membres, sous "
                       "licence ouverte.",
                       "https://data.valdesorne.example"),
            dispositif("dataviz", DATAVIZ, "Élus, habitants",
                       "Les indicateurs de suivi de la stratégie, mis à jour chaque trimestre."),
            dispositif("workshops", WORKSHOPS, "Habitants éloignés du numérique",
                       "Ateliers de deux heures dans les médiathèques pour recueillir les "
                       "attentes de ceux qui ne participent pas en ligne."),
            dispositif("councils", COUNCIL, "Habitants tirés au sort, associations, élus",
                       "Instance consultative réunie une fois par an pour suivre la stratégie."),
        ],
        "calendar": [
            event("2026-09-15", "Ouverture de la consultation en ligne", CONSULTATION,
                  "jeparticipe.valdesorne.example", "held"),
            event("2026-10-08", "Réunion publique de lancement", CONSULTATION,
                  "Salle des fêtes de Sorneval", "held"),
            event("2026-11-05", "Atelier « Démarches en ligne »", WORKSHOPS,
                  "Médiathèque de Pont-de-Sorne"),
            event("2027-01-21", "Restitution de la consultation", CONSULTATION,
                  "Hôtel d'agglomération, Sorneval"),
            event("2027-03-18", "Première séance du conseil local du numérique", COUNCIL,
                  "Hôtel d'agglomération, Sorneval"),
            event("2027-06-02", "Publication du tableau de bord", DATAVIZ, "En ligne"),
            event("2028-01-15", "Dépôt des projets du budget participatif", BUDGET,
                  "jeparticipe.valdesorne.example"),
            event("2028-05-20", "Vote du budget participatif", BUDGET,
                  "En ligne et dans les 31 mairies"),
        ],
        "proposals": [
            proposal(1041, "Un wifi public dans chaque médiathèque",
                     "Les médiathèques de Crancevaux et de Fontorgne n'ont pas d'accès "
                     "sans fil : les lycéens viennent y réviser sans pouvoir se connecter.",
                     "accepted", "Accès au numérique", 212, 18, "2026-09-16", platform),
            proposal(1042, "Des permanences numériques le samedi matin",
                     "Beaucoup de personnes qui travaillent ne peuvent pas venir aux "
                     "permanences de la semaine.",
                     "accepted", "Accompagnement", 187, 25, "2026-09-16", workshops),
            proposal(1047, "Publier les horaires des bus en données ouvertes",
                     "Pour que les applications de mobilité affichent les horaires du réseau.",
                     "accepted", "Données ouvertes", 143, 9, "2026-09-18", open_data),
            proposal(1050, "Un tableau de bord des démarches en ligne",
                     "Savoir combien de démarches sont faites en ligne, commune par commune.",
                     "evaluating", "Données ouvertes", 96, 6, "2026-09-20", dashboard),
            proposal(1053, "Prendre rendez-vous en ligne à la déchetterie",
                     "Éviter l'attente du samedi.",
                     "accepted", "Démarches en ligne", 164, 14, "2026-09-22"),
            proposal(1058, "Un atelier pour apprendre à repérer les arnaques",
                     "Les aînés reçoivent beaucoup de faux messages de livraison.",
                     "evaluating", "Accompagnement", 121, 11, "2026-09-25"),
            proposal(1061, "Installer la fibre dans les hameaux",
                     "Le déploiement relève de l'opérateur et du syndicat départemental : "
                     "la proposition est transmise au syndicat mixte.",
                     "rejected", "Accès au numérique", 233, 31, "2026-09-26"),
            proposal(1064, "Des tablettes en prêt à la médiathèque",
                     "Comme les livres, pour deux semaines.",
                     "not_answered", "Accès au numérique", 58, 4, "2026-09-30"),
            proposal(1066, "Un espace de travail partagé à Saint-Ombrin",
                     "Pour les télétravailleurs des villages du plateau.",
                     "not_answered", "Développement économique", 77, 8, "2026-10-02"),
            proposal(1070, "Retransmettre les conseils communautaires en direct",
                     "Et garder les vidéos en ligne.",
                     "evaluating", "Vie démocratique", 105, 12, "2026-10-04", platform),
            proposal(1072, "Une application unique pour tous les services",
                     "Remplacée par la proposition 1053 et le portail citoyen.",
                     "withdrawn", "Démarches en ligne", 12, 2, "2026-10-06"),
            proposal(1075, "Ouvrir les données de la qualité de l'eau",
                     "Les analyses sont publiées en PDF : les publier aussi en CSV.",
                     "accepted", "Données ouvertes", 88, 5, "2026-10-09", "A-099"),
            proposal(1079, "Former les secrétaires de mairie aux outils collaboratifs",
                     "Pour partager les documents entre communes sans courriels.",
                     "not_answered", "Accompagnement", 41, 3, "2026-10-12"),
            proposal(1083, "Voter le budget participatif aussi sur papier",
                     "Tout le monde n'a pas d'ordinateur.",
                     "accepted", "Vie démocratique", 152, 20, "2026-10-14", platform),
        ],
        "results": [
            result(311, "Wifi public dans les médiathèques",
                   "Installation de bornes dans les six médiathèques du réseau.",
                   "Accès au numérique", "En cours", 40.0, "2027-01-04", "2027-12-17"),
            result(312, "Permanences numériques du samedi",
                   "Une permanence par mois dans chaque France Services.",
                   "Accompagnement", "En cours", 25.0, "2027-02-06", "2027-12-18"),
            result(313, "Horaires du réseau de bus en données ouvertes",
                   "Publication au format GTFS sur le portail des données ouvertes.",
                   "Données ouvertes", "Prévu", 0.0, "2027-09-01", "2028-03-31"),
            result(314, "Rendez-vous en ligne à la déchetterie", "", "Démarches en ligne",
                   "À l'étude", None, "", ""),
        ],
    }


def actions(ctx):
    return [
        ctx.action(0, "Consultation en ligne sur les services publics numériques", "participation",
                   ctx.AXIS_INVOLVE, "Direction de la relation aux usagers",
                   ["Conseil de développement", "Communes membres"],
                   "2026-09", "2027-01", "in-progress",
                   ctx.budget(y2026=(0, 8000), y2027=(0, 4000)),
                   [],
                   [("Participants à la consultation", "0", "1 500"),
                    ("Propositions déposées", "0", "200")]),
        ctx.action(0, "Tableau de bord public de la stratégie numérique", "participation",
                   ctx.AXIS_KNOW, "Service SIG et données",
                   ["Plateforme régionale de données"],
                   "2027-01", "2027-06", "planned",
                   ctx.budget(y2027=(22000, 6000)),
                   [(ctx.REGION, 8000)],
                   [("Indicateurs publiés", "0", "25"),
                    ("Mises à jour par an", "0", "4")]),
        ctx.action(0, "Ateliers citoyens dans les médiathèques", "participation",
                   ctx.AXIS_INVOLVE, "Réseau des médiathèques",
                   ["Centres sociaux", "Conseillers numériques"],
                   "2026-10", "2028-06", "in-progress",
                   ctx.budget(y2027=(3000, 9000), y2028=(0, 9000)),
                   [(ctx.DEPARTEMENT, 5000)],
                   [("Ateliers tenus", "0", "24"),
                    ("Participants sans compte sur la plateforme", "0", "300")]),
        ctx.action(0, "Animation du conseil local du numérique", "participation",
                   ctx.AXIS_INVOLVE, "",
                   ["Conseil de développement", "Associations"],
                   "2027-03", "2032-12", "planned",
                   ctx.budget(y2027=(0, 3000), y2028=(0, 3000), y2029=(0, 3000)),
                   [],
                   [("Séances tenues", "0", "1 par an")]),
        ctx.action(0, "Publication des données de la commande publique", "participation",
                   ctx.AXIS_SHARE, "Service de la commande publique",
                   ["Plateforme régionale de données"],
                   "2027-09", "2028-06", "planned",
                   ctx.budget(y2027=(6000, 2000), y2028=(0, 2000)),
                   [(ctx.BDT, 4000)],
                   [("Marchés publiés en données essentielles", "20 %", "100 %")]),
        ctx.action(0, "Vote papier et en ligne du budget participatif", "participation",
                   ctx.AXIS_INVOLVE, "Service démocratie locale",
                   ["Communes membres"],
                   "2028-03", "2028-06", "planned",
                   ctx.budget(y2028=(0, 12000)),
                   [],
                   [("Votants", "0", "5 000"),
                    ("Part des votes sur papier", "—", "30 %")]),
    ]
