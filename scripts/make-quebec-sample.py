#!/usr/bin/env python3
"""Writes the source data of the bundled Quebec sample (resources/samples/quebec-2016/*.json).

The JSON files are the sample: they are checked in, readable and reviewable, and Vigie builds a
portfolio from them (core/sample/quebecsample.cpp). This script is how they were first produced; it is
deterministic (fixed seed), so running it again gives the same files.

What the data must reproduce, computed by the Variance 10/30 rule (see DOMAIN.md): the August 2016
publication of Quebec's project health dashboard, 197 active projects, with the joint (cost, schedule)
distribution below, amounts exact to the dollar; 36 measures, 11 completed, 21 under way, 4 not started;
59 agencies in the workforce survey.
"""
import json
import math
import os
import random
from datetime import date, timedelta

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'samples', 'quebec-2016')
rng = random.Random(20160831)

AS_OF = date(2016, 8, 31)
PERIODS = [
    {'key': '2015-12', 'label': 'December 2015', 'as_of': '2015-12-31', 'frozen_at': '2016-01-15T14:00:00Z'},
    {'key': '2016-03', 'label': 'March 2016', 'as_of': '2016-03-31', 'frozen_at': '2016-04-14T14:00:00Z'},
    {'key': '2016-08', 'label': 'August 2016', 'as_of': '2016-08-31', 'frozen_at': '2016-09-12T14:00:00Z'},
]

# (cost, schedule) -> (projects, dollars): both margins of the August 2016 table, with the schedule-red
# amount corrected to $67.40M.
GROUPS = [
    ('green', 'green', 146, 337_860_000),
    ('green', 'yellow', 12, 11_330_000),
    ('green', 'red', 28, 66_370_000),
    ('yellow', 'yellow', 8, 11_900_000),
    ('red', 'red', 3, 1_030_000),
]

ORGANIZATIONS = [
    # code, English, French, kind, size (relative IT weight)
    ('MSSS', 'Ministry of Health and Social Services', 'Ministère de la Santé et des Services sociaux', 'ministry', 60),
    ('MEES', 'Ministry of Education and Higher Education', "Ministère de l'Éducation et de l'Enseignement supérieur", 'ministry', 40),
    ('MFQ', 'Ministry of Finance', 'Ministère des Finances', 'ministry', 20),
    ('MTESS', 'Ministry of Labour, Employment and Social Solidarity', "Ministère du Travail, de l'Emploi et de la Solidarité sociale", 'ministry', 55),
    ('MTMDET', 'Ministry of Transport, Sustainable Mobility and Transport Electrification', "Ministère des Transports, de la Mobilité durable et de l'Électrification des transports", 'ministry', 40),
    ('MJQ', 'Ministry of Justice', 'Ministère de la Justice', 'ministry', 35),
    ('MSP', 'Ministry of Public Security', 'Ministère de la Sécurité publique', 'ministry', 30),
    ('MAMOT', 'Ministry of Municipal Affairs and Land Occupancy', "Ministère des Affaires municipales et de l'Occupation du territoire", 'ministry', 15),
    ('MAPAQ', 'Ministry of Agriculture, Fisheries and Food', "Ministère de l'Agriculture, des Pêcheries et de l'Alimentation", 'ministry', 15),
    ('MCC', 'Ministry of Culture and Communications', 'Ministère de la Culture et des Communications', 'ministry', 8),
    ('MDDELCC', 'Ministry of Sustainable Development, Environment and the Fight against Climate Change', "Ministère du Développement durable, de l'Environnement et de la Lutte contre les changements climatiques", 'ministry', 18),
    ('MERN', 'Ministry of Energy and Natural Resources', "Ministère de l'Énergie et des Ressources naturelles", 'ministry', 20),
    ('MFFP', 'Ministry of Forests, Wildlife and Parks', 'Ministère des Forêts, de la Faune et des Parcs', 'ministry', 15),
    ('MESI', 'Ministry of Economy, Science and Innovation', "Ministère de l'Économie, de la Science et de l'Innovation", 'ministry', 10),
    ('MIDI', 'Ministry of Immigration, Diversity and Inclusiveness', "Ministère de l'Immigration, de la Diversité et de l'Inclusion", 'ministry', 12),
    ('MRIF', 'Ministry of International Relations and La Francophonie', 'Ministère des Relations internationales et de la Francophonie', 'ministry', 5),
    ('MFA', 'Ministry of Families', 'Ministère de la Famille', 'ministry', 8),
    ('MTO', 'Ministry of Tourism', 'Ministère du Tourisme', 'ministry', 4),
    ('SCT', 'Treasury Board Secretariat', 'Secrétariat du Conseil du trésor', 'ministry', 25),
    ('MCE', 'Ministry of the Executive Council', 'Ministère du Conseil exécutif', 'ministry', 6),
    ('RAMQ', 'Québec Health Insurance Board', "Régie de l'assurance maladie du Québec", 'agency', 50),
    ('SAAQ', 'Québec Automobile Insurance Corporation', "Société de l'assurance automobile du Québec", 'agency', 45),
    ('CSPQ', 'Québec Shared Services Centre', 'Centre de services partagés du Québec', 'agency', 70),
    ('RQ', 'Revenu Québec', 'Revenu Québec', 'agency', 75),
    ('RETQ', 'Retraite Québec', 'Retraite Québec', 'agency', 35),
    ('CNESST', 'Commission for Labour Standards, Pay Equity, and Workplace Health and Safety', "Commission des normes, de l'équité, de la santé et de la sécurité du travail", 'agency', 45),
    ('SQ', 'Sûreté du Québec (provincial police)', 'Sûreté du Québec', 'agency', 30),
    ('CPQ', 'Public Curator of Québec', 'Curateur public du Québec', 'agency', 8),
    ('ISQ', 'Québec Statistics Institute', 'Institut de la statistique du Québec', 'agency', 6),
    ('BANQ', 'National Library and Archives of Québec', 'Bibliothèque et Archives nationales du Québec', 'agency', 8),
    ('RBQ', 'Québec Building Board', 'Régie du bâtiment du Québec', 'agency', 8),
    ('RACJ', 'Québec Alcohol, Racing and Gaming Board', 'Régie des alcools, des courses et des jeux', 'agency', 4),
    ('AMF', 'Financial Markets Authority', 'Autorité des marchés financiers', 'agency', 12),
    ('CPTAQ', 'Agricultural Land Protection Commission', 'Commission de protection du territoire agricole du Québec', 'agency', 3),
    ('TAQ', 'Administrative Tribunal of Québec', 'Tribunal administratif du Québec', 'agency', 4),
    ('CCQ', 'Construction Commission of Québec', 'Commission de la construction du Québec', 'agency', 10),
    ('FADQ', 'Financière agricole du Québec', 'La Financière agricole du Québec', 'agency', 8),
    ('DPCP', 'Director of Criminal and Penal Prosecutions', 'Directeur des poursuites criminelles et pénales', 'agency', 5),
    ('OPHQ', 'Office for Persons with Disabilities of Québec', 'Office des personnes handicapées du Québec', 'agency', 2),
    ('OQLF', 'Québec Office of the French Language', 'Office québécois de la langue française', 'agency', 4),
    ('OPC', 'Consumer Protection Office', 'Office de la protection du consommateur', 'agency', 3),
    ('CAI', 'Access to Information Commission', "Commission d'accès à l'information", 'agency', 2),
    ('CDPDJ', 'Human Rights and Youth Rights Commission', 'Commission des droits de la personne et des droits de la jeunesse', 'agency', 3),
    ('CTQ', 'Québec Transport Commission', 'Commission des transports du Québec', 'agency', 3),
    ('RDL', 'Rental Board', 'Régie du logement', 'agency', 4),
    ('RDE', 'Québec Energy Board', "Régie de l'énergie", 'agency', 2),
    ('SHQ', 'Québec Housing Corporation', "Société d'habitation du Québec", 'agency', 6),
    ('INESSS', 'National Institute for Excellence in Health and Social Services', "Institut national d'excellence en santé et en services sociaux", 'agency', 3),
    ('INSPQ', 'Québec National Institute of Public Health', 'Institut national de santé publique du Québec', 'agency', 5),
    ('CMQ', 'Québec Municipal Commission', 'Commission municipale du Québec', 'agency', 1),
    ('TAT', 'Administrative Labour Tribunal', 'Tribunal administratif du travail', 'agency', 5),
    ('CFP', 'Public Service Commission', 'Commission de la fonction publique', 'agency', 1),
    ('BAPE', 'Bureau of Public Hearings on the Environment', "Bureau d'audiences publiques sur l'environnement", 'agency', 1),
    ('CRIQ', 'Québec Industrial Research Centre', 'Centre de recherche industrielle du Québec', 'agency', 2),
    ('OPQ', 'Office of the Professions of Québec', 'Office des professions du Québec', 'agency', 1),
    ('RMAAQ', 'Québec Agricultural and Food Marketing Board', 'Régie des marchés agricoles et alimentaires du Québec', 'agency', 1),
    ('CSF', 'Council on the Status of Women', 'Conseil du statut de la femme', 'agency', 1),
    ('SQI', 'Québec Infrastructure Corporation', 'Société québécoise des infrastructures', 'agency', 8),
    ('CQLC', 'Québec Parole Board', 'Commission québécoise des libérations conditionnelles', 'agency', 1),
]
assert len(ORGANIZATIONS) == 59 and len({o[0] for o in ORGANIZATIONS}) == 59
SIZE = {o[0]: o[4] for o in ORGANIZATIONS}

