<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Valeur manquante après « %1 ».</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Valeur inattendue après « %1 ».</translation>
    </message>
</context>
<context>
    <name>Vigie::BackgroundTask</name>
    <message>
        <source>%1: cannot be opened.</source>
        <translation>%1 : ouverture impossible.</translation>
    </message>
</context>
<context>
    <name>Vigie::BriefingCheck</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Briefing item %1 has no %2 text</source>
        <translation>L'élément du breffage %1 n'a pas de texte en %2</translation>
    </message>
    <message>
        <source>Measure %1: %2 has no %3 title</source>
        <translation>Mesure %1 : %2 n'a pas de titre en %3</translation>
    </message>
    <message>
        <source>Project %1: %2 has no %3 name</source>
        <translation>Projet %1 : %2 n'a pas de nom en %3</translation>
    </message>
    <message>
        <source>Key area %1: %2 has no %3 title</source>
        <translation>Axe d'intervention %1 : %2 n'a pas de titre en %3</translation>
    </message>
    <message>
        <source>Specialty %1: %2 has no %3 name</source>
        <translation>Spécialité %1 : %2 n'a pas de nom en %3</translation>
    </message>
    <message>
        <source>Organization %1: %2 has no %3 name</source>
        <translation>Organisme %1 : %2 n'a pas de nom en %3</translation>
    </message>
</context>
<context>
    <name>Vigie::BriefingDocument</name>
    <message>
        <source>%1: unknown kind of document; use .pdf, .odt or .html.</source>
        <translation>%1 : type de document inconnu; utilisez .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n'a pas pu être dessiné</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>le document n'a pas pu être mis en page</translation>
    </message>
</context>
<context>
    <name>Vigie::BriefingFacts</name>
    <message>
        <source>No such reporting period.</source>
        <translation>Cette période de référence n'existe pas.</translation>
    </message>
</context>
<context>
    <name>Vigie::BriefingItems</name>
    <message>
        <source>This text is reserved for charts and tables in a briefing.</source>
        <translation>Ce texte est réservé aux graphiques et aux tableaux d'un breffage.</translation>
    </message>
    <message>
        <source>The briefing item no longer exists.</source>
        <translation>L'élément du breffage n'existe plus.</translation>
    </message>
    <message>
        <source>The item is already at the edge of the briefing.</source>
        <translation>L'élément est déjà au bout du breffage.</translation>
    </message>
