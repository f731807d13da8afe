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
        <name>ExportCommand</name>
        <message>
            <source>Export only the incidents that pass FILTER, in the text form of saved views, e.g. "region=32,11;attack=ransomware;from=2022-01;q=rançongiciel".</source>
            <translation>N’exporter que les incidents qui passent FILTRE, sous la forme texte des vues enregistrées, par exemple "region=32,11;attack=ransomware;from=2022-01;q=rançongiciel".</translation>
        </message>
        <message>
            <source>bad --filter: %1</source>
            <translation>--filter incorrect : %1</translation>
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
        <name>Stats</name>
        <message>
            <source>Count only the incidents that pass FILTER, in the text form of saved views, e.g. "region=32;from=2022".</source>
            <translation>Ne compter que les incidents qui passent FILTRE, sous la forme texte des vues enregistrées, par exemple "region=32;from=2022".</translation>
        </message>
        <message>
            <source>bad --filter: %1</source>
            <translation>--filter incorrect : %1</translation>
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
            <translation>Survenue</translation>
        </message>
        <message>
            <source>Disclosed</source>
            <translation>Révélation</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publication</translation>
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
            <source>Filtering is unavailable: %1</source>
            <translation>Le filtrage est indisponible : %1</translation>
        </message>
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
            <source>About Vigie</source>
            <translation>À propos de Vigie</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Follows cyberattacks on hospitals: a table, a timeline, a map and charts of documented incidents, and the articles that report them.&lt;/p&gt;&lt;p&gt;Vigie works offline: it never loads remote content. Sources open in your web browser.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Suit les cyberattaques contre les hôpitaux : un tableau, une frise chronologique, une carte et des graphiques des incidents documentés, et les articles qui les rapportent.&lt;/p&gt;&lt;p&gt;Vigie fonctionne hors ligne : il ne charge jamais de contenu distant. Les sources s’ouvrent dans votre navigateur web.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
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
    
    
</TS>