AREAS = [
    (1, 'Reviewing and strengthening governance', 'Revoir et renforcer la gouvernance'),
    (2, 'Managing talent more effectively', 'Mieux gérer les talents'),
    (3, 'Adopting best practices', 'Adopter les meilleures pratiques'),
    (4, 'Bringing the government into touch with citizens', "Rapprocher l'État des citoyens"),
]

# number, area, English, French, owner, status, due
MEASURES = [
    (1, 1, 'Amend the Act respecting the governance and management of information resources', 'Modifier la Loi sur la gouvernance et la gestion des ressources informationnelles', 'SCT', 'under_way', '2017-06-30'),
    (2, 1, "Strengthen the role of the government Chief Information Officer", "Renforcer le rôle du dirigeant principal de l'information", 'SCT', 'completed', '2015-12-31'),
    (3, 1, 'Manage the information resources investment envelope of the Québec Infrastructure Plan', "Gérer l'enveloppe des investissements en ressources informationnelles du Plan québécois des infrastructures", 'SCT', 'under_way', '2017-03-31'),
    (4, 1, 'Review projects at each authorization stage', "Examiner les projets à chaque étape d'autorisation", 'SCT', 'under_way', '2017-03-31'),
    (5, 1, 'Manage information resources projects as a government portfolio', 'Gérer les projets en ressources informationnelles comme un portefeuille gouvernemental', 'SCT', 'under_way', '2017-12-31'),
    (6, 1, 'Require an independent review of major projects', 'Exiger une revue indépendante des projets majeurs', 'SCT', 'under_way', '2017-09-30'),
    (7, 1, 'Publish an annual accountability report on information resources', 'Publier une reddition de comptes annuelle en ressources informationnelles', 'SCT', 'under_way', '2017-06-30'),
    (8, 1, 'Evolve the government enterprise architecture', "Faire évoluer l'architecture d'entreprise gouvernementale", 'SCT', 'under_way', '2018-03-31'),
    (9, 1, 'Add the history of decisions to the project health dashboard', "Ajouter l'historique des décisions au tableau de bord sur l'état de santé des projets", 'SCT', 'completed', '2016-03-31'),
    (10, 2, 'Draw up a portrait of the information technology workforce', "Dresser le portrait de la main-d'œuvre en technologies de l'information", 'SCT', 'completed', '2016-03-31'),
    (11, 2, 'Standardize the information technology specialties', "Normaliser les spécialités en technologies de l'information", 'SCT', 'completed', '2015-12-31'),
    (12, 2, 'Give priority to internalizing core functions', "Prioriser l'internalisation des fonctions stratégiques", 'SCT', 'under_way', '2018-03-31'),
    (13, 2, 'Recruit information technology professionals and technicians', "Recruter des professionnels et des techniciens en technologies de l'information", 'SCT', 'completed', '2016-03-31'),
    (14, 2, 'Offer career paths and training to information technology staff', "Offrir un cheminement de carrière et de la formation au personnel en technologies de l'information", 'SCT', 'not_started', '2018-03-31'),
    (15, 2, 'Adopt a government information technology workforce policy', "Adopter une politique gouvernementale de main-d'œuvre en technologies de l'information", 'SCT', 'under_way', '2017-12-31'),
    (16, 3, 'Adopt a mandatory services framework based on value and risk criteria', 'Adopter un cadre de référence des services obligatoires fondé sur des critères de valeur et de risque', 'SCT', 'completed', '2016-03-31'),
    (17, 3, 'Allow public bodies to take advantage of cloud computing solutions', 'Permettre aux organismes publics de profiter des solutions infonuagiques', 'CSPQ', 'completed', '2016-09-30'),
    (18, 3, 'Task the CSPQ with providing cloud computing solutions', 'Confier au CSPQ l\'offre de solutions infonuagiques', 'CSPQ', 'completed', '2016-06-30'),
    (19, 3, 'Consolidate government data centres', 'Regrouper les centres de traitement informatique', 'CSPQ', 'under_way', '2018-03-31'),
    (20, 3, 'Issue the first calls for tenders for cloud computing services (messaging)', "Lancer les premiers appels d'offres de services infonuagiques (messagerie)", 'CSPQ', 'completed', '2016-09-30'),
    (21, 3, 'Set up government data storage at the CSPQ', 'Mettre en place le stockage gouvernemental des données au CSPQ', 'CSPQ', 'under_way', '2018-03-31'),
    (22, 3, 'Promote the use of open-source software', 'Favoriser le recours au logiciel libre', 'SCT', 'under_way', '2017-12-31'),
    (23, 3, 'Adopt a government project management framework', 'Adopter un cadre gouvernemental de gestion de projets', 'SCT', 'under_way', '2017-06-30'),
    (24, 3, 'Bring into force the Regulation respecting contracting by public bodies in the field of information technologies', 'Mettre en vigueur le Règlement sur les contrats des organismes publics en matière de technologies de l\'information', 'SCT', 'completed', '2016-06-30'),
    (25, 3, 'Manage the obsolescence of information assets', 'Gérer la désuétude des actifs informationnels', 'SCT', 'under_way', '2018-03-31'),
    (26, 3, 'Strengthen government information security', "Renforcer la sécurité de l'information gouvernementale", 'SCT', 'under_way', '2017-12-31'),
    (27, 3, 'Share expertise among public bodies', "Mettre en commun l'expertise entre les organismes publics", 'SCT', 'not_started', '2018-03-31'),
    (28, 3, 'Renew shared telecommunications services', 'Renouveler les services de télécommunication partagés', 'CSPQ', 'under_way', '2018-03-31'),
    (29, 4, 'Develop a single government identification solution', "Développer une solution gouvernementale d'authentification unique", 'SCT', 'under_way', '2018-03-31'),
    (30, 4, 'Offer more online services to citizens and businesses', 'Offrir davantage de services en ligne aux citoyens et aux entreprises', 'MTESS', 'under_way', '2018-03-31'),
    (31, 4, 'Make digital mobility the default', 'Faire de la mobilité numérique la norme', 'SCT', 'under_way', '2018-03-31'),
    (32, 4, 'Optimize the government web presence', 'Optimiser la présence gouvernementale sur le Web', 'MCE', 'under_way', '2017-12-31'),
    (33, 4, 'Launch a new open data portal with Quebec cities', 'Mettre en ligne un nouveau portail de données ouvertes avec des villes du Québec', 'SCT', 'completed', '2016-06-30'),
    (34, 4, 'Publish official sources of government data', 'Diffuser les sources officielles de données gouvernementales', 'SCT', 'under_way', '2018-03-31'),
    (35, 4, 'Consult citizens through social media', 'Consulter les citoyens par les médias sociaux', 'MCE', 'not_started', '2018-03-31'),
    (36, 4, 'Release data for scientific research', 'Rendre des données accessibles à des fins de recherche scientifique', 'ISQ', 'not_started', '2018-03-31'),
]

