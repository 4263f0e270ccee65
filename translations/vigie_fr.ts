<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
</TS>
