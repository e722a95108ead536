# SPDX-License-Identifier: GPL-3.0-or-later
"""The Plan d'actions of the demo project: a few more actions.

The modules' fragments bring their own actions; these four complete the
plan where it was thin (the diagnostic and the médiation numérique), so
that the « Plan d'actions » page, its totals and its timeline show a plan
of about forty actions over five axes. Everything is fictional.
"""


def actions(ctx):
    return [
        ctx.action(0, "Indice de fragilité numérique actualisé par commune", "diagnostic",
                   ctx.AXIS_KNOW, "Service SIG et données",
                   ["Observatoire régional du numérique", ctx.DEPARTEMENT],
                   "2027-09", "2028-06", "planned",
                   ctx.budget(y2027=(0, 8000), y2028=(0, 12000)),
                   [(ctx.REGION, 6000)],
                   [("Communes dotées d'un indice à jour", "0", "31")]),
        ctx.action(0, "Évaluation à mi-parcours de la stratégie", "diagnostic",
                   ctx.AXIS_KNOW, "Direction générale des services",
                   ["Conseil de développement"],
                   "2029-09", "2030-03", "planned",
                   ctx.budget(y2029=(0, 15000), y2030=(0, 10000)),
                   [],
                   [("Rapport d'évaluation présenté au conseil", "non", "oui")]),
        ctx.action(0, "Ateliers numériques pour les seniors des communes rurales", "mediation",
                   ctx.AXIS_INCLUDE, "Centre intercommunal d'action sociale",
                   ["Clubs des aînés", "Conférence des financeurs du Jura"],
                   "2027-10", "2029-06", "planned",
                   ctx.budget(y2027=(6000, 9000), y2028=(0, 36000), y2029=(0, 18000)),
                   [(ctx.DEPARTEMENT, 25000)],
                   [("Seniors ayant suivi un cycle d'ateliers", "0", "600")]),
        ctx.action(0, "Reconditionnement et prêt d'ordinateurs aux familles", "mediation",
                   ctx.AXIS_INCLUDE, "Centre intercommunal d'action sociale",
                   ["Recyclerie du Val de Sorne", "Collèges du territoire"],
                   "2028-01", "2029-12", "planned",
                   ctx.budget(y2028=(15000, 12000), y2029=(5000, 12000)),
                   [(ctx.BDT, 10000), (ctx.FEDER, 8000)],
                   [("Ordinateurs prêtés ou cédés", "0", "400")]),
    ]