# When each completed measure was completed: 4 by December 2015, 7 by March 2016, 11 by August 2016.
COMPLETED_ON = {2: '2015-10-20', 11: '2015-09-30', 13: '2015-12-10', 24: '2015-11-25',
                9: '2016-02-18', 10: '2016-03-15', 16: '2016-01-28',
                17: '2016-08-10', 18: '2016-05-30', 20: '2016-07-05', 33: '2016-06-16'}
# Measures started late (after December 2015 or March 2016).
STARTED_ON = {15: '2016-02-22', 29: '2016-04-12', 34: '2016-05-09', 22: '2016-01-18', 31: '2016-06-06',
              28: '2016-03-01'}
AUTHORS = ['Jenny Côté', 'Benoit Boivin', 'Analyste, DGPGRI']

SPECIALTIES = [
    # code, English, French, core function, external share (2015)
    ('ARCH-AFF', 'Business architecture', "Architecture d'affaires", True, 0.63),
    ('ARCH-ENT', 'Enterprise architecture', "Architecture d'entreprise", True, 0.58),
    ('CONS-STR', 'Strategic consulting', 'Conseil stratégique', True, 0.47),
    ('SEC-INFO', 'Information security', "Sécurité de l'information", True, 0.41),
    ('INTEL-AFF', 'Business intelligence', "Intelligence d'affaires", True, 0.61),
    ('GEST-PROJ', 'Project management', 'Gestion de projets', True, 0.44),
    ('ANAL-FONC', 'Functional analysis', 'Analyse fonctionnelle', False, 0.38),
    ('DEV-APP', 'Application development', "Développement d'applications", False, 0.56),
    ('ARCH-TECH', 'Technology architecture', 'Architecture technologique', False, 0.42),
    ('BD', 'Database administration', 'Administration de bases de données', False, 0.27),
    ('RESEAU', 'Networks and telecommunications', 'Réseaux et télécommunications', False, 0.24),
    ('EXPLOIT', 'Infrastructure operations', "Exploitation des infrastructures", False, 0.18),
    ('SOUTIEN', 'User support', 'Soutien aux utilisateurs', False, 0.16),
    ('ESSAIS', 'Quality assurance and testing', 'Assurance qualité et essais', False, 0.45),
    ('WEB', 'Web and digital services', 'Web et services numériques', False, 0.36),
    ('DONNEES', 'Data management', 'Gestion des données', False, 0.33),
    ('GID', 'Records and information management', "Gestion de l'information documentaire", False, 0.12),
    ('CHANG', 'Change management', 'Gestion du changement', False, 0.39),
    ('ACQ-TI', 'IT procurement and contract management', 'Acquisition et gestion contractuelle en TI', False, 0.09),
    ('GEST-SERV', 'IT service management', 'Gestion des services en TI', False, 0.21),
]
SPECIALTY_WEIGHT = {'ARCH-AFF': 2, 'ARCH-ENT': 1.5, 'CONS-STR': 1.5, 'SEC-INFO': 2, 'INTEL-AFF': 2.5,
                    'GEST-PROJ': 4, 'ANAL-FONC': 6, 'DEV-APP': 12, 'ARCH-TECH': 2.5, 'BD': 2.5, 'RESEAU': 4,
                    'EXPLOIT': 7, 'SOUTIEN': 8, 'ESSAIS': 3, 'WEB': 2.5, 'DONNEES': 2, 'GID': 2,
                    'CHANG': 1.5, 'ACQ-TI': 1, 'GEST-SERV': 3}
