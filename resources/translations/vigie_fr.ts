<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the database at PATH (default: %1).</source>
            <translation>Utiliser la base de données située à PATH (par défaut : %1).</translation>
        </message>
        <message>
            <source>A database created by this command starts without the bundled dataset.</source>
            <translation>Une base de données créée par cette commande ne contient pas le jeu de données intégré.</translation>
        </message>
        <message>
            <source>Run 'vigie %1 --help' for the options.</source>
            <translation>Lancez « vigie %1 --help » pour voir les options.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Incidents per year, region and attack type</source>
            <translation>Incidents par année, par région et par type d’attaque</translation>
        </message>
        <message>
            <source>Write every incident as CSV or JSON</source>
            <translation>Écrire tous les incidents en CSV ou en JSON</translation>
        </message>
        <message>
            <source>Add incidents from dataset files (JSON)</source>
            <translation>Ajouter des incidents depuis des fichiers de jeu de données (JSON)</translation>
        </message>
        <message>
            <source>Print the incident each article reports, as JSON</source>
            <translation>Afficher en JSON l’incident que rapporte chaque article</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Austria</source>
            <translation>Autriche</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brésil</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Tchéquie</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Allemagne</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Danemark</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>Espagne</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finlande</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>Grèce</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Croatie</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israël</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Inde</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italie</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norvège</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nouvelle-Zélande</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Pologne</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Roumanie</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Suède</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapour</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
    </context>
    <context>
        <name>CsvDatasetReader</name>
        <message>
            <source>line %1: text after the closing quote of a field</source>
            <translation>ligne %1 : du texte suit le guillemet fermant d’un champ</translation>
        </message>
        <message>
            <source>line %1: a quoted field is never closed</source>
            <translation>ligne %1 : un champ entre guillemets n’est jamais fermé</translation>
        </message>
        <message>
            <source>the file is in UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheets)</source>
            <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8 (« CSV UTF-8 » dans les tableurs)</translation>
        </message>
        <message>
            <source>line %1: not UTF-8 text (save the file as UTF-8; Windows-1252 and Latin-1 are not read)</source>
            <translation>ligne %1 : texte non UTF-8 (enregistrez le fichier en UTF-8 ; Windows-1252 et Latin-1 ne sont pas lus)</translation>
        </message>
        <message>
            <source>not a Vigie CSV export: the first line must be the header "%1"</source>
            <translation>pas un export CSV de Vigie : la première ligne doit être l’en-tête « %1 »</translation>
        </message>
        <message>
            <source>line 1: unknown column "%1"</source>
            <translation>ligne 1 : colonne inconnue « %1 »</translation>
        </message>
        <message>
            <source>line 1: column "%1" appears twice</source>
            <translation>ligne 1 : la colonne « %1 » apparaît deux fois</translation>
        </message>
        <message>
            <source>line 1: column "%1" is missing</source>
            <translation>ligne 1 : la colonne « %1 » manque</translation>
        </message>
        <message>
            <source>line %1: expected %2 fields, found %3</source>
            <translation>ligne %1 : %2 champs attendus, %3 trouvés</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>line %1 (%2)</source>
            <translation>ligne %1 (%2)</translation>
        </message>
        <message>
            <source>%1, column ransom_amount: "%2" is not a number</source>
            <translation>%1, colonne ransom_amount : « %2 » n’est pas un nombre</translation>
        </message>
        <message>
            <source>%1, column ransom_demanded: empty, but an amount or currency is given</source>
            <translation>%1, colonne ransom_demanded : vide, mais un montant ou une devise est donné</translation>
        </message>
        <message>
            <source>%1, column ransom_demanded: expected true or nothing, not "%2"</source>
            <translation>%1, colonne ransom_demanded : true ou rien attendu, pas « %2 »</translation>
        </message>
        <message>
            <source>%1, column records_affected: "%2" is not a whole number</source>
            <translation>%1, colonne records_affected : « %2 » n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>%1, column source_count: "%2" is not a count</source>
            <translation>%1, colonne source_count : « %2 » n’est pas un nombre de sources</translation>
        </message>
        <message>
            <source>%1, column %2: %3 items for %4 sources</source>
            <translation>%1, colonne %2 : %3 éléments pour %4 sources</translation>
        </message>
        <message>
            <source>%1, column id: duplicate id</source>
            <translation>%1, colonne id : identifiant en double</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The bundled dataset is invalid: %1</source>
            <translation>Le jeu de données intégré est invalide : %1</translation>
        </message>
        <message>
            <source>Loading the bundled dataset failed: %1</source>
            <translation>Le chargement du jeu de données intégré a échoué : %1</translation>
        </message>
        <message>
            <source>Cannot read the database %1: %2</source>
            <translation>Impossible de lire la base de données %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a Vigie database (not an SQLite file).</source>
            <translation>%1 n’est pas une base de données Vigie (ce n’est pas un fichier SQLite).</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>The database %1 is read-only: Vigie needs to write to it.</source>
            <translation>La base de données %1 est en lecture seule : Vigie doit pouvoir y écrire.</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation>Il n’y a pas de base de données à l’emplacement %1.</translation>
        </message>
        <message>
            <source>Cannot create the database %1: the folder %2 does not exist.</source>
            <translation>Impossible de créer la base de données %1 : le dossier %2 n’existe pas.</translation>
        </message>
        <message>
            <source>Cannot create the database %1: the folder %2 is not writable.</source>
            <translation>Impossible de créer la base de données %1 : le dossier %2 n’est pas accessible en écriture.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a usable database: %2</source>
            <translation>%1 n’est pas une base de données utilisable : %2</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 est endommagé : %2</translation>
        </message>
        <message>
            <source>%1 is damaged (integrity check failed): %2</source>
            <translation>%1 est endommagé (échec du contrôle d’intégrité) : %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Vigie (schema %2; this version knows up to %3). Update Vigie to open it.</source>
            <translation>%1 a été écrit par une version plus récente de Vigie (schéma %2 ; cette version connaît jusqu’au schéma %3). Mettez Vigie à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database but not a Vigie database; it was left untouched.</source>
            <translation>%1 est une base SQLite mais pas une base de données Vigie ; elle n’a pas été modifiée.</translation>
        </message>
        <message>
            <source>%1 uses an older schema; open it once in Vigie to upgrade it.</source>
            <translation>%1 utilise un ancien schéma ; ouvrez-la une fois dans Vigie pour la mettre à niveau.</translation>
        </message>
        <message>
            <source>no transaction</source>
            <translation>aucune transaction</translation>
        </message>
        <message>
            <source>Another Vigie is loading %1; open it when the load has finished.</source>
            <translation>Un autre Vigie est en train de charger %1 ; ouvrez-la quand le chargement sera terminé.</translation>
        </message>
        <message>
            <source>%1 is incomplete: a load into it was interrupted. Open it once in Vigie to create it again.</source>
            <translation>%1 est incomplète : un chargement a été interrompu. Ouvrez-la une fois dans Vigie pour la recréer.</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>Impossible de créer %1 : %2</translation>
        </message>
        <message>
            <source>Another Vigie is loading %1.</source>
            <translation>Un autre Vigie est en train de charger %1.</translation>
        </message>
        <message>
            <source>Cannot remove the incomplete database %1 left by an interrupted load.</source>
            <translation>Impossible de supprimer la base incomplète %1 laissée par un chargement interrompu.</translation>
        </message>
    </context>
    <context>
        <name>DatasetReader</name>
        <message>
            <source>%1: is a folder, not a file</source>
            <translation>%1 : est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>%1: cannot read: %2</source>
            <translation>%1 : lecture impossible : %2</translation>
        </message>
        <message>
            <source>the file is in UTF-16; save it as UTF-8</source>
            <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8</translation>
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>%1 (year known, month not stated)</source>
            <translation>%1 (année connue, mois non précisé)</translation>
        </message>
        <message>
            <source>%1 (month known, day not stated)</source>
            <translation>%1 (mois connu, jour non précisé)</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Writing failed: %1</source>
            <translation>Échec de l’écriture : %1</translation>
        </message>
        <message>
            <source>The CSV separator must be ',', ';' or a tab.</source>
            <translation>Le séparateur CSV doit être « , », « ; » ou une tabulation.</translation>
        </message>
        <message>
            <source>UTF-8, one line per incident, lists joined with ';' (RFC 4180)</source>
            <translation>UTF-8, une ligne par incident, listes jointes par « ; » (RFC 4180)</translation>
        </message>
        <message>
            <source>an array of records in the schema (the dataset format)</source>
            <translation>un tableau d’enregistrements conformes au schéma (le format du jeu de données)</translation>
        </message>
        <message>
            <source>RFC 7946: a point per incident, or a polygon per area with --areas</source>
            <translation>RFC 7946 : un point par incident, ou un polygone par zone avec --areas</translation>
        </message>
        <message>
            <source>a STIX 2.1 bundle: incidents, victims, locations, relationships</source>
            <translation>un paquet STIX 2.1 : incidents, victimes, lieux, relations</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>The area geometry is missing from this build.</source>
            <translation>La géométrie des zones manque dans cette version.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file: %1</source>
            <translation>Impossible de créer un fichier temporaire : %1</translation>
        </message>
        <message>
            <source>Two incidents have the id %1.</source>
            <translation>Deux incidents ont l’identifiant %1.</translation>
        </message>
        <message>
            <source>Cannot read the area geometry %1: %2</source>
            <translation>Impossible de lire la géométrie des zones %1 : %2</translation>
        </message>
        <message>
            <source>The area geometry %1 is damaged.</source>
            <translation>La géométrie des zones %1 est endommagée.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Writes every incident of the database, with every field, to a file or to standard output.

Formats:</source>
            <translation>Écrit tous les incidents de la base de données, avec tous leurs champs, dans un fichier ou sur la sortie standard.

