# SPDX-License-Identifier: GPL-3.0-or-later
"""The Dématérialisation module of the demo project (plugins/dematerialisation).

Fifteen services and procedures of the (fictional) agglomeration, in the
module's own shape, and six actions of the plan. Some are made to show the
findings: a procedure without a target date, one whose target is where it
stands today, a high priority overdue (due in June 2026, still partly
online), online procedures whose accessibility was never assessed, an
action without a pilot and one without a budget.
"""

PORTAL = "Portail citoyen (GRU)"
DS = "Démarches simplifiées"


def procedure(name, audiences, service, state, target_state, priority, target_date,
              accessibility="not-assessed", compliance_rate=None, volume=None,
              platform="", notes=""):
    """One procedure, its members in the order the plugin writes them."""
    return {
        "name": name,
        "audiences": audiences,
        "service": service,
        "state": state,
        "target_state": target_state,
        "priority": priority,
        "target_date": target_date,
        "accessibility": accessibility,
        "compliance_rate": compliance_rate,
        "volume": volume,
        "platform": platform,
        "notes": notes,
    }


def module(ctx):
    return {
        "version": 1,
        "procedures": [
            procedure("Inscription en crèche et en halte-garderie", ["individuals"],
                      "Direction de la petite enfance", "downloadable-form", "fully-online",
                      "high", "2027-09", volume=620, platform=PORTAL,
                      notes="Commission d'attribution commune aux six crèches."),
            procedure("Demande de bac ou de badge de déchetterie", ["individuals", "businesses"],
                      "Service de gestion des déchets", "partly-online", "fully-online",
                      "high", "2027-06", "partially-compliant", 68, 4200, PORTAL,
                      "Le badge est encore retiré à l'accueil."),
            procedure("Ouverture et fermeture d'un abonnement à l'eau", ["individuals", "businesses"],
                      "Régie des eaux du Val de Sorne", "partly-online", "fully-online",
                      "high", "2026-06", "partially-compliant", 61, 3800, PORTAL,
                      "Le relevé de compteur se fait toujours sur place."),
            procedure("Paiement des factures d'eau et d'assainissement", ["individuals", "businesses"],
                      "Régie des eaux du Val de Sorne", "fully-online", "fully-online",
                      "medium", "", "fully-compliant", 100, 21500, "PayFiP"),
            procedure("Dépôt des demandes d'autorisation d'urbanisme", ["individuals", "businesses"],
                      "Service commun d'instruction du droit des sols", "fully-online", "fully-online",
                      "high", "", "partially-compliant", 74, 1350,
                      "Guichet numérique des autorisations d'urbanisme",
                      "Saisine par voie électronique ouverte aux 31 communes."),
            procedure("Inscription au transport scolaire", ["individuals"],
                      "Service des mobilités", "partly-online", "fully-online",
                      "high", "2027-06", volume=3100, platform="Portail mobilité Sorne Bus"),
            procedure("Convocations et dossiers des conseils communautaires", ["elected-members"],
                      "Secrétariat général", "partly-online", "fully-online",
                      "high", "2027-03", "partially-compliant", 55, 24, "Plateforme des élus"),
            procedure("Réservation des équipements sportifs et des salles", ["associations"],
                      "Service des sports", "paper", "fully-online",
                      "medium", "2028-03", volume=900, platform=PORTAL),
            procedure("Demande de subvention aux associations", ["associations"],
                      "Direction de la vie associative", "downloadable-form", "fully-online",
                      "medium", "2027-12", volume=240, platform=DS),
            procedure("Aide à la rénovation énergétique des logements", ["individuals"],
                      "Service de l'habitat", "downloadable-form", "partly-online",
                      "medium", "2028-09", volume=380, platform=DS,
                      notes="Les pièces justificatives restent vérifiées lors d'un rendez-vous."),
            procedure("Déclaration de la taxe de séjour par les hébergeurs", ["businesses"],
                      "Direction des finances", "fully-online", "fully-online",
                      "medium", "", "non-compliant", 38, 2600, "Plateforme de la taxe de séjour",
                      "Audit de 2025 : formulaires sans étiquettes, contrastes insuffisants."),
            procedure("Permis de stationnement et autorisation de voirie", ["businesses"],
                      "Service de la voirie", "paper", "fully-online",
                      "medium", "", volume=450),
            procedure("Signalement d'un problème sur la voirie ou l'éclairage", ["individuals"],
                      "Centre technique communautaire", "paper", "partly-online",
                      "low", "2028-06", volume=1800, platform=PORTAL),
            procedure("Demande d'intervention informatique des communes membres", ["staff"],
                      "Direction des systèmes d'information", "partly-online", "fully-online",
                      "low", "2027-12", volume=2900, platform="Outil de gestion des tickets"),
            procedure("Consultation des archives communautaires", ["individuals", "associations"],
                      "Service des archives", "paper", "paper",
                      "low", "", volume=60,
                      notes="Sur rendez-vous en salle de lecture."),
        ],
    }