SURVEYS = ['2015-03-31', '2016-03-31']

ACTIONS = [
    ('Redesign of the', 'Refonte'),
    ('Replacement of the', 'Remplacement'),
    ('Modernization of the', 'Modernisation'),
    ('Upgrade of the', 'Évolution'),
    ('Implementation of the', 'Mise en place'),
    ('Migration of the', 'Migration'),
]
SUBJECTS = [
    ('licence management system', 'du système de gestion des permis'),
    ('client records system', 'du dossier client'),
    ('case management system', 'du système de gestion des dossiers'),
    ('online services portal', 'du portail de services en ligne'),
    ('financial management system', 'du système de gestion financière'),
    ('payroll system', 'du système de paie'),
    ('document management system', 'du système de gestion documentaire'),
    ('human resources management system', 'du système de gestion des ressources humaines'),
    ('call centre telephony platform', "de la plateforme téléphonique du centre d'appels"),
    ('data warehouse', "de l'entrepôt de données"),
    ('identity and access management solution', 'de la solution de gestion des identités et des accès'),
    ('network infrastructure', "de l'infrastructure réseau"),
    ('server infrastructure', "de l'infrastructure de serveurs"),
    ('storage infrastructure', "de l'infrastructure de stockage"),
    ('workstation environment', 'du parc de postes de travail'),
    ('messaging platform', 'de la plateforme de messagerie'),
    ('benefits payment system', 'du système de versement des prestations'),
    ('grants management system', 'du système de gestion des subventions'),
    ('inspections system', 'du système de gestion des inspections'),
    ('claims processing system', 'du système de traitement des réclamations'),
    ('public registry', 'du registre public'),
    ('geographic information system', "du système d'information géographique"),
    ('business intelligence platform', "de la plateforme d'intelligence d'affaires"),
    ('website', 'du site Web'),
    ('electronic forms', 'des formulaires électroniques'),
    ('collection system', 'du système de perception'),
    ('billing system', 'du système de facturation'),
    ('scheduling system', 'du système de planification des horaires'),
    ('laboratory information system', "du système d'information de laboratoire"),
    ('court records system', 'du système de gestion des dossiers judiciaires'),
    ('emergency communications system', "du système de communications d'urgence"),
    ('student records system', 'du système de gestion des dossiers étudiants'),
    ('authorization requests system', "du système de demandes d'autorisation"),
    ('contract management system', 'du système de gestion des contrats'),
    ('asset management system', 'du système de gestion des actifs'),
    ('mobile services', 'des services mobiles'),
    ('security operations centre', 'du centre des opérations de sécurité'),
    ('backup and recovery solution', 'de la solution de sauvegarde et de relève'),
    ('electronic signature solution', 'de la solution de signature électronique'),
    ('customer relationship management system', 'du système de gestion de la relation client'),
    ('complaints management system', 'du système de gestion des plaintes'),
    ('records retention system', 'du système de conservation des documents'),
    ('statistical production system', 'du système de production statistique'),
    ('accounting system', 'du système comptable'),
    ('intranet', "de l'intranet"),
]