Formats :</translation>
        </message>
        <message>
            <source>Write to FILE (replaced atomically) instead of standard output.</source>
            <translation>Écrire dans FILE (remplacé de façon atomique) au lieu de la sortie standard.</translation>
        </message>
        <message>
            <source>CSV: start with a UTF-8 byte order mark (for Excel).</source>
            <translation>CSV : commencer par une indication d’ordre des octets (BOM) UTF-8 (pour Excel).</translation>
        </message>
        <message>
            <source>CSV: the field separator, ',' (default), ';' (French spreadsheets) or 'tab' (also 'comma', 'semicolon').</source>
            <translation>CSV : le séparateur de champs, « , » (par défaut), « ; » (tableurs français) ou « tab » (ou encore « comma », « semicolon »).</translation>
        </message>
        <message>
            <source>unexpected argument %1</source>
            <translation>argument inattendu %1</translation>
        </message>
        <message>
            <source>--format is required:</source>
            <translation>--format est obligatoire :</translation>
        </message>
        <message>
            <source>unknown format "%1"; known formats:</source>
            <translation>format « %1 » inconnu ; formats connus :</translation>
        </message>
        <message>
            <source>--separator takes ',', ';', 'tab', 'comma' or 'semicolon', not "%1"</source>
            <translation>--separator accepte « , », « ; », « tab », « comma » ou « semicolon », pas « %1 »</translation>
        </message>
        <message>
            <source>--bom and --separator apply to the csv format only</source>
            <translation>--bom et --separator ne s’appliquent qu’au format csv</translation>
        </message>
        <message>
            <source>--out names the database itself: %1</source>
            <translation>--out désigne la base de données elle-même : %1</translation>
        </message>
        <message>
            <source>Writing failed: %1</source>
            <translation>Échec de l’écriture : %1</translation>
        </message>
        <message>
            <source>Export only the incidents that pass FILTER, in the text form of saved views, e.g. "region=32,11;attack=ransomware;from=2022-01;q=rançongiciel".</source>
            <translation>N’exporter que les incidents qui passent FILTRE, sous la forme texte des vues enregistrées, par exemple "region=32,11;attack=ransomware;from=2022-01;q=rançongiciel".</translation>
        </message>
        <message>
            <source>bad --filter: %1</source>
            <translation>--filter incorrect : %1</translation>
        </message>
        <message>
            <source>The format: csv, json, geojson or stix (required).</source>
            <translation>Le format : csv, json, geojson ou stix (obligatoire).</translation>
        </message>
        <message>
            <source>GeoJSON: one polygon per area with its counts instead of one point per incident.</source>
            <translation>GeoJSON : un polygone par zone avec ses effectifs au lieu d’un point par incident.</translation>
        </message>
        <message>
            <source>GeoJSON with --areas: region, department (default) or country.</source>
            <translation>GeoJSON avec --areas : region, department (par défaut) ou country.</translation>
        </message>
        <message>
            <source>--areas and --area-level apply to the geojson format only</source>
            <translation>--areas et --area-level ne s’appliquent qu’au format geojson</translation>
        </message>
        <message>
            <source>--area-level needs --areas</source>
            <translation>--area-level demande --areas</translation>
        </message>
        <message>
            <source>--area-level takes region, department or country, not "%1"</source>
            <translation>--area-level prend region, department ou country, pas « %1 »</translation>
        </message>
    </context>
    <context>
        <name>FilterSpec</name>
        <message>
            <source>unterminated quote in '%1'</source>
            <translation>guillemet non fermé dans « %1 »</translation>
        </message>
        <message>
            <source>'%1': unknown %2 '%3' (one of: %4)</source>
            <translation>« %1 » : valeur « %3 » inconnue pour le critère %2 (valeurs possibles : %4)</translation>
        </message>
        <message>
            <source>'%1': expected key=value</source>
            <translation>« %1 » : clé=valeur attendu</translation>
        </message>
        <message>
            <source>'%1' appears twice</source>
            <translation>« %1 » apparaît deux fois</translation>
        </message>
        <message>
            <source>'%1': empty value</source>
            <translation>« %1 » : valeur vide</translation>
        </message>
        <message>
            <source>'%1': empty value in the list</source>
            <translation>« %1 » : valeur vide dans la liste</translation>
        </message>
        <message>
            <source>'%1': takes one value</source>
            <translation>« %1 » : n’accepte qu’une valeur</translation>
        </message>
        <message>
            <source>'%1': expected occurred, disclosed or published</source>
            <translation>« %1 » : occurred, disclosed ou published attendu</translation>
        </message>
        <message>
            <source>'%1': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>« %1 » : date invalide (AAAA, AAAA-MM ou AAAA-MM-JJ attendu)</translation>
        </message>
        <message>
            <source>attack type</source>
            <translation>type d’attaque</translation>
        </message>
        <message>
            <source>victim kind</source>
            <translation>type de victime</translation>
        </message>
        <message>
            <source>data category</source>
            <translation>catégorie de données</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <source>'%1': expected yes or no</source>
            <translation>« %1 » : yes ou no attendu</translation>
        </message>
        <message>
            <source>'%1': unknown filter '%2' (known: date, from, to, country, region, department, attack, kind, data, impact, actor, ransom, q)</source>
            <translation>« %1 » : filtre « %2 » inconnu (filtres connus : date, from, to, country, region, department, attack, kind, data, impact, actor, ransom, q)</translation>
        </message>
        <message>
            <source>'from=%1' is after 'to=%2'</source>
            <translation>« from=%1 » est postérieur à « to=%2 »</translation>
        </message>
    </context>
    <context>
        <name>Gazetteer</name>
        <message>
            <source>Missing gazetteer resource %1</source>
            <translation>Ressource du répertoire géographique manquante : %1</translation>
        </message>
        <message>
            <source>Damaged gazetteer resource %1</source>
            <translation>Ressource du répertoire géographique endommagée : %1</translation>
        </message>
        <message>
            <source>The gazetteer resources are empty</source>
            <translation>Les ressources du répertoire géographique sont vides</translation>
        </message>
    </context>
    <context>
        <name>GuiLauncher</name>
        <message>
            <source>No dialog appeared after the drop</source>
            <translation>Aucune fenêtre de dialogue n’est apparue après le dépôt</translation>
        </message>
        <message>
            <source>The window refused the drop</source>
            <translation>La fenêtre a refusé le dépôt</translation>
        </message>
        <message>
            <source>Vigie: cyberattacks on hospitals, on a timeline and a map.

Commands (vigie COMMAND --help):
</source>
            <translation>Vigie : les cyberattaques contre les hôpitaux, sur une frise chronologique et une carte.