def actions(ctx):
    return [
        ctx.action(0, "Inscriptions en ligne à la petite enfance", "dematerialisation",
                   ctx.AXIS_SIMPLIFY, "Direction de la petite enfance",
                   ["Communes membres", "Caisse d'allocations familiales"],
                   "2027-01", "2027-09", "planned",
                   ctx.budget(y2027=(28000, 6000)),
                   [(ctx.DSIL, 12000)],
                   [("Dossiers d'inscription déposés en ligne", "0 %", "80 %")]),
        ctx.action(0, "Audit d'accessibilité RGAA des services en ligne", "dematerialisation",
                   ctx.AXIS_SIMPLIFY, "Direction de la relation aux usagers",
                   ["Cabinet d'audit", "Collectif handicap du Val de Sorne"],
                   "2027-02", "2027-12", "planned",
                   ctx.budget(y2027=(0, 36000)),
                   [],
                   [("Services en ligne audités", "3", "15"),
                    ("Déclarations d'accessibilité publiées", "1", "15")]),
        ctx.action(0, "Paiement en ligne de tous les services facturés", "dematerialisation",
                   ctx.AXIS_SIMPLIFY, "Direction des finances",
                   ["DGFiP (PayFiP)", "Régie des eaux du Val de Sorne"],
                   "2027-04", "2028-06", "planned",
                   ctx.budget(y2027=(15000, 4000), y2028=(5000, 6000)),
                   [],
                   [("Factures payables en ligne", "40 %", "100 %")]),
        ctx.action(0, "Guichet en ligne des associations", "dematerialisation",
                   ctx.AXIS_SIMPLIFY, "",
                   ["Maison des associations", "Communes membres"],
                   "2028-01", "2028-12", "planned",
                   ctx.budget(y2028=(12000, 3000)),
                   [(ctx.REGION, 6000)],
                   [("Demandes de subvention déposées en ligne", "0", "240")]),
        ctx.action(0, "Former les agents d'accueil à l'accompagnement des démarches en ligne",
                   "dematerialisation", ctx.AXIS_INCLUDE, "Direction des ressources humaines",
                   ["CNFPT", "France Services Sorneval"],
                   "2027-01", "2029-12", "in-progress",
                   {},
                   [],
                   [("Agents d'accueil formés", "4", "45")]),
        ctx.action(0, "Dématérialisation des convocations et des actes des assemblées",
                   "dematerialisation", ctx.AXIS_SIMPLIFY, "Secrétariat général",
                   ["Communes membres", "Préfecture du Jura"],
                   "2026-09", "2027-06", "in-progress",
                   ctx.budget(y2026=(8000, 2000), y2027=(0, 4500)),
                   [],
                   [("Élus recevant leurs convocations en ligne", "20 %", "100 %"),
                    ("Actes transmis par @ctes", "60 %", "100 %")]),
    ]