# Named projects tied to measures of the strategy: code, org, English, French, measures, group or state.
NAMED = [
    ('SCT-2016-001', 'SCT', 'Single government identification solution: feasibility study',
     "Solution gouvernementale d'authentification unique : étude de faisabilité", [29], ('green', 'green'), 'mid'),
    ('CSPQ-2015-004', 'CSPQ', 'Government cloud messaging service', 'Service gouvernemental de messagerie infonuagique',
     [17, 18, 20], ('green', 'yellow'), 'big'),
    ('CSPQ-2014-002', 'CSPQ', 'Consolidation of government data centres', 'Regroupement des centres de traitement informatique',
     [19], ('green', 'red'), 'big'),
    ('CSPQ-2015-007', 'CSPQ', 'Government data storage service', 'Service gouvernemental de stockage des données',
     [21], ('green', 'green'), 'big'),
    ('SCT-2015-003', 'SCT', 'Project health dashboard: history of decisions',
     "Tableau de bord sur l'état de santé des projets : historique des décisions", [9], 'completed', 'small'),
    ('SCT-2015-005', 'SCT', 'Données Québec open data portal', 'Portail de données ouvertes Données Québec', [33], 'completed', 'small'),
    ('SCT-2015-006', 'SCT', 'IT workforce survey platform', "Plateforme d'enquête sur la main-d'œuvre en TI", [10, 11], 'completed', 'small'),
    ('CSPQ-2013-011', 'CSPQ', 'Renewal of shared telecommunications services (RENIR)',
     'Renouvellement des services de télécommunication partagés (RENIR)', [28], ('green', 'red'), 'big'),
    ('SCT-2015-008', 'SCT', 'Government portfolio management tool', 'Outil de gestion du portefeuille gouvernemental de projets',
     [5, 3], ('green', 'green'), 'mid'),
]

ORG_PROJECT_WEIGHT = {
    'CSPQ': 16, 'RQ': 15, 'MSSS': 14, 'RAMQ': 12, 'SAAQ': 10, 'MTESS': 11, 'MEES': 8, 'RETQ': 8, 'CNESST': 8,
    'MJQ': 7, 'MTMDET': 7, 'MSP': 6, 'SQ': 6, 'SCT': 4, 'MFQ': 4, 'MDDELCC': 4, 'MERN': 4, 'MAMOT': 3,
    'MAPAQ': 3, 'MFFP': 3, 'MIDI': 3, 'AMF': 3, 'FADQ': 3, 'CPQ': 2, 'BANQ': 2, 'RBQ': 2, 'MESI': 2, 'CCQ': 2,
    'SHQ': 2, 'SQI': 2, 'MFA': 2, 'MCC': 2, 'TAT': 1, 'ISQ': 1, 'DPCP': 1, 'INSPQ': 1, 'RDL': 1, 'OQLF': 1,
    'MCE': 1, 'TAQ': 1, 'CTQ': 1, 'RACJ': 1, 'OPC': 1, 'MRIF': 1,
}

# Measures a generic project may support, by subject keyword.
SUBJECT_MEASURES = {'online services portal': [30], 'mobile services': [31], 'website': [32],
                    'identity and access management solution': [29, 26], 'security operations centre': [26],
                    'electronic forms': [30], 'data warehouse': [34], 'business intelligence platform': [34],
                    'server infrastructure': [19, 25], 'storage infrastructure': [21], 'network infrastructure': [28],
                    'messaging platform': [17], 'workstation environment': [25], 'backup and recovery solution': [19]}


def d(s):
    return date.fromisoformat(s)


def iso(x):
    return x.isoformat()


def add_months(x, months):
    y, m = divmod(x.month - 1 + months, 12)
    day = min(x.day, 28)
    return date(x.year + y, m + 1, day)


def spread(total, n, minimum=100_000, step=1_000, sigma=1.0, cap=None):
    """n whole-dollar amounts, each >= minimum, multiples of `step` except for rounding, summing to total."""
    weights = [rng.lognormvariate(0, sigma) for _ in range(n)]
    if cap:
        weights = [min(w, cap * rng.uniform(0.55, 1.0)) for w in weights]
    free = total - n * minimum
    s = sum(weights)
    amounts = [minimum + int(round(free * w / s / step)) * step for w in weights]
    amounts[amounts.index(max(amounts))] += total - sum(amounts)
    assert sum(amounts) == total and min(amounts) >= minimum
    return amounts


COST_RANGE = {'green': (-0.06, 0.06), 'yellow': (0.15, 0.24), 'red': (0.36, 0.60)}
SCHEDULE_RANGE = {'green': (-0.05, 0.06), 'yellow': (0.14, 0.24), 'red': (0.38, 0.80)}


def forecast(colour_cost, colour_schedule, budget, start, end):
    u = rng.uniform(*COST_RANGE[colour_cost])
    v = rng.uniform(*SCHEDULE_RANGE[colour_schedule])
    cost = int(round(budget * (1 + u)))
    end_f = end + timedelta(days=int(round(v * (end - start).days)))
    return cost, end_f


def check_colour(budget, start, end, cost, end_f, want_cost, want_schedule):
    cv = abs(cost - budget) / budget * 100
    sv = abs((end_f - end).days) / (end - start).days * 100
    colour = lambda v: 'green' if v <= 10 else ('yellow' if v < 30 else 'red')
    # Comfortably away from the 10 and 30 boundaries.
    assert colour(cv) == want_cost and min(abs(cv - 10), abs(cv - 30)) > 2, (cv, want_cost)
    assert colour(sv) == want_schedule and min(abs(sv - 10), abs(sv - 30)) > 2, (sv, want_schedule)


def fmt_en(amount):
    return '${:,}'.format(amount)


def fmt_fr(amount):
    return '{:,}'.format(amount).replace(',', '\u00a0') + '\u00a0$'


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']