Commandes (vigie COMMANDE --help) :
</translation>
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation>Ouvrir la base de données située à CHEMIN.</translation>
        </message>
        <message>
            <source>Create a new database without the bundled dataset.</source>
            <translation>Créer une base de données vide, sans le jeu de données intégré.</translation>
        </message>
        <message>
            <source>Render the main window offscreen into FILE.png and exit.</source>
            <translation>Dessiner la fenêtre principale hors écran dans FICHIER.png, puis quitter.</translation>
        </message>
        <message>
            <source>Window size for --screenshot (default 1400x900).</source>
            <translation>Taille de la fenêtre pour --screenshot (1400x900 par défaut).</translation>
        </message>
        <message>
            <source>With --screenshot: drop PATH (a file or folder; repeat the option for several) on the window as a file manager would, wait for the import's dialog and include it in the picture.</source>
            <translation>Avec --screenshot : déposer CHEMIN (un fichier ou un dossier ; répéter l’option pour en déposer plusieurs) sur la fenêtre comme le ferait un gestionnaire de fichiers, attendre la fenêtre de dialogue de l’import et l’inclure dans l’image.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT, e.g. 1400x900</source>
            <translation>--size attend LARGEURxHAUTEUR, par exemple 1400x900</translation>
        </message>
        <message>
            <source>--drop needs --screenshot FILE.png</source>
            <translation>--drop demande --screenshot FICHIER.png</translation>
        </message>
        <message>
            <source>Vigie</source>
            <translation>Vigie</translation>
        </message>
        <message>
            <source>The window is %1x%2, not the requested size</source>
            <translation>La fenêtre mesure %1x%2, pas la taille demandée</translation>
        </message>
        <message>
            <source>Cannot write the screenshot %1</source>
            <translation>Impossible d’écrire la capture d’écran %1</translation>
        </message>
        <message>
            <source>Draw the timeline or the map into a PNG, SVG or PDF</source>
            <translation>Dessiner la frise ou la carte en PNG, SVG ou PDF</translation>
        </message>
    </context>
    <context>
        <name>ImportArticlesCommand</name>
        <message numerus="yes">
            <source>Import %n Article(s)</source>
            <translation>
                <numerusform>l’import de %n article</numerusform>
                <numerusform>l’import de %n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Incident %1 vanished right after the import.</source>
            <translation>L’incident %1 a disparu juste après l’import.</translation>
        </message>
        <message>
            <source>Cannot undo the import: %1</source>
            <translation>Impossible d’annuler l’import : %1</translation>
        </message>
        <message>
            <source>Cannot undo the import: incident %1 is no longer in the database.</source>
            <translation>Impossible d’annuler l’import : l’incident %1 n’est plus dans la base de données.</translation>
        </message>
        <message>
            <source>Cannot redo the import: %1</source>
            <translation>Impossible de rétablir l’import : %1</translation>
        </message>
        <message>
            <source>incident %1 is no longer in the database</source>
            <translation>l’incident %1 n’est plus dans la base</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>record %1</source>
            <translation>enregistrement %1</translation>
        </message>
        <message>
            <source>record %1 (%2)</source>
            <translation>enregistrement %1 (%2)</translation>
        </message>
        <message>
            <source>%1: nothing imported: %2</source>
            <translation>%1 : rien n’a été importé : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n would be added</source>
            <translation>
                <numerusform>%n serait ajouté</numerusform>
                <numerusform>%n seraient ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n would be replaced</source>
            <translation>
                <numerusform>%n serait remplacé</numerusform>
                <numerusform>%n seraient remplacés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>%n remplacé</numerusform>
                <numerusform>%n remplacés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>%n déjà présent</numerusform>
                <numerusform>%n déjà présents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> et %n autre</numerusform>
                <numerusform> et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: kept the stored version of %n incident(s) that differ from the file (use --replace to take the file's): %2</source>
            <translation>
                <numerusform>%1 : version enregistrée conservée pour %n incident qui diffère du fichier (utilisez --replace pour prendre celle du fichier) : %2</numerusform>
                <numerusform>%1 : version enregistrée conservée pour %n incidents qui diffèrent du fichier (utilisez --replace pour prendre celle du fichier) : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: duplicate of %2, skipped</source>
            <translation>%1 : doublon de %2, ignoré</translation>
        </message>
        <message>
            <source>%1: would be a new incident %2</source>
            <translation>%1 : serait un nouvel incident %2</translation>
        </message>
        <message>
            <source>%1: new incident %2</source>
            <translation>%1 : nouvel incident %2</translation>
        </message>
        <message>
            <source>%1: would be added as a source of %2 (%3)</source>
            <translation>%1 : serait ajouté comme source de %2 (%3)</translation>
        </message>
        <message>
            <source>%1: added source to %2 (%3)</source>
            <translation>%1 : ajouté comme source de %2 (%3)</translation>
        </message>
        <message>
            <source>vigie import: %1: warning: %2</source>
            <translation>vigie import : %1 : avertissement : %2</translation>
        </message>
        <message>
            <source>The files and folders to import.</source>
            <translation>Les fichiers et dossiers à importer.</translation>
        </message>
        <message>
            <source>Replace a stored incident by the dataset file's version when their ids match and their content differs.</source>
            <translation>Remplacer un incident enregistré par la version du fichier de jeu de données quand leurs identifiants sont identiques et leurs contenus différents.</translation>
        </message>
        <message>
            <source>Check the files and report what would change; write nothing.</source>
            <translation>Vérifier les fichiers et indiquer ce qui changerait, sans rien écrire.</translation>
        </message>
        <message>
            <source>no file to import; run 'vigie import --help'</source>
            <translation>aucun fichier à importer ; lancez « vigie import --help »</translation>
        </message>
        <message>
            <source>no article imported: %1</source>
            <translation>aucun article importé : %1</translation>
        </message>
        <message>
            <source>vigie import: %1: note: %2</source>
            <translation>vigie import : %1 : remarque : %2</translation>
        </message>
        <message>
            <source>Imports news articles (text, HTML, MHTML or PDF files, recognised by their content) and dataset files (JSON arrays of incident records, CSV files and STIX 2.1 bundles, as written by 'vigie export --format json|csv|stix', or STIX bundles of other tools) into the database; folders are walked recursively. Each article becomes a new incident, or a new source of the stored incident it reports (same victim, or same commune or department with a similar attack, within 7 days), or is skipped as a duplicate of an article already stored. The articles are stored in one transaction, each dataset file in its own: nothing is half-written. An incident of a dataset whose id is already in the database is skipped (reported when its content differs), unless --replace is given.</source>
            <translation>Importe dans la base des articles de presse (fichiers texte, HTML, MHTML ou PDF, reconnus à leur contenu) et des fichiers de données (tableaux JSON de fiches d’incident, fichiers CSV et paquets STIX 2.1, tels qu’écrits par « vigie export --format json|csv|stix », ou paquets STIX d’autres outils) ; les dossiers sont parcourus récursivement. Chaque article devient un nouvel incident, ou une nouvelle source de l’incident enregistré qu’il rapporte (même victime, ou même commune ou département avec une attaque semblable, à 7 jours près), ou est ignoré comme doublon d’un article déjà enregistré. Les articles sont enregistrés en une transaction, chaque fichier de données dans la sienne : rien n’est écrit à moitié. Un incident d’un fichier de données dont l’identifiant est déjà dans la base est ignoré (signalé si son contenu diffère), sauf avec --replace.</translation>
        </message>
        <message>
            <source>%1: skipped</source>
            <translation>%1 : ignoré</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n incident(s): %2</source>
            <translation>
                <numerusform>%1 : %n incident : %2</numerusform>
                <numerusform>%1 : %n incidents : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>; filled %1</source>
            <translation> ; complété : %1</translation>
        </message>
    </context>
    <context>
        <name>IncidentDetailPane</name>
        <message>
            <source>Occurred</source>
            <translation>Survenu</translation>
        </message>
        <message>
            <source>Disclosed</source>
            <translation>Révélé</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Victims</source>
            <translation>Victimes</translation>
        </message>
        <message>
            <source>Victim kind</source>
            <translation>Type de victime</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Threat actor</source>
            <translation>Attaquant</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Data spared</source>
            <translation>Données épargnées</translation>
        </message>
        <message>
            <source>Impacts</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <source>Ransom demanded</source>
            <translation>Rançon demandée</translation>
        </message>
        <message>
            <source>Records affected</source>
            <translation>Personnes concernées</translation>
        </message>
    </context>
    <context>
        <name>IncidentJson</name>
        <message>
            <source>"%1" is not an ISO 3166-1 alpha-2 code</source>
            <translation>« %1 » n’est pas un code ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <source>departments exist only in France</source>
            <translation>les départements n’existent qu’en France</translation>
        </message>
        <message>
            <source>"%1" is not an INSEE region code</source>
            <translation>« %1 » n’est pas un code de région INSEE</translation>
        </message>
        <message>
            <source>"%1" is not an INSEE department code</source>
            <translation>« %1 » n’est pas un code de département INSEE</translation>
        </message>
        <message>
            <source>department %1 is not in region %2</source>
            <translation>le département %1 n’est pas dans la région %2</translation>
        </message>
        <message>
            <source>disclosure before the attack</source>
            <translation>révélation antérieure à l’attaque</translation>
        </message>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>JSON invalide à l’octet %1 : %2</translation>
        </message>
        <message>
            <source>expected a JSON array of incident records</source>
            <translation>un tableau JSON d’incidents est attendu</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>enregistrement %1</translation>
        </message>
        <message>
            <source>record %1 (%2)</source>
            <translation>enregistrement %1 (%2)</translation>
        </message>
        <message>
            <source>%1: not an object</source>
            <translation>%1 : ce n’est pas un objet</translation>
        </message>
        <message>
            <source>%1, field id: duplicate id</source>
            <translation>%1, champ id : identifiant en double</translation>
        </message>
        <message>
            <source>expected a string or null</source>
            <translation>une chaîne ou null est attendu</translation>
        </message>
        <message>
            <source>"%1" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>« %1 » n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>expected a list of strings</source>
            <translation>une liste de chaînes est attendue</translation>
        </message>
        <message>
            <source>unknown value "%1"</source>
            <translation>valeur inconnue « %1 »</translation>
        </message>
        <message>
            <source>expected a list of values</source>
            <translation>une liste de valeurs est attendue</translation>
        </message>
        <message>
            <source>expected a whole non-negative number</source>
            <translation>un nombre entier positif ou nul est attendu</translation>
        </message>
        <message>
            <source>expected an object {amount, currency} or null</source>
            <translation>un objet {amount, currency} ou null est attendu</translation>
        </message>
        <message>
            <source>amount must be a non-negative number or null</source>
            <translation>amount doit être un nombre positif ou nul, ou null</translation>
        </message>
        <message>
            <source>currency must be a string or null</source>
            <translation>currency doit être une chaîne ou null</translation>
        </message>
        <message>
            <source>expected a list of sources</source>
            <translation>une liste de sources est attendue</translation>
        </message>
        <message>
            <source>source %1 is not an object</source>
            <translation>la source %1 n’est pas un objet</translation>
        </message>
        <message>
            <source>source %1: %2</source>
            <translation>source %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>IncidentRepository</name>
        <message>
            <source>An incident with id %1 already exists.</source>
            <translation>Un incident d’identifiant %1 existe déjà.</translation>
        </message>
        <message>
            <source>Storing incident %1 failed: %2</source>
            <translation>L’enregistrement de l’incident %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Storing source %1 failed: %2</source>
            <translation>L’enregistrement de la source %1 a échoué : %2</translation>
        </message>
        <message>
            <source>The database changed during the start of the import; try again.</source>
            <translation>La base a changé au début de l’import ; réessayez.</translation>
        </message>
        <message>
            <source>Restoring incident %1 failed: %2</source>
            <translation>Le rétablissement de l’incident %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Incident %1 is no longer in the database.</source>
            <translation>L’incident %1 n’est plus dans la base de données.</translation>
        </message>
        <message>
            <source>The article %1 is no longer a source of incident %2.</source>
            <translation>L’article %1 n’est plus une source de l’incident %2.</translation>
        </message>
        <message>
            <source>The article %1 was replaced by another one.</source>
            <translation>L’article %1 a été remplacé par un autre.</translation>
        </message>
        <message>
            <source>Restoring article %1 failed (it may have been imported again since): %2</source>
            <translation>La restauration de l’article %1 a échoué (il a peut-être été importé de nouveau depuis) : %2</translation>
        </message>
        <message>
            <source>Only a stored incident can be restored.</source>
            <translation>Seul un incident enregistré peut être restauré.</translation>
        </message>
        <message>
            <source>Incident %1 cannot be restored: its id is taken by another one.</source>
            <translation>L’incident %1 ne peut pas être restauré : son identifiant est pris par un autre.</translation>
        </message>
    </context>
    <context>
        <name>SavedViewRepository</name>
        <message>
            <source>A saved view needs a name.</source>
            <translation>Une vue enregistrée doit avoir un nom.</translation>
        </message>
        <message>
            <source>The view was not saved.</source>
            <translation>La vue n’a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Cannot rename the view to "%1": %2</source>
            <translation>Impossible de renommer la vue en « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation>La mise à niveau de la base de données vers le schéma %1 a échoué : %2</translation>
        </message>
    </context>
    <context>
        <name>Snapshot</name>
        <message>
            <source>Reading the incidents failed: %1</source>
            <translation>La lecture des incidents a échoué : %1</translation>
        </message>
        <message>
            <source>Too many distinct places (more than 65536) to filter on.</source>
            <translation>Trop de lieux distincts (plus de 65536) pour pouvoir filtrer.</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>Counts the incidents of the database per year (of occurred), per region (France) or country, and per attack type.</source>
            <translation>Compte les incidents de la base de données par année (de survenue), par région (France) ou par pays, et par type d’attaque.</translation>
        </message>
        <message>
            <source>Print the counts as JSON.</source>
            <translation>Afficher les comptes en JSON.</translation>
        </message>
        <message>
            <source>Count only the incidents that pass FILTER, in the text form of saved views, e.g. "region=32;from=2022".</source>
            <translation>Ne compter que les incidents qui passent FILTRE, sous la forme texte des vues enregistrées, par exemple "region=32;from=2022".</translation>
        </message>
        <message>
            <source>unexpected argument %1</source>
            <translation>argument inattendu %1</translation>
        </message>
        <message>
            <source>bad --filter: %1</source>
            <translation>--filter incorrect : %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>sans région</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>sans pays</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>Per year (of occurred)</source>
            <translation>Par année (de survenue)</translation>
        </message>
        <message>
            <source>Per region</source>
            <translation>Par région</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Other countries</source>
            <translation>Autres pays</translation>
        </message>
        <message>
            <source>Per attack type (an incident may have several)</source>
            <translation>Par type d’attaque (un incident peut en avoir plusieurs)</translation>
        </message>
        <message>
            <source>Incidents: %1</source>
            <translation>Incidents : %1</translation>
        </message>
    </context>
    <context>
        <name>StixReader</name>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>JSON invalide à l’octet %1 : %2</translation>
        </message>
        <message>
            <source>not a STIX 2.1 bundle (a JSON object of type "bundle" with "objects")</source>
            <translation>pas un paquet STIX 2.1 (un objet JSON de type « bundle » avec « objects »)</translation>
        </message>
        <message>
            <source>object %1: missing or malformed type or id</source>
            <translation>objet %1 : type ou identifiant absent ou mal formé</translation>
        </message>
        <message>
            <source>object %1 (%2): spec_version %3; only STIX 2.1 is read</source>
            <translation>objet %1 (%2) : spec_version %3 ; seul STIX 2.1 est lu</translation>
        </message>
        <message>
            <source>%1: duplicate incident id %2</source>
            <translation>%1 : identifiant d’incident en double %2</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) from another tool: mapped name, description, sources, victims, place, threat actor, data categories and attack types; dates, victim kind and impacts are not in STIX and stay empty</source>
            <translation>
                <numerusform>%n incident d’un autre outil : nom, description, sources, victimes, lieu, attaquant, catégories de données et types d’attaque repris ; les dates, le type de victime et les conséquences ne sont pas dans STIX et restent vides</numerusform>
                <numerusform>%n incidents d’un autre outil : nom, description, sources, victimes, lieu, attaquant, catégories de données et types d’attaque repris ; les dates, le type de victime et les conséquences ne sont pas dans STIX et restent vides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n object(s) of type %1</source>
            <translation>
                <numerusform>%n objet de type %1 ignoré</numerusform>
                <numerusform>%n objets de type %1 ignorés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextSearch</name>
        <message>
            <source>The search "%1" has an unterminated quote.</source>
            <translation>La recherche « %1 » contient un guillemet non fermé.</translation>
        </message>
        <message>
            <source>The full-text index could not be brought up to date: %1</source>
            <translation>L’index de recherche plein texte n’a pas pu être mis à jour : %1</translation>
        </message>
        <message>
            <source>The search "%1" failed: %2</source>
            <translation>La recherche « %1 » a échoué : %2</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>University hospital</source>
            <translation>CHU</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Centre hospitalier</translation>
        </message>
        <message>
            <source>Private clinic</source>
            <translation>Clinique privée</translation>
        </message>
        <message>
            <source>Hospital group</source>
            <translation>Groupe hospitalier</translation>
        </message>
        <message>
            <source>Health agency</source>
            <translation>Agence de santé</translation>
        </message>
        <message>
            <source>Nursing home</source>
            <translation>EHPAD</translation>
        </message>
        <message>
            <source>Laboratory</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Software vendor</source>
            <translation>Éditeur de logiciel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Ransomware</source>
            <translation>Rançongiciel</translation>
        </message>
        <message>
            <source>Data theft</source>
            <translation>Vol de données</translation>
        </message>
        <message>
            <source>DDoS</source>
            <translation>DDoS</translation>
        </message>
        <message>
            <source>Phishing</source>
            <translation>Hameçonnage</translation>
        </message>
        <message>
            <source>Credential abuse</source>
            <translation>Usurpation d’identifiants</translation>
        </message>
        <message>
            <source>Intrusion</source>
            <translation>Intrusion</translation>
        </message>
        <message>
            <source>Malware</source>
            <translation>Logiciel malveillant</translation>
        </message>
        <message>
            <source>Insider</source>
            <translation>Menace interne</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>Médicales</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financières</translation>
        </message>
        <message>
            <source>Social security number</source>
            <translation>Numéro de sécurité sociale</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Identifiants de connexion</translation>
        </message>
        <message>
            <source>Employee data</source>
            <translation>Données du personnel</translation>
        </message>
        <message>
            <source>Care disrupted</source>
            <translation>Soins perturbés</translation>
        </message>
        <message>
            <source>Patients diverted</source>
            <translation>Patients transférés</translation>
        </message>
        <message>
            <source>Surgery postponed</source>
            <translation>Opérations reportées</translation>
        </message>
        <message>
            <source>Crisis plan</source>
            <translation>Plan blanc</translation>
        </message>
        <message>
            <source>Paper mode</source>
            <translation>Mode dégradé (papier)</translation>
        </message>
        <message>
            <source>Systems shut down</source>
            <translation>Systèmes coupés</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>Aucun signalé</translation>
        </message>
    </context>
    <context>
        <name>vigie::cli::ExtractCommand</name>
        <message>
            <source>usage: vigie extract [--json] FILE...
Reads each article (text, HTML or PDF) and prints the incident it reports as one
JSON object per line, with the evidence for every field. Writes nothing.
</source>
            <translation>usage : vigie extract [--json] FILE...