</context>
<context>
    <name>Vigie::BriefingView</name>
    <message>
        <source>&amp;Reporting period:</source>
        <translation>&amp;Période de référence :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Draft from data</source>
        <translation>&amp;Rédiger à partir des données</translation>
    </message>
    <message>
        <source>Replace the drafted items of this period with a new draft from the data; your own items are kept. Undo takes it back.</source>
        <translation>Remplacer les éléments rédigés de cette période par une nouvelle ébauche tirée des données; vos propres éléments sont conservés. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un élément</translation>
    </message>
    <message>
        <source>Add &amp;chart</source>
        <translation>Ajouter un &amp;graphique</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Current values (no reporting period)</source>
        <translation>Valeurs actuelles (aucune période de référence)</translation>
    </message>
    <message>
        <source>Chart, drawn from the data of the period</source>
        <translation>Graphique, tracé à partir des données de la période</translation>
    </message>
    <message>
        <source>Table, built from the data of the period</source>
        <translation>Tableau, établi à partir des données de la période</translation>
    </message>
    <message>
        <source>Drafted from the data</source>
        <translation>Rédigé à partir des données</translation>
    </message>
    <message>
        <source>Briefing written to %1.</source>
        <translation>Breffage écrit dans %1.</translation>
    </message>
    <message>
        <source>Text starting with {{chart: or {{table: is reserved for charts and tables.</source>
        <translation>Un texte commençant par {{chart: ou {{table: est réservé aux graphiques et aux tableaux.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) drafted from the data.</source>
        <translation>
            <numerusform>%n élément rédigé à partir des données.</numerusform><numerusform>%n éléments rédigés à partir des données.</numerusform></translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exporter le breffage</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument (*.odt);;Page Web (*.html)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Breffage</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>breffage</translation>
    </message>
    <message>
        <source>Briefing items</source>
        <translation>Éléments du breffage</translation>
    </message>
    <message>
        <source>The four sections of the council briefing and their items, English and French side by side; F2 edits the selected item.</source>
        <translation>Les quatre sections du breffage au Conseil et leurs éléments, en anglais et en français côte à côte; F2 modifie l'élément choisi.</translation>
    </message>
    <message>
        <source>Each item in English and French, in the four sections of the PSCIOC template. Double-click or F2 to reword; Draft from data replaces only the items drafted and never edited.</source>
        <translation>Chaque élément en anglais et en français, dans les quatre sections du gabarit du CDPISP. Double-cliquez ou appuyez sur F2 pour reformuler; Rédiger à partir des données ne remplace que les éléments rédigés et jamais modifiés.</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Aperçu du breffage</translation>
    </message>
    <message>
        <source>The briefing as it will be exported, in the document language.</source>
        <translation>Le breffage tel qu'il sera exporté, dans la langue du document.</translation>
    </message>
    <message>
        <source>Reporting period of the briefing</source>
        <translation>Période de référence du breffage</translation>
    </message>
    <message>
        <source>Language of the briefing document</source>
        <translation>Langue du document de breffage</translation>
    </message>
    <message>
        <source>The briefing's language, independent of the program's: a French briefing can be prepared in the English interface.</source>
        <translation>La langue du breffage, indépendante de celle du programme : un breffage en français peut se préparer dans l'interface anglaise.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Briefing status</source>
        <translation>État du breffage</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of this briefing have no %1 form; the document shows them in the other language, marked.</source>
        <translation>
            <numerusform>%n texte de ce breffage n'a pas de version en %1; le document l'affiche dans l'autre langue, marqué.</numerusform><numerusform>%n textes de ce breffage n'ont pas de version en %1; le document les affiche dans l'autre langue, marqués.</numerusform></translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <source>This period has no briefing items yet: the preview, the export and the print show a draft from the data. "Draft from data" keeps it here to edit.</source>
        <translation>Cette période n'a pas encore d'éléments de breffage : l'aperçu, l'exportation et l'impression montrent une ébauche tirée des données. « Rédiger à partir des données » la conserve ici pour la modifier.</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: the briefing belongs to the whole portfolio and is written in the file the copy came from.</source>
        <translation>Cette copie est limitée à l'organisme %1 : le breffage appartient à l'ensemble du portefeuille et se rédige dans le fichier d'où vient la copie.</translation>
    </message>
</context>
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
        <translation>État de santé des projets : indicateur de coût</translation>
    </message>
    <message>
        <source>Active projects by cost indicator colour, by number and by authorized budget.</source>
        <translation>Projets actifs selon la couleur de l'indicateur de coût, en nombre et en budget autorisé.</translation>
    </message>
    <message>
        <source>Project health: schedule indicator</source>
        <translation>État de santé des projets : indicateur d'échéancier</translation>
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
        <translation>Enveloppes d'investissement par organisme</translation>
    </message>
    <message>
        <source>Planned needs, granted and committed amounts by organization for one fiscal year.</source>
        <translation>Besoins prévus, montants accordés et engagés par organisme pour un exercice financier.</translation>
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
        <translation>Axe %1 : %2</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
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
        <translation>Projets actifs : %1 · budgets autorisés : %2</translation>
    </message>
    <message>
        <source>No active project matches the filters.</source>
        <translation>Aucun projet actif ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Unknown chart "%1".</source>
        <translation>Graphique « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Unknown reporting period.</source>
        <translation>Période de référence inconnue.</translation>
    </message>
    <message>
        <source>Period: %1 (as of %2)</source>
        <translation>Période : %1 (au %2)</translation>
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
        <translation>Projets selon leur couleur globale : la couleur déclarée, sinon la pire des indicateurs de coût et d'échéancier.</translation>
    </message>
    <message>
        <source>Reporting periods from %1 to %2</source>
        <translation>Périodes de référence entre %1 et %2</translation>
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
        <translation>À risque : plus de %1 des ETC de la spécialité sont externes.</translation>
    </message>
    <message>
        <source>Smaller specialties not shown: %1.</source>
        <translation>Spécialités plus petites non affichées : %1.</translation>
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
        <translation>Autres organismes (%1)</translation>
    </message>
    <message>
        <source>Fiscal year %1: planned needs %2, granted %3, committed %4</source>
        <translation>Exercice %1 : besoins prévus %2, accordé %3, engagé %4</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 granted of %3 in planned needs</source>
        <translation>Exercice %1 : %2 accordés sur %3 de besoins prévus</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <extracomment>%n is the number completed: "1 of 8 completed" / « 1 réalisée sur 8 »</extracomment>
        <translation>
            <numerusform>%n réalisée sur %1</numerusform><numerusform>%n réalisées sur %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 measures completed (%2)</source>
        <translation>
            <numerusform>%n mesure réalisée sur %1 (%2)</numerusform><numerusform>%n mesures réalisées sur %1 (%2)</numerusform></translation>
    </message>
    <message>
        <source>No declared colour is greener than the computed one.</source>
        <translation>Aucune couleur déclarée n'est plus favorable que la couleur calculée.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Aucune mesure pour l'instant.</translation>
    </message>
    <message>
        <source>No active project yet.</source>
        <translation>Aucun projet actif pour l'instant.</translation>
    </message>
    <message>
        <source>‡ Not translated: shown in the other language.</source>
        <translation>‡ Non traduit : affiché dans l'autre langue.</translation>
    </message>
    <message>
        <source>No workforce survey as of this reporting period.</source>
        <translation>Aucun relevé de main-d'œuvre à la date de cette période de référence.</translation>
    </message>
    <message>
        <source>No workforce survey yet.</source>
        <translation>Aucun relevé de main-d'œuvre pour l'instant.</translation>
    </message>
    <message>
        <source>No investment envelope yet.</source>
        <translation>Aucune enveloppe d'investissement pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 measure completed (%1)</source>
        <translation>
            <numerusform>%n mesure réalisée sur 1 (%1)</numerusform><numerusform>%n mesure réalisée sur 1 (%1)</numerusform></translation>
    </message>
    <message>
        <source>Frozen reporting periods</source>
        <translation>Périodes de référence figées</translation>
    </message>
    <message>
        <source>One reporting period, %1: a trend needs at least two.</source>
        <translation>Une seule période de référence, %1 : une tendance en demande au moins deux.</translation>
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
        <translation>&amp;Fichier (.png, .svg, .pdf) :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>At this height, some of the chart's %1 category names are left out; %2 px or more shows them all.</source>
        <translation>À cette hauteur, certains des %1 noms de catégorie du graphique sont omis; %2 px ou plus les affiche tous.</translation>
    </message>
    <message>
        <source>At this height, the chart is drawn smaller than its full size, its text too; %1 px or more draws it at full size.</source>
        <translation>À cette hauteur, le graphique est dessiné en plus petit que sa taille réelle, son texte aussi; %1 px ou plus le dessine en taille réelle.</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>Unknown reporting period "%1": the portfolio has none.</source>
        <translation>Période de référence « %1 » inconnue : le portefeuille n'en compte aucune.</translation>
    </message>
    <message>
        <source>Unknown reporting period "%1"; known periods: %2.</source>
        <translation>Période de référence « %1 » inconnue; périodes existantes : %2.</translation>
    </message>
    <message>
        <source>Source: %1 · %2 · %3</source>
        <translation>Source : %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>%1: unknown format; use a .png, .svg or .pdf file name.</source>
        <translation>%1 : format inconnu; utilisez un nom de fichier .png, .svg ou .pdf.</translation>
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
        <source>the image could not be encoded</source>
        <translation>l'image n'a pas pu être encodée</translation>
    </message>
    <message>
        <source>the drawing could not start</source>
        <translation>le dessin n'a pas pu commencer</translation>
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
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of one bar of a chart: "Key area 1: Completed 2, Under way 7"</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartsPanel</name>
    <message>
        <source>All organizations</source>
        <translation>Tous les organismes</translation>
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
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Key area:</source>
        <translation>&amp;Axe d'intervention :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
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
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The charts Vigie draws from the portfolio; the one chosen is shown beside.</source>
        <translation>Les graphiques que Vigie trace à partir du portefeuille; celui qui est choisi s'affiche à côté.</translation>
    </message>
    <message>
        <source>Choose a chart. The organization, key area and period above the chart apply to every chart; Export writes it as PNG, SVG or PDF exactly as shown.</source>
        <translation>Choisissez un graphique. L'organisme, l'axe d'intervention et la période au-dessus du graphique s'appliquent à tous les graphiques; Exporter l'écrit en PNG, SVG ou PDF exactement tel qu'il est affiché.</translation>
    </message>
    <message>
        <source>Organization shown on the chart</source>
        <translation>Organisme affiché dans le graphique</translation>
    </message>
    <message>
        <source>Key area shown on the chart</source>
        <translation>Axe d'intervention affiché dans le graphique</translation>
    </message>
    <message>
        <source>Reporting period shown on the chart</source>
        <translation>Période de référence affichée dans le graphique</translation>
    </message>
    <message>
        <source>Copies the current colours, budgets and statuses into a named reporting period, for charts of that period and trends. Undo takes it back.</source>
        <translation>Copie les couleurs, budgets et états actuels dans une période de référence nommée, pour les graphiques de cette période et les tendances. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Copy the chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>measures-by-area</source>
        <extracomment>File names suggested for an exported chart: lower case, words joined by hyphens, no colon or slash.</extracomment>
        <translation>mesures-par-axe</translation>
    </message>
    <message>
        <source>measures-progress</source>
        <translation>avancement-des-mesures</translation>
    </message>
    <message>
        <source>project-health-cost</source>
        <translation>santé-des-projets-coût</translation>
    </message>
    <message>
        <source>project-health-schedule</source>
        <translation>santé-des-projets-échéancier</translation>
    </message>
    <message>
        <source>health-trend</source>
        <translation>tendance</translation>
    </message>
    <message>
        <source>workforce-by-specialty</source>
        <translation>main-d'œuvre-par-spécialité</translation>
    </message>
    <message>
        <source>envelopes-by-organization</source>
        <translation>enveloppes-par-organisme</translation>
    </message>
    <message>
        <source>envelopes-by-year</source>
        <translation>enveloppes-par-exercice</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: reporting periods belong to the whole portfolio and are frozen in the file the copy came from.</source>
        <translation>Cette copie est limitée à l'organisme %1 : les périodes de référence appartiennent à l'ensemble du portefeuille et se figent dans le fichier d'où vient la copie.</translation>
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
        <translation>Langue de la sortie : en ou fr.</translation>
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
        <translation>Langue « %1 » inconnue : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>%1: the file is read-only; nothing was changed.</source>
        <translation>%1 : le fichier est en lecture seule; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Usage: vigie [FILE.vigie]   (opens the desktop application)</source>
        <translation>Utilisation : vigie [FICHIER.vigie]   (ouvre l'application de bureau)</translation>
    </message>
    <message>
        <source>       vigie COMMAND [options]</source>
        <translation>       vigie COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run "vigie COMMAND --help" for a command's options.</source>
        <translation>Exécutez « vigie COMMANDE --help » pour les options d'une commande.</translation>
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
        <translation>%1 : lecture impossible (%2).</translation>
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
        <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
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
        <translation>Graphique « %1 » inconnu; « vigie chart --list » en donne la liste.</translation>
    </message>
    <message>
        <source>Give the output file with -o; its extension must be .png, .svg or .pdf.</source>
        <translation>Indiquez le fichier de sortie avec -o; son extension doit être .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Bad size "%1": use WIDTHxHEIGHT in pixels, from 200x150 to 20000x20000.</source>
        <translation>Taille « %1 » invalide : utilisez LARGEURxHAUTEUR en pixels, de 200x150 à 20000x20000.</translation>
    </message>
    <message>
        <source>Bad resolution "%1": use a number of DPI from 36 to 1200.</source>
        <translation>Résolution « %1 » invalide : utilisez un nombre de PPP de 36 à 1200.</translation>
    </message>
    <message>
        <source>The new .vigie file (never overwritten).</source>
        <translation>Le nouveau fichier .vigie (jamais écrasé).</translation>
    </message>
    <message>
        <source>synthetic: number of projects.</source>
        <translation>synthetic : nombre de projets.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>synthetic: seed of the generator (same seed, same portfolio).</source>
        <translation>synthetic : germe du générateur (même germe, même portefeuille).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Missing the output file: -o FILE.</source>
        <translation>Le fichier de sortie manque : -o FICHIER.</translation>
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
        <source>Write the council briefing (PSCIOC template) as PDF, ODT or HTML.</source>
        <translation>Écrire le breffage du Conseil (gabarit du CDPISP) en PDF, ODT ou HTML.</translation>
    </message>
    <message>
        <source>The document to write: .pdf, .odt or .html.</source>
        <translation>Le document à écrire : .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>The reporting period's label (default: the latest).</source>
        <translation>Le libellé de la période de référence (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>Paper size: letter or a4 (default: letter).</source>
        <translation>Format du papier : letter ou a4 (par défaut : letter).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The briefing's date, YYYY-MM-DD (default: today).</source>
        <translation>La date du breffage, AAAA-MM-JJ (par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Give the document to write with -o OUT.pdf, OUT.odt or OUT.html.</source>
        <translation>Indiquez le document à écrire avec -o SORTIE.pdf, SORTIE.odt ou SORTIE.html.</translation>
    </message>
    <message>
        <source>Unknown paper size "%1": use letter or a4.</source>
        <translation>Format de papier « %1 » inconnu : utilisez letter ou a4.</translation>
    </message>
    <message>
        <source>Invalid date "%1": use YYYY-MM-DD.</source>
        <translation>Date « %1 » invalide : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No reporting period "%1" in %2 (periods: %3).</source>
        <translation>Aucune période de référence « %1 » dans %2 (périodes : %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The period has no briefing items: drafted from the data (the portfolio was not changed).</source>
        <translation>La période n'a aucun élément de breffage : ébauche rédigée à partir des données (le portefeuille n'a pas été modifié).</translation>
    </message>
    <message>
        <source>Briefing written to %1.</source>
        <translation>Breffage écrit dans %1.</translation>
    </message>
    <message>
        <source>Write the council briefing as PDF, ODT or HTML.</source>
        <translation>Écrire le breffage du Conseil en PDF, ODT ou HTML.</translation>
    </message>
    <message>
        <source>Export projects, measures or workforce to CSV or XLSX.</source>
        <translation>Exporter les projets, les mesures ou la main-d'œuvre en CSV ou XLSX.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>Export the projects to OUT (.csv or .xlsx).</source>
        <translation>Exporter les projets dans SORTIE (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>Export the measures to OUT (.csv or .xlsx).</source>
        <translation>Exporter les mesures dans SORTIE (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>Export the workforce to OUT (.csv or .xlsx).</source>
        <translation>Exporter la main-d'œuvre dans SORTIE (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>CSV for a French Excel: ";" between fields and decimal comma.</source>
        <translation>CSV pour Excel en français : « ; » entre les champs et virgule décimale.</translation>
    </message>
    <message>
        <source>%1: unknown format; name the file .csv or .xlsx.</source>
        <translation>%1 : format inconnu; nommez le fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>%1: a CSV file holds one table; export each table to its own file.</source>
        <translation>%1 : un fichier CSV contient une seule table; exportez chaque table dans son propre fichier.</translation>
    </message>
    <message>
        <source>Nothing to export: give --projects, --measures or --workforce.</source>
        <translation>Rien à exporter : indiquez --projects, --measures ou --workforce.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>The CSV file of projects.</source>
        <translation>Le fichier CSV des projets.</translation>
    </message>
    <message>
        <source>csv</source>
        <translation>csv</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Import bad values as empty, with a warning each, instead of refusing the file.</source>
        <translation>Importer les valeurs erronées comme vides, avec un avertissement chacune, au lieu de refuser le fichier.</translation>
    </message>
    <message>
        <source>Check the file and report, without writing.</source>
        <translation>Vérifier le fichier et faire rapport, sans rien écrire.</translation>
    </message>
    <message>
        <source>Nothing to import: give --projects FILE.csv.</source>
        <translation>Rien à importer : indiquez --projects FICHIER.csv.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: the portfolio is open for editing in Vigie (%2); close it there, then run the command again. Nothing was changed. (Lock file: %3)</source>
        <translation>%1 : le portefeuille est ouvert en modification dans Vigie (%2); fermez-le là, puis relancez la commande. Rien n'a été modifié. (Fichier de verrou : %3)</translation>
    </message>
    <message>
        <source>Check a portfolio file for damage; save a copy of what can be read.</source>
        <translation>Vérifier qu'un fichier de portefeuille n'est pas endommagé; enregistrer une copie de ce qui peut être lu.</translation>
    </message>
    <message>
        <source>Write every readable row to OUT, a new portfolio file (the checked file is only read).</source>
        <translation>Écrire toutes les lignes lisibles dans OUT, un nouveau fichier de portefeuille (le fichier vérifié est seulement lu).</translation>
    </message>
    <message>
        <source>%1: name the recovered copy with the .vigie extension.</source>
        <translation>%1 : nommez la copie récupérée avec l'extension .vigie.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no damage found (file format %2, %Ln project(s)); SQLite's full integrity check passed.</source>
        <translation>
            <numerusform>%1 : aucun dommage trouvé (format de fichier %2, %Ln projet); la vérification d'intégrité complète de SQLite a réussi.</numerusform><numerusform>%1 : aucun dommage trouvé (format de fichier %2, %Ln projets); la vérification d'intégrité complète de SQLite a réussi.</numerusform></translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged:</source>
        <translation>%1 : le portefeuille est endommagé :</translation>
    </message>
    <message>
        <source>Save a copy with every readable row: vigie check %1 --recover COPY.vigie</source>
        <translation>Enregistrez une copie de toutes les lignes lisibles : vigie check %1 --recover COPIE.vigie</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version of Vigie.</source>
        <translation>Afficher la version de Vigie.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Run "%1 --help" for the options.</source>
        <translation>Exécutez « %1 --help » pour les options.</translation>
    </message>
    <message>
        <source>Open the desktop application on FILE.vigie when given (else on the last file opened).</source>
        <translation>Ouvrir l'application de bureau sur FICHIER.vigie s'il est donné (sinon sur le dernier fichier ouvert).</translation>
    </message>
    <message>
        <source>The .vigie portfolio to open.</source>
        <translation>Le portefeuille .vigie à ouvrir.</translation>
    </message>
    <message>
        <source>[FILE.vigie]</source>
        <translation>[FICHIER.vigie]</translation>
    </message>
    <message>
        <source>Language of the interface: en or fr.</source>
        <translation>Langue de l'interface : en ou fr.</translation>
    </message>
    <message>
        <source>View to show first: overview, strategy, projects, workforce, envelopes, charts or briefing.</source>
        <translation>Vue à afficher en premier : overview, strategy, projects, workforce, envelopes, charts ou briefing.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>vigie-desktop cannot be found next to %1: the desktop application and the chart and briefing commands need it. Reinstall Vigie.</source>
        <translation>vigie-desktop est introuvable à côté de %1 : l'application de bureau et les commandes chart et briefing en ont besoin. Réinstallez Vigie.</translation>
    </message>
    <message>
        <source>%1: cannot be started (%2).</source>
        <translation>%1 : démarrage impossible (%2).</translation>
    </message>
    <message>
        <source>unknown command '%1'; did you mean '%2'?</source>
        <translation>commande inconnue « %1 »; vouliez-vous dire « %2 »?</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>The desktop application needs a display (DISPLAY or WAYLAND_DISPLAY), and there is none. The commands work without one.</source>
        <translation>L'application de bureau a besoin d'un affichage (DISPLAY ou WAYLAND_DISPLAY) et il n'y en a aucun. Les commandes fonctionnent sans affichage.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <source>Write a copy to send to an organization.</source>
        <translation>Écrire une copie à envoyer à un organisme.</translation>
    </message>
    <message>
        <source>Merge copies sent to organizations back into the portfolio.</source>
        <translation>Fusionner dans le portefeuille les copies envoyées aux organismes.</translation>
    </message>
    <message>
        <source>Compare two portfolios item by item and field by field.</source>
        <translation>Comparer deux portefeuilles élément par élément et champ par champ.</translation>
    </message>
    <message>
        <source>Compare two portfolios item by item and field by field (items are matched by their identity, so copies of one portfolio compare).</source>
        <translation>Comparer deux portefeuilles élément par élément et champ par champ (les éléments sont appariés par leur identité : les copies d'un même portefeuille se comparent).</translation>
    </message>
    <message>
        <source>Another .vigie file.</source>
        <translation>Un autre fichier .vigie.</translation>
    </message>
    <message>
        <source>Write a copy of the portfolio to send to an organization; merge it back with "vigie merge".</source>
        <translation>Écrire une copie du portefeuille à envoyer à un organisme; la fusionner ensuite avec « vigie merge ».</translation>
    </message>
    <message>
        <source>Limit the copy to this organization's measures, projects, workforce and envelopes; the rest is read-only in it. Without it: the whole portfolio.</source>
        <translation>Limiter la copie aux mesures, projets, main-d'œuvre et enveloppes de cet organisme; le reste y est en lecture seule. Sans cette option : le portefeuille entier.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The copy to write (a new file).</source>
        <translation>La copie à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Name the copy to write: -o COPY.vigie.</source>
        <translation>Nommez la copie à écrire : -o COPIE.vigie.</translation>
    </message>
    <message>
        <source>No organization has the code "%1" in %2. Codes: %3.</source>
        <translation>Aucun organisme n'a le code « %1 » dans %2. Codes : %3.</translation>
    </message>
    <message>
        <source>Copy for %1 written to %2. Only %1's measures, projects, workforce and envelopes can be changed in it; merge it back with: vigie merge %3 %2</source>
        <translation>Copie pour %1 écrite dans %2. Seuls les mesures, projets, main-d'œuvre et enveloppes de %1 peuvent y être modifiés; fusionnez-la ensuite avec : vigie merge %3 %2</translation>
    </message>
    <message>
        <source>Copy of the whole portfolio written to %1; merge it back with: vigie merge %2 %1</source>
        <translation>Copie du portefeuille entier écrite dans %1; fusionnez-la ensuite avec : vigie merge %2 %1</translation>
    </message>
    <message>
        <source>Merge copies sent to organizations back into the portfolio. What only a copy changed comes in; the same field changed on both sides is a conflict: without --prefer, nothing is merged and the conflicts are listed (exit status 5).</source>
        <translation>Fusionner dans le portefeuille les copies envoyées aux organismes. Ce que seule une copie a modifié est repris; un même champ modifié des deux côtés est un conflit : sans --prefer, rien n'est fusionné et les conflits sont énumérés (code de sortie 5).</translation>
    </message>
    <message>
        <source>The portfolio the copies were sent from.</source>
        <translation>Le portefeuille d'où les copies ont été envoyées.</translation>
    </message>
    <message>
        <source>The copies to merge back.</source>
        <translation>Les copies à fusionner.</translation>
    </message>
    <message>
        <source>Who wins conflicts: mine (this file) or theirs (the copy).</source>
        <translation>Qui l'emporte en cas de conflit : mine (ce fichier) ou theirs (la copie).</translation>
    </message>
    <message>
        <source>Show what the merge would do, without writing.</source>
        <translation>Montrer ce que ferait la fusion, sans rien écrire.</translation>
    </message>
    <message>
        <source>Also write the merge report (what came from which organization) to this .html or .csv file.</source>
        <translation>Écrire aussi le rapport de fusion (ce qui vient de quel organisme) dans ce fichier .html ou .csv.</translation>
    </message>
    <message>
        <source>--prefer takes mine or theirs, not "%1".</source>
        <translation>--prefer accepte mine ou theirs, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing was merged. Decide them with --prefer mine or --prefer theirs, or in Vigie (File → Merge Copies…).</source>
        <translation>
            <numerusform>%n conflit : rien n'a été fusionné. Tranchez-le avec --prefer mine ou --prefer theirs, ou dans Vigie (Fichier → Fusionner des copies…).</numerusform><numerusform>%n conflits : rien n'a été fusionné. Tranchez-les avec --prefer mine ou --prefer theirs, ou dans Vigie (Fichier → Fusionner des copies…).</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Nothing new in the copies: the portfolio is unchanged.</source>
        <translation>Rien de nouveau dans les copies : le portefeuille est inchangé.</translation>
    </message>
    <message>
        <source>Import projects, organizations, measures, workforce or envelopes from CSV.</source>
        <translation>Importer des projets, organismes, mesures, données de main-d'œuvre ou enveloppes depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Write a bundled sample portfolio (quebec-2016, canada-2016, saskatchewan, synthetic).</source>
        <translation>Écrire un portefeuille d'exemple fourni (quebec-2016, canada-2016, saskatchewan, synthetic).</translation>
    </message>
    <message>
        <source>Change a measure, a project or the portfolio's properties.</source>
        <translation>Modifier une mesure, un projet ou les propriétés du portefeuille.</translation>
    </message>
    <message>
        <source>Freeze the current values as a reporting period.</source>
        <translation>Figer les valeurs actuelles comme période de référence.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not one of %3.</source>
        <translation>--%1 : « %2 » n'est pas l'une des valeurs %3.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a percentage from 0 to 100.</source>
        <translation>--%1 : « %2 » n'est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not an amount of 0 or more.</source>
        <translation>--%1 : « %2 » n'est pas un montant égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a month from 1 to 12.</source>
        <translation>--%1 : « %2 » n'est pas un mois de 1 à 12.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date (write it as 2018-03-31).</source>
        <translation>--%1 : « %2 » n'est pas une date (écrivez-la sous la forme 2018-03-31).</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a three-letter currency code such as CAD.</source>
        <translation>--%1 : « %2 » n'est pas un code de devise de trois lettres comme CAD.</translation>
    </message>
    <message>
        <source>Change a measure, a project or the portfolio's properties, as the desktop application does (journaled, undoable there).</source>
        <translation>Modifier une mesure, un projet ou les propriétés du portefeuille, comme le fait l'application de bureau (modification journalisée, annulable dans l'application).</translation>
    </message>
    <message>
        <source>The measure to change, by number.</source>
        <translation>La mesure à modifier, par son numéro.</translation>
    </message>
    <message>
        <source>The plan of the measure, by code, when several plans number their measures alike.</source>
        <translation>Le plan de la mesure, par son code, lorsque plusieurs plans numérotent leurs mesures de la même façon.</translation>
    </message>
    <message>
        <source>The project to change, by code.</source>
        <translation>Le projet à modifier, par son code.</translation>
    </message>
    <message>
        <source>Change the portfolio's properties.</source>
        <translation>Modifier les propriétés du portefeuille.</translation>
    </message>
    <message>
        <source>Measure: not_started, under_way, completed or cancelled.</source>
        <translation>Mesure : not_started (non amorcée), under_way (en cours), completed (réalisée) ou cancelled (annulée).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Measure: percent complete, 0 to 100.</source>
        <translation>Mesure : pourcentage d'avancement, de 0 à 100.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Project: forecast cost at completion, in dollars.</source>
        <translation>Projet : coût prévu à l'achèvement, en dollars.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>Project: forecast end date (YYYY-MM-DD).</source>
        <translation>Projet : date de fin prévue (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Project: declared colour, green, yellow, red or none.</source>
        <translation>Projet : couleur déclarée, green (vert), yellow (jaune), red (rouge) ou none (aucune).</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>Project: active, completed or cancelled.</source>
        <translation>Projet : active (actif), completed (terminé) ou cancelled (annulé).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Portfolio: %1.</source>
        <translation>Portefeuille : %1.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Say what to change: --measure NUMBER, --project CODE or --portfolio.</source>
        <translation>Indiquez quoi modifier : --measure NUMÉRO, --project CODE ou --portfolio.</translation>
    </message>
    <message>
        <source>--%1 does not apply to what is being changed.</source>
        <translation>--%1 ne s'applique pas à ce qui est modifié.</translation>
    </message>
    <message>
        <source>Nothing to change: give the new values (see vigie edit --help).</source>
        <translation>Rien à modifier : donnez les nouvelles valeurs (voir vigie edit --help).</translation>
    </message>
    <message>
        <source>--measure: "%1" is not a measure number.</source>
        <translation>--measure : « %1 » n'est pas un numéro de mesure.</translation>
    </message>
    <message>
        <source>Measure %1 exists in several plans (%2): say which with --plan CODE.</source>
        <translation>La mesure %1 existe dans plusieurs plans (%2) : précisez lequel avec --plan CODE.</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Portfolio properties</source>
        <translation>Propriétés du portefeuille</translation>
    </message>
    <message>
        <source>such measure</source>
        <translation>aucune mesure de ce numéro</translation>
    </message>
    <message>
        <source>such project</source>
        <translation>aucun projet de ce code</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo text of a change made with `vigie edit`, e.g. "Edit Measure 9"</extracomment>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>%1: changed.</source>
        <translation>%1 : modification enregistrée.</translation>
    </message>
    <message>
        <source>%1: already so; nothing to change.</source>
        <translation>%1 : déjà ainsi; rien à modifier.</translation>
    </message>
    <message>
        <source>Freeze the current values as a reporting period, for trends and briefings.</source>
        <translation>Figer les valeurs actuelles comme période de référence, pour les tendances et les breffages.</translation>
    </message>
    <message>
        <source>The period's label, e.g. "August 2016".</source>
        <translation>Le libellé de la période, p. ex. « August 2016 ».</translation>
    </message>
    <message>
        <source>The period's label in French, e.g. "août 2016".</source>
        <translation>Le libellé de la période en français, p. ex. « août 2016 ».</translation>
    </message>
    <message>
        <source>The date the values are as of (YYYY-MM-DD; default: today).</source>
        <translation>La date de référence des valeurs (AAAA-MM-JJ; par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>A reporting period needs a label: --label LABEL.</source>
        <translation>Une période de référence doit avoir un libellé : --label LIBELLÉ.</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date (write it as 2016-08-31).</source>
        <translation>--date : « %1 » n'est pas une date (écrivez-la sous la forme 2016-08-31).</translation>
    </message>
    <message>
        <source>Freeze Reporting Period "%1"</source>
        <extracomment>Undo text of `vigie freeze`</extracomment>
        <translation>Figer la période de référence « %1 »</translation>
    </message>
    <message>
        <source>Froze the reporting period "%1" as of %2.</source>
        <translation>Période de référence « %1 » figée au %2.</translation>
    </message>
    <message>
        <source>Import projects, organizations, measures, a workforce survey or envelopes from a CSV file (one kind per run).</source>
        <translation>Importer des projets, des organismes, des mesures, un relevé de main-d'œuvre ou des enveloppes depuis un fichier CSV (une sorte de données par exécution).</translation>
    </message>
    <message>
        <source>The CSV file of organizations (code, name, name_fr, kind).</source>
        <translation>Le fichier CSV des organismes (code, name, name_fr, kind).</translation>
    </message>
    <message>
        <source>The CSV file of a workforce survey (organization, specialty, specialty_name, specialty_name_fr, core_function, survey_date, internal, external).</source>
        <translation>Le fichier CSV d'un relevé de main-d'œuvre (organization, specialty, specialty_name, specialty_name_fr, core_function, survey_date, internal, external).</translation>
    </message>
    <message>
        <source>The CSV file of investment envelopes (fiscal_year, organization, planned_needs, granted, committed).</source>
        <translation>Le fichier CSV des enveloppes d'investissement (fiscal_year, organization, planned_needs, granted, committed).</translation>
    </message>
    <message>
        <source>Give one kind of data per run: --projects, --organizations, --measures, --workforce or --envelopes.</source>
        <translation>Donnez une seule sorte de données par exécution : --projects, --organizations, --measures, --workforce ou --envelopes.</translation>
    </message>
    <message>
        <source>Write a bundled sample portfolio: quebec-2016 (Quebec's IT strategy and project dashboard, 2016), canada-2016 (the Government of Canada IT Strategic Plan, illustrative figures), saskatchewan (the ITO's major projects, illustrative figures) or synthetic (a large generated portfolio).</source>
        <translation>Écrire un portefeuille d'exemple fourni : quebec-2016 (la stratégie en TI et le tableau de bord des projets du Québec, 2016), canada-2016 (le Plan stratégique de la TI du gouvernement du Canada, chiffres fictifs), saskatchewan (les grands projets de l'ITO, chiffres fictifs) ou synthetic (un grand portefeuille généré).</translation>
    </message>
    <message>
        <source>quebec-2016, canada-2016, saskatchewan or synthetic.</source>
        <translation>quebec-2016, canada-2016, saskatchewan ou synthetic.</translation>
    </message>
    <message>
        <source>Unknown sample "%1": use quebec-2016, canada-2016, saskatchewan or synthetic.</source>
        <translation>Exemple inconnu « %1 » : utilisez quebec-2016, canada-2016, saskatchewan ou synthetic.</translation>
    </message>
    <message>
        <source>The date past-due measures are counted at (YYYY-MM-DD; default: today).</source>
        <translation>La date à laquelle les mesures en retard sont comptées (AAAA-MM-JJ; par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>--as-of: "%1" is not a date (write it as 2016-08-31).</source>
        <translation>--as-of : « %1 » n'est pas une date (écrivez-la sous la forme 2016-08-31).</translation>
    </message>
    <message>
        <source>Write names and words in English and French, in two columns each.</source>
        <translation>Écrire les noms et les mots en anglais et en français, sur deux colonnes chacun.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n text(s) shown in the briefing lack their form in its language; the other language's is shown, marked:</source>
        <translation>
            <numerusform>Avertissement : %n texte affiché dans le breffage n'a pas de version dans sa langue; celle de l'autre langue est affichée, marquée :</numerusform><numerusform>Avertissement : %n textes affichés dans le breffage n'ont pas de version dans sa langue; celle de l'autre langue est affichée, marquée :</numerusform></translation>
    </message>
    <message>
        <source>Print or choose the health rule that colours the projects.</source>
        <translation>Afficher ou choisir la règle d'état de santé qui colore les projets.</translation>
    </message>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>Print the health rule in force, or choose another one: every project's computed colours follow at once (one edit, undoable).</source>
        <translation>Afficher la règle d'état de santé en vigueur ou en choisir une autre : les couleurs calculées de tous les projets suivent aussitôt (une seule modification, annulable).</translation>
    </message>
    <message>
        <source>With --custom: green up to GREEN_MAX %, red from RED_MIN %.</source>
        <translation>Avec --custom : vert jusqu'à VERT_MAX %, rouge à partir de ROUGE_MIN %.</translation>
    </message>
    <message>
        <source>[GREEN_MAX RED_MIN]</source>
        <translation>[VERT_MAX ROUGE_MIN]</translation>
    </message>
    <message>
        <source>A preset: variance-10-30 or three-code.</source>
        <translation>Une règle prédéfinie : variance-10-30 ou three-code.</translation>
    </message>
    <message>
        <source>Custom variance thresholds, given after the file: GREEN_MAX RED_MIN (percent).</source>
        <translation>Seuils d'écart personnalisés, donnés après le fichier : VERT_MAX ROUGE_MIN (en pourcentage).</translation>
    </message>
    <message>
        <source>Say how many projects would change colour; change nothing.</source>
        <translation>Dire combien de projets changeraient de couleur, sans rien modifier.</translation>
    </message>
    <message>
        <source>Give either --preset or --custom, not both.</source>
        <translation>Donnez --preset ou --custom, pas les deux.</translation>
    </message>
    <message>
        <source>--custom takes two percentages after the file: vigie rule FILE --custom GREEN_MAX RED_MIN.</source>
        <translation>--custom prend deux pourcentages après le fichier : vigie rule FICHIER --custom VERT_MAX ROUGE_MIN.</translation>
    </message>
    <message>
        <source>Too many arguments: only --custom takes thresholds.</source>
        <translation>Trop d'arguments : seul --custom prend des seuils.</translation>
    </message>
    <message>
        <source>--preset: "%1" is not one of variance-10-30, three-code.</source>
        <translation>--preset : « %1 » n'est pas l'une des valeurs variance-10-30, three-code.</translation>
    </message>
    <message>
        <source>--custom: "%1 %2" are not two percentages with GREEN_MAX ≤ RED_MIN (e.g. 5 20).</source>
        <translation>--custom : « %1 %2 » ne sont pas deux pourcentages avec VERT_MAX ≤ ROUGE_MIN (p. ex. 5 20).</translation>
    </message>
    <message>
        <source>Set Health Rule</source>
        <extracomment>Undo text of `vigie rule`</extracomment>
        <translation>Définir la règle d'état de santé</translation>
    </message>
    <message>
        <source>The rule was already in force; nothing changed.</source>
        <translation>Cette règle était déjà en vigueur; rien n'a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n active project(s) changed computed colour, %1 of them as shown on the dashboards.</source>
        <translation>
            <numerusform>%n projet actif a changé de couleur calculée, dont %1 tel qu'affiché aux tableaux de bord.</numerusform><numerusform>%n projets actifs ont changé de couleur calculée, dont %1 tels qu'affichés aux tableaux de bord.</numerusform></translation>
    </message>
    <message>
        <source>List the projects that changed colour between periods.</source>
        <translation>Lister les projets qui ont changé de couleur d'une période à l'autre.</translation>
    </message>
    <message>
        <source>List the projects whose overall colour changed between two reporting periods, or between a period and now.</source>
        <translation>Lister les projets dont la couleur globale a changé entre deux périodes de référence, ou entre une période et maintenant.</translation>
    </message>
    <message>
        <source>The earlier reporting period (its label).</source>
        <translation>La période de référence antérieure (son libellé).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>The later reporting period (default: the current values).</source>
        <translation>La période de référence ultérieure (par défaut : les valeurs actuelles).</translation>
    </message>
    <message>
        <source>Name the earlier period: --from PERIOD.</source>
        <translation>Nommez la période antérieure : --from PÉRIODE.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a reporting period of %3 (it has: %4).</source>
        <translation>--%1 : « %2 » n'est pas une période de référence de %3 (périodes : %4).</translation>
    </message>
    <message>
        <source>Put a portfolio on a PostgreSQL server.</source>
        <translation>Placer un portefeuille sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Put a portfolio on a PostgreSQL server: create its tables in the schema the address names and upload every row, journal included.</source>
        <translation>Placer un portefeuille sur un serveur PostgreSQL : créer ses tables dans le schéma que nomme l'adresse et y téléverser toutes les lignes, journal compris.</translation>
    </message>
    <message>
        <source>The server: postgresql://[user@]host[:port]/database[?schema=name]. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Le serveur : postgresql://[utilisateur@]hôte[:port]/base[?schema=nom]. Le mot de passe vient de PGPASSWORD ou de ~/.pgpass.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>%1: not a server address; write postgresql://host/database.</source>
        <translation>%1 : ce n'est pas une adresse de serveur; écrivez postgresql://hôte/base.</translation>
    </message>
    <message>
        <source>%1: publish takes a file first; to copy a portfolio from a server, use vigie extract.</source>
        <translation>%1 : publish prend d'abord un fichier; pour copier un portefeuille depuis un serveur, utilisez vigie extract.</translation>
    </message>
    <message>
        <source>%1 published to %2.</source>
        <translation>%1 publié sur %2.</translation>
    </message>
    <message>
        <source>The server: postgresql://[user@]host[:port]/database[?schema=name].</source>
        <translation>Le serveur : postgresql://[utilisateur@]hôte[:port]/base[?schema=nom].</translation>
    </message>
    <message>
        <source>With --role organization: the organization's code.</source>
        <translation>Avec --role organization : le code de l'organisation.</translation>
    </message>
    <message>
        <source>[CODE]</source>
        <translation>[CODE]</translation>
    </message>
    <message>
        <source>cio, organization or viewer.</source>
        <translation>cio, organization ou viewer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>The PostgreSQL role (login) to give the rights to; created without a password when missing.</source>
        <translation>Le rôle PostgreSQL (connexion) qui reçoit les droits; créé sans mot de passe s'il n'existe pas.</translation>
    </message>
    <message>
        <source>--role: write cio, organization CODE or viewer.</source>
        <translation>--role : écrivez cio, organization CODE ou viewer.</translation>
    </message>
    <message>
        <source>An organization code goes with --role organization, and only with it.</source>
        <translation>Un code d'organisation accompagne --role organization, et seulement lui.</translation>
    </message>
    <message>
        <source>Name the role to give the rights to: --user NAME.</source>
        <translation>Nommez le rôle qui reçoit les droits : --user NOM.</translation>
    </message>
    <message>
        <source>%1 may now change everything in %2.</source>
        <translation>%1 peut maintenant tout modifier dans %2.</translation>
    </message>
    <message>
        <source>%1 may now change %2's measures, projects, workforce and envelopes in %3, and read the rest.</source>
        <translation>%1 peut maintenant modifier les mesures, projets, effectifs et enveloppes de %2 dans %3, et consulter le reste.</translation>
    </message>
    <message>
        <source>%1 may now read %2.</source>
        <translation>%1 peut maintenant consulter %2.</translation>
    </message>
    <message>
        <source>%1: vigie check examines portfolio files; a database server checks its own data.</source>
        <translation>%1 : vigie check examine des fichiers de portefeuille; un serveur de base de données vérifie ses propres données.</translation>
    </message>
    <message>
        <source>%1: a portfolio on a server is made from a file: create the file, then vigie publish FILE %1.</source>
        <translation>%1 : un portefeuille sur un serveur se crée à partir d'un fichier : créez le fichier, puis vigie publish FICHIER %1.</translation>
    </message>
    <message>
        <source>"%1" is not an option; a line holds the options of one edit, such as --project CODE --forecast-cost 125000.</source>
        <translation>« %1 » n'est pas une option; une ligne contient les options d'une seule modification, par exemple --project CODE --forecast-cost 125000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The edits of the lines before it were made; this one and those after it were not.</source>
        <translation>Les modifications des lignes précédentes ont été faites; celle-ci et les suivantes ne l'ont pas été.</translation>
    </message>
    <message>
        <source>Make the edits listed in EDITS, one a line, each written as this command's options (--project P000042 --forecast-cost 125000); each is its own journaled edit.</source>
        <translation>Faire les modifications énumérées dans MODIFS, une par ligne, chacune écrite comme les options de cette commande (--project P000042 --forecast-cost 125000); chacune est une modification journalisée distincte.</translation>
    </message>
    <message>
        <source>EDITS</source>
        <translation>MODIFS</translation>
    </message>
    <message>
        <source>--batch takes every edit from its file: give no --%1 beside it.</source>
        <translation>--batch prend toutes les modifications dans son fichier : ne donnez pas --%1 en plus.</translation>
    </message>
    <message>
        <source>%1: there is no %2 in %3.</source>
        <translation>%1 : %2 dans %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No report written: nothing was merged.</source>
        <translation>Aucun rapport écrit : rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>The merge itself is written; Vigie shows its report (File → Merge Report…).</source>
        <translation>La fusion elle-même est enregistrée; Vigie en affiche le rapport (Fichier → Rapport de fusion…).</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1 : %2 Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1: its lock file %2 says it is being edited but not by whom (it may be being written right now). Run the command again in a few seconds. Nothing was changed.</source>
        <translation>%1 : son fichier de verrouillage %2 indique qu'il est en cours de modification, mais pas par qui (il est peut-être en train d'être écrit). Relancez la commande dans quelques secondes. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The CSV file of measures, with their plan and key area (plan, plan_fr, area, area_title, area_title_fr, number, title, title_fr, owner, due, status, percent, comment, comment_fr).</source>
        <translation>Le fichier CSV des mesures, avec leur plan et leur axe d'intervention (plan, plan_fr, area, area_title, area_title_fr, number, title, title_fr, owner, due, status, percent, comment et comment_fr).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1 : %2.</translation>
    </message>
    <message>
        <source>Project %1: the code is that of projects %2, whose codes differ only in case: give one as it is.</source>
        <translation>Projet %1 : le code est celui des projets %2, dont les codes ne diffèrent que par la casse : donnez-en un tel quel.</translation>
    </message>
    <message>
        <source>--custom: %1 "%2" is not a number.</source>
        <translation>--custom : %1 « %2 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>--custom: %1 is %2, and a threshold cannot be negative: a variance is compared by its size, over or under, with percentages of 0 or more.</source>
        <translation>--custom : %1 vaut %2, et un seuil ne peut pas être négatif : un écart est comparé par sa taille, en plus ou en moins, à des pourcentages de 0 ou plus.</translation>
    </message>
    <message>
        <source>GREEN_MAX</source>
        <translation>VERT_MAX</translation>
    </message>
    <message>
        <source>RED_MIN</source>
        <translation>ROUGE_MIN</translation>
    </message>
    <message>
        <source>Measure: the comment of the status update, in English.</source>
        <translation>Mesure : le commentaire de la mise à jour de l'état, en anglais.</translation>
    </message>
    <message>
        <source>Measure: the comment of the status update, in French.</source>
        <translation>Mesure : le commentaire de la mise à jour de l'état, en français.</translation>
    </message>
    <message>
        <source>%1: a completed measure is 100% complete; --percent %2 is not taken (leave it out, or give another --status).</source>
        <extracomment>"Measure 2: a completed measure is 100% complete; --percent 40 is not taken (…)"</extracomment>
        <translation>%1 : une mesure réalisée l'est à 100 %; --percent %2 n'est pas retenu (omettez-le ou donnez un autre --status).</translation>
    </message>
    <message>
        <source>%1: no edit in the file; nothing to change.</source>
        <translation>%1 : aucune modification dans le fichier; rien à modifier.</translation>
    </message>
    <message>
        <source>COPY.vigie [COPY2.vigie…]</source>
        <translation>COPIE.vigie [COPIE2.vigie…]</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Note: at %1 pixels high, some of the chart's %2 category names are left out; --size %3x%4 or taller shows them all.</source>
        <translation>Note : à %1 pixels de haut, certains des %2 noms de catégorie du graphique sont omis; --size %3x%4 ou plus haut les affiche tous.</translation>
    </message>
    <message>
        <source>Note: at %1 pixels high, the chart is drawn smaller than its full size, its text too; --size %2x%3 or taller draws it at full size.</source>
        <translation>Note : à %1 pixels de haut, le graphique est dessiné en plus petit que sa taille réelle, son texte aussi; --size %2x%3 ou plus haut le dessine en taille réelle.</translation>
    </message>
    <message>
        <source>Project: the authorized budget, in dollars, corrected while the project has not been reported in a frozen period nor re-authorized.</source>
        <translation>Projet : le budget autorisé, en dollars, corrigé tant que le projet n'a pas été déclaré dans une période de référence figée ni réautorisé.</translation>
    </message>
    <message>
        <source>Project: the authorized start date (YYYY-MM-DD), corrected likewise.</source>
        <translation>Projet : la date de début autorisée (AAAA-MM-JJ), corrigée de même.</translation>
    </message>
    <message>
        <source>Project: the authorized end date (YYYY-MM-DD), corrected likewise.</source>
        <translation>Projet : la date de fin autorisée (AAAA-MM-JJ), corrigée de même.</translation>
    </message>
    <message>
        <source>Say who may change what in a portfolio on a PostgreSQL server, or upgrade its format.</source>
        <translation>Préciser qui peut modifier quoi dans un portefeuille sur un serveur PostgreSQL, ou en mettre le format à niveau.</translation>
    </message>
    <message>
        <source>%1: the portfolio already uses this program's format (%2); nothing to do.</source>
        <translation>%1 : le portefeuille utilise déjà le format de ce programme (%2); rien à faire.</translation>
    </message>
    <message>
        <source>%1: the portfolio was upgraded from format %2 to %3.</source>
        <translation>%1 : le format du portefeuille a été mis à niveau de %2 à %3.</translation>
    </message>
    <message>
        <source>Manage a portfolio on a PostgreSQL server. "grant" gives a PostgreSQL role the rights of the CIO office (changes everything), of an organization (changes only its own measures, projects, workforce and envelopes) or of a viewer (reads); the server enforces them. "upgrade" brings a portfolio published by an older Vigie to this program's format, for every client at once, in one transaction. Run both as the role that published the portfolio.</source>
        <translation>Gérer un portefeuille sur un serveur PostgreSQL. « grant » donne à un rôle PostgreSQL les droits du bureau du DPI (modifie tout), d'une organisation (ne modifie que ses propres mesures, projets, effectifs et enveloppes) ou d'un lecteur (consulte); le serveur les fait respecter. « upgrade » met un portefeuille publié par une version antérieure de Vigie au format de ce programme, pour tous les clients à la fois, en une seule transaction. À exécuter dans les deux cas avec le rôle qui a publié le portefeuille.</translation>
    </message>
    <message>
        <source>grant or upgrade</source>
        <translation>grant ou upgrade</translation>
    </message>
    <message>
        <source>grant|upgrade</source>
        <translation>grant|upgrade</translation>
    </message>
    <message>
        <source>Unknown action "%1"; the action is grant or upgrade.</source>
        <translation>Action « %1 » inconnue; l'action est grant ou upgrade.</translation>
    </message>
    <message>
        <source>upgrade takes the server's address only.</source>
        <translation>upgrade ne prend que l'adresse du serveur.</translation>
    </message>
    <message>
        <source>a quoted value is never closed (missing ").</source>
        <translation>une valeur entre guillemets n'est jamais fermée (" manquant).</translation>
    </message>
    <message>
        <source>A JSON mapping of columns to fields (default: the columns named after the fields, or the headers of a table Vigie exported, in English or French).</source>
        <translation>Une correspondance JSON des colonnes aux champs (par défaut : les colonnes qui portent le nom des champs, ou les en-têtes d'un tableau exporté par Vigie, en français ou en anglais).</translation>
    </message>
</context>
<context>
    <name>Vigie::CompareDialog</name>
    <message>
        <source>Compare with %1</source>
        <translation>Comparer avec %1</translation>
    </message>
    <message>
        <source>The two files are not copies of one portfolio: their items do not match.</source>
        <translation>Les deux fichiers ne sont pas des copies d'un même portefeuille : leurs éléments ne correspondent pas.</translation>
    </message>
    <message>
        <source>No difference: %1 holds the same items with the same values.</source>
        <translation>Aucune différence : %1 contient les mêmes éléments avec les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Find an item…</source>
        <translation>Trouver un élément…</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>Toutes les différences</translation>
    </message>
    <message>
        <source>Only in the other portfolio</source>
        <translation>Seulement dans l'autre portefeuille</translation>
    </message>
    <message>
        <source>Only in this portfolio</source>
        <translation>Seulement dans ce portefeuille</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This portfolio</source>
        <translation>Ce portefeuille</translation>
    </message>
    <message>
        <source>Other portfolio</source>
        <translation>Autre portefeuille</translation>
    </message>
    <message>
        <source>only in the other portfolio</source>
        <translation>seulement dans l'autre portefeuille</translation>
    </message>
    <message>
        <source>only in this portfolio</source>
        <translation>seulement dans ce portefeuille</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n champ diffère</numerusform><numerusform>%n champs diffèrent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only in the other portfolio</source>
        <translation>
            <numerusform>%n élément seulement dans l'autre portefeuille</numerusform><numerusform>%n éléments seulement dans l'autre portefeuille</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only in this one</source>
        <translation>
            <numerusform>%n élément seulement dans celui-ci</numerusform><numerusform>%n éléments seulement dans celui-ci</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed</source>
        <translation>
            <numerusform>%n élément modifié</numerusform><numerusform>%n éléments modifiés</numerusform></translation>
    </message>
    <message>
        <source>Compared with %1: %2.</source>
        <extracomment>%2: the counts, as "2 items only in the other portfolio, 1 item only in this one and 3 items changed"</extracomment>
        <translation>Comparé avec %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Vigie::ConflictTable</name>
    <message>
        <source>(the whole item)</source>
        <translation>(l'élément entier)</translation>
    </message>
</context>
<context>
    <name>Vigie::ConnectDialog</name>
    <message>
        <source>Give the name of the database.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Open a portfolio your office shares on a PostgreSQL server. Everyone connected sees the others' changes within seconds; what you may change is decided by your role on the server.</source>
        <translation>Ouvrez un portefeuille que votre bureau partage sur un serveur PostgreSQL. Chaque personne connectée voit les modifications des autres en quelques secondes; ce que vous pouvez modifier dépend de votre rôle sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chéma :</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom d'ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD</source>
        <translation>tiré de ~/.pgpass ou de PGPASSWORD</translation>
    </message>
    <message>
        <source>Optional. Kept in memory until Vigie closes, never saved: leave it empty when your password is in ~/.pgpass or your office signs you in.</source>
        <translation>Facultatif. Gardé en mémoire jusqu'à la fermeture de Vigie, jamais enregistré : laissez-le vide si votre mot de passe est dans ~/.pgpass ou si votre bureau vous authentifie.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
</context>
<context>
    <name>Vigie::CopyActions</name>
    <message>
        <source>Sen&amp;d Copy to Organization…</source>
        <translation>En&amp;voyer une copie à un organisme…</translation>
    </message>
    <message>
        <source>&amp;Merge Copies…</source>
        <translation>Fu&amp;sionner des copies…</translation>
    </message>
    <message>
        <source>Com&amp;pare with Another Portfolio…</source>
        <translation>Com&amp;parer avec un autre portefeuille…</translation>
    </message>
    <message>
        <source>Merge Repor&amp;t…</source>
        <translation>Rappor&amp;t de fusion…</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Copy of the whole portfolio written to %1.</source>
        <translation>Copie du portefeuille entier écrite dans %1.</translation>
    </message>
    <message>
        <source>Copy for %1 written to %2.</source>
        <translation>Copie pour %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Write a copy of the whole portfolio to %1?</source>
        <translation>Écrire une copie du portefeuille entier dans %1?</translation>
    </message>
    <message>
        <source>Write a copy for %1 to %2? Only %1's items can be changed in it.</source>
        <translation>Écrire une copie pour %1 dans %2? Seuls les éléments de %1 pourront y être modifiés.</translation>
    </message>
    <message>
        <source>The file that is there now will be replaced.</source>
        <translation>Le fichier qui s'y trouve sera remplacé.</translation>
    </message>
    <message>
        <source>Send Copy to Organization</source>
        <translation>Envoyer une copie à un organisme</translation>
    </message>
    <message>
        <source>Merge Copies</source>
        <translation>Fusionner des copies</translation>
    </message>
    <message>
        <source>Nothing new in the copies: this portfolio has everything they hold.</source>
        <translation>Rien de nouveau dans les copies : ce portefeuille contient déjà tout ce qu'elles contiennent.</translation>
    </message>
    <message>
        <source>Compare with Another Portfolio</source>
        <translation>Comparer avec un autre portefeuille</translation>
    </message>
    <message>
        <source>Nothing in the copies can come in: this portfolio has the rest of what they hold.</source>
        <translation>Rien dans les copies ne peut être repris : ce portefeuille a déjà le reste de leur contenu.</translation>
    </message>
</context>
<context>
    <name>Vigie::CopyExtractor</name>
    <message>
        <source>Copy for %1</source>
        <translation>Copie pour %1</translation>
    </message>
    <message>
        <source>Copy of the whole portfolio</source>
        <translation>Copie du portefeuille entier</translation>
    </message>
    <message>
        <source>%1: the copy cannot replace the portfolio itself; choose another name.</source>
        <translation>%1 : la copie ne peut pas remplacer le portefeuille lui-même; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No organization has the code "%1" in %2.</source>
        <translation>Aucun organisme n'a le code « %1 » dans %2.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2).</source>
        <translation>%1 : la copie n'a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>%1: the copy could not be moved into place.</source>
        <translation>%1 : la copie n'a pas pu être mise en place.</translation>
    </message>
</context>
<context>
    <name>Vigie::CopyScope</name>
    <message>
        <source>This copy is limited to the organization %1: %2 belongs to another organization or to the whole portfolio and is read-only here. Nothing was changed.</source>
        <translation>Cette copie est limitée à l'organisme %1 : %2 appartient à un autre organisme ou à l'ensemble du portefeuille et est en lecture seule ici. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>the project %1</source>
        <translation>le projet %1</translation>
    </message>
    <message>
        <source>the measure %1</source>
        <translation>la mesure %1</translation>
    </message>
    <message>
        <source>the key area %1</source>
        <translation>l'axe d'intervention %1</translation>
    </message>
    <message>
        <source>the plan %1</source>
        <translation>le plan %1</translation>
    </message>
    <message>
        <source>the organization %1</source>
        <translation>l'organisme %1</translation>
    </message>
    <message>
        <source>the item "%1"</source>
        <translation>l'élément « %1 »</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: %2 belongs to another organization or to the whole portfolio and is read-only here.</source>
        <translation>Cette copie est limitée à l'organisme %1 : %2 appartient à un autre organisme ou à l'ensemble du portefeuille et est en lecture seule ici.</translation>
    </message>
    <message>
        <source>the reporting period "%1"</source>
        <translation>la période de référence « %1 »</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: the portfolio's own properties (its names, settings and health rule) belong to the whole portfolio and are read-only here. Nothing was changed.</source>
        <translation>Cette copie est limitée à l'organisme %1 : les propriétés du portefeuille lui-même (ses noms, ses paramètres et sa règle d'état de santé) appartiennent à l'ensemble du portefeuille et sont en lecture seule ici. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: the portfolio's own properties (its names, settings and health rule) belong to the whole portfolio and are read-only here.</source>
        <translation>Cette copie est limitée à l'organisme %1 : les propriétés du portefeuille lui-même (ses noms, ses paramètres et sa règle d'état de santé) appartiennent à l'ensemble du portefeuille et sont en lecture seule ici.</translation>
    </message>
    <message>
        <source>the briefing</source>
        <translation>le breffage</translation>
    </message>
</context>
<context>
    <name>Vigie::CsvReader</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: out of memory.</source>
        <translation>%1 : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1:%2: cannot be read (%3).</source>
        <translation>%1:%2 : lecture impossible (%3).</translation>
    </message>
    <message>
        <source>%1: CSV files cannot be read on this computer: the library %2 cannot be loaded (%3). Install the package that provides it.</source>
        <translation>%1 : les fichiers CSV ne peuvent pas être lus sur cet ordinateur : la bibliothèque %2 ne peut pas être chargée (%3). Installez le paquet qui la fournit.</translation>
    </message>
    <message>
        <source>%1: unsupported encoding (%2); save the file as UTF-8 (or Windows-1252) and import it again.</source>
        <translation>%1 : encodage non pris en charge (%2); enregistrez le fichier en UTF-8 (ou en Windows-1252) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1:%2:%3: a quoted field is never closed (missing ").</source>
        <translation>%1:%2:%3 : un champ entre guillemets n'est jamais fermé (" manquant).</translation>
    </message>
</context>
<context>
    <name>Vigie::DecisionKindText</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Re-authorization</source>
        <translation>Réautorisation</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <translation>Passage de phase</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de redressement</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>Vigie::Dialogs</name>
    <message>
        <source>Vigie portfolios (*.vigie);;All files (*)</source>
        <translation>Portefeuilles Vigie (*.vigie);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: a folder has that name; choose another name.</source>
        <translation>%1 : un dossier porte ce nom; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer?</translation>
    </message>
</context>
<context>
    <name>Vigie::DiffResult</name>
    <message>
        <source>%1 → %2: %3 added, %4 removed, %5 changed</source>
        <translation>%1 → %2 : ajoutés : %3, retirés : %4, modifiés : %5</translation>
    </message>
    <message>
        <source>(not copies of one portfolio: every item differs)</source>
        <translation>(pas des copies d'un même portefeuille : tous les éléments diffèrent)</translation>
    </message>
    <message>
        <source>+ %1 (only in %2)</source>
        <translation>+ %1 (seulement dans %2)</translation>
    </message>
    <message>
        <source>- %1 (only in %2)</source>
        <translation>- %1 (seulement dans %2)</translation>
    </message>
    <message>
        <source>~ %1</source>
        <translation>~ %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Vigie::Differ</name>
    <message>
        <source>The portfolios cannot be read (%1).</source>
        <translation>Les portefeuilles ne peuvent pas être lus (%1).</translation>
    </message>
</context>
<context>
    <name>Vigie::Document</name>
    <message>
        <source>Another Vigie is editing this portfolio.</source>
        <translation>Une autre instance de Vigie modifie ce portefeuille.</translation>
    </message>
    <message>
        <source>Another Vigie is editing this portfolio: %1.</source>
        <translation>Une autre instance de Vigie modifie ce portefeuille : %1.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (permissions or read-only media).</source>
        <translation>Le fichier ou son dossier n'est pas accessible en écriture (permissions ou support en lecture seule).</translation>
    </message>
    <message>
        <source>The portfolio was replaced by one in an older format (%1) while it was open here; this Vigie reads format %2. Nothing can be changed, exported or printed here, and the pages may not show what it holds: close the portfolio (File → Close) and open it again.</source>
        <translation>Le portefeuille a été remplacé par un portefeuille d'un format plus ancien (%1) pendant qu'il était ouvert ici; ce Vigie lit le format %2. Rien ne peut être modifié, exporté ni imprimé ici, et les pages peuvent ne pas montrer ce qu'il contient : fermez le portefeuille (Fichier → Fermer) et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Another Vigie upgraded this portfolio on the server to format %1 while it was open here; this Vigie reads format %2. Nothing can be changed, exported or printed here, and the pages may not show what the new format holds: close the portfolio (File → Close) and open it with a Vigie that reads format %1.</source>
        <translation>Un autre Vigie a mis à niveau ce portefeuille sur le serveur au format %1 pendant qu'il était ouvert ici; ce Vigie lit le format %2. Rien ne peut être modifié, exporté ni imprimé ici, et les pages peuvent ne pas montrer ce que contient le nouveau format : fermez le portefeuille (Fichier → Fermer) et ouvrez-le avec un Vigie qui lit le format %1.</translation>
    </message>
    <message>
        <source>Another Vigie upgraded this portfolio file to format %1 while it was open here; this Vigie reads format %2. Nothing can be changed, exported or printed here, and the pages may not show what the new format holds: close the portfolio (File → Close) and open it with a Vigie that reads format %1.</source>
        <translation>Un autre Vigie a mis à niveau ce fichier de portefeuille au format %1 pendant qu'il était ouvert ici; ce Vigie lit le format %2. Rien ne peut être modifié, exporté ni imprimé ici, et les pages peuvent ne pas montrer ce que contient le nouveau format : fermez le portefeuille (Fichier → Fermer) et ouvrez-le avec un Vigie qui lit le format %1.</translation>
    </message>
    <message>
        <source>%1 The pages show what was read before; nothing can be changed, exported or printed here until the portfolio is opened again: close it (File → Close) and open it again (File → Open Recent).</source>
        <translation>%1 Les pages montrent ce qui a été lu auparavant; rien ne peut être modifié, exporté ni imprimé ici tant que le portefeuille n'est pas ouvert de nouveau : fermez-le (Fichier → Fermer) et ouvrez-le de nouveau (Fichier → Ouvrir un fichier récent).</translation>
    </message>
    <message>
        <source>%1 The pages show what was read before; nothing can be changed, exported or printed here: close it (File → Close) and open the file where it is now (File → Open).</source>
        <translation>%1 Les pages montrent ce qui a été lu auparavant; rien ne peut être modifié, exporté ni imprimé ici : fermez-le (Fichier → Fermer) et ouvrez le fichier là où il se trouve maintenant (Fichier → Ouvrir).</translation>
    </message>
</context>
<context>
    <name>Vigie::EditConflictDialog</name>
    <message>
        <source>Someone Else Changed This</source>
        <translation>Modifié par quelqu'un d'autre</translation>
    </message>
    <message>
        <source>"%1" was not made: someone else changed what it changes after you last saw it. Keep their values, or use yours over them (Edit → Undo takes yours back).</source>
        <translation>« %1 » n'a pas été fait : quelqu'un d'autre a modifié ces valeurs après votre dernière consultation. Gardez ses valeurs ou appliquez les vôtres par-dessus (Édition → Annuler retire les vôtres).</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>You saw</source>
        <translation>Vous aviez vu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>You wanted</source>
        <translation>Vous vouliez</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder les siennes</translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation>&amp;Appliquer les miennes</translation>
    </message>
</context>
<context>
    <name>Vigie::Editor</name>
    <message>
        <source>The portfolio is open read-only; the change was not made.</source>
        <translation>Le portefeuille est ouvert en lecture seule; la modification n'a pas été faite.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo text, e.g. "Change Forecast cost of Project SCT-12"</extracomment>
        <translation>Modifier « %1 » — %2</translation>
    </message>
    <message>
        <source>Change Status of Measure %1</source>
        <translation>Modifier l'état de la mesure %1</translation>
    </message>
    <message>
        <source>Add Decision to Project %1</source>
        <translation>Ajouter une décision au projet %1</translation>
    </message>
    <message>
        <source>Change Health Rule to %1</source>
        <translation>Changer la règle d'état de santé pour %1</translation>
    </message>
    <message>
        <source>Freeze Reporting Period "%1"</source>
        <translation>Figer la période de référence « %1 »</translation>
    </message>
    <message>
        <source>Add Briefing Item</source>
        <translation>Ajouter un élément au breffage</translation>
    </message>
    <message>
        <source>Edit Briefing Item</source>
        <translation>Modifier un élément du breffage</translation>
    </message>
    <message>
        <source>Move Briefing Item</source>
        <translation>Déplacer un élément du breffage</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Briefing Item(s)</source>
        <translation>
            <numerusform>Retirer %n élément du breffage</numerusform><numerusform>Retirer %n éléments du breffage</numerusform></translation>
    </message>
    <message>
        <source>Draft Briefing from Data</source>
        <translation>Rédiger le breffage à partir des données</translation>
    </message>
    <message>
        <source>Cannot redo "%1": %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot undo "%1": %2</source>
        <translation>Impossible d'annuler « %1 » : %2</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Key Area %1</source>
        <translation>Axe d'intervention %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message>
        <source>Specialty %1</source>
        <translation>Spécialité %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Undo text, e.g. "Add Measure 12"</extracomment>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo text, e.g. "Edit Measure 9"</extracomment>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Renumber %1 as %2</source>
        <extracomment>Undo text, e.g. "Renumber Measure 9 as 12"</extracomment>
        <translation>Renuméroter %1 en %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo text, e.g. "Move Key Area 2 to Plan GC-2016"</extracomment>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo text, e.g. "Delete Plan QC-2015"</extracomment>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <source>Change Portfolio Properties</source>
        <translation>Modifier les propriétés du portefeuille</translation>
    </message>
    <message>
        <source>Change At-Risk Threshold to %1</source>
        <translation>Changer le seuil de risque à %1</translation>
    </message>
    <message>
        <source>Re-authorize Project %1</source>
        <translation>Réautoriser le projet %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Measure(s) Still Accurate</source>
        <translation>
            <numerusform>Confirmer %n mesure toujours exacte</numerusform><numerusform>Confirmer %n mesures toujours exactes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Project(s) Still Accurate</source>
        <translation>
            <numerusform>Confirmer %n projet toujours exact</numerusform><numerusform>Confirmer %n projets toujours exacts</numerusform></translation>
    </message>
    <message>
        <source>Add Plan %1</source>
        <translation>Ajouter le plan %1</translation>
    </message>
    <message>
        <source>Add Key Area %1</source>
        <translation>Ajouter l'axe d'intervention %1</translation>
    </message>
    <message>
        <source>Add Measure %1</source>
        <translation>Ajouter la mesure %1</translation>
    </message>
    <message>
        <source>Add Organization %1</source>
        <translation>Ajouter l'organisme %1</translation>
    </message>
    <message>
        <source>Add Specialty %1</source>
        <translation>Ajouter la spécialité %1</translation>
    </message>
    <message>
        <source>Add Project %1</source>
        <translation>Ajouter le projet %1</translation>
    </message>
    <message>
        <source>Delete Plan %1</source>
        <translation>Supprimer le plan %1</translation>
    </message>
    <message>
        <source>Delete Key Area %1</source>
        <translation>Supprimer l'axe d'intervention %1</translation>
    </message>
    <message>
        <source>Delete Measure %1</source>
        <translation>Supprimer la mesure %1</translation>
    </message>
    <message>
        <source>Delete Organization %1</source>
        <translation>Supprimer l'organisme %1</translation>
    </message>
    <message>
        <source>Delete Specialty %1</source>
        <translation>Supprimer la spécialité %1</translation>
    </message>
    <message>
        <source>Delete Project %1</source>
        <translation>Supprimer le projet %1</translation>
    </message>
    <message>
        <source>Add Envelope %1</source>
        <extracomment>Undo text, e.g. "Add Envelope MIN3 2016-2017"</extracomment>
        <translation>Ajouter l'enveloppe %1</translation>
    </message>
    <message>
        <source>Add Workforce Record %1</source>
        <extracomment>Undo text, e.g. "Add Workforce Record MIN3, DEV, 2024-03-31"</extracomment>
        <translation>Ajouter la donnée de main-d'œuvre %1</translation>
    </message>
    <message>
        <source>Delete Envelope %1</source>
        <translation>Supprimer l'enveloppe %1</translation>
    </message>
    <message>
        <source>Delete Workforce Record %1</source>
        <translation>Supprimer la donnée de main-d'œuvre %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Envelope(s)</source>
        <translation>
            <numerusform>Supprimer %n enveloppe</numerusform><numerusform>Supprimer %n enveloppes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Workforce Record(s)</source>
        <translation>
            <numerusform>Supprimer %n donnée de main-d'œuvre</numerusform><numerusform>Supprimer %n données de main-d'œuvre</numerusform></translation>
    </message>
    <message>
        <source>Edit Plan %1</source>
        <translation>Modifier le plan %1</translation>
    </message>
    <message>
        <source>Edit Key Area %1</source>
        <translation>Modifier l'axe d'intervention %1</translation>
    </message>
    <message>
        <source>Edit Measure %1</source>
        <translation>Modifier la mesure %1</translation>
    </message>
    <message>
        <source>Edit Organization %1</source>
        <translation>Modifier l'organisme %1</translation>
    </message>
    <message>
        <source>Edit Specialty %1</source>
        <translation>Modifier la spécialité %1</translation>
    </message>
    <message>
        <source>Edit Project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
    <message>
        <source>Set State of Project %1 to %2</source>
        <extracomment>Undo text, e.g. "Set State of Project SCT-01 to Completed"</extracomment>
        <translation>Changer l'état du projet %1 pour « %2 »</translation>
    </message>
    <message>
        <source>Change Phase of Project %1</source>
        <translation>Changer la phase du projet %1</translation>
    </message>
    <message>
        <source>Link Project %1 to Measure %2</source>
        <translation>Lier le projet %1 à la mesure %2</translation>
    </message>
    <message>
        <source>Unlink Project %1 from Measure %2</source>
        <translation>Délier le projet %1 de la mesure %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Edits</name>
    <message>
        <source>The portfolio is open read-only; the change was not made.</source>
        <translation>Le portefeuille est ouvert en lecture seule; la modification n'a pas été faite.</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>La modification n'a pas pu être faite.</translation>
    </message>
    <message>
        <source>The measure being edited no longer exists.</source>
        <translation>La mesure modifiée n'existe plus.</translation>
    </message>
    <message>
        <source>The health rule is not valid.</source>
        <translation>La règle d'état de santé n'est pas valide.</translation>
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
        <translation>Il existe déjà une période de référence nommée « %1 ».</translation>
    </message>
    <message>
        <source>This kind of row is edited one at a time.</source>
        <translation>Ce genre de ligne se modifie une à la fois.</translation>
    </message>
    <message>
        <source>The at-risk threshold must be a percentage from 0 to 100.</source>
        <translation>Le seuil de risque doit être un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>The project being edited no longer exists.</source>
        <translation>Le projet modifié n'existe plus.</translation>
    </message>
    <message>
        <source>A decision needs a valid date.</source>
        <translation>Une décision doit avoir une date valide.</translation>
    </message>
    <message>
        <source>The budget change is not a number.</source>
        <translation>La variation de budget n'est pas un nombre.</translation>
    </message>
    <message>
        <source>A re-authorization changes the budget or the planned dates.</source>
        <translation>Une réautorisation modifie le budget ou les dates prévues.</translation>
    </message>
    <message>
        <source>The re-authorized budget would be negative (%1).</source>
        <translation>Le budget réautorisé serait négatif (%1).</translation>
    </message>
    <message>
        <source>The re-authorized plan ends (%1) before it starts (%2).</source>
        <translation>Le plan réautorisé se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Only projects and measures can be confirmed as still accurate.</source>
        <translation>Seuls les projets et les mesures peuvent être confirmés comme toujours exacts.</translation>
    </message>
    <message>
        <source>The item being confirmed (%1) no longer exists.</source>
        <translation>L'élément à confirmer (%1) n'existe plus.</translation>
    </message>
</context>
<context>
    <name>Vigie::EntityText</name>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>key area</source>
        <translation>axe d'intervention</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>changement d'état</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence de base</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>project's link to a measure</source>
        <translation>lien d'un projet à une mesure</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>période de référence</translation>
    </message>
    <message>
        <source>frozen project</source>
        <translation>projet figé</translation>
    </message>
    <message>
        <source>frozen measure</source>
        <translation>mesure figée</translation>
    </message>
    <message>
        <source>specialty</source>
        <translation>spécialité</translation>
    </message>
    <message>
        <source>workforce record</source>
        <translation>données de main-d'œuvre</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <source>briefing item</source>
        <translation>élément de breffage</translation>
    </message>
    <message>
        <source>copy origin</source>
        <translation>provenance de la copie</translation>
    </message>
    <message>
        <source>merged copy</source>
        <translation>copie fusionnée</translation>
    </message>
    <message>
        <source>merge log entry</source>
        <translation>entrée du journal de fusion</translation>
    </message>
</context>
<context>
    <name>Vigie::EnvelopeModel</name>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice financier</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
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
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Planned needs minus granted.</source>
        <translation>Besoins prévus moins le montant accordé.</translation>
    </message>
    <message>
        <source>Envelope %1 %2</source>
        <translation>Enveloppe %1 %2</translation>
    </message>
    <message>
        <source>What-if, not saved: granted %1 by %2; stored: %3.</source>
        <translation>Simulation, non enregistrée : montant accordé %1 de %2; enregistré : %3.</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>augmenté</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>diminué</translation>
    </message>
</context>
<context>
    <name>Vigie::EnvelopeWhatIf</name>
    <message>
        <source>Apply the what-if</source>
        <translation>Appliquer la simulation</translation>
    </message>
    <message numerus="yes">
        <source>Change the granted amount of the %n envelope(s) shown by %1 in the portfolio? Edit → Undo takes it back.</source>
        <translation>
            <numerusform>Changer de %1 le montant accordé de l'enveloppe affichée dans le portefeuille? Édition → Annuler revient en arrière.</numerusform><numerusform>Changer de %1 le montant accordé des %n enveloppes affichées dans le portefeuille? Édition → Annuler revient en arrière.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adjust Granted Amounts of %n Envelope(s) by %1</source>
        <translation>
            <numerusform>Ajuster de %1 le montant accordé de %n enveloppe</numerusform><numerusform>Ajuster de %1 les montants accordés de %n enveloppes</numerusform></translation>
    </message>
    <message>
        <source>What-if: adjust granted amounts by</source>
        <translation>Simulation : ajuster les montants accordés de</translation>
    </message>
    <message>
        <source>What-if adjustment of granted amounts, percent</source>
        <translation>Ajustement simulé des montants accordés, en pourcentage</translation>
    </message>
    <message>
        <source>Shows every granted amount raised or lowered by this percentage, with the gaps and totals that follow, without changing the portfolio. Apply writes it.</source>
        <translation>Affiche chaque montant accordé augmenté ou diminué de ce pourcentage, avec les écarts et les totaux qui en découlent, sans modifier le portefeuille. Appliquer l'enregistre.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>Write the adjusted granted amounts of the envelopes shown to the portfolio (undoable).</source>
        <translation>Enregistrer dans le portefeuille les montants accordés ajustés des enveloppes affichées (annulable).</translation>
    </message>
    <message>
        <source>What-if shown in italics; not saved.</source>
        <translation>Simulation en italique; non enregistrée.</translation>
    </message>
</context>
<context>
    <name>Vigie::Exporter</name>
    <message>
        <source>The sheet "%1" cannot be added.</source>
        <translation>La feuille « %1 » ne peut pas être ajoutée.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Rien à exporter.</translation>
    </message>
    <message>
        <source>%1: unknown format; name the file .csv or .xlsx.</source>
        <translation>%1 : format inconnu; nommez le fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>%1: a CSV file holds one table; export each table to its own file.</source>
        <translation>%1 : un fichier CSV contient une seule table; exportez chaque table dans son propre fichier.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Main-d'œuvre</translation>
    </message>
    <message>
        <source>Cost indicator</source>
        <translation>Indicateur de coût</translation>
    </message>
    <message>
        <source>Schedule indicator</source>
        <translation>Indicateur d'échéancier</translation>
    </message>
    <message>
        <source>Overall health</source>
        <translation>État de santé global</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Key area</source>
        <translation>Axe d'intervention</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d'avancement</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Code de spécialité</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Internal FTEs</source>
        <translation>ETC internes</translation>
    </message>
    <message>
        <source>External FTEs</source>
        <translation>ETC externes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <extracomment>An export column in one language: "Name (French)", "Organization (French)"</extracomment>
        <translation>%1 (français)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <extracomment>An export column in one language: "Name (English)", "Organization (English)"</extracomment>
        <translation>%1 (anglais)</translation>
    </message>
    <message>
        <source>Measures served</source>
        <translation>Mesures servies</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Références de base</translation>
    </message>
    <message>
        <source>Original planned end</source>
        <translation>Fin planifiée d'origine</translation>
    </message>
    <message>
        <source>Cost variance against the original baseline (%)</source>
        <translation>Écart de coût par rapport à la référence de base d'origine (%)</translation>
    </message>
    <message>
        <source>Schedule variance against the original baseline (%)</source>
        <translation>Écart d'échéancier par rapport à la référence de base d'origine (%)</translation>
    </message>
    <message>
        <source>XLSX files cannot be written on this computer: the library %1 cannot be loaded (%2). Export to CSV, or install the package that provides it.</source>
        <translation>Les fichiers XLSX ne peuvent pas être écrits sur cet ordinateur : la bibliothèque %1 ne peut pas être chargée (%2). Exportez en CSV, ou installez le paquet qui la fournit.</translation>
    </message>
    <message>
        <source>Cost variance reported by the source (%)</source>
        <translation>Écart de coût déclaré par la source (%)</translation>
    </message>
    <message>
        <source>Schedule variance reported by the source (%)</source>
        <translation>Écart d'échéancier déclaré par la source (%)</translation>
    </message>
    <message>
        <source>Cost variance against the latest baseline (%)</source>
        <translation>Écart de coût par rapport à la dernière référence de base (%)</translation>
    </message>
    <message>
        <source>Schedule variance against the latest baseline (%)</source>
        <translation>Écart d'échéancier par rapport à la dernière référence de base (%)</translation>
    </message>
</context>
<context>
    <name>Vigie::FieldText</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom français</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Titre anglais</translation>
    </message>
    <message>
        <source>French title</source>
        <translation>Titre français</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Fiscal year start</source>
        <translation>Début de l'exercice financier</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>CIO</source>
        <translation>Dirigeant principal de l'information</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Cote de sécurité</translation>
    </message>
    <message>
        <source>Health rule</source>
        <translation>Règle d'état de santé</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Key area</source>
        <translation>Axe d'intervention</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d'avancement</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>Authorized budget</source>
        <translation>Budget autorisé</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début planifié</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin planifiée</translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation>Budget initial</translation>
    </message>
    <message>
        <source>Original end</source>
        <translation>Fin initiale</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coût réel</translation>
    </message>
    <message>
        <source>Forecast cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Forecast end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Reported cost variance</source>
        <translation>Écart de coût déclaré</translation>
    </message>
    <message>
        <source>Reported schedule variance</source>
        <translation>Écart d'échéancier déclaré</translation>
    </message>
    <message>
        <source>Declared cost indicator</source>
        <translation>Indicateur de coût déclaré</translation>
    </message>
    <message>
        <source>Declared schedule indicator</source>
        <translation>Indicateur d'échéancier déclaré</translation>
    </message>
    <message>
        <source>Declared overall indicator</source>
        <translation>Indicateur global déclaré</translation>
    </message>
    <message>
        <source>Computed cost indicator</source>
        <translation>Indicateur de coût calculé</translation>
    </message>
    <message>
        <source>Computed schedule indicator</source>
        <translation>Indicateur d'échéancier calculé</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Texte anglais</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Texte français</translation>
    </message>
    <message>
        <source>Budget change</source>
        <translation>Variation du budget</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>État précédent</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figée le</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Internal FTEs</source>
        <translation>ETC internes</translation>
    </message>
    <message>
        <source>External FTEs</source>
        <translation>ETC externes</translation>
    </message>
    <message>
        <source>Core function</source>
        <translation>Fonction stratégique</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice financier</translation>
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
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Portfolio identifier</source>
        <translation>Identifiant du portefeuille</translation>
    </message>
    <message>
        <source>Taken at change</source>
        <translation>Prise à la modification</translation>
    </message>
    <message>
        <source>Taken at change (identifier)</source>
        <translation>Prise à la modification (identifiant)</translation>
    </message>
    <message>
        <source>Organization code</source>
        <translation>Code de l'organisme</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Copy identifier</source>
        <translation>Identifiant de la copie</translation>
    </message>
    <message>
        <source>Last change merged</source>
        <translation>Dernière modification fusionnée</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Item identifier</source>
        <translation>Identifiant de l'élément</translation>
    </message>
    <message>
        <source>Item key</source>
        <translation>Clé de l'élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Value in this file</source>
        <translation>Valeur dans ce fichier</translation>
    </message>
    <message>
        <source>Value in the copy</source>
        <translation>Valeur dans la copie</translation>
    </message>
    <message>
        <source>CIO's title</source>
        <translation>Titre du dirigeant principal de l'information</translation>
    </message>
    <message>
        <source>CIO's title in French</source>
        <translation>Titre du dirigeant principal de l'information en français</translation>
    </message>
    <message>
        <source>CIO's contact</source>
        <translation>Coordonnées du dirigeant principal de l'information</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé en français</translation>
    </message>
    <message>
        <source>French comment</source>
        <translation>Commentaire en français</translation>
    </message>
    <message>
        <source>French note</source>
        <translation>Note en français</translation>
    </message>
    <message>
        <source>At-risk threshold (external share)</source>
        <translation>Seuil de risque (part externe)</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>English comment</source>
        <translation>Commentaire en anglais</translation>
    </message>
    <message>
        <source>English note</source>
        <translation>Note en anglais</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé en anglais</translation>
    </message>
</context>
<context>
    <name>Vigie::FileGuard</name>
    <message>
        <source>The portfolio is on read-only media; copy it to a writable folder to edit it.</source>
        <translation>Le portefeuille se trouve sur un support en lecture seule; copiez-le dans un dossier accessible en écriture pour le modifier.</translation>
    </message>
    <message>
        <source>You do not have permission to change this file (or it is locked against changes).</source>
        <translation>Vous n'avez pas la permission de modifier ce fichier (ou il est protégé contre les modifications).</translation>
    </message>
    <message>
        <source>The folder holding the file cannot be written to, and Vigie needs to write its lock and SQLite its rollback journal beside the file; copy it to a writable folder to edit it.</source>
        <translation>Le dossier du fichier n'est pas accessible en écriture, alors que Vigie doit écrire son verrou et SQLite son journal d'annulation à côté du fichier; copiez-le dans un dossier accessible en écriture pour le modifier.</translation>
    </message>
</context>
<context>
    <name>Vigie::FileLock</name>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 sur %2 (processus %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>Vigie::FilterBar</name>
    <message>
        <source>Filter by code, name or organization…</source>
        <translation>Filtrer par code, nom ou organisme…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtre par organisme</translation>
    </message>
    <message>
        <source>Key area filter</source>
        <translation>Filtre par axe d'intervention</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Colour filter</source>
        <translation>Filtre par couleur</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Traductions manquantes</translation>
    </message>
    <message>
        <source>Show only items whose name lacks its English or French version.</source>
        <translation>Afficher seulement les éléments dont le nom n'existe pas en anglais ou en français.</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <source>Key area %1: %2</source>
        <translation>Axe d'intervention %1 : %2</translation>
    </message>
    <message>
        <source>All key areas</source>
        <translation>Tous les axes d'intervention</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Type part of a code or a name, in English or French, or an organization: the table keeps the rows that match as you type. Ctrl+F comes back here.</source>
        <translation>Tapez une partie d'un code ou d'un nom, en anglais ou en français, ou un organisme : le tableau garde les lignes correspondantes au fil de la frappe. Ctrl+F revient ici.</translation>
    </message>
    <message>
        <source>Project state filter</source>
        <translation>Filtre par état du projet</translation>
    </message>
    <message>
        <source>Active projects are the ones the Overview counts; choose All states to see completed and cancelled projects too.</source>
        <translation>Les projets actifs sont ceux que compte la vue d'ensemble; choisissez Tous les états pour voir aussi les projets terminés et annulés.</translation>
    </message>
    <message>
        <source>Indicator of the colour filter</source>
        <translation>Indicateur du filtre par couleur</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show filter</source>
        <translation>Filtre d'affichage</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Declared differs from computed</source>
        <translation>Déclarée différente de la calculée</translation>
    </message>
    <message>
        <source>Declared greener than computed</source>
        <translation>Déclarée plus verte que la calculée</translation>
    </message>
    <message>
        <source>Keeps the projects whose declared colour differs from the one the health rule computes, those declared greener than computed, or the stale items: not updated (edited, imported or confirmed as still accurate) since the latest reporting period.</source>
        <translation>Garde les projets dont la couleur déclarée diffère de celle que calcule la règle d'état de santé, ceux déclarés plus verts que calculés, ou les éléments non à jour : non mis à jour (modifiés, importés ou confirmés comme toujours exacts) depuis la dernière période de référence.</translation>
    </message>
    <message>
        <source>Stale: not updated since the latest period</source>
        <translation>Non à jour depuis la dernière période</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>Serving no measure</source>
        <translation>Ne servant aucune mesure</translation>
    </message>
    <message>
        <source>Status and percent in disagreement</source>
        <translation>État et pourcentage qui ne concordent pas</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Under way with no project</source>
        <translation>En cours sans projet</translation>
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
        <source>&amp;As of:</source>
        <translation>&amp;En date du :</translation>
    </message>
    <message>
        <source>Give the period a label, such as "August 2016".</source>
        <translation>Donnez un libellé à la période, par exemple « août 2016 ».</translation>
    </message>
    <message>
        <source>A period named "%1" already exists.</source>
        <translation>Une période nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Label in &amp;French:</source>
        <translation>Libellé en &amp;français :</translation>
    </message>
    <message>
        <source>Label in &amp;English:</source>
        <translation>Libellé en &amp;anglais :</translation>
    </message>
    <message>
        <source>Freeze "%1" as of %2?</source>
        <translation>Figer « %1 » au %2?</translation>
    </message>
    <message>
        <source>Freeze &amp;Anyway</source>
        <translation>Figer &amp;quand même</translation>
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
        <translation>%1 : 1 aucun problème = vert, 2 problèmes, mais cible finale toujours prévue = jaune, 3 la cible finale ne sera pas atteinte = rouge; les couleurs sont déclarées.</translation>
    </message>
    <message>
        <source>%1: |variance| ≤ %2% green, %2% &lt; |variance| &lt; %3% yellow, ≥ %3% red; cost variance against the authorized budget, schedule variance against the planned duration.</source>
        <translation>%1 : |écart| ≤ %2 % vert, %2 % &lt; |écart| &lt; %3 % jaune, ≥ %3 % rouge; écart de coût par rapport au budget autorisé, écart d'échéancier par rapport à la durée planifiée.</translation>
    </message>
    <message>
        <source>%1: |variance| ≤ %2% green, &gt; %2% red; cost variance against the authorized budget, schedule variance against the planned duration.</source>
        <translation>%1 : |écart| ≤ %2 % vert, &gt; %2 % rouge; écart de coût par rapport au budget autorisé, écart d'échéancier par rapport à la durée planifiée.</translation>
    </message>
</context>
<context>
    <name>Vigie::HealthRuleDialog</name>
    <message>
        <source>Green must end below where red begins: %1 is not below %2.</source>
        <translation>Le vert doit finir sous le seuil du rouge : %1 n'est pas inférieur à %2.</translation>
    </message>
    <message>
        <source>This is the rule in force: nothing changes.</source>
        <translation>C'est la règle en vigueur : rien ne change.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 : %1</translation>
    </message>
    <message>
        <source>Active projects' computed overall colour under this rule: %1.</source>
        <translation>Couleur globale calculée des projets actifs selon cette règle : %1.</translation>
    </message>
    <message>
        <source>Health Rule</source>
        <translation>Règle d'état de santé</translation>
    </message>
    <message>
        <source>Rule in force: &lt;b&gt;%1&lt;/b&gt;. Choosing another one recolours every project at once; Edit → Undo takes it back.</source>
        <translation>Règle en vigueur : &lt;b&gt;%1&lt;/b&gt;. En choisir une autre recolore tous les projets d'un coup; Édition → Annuler la retire.</translation>
    </message>
    <message>
        <source>&amp;Variance 10/30 (US OMB, IT Dashboard): |variance| up to 10% green, from 30% red</source>
        <translation>&amp;Écart 10/30 (OMB des États-Unis, IT Dashboard) : |écart| jusqu'à 10 % vert, dès 30 % rouge</translation>
    </message>
    <message>
        <source>&amp;Three-code (PSPC): declared 1 / 2 / 3 → green / yellow / red, nothing computed</source>
        <translation>&amp;Trois codes (SPAC) : 1 / 2 / 3 déclarés → vert / jaune / rouge, rien de calculé</translation>
    </message>
    <message>
        <source>&amp;Custom thresholds, for cost and schedule alike</source>
        <translation>Seuils &amp;personnalisés, les mêmes pour le coût et l'échéancier</translation>
    </message>
    <message>
        <source>Custom thresholds (absolute variance)</source>
        <translation>Seuils personnalisés (écart absolu)</translation>
    </message>
    <message>
        <source>&amp;Green up to:</source>
        <translation>&amp;Vert jusqu'à :</translation>
    </message>
    <message>
        <source>&amp;Red from:</source>
        <translation>&amp;Rouge dès :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rule in force: &lt;b&gt;%1&lt;/b&gt;. The preview still shows what another rule would change.</source>
        <translation>Règle en vigueur : &lt;b&gt;%1&lt;/b&gt;. L'aperçu montre tout de même ce qu'une autre règle changerait.</translation>
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
    <name>Vigie::HelpBrowser</name>
    <message>
        <source>Vigie Help</source>
        <translation>Aide de Vigie</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Table des &amp;matières</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportDialog</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation>Importer des projets</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>Fichier CSV :</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisissez le fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Comment le fichier est écrit</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Séparateur décimal :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Montants en :</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Point, or comma when fields are separated by ;</source>
        <translation>Point, ou virgule si les champs sont séparés par ;</translation>
    </message>
    <message>
        <source>Point .</source>
        <translation>Point .</translation>
    </message>
    <message>
        <source>Detect (ISO or YYYY/MM/DD)</source>
        <translation>Détecter (ISO ou AAAA/MM/JJ)</translation>
    </message>
    <message>
        <source>ISO (YYYY-MM-DD, with or without time)</source>
        <translation>ISO (AAAA-MM-JJ, avec ou sans heure)</translation>
    </message>
    <message>
        <source>YYYY/MM/DD</source>
        <translation>AAAA/MM/JJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollars</translation>
    </message>
    <message>
        <source>Thousands of dollars</source>
        <translation>Milliers de dollars</translation>
    </message>
    <message>
        <source>Millions of dollars</source>
        <translation>Millions de dollars</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Which column feeds each project field</source>
        <translation>Quelle colonne alimente chaque champ du projet</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Strict: refuse the file if any value is wrong</source>
        <translation>Strict : refuser le fichier si une valeur est erronée</translation>
    </message>
    <message>
        <source>Lenient: import wrong values as empty, with a warning</source>
        <translation>Souple : importer les valeurs erronées comme vides, avec un avertissement</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Correspondance chargée de %1.</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Correspondance enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds the project code.</source>
        <translation>Choisissez la colonne qui contient le code du projet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform><numerusform>… et %n autres.</numerusform></translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Importer des organismes</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>Import a workforce survey</source>
        <translation>Importer un relevé de main-d'œuvre</translation>
    </message>
    <message>
        <source>Import investment envelopes</source>
        <translation>Importer des enveloppes d'investissement</translation>
    </message>
    <message>
        <source>Which column feeds each field</source>
        <translation>Quelle colonne alimente chaque champ</translation>
    </message>
    <message>
        <source>Choose the column that holds the field "%1".</source>
        <translation>Choisissez la colonne qui contient le champ « %1 ».</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form label: French puts a space before the colon ("Code du projet :")</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Order of day, month and year in dates</source>
        <translation>Ordre du jour, du mois et de l'année dans les dates</translation>
    </message>
    <message>
        <source>Unit of the amounts</source>
        <translation>Unité des montants</translation>
    </message>
    <message>
        <source>Result of the check or import</source>
        <translation>Résultat de la vérification ou de l'importation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1 mapping.json</source>
        <translation>%1 correspondance.json</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportMapping</name>
    <message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Authorized budget</source>
        <translation>Budget autorisé</translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation>Budget initial</translation>
    </message>
    <message>
        <source>Actual cost to date</source>
        <translation>Coût réel à ce jour</translation>
    </message>
    <message>
        <source>Forecast cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Cost variance (%)</source>
        <translation>Écart de coût (%)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début planifié</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin planifiée</translation>
    </message>
    <message>
        <source>Forecast end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Schedule variance (%)</source>
        <translation>Écart d'échéancier (%)</translation>
    </message>
    <message>
        <source>Declared cost indicator</source>
        <translation>Indicateur de coût déclaré</translation>
    </message>
    <message>
        <source>Declared schedule indicator</source>
        <translation>Indicateur d'échéancier déclaré</translation>
    </message>
    <message>
        <source>Declared overall indicator</source>
        <translation>État de santé global déclaré</translation>
    </message>
    <message>
        <source>Unknown delimiter "%1" in the mapping: use ",", ";", "tab" or "auto".</source>
        <translation>Séparateur « %1 » inconnu dans la correspondance : utilisez « , », « ; », « tab » ou « auto ».</translation>
    </message>
    <message>
        <source>Unknown encoding "%1" in the mapping: use "utf-8", "windows-1252" or "auto".</source>
        <translation>Encodage « %1 » inconnu dans la correspondance : utilisez « utf-8 », « windows-1252 » ou « auto ».</translation>
    </message>
    <message>
        <source>Unknown decimal separator "%1" in the mapping: use ".", "," or "auto".</source>
        <translation>Séparateur décimal « %1 » inconnu dans la correspondance : utilisez « . », « , » ou « auto ».</translation>
    </message>
    <message>
        <source>Unknown date format "%1" in the mapping: use "iso", "yyyy/mm/dd", "dd/mm/yyyy", "mm/dd/yyyy" or "auto".</source>
        <translation>Format de date « %1 » inconnu dans la correspondance : utilisez « iso », « yyyy/mm/dd », « dd/mm/yyyy », « mm/dd/yyyy » ou « auto ».</translation>
    </message>
    <message>
        <source>The mapping's money_scale must be a positive number.</source>
        <translation>Le money_scale de la correspondance doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Unknown field "%1" in the mapping's columns.</source>
        <translation>Champ « %1 » inconnu dans les colonnes de la correspondance.</translation>
    </message>
    <message>
        <source>The column of field "%1" must be a header text or a number from 1.</source>
        <translation>La colonne du champ « %1 » doit être un texte d'en-tête ou un numéro à partir de 1.</translation>
    </message>
    <message>
        <source>Unknown field "%1" in the mapping's values.</source>
        <translation>Champ « %1 » inconnu dans les valeurs de la correspondance.</translation>
    </message>
    <message>
        <source>Unknown key "%1" in the mapping.</source>
        <translation>Clé « %1 » inconnue dans la correspondance.</translation>
    </message>
    <message>
        <source>The mapping has no column for the project code (field "code").</source>
        <translation>La correspondance n'a pas de colonne pour le code du projet (champ « code »).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>The mapping reads field "%1" from column %2, but the file has only %3 columns.</source>
        <translation>La correspondance lit le champ « %1 » dans la colonne %2, mais le fichier n'a que %3 colonnes.</translation>
    </message>
    <message>
        <source>The mapping reads field "%1" from column "%2", which the file does not have.</source>
        <translation>La correspondance lit le champ « %1 » dans la colonne « %2 », que le fichier n'a pas.</translation>
    </message>
    <message>
        <source>The file has no column for the project code (field "code").</source>
        <translation>Le fichier n'a pas de colonne pour le code du projet (champ « code »).</translation>
    </message>
    <message>
        <source>Organization code</source>
        <translation>Code de l'organisme</translation>
    </message>
    <message>
        <source>Kind (ministry or agency)</source>
        <translation>Type (ministry : ministère, agency : organisme public)</translation>
    </message>
    <message>
        <source>Plan (code or English title)</source>
        <translation>Plan (code ou titre anglais)</translation>
    </message>
    <message>
        <source>Plan (French title)</source>
        <translation>Plan (titre français)</translation>
    </message>
    <message>
        <source>Key area number</source>
        <translation>Numéro de l'axe d'intervention</translation>
    </message>
    <message>
        <source>Key area title (English)</source>
        <translation>Titre de l'axe d'intervention (anglais)</translation>
    </message>
    <message>
        <source>Key area title (French)</source>
        <translation>Titre de l'axe d'intervention (français)</translation>
    </message>
    <message>
        <source>Measure number</source>
        <translation>Numéro de la mesure</translation>
    </message>
    <message>
        <source>Measure title (English)</source>
        <translation>Titre de la mesure (anglais)</translation>
    </message>
    <message>
        <source>Measure title (French)</source>
        <translation>Titre de la mesure (français)</translation>
    </message>
    <message>
        <source>Owner organization</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d'avancement</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Code de la spécialité</translation>
    </message>
    <message>
        <source>Specialty name (English)</source>
        <translation>Nom de la spécialité (anglais)</translation>
    </message>
    <message>
        <source>Specialty name (French)</source>
        <translation>Nom de la spécialité (français)</translation>
    </message>
    <message>
        <source>Core function (yes or no)</source>
        <translation>Fonction stratégique (oui ou non)</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Internal FTEs</source>
        <translation>ETC internes</translation>
    </message>
    <message>
        <source>External FTEs</source>
        <translation>ETC externes</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice financier</translation>
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
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Main-d'œuvre</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes d'investissement</translation>
    </message>
    <message>
        <source>The mapping has no column for field "%1" (%2), which every row needs.</source>
        <translation>La correspondance n'a aucune colonne pour le champ « %1 » (%2), requis dans chaque ligne.</translation>
    </message>
    <message>
        <source>The file has no column for field "%1" (%2), which every row needs.</source>
        <translation>Le fichier n'a aucune colonne pour le champ « %1 » (%2), requis dans chaque ligne.</translation>
    </message>
    <message>
        <source>State (active, completed or cancelled)</source>
        <translation>État (actif, terminé ou annulé)</translation>
    </message>
    <message>
        <source>Original planned end</source>
        <translation>Fin planifiée d'origine</translation>
    </message>
    <message>
        <source>Comment (French)</source>
        <translation>Commentaire (français)</translation>
    </message>
    <message>
        <source>The file has several columns named "%1" (columns %2): keep one, or rename the others.</source>
        <translation>Le fichier a plusieurs colonnes nommées « %1 » (colonnes %2) : gardez-en une, ou renommez les autres.</translation>
    </message>
    <message>
        <source>"%1" (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>The file has no column for the figures: it needs at least one of the fields %1.</source>
        <translation>Le fichier n'a aucune colonne pour les données chiffrées : il lui faut au moins un des champs %1.</translation>
    </message>
    <message>
        <source>Measures served (numbers, or PLAN:number, separated by ;)</source>
        <translation>Mesures servies (numéros, ou PLAN:numéro, séparés par ;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a mapping file: "mapping.json: the mapping has no column for …"</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>an object is not closed (a missing "}" or ",")</source>
        <translation>un objet n'est pas fermé (il manque « } » ou « , »)</translation>
    </message>
    <message>
        <source>a ":" is missing after a name</source>
        <translation>il manque « : » après un nom</translation>
    </message>
    <message>
        <source>a list is not closed (a missing "]" or ",")</source>
        <translation>une liste n'est pas fermée (il manque « ] » ou « , »)</translation>
    </message>
    <message>
        <source>a "," is missing between two values</source>
        <translation>il manque « , » entre deux valeurs</translation>
    </message>
    <message>
        <source>a value is not valid (text goes between double quotes)</source>
        <translation>une valeur n'est pas valide (le texte se met entre guillemets droits)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>le texte se termine au milieu d'un nombre</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>un nombre n'est pas valide</translation>
    </message>
    <message>
        <source>a backslash sequence is not valid</source>
        <translation>une séquence avec barre oblique inverse n'est pas valide</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n'est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>a text is not closed (a missing double quote)</source>
        <translation>un texte n'est pas fermé (il manque un guillemet droit)</translation>
    </message>
    <message>
        <source>objects are nested too deeply</source>
        <translation>les objets sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>there is more after the end of the object</source>
        <translation>il reste du texte après la fin de l'objet</translation>
    </message>
    <message>
        <source>the text is not JSON</source>
        <translation>le texte n'est pas du JSON</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON at line %1, column %2: %3.</source>
        <translation>La correspondance n'est pas du JSON valide à la ligne %1, colonne %2 : %3.</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object, { "field": "column", … }, not a list or a single value.</source>
        <translation>La correspondance doit être un objet JSON, { "champ": "colonne", … }, et non une liste ou une valeur seule.</translation>
    </message>
    <message>
        <source>a value is missing (after a ":", or after a "," that nothing follows)</source>
        <translation>une valeur manque (après un « : », ou après une « , » que rien ne suit)</translation>
    </message>
    <message>
        <source>a name is not between double quotes</source>
        <translation>un nom n'est pas entre guillemets droits</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportReport</name>
    <message>
        <source>Import refused: %1</source>
        <translation>Importation refusée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n problem(s) found; the portfolio is unchanged.</source>
        <translation>
            <numerusform>Importation refusée : %n problème trouvé; le portefeuille est inchangé.</numerusform><numerusform>Importation refusée : %n problèmes trouvés; le portefeuille est inchangé.</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled; the portfolio is unchanged.</source>
        <translation>Importation annulée; le portefeuille est inchangé.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues : %1</translation>
    </message>
    <message>
        <source>Projects that would be created: %1, updated: %2, unchanged: %3</source>
        <translation>Projets qui seraient créés : %1, mis à jour : %2, inchangés : %3</translation>
    </message>
    <message>
        <source>Projects created: %1, updated: %2, unchanged: %3</source>
        <translation>Projets créés : %1, mis à jour : %2, inchangés : %3</translation>
    </message>
    <message>
        <source>Rows repeating an earlier project code (kept once): %1</source>
        <translation>Lignes répétant un code de projet déjà vu (conservé une fois) : %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Lignes ignorées : %1</translation>
    </message>
    <message>
        <source>Organizations created: %1</source>
        <translation>Organismes créés : %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Organizations that would be created: %1, updated: %2, unchanged: %3</source>
        <translation>Organismes qui seraient créés : %1, mis à jour : %2, inchangés : %3</translation>
    </message>
    <message>
        <source>Organizations created: %1, updated: %2, unchanged: %3</source>
        <translation>Organismes créés : %1, mis à jour : %2, inchangés : %3</translation>
    </message>
    <message>
        <source>Measures that would be created: %1, updated: %2, unchanged: %3</source>
        <translation>Mesures qui seraient créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Measures created: %1, updated: %2, unchanged: %3</source>
        <translation>Mesures créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Workforce records that would be created: %1, updated: %2, unchanged: %3</source>
        <translation>Données de main-d'œuvre qui seraient créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Workforce records created: %1, updated: %2, unchanged: %3</source>
        <translation>Données de main-d'œuvre créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Envelopes that would be created: %1, updated: %2, unchanged: %3</source>
        <translation>Enveloppes qui seraient créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Envelopes created: %1, updated: %2, unchanged: %3</source>
        <translation>Enveloppes créées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's key (kept once): %1</source>
        <translation>Lignes reprenant la clé d'une ligne précédente (gardée une fois) : %1</translation>
    </message>
    <message>
        <source>Plans created: %1</source>
        <translation>Plans créés : %1</translation>
    </message>
    <message>
        <source>Key areas created: %1, retitled: %2</source>
        <translation>Axes d'intervention créés : %1, renommés : %2</translation>
    </message>
    <message>
        <source>Specialties created: %1</source>
        <translation>Spécialités créées : %1</translation>
    </message>
    <message>
        <source>Links to measures made: %1, removed: %2</source>
        <translation>Liens vers des mesures créés : %1, supprimés : %2</translation>
    </message>
    <message>
        <source>Rows repeating an earlier project code (would be kept once): %1</source>
        <translation>Lignes répétant un code de projet déjà vu (serait conservé une fois) : %1</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's key (would be kept once): %1</source>
        <translation>Lignes reprenant la clé d'une ligne précédente (serait gardée une fois) : %1</translation>
    </message>
    <message>
        <source>Rows that would be skipped: %1</source>
        <translation>Lignes qui seraient ignorées : %1</translation>
    </message>
    <message>
        <source>Organizations that would be created: %1</source>
        <translation>Organismes qui seraient créés : %1</translation>
    </message>
    <message>
        <source>Plans that would be created: %1</source>
        <translation>Plans qui seraient créés : %1</translation>
    </message>
    <message>
        <source>Key areas that would be created: %1, retitled: %2</source>
        <translation>Axes d'intervention qui seraient créés : %1, renommés : %2</translation>
    </message>
    <message>
        <source>Specialties that would be created: %1</source>
        <translation>Spécialités qui seraient créées : %1</translation>
    </message>
    <message>
        <source>Links to measures that would be made: %1, removed: %2</source>
        <translation>Liens vers des mesures qui seraient créés : %1, supprimés : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in an imported file: "projects.csv:12:3: budget: "abc" is not a number" (file:line:column)</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportedSample</name>
    <message>
        <source>the sample data %1 is missing</source>
        <translation>les données d'exemple %1 sont absentes</translation>
    </message>
    <message>
        <source>Portfolio properties</source>
        <translation>Propriétés du portefeuille</translation>
    </message>
    <message>
        <source>Unknown sample "%1".</source>
        <translation>Exemple inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Build the %1 sample</source>
        <translation>Construire l'exemple %1</translation>
    </message>
</context>
<context>
    <name>Vigie::IntegrityCheck</name>
    <message>
        <source>the list of tables cannot be read (%1)</source>
        <translation>la liste des tables est illisible (%1)</translation>
    </message>
    <message>
        <source>%1: not a Vigie portfolio, or one altered outside Vigie: %2.</source>
        <translation>%1 : pas un portefeuille Vigie, ou un portefeuille modifié hors de Vigie : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 refer to rows that do not exist</source>
        <translation>
            <numerusform>%n ligne de %1 renvoie à une ligne qui n'existe pas</numerusform><numerusform>%n lignes de %1 renvoient à des lignes qui n'existent pas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s), %1 first, hold an original baseline that is not their first baseline row</source>
        <translation>
            <numerusform>%Ln projet (%1) porte une référence de base d'origine qui n'est pas sa première ligne de référence de base</numerusform><numerusform>%Ln projets, dont %1, portent une référence de base d'origine qui n'est pas leur première ligne de référence de base</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::ItemDialog</name>
    <message>
        <source>%1:</source>
        <extracomment>A field's label in the dialogs that add and edit items: "Code:", « Code : » in French</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Vigie::JournalWriter</name>
    <message>
        <source>The change journal cannot be written (%1).</source>
        <translation>Le journal des modifications ne peut pas être écrit (%1).</translation>
    </message>
</context>
<context>
    <name>Vigie::Lookup</name>
    <message>
        <source>Not translated: shown in the other language.</source>
        <translation>Non traduit : affiché dans l'autre langue.</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>%1 (read-only) — Vigie</source>
        <translation>%1 (lecture seule) — Vigie</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation>%1 — Vigie</translation>
    </message>
    <message>
        <source>loading projects…</source>
        <translation>chargement des projets…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Portfolio…</source>
        <translation>&amp;Nouveau portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Selon le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>Chargement des projets</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Main-d'œuvre</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Changes cannot be made; use File → Save a Copy As to work on a copy.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1 Aucune modification ne peut être faite; utilisez Fichier → Enregistrer une copie sous pour travailler sur une copie.</translation>
    </message>
    <message>
        <source>%1: the new portfolio could not be opened.</source>
        <translation>%1 : le nouveau portefeuille n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>New Portfolio</source>
        <translation>Nouveau portefeuille</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>Ouvrir un portefeuille</translation>
    </message>
    <message>
        <source>%1 copy.vigie</source>
        <translation>%1 copie.vigie</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Choose another name: the copy cannot replace the open file.</source>
        <translation>Choisissez un autre nom : la copie ne peut pas remplacer le fichier ouvert.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;IT strategy, project portfolio health, IT workforce and investment envelopes for public-sector CIOs, in English and French.&lt;/p&gt;&lt;p&gt;Every edit is written to the portfolio file when made; Edit → Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Stratégie TI, état de santé du portefeuille de projets, main-d'œuvre TI et enveloppes d'investissement pour les dirigeants principaux de l'information du secteur public, en français et en anglais.&lt;/p&gt;&lt;p&gt;Chaque modification est écrite dans le fichier du portefeuille au moment où elle est faite; Édition → Annuler la retire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Briefing written to %1.</source>
        <translation>Breffage écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>&amp;Projets…</translation>
    </message>
    <message>
        <source>&amp;Measures…</source>
        <translation>&amp;Mesures…</translation>
    </message>
    <message>
        <source>&amp;Workforce…</source>
        <translation>&amp;Main-d'œuvre…</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Breffage</translation>
    </message>
    <message>
        <source>&amp;Draft from Data</source>
        <translation>&amp;Rédiger à partir des données</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>&amp;Exporter le breffage…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for French Excel (*.csv)</source>
        <translation>CSV pour Excel en français (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Projects</source>
        <translation>Exporter les projets</translation>
    </message>
    <message>
        <source>Export Measures</source>
        <translation>Exporter les mesures</translation>
    </message>
    <message>
        <source>Export Workforce</source>
        <translation>Exporter la main-d'œuvre</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .csv or .xlsx.</source>
        <translation>%1 : choisissez un nom se terminant par .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Vigie &amp;Help</source>
        <translation>&amp;Aide de Vigie</translation>
    </message>
    <message>
        <source>What's &amp;This?</source>
        <translation>&amp;Qu'est-ce que c'est?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Endommagé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovered.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Récupéré.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Graphique écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 only (%2)</source>
        <translation>%1 seulement (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n envelope(s) shown: planned needs %2 · granted %3 · committed %4 · gap %5</source>
        <translation>
            <numerusform>%1, %n enveloppe affichée : besoins prévus %2 · accordé %3 · engagé %4 · écart %5</numerusform><numerusform>%1, %n enveloppes affichées : besoins prévus %2 · accordé %3 · engagé %4 · écart %5</numerusform></translation>
    </message>
    <message>
        <source>Done: %1. Edit → Undo takes it back.</source>
        <extracomment>Status bar, after an edit: "Done: Change Status of Measure 9. Edit → Undo takes it back."</extracomment>
        <translation>Fait : %1. Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Go to the filter of the page (Ctrl+F)</source>
        <translation>Aller au filtre de la page (Ctrl+F)</translation>
    </message>
    <message>
        <source>Current &amp;View…</source>
        <translation>&amp;Vue actuelle…</translation>
    </message>
    <message>
        <source>The table on screen as shown: rows filtered and sorted, visible columns.</source>
        <translation>Le tableau à l'écran tel qu'il est affiché : lignes filtrées et triées, colonnes visibles.</translation>
    </message>
    <message>
        <source>Prints what the page shows: the table as filtered and sorted, the chart, the briefing or the overview.</source>
        <translation>Imprime ce que la page affiche : le tableau filtré et trié, le graphique, le breffage ou la vue d'ensemble.</translation>
    </message>
    <message>
        <source>Print Briefing Pre&amp;view…</source>
        <translation>A&amp;perçu du breffage avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print Briefing…</source>
        <translation>&amp;Imprimer le breffage…</translation>
    </message>
    <message>
        <source>CSV for French Excel, both languages (*.csv)</source>
        <translation>CSV pour Excel en français, deux langues (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook, both languages (*.xlsx)</source>
        <translation>Classeur Excel, deux langues (*.xlsx)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer : %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 : envoyé à l'imprimante.</translation>
    </message>
    <message>
        <source>Export the Current View</source>
        <translation>Exporter la vue actuelle</translation>
    </message>
    <message>
        <source>This portfolio has no plan.</source>
        <translation>Ce portefeuille n'a aucun plan.</translation>
    </message>
    <message>
        <source>This portfolio has no project.</source>
        <translation>Ce portefeuille n'a aucun projet.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measures shown</source>
        <translation>
            <numerusform>Affichées : %1 sur %Ln mesure</numerusform><numerusform>Affichées : %1 sur %Ln mesures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared ≠ computed</source>
        <translation>
            <numerusform>%Ln déclaré ≠ calculé</numerusform><numerusform>%Ln déclarés ≠ calculés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale</source>
        <translation>
            <numerusform>%Ln non à jour</numerusform><numerusform>%Ln non à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln envelopes shown</source>
        <translation>
            <numerusform>Affichées : %1 sur %Ln enveloppe</numerusform><numerusform>Affichées : %1 sur %Ln enveloppes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %Ln projects</source>
        <translation>
            <numerusform>Actifs : %1 sur %Ln projet</numerusform><numerusform>Actifs : %1 sur %Ln projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 completed of %Ln projects</source>
        <translation>
            <numerusform>Terminés : %1 sur %Ln projet</numerusform><numerusform>Terminés : %1 sur %Ln projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled of %Ln projects</source>
        <translation>
            <numerusform>Annulés : %1 sur %Ln projet</numerusform><numerusform>Annulés : %1 sur %Ln projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln projects shown</source>
        <translation>
            <numerusform>Affichés : %1 sur %Ln projet</numerusform><numerusform>Affichés : %1 sur %Ln projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln mesure</numerusform><numerusform>%Ln mesures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active project(s)</source>
        <translation>
            <numerusform>%Ln projet actif</numerusform><numerusform>%Ln projets actifs</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Undone: %1. Edit → Redo makes it again.</source>
        <extracomment>Status bar, after Edit → Undo: "Undone: Change Status of Measure 9. Edit → Redo makes it again."</extracomment>
        <translation>Annulé : %1. Édition → Rétablir le refait.</translation>
    </message>
    <message>
        <source>Redone: %1. Edit → Undo takes it back.</source>
        <extracomment>Status bar, after Edit → Redo: "Redone: Change Status of Measure 9. Edit → Undo takes it back."</extracomment>
        <translation>Rétabli : %1. Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Vigie can write a new portfolio with every row it can still read from this file, and tell what it could not keep. This file is left as it is.</source>
        <translation>Vigie peut écrire un nouveau portefeuille avec toutes les lignes qu'il peut encore lire dans ce fichier, et indiquer ce qu'il n'a pas pu garder. Ce fichier reste tel quel.</translation>
    </message>
    <message>
        <source>Save a Recovered Copy…</source>
        <translation>Enregistrer une copie récupérée…</translation>
    </message>
    <message>
        <source>%1 recovered.vigie</source>
        <translation>%1 récupéré.vigie</translation>
    </message>
    <message>
        <source>Save a Recovered Copy</source>
        <translation>Enregistrer une copie récupérée</translation>
    </message>
    <message>
        <source>Saving a recovered copy of %1…</source>
        <translation>Enregistrement d'une copie récupérée de %1…</translation>
    </message>
    <message>
        <source>Recovered Copy Saved</source>
        <translation>Copie récupérée enregistrée</translation>
    </message>
    <message>
        <source>Open the recovered copy?</source>
        <translation>Ouvrir la copie récupérée?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard, as an image and as SVG.</source>
        <translation>Graphique copié dans le presse-papiers, en image et en SVG.</translation>
    </message>
    <message>
        <source>portfolio.vigie</source>
        <translation>portefeuille.vigie</translation>
    </message>
    <message>
        <source>strategy</source>
        <extracomment>File names suggested for an exported view: lower case, words joined by hyphens.</extracomment>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>envelopes</source>
        <translation>enveloppes</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>main-d'œuvre</translation>
    </message>
    <message>
        <source>workforce-by-specialty</source>
        <translation>main-d'œuvre-par-spécialité</translation>
    </message>
    <message>
        <source>You may upgrade it here. The upgrade brings the portfolio to this version's format for everyone who opens it, in one transaction on the server: if anything fails, nothing is changed. Vigie programs of older versions can no longer open it afterwards, and those open on it now must be closed.</source>
        <translation>Vous pouvez le mettre à niveau ici. La mise à niveau donne au portefeuille le format de cette version pour tous ceux qui l'ouvrent, en une seule transaction sur le serveur : si quoi que ce soit échoue, rien n'est modifié. Les versions antérieures de Vigie ne pourront plus l'ouvrir ensuite, et celles qui l'ont ouvert en ce moment doivent être fermées.</translation>
    </message>
    <message>
        <source>Upgrade for Every User</source>
        <translation>Mettre à niveau pour tous les utilisateurs</translation>
    </message>
    <message>
        <source>Upgrading the portfolio on the server %1…</source>
        <translation>Mise à niveau du portefeuille sur le serveur %1…</translation>
    </message>
    <message>
        <source>Portfolio Upgraded</source>
        <translation>Portefeuille mis à niveau</translation>
    </message>
    <message>
        <source>Waiting for another program to finish reading %1 (a command, a backup or another window)…</source>
        <translation>En attente qu'un autre programme finisse de lire %1 (une commande, une sauvegarde ou une autre fenêtre)…</translation>
    </message>
    <message>
        <source>The portfolio on the server %1 now uses this version's format.</source>
        <translation>Le portefeuille sur le serveur %1 utilise maintenant le format de cette version.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgraded elsewhere.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mis à niveau ailleurs.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced elsewhere.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Remplacé ailleurs.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disconnected.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Déconnecté.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href="#reopen"&gt;Open it again&lt;/a&gt;</source>
        <translation>&lt;a href="#reopen"&gt;L'ouvrir de nouveau&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moved or replaced.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Déplacé ou remplacé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Import from CSV</source>
        <translation>&amp;Importer d'un CSV</translation>
    </message>
    <message>
        <source>Or&amp;ganizations…</source>
        <translation>Or&amp;ganismes…</translation>
    </message>
    <message>
        <source>&amp;Workforce Survey…</source>
        <translation>Re&amp;levé de main-d'œuvre…</translation>
    </message>
    <message>
        <source>En&amp;velopes…</source>
        <translation>&amp;Enveloppes…</translation>
    </message>
    <message>
        <source>No plan yet.

Add one with Edit → Add Plan…, or import plans, key areas and measures with File → Import from CSV → Measures…</source>
        <translation>Aucun plan pour l'instant.

Ajoutez-en un avec Édition → Ajouter un plan…, ou importez plans, axes d'intervention et mesures avec Fichier → Importer d'un CSV → Mesures…</translation>
    </message>
    <message>
        <source>No project yet.

Add one with Edit → New Project…, or import them with File → Import from CSV → Projects…</source>
        <translation>Aucun projet pour l'instant.

Ajoutez-en un avec Édition → Nouveau projet…, ou importez-les avec Fichier → Importer d'un CSV → Projets…</translation>
    </message>
    <message>
        <source>No workforce survey yet.

Add its records one by one with Edit → New Workforce Record…, or import a survey with File → Import from CSV → Workforce Survey…: one row per organization and specialty, with internal and external FTEs.</source>
        <translation>Aucun relevé de main-d'œuvre pour l'instant.

Ajoutez-en les données une à une avec Édition → Nouvelle donnée de main-d'œuvre…, ou importez un relevé avec Fichier → Importer d'un CSV → Relevé de main-d'œuvre… : une ligne par organisme et par spécialité, avec les ETC internes et externes.</translation>
    </message>
    <message>
        <source>No investment envelope yet.

Add one with Edit → New Envelope…, or import them with File → Import from CSV → Envelopes…</source>
        <translation>Aucune enveloppe d'investissement pour l'instant.

Ajoutez-en une avec Édition → Nouvelle enveloppe…, ou importez-les avec Fichier → Importer d'un CSV → Enveloppes…</translation>
    </message>
    <message>
        <source>Envelopes shown</source>
        <extracomment>Heading of the totals under the envelopes: how many envelopes each fiscal year's row sums up</extracomment>
        <translation>Enveloppes affichées</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Volet des &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the panel beside the Strategy and Projects tables (F8)</source>
        <translation>Afficher ou masquer le volet à côté des tableaux Stratégie et Projets (F8)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureChecks</name>
    <message>
        <source>Not started, yet %1 complete</source>
        <translation>Non amorcée, mais avancée à %1</translation>
    </message>
    <message>
        <source>Completed, yet only %1 complete</source>
        <translation>Réalisée, mais avancée à %1 seulement</translation>
    </message>
    <message>
        <source>Past due (%1) and not completed</source>
        <translation>Échéance dépassée (%1) et non réalisée</translation>
    </message>
    <message>
        <source>Under way, and no project serves it</source>
        <translation>En cours, et aucun projet ne la sert</translation>
    </message>
    <message>
        <source>Measures flagged as of %1: %2, %3</source>
        <translation>Mesures signalées au %1 : %2, %3</translation>
    </message>
    <message>
        <source>Links: %1, %2, %3</source>
        <translation>Liens : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with status and percent in disagreement</source>
        <translation>
            <numerusform>%Ln dont l'état et le pourcentage ne concordent pas</numerusform><numerusform>%Ln dont l'état et le pourcentage ne concordent pas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln past due</source>
        <translation>
            <numerusform>%Ln en retard</numerusform><numerusform>%Ln en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s) under way with no project</source>
        <translation>
            <numerusform>%Ln mesure en cours sans projet</numerusform><numerusform>%Ln mesures en cours sans projet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active project(s) serving no measure</source>
        <translation>
            <numerusform>%Ln projet actif ne servant aucune mesure</numerusform><numerusform>%Ln projets actifs ne servant aucune mesure</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln envelope(s) committed beyond what was granted</source>
        <translation>
            <numerusform>%Ln enveloppe engagée au-delà du montant accordé</numerusform><numerusform>%Ln enveloppes engagées au-delà du montant accordé</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureDetail</name>
    <message>
        <source>Select a measure to see and update its status.</source>
        <translation>Sélectionnez une mesure pour voir et mettre à jour son état.</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>French title</source>
        <translation>Titre français</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Titre anglais</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Mise à jour de l'état</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Percent complete:</source>
        <translation>&amp;Pourcentage réalisé :</translation>
    </message>
    <message>
        <source>&amp;Record Status</source>
        <translation>&amp;Enregistrer l'état</translation>
    </message>
    <message>
        <source>Writes the status to the file and adds it to the measure's history (undoable).</source>
        <translation>Écrit l'état dans le fichier et l'ajoute à l'historique de la mesure (annulable).</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% d'avancement</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Comment in English:</source>
        <translation>&amp;Commentaire en anglais :</translation>
    </message>
    <message>
        <source>Comment in Fre&amp;nch:</source>
        <translation>Commentaire en &amp;français :</translation>
    </message>
    <message>
        <source>Comment in English</source>
        <translation>Commentaire en anglais</translation>
    </message>
    <message>
        <source>Comment in French</source>
        <translation>Commentaire en français</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage réalisé</translation>
    </message>
    <message>
        <source>Records the status, the percentage and the comments as one step in the measure's history, with your name and the time. Edit → Undo takes it back.</source>
        <translation>Enregistre l'état, le pourcentage et les commentaires en une étape de l'historique de la mesure, avec votre nom et l'heure. Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>This measure cannot be read until the portfolio is opened again (the banner above says why).</source>
        <translation>Cette mesure ne peut pas être lue tant que le portefeuille n'est pas ouvert de nouveau (le bandeau ci-dessus explique pourquoi).</translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureLinkWriter</name>
    <message>
        <source>there is no measure %1 in the portfolio</source>
        <translation>il n'y a pas de mesure %1 dans le portefeuille</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>"%1" names no measure: write a measure's number, as %2, or its plan's code and its number, as %3:%2</source>
        <translation>« %1 » ne désigne aucune mesure : écrivez le numéro d'une mesure, comme %2, ou le code de son plan et son numéro, comme %3:%2</translation>
    </message>
    <message>
        <source>measure %1 exists in plans %2: write its plan's code before it, as %3:%1</source>
        <translation>la mesure %1 existe dans les plans %2 : écrivez le code de son plan devant, comme %3:%1</translation>
    </message>
    <message>
        <source>there is no plan in the portfolio ("%1")</source>
        <translation>il n'y a aucun plan dans le portefeuille (« %1 »)</translation>
    </message>
    <message>
        <source>there is no plan with the code "%1"; the plans are %2</source>
        <translation>il n'y a pas de plan dont le code est « %1 »; les plans sont %2</translation>
    </message>
    <message>
        <source>the plan code "%1" is that of plans %2, whose codes differ only in case: write one as it is</source>
        <translation>le code de plan « %1 » est celui des plans %2, dont les codes ne diffèrent que par la casse : écrivez-en un tel quel</translation>
    </message>
    <message>
        <source>"%1" was taken as %2:%3, the plan's code as the portfolio writes it</source>
        <translation>« %1 » a été lu comme %2:%3, le code du plan tel que le portefeuille l'écrit</translation>
    </message>
    <message>
        <source>plan %1 has no measure %2</source>
        <translation>le plan %1 n'a pas de mesure %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureProjects</name>
    <message>
        <source>Link a Project</source>
        <translation>Lier un projet</translation>
    </message>
    <message>
        <source>There is no project with the code "%1".</source>
        <translation>Aucun projet ne porte le code « %1 ».</translation>
    </message>
    <message>
        <source>Projects serving this measure</source>
        <translation>Projets qui servent cette mesure</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Records that the project with this code serves the measure (undoable).</source>
        <translation>Indique que le projet portant ce code sert la mesure (annulable).</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>The code "%1" is that of projects %2, whose codes differ only in case: type one as it is.</source>
        <translation>Le code « %1 » est celui des projets %2, dont les codes ne diffèrent que par la casse : tapez-en un tel quel.</translation>
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
    <name>Vigie::MergeDialog</name>
    <message>
        <source>Merge Copies</source>
        <translation>Fusionner des copies</translation>
    </message>
    <message>
        <source>the whole portfolio</source>
        <translation>le portefeuille entier</translation>
    </message>
    <message>
        <source>%1: copy for %2, sent %3 by %4</source>
        <translation>%1 : copie pour %2, envoyée le %3 par %4</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>La copie</translation>
    </message>
    <message>
        <source>Changed in the copy by</source>
        <translation>Modifié dans la copie par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Keep All of This File's</source>
        <translation>Garder toutes les valeurs de ce fichier</translation>
    </message>
    <message>
        <source>Take All of the Copies'</source>
        <translation>Reprendre toutes les valeurs des copies</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Coming in (%1)</source>
        <translation>Modifications reprises (%1)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>This file's</source>
        <translation>Celle de ce fichier</translation>
    </message>
    <message>
        <source>The copy's</source>
        <translation>Celle de la copie</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) come in from the copies without conflict.</source>
        <translation>
            <numerusform>%n modification est reprise des copies sans conflit.</numerusform><numerusform>%n modifications sont reprises des copies sans conflit.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: for each, keep this file's value or take the copy's.</source>
        <translation>
            <numerusform>%n conflit doit être tranché : gardez la valeur de ce fichier ou reprenez celle de la copie.</numerusform><numerusform>%n conflits doivent être tranchés : pour chacun, gardez la valeur de ce fichier ou reprenez celle de la copie.</numerusform></translation>
    </message>
    <message>
        <source>Every conflict is decided: Merge writes it all as one change, which Edit → Undo takes back.</source>
        <translation>Tous les conflits sont tranchés : Fusionner écrit le tout en une seule modification, qu'Édition → Annuler peut retirer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>copy: who and when (French: a space before the colon)</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) outside the copy's organization ignored: %1</source>
        <translation>
            <numerusform>%n modification hors de l'organisme de la copie ignorée : %1</numerusform><numerusform>%n modifications hors de l'organisme de la copie ignorées : %1</numerusform></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>what taking the copy's row does</comment>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the copy not taken in: %1</source>
        <translation>
            <numerusform>%n modification de la copie non reprise : %1</numerusform><numerusform>%n modifications de la copie non reprises : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MergeHistory</name>
    <message>
        <source>Merge report</source>
        <translation>Rapport de fusion</translation>
    </message>
    <message>
        <source>Taken from the copy</source>
        <translation>Valeur de la copie reprise</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>A merge's outcome for a row of any kind (a project, a reporting period…): say it so that it agrees with all.</extracomment>
        <translation>Élément ajouté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>A merge's outcome for a row of any kind (a project, a reporting period…): say it so that it agrees with all.</extracomment>
        <translation>Élément supprimé</translation>
    </message>
    <message>
        <source>Restored from the copy</source>
        <translation>Élément rétabli à partir de la copie</translation>
    </message>
    <message>
        <source>Kept this file's value</source>
        <translation>Valeur de ce fichier conservée</translation>
    </message>
    <message>
        <source>No copy has been merged into this portfolio.</source>
        <translation>Aucune copie n'a été fusionnée dans ce portefeuille.</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Portefeuille entier</translation>
    </message>
    <message numerus="yes">
        <source>Copy %1, merged %2 by %3: %n change(s) taken in</source>
        <translation>
            <numerusform>Copie %1, fusionnée le %2 par %3 : %n modification reprise</numerusform><numerusform>Copie %1, fusionnée le %2 par %3 : %n modifications reprises</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided for this file</source>
        <translation>
            <numerusform>%n conflit tranché en faveur de ce fichier</numerusform><numerusform>%n conflits tranchés en faveur de ce fichier</numerusform></translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>From the copy</source>
        <translation>Selon la copie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changed in the copy by</source>
        <translation>Modifié dans la copie par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .html or .csv.</source>
        <translation>%1 : choisissez un nom se terminant par .html ou .csv.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Fusionné par</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Changed in the copy</source>
        <translation>Modifié dans la copie le</translation>
    </message>
    <message>
        <source>Added as %1 (%2 is another item's here)</source>
        <translation>Élément ajouté sous %1 (%2 appartient à un autre élément ici)</translation>
    </message>
    <message>
        <source>Restored as %1 (%2 is another item's here)</source>
        <translation>Élément rétabli sous %1 (%2 appartient à un autre élément ici)</translation>
    </message>
</context>
<context>
    <name>Vigie::MergePlan</name>
    <message>
        <source>deleted</source>
        <extracomment>A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).</extracomment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).</extracomment>
        <translation>modification</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>A row's state in a side of a merge or in the merge report, for a row of any kind (a noun in French).</extracomment>
        <translation>ajout</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Copy %1 (%2), taken %3 by %4</source>
        <translation>Copie %1 (%2), prise le %3 par %4</translation>
    </message>
    <message>
        <source>whole portfolio</source>
        <translation>portefeuille entier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>CONFLICT %1: this file: %2 (%3, %4); copy %5: %6 (%7, %8)</source>
        <translation>CONFLIT %1 : ce fichier : %2 (%3, %4); copie %5 : %6 (%7, %8)</translation>
    </message>
    <message>
        <source>[kept this file's]</source>
        <translation>[valeur de ce fichier conservée]</translation>
    </message>
    <message>
        <source>[took the copy's]</source>
        <translation>[valeur de la copie reprise]</translation>
    </message>
    <message>
        <source>Applied: %1, added: %2, unchanged: %3, conflicts: %4</source>
        <translation>Modifications appliquées : %1, éléments ajoutés : %2, déjà présentes : %3, conflits : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) outside the copy's organization ignored:</source>
        <translation>
            <numerusform>%n modification hors de l'organisme de la copie ignorée :</numerusform><numerusform>%n modifications hors de l'organisme de la copie ignorées :</numerusform></translation>
    </message>
    <message>
        <source>Would apply: %1, would add: %2, unchanged: %3, conflicts: %4 (undecided: %5)</source>
        <translation>Modifications à appliquer : %1, éléments à ajouter : %2, déjà présentes : %3, conflits : %4 (à trancher : %5)</translation>
    </message>
    <message>
        <source>only one item can have it here: the copy's would replace this file's</source>
        <translation>un seul élément peut l'avoir ici : celui de la copie remplacerait celui de ce fichier</translation>
    </message>
    <message>
        <source>only one item can have it here: the copy's would come in as %1</source>
        <translation>un seul élément peut l'avoir ici : celui de la copie entrerait sous %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the copy not taken in:</source>
        <translation>
            <numerusform>%n modification de la copie non reprise :</numerusform><numerusform>%n modifications de la copie non reprises :</numerusform></translation>
    </message>
    <message>
        <source>it belongs to %1 %2, not taken in.</source>
        <extracomment>A row a copy adds under a row kept out of the merge: "Baseline 1: it belongs to project A9, not taken in."</extracomment>
        <translation>dépend de %1 %2, que la fusion ne reprend pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a value of a copy is not merged: "Project A9: Description: the text is 60,000 characters long, …"</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MergeReportDialog</name>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .pdf, .html or .csv.</source>
        <translation>%1 : choisissez un nom se terminant par .pdf, .html ou .csv.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1 : écriture impossible (%2).</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page Web (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Merge Report</source>
        <translation>Enregistrer le rapport de fusion</translation>
    </message>
    <message>
        <source>%1 merge report.pdf</source>
        <translation>%1 rapport de fusion.pdf</translation>
    </message>
</context>
<context>
    <name>Vigie::Merger</name>
    <message>
        <source>%1 from the copy %2: %3</source>
        <translation>%1 de la copie %2 : %3</translation>
    </message>
    <message>
        <source>the copy no longer has it.</source>
        <translation>la copie ne le contient plus.</translation>
    </message>
    <message>
        <source>%1: a portfolio cannot be merged into itself.</source>
        <translation>%1 : un portefeuille ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>%1 is a copy of another portfolio ("%2"), not of "%3". Nothing was merged.</source>
        <translation>%1 est une copie d'un autre portefeuille (« %2 »), pas de « %3 ». Rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>%1: not a copy sent for merging (it does not say where it came from). Copies are made with File → Send Copy to Organization or vigie extract. Nothing was merged.</source>
        <translation>%1 : pas une copie envoyée pour fusion (elle n'indique pas sa provenance). Les copies se font avec Fichier → Envoyer une copie à un organisme ou vigie extract. Rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>%1 was taken from a state of the portfolio that this file does not have (a later version of it, or another copy). Merge it into the file it was sent from. Nothing was merged.</source>
        <translation>%1 a été prise d'un état du portefeuille que ce fichier ne contient pas (une version plus récente, ou une autre copie). Fusionnez-la dans le fichier d'où elle a été envoyée. Rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>Merge Copy from %1</source>
        <translation>Fusionner la copie de %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Copies (%1)</source>
        <translation>
            <numerusform>Fusionner %n copie (%1)</numerusform><numerusform>Fusionner %n copies (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was merged.</source>
        <translation>
            <numerusform>%n conflit doit être tranché; rien n'a été fusionné.</numerusform><numerusform>%n conflits doivent être tranchés; rien n'a été fusionné.</numerusform></translation>
    </message>
    <message>
        <source>this file has another item with the same key (%1 %2), and no free one was found.</source>
        <translation>ce fichier a un autre élément avec la même clé (%1 %2), et aucune clé libre n'a été trouvée.</translation>
    </message>
    <message>
        <source>this file has another item with the same key (%1 %2).</source>
        <translation>ce fichier a un autre élément avec la même clé (%1 %2).</translation>
    </message>
</context>
<context>
    <name>Vigie::MoversAnalysis</name>
    <message>
        <source>Unknown reporting period.</source>
        <translation>Période de référence inconnue.</translation>
    </message>
    <message>
        <source>Overall colour, from %1 to %2</source>
        <translation>Couleur globale, entre %1 et %2</translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation>  %1 %2 : %3 → %4</translation>
    </message>
    <message>
        <source>  %1 %2</source>
        <translation>  %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Worse: %n project(s)</source>
        <translation>
            <numerusform>Détérioré : %n projet</numerusform><numerusform>Détériorés : %n projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Better: %n project(s)</source>
        <translation>
            <numerusform>Amélioré : %n projet</numerusform><numerusform>Améliorés : %n projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>New: %n project(s)</source>
        <translation>
            <numerusform>Nouveau : %n projet</numerusform><numerusform>Nouveaux : %n projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No longer reported: %n project(s)</source>
        <translation>
            <numerusform>Sorti du suivi : %n projet</numerusform><numerusform>Sortis du suivi : %n projets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n project(s)</source>
        <translation>
            <numerusform>Inchangé : %n projet</numerusform><numerusform>Inchangés : %n projets</numerusform></translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>not in the portfolio in %1</source>
        <translation>absent du portefeuille en %1</translation>
    </message>
    <message>
        <source>no longer in the portfolio</source>
        <translation>retiré du portefeuille</translation>
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
        <source>overall declared %1</source>
        <translation>couleur globale déclarée %1</translation>
    </message>
    <message>
        <source>overall no longer declared (was %1)</source>
        <translation>couleur globale plus déclarée (était %1)</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two reasons a project moved: "Cost: Green → Red; Forecast cost: … → …"</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its currency's code: "1,000,000.00 EUR"</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MoversPanel</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Worse since %1</source>
        <translation>Détériorés depuis %1</translation>
    </message>
    <message>
        <source>Better since %1</source>
        <translation>Améliorés depuis %1</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>Nouveaux depuis %1</translation>
    </message>
    <message>
        <source>No longer reported since %1</source>
        <translation>Sortis du suivi depuis %1</translation>
    </message>
    <message>
        <source>No reporting period frozen yet: freeze one (Charts, Freeze period…) to see what moves from one period to the next.</source>
        <translation>Aucune période de référence figée pour l'instant : figez-en une (Graphiques, Figer la période…) pour voir ce qui bouge d'une période à l'autre.</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Détériorés</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Améliorés</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>No longer reported</source>
        <translation>Sortis du suivi</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message>
        <source>Show in Projects →</source>
        <translation>Voir dans Projets →</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) kept their overall colour (as the dashboards show it: declared where set, else computed).</source>
        <translation>
            <numerusform>%n projet a gardé sa couleur globale (telle qu'affichée aux tableaux de bord : la déclarée si elle existe, sinon la calculée).</numerusform><numerusform>%n projets ont gardé leur couleur globale (telle qu'affichée aux tableaux de bord : la déclarée si elle existe, sinon la calculée).</numerusform></translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a bougé</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;à :</translation>
    </message>
    <message>
        <source>Movers from period</source>
        <translation>Mouvements depuis la période</translation>
    </message>
    <message>
        <source>Movers to period</source>
        <translation>Mouvements jusqu'à la période</translation>
    </message>
    <message>
        <source>Movers</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Finding the projects that moved…</source>
        <translation>Recherche des projets dont la couleur a changé…</translation>
    </message>
</context>
<context>
    <name>Vigie::OpenProgress</name>
    <message>
        <source>Opening %1: checking the file…</source>
        <translation>Ouverture de %1 : vérification du fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening the portfolio</source>
        <translation>Ouverture du portefeuille</translation>
    </message>
    <message>
        <source>Opening %1: connecting to the server…</source>
        <translation>Ouverture de %1 : connexion au serveur…</translation>
    </message>
</context>
<context>
    <name>Vigie::OrganizationKindText</name>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme public</translation>
    </message>
</context>
<context>
    <name>Vigie::OutputFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>le fichier est trop volumineux pour le disque</translation>
    </message>
    <message>
        <source>input/output error on the disk</source>
        <translation>erreur d'entrée-sortie sur le disque</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n'existe pas</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>un dossier porte ce nom</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>unknown cause</source>
        <translation>cause inconnue</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); any file already there is unchanged.</source>
        <translation>%1 : écriture impossible (%2); le fichier qui s'y trouvait, le cas échéant, est inchangé.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1 : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder.</source>
        <translation>%1 : %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written to (%3).</source>
        <translation>%1 : impossible d'écrire dans le dossier %2 (%3).</translation>
    </message>
    <message>
        <source>%1: this is the open portfolio's own file; writing there would replace it. Choose another name.</source>
        <translation>%1 : c'est le fichier même du portefeuille ouvert; y écrire le remplacerait. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: its lock file %2 says a Vigie is editing this portfolio; writing there would replace it while it is in use. Choose another name, or try again once it is closed.</source>
        <translation>%1 : son fichier de verrouillage %2 indique qu'un Vigie modifie ce portefeuille; y écrire le remplacerait pendant qu'il est utilisé. Choisissez un autre nom, ou réessayez une fois qu'il est fermé.</translation>
    </message>
    <message>
        <source>%1: this portfolio is open for editing in Vigie (%2); writing there would replace it while it is in use. Close it there, or choose another name.</source>
        <translation>%1 : ce portefeuille est ouvert en modification dans Vigie (%2); y écrire le remplacerait pendant qu'il est utilisé. Fermez-le là, ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Vigie::OverviewPage</name>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Key area %1: %2</source>
        <translation>Axe d'intervention %1 : %2</translation>
    </message>
    <message>
        <source>Open the strategy →</source>
        <translation>Ouvrir la stratégie →</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Open the portfolio →</source>
        <translation>Ouvrir le portefeuille →</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Main-d'œuvre</translation>
    </message>
    <message>
        <source>Open the workforce →</source>
        <translation>Ouvrir la main-d'œuvre →</translation>
    </message>
    <message>
        <source>Investment envelopes</source>
        <translation>Enveloppes d'investissement</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fiscal year %1: planned needs &lt;b&gt;%2&lt;/b&gt;, granted &lt;b&gt;%3&lt;/b&gt;, committed &lt;b&gt;%4&lt;/b&gt;, gap %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exercice %1 : besoins prévus &lt;b&gt;%2&lt;/b&gt;, accordé &lt;b&gt;%3&lt;/b&gt;, engagé &lt;b&gt;%4&lt;/b&gt;, écart de %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the envelopes →</source>
        <translation>Ouvrir les enveloppes →</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Cost chart</source>
        <translation>Graphique des coûts</translation>
    </message>
    <message>
        <source>Schedule chart</source>
        <translation>Graphique de l'échéancier</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Calcul de la vue d'ensemble…</translation>
    </message>
    <message>
        <source>Strategy summary</source>
        <translation>Résumé de la stratégie</translation>
    </message>
    <message>
        <source>Projects summary</source>
        <translation>Résumé des projets</translation>
    </message>
    <message>
        <source>Workforce summary</source>
        <translation>Résumé de la main-d'œuvre</translation>
    </message>
    <message>
        <source>Investment envelopes summary</source>
        <translation>Résumé des enveloppes d'investissement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n of %1 measures completed&lt;/b&gt; (%2)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n mesure réalisée sur %1&lt;/b&gt; (%2)&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;%n mesures réalisées sur %1&lt;/b&gt; (%2)&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <extracomment>"1 completed of 8" / « 1 réalisée sur 8 »: %n is the completed count</extracomment>
        <translation>
            <numerusform>%n réalisée sur %1</numerusform><numerusform>%n réalisées sur %1</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 internal&lt;/b&gt; and &lt;b&gt;%2 external&lt;/b&gt; FTEs (%3 external) in %4 organizations, survey of %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ETC internes&lt;/b&gt; et &lt;b&gt;%2 ETC externes&lt;/b&gt; (%3 externes) dans %4 organismes, relevé du %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The portfolio at a glance. Each count is a link to the rows it counts: "3" red projects opens Projects filtered on red; the links under each card open its page and charts.</source>
        <translation>Le portefeuille en un coup d'œil. Chaque nombre est un lien vers les lignes qu'il compte : « 3 » projets rouges ouvre les projets filtrés sur le rouge; les liens sous chaque carte ouvrent sa page et ses graphiques.</translation>
    </message>
    <message>
        <source>What moved since %1</source>
        <translation>Ce qui a bougé depuis %1</translation>
    </message>
    <message>
        <source>No project declared greener than computed</source>
        <translation>Aucun projet déclaré plus vert que calculé</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln measure(s)&lt;/a&gt; not updated since %2 (stale)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln mesure&lt;/a&gt; non mise à jour depuis %2</numerusform><numerusform>&lt;a href="%1"&gt;%Ln mesures&lt;/a&gt; non mises à jour depuis %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln active project(s)&lt;/a&gt;&lt;/b&gt;, authorized budgets %2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln projet actif&lt;/a&gt;&lt;/b&gt;, budget autorisé %2&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln projets actifs&lt;/a&gt;&lt;/b&gt;, budgets autorisés %2&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln project(s)&lt;/a&gt; declared greener than computed (%2)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln projet&lt;/a&gt; déclaré plus vert que calculé (%2)</numerusform><numerusform>&lt;a href="%1"&gt;%Ln projets&lt;/a&gt; déclarés plus verts que calculés (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln project(s)&lt;/a&gt; not updated since %2 (stale)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln projet&lt;/a&gt; non mis à jour depuis %2</numerusform><numerusform>&lt;a href="%1"&gt;%Ln projets&lt;/a&gt; non mis à jour depuis %2</numerusform></translation>
    </message>
    <message>
        <source>No measure yet: on the Strategy page, Edit → Add Plan…, Add Key Area… and Add Measure… write the plan.</source>
        <translation>Aucune mesure pour l'instant : à la page Stratégie, Édition → Ajouter un plan…, Ajouter un axe d'intervention… et Ajouter une mesure… rédigent le plan.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n of 1 measure completed&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n mesure réalisée sur 1&lt;/b&gt; (%1)&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;%n mesure réalisée sur 1&lt;/b&gt; (%1)&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <source>No active project yet: on the Projects page, Edit → New Project… adds one.</source>
        <translation>Aucun projet actif pour l'instant : à la page Projets, Édition → Nouveau projet… en ajoute un.</translation>
    </message>
    <message>
        <source>This portfolio has no measure.</source>
        <translation>Ce portefeuille n'a aucune mesure.</translation>
    </message>
    <message>
        <source>This portfolio has no active project.</source>
        <translation>Ce portefeuille n'a aucun projet actif.</translation>
    </message>
    <message>
        <source>No workforce survey yet: on the Workforce page, Edit → New Workforce Record… adds its records, or File → Import from CSV → Workforce Survey… reads one.</source>
        <translation>Aucun relevé de main-d'œuvre pour l'instant : à la page Main-d'œuvre, Édition → Nouvelle donnée de main-d'œuvre… en ajoute les données, ou Fichier → Importer d'un CSV → Relevé de main-d'œuvre… en lit un.</translation>
    </message>
    <message>
        <source>This portfolio has no workforce survey.</source>
        <translation>Ce portefeuille n'a aucun relevé de main-d'œuvre.</translation>
    </message>
    <message>
        <source>No envelope yet: on the Envelopes page, Edit → New Envelope… adds one, or File → Import from CSV → Envelopes… reads them.</source>
        <translation>Aucune enveloppe pour l'instant : à la page Enveloppes, Édition → Nouvelle enveloppe… en ajoute une, ou Fichier → Importer d'un CSV → Enveloppes… les lit.</translation>
    </message>
    <message>
        <source>This portfolio has no investment envelope.</source>
        <translation>Ce portefeuille n'a aucune enveloppe d'investissement.</translation>
    </message>
</context>
<context>
    <name>Vigie::Periods</name>
    <message>
        <source>The as-of date, %1, is in the future: the values frozen are today's.</source>
        <translation>La date de référence, le %1, est dans le futur : les valeurs figées sont celles d'aujourd'hui.</translation>
    </message>
    <message>
        <source>The as-of date, %1, is not after that of the latest period, "%2" (%3): trends and comparisons will not take the new period as the latest.</source>
        <translation>La date de référence, le %1, n'est pas postérieure à celle de la dernière période, « %2 » (%3) : les tendances et les comparaisons ne prendront pas la nouvelle période comme la plus récente.</translation>
    </message>
</context>
<context>
    <name>Vigie::PhaseText</name>
    <message>
        <source>Initiation</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompu</translation>
    </message>
</context>
<context>
    <name>Vigie::PortfolioActions</name>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Health &amp;Rule…</source>
        <translation>&amp;Règle d'état de santé…</translation>
    </message>
    <message>
        <source>Chooses how colours are computed: Variance 10/30, Three-code or custom thresholds, with a preview of the projects that change colour. One undoable edit.</source>
        <translation>Choisit comment les couleurs sont calculées : Écart 10/30, Trois codes ou seuils personnalisés, avec un aperçu des projets qui changent de couleur. Une seule modification, annulable.</translation>
    </message>
</context>
<context>
    <name>Vigie::PortfolioFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1 : ce n'est pas un fichier.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Vigie portfolio.</source>
        <translation>%1 : le fichier est vide; ce n'est pas un portefeuille Vigie.</translation>
    </message>
    <message>
        <source>%1: not a Vigie portfolio (not a SQLite database).</source>
        <translation>%1 : ce n'est pas un portefeuille Vigie (pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1: a SQLite database, but not a Vigie portfolio.</source>
        <translation>%1 : une base de données SQLite, mais pas un portefeuille Vigie.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Vigie (file format %2, this program reads up to %3). Update Vigie to open it.</source>
        <translation>%1 : créé par une version plus récente de Vigie (format de fichier %2, ce programme lit jusqu'au format %3). Mettez Vigie à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1: the portfolio has no schema version; it is damaged.</source>
        <translation>%1 : le portefeuille n'a pas de version de schéma; il est endommagé.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2).</source>
        <translation>%1 : création impossible (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be created.</source>
        <translation>%1 : création impossible.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1 : ouverture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged and cannot be opened.</source>
        <translation>%1 : le portefeuille est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1: uses an older file format (%2) that must be upgraded, but the file cannot be written. Copy it to a writable folder and open the copy.</source>
        <translation>%1 : utilise un ancien format de fichier (%2) qui doit être mis à niveau, mais le fichier ne peut pas être modifié. Copiez-le dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>%1: cannot make the backup copy %2 before upgrading the file.</source>
        <translation>%1 : impossible de faire la copie de sauvegarde %2 avant la mise à niveau du fichier.</translation>
    </message>
    <message>
        <source>%1: upgrading the file format to version %2 failed (%3); the file is unchanged.</source>
        <translation>%1 : la mise à niveau du format de fichier vers la version %2 a échoué (%3); le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>Le portefeuille est ouvert en lecture seule.</translation>
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
        <source>A row's keys cannot be changed.</source>
        <translation>Les clés d'un élément ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>The change journal names an unknown table (%1).</source>
        <translation>Le journal des modifications nomme une table inconnue (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo in this change.</source>
        <translation>Il n'y a rien à annuler dans cette modification.</translation>
    </message>
    <message>
        <source>The change journal does not hold what was removed; it cannot be put back.</source>
        <translation>Le journal des modifications ne contient pas ce qui a été supprimé; impossible de le rétablir.</translation>
    </message>
    <message>
        <source>"%1" was changed since (now %2); this change cannot be undone.</source>
        <translation>« %1 » a été modifié depuis (maintenant %2); cette modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>A change was written outside of a transaction.</source>
        <translation>Une modification a été écrite hors d'une transaction.</translation>
    </message>
    <message>
        <source>The change journal cannot be written (%1).</source>
        <translation>Le journal des modifications ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <source>This field does not apply to this item (%1).</source>
        <translation>Ce champ ne s'applique pas à cet élément (%1).</translation>
    </message>
    <message>
        <source>The item being edited (%1) no longer exists.</source>
        <translation>L'élément modifié (%1) n'existe plus.</translation>
    </message>
    <message>
        <source>The field %2 does not apply to this item (%1).</source>
        <translation>Le champ %2 ne s'applique pas à cet élément (%1).</translation>
    </message>
    <message>
        <source>The item being removed (%1) no longer exists.</source>
        <translation>L'élément à supprimer (%1) n'existe plus.</translation>
    </message>
    <message>
        <source>An item this change created (%1) was removed since; the change cannot be undone.</source>
        <translation>Un élément créé par cette modification (%1) a été supprimé depuis; la modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>An item this change removed (%1) exists again; the change cannot be undone.</source>
        <translation>Un élément supprimé par cette modification (%1) existe de nouveau; la modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>An item this change edited (%1) was removed since; the change cannot be undone.</source>
        <translation>Un élément touché par cette modification (%1) a été supprimé depuis; la modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged and cannot be opened (%2).</source>
        <translation>%1 : le portefeuille est endommagé et ne peut pas être ouvert (%2).</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform><numerusform> (et %n autres)</numerusform></translation>
    </message>
    <message>
        <source>%1: not a Vigie portfolio, or one altered outside Vigie: %2. It was not opened and was not changed.</source>
        <translation>%1 : pas un portefeuille Vigie, ou un portefeuille modifié hors de Vigie : %2. Il n'a pas été ouvert et n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged (%2). Vigie will not use it; "vigie check" says what is wrong and can save a copy with every readable row.</source>
        <translation>%1 : le portefeuille est endommagé (%2). Vigie ne l'utilisera pas; « vigie check » indique ce qui ne va pas et peut enregistrer une copie de toutes les lignes lisibles.</translation>
    </message>
    <message>
        <source>%1: this is the open portfolio itself; choose another name for the copy.</source>
        <translation>%1 : c'est le portefeuille ouvert lui-même; choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>%1: the portfolio is damaged; a read stopped on an error (%2). Figures shown may be incomplete: "vigie check" says what is wrong and can save a copy with every readable row.</source>
        <translation>%1 : le portefeuille est endommagé; une lecture s'est arrêtée sur une erreur (%2). Les chiffres affichés peuvent être incomplets : « vigie check » indique ce qui ne va pas et peut enregistrer une copie de toutes les lignes lisibles.</translation>
    </message>
    <message>
        <source>it holds a value larger than Vigie accepts</source>
        <translation>il contient une valeur plus grande que ce que Vigie accepte</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source>the file is damaged: a total could not be read</source>
        <translation>le fichier est endommagé : un total n'a pas pu être lu</translation>
    </message>
    <message>
        <source>a read failed</source>
        <translation>une lecture a échoué</translation>
    </message>
    <message>
        <source>Someone else changed this %1 on the server since it was read; nothing was overwritten. Look at it again and redo the change if it still applies.</source>
        <translation>Quelqu'un d'autre a modifié cet élément (%1) sur le serveur depuis sa lecture; rien n'a été écrasé. Consultez-le de nouveau et refaites la modification si elle s'applique toujours.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu'un d'autre</translation>
    </message>
    <message>
        <source>This %1 was changed by %2 on %3 after you last saw it; it was not removed.</source>
        <extracomment>%1 an item ("project"), %2 who, %3 when</extracomment>
        <translation>Cet élément (%1) a été modifié par %2 le %3 après votre dernière consultation; il n'a pas été supprimé.</translation>
    </message>
    <message>
        <source>%1 of this %2 was changed by %3 on %4 after you last saw it; nothing was written.</source>
        <extracomment>%1 a field ("Forecast cost"), %2 an item ("project"), %3 who, %4 when</extracomment>
        <translation>« %1 » de cet élément (%2) a été modifié par %3 le %4 après votre dernière consultation; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>%1: uses an older file format (%2) that must be upgraded first: open it in Vigie, or change it with a command such as "vigie edit"; a copy of the original is kept beside it.</source>
        <translation>%1 : utilise un ancien format de fichier (%2) qui doit d'abord être mis à niveau : ouvrez-le dans Vigie, ou modifiez-le avec une commande comme « vigie edit »; une copie de l'original est conservée à côté.</translation>
    </message>
    <message>
        <source>Cannot delete %1: it holds measures reported in frozen reporting periods, and deleting it would change what those periods reported. Delete those periods first, or mark its measures cancelled.</source>
        <translation>Suppression impossible (%1) : cet élément contient des mesures déclarées dans des périodes de référence figées, et sa suppression changerait ce que ces périodes ont déclaré. Supprimez d'abord ces périodes, ou donnez à ses mesures l'état « annulée ».</translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete %1: it was reported in %n frozen reporting period(s), and deleting it would change what was reported. Mark it cancelled instead, or delete those periods first.</source>
        <translation>
            <numerusform>Suppression impossible (%1) : cet élément a été déclaré dans %n période de référence figée, et sa suppression changerait ce qui a été déclaré. Donnez-lui plutôt l'état « annulé », ou supprimez d'abord cette période.</numerusform><numerusform>Suppression impossible (%1) : cet élément a été déclaré dans %n périodes de référence figées, et sa suppression changerait ce qui a été déclaré. Donnez-lui plutôt l'état « annulé », ou supprimez d'abord ces périodes.</numerusform></translation>
    </message>
    <message>
        <source>%1: a folder has that name; choose another name.</source>
        <translation>%1 : un dossier porte ce nom; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The change could not be written: another program kept reading the file for more than five seconds (a command, a backup or another window). Nothing was changed; try again when it has finished.</source>
        <translation>La modification n'a pas pu être enregistrée : un autre programme a lu le fichier pendant plus de cinq secondes (une commande, une sauvegarde ou une autre fenêtre). Rien n'a été modifié; réessayez lorsqu'il aura terminé.</translation>
    </message>
    <message>
        <source>The change could not be written to the file (%1). Nothing was changed.</source>
        <translation>La modification n'a pas pu être enregistrée dans le fichier (%1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The change could not be written: the server did not say the portfolio's format (%1). Nothing was changed.</source>
        <translation>Le changement n'a pas pu être enregistré : le serveur n'a pas indiqué le format du portefeuille (%1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>the table vigie_schema has no row for Vigie</source>
        <translation>la table vigie_schema n'a aucune ligne pour Vigie</translation>
    </message>
    <message>
        <source>The portfolio on the server is now in format %1, not in the format %2 this Vigie opened it in: another Vigie upgraded it while it was open here. Nothing was changed. Open the portfolio again, with a Vigie that reads format %1.</source>
        <translation>Le portefeuille sur le serveur est maintenant au format %1, et non au format %2 dans lequel ce Vigie l'a ouvert : un autre Vigie l'a mis à niveau pendant qu'il était ouvert ici. Rien n'a été modifié. Ouvrez le portefeuille de nouveau, avec un Vigie qui lit le format %1.</translation>
    </message>
    <message>
        <source>The portfolio on the server is now in an older format (%1) than the format %2 this Vigie opened it in: it was replaced while it was open here. Nothing was changed. Open the portfolio again.</source>
        <translation>Le portefeuille sur le serveur est maintenant dans un format plus ancien (%1) que le format %2 dans lequel ce Vigie l'a ouvert : il a été remplacé pendant qu'il était ouvert ici. Rien n'a été modifié. Ouvrez le portefeuille de nouveau.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost.</source>
        <translation>%1 : la connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2).</source>
        <translation>%1 : la connexion au serveur a été perdue (%2).</translation>
    </message>
    <message>
        <source>%1: the file was moved, renamed, replaced or deleted while it was open here; the changes made before are in the file, wherever it went.</source>
        <translation>%1 : le fichier a été déplacé, renommé, remplacé ou supprimé pendant qu'il était ouvert ici; les modifications faites auparavant se trouvent dans le fichier, où qu'il soit.</translation>
    </message>
    <message>
        <source>The change could not be written to the server (%1). Nothing was changed.</source>
        <translation>La modification n'a pas pu être enregistrée sur le serveur (%1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The change could not be written to the server.</source>
        <translation>La modification n'a pas pu être enregistrée sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Vigie::PortfolioTemplate</name>
    <message>
        <source>%1: the new portfolio could not be set up.</source>
        <translation>%1 : le nouveau portefeuille n'a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Set up the new portfolio</source>
        <translation>Préparer le nouveau portefeuille</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectActions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Nouvel &amp;organisme…</translation>
    </message>
    <message>
        <source>New &amp;Specialty…</source>
        <translation>Nouvelle s&amp;pécialité…</translation>
    </message>
    <message>
        <source>Edit an Organi&amp;zation…</source>
        <translation>Modifier un organis&amp;me…</translation>
    </message>
    <message>
        <source>Delete an Organization…</source>
        <translation>Supprimer un organisme…</translation>
    </message>
    <message>
        <source>Edit a Spe&amp;cialty…</source>
        <translation>Modifier une spé&amp;cialité…</translation>
    </message>
    <message>
        <source>Delete a Specialty…</source>
        <translation>Supprimer une spécialité…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the dialog that edits a project, e.g. "Edit Project SCT-01"</extracomment>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer « %1 »?</translation>
    </message>
    <message>
        <source>Delete %1? These go with it: %2.</source>
        <translation>Supprimer « %1 »? Ces éléments seront aussi supprimés : %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit an Organization</source>
        <translation>Modifier un organisme</translation>
    </message>
    <message>
        <source>Edit a Specialty</source>
        <translation>Modifier une spécialité</translation>
    </message>
    <message>
        <source>Delete an Organization</source>
        <translation>Supprimer un organisme</translation>
    </message>
    <message>
        <source>Delete a Specialty</source>
        <translation>Supprimer une spécialité</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>New Specialty</source>
        <translation>Nouvelle spécialité</translation>
    </message>
    <message>
        <source>Still &amp;Accurate</source>
        <translation>Toujours &amp;exact</translation>
    </message>
    <message>
        <source>Confirm the selected projects as they are: they count as updated this period and are no longer stale.</source>
        <translation>Confirmer les projets sélectionnés tels quels : ils comptent comme mis à jour pour cette période et ne sont plus considérés comme non à jour.</translation>
    </message>
    <message>
        <source>This portfolio has no organization yet. Edit → New Organization… adds one.</source>
        <translation>Ce portefeuille n'a encore aucun organisme. Édition → Nouvel organisme… en ajoute un.</translation>
    </message>
    <message>
        <source>This portfolio has no specialty yet. Edit → New Specialty… adds one.</source>
        <translation>Ce portefeuille n'a encore aucune spécialité. Édition → Nouvelle spécialité… en ajoute une.</translation>
    </message>
    <message>
        <source>Mark as Cancelled</source>
        <translation>Marquer comme annulé</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: the organizations and specialties belong to the whole portfolio and are read-only here.</source>
        <translation>Cette copie est limitée à l'organisme %1 : les organismes et les spécialités appartiennent à l'ensemble du portefeuille et sont en lecture seule ici.</translation>
    </message>
    <message>
        <source>The authorized budget and planned dates are the project's original baseline: they can be corrected until the project is reported in a frozen period or re-authorized. The correction is recorded in the file's journal.</source>
        <translation>Le budget autorisé et les dates prévues forment la référence de base initiale du projet : ils peuvent être corrigés jusqu'à ce que le projet soit déclaré dans une période figée ou réautorisé. La correction est consignée dans le journal du fichier.</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectDetail</name>
    <message>
        <source>English name</source>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom français</translation>
    </message>
    <message>
        <source>Select a project to see its details and decisions.</source>
        <translation>Sélectionnez un projet pour voir ses détails et ses décisions.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Authorized budget %1 (original %2) · planned end %3 · computed cost %4, schedule %5</source>
        <translation>Budget autorisé %1 (initial %2) · fin planifiée %3 · coût calculé %4, échéancier %5</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>Forecast and declared indicators</source>
        <translation>Prévisions et indicateurs déclarés</translation>
    </message>
    <message>
        <source>Forecast &amp;cost:</source>
        <translation>&amp;Coût prévu :</translation>
    </message>
    <message>
        <source>Forecast e&amp;nd:</source>
        <translation>Fi&amp;n prévue :</translation>
    </message>
    <message>
        <source>Declared c&amp;ost:</source>
        <translation>C&amp;oût déclaré :</translation>
    </message>
    <message>
        <source>Declared &amp;schedule:</source>
        <translation>É&amp;chéancier déclaré :</translation>
    </message>
    <message>
        <source>Declared o&amp;verall:</source>
        <translation>État &amp;global déclaré :</translation>
    </message>
    <message>
        <source>Not declared (computed)</source>
        <translation>Non déclaré (calculé)</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Historique des décisions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Budget change</source>
        <translation>Variation du budget</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Authority (e.g. Treasury Board)</source>
        <translation>Instance (p. ex. Conseil du trésor)</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Budget change in dollars (negative for a reduction).</source>
        <translation>Variation du budget en dollars (négative pour une réduction).</translation>
    </message>
    <message>
        <source>Decision, in English</source>
        <translation>Décision, en anglais</translation>
    </message>
    <message>
        <source>Decision, in French</source>
        <translation>Décision, en français</translation>
    </message>
    <message>
        <source>&amp;Add Decision</source>
        <translation>&amp;Ajouter la décision</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Type de décision</translation>
    </message>
    <message>
        <source>Adds the decision to the project's history (date, authority, kind, budget change, text in English and French). Edit → Undo takes it back.</source>
        <translation>Ajoute la décision à l'historique du projet (date, instance, type, variation du budget, texte en anglais et en français). Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Why this colour?</source>
        <translation>Pourquoi cette couleur?</translation>
    </message>
    <message>
        <source>Why is it this colour? The figures, the baseline, the variance and the threshold behind each indicator, declared against computed, and its colour in each period.</source>
        <translation>Pourquoi cette couleur? Les chiffres, la référence de base, l'écart et le seuil derrière chaque indicateur, la couleur déclarée par rapport à la calculée, et la couleur à chaque période.</translation>
    </message>
    <message>
        <source>The decision re-authorizes the project: a new baseline with the budget plus the change and the new planned end. The original baseline stays, and its variance is shown beside the latest one.</source>
        <translation>La décision réautorise le projet : une nouvelle référence de base avec le budget plus la variation et la nouvelle fin planifiée. La référence initiale reste, et son écart est affiché à côté du dernier.</translation>
    </message>
    <message>
        <source>New planned end:</source>
        <translation>Nouvelle fin planifiée :</translation>
    </message>
    <message>
        <source>New planned end</source>
        <translation>Nouvelle fin planifiée</translation>
    </message>
    <message>
        <source>Re-authori&amp;ze</source>
        <translation>Réauto&amp;riser</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date from %3 to %4 (write it as 2021-06-30); the forecast end was not changed.</source>
        <translation>%1 : « %2 » n'est pas une date de %3 à %4 (écrivez-la ainsi : 2021-06-30); la fin prévue n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>Authorized budget %1 (original %2) · no planned end · computed cost %3, schedule %4</source>
        <translation>Budget autorisé %1 (initial %2) · aucune fin planifiée · coût calculé %3, échéancier %4</translation>
    </message>
    <message>
        <source>This project cannot be read until the portfolio is opened again (the banner above says why).</source>
        <translation>Ce projet ne peut pas être lu tant que le portefeuille n'est pas ouvert de nouveau (le bandeau ci-dessus explique pourquoi).</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectImporter</name>
    <message>
        <source>the portfolio is open read-only.</source>
        <translation>le portefeuille est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>project code "%1" already appeared on line %2; this row is ignored</source>
        <translation>le code de projet « %1 » figure déjà à la ligne %2; cette ligne est ignorée</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1 : écriture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); the portfolio is unchanged.</source>
        <translation>%1 : écriture impossible (%2); le portefeuille est inchangé.</translation>
    </message>
    <message>
        <source>Import projects from %1</source>
        <translation>Importer les projets de %1</translation>
    </message>
    <message>
        <source>; no link is made</source>
        <translation>; aucun lien n'est créé</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : illisible (%2).</translation>
    </message>
    <message>
        <source>the code "%1" is that of projects %2, whose codes differ only in case: write one as it is</source>
        <translation>le code « %1 » est celui des projets %2, dont les codes ne diffèrent que par la casse : écrivez-en un tel quel</translation>
    </message>
    <message>
        <source>"%1" was taken as project %2, the code as the portfolio writes it</source>
        <translation>« %1 » a été lu comme le projet %2, le code tel que le portefeuille l'écrit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The CSV file, then what is wrong with its columns: "projects.csv: the file has no column for …"</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file to import.</source>
        <translation>%1 : est un dossier, pas un fichier à importer.</translation>
    </message>
    <message>
        <source>the planned end %1 is not after the start %2: the schedule cannot be rated against this plan</source>
        <translation>la fin prévue %1 n'est pas postérieure au début %2 : l'échéancier ne peut pas être évalué selon ce plan</translation>
    </message>
    <message>
        <source>%1: cannot be imported now: the system could not start the thread that reads it (%2).</source>
        <translation>%1 : importation impossible pour l'instant : le système n'a pas pu démarrer le fil d'exécution qui le lit (%2).</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectMeasures</name>
    <message>
        <source>%1 · Measure %2</source>
        <translation>%1 · Mesure %2</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Measures this project serves</source>
        <translation>Mesures que ce projet sert</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Measure to link</source>
        <translation>Mesure à lier</translation>
    </message>
    <message>
        <source>Records that the project serves the measure chosen (undoable).</source>
        <translation>Indique que le projet sert la mesure choisie (annulable).</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectModel</name>
    <message>
        <source>Not declared (computed)</source>
        <translation>Non déclaré (calculé)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Authorized budget</source>
        <translation>Budget autorisé</translation>
    </message>
    <message>
        <source>Forecast cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin planifiée</translation>
    </message>
    <message>
        <source>Forecast end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>Cost var.</source>
        <translation>Écart coût</translation>
    </message>
    <message>
        <source>Cost var. (original)</source>
        <translation>Écart coût (initial)</translation>
    </message>
    <message>
        <source>Sched. var.</source>
        <translation>Écart échéancier</translation>
    </message>
    <message>
        <source>Sched. var. (original)</source>
        <translation>Écart échéancier (initial)</translation>
    </message>
    <message>
        <source>Variance against the latest authorized baseline, the one the health rule reads.</source>
        <translation>Écart par rapport à la dernière référence de base autorisée, celle que lit la règle d'état de santé.</translation>
    </message>
    <message>
        <source>Variance against the original baseline: what re-authorizations do not show.</source>
        <translation>Écart par rapport à la référence de base initiale : ce que les réautorisations ne montrent pas.</translation>
    </message>
    <message>
        <source>The colour the portfolio's health rule computes. Where a declared colour differs, the chip is split: computed on the left, declared on the right. Edit a cell to declare a colour.</source>
        <translation>La couleur que calcule la règle d'état de santé du portefeuille. Là où une couleur déclarée diffère, la pastille est divisée : calculée à gauche, déclarée à droite. Modifiez une cellule pour déclarer une couleur.</translation>
    </message>
    <message>
        <source>%1, declared %2</source>
        <extracomment>A projects table cell where the declared colour differs: "Red, declared Green"</extracomment>
        <translation>%1, déclarée %2</translation>
    </message>
    <message>
        <source>Computed: %1 · declared: %2</source>
        <translation>Calculée : %1 · déclarée : %2</translation>
    </message>
    <message>
        <source>Computed: %1 · nothing declared</source>
        <translation>Calculée : %1 · rien de déclaré</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>When the project was last edited, imported, merged from a copy or confirmed as still accurate. Projects not updated since the latest reporting period are greyed.</source>
        <translation>Quand le projet a été modifié, importé, fusionné d'une copie ou confirmé comme toujours exact pour la dernière fois. Les projets non mis à jour depuis la dernière période de référence sont grisés.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <extracomment>A row of the Projects table its disconnected portfolio could not read (the banner says why)</extracomment>
        <translation>(non lu)</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectStateText</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectWriter</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The project's baselines cannot be updated.</source>
        <translation>Les références de base du projet ne peuvent pas être mises à jour.</translation>
    </message>
</context>
<context>
    <name>Vigie::PropertiesDialog</name>
    <message>
        <source>Portfolio Properties</source>
        <translation>Propriétés du portefeuille</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Administration :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>C&amp;IO's name:</source>
        <translation>Nom du d&amp;irigeant principal de l'information :</translation>
    </message>
    <message>
        <source>CIO's title in F&amp;rench:</source>
        <translation>Titre du dirigeant en f&amp;rançais :</translation>
    </message>
    <message>
        <source>CIO's c&amp;ontact:</source>
        <translation>C&amp;oordonnées du dirigeant :</translation>
    </message>
    <message>
        <source>Classification &amp;banner:</source>
        <translation>&amp;Mention de classification :</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>Début de l'e&amp;xercice financier :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>e-mail or telephone</source>
        <translation>courriel ou téléphone</translation>
    </message>
    <message>
        <source>Shown on French briefings and charts; the name is used when empty.</source>
        <translation>Affiché sur les breffages et graphiques en français; le nom est utilisé s'il est vide.</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every briefing page and under every chart. A Government of Canada marking (PROTECTED B, NON CLASSIFIÉ…) is printed in the document's language.</source>
        <translation>Imprimée en haut et en bas de chaque page de breffage et sous chaque graphique. Une cote de sécurité du gouvernement du Canada (PROTÉGÉ B, UNCLASSIFIED…) est imprimée dans la langue du document.</translation>
    </message>
    <message>
        <source>Named on the briefings. Canada, a province or a territory is named in the document's language.</source>
        <translation>Nommée sur les breffages. Le Canada, une province ou un territoire est nommé dans la langue du document.</translation>
    </message>
    <message>
        <source>&amp;Name in English:</source>
        <translation>&amp;Nom en anglais :</translation>
    </message>
    <message>
        <source>CIO's &amp;title in English:</source>
        <translation>&amp;Titre du dirigeant en anglais :</translation>
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
    <name>Vigie::RecordActions</name>
    <message>
        <source>New &amp;Envelope…</source>
        <translation>Nouvelle &amp;enveloppe…</translation>
    </message>
    <message>
        <source>&amp;Delete Envelopes…</source>
        <translation>&amp;Supprimer des enveloppes…</translation>
    </message>
    <message>
        <source>Add an organization's investment envelope for a fiscal year.</source>
        <translation>Ajouter l'enveloppe d'investissement d'un organisme pour un exercice financier.</translation>
    </message>
    <message>
        <source>New &amp;Workforce Record…</source>
        <translation>Nouvelle &amp;donnée de main-d'œuvre…</translation>
    </message>
    <message>
        <source>&amp;Delete Workforce Records…</source>
        <translation>&amp;Supprimer des données de main-d'œuvre…</translation>
    </message>
    <message>
        <source>Add the internal and external FTEs of an organization and a specialty in a survey.</source>
        <translation>Ajouter les ETC internes et externes d'un organisme et d'une spécialité dans un relevé.</translation>
    </message>
    <message>
        <source>New Envelope</source>
        <translation>Nouvelle enveloppe</translation>
    </message>
    <message>
        <source>New Workforce Record</source>
        <translation>Nouvelle donnée de main-d'œuvre</translation>
    </message>
    <message>
        <source>This portfolio has no organization yet. On the Projects page, Edit → New Organization… adds one.</source>
        <translation>Ce portefeuille n'a encore aucun organisme. À la page Projets, Édition → Nouvel organisme… en ajoute un.</translation>
    </message>
    <message>
        <source>This portfolio has no specialty yet. Edit → New Specialty… adds one.</source>
        <translation>Ce portefeuille n'a encore aucune spécialité. Édition → Nouvelle spécialité… en ajoute une.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected envelope(s)?</source>
        <translation>
            <numerusform>Supprimer l'enveloppe sélectionnée?</numerusform><numerusform>Supprimer les %n enveloppes sélectionnées?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected workforce record(s)?</source>
        <translation>
            <numerusform>Supprimer la donnée de main-d'œuvre sélectionnée?</numerusform><numerusform>Supprimer les %n données de main-d'œuvre sélectionnées?</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Vigie::Recovery</name>
    <message>
        <source>%1: the last change to this portfolio was interrupted and must be rolled back before the file can be read, but it cannot be written here (%2). Copy the file and %3 together to a writable folder and open the copy: Vigie will roll the change back.</source>
        <translation>%1 : la dernière modification de ce portefeuille a été interrompue et doit être annulée avant que le fichier puisse être lu, mais il ne peut pas être écrit ici (%2). Copiez le fichier et %3 ensemble dans un dossier accessible en écriture et ouvrez la copie : Vigie annulera la modification.</translation>
    </message>
    <message>
        <source>%1: the last change to this portfolio was interrupted and could not be rolled back (%2).</source>
        <translation>%1 : la dernière modification de ce portefeuille a été interrompue et n'a pas pu être annulée (%2).</translation>
    </message>
    <message>
        <source>%1: the last change to this portfolio was interrupted (the program writing it stopped) and has been rolled back; the portfolio is as it was before that change.</source>
        <translation>%1 : la dernière modification de ce portefeuille a été interrompue (le programme qui l'écrivait s'est arrêté) et a été annulée; le portefeuille est tel qu'il était avant cette modification.</translation>
    </message>
</context>
<context>
    <name>Vigie::RowConverter</name>
    <message>
        <source>the project code is empty</source>
        <translation>le code du projet est vide</translation>
    </message>
    <message>
        <source>; the row is skipped</source>
        <translation>; la ligne est ignorée</translation>
    </message>
    <message>
        <source>"%1" is not a finite number</source>
        <translation>« %1 » n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>le montant %1 est négatif</translation>
    </message>
    <message>
        <source>; left empty</source>
        <translation>; laissé vide</translation>
    </message>
    <message>
        <source>; left unrated</source>
        <translation>; laissé non évalué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are accepted</source>
        <translation>le texte compte %1 caractères; au plus %2 sont acceptés</translation>
    </message>
    <message>
        <source>; cut to that length</source>
        <translation>; coupé à cette longueur</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 1 to 99999</source>
        <translation>« %1 » n'est pas un nombre entier de 1 à 99999</translation>
    </message>
    <message>
        <source>the number %1 is negative</source>
        <translation>le nombre %1 est négatif</translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100</source>
        <translation>%1 n'est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>; left unchanged</source>
        <translation>; laissé inchangé</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>; choose the order under "Dates"</source>
        <translation>; choisissez l'ordre sous « Dates »</translation>
    </message>
    <message>
        <source>; set "date_format" in the mapping</source>
        <translation>; précisez « date_format » dans la correspondance</translation>
    </message>
    <message>
        <source>the code is %1 characters long, and a new code has at most %2</source>
        <translation>le code a %1 caractères, et un nouveau code en a au plus %2</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>la ligne a %1 champs, l'en-tête %2</translation>
    </message>
    <message>
        <source>; the fields past the last column are ignored</source>
        <translation>; les champs au-delà de la dernière colonne sont ignorés</translation>
    </message>
    <message>
        <source>; the missing fields are taken as empty</source>
        <translation>; les champs manquants sont considérés comme vides</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1)</source>
        <translation>le texte contient un caractère de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>; the control characters are removed</source>
        <translation>; les caractères de contrôle sont retirés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An allowed value in an import's message: the word, then the key a CSV file may hold.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Vigie::RulePreviewer</name>
    <message numerus="yes">
        <source>%n active project(s) would change computed colour, %1 of them as shown on the dashboards (declared colours stay).</source>
        <translation>
            <numerusform>%n projet actif changerait de couleur calculée, dont %1 tel qu'affiché aux tableaux de bord (les couleurs déclarées restent).</numerusform><numerusform>%n projets actifs changeraient de couleur calculée, dont %1 tels qu'affichés aux tableaux de bord (les couleurs déclarées restent).</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Salvage</name>
    <message>
        <source>the links between rows could not be repaired</source>
        <translation>les liens entre les lignes n'ont pas pu être réparés</translation>
    </message>
    <message>
        <source>Recovered portfolio</source>
        <translation>Portefeuille récupéré</translation>
    </message>
    <message>
        <source>Every row could be read.</source>
        <translation>Toutes les lignes ont pu être lues.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The portfolio's name and settings could not be read; defaults were used.</source>
        <translation>Le nom et les paramètres du portefeuille n'ont pas pu être lus; les valeurs par défaut ont été utilisées.</translation>
    </message>
    <message>
        <source>%1: the recovered copy must be a new file, not the damaged one.</source>
        <translation>%1 : la copie récupérée doit être un nouveau fichier, pas le fichier endommagé.</translation>
    </message>
    <message>
        <source>%1: the list of its tables is damaged; nothing can be recovered (%2).</source>
        <translation>%1 : la liste de ses tables est endommagée; rien ne peut être récupéré (%2).</translation>
    </message>
    <message>
        <source>%1: not a Vigie portfolio, or one altered outside Vigie: %2.</source>
        <translation>%1 : pas un portefeuille Vigie, ou un portefeuille modifié hors de Vigie : %2.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1 : ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>the damaged file could not be opened again (%1)</source>
        <translation>le fichier endommagé n'a pas pu être rouvert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) skipped</source>
        <translation>
            <numerusform>%n partie endommagée sautée</numerusform><numerusform>%n parties endommagées sautées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) skipped, an unknown number of rows lost</source>
        <translation>
            <numerusform>%n partie endommagée sautée, un nombre inconnu de lignes perdues</numerusform><numerusform>%n parties endommagées sautées, un nombre inconnu de lignes perdues</numerusform></translation>
    </message>
    <message>
        <source>portfolio settings</source>
        <translation>paramètres du portefeuille</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organismes</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>key areas</source>
        <translation>axes d'intervention</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>measure status history</source>
        <translation>historique des états des mesures</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>références de base</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>links between projects and measures</source>
        <translation>liens entre projets et mesures</translation>
    </message>
    <message>
        <source>reporting periods</source>
        <translation>périodes de référence</translation>
    </message>
    <message>
        <source>projects as frozen in periods</source>
        <translation>projets figés dans les périodes</translation>
    </message>
    <message>
        <source>measures as frozen in periods</source>
        <translation>mesures figées dans les périodes</translation>
    </message>
    <message>
        <source>workforce specialties</source>
        <translation>spécialités de la main-d'œuvre</translation>
    </message>
    <message>
        <source>workforce figures</source>
        <translation>données sur la main-d'œuvre</translation>
    </message>
    <message>
        <source>investment envelopes</source>
        <translation>enveloppes d'investissement</translation>
    </message>
    <message>
        <source>changes recorded for undo</source>
        <translation>modifications enregistrées pour l'annulation</translation>
    </message>
    <message>
        <source>edit history</source>
        <translation>historique des modifications</translation>
    </message>
    <message>
        <source>briefing items</source>
        <translation>éléments du breffage</translation>
    </message>
    <message>
        <source>origin of this copy</source>
        <translation>origine de cette copie</translation>
    </message>
    <message>
        <source>copies merged</source>
        <translation>copies fusionnées</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>journal des fusions</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of rows that could belong to more than one table were left out.</source>
        <translation>
            <numerusform>%n page de lignes qui pouvait appartenir à plus d'une table a été laissée de côté.</numerusform><numerusform>%n pages de lignes qui pouvaient appartenir à plus d'une table ont été laissées de côté.</numerusform></translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <extracomment>What a salvage did not copy: "Left behind: a trigger "wipe" on project, which Vigie never creates."</extracomment>
        <translation>Laissé de côté : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recovered copy written with %Ln row(s).</source>
        <translation>
            <numerusform>%1 : copie récupérée écrite avec %Ln ligne.</numerusform><numerusform>%1 : copie récupérée écrite avec %Ln lignes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable row(s) lost</source>
        <translation>
            <numerusform>%Ln ligne illisible perdue</numerusform><numerusform>%Ln lignes illisibles perdues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read from pages the damage had cut off</source>
        <translation>
            <numerusform>%Ln ligne lue dans des pages que les dommages avaient isolées</numerusform><numerusform>%Ln lignes lues dans des pages que les dommages avaient isolées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) breaking the file's rules left out</source>
        <translation>
            <numerusform>%Ln ligne contraire aux règles du fichier laissée de côté</numerusform><numerusform>%Ln lignes contraires aux règles du fichier laissées de côté</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped because the row they belong to was lost</source>
        <translation>
            <numerusform>%Ln ligne supprimée parce que la ligne dont elle dépend a été perdue</numerusform><numerusform>%Ln lignes supprimées parce que la ligne dont elles dépendent a été perdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) kept without their link to a lost row</source>
        <translation>
            <numerusform>%Ln ligne conservée sans son lien vers une ligne perdue</numerusform><numerusform>%Ln lignes conservées sans leur lien vers une ligne perdue</numerusform></translation>
    </message>
    <message>
        <source>Indexes made anew: %1.</source>
        <extracomment>What a salvage mended: "Indexes made anew: the index "project_budget" is missing."</extracomment>
        <translation>Index refaits : %1.</translation>
    </message>
    <message>
        <source>Recovered from %1</source>
        <extracomment>The name of the recovered copy's first change (its history), e.g. "Recovered from quebec.vigie"</extracomment>
        <translation>Récupéré à partir de %1</translation>
    </message>
</context>
<context>
    <name>Vigie::SampleWriter</name>
    <message>
        <source>%1: a file already exists there; choose another name.</source>
        <translation>%1 : un fichier existe déjà à cet endroit; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2).</source>
        <translation>%1 : impossible de créer le fichier (%2).</translation>
    </message>
    <message>
        <source>the data could not be written to the file</source>
        <translation>les données n'ont pas pu être écrites dans le fichier</translation>
    </message>
    <message>
        <source>%1: the sample could not be built (%2).</source>
        <translation>%1 : l'exemple n'a pas pu être construit (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be created.</source>
        <translation>%1 : impossible de créer le fichier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A table of the portfolio, then the database's error</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: a folder has that name; choose another name.</source>
        <translation>%1 : un dossier porte ce nom; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Vigie::SchemaCheck</name>
    <message>
        <source>a trigger "%1" on %2, which Vigie never creates</source>
        <translation>un déclencheur « %1 » sur %2, que Vigie ne crée jamais</translation>
    </message>
    <message>
        <source>a view "%1", which Vigie never creates</source>
        <translation>une vue « %1 », que Vigie ne crée jamais</translation>
    </message>
    <message>
        <source>a table "%1" that Vigie does not create</source>
        <translation>une table « %1 » que Vigie ne crée pas</translation>
    </message>
    <message>
        <source>an index "%1" on %2 that Vigie does not create</source>
        <translation>un index « %1 » sur %2 que Vigie ne crée pas</translation>
    </message>
    <message>
        <source>an unknown schema entry "%1" (%2)</source>
        <translation>une entrée de schéma inconnue « %1 » (%2)</translation>
    </message>
    <message>
        <source>the table "%1" is missing</source>
        <translation>la table « %1 » est absente</translation>
    </message>
    <message>
        <source>the index "%1" is missing</source>
        <translation>l'index « %1 » est absent</translation>
    </message>
    <message>
        <source>a row of %1 holds a value that is not allowed there</source>
        <translation>une ligne de %1 contient une valeur qui n'y est pas permise</translation>
    </message>
    <message>
        <source>the table "%1" is not defined as Vigie defines it</source>
        <translation>la table « %1 » n'est pas définie comme Vigie la définit</translation>
    </message>
    <message>
        <source>the index "%1" is not defined as Vigie defines it</source>
        <translation>l'index « %1 » n'est pas défini comme Vigie le définit</translation>
    </message>
    <message>
        <source>this program cannot build the schema of version %1</source>
        <translation>ce programme ne peut pas construire le schéma de la version %1</translation>
    </message>
</context>
<context>
    <name>Vigie::SendCopyDialog</name>
    <message>
        <source>%1 copy.vigie</source>
        <translation>%1 copie.vigie</translation>
    </message>
    <message>
        <source>Send Copy to Organization</source>
        <translation>Envoyer une copie à un organisme</translation>
    </message>
    <message>
        <source>Write a copy of this portfolio for a ministry or agency to update offline. When it comes back, File → Merge Copies takes in what it changed.</source>
        <translation>Écrire une copie de ce portefeuille qu'un ministère ou un organisme mettra à jour hors ligne. À son retour, Fichier → Fusionner des copies reprend ce qu'il a modifié.</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>The whole portfolio (every organization)</source>
        <translation>Le portefeuille entier (tous les organismes)</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copie :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Everything in the copy can be changed.</source>
        <translation>Tout peut être modifié dans la copie.</translation>
    </message>
    <message>
        <source>Only %1's measures, projects, workforce and envelopes can be changed in the copy; the rest is read-only in it.</source>
        <translation>Seuls les mesures, projets, main-d'œuvre et enveloppes de %1 peuvent être modifiés dans la copie; le reste y est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Vigie::ServerLocation</name>
    <message>
        <source>%1: not a server address Vigie understands (%2). Write it as postgresql://user@host:port/database?schema=name.</source>
        <translation>%1 : adresse de serveur que Vigie ne comprend pas (%2). Écrivez-la ainsi : postgresql://utilisateur@hôte:port/base?schema=nom.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <source>The server address holds a password; Vigie does not take passwords in addresses. Remove it and put it in ~/.pgpass or the PGPASSWORD variable, where PostgreSQL looks for it.</source>
        <translation>L'adresse du serveur contient un mot de passe; Vigie n'accepte pas de mot de passe dans une adresse. Retirez-le et placez-le dans ~/.pgpass ou dans la variable PGPASSWORD, où PostgreSQL le cherche.</translation>
    </message>
    <message>
        <source>name one database after the host</source>
        <translation>nommez une base de données après l'hôte</translation>
    </message>
    <message>
        <source>unknown option "%1"; only schema is accepted</source>
        <translation>option « %1 » inconnue; seule schema est acceptée</translation>
    </message>
    <message>
        <source>the schema name must be lower-case letters, digits and _</source>
        <translation>le nom du schéma doit être fait de minuscules, de chiffres et de _</translation>
    </message>
    <message>
        <source>%1 in %2 on %3</source>
        <translation>%1 dans %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Vigie::ServerRoles</name>
    <message>
        <source>"%1": a role name must be lower-case letters, digits and _.</source>
        <translation>« %1 » : un nom de rôle doit être fait de minuscules, de chiffres et de _.</translation>
    </message>
    <message>
        <source>%1: no Vigie portfolio in the schema %2 of this database (publish one with "vigie publish FILE %1").</source>
        <translation>%1 : aucun portefeuille Vigie dans le schéma %2 de cette base de données (publiez-en un avec « vigie publish FICHIER %1 »).</translation>
    </message>
    <message>
        <source>No organization has the code "%1" in %2.</source>
        <translation>Aucune organisation n'a le code « %1 » dans %2.</translation>
    </message>
    <message>
        <source>%1: the rights could not be given (%2); nothing was changed.</source>
        <translation>%1 : les droits n'ont pas pu être donnés (%2); rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The server refused the change to this %1: the role %2 may not change it. On a shared portfolio the CIO office changes everything, an organization only its own items, a viewer nothing; ask the portfolio's administrator for the right.</source>
        <translation>Le serveur a refusé la modification de cet élément (%1) : le rôle %2 n'a pas le droit de le modifier. Dans un portefeuille partagé, le bureau du DPI modifie tout, une organisation seulement ses propres éléments, un lecteur rien; demandez ce droit à l'administrateur du portefeuille.</translation>
    </message>
    <message>
        <source>The server lets %1 read this portfolio, not change it (viewer role).</source>
        <translation>Le serveur permet à %1 de consulter ce portefeuille, mais pas de le modifier (rôle de lecteur).</translation>
    </message>
</context>
<context>
    <name>Vigie::ServerStore</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>la table %1 est absente</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers (Qt's PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>%1 : cette installation ne peut pas joindre de serveur PostgreSQL (le pilote PostgreSQL de Qt, paquet libqt6sql6-psql, est absent).</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server (%2).</source>
        <translation>%1 : connexion au serveur impossible (%2).</translation>
    </message>
    <message>
        <source>%1: no Vigie portfolio in the schema %2 of this database (publish one with "vigie publish FILE %1").</source>
        <translation>%1 : aucun portefeuille Vigie dans le schéma %2 de cette base de données (publiez-en un avec « vigie publish FICHIER %1 »).</translation>
    </message>
    <message>
        <source>%1: the portfolio on the server was made by a newer version of Vigie (format %2, this program reads up to %3). Update Vigie to open it.</source>
        <translation>%1 : le portefeuille sur le serveur a été créé par une version plus récente de Vigie (format %2, ce programme lit jusqu'au format %3). Mettez Vigie à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1: the portfolio on the server uses an older format (%2); extract it with an older Vigie and publish it again with this one.</source>
        <translation>%1 : le portefeuille sur le serveur utilise un format plus ancien (%2); extrayez-le avec une version antérieure de Vigie et publiez-le de nouveau avec celle-ci.</translation>
    </message>
    <message>
        <source>%1: the portfolio could not be published (%2); nothing was written on the server.</source>
        <translation>%1 : le portefeuille n'a pas pu être publié (%2); rien n'a été écrit sur le serveur.</translation>
    </message>
    <message>
        <source>%1: the schema %2 already holds a portfolio; publish into another schema (?schema=name) or remove it first. Nothing was written.</source>
        <translation>%1 : le schéma %2 contient déjà un portefeuille; publiez dans un autre schéma (?schema=nom) ou supprimez-le d'abord. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1: a file already exists there.</source>
        <translation>%1 : un fichier existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>%1: the portfolio could not be written (%2).</source>
        <translation>%1 : le portefeuille n'a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>%1: the role %2 may not read the schema %3. Ask the portfolio's administrator for access (vigie server grant %1 --role viewer --user %2).</source>
        <translation>%1 : le rôle %2 n'a pas le droit de lire le schéma %3. Demandez l'accès à l'administrateur du portefeuille (vigie server grant %1 --role viewer --user %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A table of the portfolio, then the server's error</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the portfolio on the server uses an older format (%2). The role that published it can upgrade it for every client at once: vigie server upgrade %1</source>
        <translation>%1 : le portefeuille sur le serveur utilise un format plus ancien (%2). Le rôle qui l'a publié peut le mettre à niveau pour tous les clients à la fois : vigie server upgrade %1</translation>
    </message>
    <message>
        <source>%1: the portfolio could not be upgraded (%2); nothing was changed.</source>
        <translation>%1 : le format du portefeuille n'a pas pu être mis à niveau (%2); rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1: only the role that published the portfolio (%2) may upgrade it; %3 may not. Run the command again as %2: nothing was changed.</source>
        <translation>%1 : seul le rôle qui a publié le portefeuille (%2) peut en mettre le format à niveau; %3 ne le peut pas. Exécutez de nouveau la commande avec le rôle %2 : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1: the portfolio on the server uses a format (%2) older than any Vigie that published to a server; extract it with the Vigie that published it and publish it again with this one.</source>
        <translation>%1 : le portefeuille sur le serveur utilise un format (%2) plus ancien que toute version de Vigie ayant publié sur un serveur; extrayez-le avec la version de Vigie qui l'a publié et publiez-le de nouveau avec celle-ci.</translation>
    </message>
    <message>
        <source>the table vigie_schema has no row for Vigie</source>
        <translation>la table vigie_schema n'a aucune ligne pour Vigie</translation>
    </message>
    <message>
        <source>Vigie was also connected to this portfolio's database as %1 during the upgrade. Those programs read the portfolio's format when they opened it: close them, and open the portfolio again with this version of Vigie, before changing anything.</source>
        <translation>Vigie était aussi connecté à la base de données de ce portefeuille sous %1 pendant la mise à niveau. Ces programmes ont lu le format du portefeuille à leur ouverture : fermez-les et rouvrez le portefeuille avec cette version de Vigie avant d'y apporter toute modification.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <comment>a server's host and port</comment>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>no server answers at %1; check that one runs there and accepts connections over the network</source>
        <translation>aucun serveur ne répond à %1; vérifiez qu'un serveur y est démarré et accepte les connexions réseau</translation>
    </message>
    <message>
        <source>no server runs on this computer: there is no socket %1</source>
        <translation>aucun serveur n'est démarré sur cet ordinateur : le socket %1 n'existe pas</translation>
    </message>
    <message>
        <source>it refused the password of the role %1</source>
        <translation>il a refusé le mot de passe du rôle %1</translation>
    </message>
    <message>
        <source>it asks for a password and none was given: type it in File → Connect to Server…, or set PGPASSWORD or ~/.pgpass</source>
        <translation>il demande un mot de passe et aucun n'a été donné : saisissez-le dans Fichier → Se connecter à un serveur…, ou définissez PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>it does not accept the role %2 in the database %3 from %1: see its pg_hba.conf</source>
        <translation>il n'accepte pas le rôle %2 dans la base de données %3 depuis %1 : voyez son fichier pg_hba.conf</translation>
    </message>
    <message>
        <source>it has no role %1</source>
        <translation>le rôle %1 n'y existe pas</translation>
    </message>
    <message>
        <source>it has no database %1</source>
        <translation>la base de données %1 n'y existe pas</translation>
    </message>
    <message>
        <source>the host name %1 is unknown</source>
        <translation>le nom d'hôte %1 est inconnu</translation>
    </message>
    <message>
        <source>it did not answer within 10 seconds</source>
        <translation>il n'a pas répondu dans les 10 secondes</translation>
    </message>
    <message>
        <source>the network does not reach %1</source>
        <translation>le réseau n'atteint pas %1</translation>
    </message>
    <message>
        <source>it is starting up or shutting down: try again in a moment</source>
        <translation>il est en cours de démarrage ou d'arrêt : réessayez dans un moment</translation>
    </message>
    <message>
        <source>it has no connection left: try again later, or ask its administrator</source>
        <translation>il n'a plus de connexion libre : réessayez plus tard ou adressez-vous à son administrateur</translation>
    </message>
    <message>
        <source>it does not accept encrypted connections (SSL), and this computer's settings require one (PGSSLMODE)</source>
        <translation>il n'accepte pas les connexions chiffrées (SSL), et les réglages de cet ordinateur en exigent une (PGSSLMODE)</translation>
    </message>
    <message>
        <source>its certificate cannot be verified: there is no root certificate %1 (PGSSLROOTCERT), or PGSSLMODE asks for a mode that does not verify it</source>
        <translation>son certificat ne peut pas être vérifié : le certificat racine %1 n'existe pas (PGSSLROOTCERT), ou PGSSLMODE demande un mode qui ne le vérifie pas</translation>
    </message>
    <message>
        <source>its certificate is made out to %1, not to %2</source>
        <translation>son certificat est établi au nom de %1, et non de %2</translation>
    </message>
    <message>
        <source>its certificate could not be verified against this computer's root certificates</source>
        <translation>son certificat n'a pas pu être vérifié au moyen des certificats racines de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Vigie::SqlError</name>
    <message>
        <source>access to the file was refused</source>
        <translation>l'accès au fichier a été refusé</translation>
    </message>
    <message>
        <source>the file is busy with another program's change</source>
        <translation>le fichier est occupé par une modification d'un autre programme</translation>
    </message>
    <message>
        <source>part of the file is locked by another reader or writer</source>
        <translation>une partie du fichier est verrouillée par un autre lecteur ou rédacteur</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <source>the file can only be read</source>
        <translation>le fichier ne peut qu'être lu</translation>
    </message>
    <message>
        <source>reading or writing the disk failed</source>
        <translation>la lecture ou l'écriture sur le disque a échoué</translation>
    </message>
    <message>
        <source>its content is damaged</source>
        <translation>son contenu est endommagé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the file's lock could not be taken</source>
        <translation>le verrou du fichier n'a pas pu être pris</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>ce n'est pas une base de données</translation>
    </message>
    <message>
        <source>%1 (SQLite error %2)</source>
        <extracomment>%1: what went wrong, %2: SQLite's error number, for support</extracomment>
        <translation>%1 (erreur SQLite %2)</translation>
    </message>
    <message>
        <source>a value is too big</source>
        <translation>une valeur est trop grande</translation>
    </message>
    <message>
        <source>the file was moved, renamed, replaced or deleted while it was open</source>
        <translation>le fichier a été déplacé, renommé, remplacé ou supprimé pendant qu'il était ouvert</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>the server was shut down or restarted, or its administrator ended the connection</source>
        <translation>le serveur a été arrêté ou redémarré, ou son administrateur a mis fin à la connexion</translation>
    </message>
    <message>
        <source>the server does not accept connections yet</source>
        <translation>le serveur n'accepte pas encore de connexions</translation>
    </message>
    <message>
        <source>the server's disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <source>the server is out of memory</source>
        <translation>le serveur manque de mémoire</translation>
    </message>
    <message>
        <source>the server has no connection left</source>
        <translation>le serveur n'a plus de connexion libre</translation>
    </message>
    <message>
        <source>another change to the same rows was made at the same time: try again</source>
        <translation>une autre modification des mêmes lignes a été faite au même moment : réessayez</translation>
    </message>
    <message>
        <source>another change holds the same rows: try again</source>
        <translation>une autre modification retient les mêmes lignes : réessayez</translation>
    </message>
    <message>
        <source>the server canceled the statement</source>
        <translation>le serveur a annulé l'instruction</translation>
    </message>
    <message>
        <source>the role may not do this on the server</source>
        <translation>le rôle n'a pas ce droit sur le serveur</translation>
    </message>
    <message>
        <source>the server only accepts reads (a standby)</source>
        <translation>le serveur n'accepte que des lectures (serveur de relève)</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL error %2)</source>
        <extracomment>%1: what went wrong, %2: the server's SQLSTATE code, for support</extracomment>
        <translation>%1 (erreur PostgreSQL %2)</translation>
    </message>
</context>
<context>
    <name>Vigie::SqliteDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>Erreur à l'ouverture de la base de données</translation>
    </message>
    <message>
        <source>unknown connection option "%1"</source>
        <translation>option de connexion inconnue « %1 »</translation>
    </message>
    <message>
        <source>Error closing database</source>
        <translation>Erreur à la fermeture de la base de données</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Impossible de commencer la transaction</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>Impossible d'annuler la transaction</translation>
    </message>
</context>
<context>
    <name>Vigie::SqliteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>Impossible d'exécuter l'instruction</translation>
    </message>
    <message>
        <source>the statement is empty</source>
        <translation>l'instruction est vide</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Impossible d'exécuter plusieurs instructions à la fois</translation>
    </message>
    <message>
        <source>No statement is prepared</source>
        <translation>Aucune instruction n'est préparée</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>Impossible de réinitialiser l'instruction</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Le nombre de paramètres ne correspond pas</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>Impossible de lier les paramètres</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Impossible de lire la ligne</translation>
    </message>
    <message>
        <source>parameters in the statement: %1, values bound: %2</source>
        <translation>paramètres de l'instruction : %1, valeurs liées : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Staleness</name>
    <message>
        <source>No update recorded, before %1</source>
        <extracomment>A stale row whose last update is unknown (files from before Vigie kept it); %1 a reporting period</extracomment>
        <translation>Aucune mise à jour enregistrée, antérieur à %1</translation>
    </message>
    <message>
        <source>Not updated since %1, before %2</source>
        <extracomment>A stale row: %1 the date it was last updated, %2 the latest frozen reporting period</extracomment>
        <translation>Non mis à jour depuis le %1, antérieur à %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The last-updated date of an item nothing records an update of</extracomment>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>Vigie::StartPage</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>&amp;New Portfolio…</source>
        <translation>&amp;Nouveau portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Recent portfolios</source>
        <translation>Portefeuilles &amp;récents</translation>
    </message>
    <message>
        <source>Recent portfolios</source>
        <translation>Portefeuilles récents</translation>
    </message>
    <message>
        <source>IT strategy, project portfolio and workforce, at a glance. Create a new portfolio, open a .vigie file (you can also drop one on this window) or connect to a portfolio your office shares on a server.</source>
        <translation>Stratégie TI, portefeuille de projets et main-d'œuvre, d'un coup d'œil. Créez un portefeuille, ouvrez un fichier .vigie (vous pouvez aussi le déposer sur cette fenêtre) ou connectez-vous à un portefeuille que votre bureau partage sur un serveur.</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Shared on a PostgreSQL server</source>
        <translation>Partagé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Vigie::StrategyActions</name>
    <message>
        <source>Add &amp;Plan…</source>
        <translation>Ajouter un &amp;plan…</translation>
    </message>
    <message>
        <source>Add &amp;Key Area…</source>
        <translation>Ajouter un &amp;axe d'intervention…</translation>
    </message>
    <message>
        <source>Add &amp;Measure…</source>
        <translation>Ajouter une &amp;mesure…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Add Key Area</source>
        <translation>Ajouter un axe d'intervention</translation>
    </message>
    <message>
        <source>Add Measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>%1 · Key area %2: %3</source>
        <translation>%1 · Axe d'intervention %2 : %3</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the dialog that edits a plan, key area or measure, e.g. "Edit Measure 9"</extracomment>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer « %1 »?</translation>
    </message>
    <message>
        <source>Delete %1? These go with it: %2.</source>
        <translation>Supprimer « %1 »? Ces éléments seront aussi supprimés : %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Still &amp;Accurate</source>
        <translation>Toujours &amp;exacte</translation>
    </message>
    <message>
        <source>Confirm the selected measures as they are: they count as updated this period and are no longer stale.</source>
        <translation>Confirmer les mesures sélectionnées telles quelles : elles comptent comme mises à jour pour cette période et ne sont plus considérées comme non à jour.</translation>
    </message>
    <message>
        <source>This copy is limited to the organization %1: the plans and key areas belong to the whole portfolio and are read-only here.</source>
        <translation>Cette copie est limitée à l'organisme %1 : les plans et les axes d'intervention appartiennent à l'ensemble du portefeuille et sont en lecture seule ici.</translation>
    </message>
</context>
<context>
    <name>Vigie::StrategyModel</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% d'avancement</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Key area %1: %2</source>
        <translation>Axe d'intervention %1 : %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <translation>
            <numerusform>%n réalisée sur %1</numerusform><numerusform>%n réalisées sur %1</numerusform></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
</context>
<context>
    <name>Vigie::StructureEdits</name>
    <message>
        <source>This kind of item (%1) is not edited here.</source>
        <translation>Ce type d'élément (%1) n'est pas modifié ici.</translation>
    </message>
    <message>
        <source>The item being edited (%1) no longer exists.</source>
        <translation>L'élément modifié (%1) n'existe plus.</translation>
    </message>
    <message>
        <source>This field (%1) does not apply to this item (%2).</source>
        <translation>Ce champ (%1) ne s'applique pas à cet élément (%2).</translation>
    </message>
    <message>
        <source>A code is required.</source>
        <translation>Un code est requis.</translation>
    </message>
    <message>
        <source>The code "%1" is already used by another %2.</source>
        <translation>Le code « %1 » est déjà utilisé (%2).</translation>
    </message>
    <message>
        <source>The number must be a whole number from 1 to 99999 (not "%1").</source>
        <translation>Le numéro doit être un nombre entier de 1 à 99999 (et non « %1 »).</translation>
    </message>
    <message>
        <source>The %1 chosen no longer exists.</source>
        <translation>L'élément choisi (%1) n'existe plus.</translation>
    </message>
    <message>
        <source>A %1 must be chosen.</source>
        <translation>Il faut choisir : %1.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date (write it as 2018-03-31).</source>
        <translation>%1 : « %2 » n'est pas une date (écrivez-la sous la forme 2018-03-31).</translation>
    </message>
    <message>
        <source>Unknown status "%1": use not_started, under_way, completed or cancelled.</source>
        <translation>État inconnu « %1 » : utilisez not_started, under_way, completed ou cancelled.</translation>
    </message>
    <message>
        <source>The percent complete must be a number from 0 to 100 (not "%1").</source>
        <translation>Le pourcentage d'avancement doit être un nombre de 0 à 100 (et non « %1 »).</translation>
    </message>
    <message>
        <source>Unknown project state "%1": use active, completed or cancelled.</source>
        <translation>Statut de projet inconnu « %1 » : utilisez active, completed ou cancelled.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount (a number of dollars, 0 or more).</source>
        <translation>%1 : « %2 » n'est pas un montant (un nombre de dollars, 0 ou plus).</translation>
    </message>
    <message>
        <source>%1: unknown colour "%2": use green, yellow, red or none.</source>
        <translation>%1 : couleur inconnue « %2 » : utilisez green, yellow, red ou none.</translation>
    </message>
    <message>
        <source>Unknown kind of organization "%1": use ministry or agency.</source>
        <translation>Type d'organisme inconnu « %1 » : utilisez ministry (ministère) ou agency (organisme public).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CAD, USD or EUR (not "%1").</source>
        <translation>La devise doit être un code de trois lettres comme CAD, USD ou EUR (et non « %1 »).</translation>
    </message>
    <message>
        <source>The fiscal year starts in a month from 1 to 12 (not "%1").</source>
        <translation>L'exercice financier commence par un mois de 1 à 12 (et non « %1 »).</translation>
    </message>
    <message>
        <source>Unknown language "%1": use en or fr.</source>
        <translation>Langue inconnue « %1 » : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>A %1 needs a title in English or in French.</source>
        <translation>Un titre en anglais ou en français est requis (%1).</translation>
    </message>
    <message>
        <source>The portfolio needs a name.</source>
        <translation>Le portefeuille doit avoir un nom.</translation>
    </message>
    <message>
        <source>The plan ends (%1) before it starts (%2).</source>
        <translation>Le plan se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Key area %1 already exists in plan %2.</source>
        <translation>L'axe d'intervention %1 existe déjà dans le plan %2.</translation>
    </message>
    <message>
        <source>Measure %1 already exists in plan %2.</source>
        <translation>La mesure %1 existe déjà dans le plan %2.</translation>
    </message>
    <message>
        <source>This field (%1) is not a property of the portfolio.</source>
        <translation>Ce champ (%1) n'est pas une propriété du portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>%n key area(s)</source>
        <translation>
            <numerusform>%n axe d'intervention</numerusform><numerusform>%n axes d'intervention</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform><numerusform>%n mesures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n changement d'état</numerusform><numerusform>%n changements d'état</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s)</source>
        <translation>
            <numerusform>%n référence de base</numerusform><numerusform>%n références de base</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform><numerusform>%n décisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between projects and measures</source>
        <translation>
            <numerusform>%n lien entre projets et mesures</numerusform><numerusform>%n liens entre projets et mesures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n frozen value(s) of reporting periods</source>
        <translation>
            <numerusform>%n valeur figée dans une période de référence</numerusform><numerusform>%n valeurs figées dans des périodes de référence</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workforce record(s)</source>
        <translation>
            <numerusform>%n donnée de main-d'œuvre</numerusform><numerusform>%n données de main-d'œuvre</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n enveloppe</numerusform><numerusform>%n enveloppes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n briefing item(s)</source>
        <translation>
            <numerusform>%n élément de breffage</numerusform><numerusform>%n éléments de breffage</numerusform></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: "2 key areas, 9 measures and 3 status changes"</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The project is planned to end (%1) before it starts (%2).</source>
        <translation>La fin planifiée du projet (%1) précède son début (%2).</translation>
    </message>
    <message>
        <source>The fiscal year is the year it starts in, from %1 to %2 (not "%3").</source>
        <translation>L'exercice financier est désigné par l'année où il commence, de %1 à %2 (et non « %3 »).</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1 : « %2 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>Choose an organization.</source>
        <translation>Choisissez un organisme.</translation>
    </message>
    <message>
        <source>Choose a specialty.</source>
        <translation>Choisissez une spécialité.</translation>
    </message>
    <message>
        <source>An envelope needs its fiscal year.</source>
        <translation>Une enveloppe doit avoir son exercice financier.</translation>
    </message>
    <message>
        <source>A workforce record needs the date of its survey (write it as 2024-03-31).</source>
        <translation>Une donnée de main-d'œuvre doit avoir la date de son relevé (écrite ainsi : 2024-03-31).</translation>
    </message>
    <message>
        <source>Organization %1 already has an envelope for fiscal year %2.</source>
        <translation>L'organisme %1 a déjà une enveloppe pour l'exercice %2.</translation>
    </message>
    <message>
        <source>The survey of %1 already has a record for organization %2 and specialty %3.</source>
        <extracomment>A refused workforce record: "The survey of 2024-03-31 already has a record for organization MIN3 and specialty DEV."</extracomment>
        <translation>Le relevé du %1 a déjà une donnée pour l'organisme %2 et la spécialité %3.</translation>
    </message>
    <message>
        <source>Project %1 was reported in a frozen reporting period: its original budget and planned dates stay as reported. A decision that re-authorizes it changes them (in the project's detail, Add Decision with Re-authorize).</source>
        <translation>Le projet %1 a été déclaré dans une période de référence figée : son budget et ses dates prévues initiaux restent tels que déclarés. Une décision qui le réautorise les modifie (dans le détail du projet, Ajouter la décision avec Réautoriser).</translation>
    </message>
    <message>
        <source>Project %1 was re-authorized: its authorized budget and planned dates change only through another decision that re-authorizes it (in the project's detail, Add Decision with Re-authorize).</source>
        <translation>Le projet %1 a été réautorisé : son budget autorisé et ses dates prévues ne changent que par une autre décision qui le réautorise (dans le détail du projet, Ajouter la décision avec Réautoriser).</translation>
    </message>
</context>
<context>
    <name>Vigie::SummaryBuilder</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Portfolio: %1</source>
        <translation>Portefeuille : %1</translation>
    </message>
    <message>
        <source>Active projects: %1, authorized budgets %2</source>
        <translation>Projets actifs : %1, budgets autorisés %2</translation>
    </message>
    <message>
        <source>Health rule: %1</source>
        <translation>Règle d'état de santé : %1</translation>
    </message>
    <message>
        <source>  %1 indicator:</source>
        <translation>  Indicateur « %1 » :</translation>
    </message>
    <message>
        <source>Workforce: %1 internal and %2 external FTEs (%3 external), %4 organizations</source>
        <translation>Main-d'œuvre : %1 ETC internes et %2 ETC externes (%3 externes), organismes : %4</translation>
    </message>
    <message>
        <source>Envelopes %1: planned needs %2, granted %3, committed %4</source>
        <translation>Enveloppes %1 : besoins prévus %2, accordé %3, engagé %4</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>  Key area %1, %2: %n completed of %3</source>
        <translation>
            <numerusform>  Axe d'intervention %1, %2 : %n réalisée sur %3</numerusform><numerusform>  Axe d'intervention %1, %2 : %n réalisées sur %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>    %1: %Ln projects (%2), %3 (%4)</source>
        <translation>
            <numerusform>    %1 : %Ln projet (%2), %3 (%4)</numerusform><numerusform>    %1 : %Ln projets (%2), %3 (%4)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Declared greener than computed: %n project(s) (%1)</source>
        <translation>
            <numerusform>Déclaré plus favorable que calculé : %n projet (%1)</numerusform><numerusform>Déclaré plus favorable que calculé : %n projets (%1)</numerusform></translation>
    </message>
    <message>
        <source>  Computed overall (the rule alone): %1 green, %2 yellow, %3 red, %4 unrated</source>
        <translation>  Global calculé (la règle seule) : vert %1, jaune %2, rouge %3, non évalué %4</translation>
    </message>
    <message numerus="yes">
        <source>  Re-baselined: %n project(s); against original baselines: %1 green, %2 yellow, %3 red</source>
        <translation>
            <numerusform>  Référence de base révisée : %n projet; par rapport aux références d'origine : vert %1, jaune %2, rouge %3</numerusform><numerusform>  Référence de base révisée : %n projets; par rapport aux références d'origine : vert %1, jaune %2, rouge %3</numerusform></translation>
    </message>
    <message>
        <source>Stale, not updated since %1: %2 active projects, %3 measures</source>
        <extracomment>%1 a reporting period; stale: not updated since that period</extracomment>
        <translation>Non à jour depuis %1 : projets actifs %2, mesures %3</translation>
    </message>
    <message numerus="yes">
        <source>Measures: %Ln in total</source>
        <translation>
            <numerusform>Mesures : %Ln au total</numerusform><numerusform>Mesures : %Ln au total</numerusform></translation>
    </message>
    <message>
        <source>  Plan %1, %2</source>
        <translation>  Plan %1, %2</translation>
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
<context>
    <name>Vigie::TableImporter</name>
    <message>
        <source>Import Projects from %1</source>
        <translation>Importer les projets de %1</translation>
    </message>
    <message>
        <source>Import Organizations from %1</source>
        <translation>Importer les organismes de %1</translation>
    </message>
    <message>
        <source>Import Measures from %1</source>
        <translation>Importer les mesures de %1</translation>
    </message>
    <message>
        <source>Import Workforce from %1</source>
        <translation>Importer la main-d'œuvre de %1</translation>
    </message>
    <message>
        <source>Import Envelopes from %1</source>
        <translation>Importer les enveloppes de %1</translation>
    </message>
    <message>
        <source>the portfolio is open read-only.</source>
        <translation>le portefeuille est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1 already appeared on line %2; this row is ignored</source>
        <translation>%1 figure déjà à la ligne %2; cette ligne est ignorée</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); the portfolio is unchanged.</source>
        <translation>%1 : écriture impossible (%2); le portefeuille est inchangé.</translation>
    </message>
    <message>
        <source>The %1 of a new %2 is missing.</source>
        <translation>Il manque la valeur « %1 » d'un nouvel élément (%2).</translation>
    </message>
    <message>
        <source>organization code "%1"</source>
        <translation>le code d'organisme « %1 »</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>la mesure %1</translation>
    </message>
    <message>
        <source>the portfolio has several plans (%1); name the plan in a "plan" column</source>
        <translation>le portefeuille a plusieurs plans (%1); nommez le plan dans une colonne « plan »</translation>
    </message>
    <message>
        <source>measure %1 is new and needs a title (title or title_fr)</source>
        <translation>la mesure %1 est nouvelle et doit avoir un titre (title ou title_fr)</translation>
    </message>
    <message>
        <source>%1: "%2" was already given on line %3; this title is ignored</source>
        <translation>%1 : « %2 » a déjà été donné à la ligne %3; ce titre est ignoré</translation>
    </message>
    <message>
        <source>the record of specialty %1 in %2 on %3</source>
        <translation>la donnée de la spécialité %1 pour %2 au %3</translation>
    </message>
    <message>
        <source>the envelope of %1 for %2</source>
        <translation>l'enveloppe de %1 pour %2</translation>
    </message>
    <message>
        <source>no plan has this code or title, and at %1 characters it cannot be a new plan's code (at most %2)</source>
        <translation>aucun plan n'a ce code ou ce titre, et avec %1 caractères, il ne peut être le code d'un nouveau plan (au plus %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The CSV file, then what is wrong with its columns: "envelopes.csv: the file has no column for …"</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file to import.</source>
        <translation>%1 : est un dossier, pas un fichier à importer.</translation>
    </message>
</context>
<context>
    <name>Vigie::TablePage</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Affichés : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · sorting and filtering off until the portfolio is opened again</source>
        <extracomment>Status line of a table whose portfolio is disconnected or was upgraded elsewhere (see the banner)</extracomment>
        <translation>%1 · tri et filtrage désactivés jusqu'à ce que le portefeuille soit ouvert de nouveau</translation>
    </message>
    <message>
        <source>Sorting and filtering read the portfolio again, which cannot be done until it is opened again (the banner above says why). The rows shown are those read before.</source>
        <translation>Le tri et le filtrage relisent le portefeuille, ce qui est impossible tant qu'il n'est pas ouvert de nouveau (le bandeau ci-dessus explique pourquoi). Les lignes affichées sont celles lues auparavant.</translation>
    </message>
</context>
<context>
    <name>Vigie::TablePrinter</name>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
</context>
<context>
    <name>Vigie::ValueLimits</name>
    <message>
        <source>The code "%1" is too long (at most %2 characters).</source>
        <translation>Le code « %1 » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>the amount is not a finite number</source>
        <translation>le montant n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>le montant %1 est négatif</translation>
    </message>
    <message>
        <source>the amount %1 is more than %2, the largest amount Vigie keeps to the cent</source>
        <translation>le montant %1 dépasse %2, le plus grand montant que Vigie conserve au cent près</translation>
    </message>
    <message>
        <source>the amount %1 is less than %2, the smallest amount Vigie keeps to the cent</source>
        <translation>le montant %1 est inférieur à %2, le plus petit montant que Vigie conserve au cent près</translation>
    </message>
    <message>
        <source>"%1" is not an amount</source>
        <translation>« %1 » n'est pas un montant</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A refused value: "Forecast cost: the amount … is more than …, the largest amount Vigie keeps to the cent."</extracomment>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>le nombre n'est pas fini</translation>
    </message>
    <message>
        <source>the number %1 is negative</source>
        <translation>le nombre %1 est négatif</translation>
    </message>
    <message>
        <source>the number %1 is more than %2 full-time equivalents</source>
        <extracomment>An FTE count refused: "the number 5e+09 is more than 1,000,000 full-time equivalents"</extracomment>
        <translation>le nombre %1 dépasse %2 équivalents temps complet</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: "250%" (« 250 % »)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the variance %1 is beyond ±%2</source>
        <extracomment>A variance refused: "the variance 250000% is beyond ±100,000%"</extracomment>
        <translation>l'écart %1 dépasse ±%2</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>« %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>the date %1 is not between %2 and %3</source>
        <extracomment>A refused date: "the date 0001-03-31 is not between 1900 and 2200"</extracomment>
        <translation>la date %1 n'est pas entre %2 et %3</translation>
    </message>
    <message>
        <source>%1: the text is %2 characters long, and at most %3 are allowed.</source>
        <extracomment>A refused text: "Name (English): the text is 2,500 characters long, and at most 2,000 are allowed."</extracomment>
        <translation>%1 : le texte compte %2 caractères, et au plus %3 sont permis.</translation>
    </message>
</context>
<context>
    <name>Vigie::ValueParser</name>
    <message>
        <source>"%1" is not a number</source>
        <translation>« %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>"%1" is not a date in the expected format</source>
        <translation>« %1 » n'est pas une date dans le format attendu</translation>
    </message>
    <message>
        <source>"%1" is not a valid date</source>
        <translation>« %1 » n'est pas une date valide</translation>
    </message>
    <message>
        <source>"%1" is not a colour (green, yellow or red); add it to the mapping's "values"</source>
        <translation>« %1 » n'est pas une couleur (vert, jaune ou rouge); ajoutez-la aux « values » de la correspondance</translation>
    </message>
    <message>
        <source>"%1" is not a finite number</source>
        <translation>« %1 » n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>"%1" is not one of %2; a mapping's "values" table can translate it</source>
        <translation>« %1 » n'est pas l'une des valeurs %2; la table « values » d'une correspondance peut la traduire</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no</source>
        <translation>« %1 » n'est ni oui (yes) ni non (no)</translation>
    </message>
    <message>
        <source>"%1" is not a fiscal year (write 2016 or 2016-2017)</source>
        <translation>« %1 » n'est pas un exercice financier (écrivez 2016 ou 2016-2017)</translation>
    </message>
    <message>
        <source>"%1" is ambiguous (day or month first?)</source>
        <translation>« %1 » est ambigu (jour ou mois d'abord?)</translation>
    </message>
</context>
<context>
    <name>Vigie::ValueText</name>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A field's change in a comparison or a merge: "Forecast cost: $3,167,396.00 → $4,000,000.00"</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field and its value, where two rows are told apart: "Granted: $5,000,000.00"</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Drafted from the data</source>
        <translation>Rédigé à partir des données</translation>
    </message>
    <message>
        <source>Written or reworded by hand</source>
        <translation>Rédigé ou reformulé à la main</translation>
    </message>
    <message>
        <source>%1, no. %2</source>
        <extracomment>A briefing item as comparisons and merges name it: its section's title and its place in it.</extracomment>
        <translation>%1, n° %2</translation>
    </message>
    <message>
        <source>%1, no. %2, %3</source>
        <extracomment>A briefing item as comparisons and merges name it: its section's title, its place in it and its reporting period ("2. Priorities, no. 1, August 2016").</extracomment>
        <translation>%1, n° %2, %3</translation>
    </message>
</context>
<context>
    <name>Vigie::WhyPanel</name>
    <message>
        <source>Select a project to see why it has its colours.</source>
        <translation>Sélectionnez un projet pour voir pourquoi il a ses couleurs.</translation>
    </message>
    <message>
        <source>Health rule in force: %1</source>
        <translation>Règle d'état de santé en vigueur : %1</translation>
    </message>
    <message>
        <source>latest baseline: re-authorization %1 of %2</source>
        <translation>dernière référence de base : réautorisation %1 du %2</translation>
    </message>
    <message>
        <source>original baseline of %1</source>
        <translation>référence de base initiale du %1</translation>
    </message>
    <message>
        <source>the project's authorized budget and dates</source>
        <translation>le budget et les dates autorisés du projet</translation>
    </message>
    <message>
        <source>The three-code rule computes nothing: the declared colour is the colour.</source>
        <translation>La règle à trois codes ne calcule rien : la couleur déclarée est la couleur.</translation>
    </message>
    <message>
        <source>|%1| is within %2: green.</source>
        <translation>|%1| ne dépasse pas %2 : vert.</translation>
    </message>
    <message>
        <source>|%1| is beyond %2 and below %3: yellow.</source>
        <translation>|%1| dépasse %2 et reste sous %3 : jaune.</translation>
    </message>
    <message>
        <source>|%1| reaches %2 or more: red.</source>
        <translation>|%1| atteint %2 ou plus : rouge.</translation>
    </message>
    <message>
        <source>Unrated.</source>
        <translation>Non évalué.</translation>
    </message>
    <message>
        <source>Nothing declared: the computed colour is shown.</source>
        <translation>Rien de déclaré : la couleur calculée est affichée.</translation>
    </message>
    <message>
        <source> (declared on %1)</source>
        <translation> (déclarée le %1)</translation>
    </message>
    <message>
        <source> (declared by %1 on %2)</source>
        <translation> (déclarée par %1 le %2)</translation>
    </message>
    <message>
        <source>Declared %1, as computed%2.</source>
        <translation>Couleur déclarée : %1, comme la calculée%2.</translation>
    </message>
    <message>
        <source>Declared %1, shown instead of the computed colour%2.</source>
        <translation>Couleur déclarée : %1, affichée au lieu de la couleur calculée%2.</translation>
    </message>
    <message>
        <source>Forecast %1 against an authorized budget of %2 (%3).</source>
        <translation>Prévision de %1 par rapport à un budget autorisé de %2 (%3).</translation>
    </message>
    <message>
        <source>No forecast; authorized budget %1 (%2).</source>
        <translation>Aucune prévision; budget autorisé de %1 (%2).</translation>
    </message>
    <message>
        <source>Variance %1, as reported by the source.</source>
        <translation>Écart de %1, tel que rapporté par la source.</translation>
    </message>
    <message>
        <source>Variance %1.</source>
        <translation>Écart de %1.</translation>
    </message>
    <message>
        <source>Against the original budget of %1: %2.</source>
        <translation>Par rapport au budget initial de %1 : %2.</translation>
    </message>
    <message>
        <source>Forecast end %1 against a planned end of %2, planned from %3 (%4).</source>
        <translation>Fin prévue le %1 par rapport à une fin planifiée le %2, début planifié le %3 (%4).</translation>
    </message>
    <message>
        <source>No forecast end; planned end %1 (%2).</source>
        <translation>Aucune fin prévue; fin planifiée le %1 (%2).</translation>
    </message>
    <message>
        <source>Variance %1 of the planned duration.</source>
        <translation>Écart de %1 de la durée planifiée.</translation>
    </message>
    <message>
        <source>Against the original planned end of %1: %2.</source>
        <translation>Par rapport à la fin planifiée initiale du %1 : %2.</translation>
    </message>
    <message>
        <source>The worse of the computed cost and schedule colours.</source>
        <translation>La pire des couleurs calculées de coût et d'échéancier.</translation>
    </message>
    <message>
        <source>Shown as %1 because of a declared cost or schedule colour.</source>
        <translation>Affichée %1 à cause d'une couleur de coût ou d'échéancier déclarée.</translation>
    </message>
    <message>
        <source>Colour in each reporting period</source>
        <translation>Couleur à chaque période de référence</translation>
    </message>
    <message>
        <source>No reporting period frozen yet.</source>
        <translation>Aucune période de référence figée pour l'instant.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Decisions since %1</source>
        <translation>Décisions depuis %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Références de base</translation>
    </message>
    <message>
        <source>No baseline recorded.</source>
        <translation>Aucune référence de base enregistrée.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Re-authorization %1</source>
        <translation>Réautorisation %1</translation>
    </message>
    <message>
        <source>%1, approved %2: %3, %4</source>
        <extracomment>A baseline in the project's list: "Original, approved 2013-09-14: $0.49M, 2013-09-14 to 2016-03-31"</extracomment>
        <translation>%1, approuvée le %2 : %3, %4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>No variance can be computed without an authorized budget: unrated.</source>
        <translation>Aucun écart ne peut être calculé sans budget autorisé : non évalué.</translation>
    </message>
    <message>
        <source>No variance can be computed without a forecast: unrated.</source>
        <translation>Aucun écart ne peut être calculé sans prévision : non évalué.</translation>
    </message>
    <message>
        <source>Forecast end %1 against a planned end of %2, with no planned start (%3).</source>
        <translation>Fin prévue le %1 par rapport à une fin planifiée le %2, sans début planifié (%3).</translation>
    </message>
    <message>
        <source>Forecast end %1; no planned end (%2).</source>
        <translation>Fin prévue le %1; aucune fin planifiée (%2).</translation>
    </message>
    <message>
        <source>No forecast end and no planned end (%1).</source>
        <translation>Aucune fin prévue ni aucune fin planifiée (%1).</translation>
    </message>
    <message>
        <source>No variance can be computed without a forecast end: unrated.</source>
        <translation>Aucun écart ne peut être calculé sans fin prévue : non évalué.</translation>
    </message>
    <message>
        <source>No variance can be computed without a planned start and a planned end: unrated.</source>
        <translation>Aucun écart ne peut être calculé sans début et fin planifiés : non évalué.</translation>
    </message>
    <message>
        <source>No variance can be computed: the planned end is not after the planned start. Unrated.</source>
        <translation>Aucun écart ne peut être calculé : la fin planifiée n'est pas postérieure au début planifié. Non évalué.</translation>
    </message>
    <message>
        <source>from %1, no planned end</source>
        <translation>à partir du %1, sans fin planifiée</translation>
    </message>
    <message>
        <source>until %1, no planned start</source>
        <translation>jusqu'au %1, sans début planifié</translation>
    </message>
    <message>
        <source>no planned dates</source>
        <translation>sans dates planifiées</translation>
    </message>
    <message>
        <source> (declared on %1, in "%2")</source>
        <translation> (déclarée le %1, dans « %2 »)</translation>
    </message>
    <message>
        <source> (declared by %1 on %2, in "%3")</source>
        <translation> (déclarée par %1 le %2, dans « %3 »)</translation>
    </message>
</context>
<context>
    <name>Vigie::WorkforceModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Core function</source>
        <translation>Fonction essentielle</translation>
    </message>
    <message>
        <source>Internal FTEs</source>
        <translation>ETC internes</translation>
    </message>
    <message>
        <source>External FTEs</source>
        <translation>ETC externes</translation>
    </message>
    <message>
        <source>External share</source>
        <translation>Part externe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>A core function mostly held by external staff: an at-risk sector.</source>
        <translation>Une fonction essentielle surtout assurée par du personnel externe : un secteur à risque.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Vigie::WorkforcePage</name>
    <message numerus="yes">
        <source>%1 of %n specialties shown</source>
        <translation>
            <numerusform>Affichées : %1 sur %n spécialité</numerusform><numerusform>Affichées : %1 sur %n spécialités</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform><numerusform>%n à risque</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n records shown</source>
        <translation>
            <numerusform>Affichés : %1 sur %n enregistrement</numerusform><numerusform>Affichés : %1 sur %n enregistrements</numerusform></translation>
    </message>
    <message>
        <source>survey of %1</source>
        <translation>relevé du %1</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Main-d'œuvre</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>Par spécialité</translation>
    </message>
    <message>
        <source>By organization and specialty</source>
        <translation>Par organisme et spécialité</translation>
    </message>
    <message>
        <source>By specialty: internal and external FTEs of each specialty, with totals and the specialties at risk. By organization and specialty: the survey's records, editable.</source>
        <translation>Par spécialité : les ETC internes et externes de chaque spécialité, avec les totaux et les spécialités à risque. Par organisme et spécialité : les enregistrements du relevé, modifiables.</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Relevé :</translation>
    </message>
    <message>
        <source>Survey shown</source>
        <translation>Relevé affiché</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mparer avec :</translation>
    </message>
    <message>
        <source>Survey to compare with</source>
        <translation>Relevé à comparer</translation>
    </message>
    <message>
        <source>At-risk &amp;threshold:</source>
        <translation>&amp;Seuil de risque :</translation>
    </message>
    <message>
        <source>At-risk threshold, percent of external FTEs</source>
        <translation>Seuil de risque, en pourcentage d'ETC externes</translation>
    </message>
    <message>
        <source>A specialty whose external share is above this percentage is flagged at risk, here, on the charts and in briefings. Stored in the portfolio; Undo takes it back.</source>
        <translation>Une spécialité dont la part externe dépasse ce pourcentage est signalée à risque, ici, dans les graphiques et dans les breffages. Enregistré dans le portefeuille; Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>At risk &amp;only</source>
        <translation>À risque se&amp;ulement</translation>
    </message>
    <message>
        <source>Workforce by specialty</source>
        <translation>Main-d'œuvre par spécialité</translation>
    </message>
    <message>
        <source>Workforce by organization and specialty</source>
        <translation>Main-d'œuvre par organisme et spécialité</translation>
    </message>
</context>
<context>
    <name>Vigie::WorkforcePivotModel</name>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Core function</source>
        <translation>Essentielle</translation>
    </message>
    <message>
        <source>Internal FTEs</source>
        <translation>ETC internes</translation>
    </message>
    <message>
        <source>External FTEs</source>
        <translation>ETC externes</translation>
    </message>
    <message>
        <source>Total FTEs</source>
        <translation>ETC au total</translation>
    </message>
    <message>
        <source>External share</source>
        <translation>Part externe</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Δ internal</source>
        <extracomment>Column headers kept short (the table must fit a small window): Δ = change since the compared survey</extracomment>
        <translation>Δ interne</translation>
    </message>
    <message>
        <source>Δ external</source>
        <translation>Δ externe</translation>
    </message>
    <message>
        <source>Δ external share</source>
        <translation>Δ part externe</translation>
    </message>
    <message>
        <source>More than %1 of the specialty's FTEs are external (the portfolio's threshold).</source>
        <translation>Plus de %1 des ETC de la spécialité sont externes (le seuil du portefeuille).</translation>
    </message>
    <message>
        <source>Since the survey of %1.</source>
        <translation>Depuis le relevé du %1.</translation>
    </message>
    <message>
        <source>Choose a survey to compare with.</source>
        <translation>Choisissez un relevé à comparer.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <extracomment>Percentage points: "+4.2 pts"</extracomment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>A core function mostly held by external staff: an at-risk sector.</source>
        <translation>Une fonction essentielle surtout assumée par du personnel externe : un secteur à risque.</translation>
    </message>
    <message>
        <source>More external than the threshold allows: at risk of losing the expertise.</source>
        <translation>Plus d'externes que le seuil ne le permet : risque de perte d'expertise.</translation>
    </message>
</context>
</TS>
