<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Vigie::ChartDataBuilder</name>
    <message>
        <source>Measures by status and key area</source>
        <translation>Mesures par état et par axe d'intervention</translation>
    </message>
    <message>
        <source>Measures by status in each key area (stacked bars).</source>
        <translation>Mesures par état dans chaque axe d'intervention (barres empilées).</translation>
    </message>
    <message>
        <source>Overall progress of the measures</source>
        <translation>Avancement global des mesures</translation>
    </message>
    <message>
        <source>How many measures are completed, under way, not started or cancelled.</source>
        <translation>Nombre de mesures réalisées, en cours, non amorcées ou annulées.</translation>
    </message>
    <message>
        <source>Project health: cost indicator</source>
        <translation>État de santé des projets : indicateur de coût</translation>
    </message>
    <message>
        <source>Active projects by cost indicator colour, by number and by authorized budget.</source>
        <translation>Projets actifs selon la couleur de l'indicateur de coût, en nombre et en budget autorisé.</translation>
    </message>
    <message>
        <source>Project health: schedule indicator</source>
        <translation>État de santé des projets : indicateur d'échéancier</translation>
    </message>
    <message>
        <source>Active projects by schedule indicator colour, by number and by authorized budget.</source>
        <translation>Projets actifs selon la couleur de l'indicateur d'échéancier, en nombre et en budget autorisé.</translation>
    </message>
    <message>
        <source>Trend across reporting periods</source>
        <translation>Tendance d'une période de référence à l'autre</translation>
    </message>
    <message>
        <source>Share of green, yellow and red projects and of completed measures in each reporting period.</source>
        <translation>Proportion de projets verts, jaunes et rouges et de mesures réalisées à chaque période de référence.</translation>
    </message>
    <message>
        <source>IT workforce by specialty</source>
        <translation>Main-d'œuvre en TI par spécialité</translation>
    </message>
    <message>
        <source>Internal and external FTEs by specialty; specialties mostly outsourced are flagged at risk.</source>
        <translation>ETC internes et externes par spécialité; les spécialités surtout confiées à l'externe sont signalées à risque.</translation>
    </message>
    <message>
        <source>Investment envelopes by organization</source>
        <translation>Enveloppes d'investissement par organisation</translation>
    </message>
    <message>
        <source>Planned needs, granted and committed amounts by organization for one fiscal year.</source>
        <translation>Besoins prévus, montants accordés et engagés par organisation pour un exercice financier.</translation>
    </message>
    <message>
        <source>Investment envelopes by fiscal year</source>
        <translation>Enveloppes d'investissement par exercice financier</translation>
    </message>
    <message>
        <source>Planned needs, granted and committed amounts by fiscal year.</source>
        <translation>Besoins prévus, montants accordés et engagés par exercice financier.</translation>
    </message>
    <message>
        <source>Area %1: %2</source>
        <translation>Axe %1 : %2</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 sur %2 réalisées</translation>
    </message>
    <message>
        <source>%1 of %2 measures completed (%3)</source>
        <translation>%1 mesures réalisées sur %2 (%3)</translation>
    </message>
    <message>
        <source>No measure matches the filters.</source>
        <translation>Aucune mesure ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Share of active projects (%)</source>
        <translation>Proportion des projets actifs (%)</translation>
    </message>
    <message>
        <source>By number of projects</source>
        <translation>En nombre de projets</translation>
    </message>
    <message>
        <source>By authorized budget</source>
        <translation>En budget autorisé</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Active projects: %1 · authorized budgets: %2</source>
        <translation>Projets actifs : %1 · budgets autorisés : %2</translation>
    </message>
    <message>
        <source>No active project matches the filters.</source>
        <translation>Aucun projet actif ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Unknown chart "%1".</source>
        <translation>Graphique « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Unknown reporting period.</source>
        <translation>Période de référence inconnue.</translation>
    </message>
    <message>
        <source>Period: %1 (as of %2)</source>
        <translation>Période : %1 (au %2)</translation>
    </message>
    <message>
        <source>Current values</source>
        <translation>Valeurs actuelles</translation>
    </message>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>Rien à afficher pour ces filtres.</translation>
    </message>
    <message>
        <source>Green projects</source>
        <translation>Projets verts</translation>
    </message>
    <message>
        <source>Yellow projects</source>
        <translation>Projets jaunes</translation>
    </message>
    <message>
        <source>Red projects</source>
        <translation>Projets rouges</translation>
    </message>
    <message>
        <source>Measures completed</source>
        <translation>Mesures réalisées</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Proportion (%)</translation>
    </message>
    <message>
        <source>Projects by overall colour: the declared one, else the worse of the cost and schedule indicators.</source>
        <translation>Projets selon leur couleur globale : la couleur déclarée, sinon la pire des indicateurs de coût et d'échéancier.</translation>
    </message>
    <message>
        <source>Reporting periods from %1 to %2</source>
        <translation>Périodes de référence de %1 à %2</translation>
    </message>
    <message>
        <source>No reporting period has been frozen yet.</source>
        <translation>Aucune période de référence n'a encore été figée.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>External, at risk (over %1)</source>
        <translation>Externe, à risque (plus de %1)</translation>
    </message>
    <message>
        <source>%1 (at risk)</source>
        <translation>%1 (à risque)</translation>
    </message>
    <message>
        <source>%1 external</source>
        <translation>%1 externe</translation>
    </message>
    <message>
        <source>Full-time equivalents (FTEs)</source>
        <translation>Équivalents temps complet (ETC)</translation>
    </message>
    <message>
        <source>%1 internal and %2 external FTEs (%3 external), survey of %4</source>
        <translation>%1 ETC internes et %2 ETC externes (%3 externes), relevé du %4</translation>
    </message>
    <message>
        <source>At risk: more than %1 of the specialty's FTEs are external.</source>
        <translation>À risque : plus de %1 des ETC de la spécialité sont externes.</translation>
    </message>
    <message>
        <source>Smaller specialties not shown: %1.</source>
        <translation>Spécialités plus petites non affichées : %1.</translation>
    </message>
    <message>
        <source>No workforce survey matches the filters.</source>
        <translation>Aucun relevé de main-d'œuvre ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Planned needs</source>
        <translation>Besoins prévus</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Millions of dollars</source>
        <translation>Millions de dollars</translation>
    </message>
    <message>
        <source>No investment envelope matches the filters.</source>
        <translation>Aucune enveloppe d'investissement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Other organizations (%1)</source>
        <translation>Autres organisations (%1)</translation>
    </message>
    <message>
        <source>Fiscal year %1: planned needs %2, granted %3, committed %4</source>
        <translation>Exercice %1 : besoins prévus %2, accordé %3, engagé %4</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 granted of %3 in planned needs</source>
        <translation>Exercice %1 : %2 accordés sur %3 de besoins prévus</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartExportDialog</name>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> PPP</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File (.png, .svg, .pdf):</source>
        <translation>&amp;Fichier (.png, .svg, .pdf) :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>Unknown reporting period "%1": the portfolio has none.</source>
        <translation>Période de référence « %1 » inconnue : le portefeuille n'en compte aucune.</translation>
    </message>
    <message>
        <source>Unknown reporting period "%1"; known periods: %2.</source>
        <translation>Période de référence « %1 » inconnue; périodes existantes : %2.</translation>
    </message>
    <message>
        <source>Source: %1 · %2 · %3</source>
        <translation>Source : %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>%1: unknown format; use a .png, .svg or .pdf file name.</source>
        <translation>%1 : format inconnu; utilisez un nom de fichier .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Size %1×%2 is out of range (200×150 to 20000×20000 pixels).</source>
        <translation>La taille %1×%2 est hors limites (de 200×150 à 20000×20000 pixels).</translation>
    </message>
    <message>
        <source>Resolution %1 DPI is out of range (36 to 1200).</source>
        <translation>La résolution de %1 PPP est hors limites (de 36 à 1200).</translation>
    </message>
    <message>
        <source>%1: cannot be written.</source>
        <translation>%1 : écriture impossible.</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartView</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartsPanel</name>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>All key areas</source>
        <translation>Tous les axes d'intervention</translation>
    </message>
    <message>
        <source>Current values</source>
        <translation>Valeurs actuelles</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Aucun portefeuille n'est ouvert.</translation>
    </message>
    <message>
        <source>A period named "%1" already exists.</source>
        <translation>Une période nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The period could not be frozen.</source>
        <translation>La période n'a pas pu être figée.</translation>
    </message>
    <message>
        <source>Freeze a reporting period</source>
        <translation>Figer une période de référence</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Key area:</source>
        <translation>&amp;Axe d'intervention :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Freeze period…</source>
        <translation>&amp;Figer la période…</translation>
    </message>
    <message>
        <source>Save the current values as a named reporting period.</source>
        <translation>Enregistrer les valeurs actuelles comme période de référence nommée.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Vigie::Cli</name>
    <message>
        <source>Create an empty portfolio file.</source>
        <translation>Créer un fichier de portefeuille vide.</translation>
    </message>
    <message>
        <source>Print the portfolio at a glance.</source>
        <translation>Afficher le portefeuille en un coup d'œil.</translation>
    </message>
    <message>
        <source>Language of the output: en or fr.</source>
        <translation>Langue de la sortie : en ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Nombre d'arguments incorrect.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use en or fr.</source>
        <translation>Langue « %1 » inconnue : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>%1: the file is read-only; nothing was changed.</source>
        <translation>%1 : le fichier est en lecture seule; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Usage: vigie [FILE.vigie]   (opens the desktop application)</source>
        <translation>Utilisation : vigie [FICHIER.vigie]   (ouvre l'application de bureau)</translation>
    </message>
    <message>
        <source>       vigie COMMAND [options]</source>
        <translation>       vigie COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run "vigie COMMAND --help" for a command's options.</source>
        <translation>Exécutez « vigie COMMANDE --help » pour les options d'une commande.</translation>
    </message>
    <message>
        <source>The new .vigie file.</source>
        <translation>Le nouveau fichier .vigie.</translation>
    </message>
    <message>
        <source>Name of the portfolio.</source>
        <translation>Nom du portefeuille.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>A .vigie file.</source>
        <translation>Un fichier .vigie.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON plutôt que du texte.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>Render a chart to a PNG, SVG or PDF file.</source>
        <translation>Produire un graphique dans un fichier PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>The chart to draw (see --list).</source>
        <translation>Le graphique à produire (voir --list).</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Show a frozen reporting period instead of current values.</source>
        <translation>Afficher une période de référence figée plutôt que les valeurs actuelles.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Size in pixels, WIDTHxHEIGHT (default 1600x1000).</source>
        <translation>Taille en pixels, LARGEURxHAUTEUR (par défaut 1600x1000).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 150).</source>
        <translation>Résolution en points par pouce (par défaut 150).</translation>
    </message>
    <message>
        <source>List the charts and exit.</source>
        <translation>Lister les graphiques et quitter.</translation>
    </message>
    <message>
        <source>Name the chart with --chart ID (see --list).</source>
        <translation>Nommez le graphique avec --chart ID (voir --list).</translation>
    </message>
    <message>
        <source>Unknown chart "%1"; "vigie chart --list" lists them.</source>
        <translation>Graphique « %1 » inconnu; « vigie chart --list » en donne la liste.</translation>
    </message>
    <message>
        <source>Give the output file with -o; its extension must be .png, .svg or .pdf.</source>
        <translation>Indiquez le fichier de sortie avec -o; son extension doit être .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Bad size "%1": use WIDTHxHEIGHT in pixels, from 200x150 to 20000x20000.</source>
        <translation>Taille « %1 » invalide : utilisez LARGEURxHAUTEUR en pixels, de 200x150 à 20000x20000.</translation>
    </message>
    <message>
        <source>Bad resolution "%1": use a number of DPI from 36 to 1200.</source>
        <translation>Résolution « %1 » invalide : utilisez un nombre de PPP de 36 à 1200.</translation>
    </message>
    <message>
        <source>Write a bundled sample portfolio (quebec-2016, synthetic).</source>
        <translation>Écrire un portefeuille d'exemple fourni (quebec-2016, synthetic).</translation>
    </message>
    <message>
        <source>Write a bundled sample portfolio: quebec-2016 (Quebec's IT strategy and project dashboard, 2016) or synthetic (a large generated portfolio).</source>
        <translation>Écrire un portefeuille d'exemple fourni : quebec-2016 (stratégie gouvernementale en TI et tableau de bord des projets du Québec, 2016) ou synthetic (un grand portefeuille généré).</translation>
    </message>
    <message>
        <source>quebec-2016 or synthetic.</source>
        <translation>quebec-2016 ou synthetic.</translation>
    </message>
    <message>
        <source>The new .vigie file (never overwritten).</source>
        <translation>Le nouveau fichier .vigie (jamais écrasé).</translation>
    </message>
    <message>
        <source>synthetic: number of projects.</source>
        <translation>synthetic : nombre de projets.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>synthetic: seed of the generator (same seed, same portfolio).</source>
        <translation>synthetic : germe du générateur (même germe, même portefeuille).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Missing the output file: -o FILE.</source>
        <translation>Le fichier de sortie manque : -o FICHIER.</translation>
    </message>
    <message>
        <source>--projects and --seed apply to the synthetic sample only.</source>
        <translation>--projects et --seed ne s'appliquent qu'à l'exemple synthetic.</translation>
    </message>
    <message>
        <source>The synthetic sample needs --projects N.</source>
        <translation>L'exemple synthetic exige --projects N.</translation>
    </message>
    <message>
        <source>--projects must be a whole number from 1 to %1.</source>
        <translation>--projects doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Generated %1 projects in %2 s.</source>
        <translation>%1 projets générés en %2 s.</translation>
    </message>
    <message>
        <source>Unknown sample "%1": use quebec-2016 or synthetic.</source>
        <translation>Exemple « %1 » inconnu : utilisez quebec-2016 ou synthetic.</translation>
    </message>
</context>
<context>
    <name>Vigie::FreezePeriodCommand</name>
    <message>
        <source>Freeze reporting period "%1"</source>
        <translation>Figer la période de référence « %1 »</translation>
    </message>
</context>
<context>
    <name>Vigie::FreezePeriodDialog</name>
    <message>
        <source>Freeze a reporting period</source>
        <translation>Figer une période de référence</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>Copies the current colours and budgets of every project and the status of every measure into a named period, for charts of that period and trends.</source>
        <translation>Copie les couleurs et les budgets actuels de chaque projet et l'état de chaque mesure dans une période nommée, pour les graphiques de cette période et les tendances.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du :</translation>
    </message>
    <message>
        <source>Give the period a label, such as "August 2016".</source>
        <translation>Donnez un libellé à la période, par exemple « août 2016 ».</translation>
    </message>
    <message>
        <source>A period named "%1" already exists.</source>
        <translation>Une période nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>Vigie::HealthRule</name>
    <message>
        <source>Variance 10/30</source>
        <translation>Écart 10/30</translation>
    </message>
    <message>
        <source>Three-code (declared)</source>
        <translation>Trois codes (déclaré)</translation>
    </message>
    <message>
        <source>Custom variance %1/%2</source>
        <translation>Écart personnalisé %1/%2</translation>
    </message>
    <message>
        <source>%1: 1 no issues = green, 2 issues but end target still expected = yellow, 3 end target will not be met = red; colours are declared.</source>
        <translation>%1 : 1 aucun problème = vert, 2 problèmes, mais cible finale toujours prévue = jaune, 3 la cible finale ne sera pas atteinte = rouge; les couleurs sont déclarées.</translation>
    </message>
    <message>
        <source>%1: |variance| ≤ %2% green, %2% &lt; |variance| &lt; %3% yellow, ≥ %3% red; cost variance against the authorized budget, schedule variance against the planned duration.</source>
        <translation>%1 : |écart| ≤ %2 % vert, %2 % &lt; |écart| &lt; %3 % jaune, ≥ %3 % rouge; écart de coût par rapport au budget autorisé, écart d'échéancier par rapport à la durée prévue.</translation>
    </message>
</context>
<context>
    <name>Vigie::HealthText</name>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureStatusText</name>
    <message>
        <source>Not started</source>
        <translation>Non amorcée</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Vigie::Periods</name>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>Le portefeuille est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>A reporting period needs a label.</source>
        <translation>Une période de référence doit avoir un libellé.</translation>
    </message>
    <message>
        <source>A reporting period needs a valid as-of date.</source>
        <translation>Une période de référence doit avoir une date de référence valide.</translation>
    </message>
    <message>
        <source>There is already a reporting period named "%1".</source>
        <translation>Il existe déjà une période de référence nommée « %1 ».</translation>
    </message>
    <message>
        <source>The change could not be written to the file.</source>
        <translation>La modification n'a pas pu être écrite dans le fichier.</translation>
    </message>
</context>
<context>
    <name>Vigie::PortfolioFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1 : ce n'est pas un fichier.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Vigie portfolio.</source>
        <translation>%1 : le fichier est vide; ce n'est pas un portefeuille Vigie.</translation>
    </message>
    <message>
        <source>%1: not a Vigie portfolio (not a SQLite database).</source>
        <translation>%1 : ce n'est pas un portefeuille Vigie (pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1: a SQLite database, but not a Vigie portfolio.</source>
        <translation>%1 : une base de données SQLite, mais pas un portefeuille Vigie.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Vigie (file format %2, this program reads up to %3). Update Vigie to open it.</source>
        <translation>%1 : créé par une version plus récente de Vigie (format de fichier %2, ce programme lit jusqu'au format %3). Mettez Vigie à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1: the portfolio has no schema version; it is damaged.</source>
        <translation>%1 : le portefeuille n'a pas de version de schéma; il est endommagé.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1 : impossible d'écrire dans le dossier.</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2).</source>
        <translation>%1 : création impossible (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be created.</source>
        <translation>%1 : création impossible.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1 : ouverture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged and cannot be opened.</source>
        <translation>%1 : le portefeuille est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1: the portfolio is incomplete (missing: %2).</source>
        <translation>%1 : le portefeuille est incomplet (manquant : %2).</translation>
    </message>
    <message>
        <source>%1: uses an older file format (%2) that must be upgraded, but the file cannot be written. Copy it to a writable folder and open the copy.</source>
        <translation>%1 : utilise un ancien format de fichier (%2) qui doit être mis à niveau, mais le fichier ne peut pas être modifié. Copiez-le dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>%1: cannot make the backup copy %2 before upgrading the file.</source>
        <translation>%1 : impossible de faire la copie de sauvegarde %2 avant la mise à niveau du fichier.</translation>
    </message>
    <message>
        <source>%1: upgrading the file format to version %2 failed (%3); the file is unchanged.</source>
        <translation>%1 : la mise à niveau du format de fichier vers la version %2 a échoué (%3); le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>Le portefeuille est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Unknown field %1.%2.</source>
        <translation>Champ inconnu %1.%2.</translation>
    </message>
    <message>
        <source>The %1 being edited no longer exists.</source>
        <translation>L'élément %1 en cours de modification n'existe plus.</translation>
    </message>
    <message>
        <source>The change journal cannot be written.</source>
        <translation>Impossible d'écrire dans le journal des modifications.</translation>
    </message>
    <message>
        <source>The project's baselines cannot be updated.</source>
        <translation>Impossible de mettre à jour les références de base du projet.</translation>
    </message>
    <message>
        <source>The change could not be written to the file.</source>
        <translation>La modification n'a pas pu être enregistrée dans le fichier.</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>Projet introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot be replaced.</source>
        <translation>%1 : remplacement impossible.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2).</source>
        <translation>%1 : la copie n'a pas pu être écrite (%2).</translation>
    </message>
</context>
<context>
    <name>Vigie::QuebecSample</name>
    <message>
        <source>the sample data %1 is missing</source>
        <translation>les données d'exemple %1 sont absentes</translation>
    </message>
    <message>
        <source>the sample data %1 is damaged (%2)</source>
        <translation>les données d'exemple %1 sont endommagées (%2)</translation>
    </message>
    <message>
        <source>measure %1 is in an unknown key area</source>
        <translation>la mesure %1 appartient à un axe d'intervention inconnu</translation>
    </message>
    <message>
        <source>project %1 has no baseline</source>
        <translation>le projet %1 n'a aucune référence de base</translation>
    </message>
    <message>
        <source>project %1 refers to an unknown measure %2</source>
        <translation>le projet %1 renvoie à une mesure inconnue (%2)</translation>
    </message>
    <message>
        <source>project %1 has values for %2 but no baseline then</source>
        <translation>le projet %1 a des valeurs pour %2, mais aucune référence de base à cette date</translation>
    </message>
    <message>
        <source>an envelope refers to an unknown organization %1</source>
        <translation>une enveloppe renvoie à un organisme inconnu (%1)</translation>
    </message>
    <message>
        <source>the data could not be written to the file</source>
        <translation>les données n'ont pas pu être écrites dans le fichier</translation>
    </message>
</context>
<context>
    <name>Vigie::SampleWriter</name>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1 : impossible d'écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2).</source>
        <translation>%1 : impossible de créer le fichier (%2).</translation>
    </message>
    <message>
        <source>the data could not be written to the file</source>
        <translation>les données n'ont pas pu être écrites dans le fichier</translation>
    </message>
    <message>
        <source>%1: the sample could not be built (%2).</source>
        <translation>%1 : l'exemple n'a pas pu être construit (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be created.</source>
        <translation>%1 : impossible de créer le fichier.</translation>
    </message>
</context>
<context>
    <name>Vigie::SummaryBuilder</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Portfolio: %1</source>
        <translation>Portefeuille : %1</translation>
    </message>
    <message numerus="yes">
        <source>Measures: %n in total</source>
        <translation>
            <numerusform>Mesures : %n au total</numerusform><numerusform>Mesures : %n au total</numerusform></translation>
    </message>
    <message>
        <source>  Key area %1, %2: %3 completed of %4</source>
        <translation>  Axe d'intervention %1, %2 : %3 réalisées sur %4</translation>
    </message>
    <message>
        <source>Active projects: %1, authorized budgets %2</source>
        <translation>Projets actifs : %1, budgets autorisés %2</translation>
    </message>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>  %1 indicator:</source>
        <translation>  Indicateur « %1 » :</translation>
    </message>
    <message>
        <source>    %1: %2 projects (%3), %4 (%5)</source>
        <translation>    %1 : %2 projets (%3), %4 (%5)</translation>
    </message>
    <message>
        <source>Workforce: %1 internal and %2 external FTEs (%3 external), %4 organizations</source>
        <translation>Main-d'œuvre : %1 ETC internes et %2 ETC externes (%3 externes), %4 organismes</translation>
    </message>
    <message>
        <source>Envelopes %1: planned needs %2, granted %3, committed %4</source>
        <translation>Enveloppes %1 : besoins prévus %2, accordé %3, engagé %4</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::SyntheticSample</name>
    <message>
        <source>the number of projects must be between 1 and %1</source>
        <translation>le nombre de projets doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>the data could not be written to the file</source>
        <translation>les données n'ont pas pu être écrites dans le fichier</translation>
    </message>
</context>
</TS>