Lit chaque article (texte, HTML ou PDF) et affiche l’incident qu’il rapporte sous la forme
d’un objet JSON par ligne, avec les éléments justifiant chaque champ. N’écrit rien.
</translation>
        </message>
        <message>
            <source>vigie extract: unknown option %1</source>
            <translation>vigie extract : option inconnue %1</translation>
        </message>
        <message>
            <source>usage: vigie extract [--json] FILE...</source>
            <translation>usage : vigie extract [--json] FILE...</translation>
        </message>
    </context>
    <context>
        <name>vigie::commands</name>
        <message>
            <source>no text in the article</source>
            <translation>aucun texte dans l’article</translation>
        </message>
        <message>
            <source>no incident found: the article names no victim, attack or threat actor</source>
            <translation>aucun incident trouvé : l’article ne nomme ni victime, ni attaque, ni acteur malveillant</translation>
        </message>
        <message>
            <source>%1 was stored by another import since this batch was read; import the batch again</source>
            <translation>%1 a été enregistré par un autre import depuis la lecture de ce lot ; importez à nouveau le lot</translation>
        </message>
        <message>
            <source>an article stored since staging</source>
            <translation>un article enregistré depuis la préparation de l’import</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>same victim (%1)</source>
            <translation>même victime (%1)</translation>
        </message>
        <message>
            <source>same commune and a similar attack</source>
            <translation>même commune et attaque similaire</translation>
        </message>
        <message>
            <source>same department and a similar attack</source>
            <translation>même département et attaque similaire</translation>
        </message>
        <message>
            <source>%1, same dates</source>
            <translation>%1, mêmes dates</translation>
        </message>
        <message>
            <source>%1, %2 days apart</source>
            <translation>%1, à %2 jours d’écart</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>la modification de %1</translation>
        </message>
        <message>
            <source>The incident to edit is no longer in the database.</source>
            <translation>L’incident à modifier n’est plus dans la base.</translation>
        </message>
        <message>
            <source>Merge %1 into %2</source>
            <translation>la fusion de %1 dans %2</translation>
        </message>
        <message>
            <source>Merge incidents</source>
            <translation>la fusion d’incidents</translation>
        </message>
        <message>
            <source>Both incidents must be stored, and different, to be merged.</source>
            <translation>Pour être fusionnés, les deux incidents doivent être enregistrés et distincts.</translation>
        </message>
        <message>
            <source>incident %1 is no longer in the database</source>
            <translation>l’incident %1 n’est plus dans la base</translation>
        </message>
    </context>
    <context>
        <name>vigie::geo::IncidentPlaces</name>
        <message>
            <source>Could not read the incidents' towns: %1</source>
            <translation>Impossible de lire les villes des incidents : %1</translation>
        </message>
    </context>
    <context>
        <name>vigie::geo::MapData</name>
        <message>
            <source>Cannot open the map geometry %1: %2</source>
            <translation>Impossible d’ouvrir la géométrie de carte %1 : %2</translation>
        </message>
        <message>
            <source>The map geometry %1 is not valid JSON: %2</source>
            <translation>La géométrie de carte %1 n’est pas du JSON valide : %2</translation>
        </message>
        <message>
            <source>The map geometry %1 has an unknown format</source>
            <translation>La géométrie de carte %1 est dans un format inconnu</translation>
        </message>
        <message>
            <source>The map geometry %1 lacks an overseas department</source>
            <translation>Il manque un département d’outre-mer dans la géométrie de carte %1</translation>
        </message>
        <message>
            <source>The map geometry %1 has an empty level</source>
            <translation>La géométrie de carte %1 a un niveau vide</translation>
        </message>
    </context>
    <context>
        <name>vigie::import</name>
        <message>
            <source>PNG image</source>
            <translation>image PNG</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>image JPEG</translation>
        </message>
        <message>
            <source>GIF image</source>
            <translation>image GIF</translation>
        </message>
        <message>
            <source>WebP image</source>
            <translation>image WebP</translation>
        </message>
        <message>
            <source>TIFF image</source>
            <translation>image TIFF</translation>
        </message>
        <message>
            <source>ZIP archive (or an office document)</source>
            <translation>archive ZIP (ou document bureautique)</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>archive ZIP</translation>
        </message>
        <message>
            <source>gzip archive</source>
            <translation>archive gzip</translation>
        </message>
        <message>
            <source>xz archive</source>
            <translation>archive xz</translation>
        </message>
        <message>
            <source>7-Zip archive</source>
            <translation>archive 7-Zip</translation>
        </message>
        <message>
            <source>RAR archive</source>
            <translation>archive RAR</translation>
        </message>
        <message>
            <source>tar archive</source>
            <translation>archive tar</translation>
        </message>
        <message>
            <source>executable program</source>
            <translation>programme exécutable</translation>
        </message>
        <message>
            <source>old Microsoft Office document</source>
            <translation>ancien document Microsoft Office</translation>
        </message>
        <message>
            <source>RTF document</source>
            <translation>document RTF</translation>
        </message>
        <message>
            <source>SQLite database</source>
            <translation>base de données SQLite</translation>
        </message>
        <message>
            <source>MP3 audio</source>
            <translation>audio MP3</translation>
        </message>
        <message>
            <source>MP4 video</source>
            <translation>vidéo MP4</translation>
        </message>
        <message>
            <source>Ogg media</source>
            <translation>média Ogg</translation>
        </message>
        <message>
            <source>Matroska/WebM video</source>
            <translation>vidéo Matroska/WebM</translation>
        </message>
        <message>
            <source>web font</source>
            <translation>police web</translation>
        </message>
        <message>
            <source>unknown binary data</source>
            <translation>données binaires inconnues</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>fichier ou dossier introuvable</translation>
        </message>
        <message>
            <source>cannot read the folder</source>
            <translation>impossible de lire le dossier</translation>
        </message>
        <message>
            <source>empty folder: no files to read</source>
            <translation>dossier vide : aucun fichier à lire</translation>
        </message>
        <message>
            <source>the HTML is nested too deeply (%1 levels; the limit is %2): not a readable web page</source>
            <translation>le HTML est trop profondément imbriqué (%1 niveaux ; la limite est de %2) : ce n’est pas une page web lisible</translation>
        </message>
        <message>
            <source>the HTML could not be parsed</source>
            <translation>le HTML n’a pas pu être analysé</translation>
        </message>
        <message>
            <source>no HTML parsed</source>
            <translation>aucun HTML analysé</translation>
        </message>
        <message>
            <source>invalid %1 byte sequences were replaced by �</source>
            <translation>les séquences d’octets %1 invalides ont été remplacées par �</translation>
        </message>
        <message>
            <source>damaged PDF: the file could not be opened (corrupt or truncated)</source>
            <translation>PDF endommagé : le fichier n’a pas pu être ouvert (corrompu ou tronqué)</translation>
        </message>
        <message>
            <source>the PDF is protected by a password: open it and save an unprotected copy, or copy its text</source>
            <translation>le PDF est protégé par un mot de passe : ouvrez-le et enregistrez-en une copie non protégée, ou copiez son texte</translation>
        </message>
        <message>
            <source>damaged PDF: no pages could be read</source>
            <translation>PDF endommagé : aucune page n’a pu être lue</translation>
        </message>
        <message>
            <source>the PDF looks truncated (no end-of-file marker): text may be missing</source>
            <translation>le PDF semble tronqué (pas de marqueur de fin de fichier) : du texte peut manquer</translation>
        </message>
        <message>
            <source>the PDF has no text layer (scanned pages?): run OCR first</source>
            <translation>le PDF n’a pas de couche texte (pages numérisées ?) : passez-le d’abord à l’OCR</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) without text</source>
            <translation>
                <numerusform>%n page sans texte</numerusform>
                <numerusform>%n pages sans texte</numerusform>
            </translation>
        </message>
        <message>
            <source>reading cancelled</source>
            <translation>lecture annulée</translation>
        </message>
        <message>
            <source>no text in the file</source>
            <translation>aucun texte dans le fichier</translation>
        </message>
        <message>
            <source>damaged web archive (MHTML): no MIME header</source>
            <translation>archive web (MHTML) endommagée : pas d’en-tête MIME</translation>
        </message>
        <message>
            <source>damaged web archive (MHTML): no part boundary</source>
            <translation>archive web (MHTML) endommagée : pas de délimiteur de parties</translation>
        </message>
        <message>
            <source>web archive (MHTML) without an HTML page</source>
            <translation>archive web (MHTML) sans page HTML</translation>
        </message>
        <message>
            <source>empty file</source>
            <translation>fichier vide</translation>
        </message>
        <message>
            <source>not an article: binary file (%1)</source>
            <translation>ce n’est pas un article : fichier binaire (%1)</translation>
        </message>
        <message>
            <source>unsupported file format</source>
            <translation>format de fichier non pris en charge</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>file too large (%1 MB; articles are limited to %2 MB)</source>
            <translation>fichier trop volumineux (%1 Mo ; les articles sont limités à %2 Mo)</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>impossible d’ouvrir le fichier : %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>file too large (articles are limited to %1 MB)</source>
            <translation>fichier trop volumineux (les articles sont limités à %1 Mo)</translation>
        </message>
        <message>
            <source>too much data (%1 MB; articles are limited to %2 MB)</source>
            <translation>trop de données (%1 Mo ; les articles sont limités à %2 Mo)</translation>
        </message>
        <message>
            <source>only a web address: Vigie works offline, so drop the saved page or its text</source>
            <translation>seulement une adresse web : Vigie fonctionne hors ligne, déposez donc la page enregistrée ou son texte</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ChartData</name>
        <message>
            <source>Incidents over time, by attack type</source>
            <translation>Incidents dans le temps, par type d’attaque</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Incidents by region</source>
            <translation>Incidents par région</translation>
        </message>
        <message>
            <source>Kinds of victim</source>
            <translation>Types de victime</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Incidents to date</source>
            <translation>Incidents cumulés</translation>
        </message>
        <message>
            <source>Most active threat actors</source>
            <translation>Groupes malveillants les plus actifs</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) name no threat actor.</source>
            <translation>
                <numerusform>%n incident ne nomme aucun groupe malveillant.</numerusform>
                <numerusform>%n incidents ne nomment aucun groupe malveillant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year on a chart axis, e.g. "Q2 2023"</extracomment>
            <translation>T%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) without a date.</source>
            <translation>
                <numerusform>%n incident sans date.</numerusform>
                <numerusform>%n incidents sans date.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not shown: %1 known only to the year, %2 without a date.</source>
            <translation>Non affichés : %1 connus seulement à l’année, %2 sans date.</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n incident(s) known only to the year.</source>
            <translation>
                <numerusform>Non affiché : %n incident connu seulement à l’année.</numerusform>
                <numerusform>Non affichés : %n incidents connus seulement à l’année.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n incident(s) without a date.</source>
            <translation>
                <numerusform>Non affiché : %n incident sans date.</numerusform>
                <numerusform>Non affichés : %n incidents sans date.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type not stated</source>
            <translation>Type non précisé</translation>
        </message>
        <message numerus="yes">
            <source>Other (%n)</source>
            <translation>
                <numerusform>Autre (%n)</numerusform>
                <numerusform>Autres (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ChartFigure</name>
        <message>
            <source>Selected period</source>
            <translation>Période sélectionnée</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>jusqu’au %1</translation>
        </message>
        <message>
            <source>No incident to chart under this filter.</source>
            <translation>Aucun incident à représenter avec ce filtre.</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations</source>
            <translation>Cyberattaques contre les établissements de santé</translation>
        </message>
        <message>
            <source>Unknown chart "%1": use one of %2.</source>
            <translation>Graphique « %1 » inconnu : utilisez l’un de %2.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ChartView</name>
        <message>
            <source>no incident under this filter</source>
            <translation>aucun incident avec ce filtre</translation>
        </message>
        <message>
            <source>Click a bar or slice to filter every view; Ctrl+click adds to the selection; click a selected one to remove it.</source>
            <translation>Cliquez sur une barre ou une part pour filtrer toutes les vues ; Ctrl+clic l’ajoute à la sélection ; un clic sur un élément sélectionné le retire.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ChartsPanel</name>
        <message>
            <source>Show every chart, or one chart large</source>
            <translation>Afficher tous les graphiques, ou un seul en grand</translation>
        </message>
        <message>
            <source>All charts</source>
            <translation>Tous les graphiques</translation>
        </message>
        <message>
            <source>Periods of the charts over time</source>
            <translation>Périodes des graphiques dans le temps</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>Par trimestre</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Par année</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save the charts as shown as PNG, SVG or PDF, with title, legend, filters and source</source>
            <translation>Enregistrer les graphiques tels qu’affichés en PNG, SVG ou PDF, avec titre, légende, filtres et source</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the charts as shown to the clipboard (image and SVG)</source>
            <translation>Copier les graphiques tels qu’affichés dans le presse-papiers (image et SVG)</translation>
        </message>
        <message>
            <source>Copy charts</source>
            <translation>Copier les graphiques</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Exporter les graphiques</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations</source>
            <translation>Cyberattaques contre les établissements de santé</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::DataExportDialog</name>
        <message>
            <source>Export Data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <source>CSV (spreadsheets)</source>
            <translation>CSV (tableurs)</translation>
        </message>
        <message>
            <source>JSON (Vigie dataset)</source>
            <translation>JSON (jeu de données Vigie)</translation>
        </message>
        <message>
            <source>GeoJSON (maps)</source>
            <translation>GeoJSON (cartes)</translation>
        </message>
        <message>
            <source>STIX 2.1 (threat intelligence)</source>
            <translation>STIX 2.1 (renseignement sur la menace)</translation>
        </message>
        <message>
            <source>Start with a byte order mark (for Excel)</source>
            <translation>Commencer par une marque d’ordre des octets (pour Excel)</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Virgule ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; ), for French spreadsheets</source>
            <translation>Point-virgule ( ; ), pour les tableurs en français</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <source>One shape per area with its counts, instead of one point per incident</source>
            <translation>Une forme par zone avec ses effectifs, au lieu d’un point par incident</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Départements</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s): the filtered set, as the table shows it.</source>
            <translation>
                <numerusform>%n incident : l’ensemble filtré, tel que le tableau le montre.</numerusform>
                <numerusform>%n incidents : l’ensemble filtré, tel que le tableau le montre.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>CSV:</source>
            <translation>CSV :</translation>
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation>&amp;Séparateur :</translation>
        </message>
        <message>
            <source>GeoJSON:</source>
            <translation>GeoJSON :</translation>
        </message>
        <message>
            <source>&amp;Areas:</source>
            <translation>&amp;Zones :</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>GeoJSON files (*.geojson *.json)</source>
            <translation>Fichiers GeoJSON (*.geojson *.json)</translation>
        </message>
        <message>
            <source>STIX bundles (*.json)</source>
            <translation>Paquets STIX (*.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::DataTransfer</name>
        <message>
            <source>Undo Import</source>
            <translation>Annuler l’import</translation>
        </message>
        <message>
            <source>Redo Import</source>
            <translation>Rétablir l’import</translation>
        </message>
        <message>
            <source>&amp;Export Data…</source>
            <translation>&amp;Exporter les données…</translation>
        </message>
        <message>
            <source>Write the filtered incidents as CSV, JSON, GeoJSON or STIX 2.1</source>
            <translation>Écrire les incidents filtrés en CSV, JSON, GeoJSON ou STIX 2.1</translation>
        </message>
        <message>
            <source>&amp;Import Dataset…</source>
            <translation>&amp;Importer un jeu de données…</translation>
        </message>
        <message>
            <source>Add the incidents of a Vigie JSON or CSV export or of a STIX 2.1 bundle</source>
            <translation>Ajouter les incidents d’un export JSON ou CSV de Vigie ou d’un paquet STIX 2.1</translation>
        </message>
        <message>
            <source>Unknown export format %1.</source>
            <translation>Format d’export inconnu : %1.</translation>
        </message>
        <message>
            <source>%1 is the database itself.</source>
            <translation>%1 est la base de données elle-même.</translation>
        </message>
        <message>
            <source>Incident %1 could not be read.</source>
            <translation>L’incident %1 n’a pas pu être lu.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n incident(s)…</source>
            <translation>
                <numerusform>Export de %n incident…</numerusform>
                <numerusform>Export de %n incidents…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Annulé : rien n’a été importé.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Rien n’a été importé : %1</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>l’import de %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n incident(s) read</source>
            <translation>
                <numerusform>%1 (%2) : %n incident lu</numerusform>
                <numerusform>%1 (%2) : %n incidents lus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>%n déjà présent</numerusform>
                <numerusform>%n déjà présents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stored incident(s) differ from the file and were kept as they are (use 'vigie import --replace' to take the file's): %1</source>
            <translation>
                <numerusform>%n incident enregistré diffère du fichier et a été gardé tel quel (« vigie import --replace » prend la version du fichier) : %1</numerusform>
                <numerusform>%n incidents enregistrés diffèrent du fichier et ont été gardés tels quels (« vigie import --replace » prend la version du fichier) : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidents</translation>
        </message>
        <message>
            <source>Export Data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <source>Import Dataset</source>
            <translation>Importer un jeu de données</translation>
        </message>
        <message>
            <source>Datasets (*.json *.csv);;All files (*)</source>
            <translation>Jeux de données (*.json *.csv);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::DropOverlay</name>
        <message>
            <source>Drop to import articles</source>
            <translation>Déposez pour importer les articles</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FacetList</name>
        <message>
            <source>Show or hide this list</source>
            <translation>Afficher ou masquer cette liste</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Clear this filter</source>
            <translation>Effacer ce filtre</translation>
        </message>
        <message>
            <source>Find in the list…</source>
            <translation>Chercher dans la liste…</translation>
        </message>
        <message>
            <source>%1: no incident under the other filters</source>
            <translation>%1 : aucun incident avec les autres filtres</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n incident(s) under the other filters</source>
            <translation>
                <numerusform>%1 : %n incident avec les autres filtres</numerusform>
                <numerusform>%1 : %n incidents avec les autres filtres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n selected)</source>
            <translation>
                <numerusform>%1 (%n choisi)</numerusform>
                <numerusform>%1 (%n choisis)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FigureExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>%1 dpi</source>
            <translation>%1 ppp</translation>
        </message>
        <message>
            <source>PNG only: the same layout with more pixels, for print</source>
            <translation>PNG seulement : la même mise en page avec plus de pixels, pour l’impression</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Largeur :</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Hauteur :</translation>
        </message>
        <message>
            <source>Resolution:</source>
            <translation>Résolution :</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Name the file .png, .svg or .pdf.</source>
            <translation>Nommez le fichier .png, .svg ou .pdf.</translation>
        </message>
        <message>
            <source>A %1×%2 pixel image, %3×%4 cm in print.</source>
            <translation>Une image de %1×%2 pixels, %3×%4 cm à l’impression.</translation>
        </message>
        <message>
            <source>A vector drawing of %1×%2 cm.</source>
            <translation>Un dessin vectoriel de %1×%2 cm.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FigureFrame</name>
        <message>
            <source>Filters: %1</source>
            <translation>Filtres : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FigureWriter</name>
        <message>
            <source>Not enough memory for a %1×%2 image.</source>
            <translation>Mémoire insuffisante pour une image de %1×%2.</translation>
        </message>
        <message>
            <source>The figure size %1×%2 is out of range (%3×%4 to %5×%5).</source>
            <translation>La taille de figure %1×%2 est hors limites (de %3×%4 à %5×%5).</translation>
        </message>
        <message>
            <source>The resolution %1 dpi is out of range (36 to 1200 dpi).</source>
            <translation>La résolution de %1 ppp est hors limites (de 36 à 1200 ppp).</translation>
        </message>
        <message>
            <source>A %1×%2 figure at %3 dpi would be a %4×%5 image: too large.</source>
            <translation>Une figure de %1×%2 à %3 ppp donnerait une image de %4×%5 : trop grande.</translation>
        </message>
        <message>
            <source>Could not encode the figure as PNG.</source>
            <translation>Impossible d’encoder la figure en PNG.</translation>
        </message>
        <message>
            <source>Could not start the SVG export.</source>
            <translation>Impossible de lancer l’export SVG.</translation>
        </message>
        <message>
            <source>Could not start the PDF export.</source>
            <translation>Impossible de lancer l’export PDF.</translation>
        </message>
        <message>
            <source>Cannot tell the format of "%1": use a .png, .svg or .pdf file name.</source>
            <translation>Format de « %1 » inconnu : utilisez un nom de fichier en .png, .svg ou .pdf.</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>Impossible d’écrire « %1 » : %2</translation>
        </message>
        <message>
            <source>Could not draw the figure for the clipboard.</source>
            <translation>Impossible de dessiner la figure pour le presse-papiers.</translation>
        </message>
        <message>
            <source>No clipboard is available.</source>
            <translation>Aucun presse-papiers n’est disponible.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FilterPanel</name>
        <message>
            <source>&amp;Reset All Filters</source>
            <translation>&amp;Réinitialiser tous les filtres</translation>
        </message>
        <message>
            <source>Show every incident again</source>
            <translation>Afficher de nouveau tous les incidents</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>Tout réinitialiser</translation>
        </message>
        <message>
            <source>Clear every filter (%1)</source>
            <translation>Effacer tous les filtres (%1)</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Départements</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Victim kinds</source>
            <translation>Types de victime</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Impacts</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <source>Top threat actors</source>
            <translation>Principaux attaquants</translation>
        </message>
        <message>
            <source>Search titles, victims and articles…</source>
            <translation>Rechercher dans les titres, victimes et articles…</translation>
        </message>
        <message>
            <source>Every word must occur; accents and case do not matter.
secu* matches words starting with secu; "plan blanc" matches the phrase.</source>
            <translation>Tous les mots doivent figurer ; accents et majuscules sont ignorés.
secu* trouve les mots commençant par secu ; "plan blanc" trouve l’expression exacte.</translation>
        </message>
        <message>
            <source>Full-text search</source>
            <translation>Recherche en texte intégral</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Clear the date range</source>
            <translation>Effacer la période</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Survenu</translation>
        </message>
        <message>
            <source>Disclosed</source>
            <translation>Révélé</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Which date the range and the timeline use</source>
            <translation>La date qu’utilisent la période et la frise chronologique</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>First year, month or day of the range; empty: open</source>
            <translation>Première année, premier mois ou premier jour de la période ; vide : sans limite</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <source>Last year, month or day of the range (2024 means to the end of 2024); empty: open</source>
            <translation>Dernière année, dernier mois ou dernier jour de la période (2024 signifie jusqu’à fin 2024) ; vide : sans limite</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Ransom</source>
            <translation>Rançon</translation>
        </message>
        <message>
            <source>R&amp;ansom:</source>
            <translation>R&amp;ançon :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>Ransom demanded (%1)</source>
            <translation>Rançon demandée (%1)</translation>
        </message>
        <message>
            <source>No ransom mentioned (%1)</source>
            <translation>Aucune rançon mentionnée (%1)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FilterText</name>
        <message>
            <source>until %1</source>
            <translation>jusqu’à %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>depuis %1</translation>
        </message>
        <message>
            <source>data: %1</source>
            <translation>données : %1</translation>
        </message>
        <message>
            <source>ransom demanded</source>
            <translation>rançon demandée</translation>
        </message>
        <message>
            <source>no ransom mentioned</source>
            <translation>aucune rançon mentionnée</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Vigie — %n incident(s) — %1</source>
            <translation>
                <numerusform>Vigie — %n incident — %1</numerusform>
                <numerusform>Vigie — %n incidents — %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ImportOutcomeDialog</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1; filled %2</source>
            <translation>%1 ; complété : %2</translation>
        </message>
        <message>
            <source>same text as %1</source>
            <translation>même texte que %1</translation>
        </message>
        <message>
            <source>left out in the review</source>
            <translation>écarté à la relecture</translation>
        </message>
        <message>
            <source>Import Results</source>
            <translation>Résultats de l’import</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <source>Added source</source>
            <translation>Source ajoutée</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Doublon</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Écarté</translation>
        </message>
        <message numerus="yes">
            <source>%n new incident(s)</source>
            <translation>
                <numerusform>%n nouvel incident</numerusform>
                <numerusform>%n nouveaux incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s) added</source>
            <translation>
                <numerusform>%n source ajoutée</numerusform>
                <numerusform>%n sources ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n doublon</numerusform>
                <numerusform>%n doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n écarté</numerusform>
                <numerusform>%n écartés</numerusform>
            </translation>
        </message>
        <message>
            <source>no article</source>
            <translation>aucun article</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s): %1</source>
            <translation>
                <numerusform>%n article importé : %1</numerusform>
                <numerusform>%n articles importés : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Rien d’importé : %1</translation>
        </message>
        <message>
            <source>Import discarded: nothing was stored</source>
            <translation>Import abandonné : rien n’a été enregistré</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was stored</source>
            <translation>Import annulé : rien n’a été enregistré</translation>
        </message>
        <message>
            <source>Import failed, nothing was stored: %1</source>
            <translation>L’import a échoué, rien n’a été enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ImportStatus</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the import; nothing of this batch is stored</source>
            <translation>Arrêter l’import ; rien de ce lot n’est enregistré</translation>
        </message>
        <message>
            <source>Reviewing the articles…</source>
            <translation>Relecture des articles…</translation>
        </message>
        <message numerus="yes">
            <source>Storing %n article(s)…</source>
            <translation>
                <numerusform>Enregistrement de %n article…</numerusform>
                <numerusform>Enregistrement de %n articles…</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for articles…</source>
            <translation>Recherche des articles…</translation>
        </message>
        <message numerus="yes">
            <source>Reading articles: %1 of %n</source>
            <translation>
                <numerusform>Lecture des articles : %1 sur %n</numerusform>
                <numerusform>Lecture des articles : %1 sur %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::IncidentDetailPane</name>
        <message>
            <source>No incident selected.

