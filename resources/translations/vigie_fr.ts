<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <name>GuiLauncher</name>
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
            <source>--size takes WIDTHxHEIGHT, e.g. 1400x900</source>
            <translation>--size attend LARGEURxHAUTEUR, par exemple 1400x900</translation>
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
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation>La mise à niveau de la base de données vers le schéma %1 a échoué : %2</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
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
            <source>About Vigie</source>
            <translation>À propos de Vigie</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Follows cyberattacks on hospitals: a table, a timeline, a map and charts of documented incidents, and the articles that report them.&lt;/p&gt;&lt;p&gt;Vigie works offline: it never loads remote content. Sources open in your web browser.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Suit les cyberattaques contre les hôpitaux : un tableau, une frise chronologique, une carte et des graphiques des incidents documentés, et les articles qui les rapportent.&lt;/p&gt;&lt;p&gt;Vigie fonctionne hors ligne : il ne charge jamais de contenu distant. Les sources s’ouvrent dans votre navigateur web.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
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
        <name>vigie::ui::MapFeed</name>
        <message>
            <source>Mostly %1 (%2 of %3)</source>
            <translation>Surtout : %1 (%2 sur %3)</translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::RenderCommand</name>
        <message>
            <source>Draws the timeline or the map into a PNG, SVG or PDF file, as the window shows it, with a title, the legend, the active filter and a source line. No display needed.</source>
            <translation>Dessine la frise chronologique ou la carte dans un fichier PNG, SVG ou PDF, comme la fenêtre les montre, avec un titre, la légende, le filtre actif et une ligne de source. Aucun écran n’est nécessaire.</translation>
        </message>
        <message>
            <source>The view to draw: timeline or map.</source>
            <translation>La vue à dessiner : timeline (frise) ou map (carte).</translation>
        </message>
        <message>
            <source>The file to write: .png, .svg or .pdf.</source>
            <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
        </message>
        <message>
            <source>Size in pixels (points for PDF); default 1600x600 (timeline), 1200x1000 (map).</source>
            <translation>Taille en pixels (en points pour le PDF) ; par défaut 1600x600 (frise), 1200x1000 (carte).</translation>
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
            <source>unknown view '%1' (use --view timeline or --view map)</source>
            <translation>vue « %1 » inconnue (utilisez --view timeline ou --view map)</translation>
        </message>
        <message>
            <source>--view is required (timeline or map)</source>
            <translation>--view est obligatoire (timeline ou map)</translation>
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
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
        </message>
    </context>
</TS>