def date_en(x):
    return '{} {}, {}'.format(MONTHS_EN[x.month - 1], x.day, x.year)


def date_fr(x):
    return '{} {} {}'.format('1er' if x.day == 1 else x.day, MONTHS_FR[x.month - 1], x.year)


def authority(budget):
    return 'Conseil du trésor' if budget >= 5_000_000 else "Dirigeant principal de l'information"


def better(colour):
    return {'red': 'yellow', 'yellow': 'green', 'green': 'green'}[colour]


def worse(colour):
    return {'green': 'yellow', 'yellow': 'red', 'red': 'red'}[colour]


def earlier_colour(colour, p_better, p_worse):
    r = rng.random()
    if r < p_better:
        return better(colour)
    if r < p_better + p_worse:
        return worse(colour)
    return colour


def make_project(code, org, name_en, name_fr, measures, cost_c, sched_c, budget, state='active', year=None):
    """One project whose current (August 2016) values give the wanted colours."""
    while True:
        if year:
            # A named project: its code says the year of its authorization.
            start = date(year, 3, 5) + timedelta(days=rng.randrange(0, 280))
            months = rng.randrange(14, 49) if state == 'active' else rng.randrange(8, 16)
        elif state == 'active':
            start = date(2012, 4, 1) + timedelta(days=rng.randrange(0, 1480))
            months = rng.randrange(14, 49)
        else:
            start = date(2012, 9, 1) + timedelta(days=rng.randrange(0, 900))
            months = rng.randrange(12, 36)
        end = add_months(start, months)
        if state == 'active':
            cost_f, end_f = forecast(cost_c, sched_c, budget, start, end)
            # Still active: not finished yet, and the latest baseline was approved before the publication.
            if end_f > AS_OF + timedelta(days=30) and start < d('2016-06-30'):
                break
        else:
            cost_f, end_f = forecast('green', rng.choice(['green', 'green', 'yellow']), budget, start, end)
            if d('2015-07-01') <= end_f <= d('2016-07-31') and start < end_f:
                break
    p = {'code': code, 'organization': org, 'name_en': name_en, 'name_fr': name_fr, 'state': state}
    reauthorized = state == 'active' and start < d('2015-06-01') and rng.random() < {
        'green': 0.2, 'yellow': 0.55, 'red': 0.8}[worse(cost_c) if sched_c == 'red' else cost_c]
    approved0 = start - timedelta(days=rng.randrange(10, 60))
    baselines = []
    decisions = []
    if reauthorized:
        growth = rng.uniform(0.12, 0.45)
        budget0 = max(100_000, int(round(budget / (1 + growth) / 1000)) * 1000)
        end0 = end - timedelta(days=rng.randrange(90, 300))
        approved1 = start + timedelta(days=int((AS_OF - timedelta(days=75) - start).days * rng.uniform(0.45, 0.95)))
        baselines.append({'approved': iso(approved0), 'budget': budget0, 'planned_start': iso(start),
                          'planned_end': iso(end0), 'note': 'Autorisation initiale'})
        baselines.append({'approved': iso(approved1), 'budget': budget, 'planned_start': iso(start),
                          'planned_end': iso(end), 'note': 'Réautorisation'})
    else:
        budget0, end0, approved1 = budget, end, None
        baselines.append({'approved': iso(approved0), 'budget': budget, 'planned_start': iso(start),
                          'planned_end': iso(end), 'note': 'Autorisation initiale'})
    decisions.append({'date': iso(approved0), 'authority': authority(budget0), 'kind': 'authorization',
                      'text_en': 'Project authorized: budget of {}, delivery planned for {}.'.format(
                          fmt_en(budget0), date_en(end0)),
                      'text_fr': 'Projet autorisé : budget de {}, livraison prévue le {}.'.format(
                          fmt_fr(budget0), date_fr(end0)),
                      'budget_change': budget0})
    gate = start + timedelta(days=int((end0 - start).days * rng.uniform(0.15, 0.3)))
    if gate < (approved1 or AS_OF):
        decisions.append({'date': iso(gate), 'authority': authority(budget0), 'kind': 'phase_gate',
                          'text_en': 'Go-ahead for the execution phase.',
                          'text_fr': "Autorisation de passer à la phase d'exécution.", 'budget_change': None})
    if reauthorized:
        change = budget - budget0
        decisions.append({'date': iso(approved1), 'authority': authority(budget), 'kind': 'reauthorization',
                          'text_en': 'Revised authorization: budget raised to {} (+{}), end moved to {}.'.format(
                              fmt_en(budget), fmt_en(change), date_en(end)),
                          'text_fr': 'Autorisation révisée : budget porté à {} (+{}), fin reportée au {}.'.format(
                              fmt_fr(budget), fmt_fr(change), date_fr(end)),
                          'budget_change': change})
    if state == 'active' and 'red' in (cost_c, sched_c):
        when = AS_OF - timedelta(days=rng.randrange(20, 120))
        decisions.append({'date': iso(when), 'authority': "Dirigeant principal de l'information", 'kind': 'recovery_plan',
                          'text_en': 'Recovery plan requested from the organization within 60 days.',
                          'text_fr': "Plan de redressement demandé à l'organisme dans les 60 jours.",
                          'budget_change': None})
    decisions.sort(key=lambda x: x['date'])

    if state == 'active':
        check_colour(budget, start, end, cost_f, end_f, cost_c, sched_c)
        elapsed = (AS_OF - start).days / max(1, (end_f - start).days)
        p['phase'] = 'planning' if elapsed < 0.15 else ('execution' if elapsed < 0.9 else 'deployment')
        p['actual_cost'] = int(round(cost_f * min(0.97, elapsed) * rng.uniform(0.85, 1.0)))
        p['forecast_cost'] = cost_f
        p['forecast_end'] = iso(end_f)
        p['delivered'] = None
    else:
        p['phase'] = 'closed'
        delivered = end_f
        if state == 'cancelled':
            delivered = None
            p['phase'] = 'stopped'
            stop = end_f - timedelta(days=rng.randrange(60, 200))
            cost_f = int(round(cost_f * rng.uniform(0.3, 0.6)))
            end_f = stop
            decisions.append({'date': iso(stop), 'authority': 'Conseil du trésor', 'kind': 'cancellation',
                              'text_en': 'Project stopped: the need is now met by a shared government service.',
                              'text_fr': 'Projet arrêté : le besoin est maintenant comblé par un service gouvernemental partagé.',
                              'budget_change': None})
        else:
            decisions.append({'date': iso(delivered), 'authority': authority(budget), 'kind': 'closure',
                              'text_en': 'Project delivered and closed.', 'text_fr': 'Projet livré et fermé.',
                              'budget_change': None})
        p['actual_cost'] = cost_f
        p['forecast_cost'] = cost_f
        p['forecast_end'] = iso(end_f)
        p['delivered'] = iso(delivered) if delivered else None
    p['baselines'] = baselines
    p['decisions'] = decisions
    p['measures'] = measures

    # Values frozen in the earlier reporting periods, against the baseline in effect then.
    snapshots = {}
    c_now, s_now = (cost_c, sched_c) if state == 'active' else ('green', 'green')
    for period in reversed(PERIODS[:-1]):
        as_of = d(period['as_of'])
        if approved0 > as_of or start > as_of:
            break
        if p['delivered'] and d(p['delivered']) <= as_of:
            snapshots[period['key']] = {'state': 'completed'}
            continue
        if state == 'cancelled' and end_f <= as_of:
            snapshots[period['key']] = {'state': 'cancelled'}
            continue
        in_effect = [b for b in baselines if d(b['approved']) <= as_of][-1]
        b_budget, b_start, b_end = in_effect['budget'], d(in_effect['planned_start']), d(in_effect['planned_end'])
        c_now = earlier_colour(c_now, 0.3, 0.04)
        s_now = earlier_colour(s_now, 0.35, 0.05)
        if in_effect is not baselines[-1]:
            # Before its re-authorization the project was over its old budget and late.
            c_now, s_now = 'red', worse(s_now)
        fc, fe = forecast(c_now, s_now, b_budget, b_start, b_end)
        check_colour(b_budget, b_start, b_end, fc, fe, c_now, s_now)
        snapshots[period['key']] = {'state': 'active', 'forecast_cost': fc, 'forecast_end': iso(fe)}
    p['periods'] = dict(sorted(snapshots.items()))
    return p