Select a row of the table to see every field of the incident, its summary and its sources.</source>
            <translation>Aucun incident sélectionné.

Sélectionnez une ligne du tableau pour voir tous les champs de l’incident, son résumé et ses sources.</translation>
        </message>
        <message>
            <source>The incident's stable identifier</source>
            <translation>L’identifiant stable de l’incident</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit every field of this incident (Ctrl+E)</source>
            <translation>Modifier tous les champs de cet incident (Ctrl+E)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) selected; showing the current one.</source>
            <translation>
                <numerusform>%n incident sélectionné, affiché ci-dessous.</numerusform>
                <numerusform>%n incidents sélectionnés ; affichage de l’incident courant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled incident</source>
            <translation>Incident sans titre</translation>
        </message>
        <message>
            <source>No summary.</source>
            <translation>Pas de résumé.</translation>
        </message>
        <message>
            <source>Yes, amount not stated</source>
            <translation>Oui, montant non précisé</translation>
        </message>
        <message>
            <source>Sources (%1)</source>
            <translation>Sources (%1)</translation>
        </message>
        <message>
            <source>No source recorded.</source>
            <translation>Aucune source enregistrée.</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>Ouvrir la source</translation>
        </message>
        <message>
            <source>The system could not open %1 in a web browser.</source>
            <translation>Le système n’a pas pu ouvrir %1 dans un navigateur web.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::IncidentTableModel</name>
        <message numerus="yes">
            <source>%1 (+%n more)</source>
            <translation>
                <numerusform>%1 (+%n autre)</numerusform>
                <numerusform>%1 (+%n autres)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Survenu</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <source>Victim kind</source>
            <translation>Type de victime</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Impacts</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <source>Threat actor</source>
            <translation>Attaquant</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>When the attack happened or started, to the precision the sources give</source>
            <translation>Date de l’attaque ou de son début, à la précision que donnent les sources</translation>
        </message>
        <message>
            <source>Number of public sources</source>
            <translation>Nombre de sources publiques</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::IncidentTableView</name>
        <message>
            <source>No incidents in this database yet.</source>
            <translation>Aucun incident dans cette base de données pour l’instant.</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Rétablir les colonnes</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MainWindow</name>
        <message>
            <source>&amp;Open Database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>Open another Vigie database</source>
            <translation>Ouvrir une autre base de données Vigie</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>Create a new database, empty or with the bundled dataset</source>
            <translation>Créer une base de données, vide ou avec le jeu de données intégré</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>Exporter un &amp;rapport…</translation>
        </message>
        <message>
            <source>Write a PDF report of the filtered incidents: figures, timeline, map and sources</source>
            <translation>Écrire un rapport PDF des incidents filtrés : chiffres, frise, carte et sources</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <source>&amp;Edit Incident…</source>
            <translation>&amp;Modifier l’incident…</translation>
        </message>
        <message>
            <source>Edit every field of the current incident</source>
            <translation>Modifier tous les champs de l’incident courant</translation>
        </message>
        <message>
            <source>&amp;Merge Incidents…</source>
            <translation>F&amp;usionner les incidents…</translation>
        </message>
        <message>
            <source>Make the two selected incidents one</source>
            <translation>Faire des deux incidents sélectionnés un seul</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the selected incidents as tab-separated text</source>
            <translation>Copier les incidents sélectionnés en texte séparé par des tabulations</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>&amp;Rétablir la disposition</translation>
        </message>
        <message>
            <source>Put every panel and table column back in its place</source>
            <translation>Remettre chaque panneau et chaque colonne du tableau à sa place</translation>
        </message>
        <message>
            <source>&amp;About Vigie</source>
            <translation>À &amp;propos de Vigie</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Show or hide the incident's details</source>
            <translation>Afficher ou masquer le détail de l’incident</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Show or hide the charts</source>
            <translation>Afficher ou masquer les graphiques</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>Show or hide the filter panel</source>
            <translation>Afficher ou masquer le panneau des filtres</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n incident(s)</source>
            <translation>
                <numerusform>%1 sur %n incident</numerusform>
                <numerusform>%1 sur %n incidents</numerusform>
            </translation>
        </message>
        <message>
            <source>Vigie</source>
            <translation>Vigie</translation>
        </message>
        <message>
            <source>%1 — Vigie</source>
            <translation>%1 — Vigie</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 ouvert</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>There is no database file at %1.</source>
            <translation>Il n’y a pas de fichier de base de données à l’emplacement %1.</translation>
        </message>
        <message>
            <source>Vigie cannot open %1.

