# SPDX-License-Identifier: GPL-3.0-or-later
"""The délibération of the demo project: the text the conseil communautaire
of the Val de Sorne adopts, then the conseils municipaux of two member
communes in the same terms (one of them unanimously).

Everything is fictional: the people, the numbers, the séances and the
SIRETs, made up with a valid Luhn key (the SIREN of the agglomeration is
the demo's; those of the communes are made up too).
"""


def _luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def siret(siren, nic_base):
    """The first SIRET of this SIREN, from the NIC nic_base on, whose Luhn
    key holds."""
    nic = nic_base
    while not _luhn_ok("%s%05d" % (siren, nic)):
        nic += 1
    return "%s%05d" % (siren, nic)


def assembly(kind, name, collectivite, siret_, number, date, time, place, convocation,
             president, title, secretary, prefecture_date, members, present, represented,
             unanimous, votes_for, against, abstentions):
    """One assembly, its members in the order libmaillage writes them."""
    return {
        "kind": kind,
        "name": name,
        "collectivite": collectivite,
        "siret": siret_,
        "number": number,
        "date": date,
        "time": time,
        "place": place,
        "convocation_date": convocation,
        "president": president,
        "president_title": title,
        "secretary": secretary,
        "prefecture_date": prefecture_date,
        "members": members,
        "present": present,
        "represented": represented,
        "unanimous": unanimous,
        "for": votes_for,
        "against": against,
        "abstentions": abstentions,
    }


def deliberation(ctx):
    name = "Communauté d’agglomération du Val de Sorne"
    return {
        "object": "Adoption de la stratégie numérique territoriale 2027-2032",
        "matiere_code": "8.4",
        "matiere_name": "domaines de compétences par thèmes/aménagement du territoire",
        "report": (
            "La Communauté d’agglomération du Val de Sorne a élaboré sa stratégie numérique "
            "territoriale avec ses 31 communes membres et ses partenaires, pour donner à chacun "
            "l’accès aux services numériques et les moyens de s’en servir, et pour mutualiser "
            "les ressources du territoire.\n"
            "La stratégie s’appuie sur un diagnostic partagé, une gouvernance associant les "
            "communes, la mutualisation des moyens informatiques, un réseau de lieux de "
            "médiation numérique, la dématérialisation des démarches et la participation des "
            "habitants. Elle est mise en œuvre par un plan d’actions pluriannuel chiffré."
        ),
        "visas": [
            "le code général des collectivités territoriales, notamment son article L1425-2",
            "les articles L2121-12 et L5211-1 du code général des collectivités territoriales",
            "la loi n° 2016-1321 du 7 octobre 2016 pour une République numérique",
            "l’avis favorable de la commission Aménagement et numérique du 12 janvier 2027",
        ],
        "considerants": [
            "que les services numériques et la capacité à s’en servir sont devenus nécessaires "
            "à chaque habitant, et que le territoire doit veiller à ce que personne ne soit "
            "laissé de côté",
            "que près d’un habitant sur six est en situation d’illectronisme et que plusieurs "
            "communes rurales n’ont aucun lieu de médiation numérique",
            "que la mutualisation des ressources informatiques permet aux communes membres de "
            "sécuriser leurs systèmes et de maîtriser leurs coûts",
        ],
        "articles": [
            "D’approuver la stratégie numérique territoriale 2027-2032 annexée à la présente "
            "délibération, et son plan d’actions.",
            "D’autoriser la Présidente à signer tout document nécessaire à sa mise en œuvre, "
            "notamment les demandes de subventions et les conventions avec les partenaires.",
            "De charger le directeur général des services de l’exécution de la présente "
            "délibération.",
        ],
        "appeal": (
            "La présente délibération peut faire l’objet d’un recours pour excès de pouvoir "
            "devant le tribunal administratif de Besançon dans un délai de deux mois à compter "
            "de sa publication. Le tribunal administratif peut être saisi par l’application "
            "Télérecours citoyens accessible sur le site www.telerecours.fr."
        ),
        "assemblies": [
            assembly("conseil-communautaire", "Conseil communautaire", name,
                     siret("243900529", 17), "2027-014", "2027-01-28", "18:30",
                     "Salle du conseil, hôtel communautaire, Sorneval", "2027-01-21",
                     "Hélène Jacquemin", "Présidente", "Marc Dufresne", "2027-02-02",
                     52, 38, 7, False, 41, 2, 2),
            assembly("conseil-municipal", "Conseil municipal", "Commune de Sorneval",
                     siret("213982800", 11), "2027-006", "2027-02-10", "19:00",
                     "Salle du conseil municipal, hôtel de ville de Sorneval", "2027-02-04",
                     "Philippe Garnier", "Maire", "Sophie Lamarche", "2027-02-14",
                     33, 25, 4, True, 0, 0, 0),
            assembly("conseil-municipal", "Conseil municipal", "Commune de Pont-de-Sorne",
                     siret("213982300", 14), "DEL-2027-009", "2027-02-17", "20:00",
                     "Mairie de Pont-de-Sorne", "2027-02-11",
                     "Nathalie Perrard", "Maire", "Julien Cuenot", "",
                     29, 18, 3, False, 17, 1, 3),
        ],
    }