def main():
    projects = []
    used_names = set()
    year_seq = {}

    def next_code(org, year):
        n = year_seq.get((org, year), 0) + 1
        while '{}-{}-{:03d}'.format(org, year, n) in {x[0] for x in NAMED}:
            n += 1
        year_seq[(org, year)] = n
        return '{}-{}-{:03d}'.format(org, year, n)

    combos = [(a, s) for a in ACTIONS for s in SUBJECTS]
    rng.shuffle(combos)

    def generic_name():
        a, s = combos.pop()
        return '{} {}'.format(a[0], s[0]), '{} {}'.format(a[1], s[1]), SUBJECT_MEASURES.get(s[0], [])

    orgs = list(ORG_PROJECT_WEIGHT)
    weights = [ORG_PROJECT_WEIGHT[o] for o in orgs]

    for cost_c, sched_c, count, total in GROUPS:
        named = [n for n in NAMED if n[5] == (cost_c, sched_c)]
        amounts = spread(total, count, sigma=1.1 if count > 20 else 0.7, cap=12 if count > 20 else None)
        # Named projects first, with an amount that fits them (a data centre consolidation is big).
        ordered = sorted(amounts, reverse=True)
        picked = []
        for n in named:
            picked.append(ordered.pop(0 if n[6] == 'big' else len(ordered) // 2))
        rng.shuffle(ordered)
        amounts = picked + ordered
        for i, amount in enumerate(amounts):
            year = None
            if i < len(named):
                code, org, en, fr, measures, _, _ = named[i]
                year = int(code.split('-')[1])
            else:
                org = rng.choices(orgs, weights)[0]
                en, fr, measures = generic_name()
                code = None
            p = make_project(code or 'TBD', org, en, fr, measures, cost_c, sched_c, amount, year=year)
            if code is None:
                p['code'] = next_code(org, d(p['baselines'][0]['approved']).year)
            projects.append(p)

    # Delivered and stopped projects (not active): the dashboard's "projects delivered".
    for code, org, en, fr, measures, state, _ in [n for n in NAMED if n[5] == 'completed']:
        amount = rng.randrange(300, 2400) * 1000
        projects.append(make_project(code, org, en, fr, measures, None, None, amount, state='completed',
                                     year=int(code.split('-')[1])))
    for i in range(12):
        org = rng.choices(orgs, weights)[0]
        en, fr, measures = generic_name()
        amount = int(rng.lognormvariate(0, 0.9) * 1_200_000) // 1000 * 1000 + 100_000
        p = make_project('TBD', org, en, fr, measures, None, None, amount, state='completed')
        p['code'] = next_code(org, d(p['baselines'][0]['approved']).year)
        projects.append(p)
    for i in range(2):
        org = rng.choices(orgs, weights)[0]
        en, fr, measures = generic_name()
        amount = rng.randrange(400, 3000) * 1000
        p = make_project('TBD', org, en, fr, measures, None, None, amount, state='cancelled')
        p['code'] = next_code(org, d(p['baselines'][0]['approved']).year)
        projects.append(p)

    projects.sort(key=lambda p: p['code'])
    assert len({p['code'] for p in projects}) == len(projects)
    active = [p for p in projects if p['state'] == 'active']
    assert len(active) == 197 and sum(p['baselines'][-1]['budget'] for p in active) == 428_490_000

    # Measures with their status history.
    measures = []
    for number, area, en, fr, owner, status, due in MEASURES:
        history = []
        if status != 'not_started':
            started = d(STARTED_ON.get(number, '2015-{:02d}-{:02d}'.format(rng.randrange(6, 10), rng.randrange(1, 28))))
            if number in COMPLETED_ON:
                started = min(started, d(COMPLETED_ON[number]) - timedelta(days=rng.randrange(60, 150)))
                started = max(started, d('2015-06-10'))
            history.append({'date': iso(started) + 'T15:00:00Z', 'from': 'not_started', 'to': 'under_way',
                            'percent': 5, 'comment': 'Travaux amorcés.', 'author': rng.choice(AUTHORS)})
        if status == 'completed':
            history.append({'date': COMPLETED_ON[number] + 'T15:00:00Z', 'from': 'under_way', 'to': 'completed',
                            'percent': 100, 'comment': 'Mesure réalisée.', 'author': rng.choice(AUTHORS)})
        percent = {'completed': 100, 'not_started': 0}.get(status) or rng.randrange(20, 86, 5)
        periods = {}
        for period in PERIODS[:-1]:
            as_of = d(period['as_of'])
            done = [h for h in history if d(h['date'][:10]) <= as_of]
            if not done:
                periods[period['key']] = 0
            elif done[-1]['to'] == 'completed':
                periods[period['key']] = 100
            else:
                frac = (as_of - d(done[0]['date'][:10])).days / max(1, (AS_OF - d(done[0]['date'][:10])).days)
                periods[period['key']] = int(5 + (percent - 5) * frac) // 5 * 5
        comment = {'completed': 'Réalisée; voir le bilan de la Stratégie.',
                   'under_way': 'En cours selon le plan de travail.',
                   'not_started': 'Démarrage prévu en 2017.'}[status]
        measures.append({'number': number, 'area': area, 'title_en': en, 'title_fr': fr, 'owner': owner,
                         'due': due, 'status': status, 'percent': percent, 'comment': comment,
                         'history': history, 'periods': periods})

    # Workforce: internal and external FTEs per organization and specialty, two surveys.
    workforce = {}
    for code, _, _, _, size in ORGANIZATIONS:
        rows = {}
        for s_code, _, _, core, ext in SPECIALTIES:
            base = size * SPECIALTY_WEIGHT[s_code] / 12.0 * rng.uniform(0.6, 1.4)
            if base < 0.35 and rng.random() < 0.6:
                continue
            share = min(0.9, max(0.0, ext + rng.uniform(-0.12, 0.12)))
            total = max(0.5, base)
            e1 = round(total * share, 1)
            i1 = round(total - e1, 1)
            # A year later: a little more internal in core functions (Measures 12 and 13).
            shift = rng.uniform(0.02, 0.08) if core else rng.uniform(-0.02, 0.03)
            total2 = total * rng.uniform(0.97, 1.06)
            share2 = min(0.9, max(0.0, share - shift))
            e2 = round(total2 * share2, 1)
            i2 = round(total2 - e2, 1)
            rows[s_code] = [i1, e1, i2, e2]
        assert rows
        workforce[code] = rows

    envelopes = []
    for code, _, _, _, size in ORGANIZATIONS:
        for year in (2015, 2016, 2017):
            needs = int(size * rng.uniform(0.35, 0.65) * (1 + 0.04 * (year - 2015)) * 1_000_000) // 1000 * 1000
            granted = needs if rng.random() < 0.55 else int(needs * rng.uniform(0.7, 0.95)) // 1000 * 1000
            ratio = {2015: rng.uniform(0.88, 1.0), 2016: rng.uniform(0.55, 0.9), 2017: rng.uniform(0.05, 0.3)}[year]
            committed = int(granted * ratio) // 1000 * 1000
            envelopes.append({'organization': code, 'fiscal_year': year, 'planned_needs': needs,
                              'granted': granted, 'committed': committed})

    portfolio = {
        'name': 'Québec — Stratégie gouvernementale en TI 2015-2018',
        'jurisdiction': 'Québec',
        'currency': 'CAD',
        'fiscal_year_start': 4,
        'default_language': 'fr',
        'cio_name': 'Benoit Boivin',
        'classification': 'UNCLASSIFIED / NON CLASSIFIÉ',
        'plan': {'code': 'STI-2015', 'title_en': 'Renewing government using information technology',
                 'title_fr': "Rénover l'État par les technologies de l'information",
                 'start': '2015-06-01', 'end': '2018-03-31',
                 'areas': [{'number': n, 'title_en': en, 'title_fr': fr} for n, en, fr in AREAS]},
        'periods': [{k: v for k, v in p.items()} for p in PERIODS],
    }

    def dump(name, value):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
            json.dump(value, f, ensure_ascii=False, indent=1)
            f.write('\n')

    dump('portfolio.json', portfolio)
    dump('organizations.json', [{'code': c, 'name_en': en, 'name_fr': fr, 'kind': k} for c, en, fr, k, _ in ORGANIZATIONS])
    dump('measures.json', measures)
    dump('projects.json', projects)
    dump('workforce.json', {'specialties': [{'code': c, 'name_en': en, 'name_fr': fr, 'core_function': core}
                                             for c, en, fr, core, _ in SPECIALTIES],
                            'surveys': SURVEYS,
                            'comment': 'Per organization and specialty: [internal, external] FTEs for each survey, in order.',
                            'data': {org: {s: [v[0:2], v[2:4]] for s, v in rows.items()} for org, rows in workforce.items()}})
    dump('envelopes.json', envelopes)


if __name__ == '__main__':
    main()