%2</source>
            <translation>Vigie ne peut pas ouvrir %1.

%2</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>%1 already exists. Vigie does not overwrite a file; use Open Database… to open it, or choose another name.</source>
            <translation>%1 existe déjà. Vigie n’écrase pas un fichier : utilisez « Ouvrir une base de données… » pour l’ouvrir, ou choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Vigie cannot create %1.

%2</source>
            <translation>Vigie ne peut pas créer %1.

%2</translation>
        </message>
        <message>
            <source>Vigie databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données Vigie (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>incidents.sqlite</source>
            <translation>incidents.sqlite</translation>
        </message>
        <message>
            <source>Vigie databases (*.sqlite *.db)</source>
            <translation>Bases de données Vigie (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>Start the new database with the bundled dataset of documented incidents?

Choose No for an empty database.</source>
            <translation>Commencer la nouvelle base de données avec le jeu de données intégré d’incidents documentés ?

Choisissez Non pour une base vide.</translation>
        </message>
        <message>
            <source>vigie-report-%1.pdf</source>
            <translation>vigie-rapport-%1.pdf</translation>
        </message>
        <message>
            <source>Export Report</source>
            <translation>Exporter un rapport</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Vigie cannot prepare the report.

%1</source>
            <translation>Vigie ne peut pas préparer le rapport.

%1</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Écriture du rapport…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Vigie could not write the report.

%1</source>
            <translation>Vigie n’a pas pu écrire le rapport.

%1</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Rapport écrit dans %1</translation>
        </message>
        <message>
            <source>About Vigie</source>
            <translation>À propos de Vigie</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Follows cyberattacks on hospitals: a table, a timeline, a map and charts of documented incidents, and the articles that report them.&lt;/p&gt;&lt;p&gt;Vigie works offline: it never loads remote content. Sources open in your web browser.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Suit les cyberattaques contre les hôpitaux : un tableau, une frise chronologique, une carte et des graphiques des incidents documentés, et les articles qui les rapportent.&lt;/p&gt;&lt;p&gt;Vigie fonctionne hors ligne : il ne charge jamais de contenu distant. Les sources s’ouvrent dans votre navigateur web.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Edit Incident</source>
            <translation>Modifier l’incident</translation>
        </message>
        <message>
            <source>The incident could not be saved.

%1</source>
            <translation>L’incident n’a pas pu être enregistré.

%1</translation>
        </message>
        <message>
            <source>Merge Incidents</source>
            <translation>Fusionner les incidents</translation>
        </message>
        <message>
            <source>The incidents could not be merged.

%1</source>
            <translation>Les incidents n’ont pas pu être fusionnés.

%1</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Filtering is unavailable: %1</source>
            <translation>Le filtrage est indisponible : %1</translation>
        </message>
        <message>
            <source>Show or hide the timeline</source>
            <translation>Afficher ou masquer la frise chronologique</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Show or hide the map</source>
            <translation>Afficher ou masquer la carte</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapExport</name>
        <message>
            <source>No map geometry to export.</source>
            <translation>Aucune géométrie de carte à exporter.</translation>
        </message>
        <message>
            <source>Vigie map</source>
            <translation>Carte Vigie</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapFeed</name>
        <message>
            <source>Mostly %1 (%2 of %3)</source>
            <translation>Surtout : %1 (%2 sur %3)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapLayout</name>
        <message>
            <source>Incidents per 100,000 inhabitants</source>
            <translation>Incidents pour 100 000 habitants</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>No population figure</source>
            <translation>Population inconnue</translation>
        </message>
        <message>
            <source>Shared regional system</source>
            <translation>Système régional mutualisé</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <source>Towns (circle area: incidents)</source>
            <translation>Villes (aire du cercle : incidents)</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) without a known town not shown</source>
            <translation>
                <numerusform>%n incident sans ville connue, non affiché</numerusform>
                <numerusform>%n incidents sans ville connue, non affichés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapPanel</name>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Départements</translation>
        </message>
        <message>
            <source>World</source>
            <translation>Monde</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Per 100,000</source>
            <translation>Pour 100 000</translation>
        </message>
        <message>
            <source>Incidents per 100,000 inhabitants (INSEE population)</source>
            <translation>Incidents pour 100 000 habitants (population INSEE)</translation>
        </message>
        <message>
            <source>Number of incidents</source>
            <translation>Nombre d’incidents</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Villes</translation>
        </message>
        <message>
            <source>Show incidents at their town, as circles sized by count</source>
            <translation>Afficher les incidents dans leur ville, en cercles proportionnels au nombre</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Carte entière</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save the map as PNG, SVG or PDF, as shown</source>
            <translation>Enregistrer la carte telle qu’affichée en PNG, SVG ou PDF</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the map as shown to the clipboard (image and SVG)</source>
            <translation>Copier la carte telle qu’affichée dans le presse-papiers (image et SVG)</translation>
        </message>
        <message>
            <source>Vigie map</source>
            <translation>Carte Vigie</translation>
        </message>
        <message>
            <source>Copy map</source>
            <translation>Copier la carte</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Exporter la carte</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapView</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 per 100,000 inhabitants (population %2)</source>
            <translation>%1 pour 100 000 habitants (population %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n town(s)</source>
            <translation>
                <numerusform>%n ville</numerusform>
                <numerusform>%n villes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more town(s)</source>
            <translation>
                <numerusform>et %n autre ville</numerusform>
                <numerusform>et %n autres villes</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>Cliquer pour zoomer</translation>
        </message>
        <message>
            <source>Click to list the incidents</source>
            <translation>Cliquer pour lister les incidents</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>Incident %1</translation>
        </message>
        <message numerus="yes">
            <source>Select all %n incident(s)</source>
            <translation>
                <numerusform>Sélectionner l’incident</numerusform>
                <numerusform>Sélectionner les %n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MimeImport</name>
        <message>
            <source>Vigie works offline: it does not download web pages. Save the page in your browser (Save Page As…) and drop the saved file, or select the article's text and drop the selection.</source>
            <translation>Vigie fonctionne hors ligne : il ne télécharge pas de pages web. Enregistrez la page dans votre navigateur (Enregistrer sous…) et déposez le fichier enregistré, ou sélectionnez le texte de l’article et déposez la sélection.</translation>
        </message>
        <message>
            <source>pasted HTML</source>
            <translation>HTML collé</translation>
        </message>
        <message>
            <source>HTML pasted from %1</source>
            <translation>HTML collé depuis %1</translation>
        </message>
        <message>
            <source>dropped HTML</source>
            <translation>HTML déposé</translation>
        </message>
        <message>
            <source>HTML dropped from %1</source>
            <translation>HTML déposé depuis %1</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>texte collé</translation>
        </message>
        <message>
            <source>text pasted from %1</source>
            <translation>texte collé depuis %1</translation>
        </message>
        <message>
            <source>dropped text</source>
            <translation>texte déposé</translation>
        </message>
        <message>
            <source>text dropped from %1</source>
            <translation>texte déposé depuis %1</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::RenderCommand</name>
        <message>
            <source>The file to write: .png, .svg or .pdf.</source>
            <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
        </message>
        <message>
            <source>Only the incidents passing FILTER, e.g. "region=32;from=2023".</source>
            <translation>Seulement les incidents qui passent FILTRE, par exemple « region=32;from=2023 ».</translation>
        </message>
        <message>
            <source>Map level: region (default), department or world.</source>
            <translation>Niveau de la carte : region (par défaut), department ou world.</translation>
        </message>
        <message>
            <source>Timeline lanes: none (default), region, attack, kind or impact.</source>
            <translation>Couloirs de la frise : none (par défaut), region, attack, kind ou impact.</translation>
        </message>
        <message>
            <source>unexpected argument %1</source>
            <translation>argument inattendu %1</translation>
        </message>
        <message>
            <source>--out FILE is required (.png, .svg or .pdf)</source>
            <translation>--out FICHIER est obligatoire (.png, .svg ou .pdf)</translation>
        </message>
        <message>
            <source>cannot tell the format of '%1': use a .png, .svg or .pdf file name</source>
            <translation>format de « %1 » inconnu : utilisez un nom de fichier en .png, .svg ou .pdf</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT between 200x150 and 10000x10000, e.g. 1600x900</source>
            <translation>--size prend LARGEURxHAUTEUR entre 200x150 et 10000x10000, par exemple 1600x900</translation>
        </message>
        <message>
            <source>unknown level '%1' (region, department or world)</source>
            <translation>niveau « %1 » inconnu (region, department ou world)</translation>
        </message>
        <message>
            <source>unknown lanes '%1' (none, region, attack, kind or impact)</source>
            <translation>couloirs « %1 » inconnus (none, region, attack, kind ou impact)</translation>
        </message>
        <message>
            <source>bad --filter: %1</source>
            <translation>--filter incorrect : %1</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations</source>
            <translation>Cyberattaques contre les établissements de santé</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations by country</source>
            <translation>Cyberattaques contre les établissements de santé, par pays</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations by department</source>
            <translation>Cyberattaques contre les établissements de santé, par département</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations by region</source>
            <translation>Cyberattaques contre les établissements de santé, par région</translation>
        </message>
        <message>
            <source>Filters: %1</source>
            <translation>Filtres : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Map: draw incidents at their town as circles sized by count: on (default) or off.</source>
            <translation>Carte : dessiner les incidents dans leur ville, en cercles proportionnels au nombre : on (par défaut) ou off.</translation>
        </message>
        <message>
            <source>--points takes on or off, not '%1'</source>
            <translation>--points prend on ou off, pas « %1 »</translation>
        </message>
        <message>
            <source>Draws the timeline, the map or the charts into a PNG, SVG or PDF file, as the window shows them, with a title, the legend, the active filter and a source line; or writes the report, a multi-page PDF of the filtered incidents. No display needed.</source>
            <translation>Dessine la frise, la carte ou les graphiques dans un fichier PNG, SVG ou PDF, comme la fenêtre les montre, avec un titre, la légende, le filtre actif et une ligne de source ; ou écrit le rapport, un PDF de plusieurs pages sur les incidents filtrés. Aucun écran nécessaire.</translation>
        </message>
        <message>
            <source>The view to draw: timeline, map, charts or report (PDF only).</source>
            <translation>La vue à dessiner : timeline (frise), map (carte), charts (graphiques) ou report (rapport, PDF seulement).</translation>
        </message>
        <message>
            <source>Size in pixels (points for a timeline PDF); default 1600x600 (timeline), 1200x1000 (map), 1600x1200 (all charts), 1200x750 (one chart).</source>
            <translation>Taille en pixels (en points pour un PDF de la frise) ; par défaut 1600x600 (frise), 1200x1000 (carte), 1600x1200 (tous les graphiques), 1200x750 (un graphique).</translation>
        </message>
        <message>
            <source>Charts: only this chart (%1); without it, every chart in one figure.</source>
            <translation>Graphiques : seulement ce graphique (%1) ; sans cette option, tous les graphiques en une figure.</translation>
        </message>
        <message>
            <source>Charts over time: month (default), quarter or year.</source>
            <translation>Graphiques dans le temps : month (par défaut), quarter ou year.</translation>
        </message>
        <message>
            <source>Charts as PNG: resolution (default 96); the image has size × dpi / 96 pixels.</source>
            <translation>Graphiques en PNG : résolution (96 par défaut) ; l’image a taille × dpi / 96 pixels.</translation>
        </message>
        <message>
            <source>unknown view '%1' (use --view timeline, map, charts or report)</source>
            <translation>vue « %1 » inconnue (utilisez --view timeline, map, charts ou report)</translation>
        </message>
        <message>
            <source>--view is required (timeline, map, charts or report)</source>
            <translation>--view est obligatoire (timeline, map, charts ou report)</translation>
        </message>
        <message>
            <source>--chart goes with --view charts</source>
            <translation>--chart s’emploie avec --view charts</translation>
        </message>
        <message>
            <source>unknown chart '%1' (%2)</source>
            <translation>graphique « %1 » inconnu (%2)</translation>
        </message>
        <message>
            <source>unknown step '%1' (month, quarter or year)</source>
            <translation>pas « %1 » inconnu (month, quarter ou year)</translation>
        </message>
        <message>
            <source>--dpi takes a resolution from 36 to 1200</source>
            <translation>--dpi prend une résolution de 36 à 1200</translation>
        </message>
        <message>
            <source>the report is a multi-page PDF: use a .pdf file name, not '%1'</source>
            <translation>le rapport est un PDF de plusieurs pages : donnez un nom de fichier en .pdf, pas « %1 »</translation>
        </message>
        <message>
            <source>--size does not apply to the report (A4 pages)</source>
            <translation>--size ne s’applique pas au rapport (pages A4)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::Report</name>
        <message>
            <source>France, region not stated</source>
            <translation>France, région non précisée</translation>
        </message>
        <message>
            <source>Filters: %1</source>
            <translation>Filtres : %1</translation>
        </message>
        <message>
            <source>No incident to show.</source>
            <translation>Aucun incident à montrer.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Threat actor</source>
            <translation>Attaquant</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>page %1 / %2</source>
            <translation>page %1 / %2</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Le rapport a été annulé.</translation>
        </message>
        <message>
            <source>Vigie report</source>
            <translation>Rapport Vigie</translation>
        </message>
        <message>
            <source>The report has no page to write.</source>
            <translation>Le rapport n’a aucune page à écrire.</translation>
        </message>
        <message>
            <source>Could not start the PDF report.</source>
            <translation>Impossible de commencer le rapport PDF.</translation>
        </message>
        <message>
            <source>Could not add a page to the report.</source>
            <translation>Impossible d’ajouter une page au rapport.</translation>
        </message>
        <message>
            <source>Could not finish the PDF report.</source>
            <translation>Impossible de terminer le rapport PDF.</translation>
        </message>
        <message>
            <source>Could not write the report to %1: %2</source>
            <translation>Impossible d’écrire le rapport dans %1 : %2</translation>
        </message>
        <message>
            <source>Incidents per year</source>
            <translation>Incidents par année</translation>
        </message>
        <message>
            <source>Undated: %1</source>
            <translation>Non datés : %1</translation>
        </message>
        <message>
            <source>Not stated: %1</source>
            <translation>Non précisé : %1</translation>
        </message>
        <message>
            <source>Impact on care</source>
            <translation>Impact sur les soins</translation>
        </message>
        <message>
            <source>Regions most hit</source>
            <translation>Régions les plus touchées</translation>
        </message>
        <message>
            <source>Place not stated: %1</source>
            <translation>Lieu non précisé : %1</translation>
        </message>
        <message>
            <source>Threat actors most named</source>
            <translation>Attaquants les plus cités</translation>
        </message>
        <message>
            <source>None stated</source>
            <translation>Rien de précisé</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (suite)</translation>
        </message>
        <message>
            <source>Incidents and their sources</source>
            <translation>Incidents et leurs sources</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>non daté</translation>
        </message>
        <message>
            <source>No incident passes the current filters.</source>
            <translation>Aucun incident ne passe les filtres actuels.</translation>
        </message>
        <message>
            <source>Incidents by region and country</source>
            <translation>Incidents par région et par pays</translation>
        </message>
        <message>
            <source>France, by region</source>
            <translation>France, par région</translation>
        </message>
        <message>
            <source>World, by country</source>
            <translation>Monde, par pays</translation>
        </message>
        <message>
            <source>Geometry: Natural Earth.</source>
            <translation>Géométrie : Natural Earth.</translation>
        </message>
        <message>
            <source>Geometry: Natural Earth; regions: INSEE.</source>
            <translation>Géométrie : Natural Earth ; régions : INSEE.</translation>
        </message>
        <message>
            <source>Incident %1 could not be read from the database.</source>
            <translation>L’incident %1 n’a pas pu être lu dans la base.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Cyberattacks on health organisations</source>
            <translation>Cyberattaques contre les établissements de santé</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Rapport du %1</translation>
        </message>
        <message>
            <source>none (every incident)</source>
            <translation>aucun (tous les incidents)</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message>
            <source>every incident in the database</source>
            <translation>tous les incidents de la base</translation>
        </message>
        <message>
            <source>of %1 in the database</source>
            <translation>sur %1 dans la base</translation>
        </message>
        <message>
            <source>years covered</source>
            <translation>années couvertes</translation>
        </message>
        <message numerus="yes">
            <source>records affected, stated for %n incident(s)</source>
            <translation>
                <numerusform>enregistrements touchés, précisé pour %n incident</numerusform>
                <numerusform>enregistrements touchés, précisé pour %n incidents</numerusform>
            </translation>
        </message>
        <message>
            <source>records affected: stated for no incident</source>
            <translation>enregistrements touchés : précisé pour aucun incident</translation>
        </message>
        <message>
            <source>Largest stated: %1 records (%2)</source>
            <translation>Le plus grand chiffre donné : %1 enregistrements (%2)</translation>
        </message>
        <message>
            <source>Incidents over time</source>
            <translation>Incidents dans le temps</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::SavedViewsMenu</name>
        <message>
            <source>V&amp;iews</source>
            <translation>V&amp;ues</translation>
        </message>
        <message>
            <source>&amp;Save Current View…</source>
            <translation>&amp;Enregistrer la vue actuelle…</translation>
        </message>
        <message>
            <source>Give the current filter a name, to reopen it later</source>
            <translation>Nommer le filtre actuel pour le rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Manage Views…</source>
            <translation>&amp;Gérer les vues…</translation>
        </message>
        <message>
            <source>Open, rename or delete saved views</source>
            <translation>Ouvrir, renommer ou supprimer les vues enregistrées</translation>
        </message>
        <message>
            <source>No saved views</source>
            <translation>Aucune vue enregistrée</translation>
        </message>
        <message>
            <source>Every incident</source>
            <translation>Tous les incidents</translation>
        </message>
        <message>
            <source>Save Current View</source>
            <translation>Enregistrer la vue actuelle</translation>
        </message>
        <message>
            <source>Name of this view (filter: %1):</source>
            <translation>Nom de cette vue (filtre : %1) :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>A view named "%1" exists. Replace its filter?</source>
            <translation>Une vue nommée « %1 » existe. Remplacer son filtre ?</translation>
        </message>
        <message>
            <source>The view was not saved: %1</source>
            <translation>La vue n’a pas été enregistrée : %1</translation>
        </message>
        <message>
            <source>Open View</source>
            <translation>Ouvrir une vue</translation>
        </message>
        <message>
            <source>There is no saved view named "%1".</source>
            <translation>Aucune vue enregistrée ne s’appelle « %1 ».</translation>
        </message>
        <message>
            <source>The view "%1" cannot be opened: %2</source>
            <translation>La vue « %1 » ne peut pas être ouverte : %2</translation>
        </message>
        <message>
            <source>Delete View</source>
            <translation>Supprimer la vue</translation>
        </message>
        <message>
            <source>The view was not deleted: %1</source>
            <translation>La vue n’a pas été supprimée : %1</translation>
        </message>
        <message>
            <source>Manage Views</source>
            <translation>Gérer les vues</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Rename View</source>
            <translation>Renommer la vue</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the saved view "%1"?</source>
            <translation>Supprimer la vue enregistrée « %1 » ?</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::Timeline</name>
        <message>
            <source>Q%1</source>
            <translation>T%1</translation>
        </message>
        <message>
            <source>month known</source>
            <translation>mois connu</translation>
        </message>
        <message>
            <source>year known</source>
            <translation>année connue</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::TimelinePanel</name>
        <message>
            <source>Lanes:</source>
            <translation>Couloirs :</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Attack type</source>
            <translation>Type d’attaque</translation>
        </message>
        <message>
            <source>Victim kind</source>
            <translation>Type de victime</translation>
        </message>
        <message>
            <source>Impact on care</source>
            <translation>Impact sur les soins</translation>
        </message>
        <message>
            <source>Split the timeline into lanes</source>
            <translation>Répartir la frise en couloirs</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêt</translation>
        </message>
        <message>
            <source>Stop the playback and show every date again</source>
            <translation>Arrêter la lecture et réafficher toutes les dates</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Vitesse :</translation>
        </message>
        <message>
            <source>Months per second</source>
            <translation>Mois par seconde</translation>
        </message>
        <message>
            <source>%1 months/s</source>
            <translation>%1 mois/s</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save the timeline as PNG, SVG or PDF, as shown</source>
            <translation>Enregistrer la frise en PNG, SVG ou PDF, telle qu’affichée</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the timeline as shown to the clipboard (image and SVG)</source>
            <translation>Copier la frise telle qu’affichée dans le presse-papiers (image et SVG)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Copy timeline</source>
            <translation>Copier la frise</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause the playback (Space)</source>
            <translation>Mettre la lecture en pause (Espace)</translation>
        </message>
        <message>
            <source>Play the incidents month by month (Space)</source>
            <translation>Dérouler les incidents mois par mois (Espace)</translation>
        </message>
        <message>
            <source>Export timeline</source>
            <translation>Exporter la frise</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::TimelineView</name>
        <message numerus="yes">
            <source>%n incident(s) known only to the month: %1</source>
            <translation>
                <numerusform>%n incident daté seulement au mois : %1</numerusform>
                <numerusform>%n incidents datés seulement au mois : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) known only to the year: %1</source>
            <translation>
                <numerusform>%n incident daté seulement à l’année : %1</numerusform>
                <numerusform>%n incidents datés seulement à l’année : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more incident(s), %1
Click to zoom in</source>
            <translation>
                <numerusform>%n incident de plus, %1
Cliquez pour zoomer</numerusform>
                <numerusform>%n incidents de plus, %1
Cliquez pour zoomer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s), %1</source>
            <translation>
                <numerusform>%n incident, %1</numerusform>
                <numerusform>%n incidents, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more undated incident(s)</source>
            <translation>
                <numerusform>%n autre incident non daté</numerusform>
                <numerusform>%n autres incidents non datés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::WindowImport</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>&amp;Importer des articles…</translation>
        </message>
        <message>
            <source>Read saved web pages, PDF or text articles and add the incidents they report</source>
            <translation>Lire des pages web enregistrées, des articles PDF ou texte et ajouter les incidents qu’ils rapportent</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Importer un &amp;dossier…</translation>
        </message>
        <message>
            <source>Import every article in a folder and its subfolders</source>
            <translation>Importer tous les articles d’un dossier et de ses sous-dossiers</translation>
        </message>
        <message>
            <source>&amp;Paste Articles</source>
            <translation>Co&amp;ller des articles</translation>
        </message>
        <message>
            <source>Import the article text, page or files on the clipboard</source>
            <translation>Importer le texte d’article, la page ou les fichiers du presse-papiers</translation>
        </message>
        <message>
            <source>The clipboard holds no article: copy the text of an article, or article files, then paste again.</source>
            <translation>Le presse-papiers ne contient aucun article : copiez le texte d’un article, ou des fichiers d’articles, puis collez de nouveau.</translation>
        </message>
        <message>
            <source>Nothing to import in what was dropped.</source>
            <translation>Rien à importer dans ce qui a été déposé.</translation>
        </message>
        <message>
            <source>Import Articles</source>
            <translation>Importer des articles</translation>
        </message>
        <message>
            <source>Another import is running; this one will follow.</source>
            <translation>Un autre import est en cours ; celui-ci suivra.</translation>
        </message>
        <message>
            <source>Articles (*.html *.htm *.mhtml *.mht *.pdf *.txt);;All files (*)</source>
            <translation>Articles (*.html *.htm *.mhtml *.mht *.pdf *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import Folder</source>
            <translation>Importer un dossier</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::CommuneField</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The commune's official name; type a few letters to choose it from the official list</source>
            <translation>Le nom officiel de la commune ; tapez quelques lettres pour la choisir dans la liste officielle</translation>
        </message>
        <message>
            <source>%1, %2 — INSEE %3</source>
            <translation>%1, %2 — INSEE %3</translation>
        </message>
        <message>
            <source>Several communes have this name: choose one in the list</source>
            <translation>Plusieurs communes portent ce nom : choisissez-en une dans la liste</translation>
        </message>
        <message>
            <source>Official spelling: %1</source>
            <translation>Graphie officielle : %1</translation>
        </message>
        <message>
            <source>A former commune</source>
            <translation>Une ancienne commune</translation>
        </message>
        <message>
            <source>A former commune, now part of %1</source>
            <translation>Une ancienne commune, aujourd’hui rattachée à %1</translation>
        </message>
        <message>
            <source>Not a commune of %1</source>
            <translation>Aucune commune de ce nom dans le département %1</translation>
        </message>
        <message>
            <source>A commune of this name is in: %1</source>
            <translation>Une commune de ce nom existe dans : %1</translation>
        </message>
        <message>
            <source>Not in the official list of communes</source>
            <translation>Absente de la liste officielle des communes</translation>
        </message>
        <message>
            <source>You may keep it: an article may name a hamlet or a former commune</source>
            <translation>Vous pouvez la garder : un article peut nommer un hameau ou une ancienne commune</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::EditIncidentDialog</name>
        <message>
            <source>Edit Incident</source>
            <translation>Modifier l’incident</translation>
        </message>
        <message>
            <source>The incident's stable identifier; editing does not change it</source>
            <translation>L’identifiant stable de l’incident ; la modification ne le change pas</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::EvidenceView</name>
        <message>
            <source>Article text</source>
            <translation>Texte de l’article</translation>
        </message>
        <message>
            <source>No article text.</source>
            <translation>Pas de texte d’article.</translation>
        </message>
        <message>
            <source>The extractor marked no evidence in this article.</source>
            <translation>L’extracteur n’a marqué aucun indice dans cet article.</translation>
        </message>
        <message>
            <source>Coloured passages are where each field's value was read. Focus a field to find its evidence.</source>
            <translation>Les passages colorés sont ceux où la valeur de chaque champ a été lue. Placez-vous sur un champ pour retrouver son passage.</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::Fields</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>Survenu</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Disclosed</source>
            <translation>Révélé</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Victims</source>
            <translation>Victimes</translation>
        </message>
        <message>
            <source>Victim kind</source>
            <translation>Type de victime</translation>
        </message>
        <message>
            <source>Attack types</source>
            <translation>Types d’attaque</translation>
        </message>
        <message>
            <source>Threat actor</source>
            <translation>Attaquant</translation>
        </message>
        <message>
            <source>Data compromised</source>
            <translation>Données compromises</translation>
        </message>
        <message>
            <source>Data spared</source>
            <translation>Données épargnées</translation>
        </message>
        <message>
            <source>Impacts</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <source>Ransom</source>
            <translation>Rançon</translation>
        </message>
        <message>
            <source>Records affected</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Victims and kind</source>
            <translation>Victimes et type</translation>
        </message>
        <message>
            <source>Ransom, records</source>
            <translation>Rançon, personnes concernées</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::IncidentComparison</name>
        <message>
            <source>yes, amount not stated</source>
            <translation>oui, montant non précisé</translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::IncidentEditor</name>
        <message>
            <source>When the attack happened or started</source>
            <translation>Quand l’attaque a eu lieu ou a commencé</translation>
        </message>
        <message>
            <source>When the article was published</source>
            <translation>Quand l’article a été publié</translation>
        </message>
        <message>
            <source>When the attack was made public, if it differs</source>
            <translation>Quand l’attaque a été rendue publique, si c’est une autre date</translation>
        </message>
        <message>
            <source>In France, the INSEE region; elsewhere the first-level subdivision</source>
            <translation>En France, la région INSEE ; ailleurs la subdivision de premier niveau</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>French departments only; choosing one sets its region</source>
            <translation>Départements français seulement ; en choisir un fixe sa région</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>e.g. LockBit</source>
            <translation>p. ex. LockBit</translation>
        </message>
        <message>
            <source>Demanded</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>amount not stated</source>
            <translation>montant non précisé</translation>
        </message>
        <message>
            <source>Ransom amount</source>
            <translation>Montant de la rançon</translation>
        </message>
        <message>
            <source>Ransom currency</source>
            <translation>Monnaie de la rançon</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>New victim</source>
            <translation>Nouvelle victime</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Région %1</translation>
        </message>
        <message>
            <source>Department %1</source>
            <translation>Département %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>The extractor's confidence in this field: %1 %</source>
            <translation>Confiance de l’extracteur dans ce champ : %1 %</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::MergeIncidentsDialog</name>
        <message>
            <source>Merge Incidents</source>
            <translation>Fusionner les incidents</translation>
        </message>
        <message>
            <source>The two incidents become one: choose the one that stays. The other's articles join it, the fields it does not state are taken from the other, and the lists are united. Edit → Undo separates them again.</source>
            <translation>Les deux incidents n’en font plus qu’un : choisissez celui qui reste. Les articles de l’autre le rejoignent, les champs qu’il ne précise pas sont pris à l’autre et les listes sont réunies. Édition → Annuler les sépare de nouveau.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>%1 (left)</source>
            <translation>%1 (à gauche)</translation>
        </message>
        <message>
            <source>%1 (right)</source>
            <translation>%1 (à droite)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>Kept as it is</source>
            <translation>Gardé tel quel</translation>
        </message>
        <message>
            <source>After the merge</source>
            <translation>Après la fusion</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::PartialDateEdit</name>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>How precisely the source states the date</source>
            <translation>La précision avec laquelle la source donne la date</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::ReviewDialog</name>
        <message>
            <source>Review Imported Articles</source>
            <translation>Vérifier les articles importés</translation>
        </message>
        <message>
            <source>The lowest confidence of the extracted fields (0 % when no victim was found)</source>
            <translation>La plus faible confiance des champs extraits (0 % si aucune victime n’a été trouvée)</translation>
        </message>
        <message>
            <source>Accept automatically above</source>
            <translation>Accepter automatiquement au-dessus de</translation>
        </message>
        <message>
            <source>Accept every pending article whose extraction confidence reaches the threshold; the others stay in the queue</source>
            <translation>Accepter chaque article en attente dont la confiance atteint le seuil ; les autres restent dans la file</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Confidence threshold</source>
            <translation>Seuil de confiance</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>&amp;New incident</source>
            <translation>&amp;Nouvel incident</translation>
        </message>
        <message>
            <source>Also fill its &amp;empty fields</source>
            <translation>&amp;Compléter aussi ses champs vides</translation>
        </message>
        <message>
            <source>Take from this article what the known incident does not state yet; what it states is never changed</source>
            <translation>Reprendre de cet article ce que l’incident connu n’indique pas encore ; ce qu’il indique n’est jamais modifié</translation>
        </message>
        <message>
            <source>Articles of the batch</source>
            <translation>Articles du lot</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Précédent</translation>
        </message>
        <message>
            <source>Previous article (Ctrl+Left)</source>
            <translation>Article précédent (Ctrl+Gauche)</translation>
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation>Sui&amp;vant ▶</translation>
        </message>
        <message>
            <source>Next article, deciding later (Ctrl+Right)</source>
            <translation>Article suivant, décider plus tard (Ctrl+Droite)</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Do not import this article</source>
            <translation>Ne pas importer cet article</translation>
        </message>
        <message>
            <source>Accept A&amp;ll Remaining</source>
            <translation>Accepter &amp;tous les autres</translation>
        </message>
        <message>
            <source>Accept this article as edited and every pending one as proposed</source>
            <translation>Accepter cet article tel que modifié et chaque article en attente tel que proposé</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <source>Import this article as shown (Enter)</source>
            <translation>Importer cet article tel qu’affiché (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Import what was accepted; the articles not decided are skipped</source>
            <translation>Importer ce qui a été accepté ; les articles sans décision sont ignorés</translation>
        </message>
        <message>
            <source>Cancel Import</source>
            <translation>Annuler l’import</translation>
        </message>
        <message>
            <source>Import nothing (Esc)</source>
            <translation>Ne rien importer (Échap)</translation>
        </message>
        <message>
            <source>duplicate of %1</source>
            <translation>doublon de %1</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <source>to review</source>
            <translation>à vérifier</translation>
        </message>
        <message>
            <source>accepted as a source</source>
            <translation>accepté comme source</translation>
        </message>
        <message>
            <source>accepted as new</source>
            <translation>accepté comme nouveau</translation>
        </message>
        <message>
            <source>Nothing to review</source>
            <translation>Rien à vérifier</translation>
        </message>
        <message>
            <source>Every article of this batch is a duplicate or could not be read; see the list.</source>
            <translation>Chaque article de ce lot est un doublon ou n’a pas pu être lu ; voir la liste.</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Article %1 sur %2</translation>
        </message>
        <message>
            <source>Confidence: no victim found, review it</source>
            <translation>Confiance : aucune victime trouvée, à vérifier</translation>
        </message>
        <message>
            <source>Confidence: %1 %</source>
            <translation>Confiance : %1 %</translation>
        </message>
        <message>
            <source>“%1” (new in this batch)</source>
            <translation>« %1 » (nouveau dans ce lot)</translation>
        </message>
        <message>
            <source>This looks like incident %1 (%2): %3.</source>
            <translation>Cela ressemble à l’incident %1 (%2) : %3.</translation>
        </message>
        <message>
            <source>Known incident</source>
            <translation>Incident connu</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>Cet article</translation>
        </message>
        <message>
            <source>&amp;Add as a source of %1</source>
            <translation>&amp;Ajouter comme source de %1</translation>
        </message>
        <message>
            <source>Will also fill: %1</source>
            <translation>Complétera aussi : %1</translation>
        </message>
        <message>
            <source>The article will be added as a source of the known incident; of its own fields below, only those the known incident leaves empty are stored there (listed above). Choose “New incident” to edit and store them all.</source>
            <translation>L’article sera ajouté comme source de l’incident connu ; de ses propres champs ci-dessous, seuls ceux que l’incident connu laisse vides y sont enregistrés (listés ci-dessus). Choisissez « Nouvel incident » pour les modifier et les enregistrer tous.</translation>
        </message>
        <message>
            <source>The article will be added as a source of the known incident; its own fields below are not stored. Choose “New incident” to edit and store them.</source>
            <translation>L’article sera ajouté comme source de l’incident connu ; ses propres champs ci-dessous ne sont pas enregistrés. Choisissez « Nouvel incident » pour les modifier et les enregistrer.</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) accepted automatically</source>
            <translation>
                <numerusform>%n article accepté automatiquement</numerusform>
                <numerusform>%n articles acceptés automatiquement</numerusform>
            </translation>
        </message>
    </context>
</TS>
