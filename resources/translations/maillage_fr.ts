<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>unknown category “%1” (this territory has: %2)</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;» (ce territoire a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown link type “%1” (this territory has: %2)</source>
        <translation>type de lien inconnu «&#xa0;%1&#xa0;» (ce territoire a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no reference territory is open</source>
        <translation>aucun territoire de référence n’est ouvert</translation>
    </message>
    <message>
        <source>the brief is empty: write what the trainees have to do</source>
        <translation>la consigne est vide&#xa0;: écrivez ce que les stagiaires ont à faire</translation>
    </message>
    <message>
        <source>allow at least one category of actors</source>
        <translation>autorisez au moins une catégorie d’acteurs</translation>
    </message>
    <message>
        <source>allow at least one link type</source>
        <translation>autorisez au moins un type de lien</translation>
    </message>
    <message>
        <source>category #%1 is not in the reference territory</source>
        <translation>la catégorie n° %1 n’est pas dans le territoire de référence</translation>
    </message>
    <message>
        <source>link type #%1 is not in the reference territory</source>
        <translation>le type de lien n° %1 n’est pas dans le territoire de référence</translation>
    </message>
    <message>
        <source>the starting map is “selected actors”, but no actor is selected</source>
        <translation>la carte de départ est «&#xa0;acteurs sélectionnés&#xa0;», mais aucun acteur n’est sélectionné</translation>
    </message>
    <message>
        <source>actor #%1 is not in the reference territory</source>
        <translation>l’acteur n° %1 n’est pas dans le territoire de référence</translation>
    </message>
    <message>
        <source>“%1”: an exercise file name ends with .maillage</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom d’un fichier d’exercice se termine par .maillage</translation>
    </message>
    <message>
        <source>“%1” is the reference itself: choose another file for the exercise</source>
        <translation>«&#xa0;%1&#xa0;» est la référence elle-même&#xa0;: choisissez un autre fichier pour l’exercice</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be made into an exercise: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être transformé en exercice&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Arranging the actors (%1)…</source>
        <translation>Disposition des acteurs (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open the Report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Reading… %1%</source>
        <translation>Lecture… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Writing… %1%</source>
        <translation>Écriture… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>maillage::ActionEditor</name>
    <message>
        <source>An action needs a title; the previous one was kept.</source>
        <translation>Une action doit avoir un titre&#xa0;; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Date de début&#xa0;:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Date de fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Portée par&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Problèmes traités</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Delete indicator “%1”</source>
        <translation>Supprimer l’indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add indicator “%1” to “%2”</source>
        <translation>Ajouter l’indicateur «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Modifier l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not all could be read: %1</source>
        <translation>Tout n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::ActionsPanel</name>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Portée par</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Supprimer l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mean progress of the action&apos;s indicators toward their targets</source>
        <translation>Avancement moyen des indicateurs de l’action vers leurs cibles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Ajouter l’action «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>maillage::ActorActivityWidget</name>
    <message>
        <source>Takes part in</source>
        <translation>Participe à</translation>
    </message>
    <message>
        <source>leads it</source>
        <translation>la porte</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>Meetings attended (%1)</source>
        <translation>Réunions suivies (%1)</translation>
    </message>
    <message>
        <source>Problems concerning them (%1)</source>
        <translation>Problèmes le concernant (%1)</translation>
    </message>
    <message>
        <source>Actions they take part in (%1)</source>
        <translation>Actions auxquelles il participe (%1)</translation>
    </message>
    <message>
        <source>Takes part in (not all could be read: %1)</source>
        <translation>Participe à (tout n’a pas pu être lu&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>maillage::ActorEditor</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. culture, youth</source>
        <translation>Séparées par des virgules, p. ex. culture, jeunesse</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>0 (none) to 5 (very high)</source>
        <translation>0 (nul) à 5 (très élevé)</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>&amp;Influence&#xa0;:</translation>
    </message>
    <message>
        <source>Inte&amp;rest:</source>
        <translation>In&amp;térêt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>&amp;Attitude&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>En&amp;gagement&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Active since:</source>
        <translation>Actif depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Active until:</source>
        <translation>Actif jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>This actor is a &amp;person</source>
        <translation>Cet acteur est une p&amp;ersonne</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Consentement donné le&#xa0;:</translation>
    </message>
    <message>
        <source>How it was obtained, e.g. signed form</source>
        <translation>Comment il a été obtenu, p. ex. formulaire signé</translation>
    </message>
    <message>
        <source>Consent obtained:</source>
        <translation>Consentement obtenu&#xa0;:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <source>Keep until:</source>
        <translation>Conserver jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>Nou&amp;veau lien…</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <source>to them</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>from them</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>An actor needs a name; the previous one was kept.</source>
        <translation>Un acteur doit avoir un nom&#xa0;; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has a very similar name.</source>
        <translation>Doublon possible&#xa0;: %1 a un nom très proche.</translation>
    </message>
    <message>
        <source>Change tags of “%1”</source>
        <translation>Modifier les étiquettes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pinned on the map</source>
        <translation>Épinglé sur la carte</translation>
    </message>
    <message>
        <source>Layouts leave a pinned actor where it is.</source>
        <translation>Les dispositions laissent un acteur épinglé à sa place.</translation>
    </message>
    <message>
        <source>Fields of this territory</source>
        <translation>Champs de ce territoire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Another actor is named “%1”.</source>
        <translation>Un autre acteur s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another actor is named “%1” (%2).</source>
        <translation>Un autre acteur s’appelle «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more share(s) this name.</source>
        <translation>
            <numerusform>%Ln autre porte aussi ce nom.</numerusform>
            <numerusform>%Ln autres portent aussi ce nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Afficher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Lat&amp;itude, longitude:</source>
        <translation>Lat&amp;itude, longitude&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Précision&#xa0;:</translation>
    </message>
    <message>
        <source>the latitude must be a number from −90 to 90</source>
        <translation>la latitude doit être un nombre de −90 à 90</translation>
    </message>
    <message>
        <source>the longitude must be a number from −180 to 180</source>
        <translation>la longitude doit être un nombre de −180 à 180</translation>
    </message>
</context>
<context>
    <name>maillage::ActorListPanel</name>
    <message>
        <source>Search actors (name, organisation, role, commune, tag)…</source>
        <translation>Rechercher des acteurs (nom, organisation, rôle, commune, étiquette)…</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Network measures</source>
        <translation>Mesures du réseau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actor(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln acteur affiché</numerusform>
            <numerusform>%1 sur %Ln acteurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
</context>
<context>
    <name>maillage::ActorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A network measure from the analysis (Analysis panel: options such as direction and strengths apply)</source>
        <translation>Une mesure du réseau issue de l’analyse (panneau Analyse&#xa0;: ses options, comme le sens et les forces des liens, s’appliquent)</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Coreness</source>
        <translation>K-cœur (coreness)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Custom field (%1)</source>
        <translation>Champ personnalisé (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>maillage::AnalysisPanel</name>
    <message>
        <source>Influence (default)</source>
        <translation>Influence (par défaut)</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Coreness</source>
        <translation>K-cœur (coreness)</translation>
    </message>
    <message>
        <source>Category (default)</source>
        <translation>Catégorie (par défaut)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Treat links as directed</source>
        <translation>Traiter les liens comme orientés</translation>
    </message>
    <message>
        <source>Follow directed link types (funding, authority…) in their direction only; otherwise every link goes both ways.</source>
        <translation>Suivre les types de liens orientés (financement, autorité…) dans leur seul sens&#xa0;; sinon, chaque lien vaut dans les deux sens.</translation>
    </message>
    <message>
        <source>Use strengths</source>
        <translation>Utiliser les forces</translation>
    </message>
    <message>
        <source>A strong link counts as a short way between two actors; otherwise every link counts the same.</source>
        <translation>Un lien fort compte comme un chemin court entre deux acteurs&#xa0;; sinon, tous les liens comptent de la même façon.</translation>
    </message>
    <message>
        <source>Include conflict links</source>
        <translation>Inclure les liens de conflit</translation>
    </message>
    <message>
        <source>A conflict is still a relation through which one hears of the other; untick to leave conflict links out.</source>
        <translation>Un conflit reste une relation par laquelle on entend parler de l’autre&#xa0;; décochez pour exclure les liens de conflit.</translation>
    </message>
    <message>
        <source>Community &amp;resolution:</source>
        <translation>&amp;Résolution des communautés&#xa0;:</translation>
    </message>
    <message>
        <source>Above 1: more, smaller communities; below 1: fewer, larger ones.</source>
        <translation>Au-dessus de 1&#xa0;: des communautés plus nombreuses et plus petites&#xa0;; en dessous de 1&#xa0;: moins nombreuses et plus grandes.</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Size the map by:</source>
        <translation>&amp;Taille sur la carte selon&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olour by:</source>
        <translation>C&amp;ouleur selon&#xa0;:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>Densité&#xa0;:</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composantes&#xa0;:</translation>
    </message>
    <message>
        <source>Diameter:</source>
        <translation>Diamètre&#xa0;:</translation>
    </message>
    <message>
        <source>Average path length:</source>
        <translation>Longueur moyenne des chemins&#xa0;:</translation>
    </message>
    <message>
        <source>Average clustering:</source>
        <translation>Coefficient de regroupement moyen&#xa0;:</translation>
    </message>
    <message>
        <source>Modularity:</source>
        <translation>Modularité&#xa0;:</translation>
    </message>
    <message>
        <source>Communities:</source>
        <translation>Communautés&#xa0;:</translation>
    </message>
    <message>
        <source>Bridges:</source>
        <translation>Ponts&#xa0;:</translation>
    </message>
    <message>
        <source>Share of the possible pairs of actors that are linked</source>
        <translation>Part des paires d’acteurs possibles qui sont reliées</translation>
    </message>
    <message>
        <source>Parts of the network with no link between them, isolated actors included</source>
        <translation>Parties du réseau sans lien entre elles, acteurs isolés compris</translation>
    </message>
    <message>
        <source>The longest of the shortest paths between two actors</source>
        <translation>Le plus long des plus courts chemins entre deux acteurs</translation>
    </message>
    <message>
        <source>How many steps, on average, separate two actors who can reach each other</source>
        <translation>Nombre moyen d’étapes séparant deux acteurs qui peuvent se rejoindre</translation>
    </message>
    <message>
        <source>How often two partners of an actor are partners of each other</source>
        <translation>Fréquence à laquelle deux partenaires d’un acteur sont partenaires entre eux</translation>
    </message>
    <message>
        <source>How clearly the network splits into communities (above 0.3: clearly)</source>
        <translation>Netteté du découpage du réseau en communautés (au-dessus de 0,3&#xa0;: net)</translation>
    </message>
    <message>
        <source>Links whose removal would cut the network in two</source>
        <translation>Liens dont la suppression couperait le réseau en deux</translation>
    </message>
    <message>
        <source>Search an actor…</source>
        <translation>Rechercher un acteur…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Saisissez un nom…</translation>
    </message>
    <message>
        <source>Find &amp;path</source>
        <translation>Trouver le &amp;chemin</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>%1 (in lengths 1/strength)</source>
        <translation>%1 (en longueurs 1/force)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 acteur</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 acteurs</translation>
    </message>
    <message>
        <source>Communities, named after their most central actor:</source>
        <translation>Communautés, nommées d’après leur acteur le plus central&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Bridges (links whose removal cuts the network):</source>
        <translation>Ponts (liens dont la suppression coupe le réseau)&#xa0;:</translation>
    </message>
    <message>
        <source>No territory is open.</source>
        <translation>Aucun territoire n’est ouvert.</translation>
    </message>
    <message>
        <source>Computing the measures of %1 actors and %2 links…</source>
        <translation>Calcul des mesures de %1 acteurs et %2 liens…</translation>
    </message>
    <message>
        <source>Cancelled. The measures shown are out of date; click Compute to start again.</source>
        <translation>Annulé. Les mesures affichées ne sont plus à jour&#xa0;; cliquez sur Calculer pour recommencer.</translation>
    </message>
    <message>
        <source>Cancelled. Click Compute to start again.</source>
        <translation>Annulé. Cliquez sur Calculer pour recommencer.</translation>
    </message>
    <message>
        <source>Measures of the network as it is now.</source>
        <translation>Mesures du réseau dans son état actuel.</translation>
    </message>
    <message>
        <source>The network or the options have changed: the measures shown are out of date.</source>
        <translation>Le réseau ou les options ont changé&#xa0;: les mesures affichées ne sont plus à jour.</translation>
    </message>
    <message>
        <source>Click Compute to measure the network.</source>
        <translation>Cliquez sur Calculer pour mesurer le réseau.</translation>
    </message>
    <message>
        <source>Choose an actor in both lists.</source>
        <translation>Choisissez un acteur dans chacune des deux listes.</translation>
    </message>
    <message>
        <source>No actor is named “%1”.</source>
        <translation>Aucun acteur ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Choisissez deux acteurs différents.</translation>
    </message>
    <message>
        <source>One of these actors no longer exists.</source>
        <translation>L’un de ces acteurs n’existe plus.</translation>
    </message>
    <message>
        <source>No path joins “%1” and “%2” with these options.</source>
        <translation>Aucun chemin ne relie «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» avec ces options.</translation>
    </message>
    <message>
        <source>Directed links are followed in their direction only.</source>
        <translation>Les liens orientés ne sont suivis que dans leur sens.</translation>
    </message>
    <message>
        <source>Conflict links are left out.</source>
        <translation>Les liens de conflit sont exclus.</translation>
    </message>
    <message>
        <source>Shortest path: 1 step</source>
        <translation>Plus court chemin&#xa0;: 1 étape</translation>
    </message>
    <message>
        <source>Shortest path: %1 steps</source>
        <translation>Plus court chemin&#xa0;: %1 étapes</translation>
    </message>
    <message>
        <source>No intermediary: they are linked directly.</source>
        <translation>Aucun intermédiaire&#xa0;: ils sont directement reliés.</translation>
    </message>
    <message>
        <source>Intermediaries:</source>
        <translation>Intermédiaires&#xa0;:</translation>
    </message>
    <message>
        <source>Length: %1 (the sum of 1/strength of its links)</source>
        <translation>Longueur&#xa0;: %1 (somme des 1/force de ses liens)</translation>
    </message>
    <message>
        <source>This is the only shortest path.</source>
        <translation>C’est le seul plus court chemin.</translation>
    </message>
    <message>
        <source>Distinct shortest paths: %1</source>
        <translation>Plus courts chemins distincts&#xa0;: %1</translation>
    </message>
    <message>
        <source>The network changed: find the path again.</source>
        <translation>Le réseau a changé&#xa0;: cherchez de nouveau le chemin.</translation>
    </message>
    <message>
        <source>Exact measures on large networks</source>
        <translation>Mesures exactes sur les grands réseaux</translation>
    </message>
    <message>
        <source>Above %1 actors, betweenness, closeness and path lengths are estimated from %2 actors taken at random, in seconds; tick to compute them exactly, which can take hours.</source>
        <translation>Au-delà de %1 acteurs, l’intermédiarité, la proximité et les longueurs de chemin sont estimées à partir de %2 acteurs tirés au hasard, en quelques secondes&#xa0;; cochez pour les calculer exactement, ce qui peut prendre des heures.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Betweenness is estimated from %1 of the %2 actors taken at random: each actor&apos;s normalised betweenness is within ±%3 of the exact value (95 % confidence). Closeness and path lengths are estimates too, the diameter a lower bound. Tick “Exact measures on large networks” for exact values.</source>
        <translation>L’intermédiarité est estimée à partir de %1 des %2 acteurs, tirés au hasard&#xa0;: l’intermédiarité normalisée de chaque acteur est à ±%3 de la valeur exacte (confiance de 95&#xa0;%). La proximité et les longueurs de chemin sont aussi des estimations, le diamètre une borne inférieure. Cochez «&#xa0;Mesures exactes sur les grands réseaux&#xa0;» pour des valeurs exactes.</translation>
    </message>
    <message>
        <source>A large network: its measures are computed when you click Compute.</source>
        <translation>Un grand réseau&#xa0;: ses mesures sont calculées quand vous cliquez sur Calculer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>maillage::BriefPanel</name>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Exercise brief</source>
        <translation>Consigne de l’exercice</translation>
    </message>
    <message>
        <source>Categories you may use:</source>
        <translation>Catégories que vous pouvez utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Link types you may use:</source>
        <translation>Types de liens que vous pouvez utiliser&#xa0;:</translation>
    </message>
</context>
<context>
    <name>maillage::ComparisonMarkItem</name>
    <message>
        <source>Missing from the compared map: %1</source>
        <translation>Absent de la carte comparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only in the compared map: %1</source>
        <translation>Seulement dans la carte comparée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::ComparisonPanel</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>&amp;Fermer la comparaison</translation>
    </message>
    <message>
        <source>Remove the comparison from the map</source>
        <translation>Retirer la comparaison de la carte</translation>
    </message>
    <message>
        <source>Compared maps</source>
        <translation>Cartes comparées</translation>
    </message>
    <message>
        <source>What the selected map misses or adds</source>
        <translation>Ce qui manque à la carte sélectionnée ou ce qu’elle ajoute</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Actors
found</source>
        <translation>Acteurs
trouvés</translation>
    </message>
    <message>
        <source>Actors
precision</source>
        <translation>Acteurs
précision</translation>
    </message>
    <message>
        <source>Actors
recall</source>
        <translation>Acteurs
rappel</translation>
    </message>
    <message>
        <source>Actors
F1</source>
        <translation>Acteurs
F1</translation>
    </message>
    <message>
        <source>Links
found</source>
        <translation>Liens
trouvés</translation>
    </message>
    <message>
        <source>Links
precision</source>
        <translation>Liens
précision</translation>
    </message>
    <message>
        <source>Links
recall</source>
        <translation>Liens
rappel</translation>
    </message>
    <message>
        <source>Links
F1</source>
        <translation>Liens
F1</translation>
    </message>
    <message>
        <source>Same
category</source>
        <translation>Même
catégorie</translation>
    </message>
    <message>
        <source>Influence
gap</source>
        <translation>Écart
d’influence</translation>
    </message>
    <message>
        <source>Reference actors found in the map, of all the reference&apos;s actors</source>
        <translation>Acteurs de la référence trouvés dans la carte, sur tous ceux de la référence</translation>
    </message>
    <message>
        <source>Share of the map&apos;s actors that are in the reference</source>
        <translation>Part des acteurs de la carte qui sont dans la référence</translation>
    </message>
    <message>
        <source>Share of the reference&apos;s actors that the map has</source>
        <translation>Part des acteurs de la référence présents dans la carte</translation>
    </message>
    <message>
        <source>Harmonic mean of precision and recall</source>
        <translation>Moyenne harmonique de la précision et du rappel</translation>
    </message>
    <message>
        <source>Reference links found in the map, of all the reference&apos;s links</source>
        <translation>Liens de la référence trouvés dans la carte, sur tous ceux de la référence</translation>
    </message>
    <message>
        <source>Share of the map&apos;s links that are in the reference</source>
        <translation>Part des liens de la carte qui sont dans la référence</translation>
    </message>
    <message>
        <source>Share of the reference&apos;s links that the map has</source>
        <translation>Part des liens de la référence présents dans la carte</translation>
    </message>
    <message>
        <source>Matched actors given the reference&apos;s category</source>
        <translation>Acteurs appariés classés dans la même catégorie que dans la référence</translation>
    </message>
    <message>
        <source>Mean difference of influence (0–5) over matched actors</source>
        <translation>Écart moyen d’influence (0–5) sur les acteurs appariés</translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation>Aucune comparaison.</translation>
    </message>
    <message numerus="yes">
        <source>Reference: %1 (this territory) — %Ln map(s) compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</source>
        <translation>
            <numerusform>Référence&#xa0;: %1 (ce territoire) — %Ln carte comparée. Sélectionnez une carte pour la voir sur le réseau&#xa0;: les fantômes manquent, «&#xa0;+&#xa0;» marque les ajouts.</numerusform>
            <numerusform>Référence&#xa0;: %1 (ce territoire) — %Ln cartes comparées. Sélectionnez une carte pour la voir sur le réseau&#xa0;: les fantômes manquent, «&#xa0;+&#xa0;» marque les ajouts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This map compared with the reference %1: ghosts are what it misses, “+” marks what the reference does not have.</source>
        <translation>Cette carte comparée à la référence %1&#xa0;: les fantômes sont ce qui lui manque, «&#xa0;+&#xa0;» marque ce que la référence n’a pas.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source>Missing actors</source>
        <translation>Acteurs manquants</translation>
    </message>
    <message>
        <source>Extra actors</source>
        <translation>Acteurs en plus</translation>
    </message>
    <message>
        <source>Missing links</source>
        <translation>Liens manquants</translation>
    </message>
    <message>
        <source>Extra links</source>
        <translation>Liens en plus</translation>
    </message>
    <message>
        <source>Spelled differently</source>
        <translation>Écrits autrement</translation>
    </message>
    <message>
        <source>%1 (written “%2”)</source>
        <translation>%1 (écrit «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Influence differences</source>
        <translation>Écarts d’influence</translation>
    </message>
    <message>
        <source>%1: %2 in the reference, %3 here</source>
        <translation>%1&#xa0;: %2 dans la référence, %3 ici</translation>
    </message>
    <message>
        <source>Missed by most maps</source>
        <translation>Oubliés par la plupart des cartes</translation>
    </message>
    <message>
        <source>%1 — missed by %2 of %3</source>
        <translation>%1 — oublié par %2 sur %3</translation>
    </message>
    <message>
        <source>Where the maps disagree</source>
        <translation>Où les cartes divergent</translation>
    </message>
    <message>
        <source>%1: %2, influence %3</source>
        <translation>%1&#xa0;: %2, influence %3</translation>
    </message>
    <message>
        <source>%1 — drawn by %2; not by %3</source>
        <translation>%1 — tracé par %2&#xa0;; pas par %3</translation>
    </message>
</context>
<context>
    <name>maillage::DiagnosticsPanel</name>
    <message>
        <source>An indicator is &amp;stale after:</source>
        <translation>Un indicateur devient &amp;obsolète après&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Click an item to go to what it names</source>
        <translation>Cliquez sur un élément pour accéder à ce qu’il désigne</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Aucun point de vigilance.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need attention</source>
        <translation>
            <numerusform>%Ln point de vigilance</numerusform>
            <numerusform>%Ln points de vigilance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them urgent</source>
        <translation>
            <numerusform>dont %Ln urgent</numerusform>
            <numerusform>dont %Ln urgents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::Document</name>
    <message>
        <source>Add actor “%1”</source>
        <translation>Ajouter l’acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation>Cet acteur n’existe plus.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change tags of “%1”</source>
        <translation>Modifier les étiquettes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>Supprimer l’acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete %1 actors</source>
        <translation>Supprimer %1 acteurs</translation>
    </message>
    <message>
        <source>A link needs two existing actors.</source>
        <translation>Un lien nécessite deux acteurs existants.</translation>
    </message>
    <message>
        <source>Link “%1” and “%2”</source>
        <translation>Relier «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Delete %1 links</source>
        <translation>Supprimer %1 liens</translation>
    </message>
    <message>
        <source>Edit territory</source>
        <translation>Modifier le territoire</translation>
    </message>
    <message>
        <source>A field belongs to actors or to links.</source>
        <translation>Un champ appartient aux acteurs ou aux liens.</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Un champ doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation>Il existe déjà un champ nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add field “%1”</source>
        <translation>Ajouter le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This field no longer exists.</source>
        <translation>Ce champ n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become a field of type %2: %Ln value(s) do not fit (“%3”…).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne peut pas devenir un champ de type %2&#xa0;: %Ln valeur ne convient pas («&#xa0;%3&#xa0;»…).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne peut pas devenir un champ de type %2&#xa0;: %Ln valeurs ne conviennent pas («&#xa0;%3&#xa0;»…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit field “%1”</source>
        <translation>Modifier le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move field “%1”</source>
        <translation>Déplacer le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation>Supprimer le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Ce lien n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2” (%3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valable pour «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Clear “%1” of “%2”</source>
        <translation>Effacer «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set “%1” of “%2”</source>
        <translation>Renseigner «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Déplacer %n acteur</numerusform>
            <numerusform>Déplacer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>A place must have a latitude between −90 and 90 and a longitude between −180 and 180 degrees, not %1, %2.</source>
        <translation>Un lieu doit avoir une latitude entre −90 et 90 et une longitude entre −180 et 180 degrés, pas %1, %2.</translation>
    </message>
    <message>
        <source>Place “%1”</source>
        <translation>Placer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Place %n actor(s)</source>
        <translation>
            <numerusform>Placer %n acteur</numerusform>
            <numerusform>Placer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the server of “%1” cannot be reached; the territory is read-only until the connection is back.</source>
        <translation>Non enregistré&#xa0;: le serveur de «&#xa0;%1&#xa0;» est injoignable&#xa0;; le territoire est en lecture seule jusqu’au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseDialog</name>
    <message>
        <source>Create an exercise</source>
        <translation>Créer un exercice</translation>
    </message>
    <message>
        <source>Trainees get a copy of this territory with the brief, the vocabulary you allow and the starting map you choose. This territory stays as it is: it is the reference their maps are compared with.</source>
        <translation>Les stagiaires reçoivent une copie de ce territoire avec la consigne, le vocabulaire que vous autorisez et la carte de départ choisie. Ce territoire reste tel quel&#xa0;: c’est la référence à laquelle leurs cartes sont comparées.</translation>
    </message>
    <message>
        <source>What the trainees have to do, e.g. “Map who acts on food and health in the town, and how they are linked.”</source>
        <translation>Ce que les stagiaires ont à faire, par ex. «&#xa0;Cartographiez qui agit sur l’alimentation et la santé dans la ville, et comment ces acteurs sont liés.&#xa0;»</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Consigne&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed categories</source>
        <translation>Catégories autorisées</translation>
    </message>
    <message>
        <source>Allowed link types</source>
        <translation>Types de liens autorisés</translation>
    </message>
    <message>
        <source>Allowed &amp;categories:</source>
        <translation>Ca&amp;tégories autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed &amp;link types:</source>
        <translation>Types de &amp;liens autorisés&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the trainees find every actor</source>
        <translation>Vide&#xa0;: les stagiaires trouvent tous les acteurs</translation>
    </message>
    <message>
        <source>Only the actors, no links</source>
        <translation>Seulement les acteurs, sans liens</translation>
    </message>
    <message numerus="yes">
        <source>The selected actors and their links (%Ln)</source>
        <translation>
            <numerusform>Les acteurs sélectionnés et leurs liens (%Ln)</numerusform>
            <numerusform>Les acteurs sélectionnés et leurs liens (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything (actors, links, meetings, problems, actions)</source>
        <translation>Tout (acteurs, liens, réunions, problèmes, actions)</translation>
    </message>
    <message>
        <source>&amp;Starting map:</source>
        <translation>Carte de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <source>Exercise file</source>
        <translation>Fichier d’exercice</translation>
    </message>
    <message>
        <source>%1 - exercise.maillage</source>
        <translation>%1 - exercice.maillage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Create Exercise</source>
        <translation>Créer l’exercice</translation>
    </message>
    <message>
        <source>Save the exercise as</source>
        <translation>Enregistrer l’exercice sous</translation>
    </message>
    <message>
        <source>Maillage territories (*.maillage)</source>
        <translation>Territoires Maillage (*.maillage)</translation>
    </message>
    <message>
        <source>Choose where to save the exercise.</source>
        <translation>Choisissez où enregistrer l’exercice.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Exercise not created</source>
        <translation>Exercice non créé</translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseWorkshop</name>
    <message>
        <source>Create &amp;Exercise…</source>
        <translation>Créer un &amp;exercice…</translation>
    </message>
    <message>
        <source>Turn this territory into an exercise file for trainees: a brief, the allowed vocabulary and a starting map</source>
        <translation>Faire de ce territoire un fichier d’exercice pour les stagiaires&#xa0;: une consigne, le vocabulaire autorisé et une carte de départ</translation>
    </message>
    <message>
        <source>Compare with &amp;Maps…</source>
        <translation>Comparer avec des &amp;cartes…</translation>
    </message>
    <message>
        <source>Compare trainees&apos; or groups&apos; maps with this territory (the reference)</source>
        <translation>Comparer les cartes de stagiaires ou de groupes à ce territoire (la référence)</translation>
    </message>
    <message>
        <source>Compare with &amp;Reference…</source>
        <translation>Comparer avec la &amp;référence…</translation>
    </message>
    <message>
        <source>Compare this map with the trainer&apos;s reference file</source>
        <translation>Comparer cette carte au fichier de référence du formateur ou de la formatrice</translation>
    </message>
    <message>
        <source>Close Compa&amp;rison</source>
        <translation>Fermer la compa&amp;raison</translation>
    </message>
    <message>
        <source>Remove the comparison from the map</source>
        <translation>Retirer la comparaison de la carte</translation>
    </message>
    <message>
        <source>Exercise brief</source>
        <translation>Consigne de l’exercice</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare with the Reference…</source>
        <translation>Comparer avec la référence…</translation>
    </message>
    <message>
        <source>Choose the trainer&apos;s reference file and see what this map misses or adds</source>
        <translation>Choisir le fichier de référence du formateur ou de la formatrice et voir ce qui manque à cette carte ou ce qu’elle ajoute</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message>
        <source>Compared with the reference %1</source>
        <translation>Comparée à la référence %1</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Exercise written to %1; this territory is unchanged.</source>
        <translation>Exercice écrit dans %1&#xa0;; ce territoire n’a pas changé.</translation>
    </message>
    <message>
        <source>Maps to compare with this territory</source>
        <translation>Cartes à comparer à ce territoire</translation>
    </message>
    <message>
        <source>Maillage territories (*.maillage);;All files (*)</source>
        <translation>Territoires Maillage (*.maillage);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The trainer&apos;s reference</source>
        <translation>La référence du formateur ou de la formatrice</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln map(s) with this territory…</source>
        <translation>
            <numerusform>Comparaison de %Ln carte avec ce territoire…</numerusform>
            <numerusform>Comparaison de %Ln cartes avec ce territoire…</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Reference</source>
        <translation>Comparer avec la référence</translation>
    </message>
    <message>
        <source>This file is the one open: choose the trainer&apos;s reference file.</source>
        <translation>Ce fichier est celui qui est ouvert&#xa0;: choisissez le fichier de référence du formateur ou de la formatrice.</translation>
    </message>
    <message>
        <source>Comparing this map with the reference…</source>
        <translation>Comparaison de cette carte avec la référence…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
</context>
<context>
    <name>maillage::FieldConditionDialog</name>
    <message>
        <source>Filter on “%1”</source>
        <translation>Filtrer sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Valeur (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Type a value to compare with.</source>
        <translation>Saisissez une valeur à comparer.</translation>
    </message>
    <message>
        <source>“%1” is not a %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du type %2.</translation>
    </message>
</context>
<context>
    <name>maillage::FieldValuesEditor</name>
    <message>
        <source>Greyed: no answer recorded</source>
        <translation>Grisé&#xa0;: pas de réponse enregistrée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Personal data: blanked for persons in anonymized exports</source>
        <translation>Donnée personnelle&#xa0;: effacée pour les personnes dans les exports anonymisés</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Minimum link strength</source>
        <translation>Force minimale des liens</translation>
    </message>
    <message>
        <source>Hide isolated actors</source>
        <translation>Masquer les acteurs isolés</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Attitude&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strength ≥ %1</source>
        <translation>Force ≥ %1</translation>
    </message>
    <message>
        <source>Isolated actors hidden</source>
        <translation>Acteurs isolés masqués</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>pas le</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant le</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après le</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 avant le %2</translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après le %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 contient «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 filled in</source>
        <translation>%1 renseigné</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 vide</translation>
    </message>
</context>
<context>
    <name>maillage::HelpWindow</name>
    <message>
        <source>Maillage User Guide</source>
        <translation>Guide d’utilisation de Maillage</translation>
    </message>
</context>
<context>
    <name>maillage::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>%1 made this edit on the server: you cannot undo someone else’s edit.</source>
        <translation>%1 a fait cette modification sur le serveur&#xa0;: vous ne pouvez pas annuler la modification de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Undone, then replaced by a later edit: it can no longer be redone.</source>
        <translation>Annulée, puis remplacée par une modification plus récente&#xa0;: elle ne peut plus être rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed these rows since: this step can no longer be redone and left the undo history.</source>
        <translation>Quelqu’un d’autre a modifié ces lignes depuis&#xa0;: cette étape ne peut plus être rétablie et a quitté l’historique d’annulation.</translation>
    </message>
    <message>
        <source>Someone else changed these rows since: this step can no longer be undone and left the undo history.</source>
        <translation>Quelqu’un d’autre a modifié ces lignes depuis&#xa0;: cette étape ne peut plus être annulée et a quitté l’historique d’annulation.</translation>
    </message>
    <message>
        <source>Undone: Redo brings it back.</source>
        <translation>Annulée&#xa0;: Rétablir la fait revenir.</translation>
    </message>
    <message>
        <source>Your edit: select it to undo back to here.</source>
        <translation>Votre modification&#xa0;: sélectionnez-la pour annuler jusqu’ici.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>maillage::HistoryPanel</name>
    <message numerus="yes">
        <source>Redo Up to Here (%n steps)</source>
        <translation>
            <numerusform>Rétablir jusqu’ici (%n étape)</numerusform>
            <numerusform>Rétablir jusqu’ici (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo the undone steps up to this one</source>
        <translation>Rétablir les étapes annulées jusqu’à celle-ci</translation>
    </message>
    <message numerus="yes">
        <source>Undo Back to Here (%n steps)</source>
        <translation>
            <numerusform>Annuler jusqu’ici (%n étape)</numerusform>
            <numerusform>Annuler jusqu’ici (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this step and every later one of yours</source>
        <translation>Annuler cette étape et toutes vos étapes suivantes</translation>
    </message>
    <message>
        <source>Undo Back to Here</source>
        <translation>Annuler jusqu’ici</translation>
    </message>
    <message>
        <source>Someone else’s edit: only its author can undo it.</source>
        <translation>Modification de quelqu’un d’autre&#xa0;: seul son auteur peut l’annuler.</translation>
    </message>
    <message>
        <source>Select one of your steps to undo back to it or redo up to it</source>
        <translation>Sélectionnez une de vos étapes pour annuler ou rétablir jusqu’à elle</translation>
    </message>
    <message>
        <source>Your edits and the others’ appear here as they are made, newest first.</source>
        <translation>Vos modifications et celles des autres apparaissent ici à mesure, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Your edits appear here as you make them, newest first.</source>
        <translation>Vos modifications apparaissent ici à mesure, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel)</source>
        <translation>Windows-1252 (Excel français)</translation>
    </message>
    <message>
        <source>plain ASCII (UTF-8)</source>
        <translation>ASCII simple (UTF-8)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File shown</source>
        <translation>Fichier affiché</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Each row is</source>
        <translation>Chaque ligne est</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>un acteur</translation>
    </message>
    <message>
        <source>a link between two actors</source>
        <translation>un lien entre deux acteurs</translation>
    </message>
    <message>
        <source>Each &amp;row is:</source>
        <translation>Chaque &amp;ligne est&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Aperçu des premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Columns: what each one holds</source>
        <translation>&amp;Colonnes&#xa0;: ce que chacune contient</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Actors already in the territory (same name, ignoring case and accents)</source>
        <translation>Acteurs déjà présents dans le territoire (même nom, sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
        <source>&amp;Merge: complete them with the imported values</source>
        <translation>&amp;Fusionner&#xa0;: les compléter avec les valeurs importées</translation>
    </message>
    <message>
        <source>&amp;Skip: leave them as they are</source>
        <translation>&amp;Ignorer&#xa0;: les laisser tels quels</translation>
    </message>
    <message>
        <source>&amp;Keep both: create a second actor</source>
        <translation>&amp;Garder les deux&#xa0;: créer un second acteur</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 · separator: %2 · encoding: %3</source>
        <translation>%1 · séparateur&#xa0;: %2 · encodage&#xa0;: %3</translation>
    </message>
    <message>
        <source>not recognised: say below what each column holds</source>
        <translation>non reconnu&#xa0;: indiquez ci-dessous ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>%1: nodes, edges, their attributes and positions are read as they are</source>
        <translation>%1&#xa0;: nœuds, liens, leurs attributs et positions sont lus tels quels</translation>
    </message>
    <message>
        <source>Column “%1” imported as</source>
        <translation>Colonne «&#xa0;%1&#xa0;» importée comme</translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation>Lecture et vérification des fichiers…</translation>
    </message>
    <message>
        <source>Nothing can be imported yet:</source>
        <translation>Rien ne peut encore être importé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 actors in these files already in the territory.</source>
        <translation>
            <numerusform>%Ln des %1 acteurs de ces fichiers est déjà dans le territoire.</numerusform>
            <numerusform>%Ln des %1 acteurs de ces fichiers sont déjà dans le territoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 actor rows and %2 link rows read without error.</source>
        <translation>Prêt&#xa0;: %1 lignes d’acteurs et %2 lignes de liens lues sans erreur.</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Type du champ</translation>
    </message>
    <message>
        <source>%1 (the territory&apos;s field)</source>
        <translation>%1 (champ du territoire)</translation>
    </message>
    <message>
        <source>The territory already has a field “%1”: the values go to it and it keeps its type.</source>
        <translation>Le territoire a déjà un champ «&#xa0;%1&#xa0;»&#xa0;: les valeurs y vont et il garde son type.</translation>
    </message>
    <message>
        <source>Type of the field made from “%1”</source>
        <translation>Type du champ créé à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (type détecté)</translation>
    </message>
    <message>
        <source>Choose another type for that column, or correct the file.</source>
        <translation>Choisissez un autre type pour cette colonne, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvée</translation>
    </message>
    <message>
        <source>The row of the column names; “found”: the first row of at least three text cells</source>
        <translation>La ligne des noms de colonnes&#xa0;; «&#xa0;trouvée&#xa0;»&#xa0;: la première ligne d’au moins trois cellules de texte</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d’&amp;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>Feu&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>Elements and Connections (Kumu)</source>
        <translation>Elements et Connections (Kumu)</translation>
    </message>
</context>
<context>
    <name>maillage::ImportWriteProgress</name>
    <message>
        <source>Writing the import</source>
        <translation>Écriture de l’import</translation>
    </message>
    <message>
        <source>Writing the import…</source>
        <translation>Écriture de l’import…</translation>
    </message>
    <message>
        <source>Writing the import: %1 of %2 rows… (Stop cancels it: nothing is written)</source>
        <translation>Écriture de l’import&#xa0;: %1 lignes sur %2… (Arrêter l’annule&#xa0;: rien n’est écrit)</translation>
    </message>
    <message>
        <source>Writing the import: building the indexes and checking the links (Stop still cancels it)…</source>
        <translation>Écriture de l’import&#xa0;: construction des index et vérification des liens (Arrêter l’annule encore)…</translation>
    </message>
</context>
<context>
    <name>maillage::IndicatorChart</name>
    <message>
        <source>No value measured yet</source>
        <translation>Aucune valeur mesurée pour l’instant</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>maillage::IndicatorEditor</name>
    <message>
        <source>Required, e.g. Attendance</source>
        <translation>Obligatoire, p. ex. Fréquentation</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>An indicator needs a name; the previous one was kept.</source>
        <translation>Un indicateur doit avoir un nom&#xa0;; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>e.g. people, %, households</source>
        <translation>p. ex. personnes, %, ménages</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The value before the action; empty: the first value measured.</source>
        <translation>La valeur avant l’action&#xa0;; vide&#xa0;: la première valeur mesurée.</translation>
    </message>
    <message>
        <source>The value aimed at; it may be below the baseline (fewer empty homes).</source>
        <translation>La valeur visée&#xa0;; elle peut être inférieure à la référence (moins de logements vacants).</translation>
    </message>
    <message>
        <source>→ target:</source>
        <translation>→ cible&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>What is measured and how</source>
        <translation>Ce qui est mesuré, et comment</translation>
    </message>
    <message>
        <source>How measured:</source>
        <translation>Mode de mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement&#xa0;:</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a value to “%1”</source>
        <translation>Ajouter une valeur à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change a value of “%1”</source>
        <translation>Modifier une valeur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove values of “%1”</source>
        <translation>Retirer des valeurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Dernière valeur&#xa0;: %1 le %2</translation>
    </message>
    <message>
        <source>(target passed)</source>
        <translation>(cible dépassée)</translation>
    </message>
    <message>
        <source>(moving away from the target)</source>
        <translation>(s’éloigne de la cible)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>No value measured yet.</source>
        <translation>Aucune valeur mesurée pour l’instant.</translation>
    </message>
    <message>
        <source>Set a target to follow progress.</source>
        <translation>Fixez une cible pour suivre l’avancement.</translation>
    </message>
    <message>
        <source>The target equals the baseline.</source>
        <translation>La cible est égale à la référence.</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Modifier l’indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a number; the previous value was kept.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;; la valeur précédente a été conservée.</translation>
    </message>
    <message>
        <source>Take from the portrait…</source>
        <translation>Prendre dans le portrait…</translation>
    </message>
    <message>
        <source>Take the baseline from the territory&apos;s statistical portrait (the public statistics imported)</source>
        <translation>Prendre la référence dans le portrait statistique du territoire (les statistiques publiques importées)</translation>
    </message>
    <message>
        <source>Baseline from the portrait: %1</source>
        <translation>Référence tirée du portrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>No statistics imported yet: import them in Analysis ▸ Statistical portrait.</source>
        <translation>Aucune statistique importée&#xa0;: importez-les dans Analyse ▸ Portrait statistique.</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1&#xa0;: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>The portrait has no figure for the territory yet.</source>
        <translation>Le portrait n’a encore aucun chiffre pour le territoire.</translation>
    </message>
    <message>
        <source>Take the baseline of “%1” from the portrait</source>
        <translation>Prendre la référence de «&#xa0;%1&#xa0;» dans le portrait</translation>
    </message>
    <message>
        <source>Not all could be read: %1</source>
        <translation>Tout n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::InterviewWindow</name>
    <message>
        <source>Net-Map interview — Maillage</source>
        <translation>Entretien Net-Map — Maillage</translation>
    </message>
    <message>
        <source>1 Question</source>
        <translation>1 Question</translation>
    </message>
    <message>
        <source>2 Actors</source>
        <translation>2 Acteurs</translation>
    </message>
    <message>
        <source>3 Links</source>
        <translation>3 Liens</translation>
    </message>
    <message>
        <source>4 Influence</source>
        <translation>4 Influence</translation>
    </message>
    <message>
        <source>5 Goal</source>
        <translation>5 Objectif</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Show the map</source>
        <translation>Voir la carte</translation>
    </message>
    <message>
        <source>Leave the interview and show the map; you can continue it later from Workshop › Net-Map Interview</source>
        <translation>Quitter l’entretien et voir la carte&#xa0;; vous pourrez le reprendre plus tard par Atelier › Entretien Net-Map</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left, Page Up)</source>
        <translation>Étape précédente (Alt+Gauche, Page précédente)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right, Page Down)</source>
        <translation>Étape suivante (Alt+Droite, Page suivante)</translation>
    </message>
    <message>
        <source>Net-Map: the group answers one question together. Write the question and the goal where everybody can read them, choose how tall the influence towers can grow and which kinds of links you will draw.</source>
        <translation>Net-Map&#xa0;: le groupe répond ensemble à une question. Écrivez la question et l’objectif là où tout le monde peut les lire, choisissez la hauteur maximale des tours d’influence et les sortes de liens que vous allez tracer.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>e.g. Who can help open a solidarity grocery?</source>
        <translation>p. ex. Qui peut aider à ouvrir une épicerie solidaire&#xa0;?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>e.g. A solidarity grocery open by next winter</source>
        <translation>p. ex. Une épicerie solidaire ouverte d’ici l’hiver prochain</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Tallest influence tower (counters):</source>
        <translation>Hauteur maximale des &amp;tours d’influence (pions)&#xa0;:</translation>
    </message>
    <message>
        <source>Tallest influence tower</source>
        <translation>Hauteur maximale des tours d’influence</translation>
    </message>
    <message>
        <source>Links to draw, one kind at a time:</source>
        <translation>Liens à tracer, une sorte à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name of an actor, then Enter</source>
        <translation>&amp;Nom d’un acteur, puis Entrée</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Tapez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Name of the new actor</source>
        <translation>Nom du nouvel acteur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected actors (Delete)</source>
        <translation>Retirer les acteurs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Click an actor, then another, or drag from one to the other. Click a link to remove it.</source>
        <translation>Cliquez sur un acteur puis sur un autre, ou glissez de l’un à l’autre. Cliquez sur un lien pour le retirer.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>First actor of the link</source>
        <translation>Premier acteur du lien</translation>
    </message>
    <message>
        <source>Second actor of the link</source>
        <translation>Second acteur du lien</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>&amp;Ajouter le lien</translation>
    </message>
    <message>
        <source>Link the two chosen actors (Enter)</source>
        <translation>Relier les deux acteurs choisis (Entrée)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Retirer le lien sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Map of the actors: click two actors to link them</source>
        <translation>Carte des acteurs&#xa0;: cliquez sur deux acteurs pour les relier</translation>
    </message>
    <message>
        <source>How much influence does each actor have on the goal? Click a level of its tower, or use Left/Right to choose an actor and Up/Down or a number key to set its height.</source>
        <translation>Quelle influence chaque acteur a-t-il sur l’objectif&#xa0;? Cliquez sur un niveau de sa tour, ou choisissez un acteur avec Gauche/Droite et réglez la hauteur avec Haut/Bas ou un chiffre.</translation>
    </message>
    <message>
        <source>Influence towers</source>
        <translation>Tours d’influence</translation>
    </message>
    <message>
        <source>Question and goal</source>
        <translation>Question et objectif</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Position on the goal</source>
        <translation>Position sur l’objectif</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <translation>Étape %1 sur %2 — %3</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Finish ✓</source>
        <translation>Terminer ✓</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Undo “%1” (Ctrl+Z)</source>
        <translation>Annuler «&#xa0;%1&#xa0;» (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Draw links of type %1</source>
        <translation>Tracer les liens de type %1</translation>
    </message>
    <message>
        <source>Actors on the map: %1</source>
        <translation>Acteurs sur la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category of the next actor (number keys 1–9):</source>
        <translation>Catégorie du prochain acteur (touches 1 à 9)&#xa0;:</translation>
    </message>
    <message>
        <source>Category of « %1 »? Press its number or click it; Escape to cancel.</source>
        <translation>Catégorie de «&#xa0;%1&#xa0;»&#xa0;? Tapez son numéro ou cliquez dessus&#xa0;; Échap pour annuler.</translation>
    </message>
    <message>
        <source>Already on the map? %1</source>
        <translation>Déjà sur la carte&#xa0;? %1</translation>
    </message>
    <message>
        <source>No link type chosen: go back to the first step and choose the kinds of links to draw.</source>
        <translation>Aucun type de lien choisi&#xa0;: revenez à la première étape et choisissez les sortes de liens à tracer.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Links of this kind: %1</source>
        <translation>Liens de cette sorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Choisissez deux acteurs différents.</translation>
    </message>
    <message>
        <source>These two actors are already linked this way.</source>
        <translation>Ces deux acteurs sont déjà reliés de cette façon.</translation>
    </message>
    <message>
        <source>Is each actor for the goal, neutral or against it?</source>
        <translation>Chaque acteur est-il favorable à l’objectif, neutre ou opposé&#xa0;?</translation>
    </message>
    <message>
        <source>Goal: « %1 » — is each actor for it, neutral or against it?</source>
        <translation>Objectif&#xa0;: «&#xa0;%1&#xa0;» — chaque acteur est-il favorable, neutre ou opposé&#xa0;?</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Net-Map interview</source>
        <translation>Entretien Net-Map</translation>
    </message>
    <message>
        <source>Continue the last interview or start a new one?</source>
        <translation>Reprendre le dernier entretien ou en commencer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Continue the interview « %1 » or start a new one?</source>
        <translation>Reprendre l’entretien «&#xa0;%1&#xa0;» ou en commencer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;New Interview</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>This file is read-only: an interview cannot be recorded in it.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: un entretien ne peut pas y être enregistré.</translation>
    </message>
</context>
<context>
    <name>maillage::KeyedJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown %1 “%2”</source>
        <translation>%1 inconnu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>an actor has no name</source>
        <translation>un acteur n’a pas de nom</translation>
    </message>
    <message>
        <source>actor “%1”: %2</source>
        <translation>acteur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a link needs “from” and “to”</source>
        <translation>un lien nécessite «&#xa0;from&#xa0;» et «&#xa0;to&#xa0;»</translation>
    </message>
    <message>
        <source>problem “%1”: %2</source>
        <translation>problème «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>action “%1”: %2</source>
        <translation>action «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>indicator “%1”: a value has no valid date</source>
        <translation>indicateur «&#xa0;%1&#xa0;»&#xa0;: une valeur n’a pas de date valide</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The sample territory is missing from this build.</source>
        <translation>Le territoire d’exemple est absent de cette version.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a file with that name already exists.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>maillage::LinkCanvas</name>
    <message>
        <source>No actors yet: add them in the previous step.</source>
        <translation>Pas encore d’acteurs&#xa0;: ajoutez-les à l’étape précédente.</translation>
    </message>
</context>
<context>
    <name>maillage::LinkEditor</name>
    <message>
        <source>Show this actor</source>
        <translation>Afficher cet acteur</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reverse direction</source>
        <translation>&amp;Inverser le sens</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>1 (weak) to 5 (strong)</source>
        <translation>1 (faible) à 5 (fort)</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Force&#xa0;:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete this link</source>
        <translation>&amp;Supprimer ce lien</translation>
    </message>
    <message>
        <source>Reverse link</source>
        <translation>Inverser le lien</translation>
    </message>
    <message>
        <source>From the first actor to the second</source>
        <translation>Du premier acteur vers le second</translation>
    </message>
    <message>
        <source>Both ways (this type is not directed)</source>
        <translation>Dans les deux sens (ce type n’est pas orienté)</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::LocateDialog</name>
    <message>
        <source>SIRENE</source>
        <translation>SIRENE</translation>
    </message>
    <message>
        <source>Geocoder</source>
        <translation>Géocodeur</translation>
    </message>
    <message>
        <source>Commune centre</source>
        <translation>Centre de la commune</translation>
    </message>
    <message>
        <source>Locate Actors</source>
        <translation>Localiser les acteurs</translation>
    </message>
    <message>
        <source>Places the actors that have none yet, from the sources ticked, in this order. Nothing changes before you have reviewed what was found; then it is one step that Undo takes back.</source>
        <translation>Place les acteurs qui n’ont pas encore de lieu, d’après les sources cochées, dans cet ordre. Rien ne change avant que vous ayez vérifié ce qui a été trouvé&#xa0;; c’est ensuite une seule étape, qu’Annuler défait.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>INSEE’s &amp;SIRENE geolocation file, joined by SIRET to the establishments imported from SIRENE:</source>
        <translation>Fichier de géolocalisation &amp;SIRENE de l’Insee, joint par SIRET aux établissements importés de SIRENE&#xa0;:</translation>
    </message>
    <message>
        <source>INSEE’s SIRENE geolocation file</source>
        <translation>Fichier de géolocalisation SIRENE de l’Insee</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tick the results scoring at &amp;least:</source>
        <translation>Cocher les résultats dont le score est d’au &amp;moins&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune centres for the actors still without a place but with a commune (approximate), from commune outlines:</source>
        <translation>&amp;Centres des communes pour les acteurs toujours sans lieu mais avec une commune (approximatif), d’après les contours des communes&#xa0;:</translation>
    </message>
    <message>
        <source>Commune outlines</source>
        <translation>Contours des communes</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>Fichiers GeoJSON (*.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Replace the places found earlier (never those set by hand)</source>
        <translation>&amp;Remplacer les lieux trouvés auparavant (jamais ceux placés à la main)</translation>
    </message>
    <message>
        <source>Review the places found: only the rows ticked are applied. An actor has one place: ticking a row unticks the actor’s others.</source>
        <translation>Vérifiez les lieux trouvés&#xa0;: seules les lignes cochées sont appliquées. Un acteur n’a qu’un lieu&#xa0;: cocher une ligne décoche ses autres lignes.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Locate &amp;Others…</source>
        <translation>Localiser d’&amp;autres acteurs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Find Places</source>
        <translation>&amp;Chercher les lieux</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) imported from SIRENE to place</source>
        <translation>
            <numerusform>%Ln établissement importé de SIRENE à placer</numerusform>
            <numerusform>%Ln établissements importés de SIRENE à placer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Geocode the addresses through the Base Adresse Nationale’s service, %1 (over the internet)</source>
        <translation>&amp;Géocoder les adresses par le service de la Base Adresse Nationale, %1 (par Internet)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) of actors that are not persons</source>
        <translation>
            <numerusform>%Ln adresse d’acteurs qui ne sont pas des personnes</numerusform>
            <numerusform>%Ln adresses d’acteurs qui ne sont pas des personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send the addresses of %Ln person(s) to %1: personal data leaves this computer</source>
        <translation>
            <numerusform>Envoyer aussi l’adresse de %Ln personne à %1&#xa0;: des données personnelles quittent cet ordinateur</numerusform>
            <numerusform>Envoyer aussi les adresses de %Ln personnes à %1&#xa0;: des données personnelles quittent cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file for “%1”.</source>
        <translation>Choisissez le fichier pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The geocoding service’s address “%1” is not an http or https URL: correct it in Preferences.</source>
        <translation>L’adresse du service de géocodage «&#xa0;%1&#xa0;» n’est pas une URL http ou https&#xa0;: corrigez-la dans les Préférences.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the commune outlines…</source>
        <translation>Lecture des contours des communes…</translation>
    </message>
    <message>
        <source>Reading the SIRENE geolocation file…</source>
        <translation>Lecture du fichier de géolocalisation SIRENE…</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for the places of %Ln address(es)…</source>
        <translation>
            <numerusform>Demande à %1 du lieu de %Ln adresse…</numerusform>
            <numerusform>Demande à %1 des lieux de %Ln adresses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was located.</source>
        <translation>Annulé&#xa0;: rien n’a été localisé.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Query sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>Lieu trouvé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>No place was found.</source>
        <translation>Aucun lieu n’a été trouvé.</translation>
    </message>
    <message>
        <source>Not found by the geocoder: %1</source>
        <translation>Introuvables pour le géocodeur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder.</source>
        <translation>
            <numerusform>%Ln personne avec une adresse non envoyée au géocodeur.</numerusform>
            <numerusform>%Ln personnes avec une adresse non envoyées au géocodeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIRENE establishment(s) not in the file or without coordinates.</source>
        <translation>
            <numerusform>%Ln établissement SIRENE absent du fichier ou sans coordonnées.</numerusform>
            <numerusform>%Ln établissements SIRENE absents du fichier ou sans coordonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Communes not in the outlines file: %1</source>
        <translation>Communes absentes du fichier de contours&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %Ln Place(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %Ln lieu</numerusform>
            <numerusform>&amp;Appliquer %Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was located: %1</source>
        <translation>Rien n’a été localisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
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
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;New Territory…</source>
        <translation>&amp;Nouveau territoire…</translation>
    </message>
    <message>
        <source>Create a new territory file</source>
        <translation>Créer un nouveau fichier de territoire</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a territory file</source>
        <translation>Ouvrir un fichier de territoire</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Write a copy of this territory and continue in it</source>
        <translation>Écrire une copie de ce territoire et continuer à travailler dans celle-ci</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this territory</source>
        <translation>Fermer ce territoire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Territory Properties…</source>
        <translation>&amp;Propriétés du territoire…</translation>
    </message>
    <message>
        <source>Name, kind, INSEE codes, retention</source>
        <translation>Nom, type, codes INSEE, conservation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected actors or link</source>
        <translation>Supprimer les acteurs ou le lien sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Find Actor…</source>
        <translation>&amp;Rechercher un acteur…</translation>
    </message>
    <message>
        <source>Search the actor list</source>
        <translation>Rechercher dans la liste des acteurs</translation>
    </message>
    <message>
        <source>Add &amp;Actor</source>
        <translation>Ajouter un &amp;acteur</translation>
    </message>
    <message>
        <source>Add an actor to the territory</source>
        <translation>Ajouter un acteur au territoire</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Link two actors</source>
        <translation>Relier deux acteurs</translation>
    </message>
    <message>
        <source>&amp;Categories, Link Types and Tags…</source>
        <translation>&amp;Catégories, types de liens et étiquettes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Ajuster la carte</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;About Maillage</source>
        <translation>À &amp;propos de Maillage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select an actor in the list or on the map to see and edit its details. Double-click to edit; Shift-drag from one actor to another on the map to link them.</source>
        <translation>Sélectionnez un acteur dans la liste ou sur la carte pour afficher et modifier ses détails. Double-cliquez pour modifier&#xa0;; sur la carte, faites glisser d’un acteur à un autre en maintenant Maj pour les relier.</translation>
    </message>
    <message>
        <source>This file is read-only: you can look at it, but changes cannot be saved. Use File › Save As to work on a copy.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: vous pouvez le consulter, mais les modifications ne peuvent pas être enregistrées. Utilisez Fichier › Enregistrer sous pour travailler sur une copie.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>No actors yet: add one, or import a spreadsheet.</source>
        <translation>Aucun acteur pour l’instant&#xa0;: ajoutez-en un ou importez un tableur.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>Cannot open the territory</source>
        <translation>Impossible d’ouvrir le territoire</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot create the territory</source>
        <translation>Impossible de créer le territoire</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>Maillage territories (*.maillage)</source>
        <translation>Territoires Maillage (*.maillage)</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Open a territory</source>
        <translation>Ouvrir un territoire</translation>
    </message>
    <message>
        <source>Maillage territories (*.maillage);;All files (*)</source>
        <translation>Territoires Maillage (*.maillage);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Cannot add the actor</source>
        <translation>Impossible d’ajouter l’acteur</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these %1 actors?</source>
        <translation>Supprimer ces %1 acteurs&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Supprimer des acteurs</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>About Maillage</source>
        <translation>À propos de Maillage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Map a territory&apos;s stakeholders, the links between them, its problems and the actions that answer them.&lt;/p&gt;&lt;p&gt;For the entrepreneurs du bien-vivre and the trainers who teach the method.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Cartographiez les acteurs d’un territoire, les liens qui les unissent, ses problèmes et les actions qui y répondent.&lt;/p&gt;&lt;p&gt;Pour les entrepreneurs du bien-vivre et les formateurs qui enseignent la méthode.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Focus on Selection</source>
        <translation>&amp;Focaliser sur la sélection</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>A PDF report for partners</source>
        <translation>Un rapport PDF pour les partenaires</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Exporter la &amp;carte…</translation>
    </message>
    <message>
        <source>Save the map with its legend as PNG or SVG</source>
        <translation>Enregistrer la carte avec sa légende en PNG ou SVG</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>CSV, GraphML, GEXF or JSON, persons pseudonymised on request</source>
        <translation>CSV, GraphML, GEXF ou JSON, personnes pseudonymisées sur demande</translation>
    </message>
    <message>
        <source>&amp;Force-Directed</source>
        <translation>&amp;Dirigée par les forces</translation>
    </message>
    <message>
        <source>Linked actors close together</source>
        <translation>Acteurs liés rapprochés</translation>
    </message>
    <message>
        <source>By &amp;Category</source>
        <translation>Par &amp;catégorie</translation>
    </message>
    <message>
        <source>One cluster per category</source>
        <translation>Un groupe par catégorie</translation>
    </message>
    <message>
        <source>C&amp;ircle</source>
        <translation>C&amp;ercle</translation>
    </message>
    <message>
        <source>C&amp;oncentric Around Selection</source>
        <translation>C&amp;oncentrique autour de la sélection</translation>
    </message>
    <message>
        <source>Rings by number of steps from the selected actor</source>
        <translation>Anneaux selon le nombre d’étapes depuis l’acteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Power/Interest Grid</source>
        <translation>Grille &amp;pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Interest across, influence up</source>
        <translation>Intérêt en abscisse, influence en ordonnée</translation>
    </message>
    <message>
        <source>&amp;1 Step Out</source>
        <translation>&amp;1 étape autour</translation>
    </message>
    <message>
        <source>&amp;2 Steps Out</source>
        <translation>&amp;2 étapes autour</translation>
    </message>
    <message>
        <source>&amp;3 Steps Out</source>
        <translation>&amp;3 étapes autour</translation>
    </message>
    <message>
        <source>&amp;Show Whole Map</source>
        <translation>&amp;Afficher toute la carte</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Terminer la focalisation</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>1 link is deleted</source>
        <translation>1 lien est supprimé</translation>
    </message>
    <message>
        <source>%1 links are deleted</source>
        <translation>%1 liens sont supprimés</translation>
    </message>
    <message>
        <source>they are removed from the attendees of %1 meeting(s)</source>
        <translation>ils sont retirés des participants de %1 réunion(s)</translation>
    </message>
    <message>
        <source>%1 role(s) in problems are removed</source>
        <translation>%1 rôle(s) dans des problèmes sont retirés</translation>
    </message>
    <message>
        <source>%1 action partnership(s) are removed</source>
        <translation>%1 participation(s) à des actions sont retirées</translation>
    </message>
    <message>
        <source>%1 action(s) lose their lead actor</source>
        <translation>%1 action(s) perdent leur pilote</translation>
    </message>
    <message>
        <source>With them: %1.</source>
        <translation>Avec eux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import into this territory</source>
        <translation>Importer dans ce territoire</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <source>What the view shows</source>
        <translation>Ce qu’affiche la vue</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Largeur en pixels&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>Impossible d’exporter la carte</translation>
    </message>
    <message>
        <source>Map saved to %1</source>
        <translation>Carte enregistrée dans %1</translation>
    </message>
    <message>
        <source>Export the territory&apos;s data</source>
        <translation>Exporter les données du territoire</translation>
    </message>
    <message>
        <source>CSV (actors and links) (*.csv);;GraphML (*.graphml);;GEXF (*.gexf);;JSON, whole territory (*.json)</source>
        <translation>CSV (acteurs et liens) (*.csv);;GraphML (*.graphml);;GEXF (*.gexf);;JSON, territoire complet (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv, .graphml, .gexf or .json.</source>
        <translation>Choisissez un fichier se terminant par .csv, .graphml, .gexf ou .json.</translation>
    </message>
    <message>
        <source>Replace every person&apos;s name by a pseudonym (for sharing outside the team)?</source>
        <translation>Remplacer le nom de chaque personne par un pseudonyme (pour un partage hors de l’équipe)&#xa0;?</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Focus: %1, 1 step</source>
        <translation>Focalisation&#xa0;: %1, 1 étape</translation>
    </message>
    <message>
        <source>Focus: %1, %2 steps</source>
        <translation>Focalisation&#xa0;: %1, %2 étapes</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>Import from public re&amp;gisters…</source>
        <translation>Importer depuis les re&amp;gistres publics…</translation>
    </message>
    <message>
        <source>Import elected officials, establishments or associations of chosen communes from the RNE, SIRENE or RNA</source>
        <translation>Importer les élu·es, établissements ou associations des communes choisies depuis le RNE, SIRENE ou le RNA</translation>
    </message>
    <message>
        <source>&amp;Net-Map Interview…</source>
        <translation>Entretien &amp;Net-Map…</translation>
    </message>
    <message>
        <source>Map the territory with a group, step by step: actors, links, influence towers, goals</source>
        <translation>Cartographier le territoire en groupe, pas à pas&#xa0;: acteurs, liens, tours d’influence, objectifs</translation>
    </message>
    <message>
        <source>Power/Interest &amp;Grid</source>
        <translation>&amp;Grille pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Drag actors to set their influence and interest</source>
        <translation>Glisser les acteurs pour régler leur influence et leur intérêt</translation>
    </message>
    <message>
        <source>Treat every link as directed</source>
        <translation>Traiter tous les liens comme orientés</translation>
    </message>
    <message>
        <source>Keep each link&apos;s direction</source>
        <translation>Garder l’orientation de chaque lien</translation>
    </message>
    <message>
        <source>The actor list and the details of the selected actor or link</source>
        <translation>La liste des acteurs et le détail de l’acteur ou du lien sélectionné</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The territory&apos;s problems, their causes and the actors concerned</source>
        <translation>Les problèmes du territoire, leurs causes et les acteurs concernés</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The actions that answer the problems, their partners and indicators</source>
        <translation>Les actions qui répondent aux problèmes, leurs partenaires et leurs indicateurs</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Meetings, Inform&apos;action debates and their attendees</source>
        <translation>Les réunions, les débats Inform’action et leurs participants</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>What needs attention in this territory</source>
        <translation>Ce qui demande de l’attention dans ce territoire</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Qualité de vie</translation>
    </message>
    <message>
        <source>The quality-of-life themes at a glance</source>
        <translation>Les thèmes de qualité de vie d’un coup d’œil</translation>
    </message>
    <message>
        <source>Network measures: central actors, bridges, communities, paths</source>
        <translation>Mesures du réseau&#xa0;: acteurs centraux, ponts, communautés, chemins</translation>
    </message>
    <message>
        <source>Persons on the map, legal basis, retention, rights</source>
        <translation>Les personnes de la carte, base légale, conservation, droits</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Tools for a group: interview, power/interest grid, timeline, slides, exercises</source>
        <translation>Outils pour un groupe&#xa0;: entretien, grille pouvoir/intérêt, chronologie, diapositives, exercices</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Side bar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>Tools for working with a group, on a projector or around a table. They are also in the Workshop menu.</source>
        <translation>Des outils pour travailler avec un groupe, au vidéoprojecteur ou autour d’une table. On les trouve aussi dans le menu Atelier.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Territory</source>
        <translation>Ouvrir le territoire d’&amp;exemple</translation>
    </message>
    <message>
        <source>Mirecourt, a small town mapped as an example: actors, links, problems, actions, meetings</source>
        <translation>Mirecourt, une petite ville cartographiée en exemple&#xa0;: acteurs, liens, problèmes, actions, réunions</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>The method and the window, step by step, with pictures</source>
        <translation>La démarche et la fenêtre, pas à pas, en images</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Tous les raccourcis de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Edit the selected actor&apos;s name</source>
        <translation>Modifier le nom de l’acteur sélectionné</translation>
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
        <source>Name of the territory (a town, a neighbourhood, a valley…):</source>
        <translation>Nom du territoire (une commune, un quartier, une vallée…)&#xa0;:</translation>
    </message>
    <message>
        <source>Where to keep “%1”</source>
        <translation>Où enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mirecourt (demo)</source>
        <translation>Mirecourt (démo)</translation>
    </message>
    <message>
        <source>Cannot open the sample territory</source>
        <translation>Impossible d’ouvrir le territoire d’exemple</translation>
    </message>
    <message>
        <source>Delete the actor</source>
        <translation>Supprimer l’acteur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Kumu, JSON blueprint (*.json)</source>
        <translation>Kumu, blueprint JSON (*.json)</translation>
    </message>
    <message>
        <source>Kumu, elements and connections spreadsheets (*.csv)</source>
        <translation>Kumu, feuilles des éléments et des connexions (*.csv)</translation>
    </message>
    <message>
        <source>Import actors and links from spreadsheets, GraphML, GEXF or Cytoscape JSON</source>
        <translation>Importer des acteurs et des liens depuis des tableurs, GraphML, GEXF ou Cytoscape JSON</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Statistical portrait</source>
        <translation>Portrait statistique</translation>
    </message>
    <message>
        <source>Export &amp;Web Page…</source>
        <translation>Exporter une page &amp;web…</translation>
    </message>
    <message>
        <source>One interactive page for partners, to open in any browser</source>
        <translation>Une page interactive pour les partenaires, à ouvrir dans n’importe quel navigateur</translation>
    </message>
    <message>
        <source>Spreadsheets and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf *.cyjs *.json);;All files (*)</source>
        <translation>Tableurs et graphes (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf *.cyjs *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>[offline]</source>
        <translation>[hors ligne]</translation>
    </message>
    <message>
        <source>You can look at this shared territory and follow the others&apos; edits, but your level on the server does not let you change it.</source>
        <translation>Vous pouvez consulter ce territoire partagé et suivre les modifications des autres, mais votre niveau sur le serveur ne vous permet pas de le modifier.</translation>
    </message>
    <message>
        <source>Open S&amp;hared Territory…</source>
        <translation>Ouvrir un territoire &amp;partagé…</translation>
    </message>
    <message>
        <source>Open a territory kept on a PostgreSQL server, edited by the team together</source>
        <translation>Ouvrir un territoire gardé sur un serveur PostgreSQL, modifié par l’équipe ensemble</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Copy this territory to a PostgreSQL server so that the team edits it together</source>
        <translation>Copier ce territoire sur un serveur PostgreSQL pour que l’équipe le modifie ensemble</translation>
    </message>
    <message>
        <source>Do&amp;wnload a Copy…</source>
        <translation>Téléc&amp;harger une copie…</translation>
    </message>
    <message>
        <source>Write a shared territory to a file on this computer</source>
        <translation>Écrire un territoire partagé dans un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>Who may open, edit or administer this shared territory</source>
        <translation>Qui peut ouvrir, modifier ou administrer ce territoire partagé</translation>
    </message>
    <message>
        <source>Cannot open the shared territory</source>
        <translation>Impossible d’ouvrir le territoire partagé</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Impossible de publier</translation>
    </message>
    <message>
        <source>Open a territory file first.</source>
        <translation>Ouvrez d’abord un fichier de territoire.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publishing “%1” to %2…</source>
        <translation>Publication de «&#xa0;%1&#xa0;» vers %2…</translation>
    </message>
    <message>
        <source>Published to %1: open it with File › Open Shared Territory.</source>
        <translation>Publié vers %1&#xa0;: ouvrez-le avec Fichier › Ouvrir un territoire partagé.</translation>
    </message>
    <message>
        <source>Publishing cancelled: nothing was left on the server.</source>
        <translation>Publication annulée&#xa0;: rien n’est resté sur le serveur.</translation>
    </message>
    <message>
        <source>Cannot download a copy</source>
        <translation>Impossible de télécharger une copie</translation>
    </message>
    <message>
        <source>Download a Copy</source>
        <translation>Télécharger une copie</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copie écrite dans %1</translation>
    </message>
    <message>
        <source>Download cancelled: no file was written.</source>
        <translation>Téléchargement annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The connection to the server was lost at %1. The territory is read-only until it is back; Maillage reconnects by itself.</source>
        <translation>La connexion au serveur a été perdue à %1. Le territoire est en lecture seule jusqu’à son retour&#xa0;; Maillage se reconnecte de lui-même.</translation>
    </message>
    <message>
        <source>Connection lost: read-only, reconnecting…</source>
        <translation>Connexion perdue&#xa0;: lecture seule, reconnexion…</translation>
    </message>
    <message>
        <source>Connected again: the territory was read again.</source>
        <translation>Reconnecté&#xa0;: le territoire a été relu.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffrée</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>The connection to the server is not encrypted (TLS): set sslmode=require or verify-full in the address.</source>
        <translation>La connexion au serveur n’est pas chiffrée (TLS)&#xa0;: mettez sslmode=require ou verify-full dans l’adresse.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Who did what and when, newest first; undo back to a step</source>
        <translation>Qui a fait quoi et quand, le plus récent en premier&#xa0;; annuler jusqu’à une étape</translation>
    </message>
</context>
<context>
    <name>maillage::MapModes</name>
    <message>
        <source>Export the territory map</source>
        <translation>Exporter la carte du territoire</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
    <message>
        <source>What the view shows</source>
        <translation>Ce que montre la vue</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Largeur en pixels&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot export the territory map</source>
        <translation>Impossible d’exporter la carte du territoire</translation>
    </message>
    <message>
        <source>&amp;Territory Map</source>
        <translation>Carte du &amp;territoire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Show the actors at their places on a map of the territory, or the network again (Ctrl+T)</source>
        <translation>Montrer les acteurs à leur lieu sur une carte du territoire, ou de nouveau le réseau (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Locate Actors…</source>
        <translation>&amp;Localiser les acteurs…</translation>
    </message>
    <message>
        <source>Place actors on the map from SIRENE’s geolocation file, the address geocoder or their commune’s centre</source>
        <translation>Placer les acteurs sur la carte d’après le fichier de géolocalisation SIRENE, le géocodeur d’adresses ou le centre de leur commune</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingEditor</name>
    <message>
        <source>A meeting needs a title; the previous one was kept.</source>
        <translation>Une réunion doit avoir un titre&#xa0;; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Tenue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Name of someone not yet recorded</source>
        <translation>Nom d’une personne pas encore enregistrée</translation>
    </message>
    <message>
        <source>Add as new citizen</source>
        <translation>Ajouter comme citoyen·ne</translation>
    </message>
    <message>
        <source>Records a person in the citizen category and adds them to the attendees (one step to undo)</source>
        <translation>Enregistre une personne dans la catégorie citoyen·ne et l’ajoute aux participants (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>Add attendee to “%1”</source>
        <translation>Ajouter un participant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove attendees from “%1”</source>
        <translation>Retirer des participants de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Problems raised or discussed</source>
        <translation>Problèmes soulevés ou discutés</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Add problem to “%1”</source>
        <translation>Ajouter un problème à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove problems from “%1”</source>
        <translation>Retirer des problèmes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” was already recorded; they were added to the attendees.</source>
        <translation>«&#xa0;%1&#xa0;» était déjà enregistré·e&#xa0;; la personne a été ajoutée aux participants.</translation>
    </message>
    <message>
        <source>Add citizen “%1” to “%2”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» (citoyen·ne) à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>Modifier la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingsPanel</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Delete meeting “%1”</source>
        <translation>Supprimer la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Ajouter la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The attendees could not be counted: %1</source>
        <translation>Les participants n’ont pas pu être comptés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::MembersDialog</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Viewer without personal data</source>
        <translation>Lecteur sans données personnelles</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Membres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>A role that does not exist yet is created without a password: the server&apos;s administrator gives it one (psql&apos;s \password).</source>
        <translation>Un rôle qui n’existe pas encore est créé sans mot de passe&#xa0;: l’administrateur du serveur lui en donne un (\password de psql).</translation>
    </message>
    <message>
        <source>Only an owner of this territory can change its members: you see them read-only.</source>
        <translation>Seul un propriétaire de ce territoire peut en changer les membres&#xa0;: vous les voyez en lecture seule.</translation>
    </message>
    <message>
        <source>role on the server, e.g. anne</source>
        <translation>rôle sur le serveur, par ex. anne</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>maillage::NetworkView</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
</context>
<context>
    <name>maillage::NewLinkDialog</name>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Force&#xa0;:</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Créer le lien</translation>
    </message>
    <message>
        <source>Choose two actors.</source>
        <translation>Choisissez deux acteurs.</translation>
    </message>
    <message>
        <source>A link joins two different actors.</source>
        <translation>Un lien relie deux acteurs différents.</translation>
    </message>
</context>
<context>
    <name>maillage::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
</context>
<context>
    <name>maillage::OverviewPanel</name>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Couleur selon&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Click a theme to list its problems</source>
        <translation>Cliquez sur un thème pour lister ses problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) recorded</source>
        <translation>
            <numerusform>%Ln problème enregistré</numerusform>
            <numerusform>%Ln problèmes enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open</source>
        <translation>
            <numerusform>%Ln encore ouvert</numerusform>
            <numerusform>%Ln encore ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serious (severity 4–5)</source>
        <translation>
            <numerusform>%Ln grave (gravité 4–5)</numerusform>
            <numerusform>%Ln graves (gravité 4–5)</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems could not be read: %1</source>
        <translation>Les problèmes n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server of %1 asks for a password.</source>
        <translation>Le serveur de %1 demande un mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Le garder dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>maillage::PasswordKeeper</name>
    <message>
        <source>The system keyring cannot be reached (%1): passwords will be asked each time, or read from libpq&apos;s password file (~/.pgpass).</source>
        <translation>Le trousseau du système est injoignable (%1)&#xa0;: les mots de passe seront demandés à chaque fois, ou lus dans le fichier de mots de passe de libpq (~/.pgpass).</translation>
    </message>
    <message>
        <source>no keyring service</source>
        <translation>aucun service de trousseau</translation>
    </message>
</context>
<context>
    <name>maillage::PersonalDataPanel</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n°%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left unchanged — check them yourself: these notes may name them by family name only:</source>
        <translation>Laissées inchangées — vérifiez-les vous-même&#xa0;: ces notes peuvent ne citer que le nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” and everything held about them:</source>
        <translation>«&#xa0;%1&#xa0;» et tout ce qui est conservé à son sujet&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” (%2) and everything held about them:</source>
        <translation>«&#xa0;%1&#xa0;» (%2) et tout ce qui est conservé à son sujet&#xa0;:</translation>
    </message>
    <message>
        <source>every field: contact details, description, consent, dates</source>
        <translation>tous les champs&#xa0;: coordonnées, description, consentement, dates</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>links (%1): %2</source>
        <translation>liens (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>attendance at meetings (%1): %2</source>
        <translation>présence aux réunions (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>roles in problems: %1</source>
        <translation>rôles dans les problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (lead: the action keeps no lead)</source>
        <translation>%1 (porteur&#xa0;: l’action n’a plus de porteur)</translation>
    </message>
    <message>
        <source>%1 (partner)</source>
        <translation>%1 (partenaire)</translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation>actions&#xa0;: %1</translation>
    </message>
    <message>
        <source>New names (their e-mail, phone, address and website are blanked; links, meetings, problems and actions are kept):</source>
        <translation>Nouveaux noms (e-mail, téléphone, adresse et site web sont effacés&#xa0;; liens, réunions, problèmes et actions sont conservés)&#xa0;:</translation>
    </message>
    <message>
        <source>Every person recorded in this territory, with why they are recorded and until when. Those past their retention date or without a legal basis come first: extend, pseudonymise or erase them.</source>
        <translation>Toutes les personnes enregistrées dans ce territoire, avec le motif et la durée de leur enregistrement. Celles dont la date de conservation est dépassée ou qui n’ont pas de base légale apparaissent en premier&#xa0;: prolongez, pseudonymisez ou effacez-les.</translation>
    </message>
    <message>
        <source>Default retention</source>
        <translation>Conservation par défaut</translation>
    </message>
    <message>
        <source>New persons are &amp;kept</source>
        <translation>Les nouvelles personnes sont &amp;conservées</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>after the last contact.</source>
        <translation>après le dernier contact.</translation>
    </message>
    <message>
        <source>Search a person, a category, a status…</source>
        <translation>Rechercher une personne, une catégorie, un statut…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu’au</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Consent method</source>
        <translation>Recueil du consentement</translation>
    </message>
    <message>
        <source>Selected persons</source>
        <translation>Personnes sélectionnées</translation>
    </message>
    <message>
        <source>E&amp;xtend retention by</source>
        <translation>&amp;Prolonger la conservation de</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonymiser…</translation>
    </message>
    <message>
        <source>Replace their names by pseudonyms and blank their contact details, keeping their links and history (for a file to share as an example).</source>
        <translation>Remplacer leur nom par un pseudonyme et effacer leurs coordonnées, en conservant leurs liens et leur historique (pour un fichier à partager en exemple).</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Erase them and every trace of them from the file, for good.</source>
        <translation>Les effacer définitivement du fichier, avec toute trace les concernant.</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <source>Right of access: a PDF or JSON file with everything the territory holds about the selected person.</source>
        <translation>Droit d’accès&#xa0;: un fichier PDF ou JSON contenant tout ce que le territoire détient sur la personne sélectionnée.</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Sans base légale</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>En règle</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune renseignée</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>No territory is open.</source>
        <translation>Aucun territoire n’est ouvert.</translation>
    </message>
    <message>
        <source>No actor is recorded as a person: nothing to do here.</source>
        <translation>Aucun acteur n’est enregistré comme personne&#xa0;: rien à faire ici.</translation>
    </message>
    <message>
        <source>1 person recorded.</source>
        <translation>1 personne enregistrée.</translation>
    </message>
    <message>
        <source>%1 persons recorded.</source>
        <translation>%1 personnes enregistrées.</translation>
    </message>
    <message>
        <source>1 past their retention date</source>
        <translation>1 dont la date de conservation est dépassée</translation>
    </message>
    <message>
        <source>%1 past their retention date</source>
        <translation>%1 dont la date de conservation est dépassée</translation>
    </message>
    <message>
        <source>1 without a legal basis</source>
        <translation>1 sans base légale</translation>
    </message>
    <message>
        <source>%1 without a legal basis</source>
        <translation>%1 sans base légale</translation>
    </message>
    <message>
        <source>1 without a retention date</source>
        <translation>1 sans date de conservation</translation>
    </message>
    <message>
        <source>%1 without a retention date</source>
        <translation>%1 sans date de conservation</translation>
    </message>
    <message>
        <source>All are in order.</source>
        <translation>Toutes sont en règle.</translation>
    </message>
    <message>
        <source>Needing attention: %1.</source>
        <translation>À surveiller&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This file is read-only: persons can be exported, not changed.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: les personnes peuvent être exportées, pas modifiées.</translation>
    </message>
    <message>
        <source>Select persons in the list to act on them.</source>
        <translation>Sélectionnez des personnes dans la liste pour agir sur elles.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 persons selected.</source>
        <translation>%1 personnes sélectionnées.</translation>
    </message>
    <message>
        <source>these %1 persons</source>
        <translation>ces %1 personnes</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The default retention could not be changed: %1</source>
        <translation>La durée de conservation par défaut n’a pas pu être modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>New persons will be kept %1 months after the last contact.</source>
        <translation>Les nouvelles personnes seront conservées %1 mois après le dernier contact.</translation>
    </message>
    <message>
        <source>Keep %1 one month longer?</source>
        <translation>Conserver %1 un mois de plus&#xa0;?</translation>
    </message>
    <message>
        <source>Keep %1 %2 months longer?</source>
        <translation>Conserver %1 %2 mois de plus&#xa0;?</translation>
    </message>
    <message>
        <source>Extend retention</source>
        <translation>Prolonger la conservation</translation>
    </message>
    <message>
        <source>Their retention date moves %1 months later (from today&apos;s default date when they have none). Make sure the reason for keeping them still holds. You can undo this.</source>
        <translation>Leur date de conservation est repoussée de %1 mois (à partir de la date par défaut calculée aujourd’hui si elles n’en ont pas). Vérifiez que le motif de conservation est toujours valable. Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>The retention could not be extended: %1</source>
        <translation>La conservation n’a pas pu être prolongée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retention of %1 extended by %2 months.</source>
        <translation>Conservation de %1 prolongée de %2 mois.</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymiser</translation>
    </message>
    <message>
        <source>Pseudonymise %1?</source>
        <translation>Pseudonymiser %1&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone: the names are gone from the file. The undo history will be cleared, so earlier edits cannot be undone either. Copies, backups and exports made before are not changed.</source>
        <translation>Cette opération est irréversible&#xa0;: les noms disparaissent du fichier. L’historique d’annulation sera vidé&#xa0;: les modifications antérieures ne pourront plus être annulées non plus. Les copies, sauvegardes et exports réalisés auparavant ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Nothing was pseudonymised: %1</source>
        <translation>Rien n’a été pseudonymisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pseudonymised 1 person; the undo history was cleared.</source>
        <translation>1 personne pseudonymisée&#xa0;; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Pseudonymised %1 persons; the undo history was cleared.</source>
        <translation>%1 personnes pseudonymisées&#xa0;; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone. The undo history will be cleared, so earlier edits cannot be undone either. Copies, backups and exports made before still hold the data: erase them there too.</source>
        <translation>Cette opération est irréversible. L’historique d’annulation sera vidé&#xa0;: les modifications antérieures ne pourront plus être annulées non plus. Les copies, sauvegardes et exports réalisés auparavant contiennent toujours les données&#xa0;: effacez-les là aussi.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n’a été effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erased %1 and every trace of them; the undo history was cleared.</source>
        <translation>Effacement de %1 et de toute trace les concernant&#xa0;; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: choose a name ending in .pdf or .json.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: choisissez un nom se terminant par .pdf ou .json.</translation>
    </message>
    <message>
        <source>This person is no longer in the territory.</source>
        <translation>Cette personne ne fait plus partie du territoire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>Export everything about “%1”</source>
        <translation>Exporter tout ce qui concerne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to “%2”. It holds personal data: give it to the person only.</source>
        <translation>Tout ce qui est détenu sur «&#xa0;%1&#xa0;» a été écrit dans «&#xa0;%2&#xa0;». Ce fichier contient des données personnelles&#xa0;: ne le remettez qu’à la personne concernée.</translation>
    </message>
    <message>
        <source>Their name is replaced by “%1” in these places:</source>
        <translation>Son nom est remplacé par «&#xa0;%1&#xa0;» à ces endroits&#xa0;:</translation>
    </message>
    <message>
        <source>Their name is replaced by the pseudonym in these places:</source>
        <translation>Leur nom est remplacé par le pseudonyme à ces endroits&#xa0;:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Délai dépassé</translation>
    </message>
</context>
<context>
    <name>maillage::PortraitPanel</name>
    <message>
        <source>Import statistics</source>
        <translation>Importer des statistiques</translation>
    </message>
    <message>
        <source>Statistics files (*.csv *.xlsx);;All files (*)</source>
        <translation>Fichiers de statistiques (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Zones&#xa0;:</translation>
    </message>
    <message>
        <source>Its communes</source>
        <translation>Ses communes</translation>
    </message>
    <message>
        <source>Its IRIS</source>
        <translation>Ses IRIS</translation>
    </message>
    <message>
        <source>Its QPV</source>
        <translation>Ses QPV</translation>
    </message>
    <message>
        <source>Its EPCI</source>
        <translation>Son EPCI</translation>
    </message>
    <message>
        <source>Import statistics…</source>
        <translation>Importer des statistiques…</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>No statistics yet. Import the public files about the territory: INSEE&apos;s dossier complet, Filosofi, the BPE, DREES&apos;s APL…</source>
        <translation>Pas encore de statistiques. Importez les fichiers publics sur le territoire&#xa0;: dossier complet, Filosofi et BPE de l’Insee, APL de la DREES…</translation>
    </message>
    <message>
        <source>%1 (%2) beside its EPCI %3, its département %4 and France.</source>
        <translation>%1 (%2) à côté de son EPCI %3, de son département %4 et de la France.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Secret in the source (too few households or people)</source>
        <translation>Secret dans la source (trop peu de ménages ou de personnes)</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Secret in the source</source>
        <translation>Secret dans la source</translation>
    </message>
    <message>
        <source>Add equipment as actors</source>
        <translation>Ajouter des équipements comme acteurs</translation>
    </message>
    <message>
        <source>INSEE&apos;s BPE, one row per equipment (*.csv);;All files (*)</source>
        <translation>BPE de l’Insee, une ligne par équipement (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The equipment of the chosen types in the territory&apos;s communes becomes actors, with their address and place. Equipment added before is updated, never added twice.</source>
        <translation>Les équipements des types choisis dans les communes du territoire deviennent des acteurs, avec leur adresse et leur emplacement. Ceux déjà ajoutés sont mis à jour, jamais ajoutés deux fois.</translation>
    </message>
    <message>
        <source>INSEE&apos;s dossier complet, comparateur, Filosofi, census IRIS bases, BPE; DREES&apos;s APL; SDES&apos;s RPLS (.csv, .xlsx). Add INSEE&apos;s COG movements (v_mvt_commune) to count communes merged since in their new commune.</source>
        <translation>Dossier complet, comparateur, Filosofi, bases IRIS du recensement, BPE de l’Insee&#xa0;; APL de la DREES&#xa0;; RPLS du SDES (.csv, .xlsx). Ajoutez les mouvements du COG de l’Insee (v_mvt_commune) pour compter les communes fusionnées depuis dans leur nouvelle commune.</translation>
    </message>
    <message>
        <source>Add equipment…</source>
        <translation>Ajouter des équipements…</translation>
    </message>
    <message>
        <source>Add schools, doctors, post offices… of INSEE&apos;s BPE as actors</source>
        <translation>Ajouter comme acteurs les écoles, médecins, bureaux de poste… de la BPE de l’Insee</translation>
    </message>
    <message>
        <source>%1% above the département: among the figures where the territory differs most from it</source>
        <translation>%1&#xa0;% au-dessus du département&#xa0;: parmi les chiffres où le territoire s’en écarte le plus</translation>
    </message>
    <message>
        <source>%1% below the département: among the figures where the territory differs most from it</source>
        <translation>%1&#xa0;% au-dessous du département&#xa0;: parmi les chiffres où le territoire s’en écarte le plus</translation>
    </message>
    <message>
        <source>%1 → %2: %3 → %4</source>
        <translation>%1 → %2&#xa0;: %3 → %4</translation>
    </message>
</context>
<context>
    <name>maillage::PowerGridView</name>
    <message>
        <source>Power/interest grid</source>
        <translation>Grille pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Move “%1” to influence %2, interest %3</source>
        <translation>Placer «&#xa0;%1&#xa0;» en influence %2, intérêt %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drag an actor to the cell of its interest and influence. Click to select, then move it with the arrow keys; Tab goes to the next actor.</source>
        <translation>Glissez un acteur dans la case de son intérêt et de son influence. Cliquez pour le sélectionner, puis déplacez-le avec les flèches&#xa0;; Tab passe à l’acteur suivant.</translation>
    </message>
    <message>
        <source>No actors in this territory yet.</source>
        <translation>Pas encore d’acteurs dans ce territoire.</translation>
    </message>
    <message>
        <source>%1 — influence %2, interest %3</source>
        <translation>%1 — influence %2, intérêt %3</translation>
    </message>
    <message>
        <source>Power/Interest Grid — Maillage</source>
        <translation>Grille pouvoir/intérêt — Maillage</translation>
    </message>
</context>
<context>
    <name>maillage::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language chosen. Categories, link types and themes of new territories are named in it too.</source>
        <translation>Les dates et les nombres suivent la langue choisie. Les catégories, types de liens et thèmes des nouveaux territoires sont aussi nommés dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Map tiles:</source>
        <translation>&amp;Tuiles de carte&#xa0;:</translation>
    </message>
    <message>
        <source>The territory map&apos;s background: an address with {z}, {x} and {y}. Tiles already seen are kept on this computer and work offline.</source>
        <translation>Le fond de la carte du territoire&#xa0;: une adresse avec {z}, {x} et {y}. Les tuiles déjà vues sont gardées sur cet ordinateur et fonctionnent hors ligne.</translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
    <message>
        <source>&amp;Geocoding service:</source>
        <translation>Service de &amp;géocodage&#xa0;:</translation>
    </message>
    <message>
        <source>Map › Locate Actors… sends addresses there, only when you ask: the Base Adresse Nationale’s CSV service or one of your own (http or https).</source>
        <translation>Carte › Localiser les acteurs… y envoie des adresses, seulement quand vous le demandez&#xa0;: le service CSV de la Base Adresse Nationale ou le vôtre (http ou https).</translation>
    </message>
    <message>
        <source>e-mail or web address</source>
        <translation>adresse e-mail ou web</translation>
    </message>
    <message>
        <source>&amp;Contact for map servers:</source>
        <translation>&amp;Contact pour les serveurs de cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Sent with each request to the tile server and the geocoder, as they ask to know who is calling: “Maillage/%1 (+contact)”.</source>
        <translation>Envoyé avec chaque requête au serveur de tuiles et au géocodeur, qui demandent à savoir qui les appelle&#xa0;: «&#xa0;Maillage/%1 (+contact)&#xa0;».</translation>
    </message>
    <message>
        <source>The map tiles’ address needs {z}, {x} and {y}.</source>
        <translation>L’adresse des tuiles de carte doit contenir {z}, {x} et {y}.</translation>
    </message>
    <message>
        <source>The geocoding service must be an http or https address, not “%1”.</source>
        <translation>Le service de géocodage doit être une adresse http ou https, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The contact must be an e-mail or an http or https address, not “%1”.</source>
        <translation>Le contact doit être une adresse e-mail ou une adresse http ou https, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown beside your edits in Edit › History. On a shared territory your server role is shown, as the others see it.</source>
        <translation>Affiché à côté de vos modifications dans Édition › Historique. Sur un territoire partagé, c’est votre rôle sur le serveur qui est affiché, tel que les autres le voient.</translation>
    </message>
</context>
<context>
    <name>maillage::PresentationFeature</name>
    <message>
        <source>Show View</source>
        <translation>Afficher la vue</translation>
    </message>
    <message>
        <source>Update View</source>
        <translation>Mettre à jour la vue</translation>
    </message>
    <message>
        <source>Move View</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Save Current &amp;View…</source>
        <translation>Enregistrer la &amp;vue actuelle…</translation>
    </message>
    <message>
        <source>Keep the filters, focus, zoom and layout of the map as a view (a slide)</source>
        <translation>Garder les filtres, le focus, le zoom et la disposition de la carte comme une vue (une diapositive)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Show the saved views full screen, as slides</source>
        <translation>Montrer les vues enregistrées en plein écran, comme des diapositives</translation>
    </message>
    <message>
        <source>Present from Selected View</source>
        <translation>Présenter à partir de la vue sélectionnée</translation>
    </message>
    <message>
        <source>Start the presentation at the view selected in the Views dock</source>
        <translation>Commencer la présentation à la vue sélectionnée dans le panneau Vues</translation>
    </message>
    <message>
        <source>Export Slides as P&amp;DF…</source>
        <translation>Exporter les diapositives en P&amp;DF…</translation>
    </message>
    <message>
        <source>One landscape page per saved view, with its map and legend</source>
        <translation>Une page à l’italienne par vue enregistrée, avec sa carte et sa légende</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>There is no such view (it may have been deleted).</source>
        <translation>Cette vue n’existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Showing view “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;» affichée</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>Edit View</source>
        <translation>Modifier la vue</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>View “%1” deleted (Edit › Undo brings it back)</source>
        <translation>Vue «&#xa0;%1&#xa0;» supprimée (Édition › Annuler la fait revenir)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>There is no saved view: the map as it is now will be the only slide.</source>
        <translation>Il n’y a aucune vue enregistrée&#xa0;: la carte telle qu’elle est maintenant sera la seule diapositive.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved view(s) will be shown as slides, full screen.</source>
        <translation>
            <numerusform>%Ln vue enregistrée sera montrée en diapositive, en plein écran.</numerusform>
            <numerusform>%Ln vues enregistrées seront montrées en diapositives, en plein écran.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide persons’ names (their pseudonyms are shown)</source>
        <translation>&amp;Masquer les noms des personnes (leurs pseudonymes sont affichés)</translation>
    </message>
    <message>
        <source>During the presentation: Right, Space or a click for the next slide, Left for the previous one, H to hide or show names, Esc to leave.</source>
        <translation>Pendant la présentation&#xa0;: Droite, Espace ou un clic pour la diapositive suivante, Gauche pour la précédente, H pour masquer ou montrer les noms, Échap pour quitter.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Export Slides as PDF</source>
        <translation>Exporter les diapositives en PDF</translation>
    </message>
    <message>
        <source> - slides</source>
        <translation> - diapositives</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace every person&apos;s name by a pseudonym (for showing or sharing outside the team)?</source>
        <translation>Remplacer le nom de chaque personne par un pseudonyme (pour montrer ou partager hors de l’équipe)&#xa0;?</translation>
    </message>
    <message>
        <source>Writing the slides…</source>
        <translation>Écriture des diapositives…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln slide(s) to %1</source>
        <translation>
            <numerusform>%Ln diapositive écrite dans %1</numerusform>
            <numerusform>%Ln diapositives écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Présentation — %1</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous slide (Left, Page Up)</source>
        <translation>Diapositive précédente (Gauche, Page précédente)</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next slide (Right, Space, Page Down)</source>
        <translation>Diapositive suivante (Droite, Espace, Page suivante)</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Hide persons’ names (H)</source>
        <translation>Masquer les noms des personnes (H)</translation>
    </message>
    <message>
        <source>Hide persons’ names</source>
        <translation>Masquer les noms des personnes</translation>
    </message>
    <message>
        <source>Esc to leave</source>
        <translation>Échap pour quitter</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>There is nothing to show.</source>
        <translation>Il n’y a rien à montrer.</translation>
    </message>
    <message>
        <source>No actor is shown with this view’s filters.</source>
        <translation>Aucun acteur n’est affiché avec les filtres de cette vue.</translation>
    </message>
</context>
<context>
    <name>maillage::ProblemBoard</name>
    <message>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» vers %2</translation>
    </message>
</context>
<context>
    <name>maillage::ProblemEditor</name>
    <message>
        <source>A problem needs a title; the previous one was kept.</source>
        <translation>Un problème doit avoir un titre&#xa0;; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Inhabitants: a need people express about their quality of life.
Territory: a matter of how the territory and its actors work.</source>
        <translation>Habitants&#xa0;: un besoin exprimé par les habitants sur leur qualité de vie.
Territoire&#xa0;: une question de fonctionnement du territoire et de ses acteurs.</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (very serious)</source>
        <translation>1 (mineure) à 5 (très grave)</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>Soulevé le&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;meeting:</source>
        <translation>Lors de la &amp;réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Actors concerned:</source>
        <translation>Acteurs concernés&#xa0;:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Add actor to problem “%1”</source>
        <translation>Ajouter un acteur au problème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove actors from problem “%1”</source>
        <translation>Retirer des acteurs du problème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <source>Edit problem “%1”</source>
        <translation>Modifier le problème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not all could be read: %1</source>
        <translation>Tout n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::ProblemsPanel</name>
    <message>
        <source>&amp;New problem</source>
        <translation>&amp;Nouveau problème</translation>
    </message>
    <message>
        <source>Both scales</source>
        <translation>Les deux échelles</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Severity %1 or more</source>
        <translation>Gravité %1 ou plus</translation>
    </message>
    <message>
        <source>Severity 5 only</source>
        <translation>Gravité 5 uniquement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Soulevé le</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Board by status</source>
        <translation>Colonnes par statut</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nouveau problème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add problem “%1”</source>
        <translation>Ajouter le problème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete problem “%1”</source>
        <translation>Supprimer le problème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>maillage::Projections</name>
    <message>
        <source>Actor %1 no longer exists.</source>
        <translation>L’acteur %1 n’existe plus.</translation>
    </message>
    <message>
        <source>There is no table “%1” with ids.</source>
        <translation>Il n’y a pas de table «&#xa0;%1&#xa0;» à identifiants.</translation>
    </message>
    <message>
        <source>The table “%1” has no column “%2”.</source>
        <translation>La table «&#xa0;%1&#xa0;» n’a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Link %1 no longer exists.</source>
        <translation>Le lien %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” no longer exists.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» n’existe plus.</translation>
    </message>
</context>
<context>
    <name>maillage::Pseudonymizer</name>
    <message>
        <source>Resident %1</source>
        <translation>Habitant·e %1</translation>
    </message>
    <message>
        <source>Elected official %1</source>
        <translation>Élu·e %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
</context>
<context>
    <name>maillage::QualityOfLifeChart</name>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>No problem recorded yet: the overview fills in as problems are recorded.</source>
        <translation>Aucun problème enregistré pour l’instant&#xa0;: la vue d’ensemble se remplit au fur et à mesure que des problèmes sont enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::RecordForm</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not all could be read: %1</source>
        <translation>Tout n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::RecordPanel</name>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 visibles</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n’a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::RegisterImportDialog</name>
    <message>
        <source>RNE (elected officials)</source>
        <translation>RNE (élu·es)</translation>
    </message>
    <message>
        <source>SIRENE (establishments)</source>
        <translation>SIRENE (établissements)</translation>
    </message>
    <message>
        <source>RNA (associations)</source>
        <translation>RNA (associations)</translation>
    </message>
    <message>
        <source>Import from public registers</source>
        <translation>Importer depuis les registres publics</translation>
    </message>
    <message>
        <source>Register files (RNE, SIRENE or RNA, as downloaded from data.gouv.fr)</source>
        <translation>Fichiers des registres (RNE, SIRENE ou RNA, tels que téléchargés sur data.gouv.fr)</translation>
    </message>
    <message>
        <source>Register files</source>
        <translation>Fichiers des registres</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>INSEE communes file</source>
        <translation>Fichier des communes de l’INSEE</translation>
    </message>
    <message>
        <source>v_commune_2024.csv from insee.fr (Code officiel géographique)</source>
        <translation>v_commune_2024.csv sur insee.fr (Code officiel géographique)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the INSEE communes file</source>
        <translation>Choisir le fichier des communes de l’INSEE</translation>
    </message>
    <message>
        <source>Communes file:</source>
        <translation>Fichier des communes&#xa0;:</translation>
    </message>
    <message>
        <source>Find a commune by name or INSEE code</source>
        <translation>Chercher une commune par son nom ou son code INSEE</translation>
    </message>
    <message>
        <source>Type a name (“epinal”) or an INSEE code, then Enter</source>
        <translation>Tapez un nom («&#xa0;epinal&#xa0;») ou un code INSEE, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Find a commune:</source>
        <translation>&amp;Chercher une commune&#xa0;:</translation>
    </message>
    <message>
        <source>Communes chosen</source>
        <translation>Communes choisies</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected commune</source>
        <translation>Retirer la commune sélectionnée</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Choisies&#xa0;:</translation>
    </message>
    <message>
        <source>Actors already in the territory</source>
        <translation>Acteurs déjà présents dans le territoire</translation>
    </message>
    <message>
        <source>Merge: complete them with the register&apos;s values</source>
        <translation>Fusionner&#xa0;: les compléter avec les valeurs du registre</translation>
    </message>
    <message>
        <source>Skip: leave them as they are</source>
        <translation>Ignorer&#xa0;: les laisser tels quels</translation>
    </message>
    <message>
        <source>Keep both: create a second actor</source>
        <translation>Garder les deux&#xa0;: créer un second acteur</translation>
    </message>
    <message>
        <source>Actors already &amp;there:</source>
        <translation>Acteurs &amp;déjà présents&#xa0;:</translation>
    </message>
    <message>
        <source>Rows kept per commune</source>
        <translation>Lignes retenues par commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Lignes retenues</translation>
    </message>
    <message>
        <source>Reading the register files</source>
        <translation>Lecture des fichiers des registres</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>Co&amp;mpter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose INSEE&apos;s communes file to find communes by name; without it, type their INSEE codes.</source>
        <translation>Choisissez le fichier des communes de l’INSEE pour trouver les communes par leur nom&#xa0;; sans lui, tapez leurs codes INSEE.</translation>
    </message>
    <message>
        <source>Register files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers des registres (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not a register file we know</source>
        <translation>pas un fichier de registre connu</translation>
    </message>
    <message>
        <source>COG communes (v_commune_*.csv *.csv);;All files (*)</source>
        <translation>Communes du COG (v_commune_*.csv *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commune(s) loaded.</source>
        <translation>
            <numerusform>%Ln commune chargée.</numerusform>
            <numerusform>%Ln communes chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commune is named “%1”.</source>
        <translation>Aucune commune ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several communes match “%1”: pick one in the list.</source>
        <translation>Plusieurs communes correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Add the register files first.</source>
        <translation>Ajoutez d’abord les fichiers des registres.</translation>
    </message>
    <message>
        <source>%1 is not an RNE, SIRENE or RNA file.</source>
        <translation>%1 n’est pas un fichier du RNE, de SIRENE ou du RNA.</translation>
    </message>
    <message>
        <source>Import one register at a time (these files are of different registers).</source>
        <translation>Importez un registre à la fois (ces fichiers viennent de registres différents).</translation>
    </message>
    <message>
        <source>Reading the register files…</source>
        <translation>Lecture des fichiers des registres…</translation>
    </message>
    <message>
        <source>Nothing can be imported:</source>
        <translation>Rien ne peut être importé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 rows read: %2 to import, %3 of other communes, %4 closed or dissolved.</source>
        <translation>%1 lignes lues&#xa0;: %2 à importer, %3 d’autres communes, %4 fermées ou dissoutes.</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;These registers are free to download as CSV files:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/repertoire-national-des-elus-1/&quot;&gt;RNE&lt;/a&gt;, the elected officials: one file per kind of mandate (municipal councillors, mayors…);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/&quot;&gt;SIRENE&lt;/a&gt;, the establishments (companies, public services): the establishments file (StockEtablissement);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/repertoire-national-des-associations/&quot;&gt;RNA&lt;/a&gt;, the associations: the “waldec” files of your département;&lt;/li&gt;&lt;li&gt;and INSEE&apos;s &lt;a href=&quot;https://www.insee.fr/fr/information/2560452&quot;&gt;communes file&lt;/a&gt; (Code officiel géographique, v_commune_2024.csv) to find the communes by name.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Download them, then add them below: only the rows of the communes you choose are imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces registres se téléchargent librement en fichiers CSV&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;le &lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/repertoire-national-des-elus-1/&quot;&gt;RNE&lt;/a&gt;, les élus&#xa0;: un fichier par type de mandat (conseillers municipaux, maires…)&#xa0;;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/&quot;&gt;SIRENE&lt;/a&gt;, les établissements (entreprises, services publics)&#xa0;: le fichier des établissements (StockEtablissement)&#xa0;;&lt;/li&gt;&lt;li&gt;le &lt;a href=&quot;https://www.data.gouv.fr/fr/datasets/repertoire-national-des-associations/&quot;&gt;RNA&lt;/a&gt;, les associations&#xa0;: les fichiers «&#xa0;waldec&#xa0;» de votre département&#xa0;;&lt;/li&gt;&lt;li&gt;et le &lt;a href=&quot;https://www.insee.fr/fr/information/2560452&quot;&gt;fichier des communes&lt;/a&gt; de l’Insee (Code officiel géographique, v_commune_2024.csv) pour trouver les communes par leur nom.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Téléchargez-les, puis ajoutez-les ci-dessous&#xa0;: seules les lignes des communes choisies sont importées.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>maillage::ReportDialog</name>
    <message>
        <source>Territory report</source>
        <translation>Rapport de territoire</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Replace every person by a pseudonym (for sharing with partners)</source>
        <translation>Remplacer chaque personne par un pseudonyme (pour un partage avec des partenaires)</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <source>Fields shown as extra columns of the table of all actors</source>
        <translation>Champs ajoutés en colonnes au tableau de tous les acteurs</translation>
    </message>
    <message>
        <source>Actor &amp;fields:</source>
        <translation>&amp;Champs d’acteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>maillage::SharedAddress</name>
    <message>
        <source>“%1” is not a shared territory address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un territoire partagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>elle doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>it names several servers; give one</source>
        <translation>elle nomme plusieurs serveurs&#xa0;; donnez-en un seul</translation>
    </message>
    <message>
        <source>it is not a valid URI</source>
        <translation>ce n&apos;est pas une URI valide</translation>
    </message>
    <message>
        <source>the port is missing after “:”</source>
        <translation>le port manque après «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>the database name “%1” contains “/”</source>
        <translation>le nom de base «&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>the parameter “%1” is given twice</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» est donné deux fois</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection parameter</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de connexion PostgreSQL</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>le port n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>it names no territory (add ?territory=NAME)</source>
        <translation>elle ne nomme aucun territoire (ajoutez&#xa0;?territory=NOM)</translation>
    </message>
    <message>
        <source>the territory “%1” must be lower-case letters a–z, digits and _, starting with a letter</source>
        <translation>le territoire «&#xa0;%1&#xa0;» doit s&apos;écrire en minuscules a–z, chiffres et _, en commençant par une lettre</translation>
    </message>
    <message>
        <source>the territory “%1” is longer than %2 characters</source>
        <translation>le territoire «&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
</context>
<context>
    <name>maillage::SharedAddressDialog</name>
    <message>
        <source>Open a Shared Territory</source>
        <translation>Ouvrir un territoire partagé</translation>
    </message>
    <message>
        <source>Publish the Territory</source>
        <translation>Publier le territoire</translation>
    </message>
    <message>
        <source>Download a Copy</source>
        <translation>Télécharger une copie</translation>
    </message>
    <message>
        <source>A shared territory is kept on a PostgreSQL server: your team edits it together.</source>
        <translation>Un territoire partagé est gardé sur un serveur PostgreSQL&#xa0;: votre équipe le modifie ensemble.</translation>
    </message>
    <message>
        <source>Publishing copies this territory to a PostgreSQL server, under a new name: your team can then open it there. The file stays as it is.</source>
        <translation>Publier copie ce territoire sur un serveur PostgreSQL, sous un nouveau nom&#xa0;: votre équipe peut ensuite l’y ouvrir. Le fichier reste tel quel.</translation>
    </message>
    <message>
        <source>Downloading writes the shared territory to a new file on this computer.</source>
        <translation>Télécharger écrit le territoire partagé dans un nouveau fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>For example postgresql://anne@server/maillage?territory=mirecourt. What the address leaves out (server, user, password) comes from PGHOST, PGUSER… and ~/.pgpass, as for psql.</source>
        <translation>Par exemple postgresql://anne@serveur/maillage?territory=mirecourt. Ce que l’adresse omet (serveur, utilisateur, mot de passe) vient de PGHOST, PGUSER… et de ~/.pgpass, comme pour psql.</translation>
    </message>
    <message>
        <source>Territories already on the server:</source>
        <translation>Territoires déjà sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Territories on the server:</source>
        <translation>Territoires sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List Territories</source>
        <translation>&amp;Lister les territoires</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>(no territory you may open)</source>
        <translation>(aucun territoire que vous puissiez ouvrir)</translation>
    </message>
</context>
<context>
    <name>maillage::SharedStatus</name>
    <message numerus="yes">
        <source>%1 added %n actors</source>
        <translation>
            <numerusform>%1 a ajouté %n acteur</numerusform>
            <numerusform>%1 a ajouté %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added “%2”</source>
        <translation>%1 a ajouté «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n actors</source>
        <translation>
            <numerusform>%1 a supprimé %n acteur</numerusform>
            <numerusform>%1 a supprimé %n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 renamed %n actors</source>
        <translation>
            <numerusform>%1 a renommé %n acteur</numerusform>
            <numerusform>%1 a renommé %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed “%2”</source>
        <translation>%1 a renommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n actors</source>
        <translation>
            <numerusform>%1 a déplacé %n acteur</numerusform>
            <numerusform>%1 a déplacé %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved “%2”</source>
        <translation>%1 a déplacé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 edited %n actors</source>
        <translation>
            <numerusform>%1 a modifié %n acteur</numerusform>
            <numerusform>%1 a modifié %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 edited “%2”</source>
        <translation>%1 a modifié «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n links</source>
        <translation>
            <numerusform>%1 a ajouté %n lien</numerusform>
            <numerusform>%1 a ajouté %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n links</source>
        <translation>
            <numerusform>%1 a supprimé %n lien</numerusform>
            <numerusform>%1 a supprimé %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 edited %n links</source>
        <translation>
            <numerusform>%1 a modifié %n lien</numerusform>
            <numerusform>%1 a modifié %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed the territory</source>
        <translation>%1 a modifié le territoire</translation>
    </message>
</context>
<context>
    <name>maillage::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>maillage::SnapshotsDialog</name>
    <message>
        <source>What was happening then (optional)</source>
        <translation>Ce qui se passait alors (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Map of %1</source>
        <translation>Carte du %1</translation>
    </message>
    <message>
        <source>Snapshot not taken</source>
        <translation>Instantané non pris</translation>
    </message>
    <message>
        <source>Snapshots and Changes</source>
        <translation>Instantanés et évolutions</translation>
    </message>
    <message>
        <source>&amp;Snapshots of the map</source>
        <translation>&amp;Instantanés de la carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
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
        <source>Delete the selected snapshots (can be undone)</source>
        <translation>Supprimer les instantanés sélectionnés (peut être annulé)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Highlight Changes on the Map</source>
        <translation>&amp;Mettre en évidence sur la carte</translation>
    </message>
    <message>
        <source>Highlight the actors who appeared or left, or whose links changed</source>
        <translation>Mettre en évidence les acteurs apparus ou partis, ou dont les liens ont changé</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the changes as CSV or text</source>
        <translation>Enregistrer les évolutions en CSV ou en texte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose what to compare above: a snapshot, the territory now, or the territory on a date (from the actors&apos; and links&apos; “since” and “until” dates), then press &lt;b&gt;Compare&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez ci-dessus quoi comparer&#xa0;: un instantané, le territoire aujourd’hui, ou le territoire à une date (d’après les dates «&#xa0;depuis&#xa0;» et «&#xa0;jusqu’au&#xa0;» des acteurs et des liens), puis cliquez sur &lt;b&gt;Comparer&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The territory now</source>
        <translation>Le territoire aujourd’hui</translation>
    </message>
    <message>
        <source>The territory on a date</source>
        <translation>Le territoire à une date</translation>
    </message>
    <message>
        <source>Snapshot “%1” (%2)</source>
        <translation>Instantané «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>Renommer l’instantané</translation>
    </message>
    <message>
        <source>Snapshot not renamed</source>
        <translation>Instantané non renommé</translation>
    </message>
    <message>
        <source>Snapshot not deleted</source>
        <translation>Instantané non supprimé</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: strength %2 → %3</source>
        <translation>%1&#xa0;: force %2 → %3</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, force %2</translation>
    </message>
    <message>
        <source>Actors who appeared</source>
        <translation>Acteurs apparus</translation>
    </message>
    <message>
        <source>Actors who left</source>
        <translation>Acteurs partis</translation>
    </message>
    <message>
        <source>Links that appeared</source>
        <translation>Liens apparus</translation>
    </message>
    <message>
        <source>Links that strengthened</source>
        <translation>Liens renforcés</translation>
    </message>
    <message>
        <source>Links that weakened</source>
        <translation>Liens affaiblis</translation>
    </message>
    <message>
        <source>Links that disappeared</source>
        <translation>Liens disparus</translation>
    </message>
    <message>
        <source>Compare something first.</source>
        <translation>Comparez d’abord quelque chose.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>Exporter les évolutions</translation>
    </message>
    <message>
        <source>changes.csv</source>
        <translation>evolutions.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;Text (*.txt)</source>
        <translation>Tableur CSV (*.csv);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>maillage::Store</name>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a territory file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de territoire.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>“%1” is not a Maillage territory file (it is not a SQLite database).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de territoire Maillage (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is open in another Maillage window or program. Close it there first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre de Maillage ou dans un autre programme. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was left as it is; open a backup copy.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2). Il a été laissé tel quel&#xa0;; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is a database but not a Maillage territory file.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un fichier de territoire Maillage.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Maillage (file format %2; this version reads up to %3). Update Maillage to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Maillage (format de fichier %2&#xa0;; cette version lit jusqu’au format %3). Mettez Maillage à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it carries no file format version.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne porte aucune version de format de fichier.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Maillage and must be upgraded, but it is read-only. Copy it somewhere writable and open the copy.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version antérieure de Maillage et doit être mis à niveau, mais il est en lecture seule. Copiez-le dans un emplacement accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>“%1” needs upgrading, but its backup copy could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau, mais sa copie de sauvegarde n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>no upgrade path from format %1</source>
        <translation>aucune mise à niveau possible depuis le format %1</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded (%2). It was left as it was; a copy is in “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être mis à niveau (%2). Il a été laissé tel quel&#xa0;; une copie se trouve dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>“%1” cannot be written</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” cannot be written.</source>
        <translation>Impossible de créer « %1 » : le dossier « %2 » n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is not valid. It was left as it is; open a backup copy.</source>
        <translation>« %1 » est endommagé : son en-tête n’est pas valide. Il a été laissé tel quel ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it was cut short (%L2 bytes where %L3 are expected). It was left as it is; open a backup copy.</source>
        <translation>« %1 » est endommagé : il a été tronqué (%L2 octets au lieu de %L3 attendus). Il a été laissé tel quel ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” was left unfinished by a program that stopped while writing it, and it cannot be repaired here because it is read-only: copy it with “%2” to a folder you can write to and open the copy.</source>
        <translation>« %1 » a été laissé inachevé par un programme arrêté pendant qu’il l’écrivait, et il ne peut pas être réparé ici car il est en lecture seule : copiez-le avec « %2 » dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %Ln other problem(s)</source>
        <translation>
            <numerusform>%1, et %Ln autre problème</numerusform>
            <numerusform>%1, et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The table “%1” has no column “%2”.</source>
        <translation>La table «&#xa0;%1&#xa0;» n’a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the statement cannot be prepared</source>
        <translation>la requête ne peut pas être préparée</translation>
    </message>
    <message>
        <source>no such table or column: %1</source>
        <translation>pas de table ni de colonne de ce nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database driver is not SQLite</source>
        <translation>le pilote de base de données n’est pas SQLite</translation>
    </message>
    <message>
        <source>There is no territory “%1” on “%2”.</source>
        <translation>Il n&apos;y a pas de territoire «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” carries no file format version.</source>
        <translation>«&#xa0;%1&#xa0;» ne porte aucune version de format.</translation>
    </message>
    <message>
        <source>“%1” is in format %2 and this version of Maillage cannot upgrade a shared territory yet: download it with the version that published it.</source>
        <translation>«&#xa0;%1&#xa0;» est au format %2 et cette version de Maillage ne sait pas encore mettre à niveau un territoire partagé&#xa0;: téléchargez-le avec la version qui l&apos;a publié.</translation>
    </message>
    <message>
        <source>“%1”: the role “%2” is not a member of this territory.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le rôle «&#xa0;%2&#xa0;» n&apos;est pas membre de ce territoire.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a shared territory is made from a file, with “maillage-cli publish FILE ADDRESS”.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: un territoire partagé se crée à partir d&apos;un fichier, avec «&#xa0;maillage-cli publish FICHIER ADRESSE&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be upgraded: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être mis à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was published by an older version of Maillage: it opens read-only until its publisher or an administrator of the server opens it once to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été publié par une version antérieure de Maillage&#xa0;: il s’ouvre en lecture seule jusqu’à ce que la personne qui l’a publié ou un administrateur du serveur l’ouvre une fois pour le mettre à niveau.</translation>
    </message>
</context>
<context>
    <name>maillage::TerritoryDialog</name>
    <message>
        <source>Territory properties</source>
        <translation>Propriétés du territoire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Intercommunality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 88304, 88321</source>
        <translation>p. ex. 88304, 88321</translation>
    </message>
    <message>
        <source>&amp;INSEE codes:</source>
        <translation>Codes &amp;INSEE&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How long persons are kept after the last contact, by default</source>
        <translation>Durée de conservation par défaut des personnes après le dernier contact</translation>
    </message>
    <message>
        <source>Keep persons for:</source>
        <translation>Conserver les personnes pendant&#xa0;:</translation>
    </message>
    <message>
        <source>The territory needs a name.</source>
        <translation>Le territoire doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit territory</source>
        <translation>Modifier le territoire</translation>
    </message>
</context>
<context>
    <name>maillage::TerritoryPanel</name>
    <message>
        <source>Commune outlines</source>
        <translation>Contours des communes</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Fond&#xa0;:</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Outlines file…</source>
        <translation>Fichier de contours…</translation>
    </message>
    <message>
        <source>A GeoJSON file of commune outlines (IGN ADMIN EXPRESS, the geo API&apos;s contours): each commune coloured by its number of actors</source>
        <translation>Un fichier GeoJSON de contours de communes (ADMIN EXPRESS de l’IGN, contours de l’API Géo)&#xa0;: chaque commune colorée selon son nombre d’acteurs</translation>
    </message>
</context>
<context>
    <name>maillage::TerritoryView</name>
    <message>
        <source>Territory map</source>
        <translation>Carte du territoire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no place: &lt;a href=&quot;locate&quot;&gt;Locate…&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln acteur n’a pas de lieu&#xa0;: &lt;a href=&quot;locate&quot;&gt;Localiser…&lt;/a&gt;</numerusform>
            <numerusform>%Ln acteurs n’ont pas de lieu&#xa0;: &lt;a href=&quot;locate&quot;&gt;Localiser…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no place: Locate…</source>
        <translation>
            <numerusform>%Ln acteur n’a pas de lieu&#xa0;: Localiser…</numerusform>
            <numerusform>%Ln acteurs n’ont pas de lieu&#xa0;: Localiser…</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
</context>
<context>
    <name>maillage::TimelineBar</name>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>Show the network as it stood on a date, and play it forward</source>
        <translation>Montrer le réseau tel qu’il était à une date, et le faire défiler</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>Prendre un &amp;instantané…</translation>
    </message>
    <message>
        <source>Keep a named copy of the map as it is now</source>
        <translation>Garder une copie nommée de la carte telle qu’elle est</translation>
    </message>
    <message>
        <source>S&amp;napshots and Changes…</source>
        <translation>I&amp;nstantanés et évolutions…</translation>
    </message>
    <message>
        <source>List the snapshots and compare two of them, or two dates</source>
        <translation>Lister les instantanés et en comparer deux, ou deux dates</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Reculer d’un pas</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Avancer d’un pas</translation>
    </message>
    <message>
        <source>Close the timeline and show the whole map</source>
        <translation>Fermer la frise et montrer toute la carte</translation>
    </message>
    <message>
        <source>Close the timeline</source>
        <translation>Fermer la frise</translation>
    </message>
    <message>
        <source>Date shown on the map</source>
        <translation>Date montrée sur la carte</translation>
    </message>
    <message>
        <source>Drag to choose the date; arrow keys move a day, Page Up and Page Down a month, Home and End to the first and last dates</source>
        <translation>Faites glisser pour choisir la date&#xa0;; les flèches avancent d’un jour, Page préc. et Page suiv. d’un mois, Début et Fin vont à la première et à la dernière date</translation>
    </message>
    <message>
        <source>Ste&amp;p:</source>
        <translation>&amp;Pas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>&amp;toutes les</translation>
    </message>
    <message>
        <source>No actor or link has dates yet: set “Active since” and “Active until” in the actor and link editors.</source>
        <translation>Aucun acteur ni lien n’a encore de dates&#xa0;: renseignez «&#xa0;Actif depuis&#xa0;» et «&#xa0;Actif jusqu’au&#xa0;» dans les fiches des acteurs et des liens.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Step of the timeline</source>
        <translation>Pas de la frise</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time between two steps when playing</source>
        <translation>Temps entre deux pas pendant le défilement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the timeline forward, or pause it</source>
        <translation>Faire défiler la frise, ou la mettre en pause</translation>
    </message>
</context>
<context>
    <name>maillage::TowerBoard</name>
    <message>
        <source>No actors yet: add them in the actors step.</source>
        <translation>Pas encore d’acteurs&#xa0;: ajoutez-les à l’étape des acteurs.</translation>
    </message>
</context>
<context>
    <name>maillage::TrackingDocks</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Qualité de vie</translation>
    </message>
</context>
<context>
    <name>maillage::ViewDialog</name>
    <message>
        <source>Edit View</source>
        <translation>Modifier la vue</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>The view keeps the filters, the focus, the zoom and where every actor stands now, to show them again later or as a slide.</source>
        <translation>La vue garde les filtres, le focus, le zoom et la place de chaque acteur, pour les montrer à nouveau plus tard ou en diapositive.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>A sentence or two shown under the title (optional)</source>
        <translation>Une ou deux phrases affichées sous le titre (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
</context>
<context>
    <name>maillage::ViewState</name>
    <message>
        <source>Show view “%1”</source>
        <translation>Afficher la vue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>maillage::ViewsPanel</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save what the map shows now as a new view</source>
        <translation>Enregistrer ce que montre la carte comme nouvelle vue</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the selected view on the map (Enter)</source>
        <translation>Afficher la vue sélectionnée sur la carte (Entrée)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Replace the selected view by what the map shows now</source>
        <translation>Remplacer la vue sélectionnée par ce que montre la carte</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Present the views as slides from the selected one</source>
        <translation>Présenter les vues en diapositives à partir de la vue sélectionnée</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the title and caption (F2)</source>
        <translation>Modifier le titre et la légende (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected view (Delete)</source>
        <translation>Supprimer la vue sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Monter</translation>
    </message>
    <message>
        <source>Move the view one slide earlier (Ctrl+Up)</source>
        <translation>Avancer la vue d’une diapositive (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Descendre</translation>
    </message>
    <message>
        <source>Move the view one slide later (Ctrl+Down)</source>
        <translation>Reculer la vue d’une diapositive (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Saved views, in slide order: drag to reorder, double-click to show</source>
        <translation>Vues enregistrées, dans l’ordre des diapositives&#xa0;: glisser pour réordonner, double-cliquer pour afficher</translation>
    </message>
    <message>
        <source>No saved view yet: set the map as you want to show it, then Save…</source>
        <translation>Aucune vue enregistrée&#xa0;: réglez la carte comme vous voulez la montrer, puis Enregistrer…</translation>
    </message>
    <message>
        <source>On the territory map</source>
        <translation>Sur la carte du territoire</translation>
    </message>
</context>
<context>
    <name>maillage::VocabularyDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Actor categories</source>
        <translation>Catégories d’acteurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Types de liens</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation>Changer la forme</translation>
    </message>
    <message>
        <source>New actors of this category are persons</source>
        <translation>Les nouveaux acteurs de cette catégorie sont des personnes</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Change line style</source>
        <translation>Changer le style de trait</translation>
    </message>
    <message>
        <source>Change link type</source>
        <translation>Modifier le type de lien</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add category “%1”</source>
        <translation>Ajouter la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>Nouveau type de lien</translation>
    </message>
    <message>
        <source>Add link type “%1”</source>
        <translation>Ajouter le type de lien «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Ajouter l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Leave them without a category</source>
        <translation>Les laisser sans catégorie</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>Les déplacer vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>%1 actors belong to “%2”. What should become of them?</source>
        <translation>%1 acteurs appartiennent à «&#xa0;%2&#xa0;». Que doivent-ils devenir&#xa0;?</translation>
    </message>
    <message>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete these links</source>
        <translation>Supprimer ces liens</translation>
    </message>
    <message>
        <source>Change them to “%1”</source>
        <translation>Les changer en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete link type</source>
        <translation>Supprimer le type de lien</translation>
    </message>
    <message>
        <source>%1 links are of type “%2”. What should become of them?</source>
        <translation>%1 liens sont de type «&#xa0;%2&#xa0;». Que doivent-ils devenir&#xa0;?</translation>
    </message>
    <message>
        <source>Delete link type “%1”</source>
        <translation>Supprimer le type de lien «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>%1 actors carry the tag “%2”. Remove it from them and delete it?</source>
        <translation>%1 acteurs portent l’étiquette «&#xa0;%2&#xa0;». La leur retirer et la supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Categories, link types, tags and fields</source>
        <translation>Catégories, types de liens, étiquettes et champs</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Choices (separated by |)</source>
        <translation>Choix (séparés par |)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Donnée personnelle</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Add a field of &amp;actors</source>
        <translation>Ajouter un champ des &amp;acteurs</translation>
    </message>
    <message>
        <source>Add a field of &amp;links</source>
        <translation>Ajouter un champ des &amp;liens</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;u)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre (&amp;w)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Blanked for persons in anonymized exports and when a person is pseudonymised</source>
        <translation>Effacée pour les personnes dans les exports anonymisés et quand une personne est pseudonymisée</translation>
    </message>
    <message>
        <source>New field of links</source>
        <translation>Nouveau champ des liens</translation>
    </message>
    <message>
        <source>New field of actors</source>
        <translation>Nouveau champ des acteurs</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) or link(s) have a value of “%1”. Delete the field and its values?</source>
        <translation>
            <numerusform>%Ln acteur ou lien a une valeur de «&#xa0;%1&#xa0;». Supprimer le champ et ses valeurs&#xa0;?</numerusform>
            <numerusform>%Ln acteurs ou liens ont une valeur de «&#xa0;%1&#xa0;». Supprimer le champ et ses valeurs&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::WebExportDialog</name>
    <message>
        <source>Export a web page</source>
        <translation>Exporter une page web</translation>
    </message>
    <message>
        <source>One HTML file that partners open in any browser, even offline: the network to explore, the map of places, the key figures, the problems and the actions.</source>
        <translation>Un seul fichier HTML que les partenaires ouvrent dans n’importe quel navigateur, même hors ligne&#xa0;: le réseau à explorer, la carte des lieux, les chiffres clés, les problèmes et les actions.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The whole map, as laid out</source>
        <translation>Toute la carte, telle que disposée</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Replace every person by a pseudonym (for sharing with partners)</source>
        <translation>Remplacer chaque personne par un pseudonyme (pour partager avec des partenaires)</translation>
    </message>
    <message>
        <source>Draw the map of places on OpenStreetMap</source>
        <translation>Dessiner la carte des lieux sur OpenStreetMap</translation>
    </message>
    <message>
        <source>The map&apos;s images are fetched online when the page is opened: OpenStreetMap&apos;s servers then see the reader&apos;s address.</source>
        <translation>Les images de la carte sont chargées en ligne à l’ouverture de la page&#xa0;: les serveurs d’OpenStreetMap voient alors l’adresse du lecteur.</translation>
    </message>
    <message>
        <source>What goes out:</source>
        <translation>Ce qui sort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Opening the page asks OpenStreetMap for the map&apos;s images: its servers see the reader&apos;s address.</source>
        <translation>Ouvrir la page demande les images de la carte à OpenStreetMap&#xa0;: ses serveurs voient l’adresse du lecteur.</translation>
    </message>
    <message>
        <source>Opening the page sends nothing anywhere.</source>
        <translation>Ouvrir la page n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>The page was written to %1: %2 actors, %3 links, %4.</source>
        <translation>La page a été écrite dans %1&#xa0;: %2 acteurs, %3 liens, %4.</translation>
    </message>
    <message>
        <source>&amp;Open the Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
</context>
<context>
    <name>maillage::WelcomePage</name>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
    <message>
        <source>Welcome to Maillage</source>
        <translation>Bienvenue dans Maillage</translation>
    </message>
    <message>
        <source>Map the actors of a territory and the links between them, follow its problems and the actions that answer them, and share what you learn.</source>
        <translation>Cartographiez les acteurs d’un territoire et leurs liens, suivez ses problèmes et les actions qui y répondent, et partagez ce que vous apprenez.</translation>
    </message>
    <message>
        <source>Open the sample territory (Mirecourt)</source>
        <translation>Ouvrir le territoire d’exemple (Mirecourt)</translation>
    </message>
    <message>
        <source>New territory…</source>
        <translation>Nouveau territoire…</translation>
    </message>
    <message>
        <source>Open a territory…</source>
        <translation>Ouvrir un territoire…</translation>
    </message>
    <message>
        <source>Import a spreadsheet into a new territory…</source>
        <translation>Importer un tableur dans un nouveau territoire…</translation>
    </message>
    <message>
        <source>Recent territories</source>
        <translation>Territoires récents</translation>
    </message>
    <message>
        <source>How Maillage works</source>
        <translation>Comment fonctionne Maillage</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Map the actors.&lt;/b&gt; Institutions, companies, elected officials, associations, citizens: add them on the map or import a spreadsheet, then draw the links between them (Shift-drag from one actor to another).</source>
        <translation>&lt;b&gt;1. Cartographiez les acteurs.&lt;/b&gt; Institutions, entreprises, élus, associations, citoyens&#xa0;: ajoutez-les sur la carte ou importez un tableur, puis tracez les liens entre eux (Maj-glisser d’un acteur à l’autre).</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Follow the territory&apos;s problems.&lt;/b&gt; Record the problems its inhabitants face, the actions that answer them and their partners, and the meetings and Inform&apos;action debates.</source>
        <translation>&lt;b&gt;2. Suivez les problèmes du territoire.&lt;/b&gt; Notez les problèmes que rencontrent ses habitants, les actions qui y répondent et leurs partenaires, les réunions et les débats Inform’action.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Measure and share.&lt;/b&gt; Indicators show what changes; the analysis finds central actors and missing links; the PDF report and the slides go to partners.</source>
        <translation>&lt;b&gt;3. Mesurez et partagez.&lt;/b&gt; Les indicateurs montrent ce qui change&#xa0;; l’analyse repère les acteurs centraux et les liens manquants&#xa0;; le rapport PDF et les diapositives vont aux partenaires.</translation>
    </message>
    <message>
        <source>%1 (shared, %2)</source>
        <translation>%1 (partagé, %2)</translation>
    </message>
</context>
<context>
    <name>maillage::analysis</name>
    <message>
        <source>Unknown measure “%1” (known: %2).</source>
        <translation>Mesure inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No measure named (known: %1).</source>
        <translation>Aucune mesure indiquée (connues&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>maillage::analysisui::MetricsTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Number of distinct actors linked to this one</source>
        <translation>Nombre d’acteurs distincts liés à celui-ci</translation>
    </message>
    <message>
        <source>How many shortest paths between other actors go through this one: a go-between</source>
        <translation>Nombre de plus courts chemins entre d’autres acteurs qui passent par celui-ci&#xa0;: un intermédiaire</translation>
    </message>
    <message>
        <source>Betweenness divided by the number of pairs of other actors (0 … 1)</source>
        <translation>Intermédiarité divisée par le nombre de paires d’autres acteurs (0 … 1)</translation>
    </message>
    <message>
        <source>How close this actor is to all those it can reach (0 … 1)</source>
        <translation>Proximité de cet acteur avec tous ceux qu’il peut atteindre (0 … 1)</translation>
    </message>
    <message>
        <source>Linked to actors who are themselves well linked (0 … 1)</source>
        <translation>Lié à des acteurs eux-mêmes bien liés (0 … 1)</translation>
    </message>
    <message>
        <source>The largest k such that the actor belongs to a group where everyone has at least k links within the group</source>
        <translation>Le plus grand k tel que l’acteur appartient à un groupe où chacun a au moins k liens au sein du groupe</translation>
    </message>
    <message>
        <source>The connected part of the network the actor belongs to (1 = the largest)</source>
        <translation>La partie connexe du réseau à laquelle appartient l’acteur (1 = la plus grande)</translation>
    </message>
    <message>
        <source>Removing this actor splits its part of the network: a broker</source>
        <translation>Retirer cet acteur scinde sa partie du réseau&#xa0;: un passeur</translation>
    </message>
    <message>
        <source>The group the actor belongs to (Louvain), named after its most central actor</source>
        <translation>Le groupe auquel appartient l’acteur (Louvain), nommé d’après son acteur le plus central</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Betweenness (normalised)</source>
        <translation>Intermédiarité (normalisée)</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Coreness</source>
        <translation>k-cœur (coreness)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Passeur</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
</context>
<context>
    <name>maillage::cli</name>
    <message>
        <source>Name of the territory.</source>
        <translation>Nom du territoire.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The .maillage file to create.</source>
        <translation>Le fichier .maillage à créer.</translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation>«&#xa0;%1&#xa0;» créé (%2).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>A .maillage file.</source>
        <translation>Un fichier .maillage.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>of whom persons</source>
        <translation>dont personnes</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Types de liens</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Valeurs d’indicateurs</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation>Fichier&#xa0;: %1 (format %2)</translation>
    </message>
    <message>
        <source>The .maillage file to write.</source>
        <translation>Le fichier .maillage à écrire.</translation>
    </message>
    <message>
        <source>Wrote the sample territory to “%1”.</source>
        <translation>Territoire d’exemple écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create an empty territory.</source>
        <translation>Créer un territoire vide.</translation>
    </message>
    <message>
        <source>Show a territory&apos;s name, format and counts.</source>
        <translation>Afficher le nom, le format et les effectifs d’un territoire.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>missing argument; see “maillage-cli %1 --help”</source>
        <translation>argument manquant&#xa0;; voir «&#xa0;maillage-cli %1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>What to do with an actor whose name (ignoring case and accents) is already in the territory: merge (default: imported values fill and overwrite its fields, tags are added), skip (leave it as it is) or keep (create a second one).</source>
        <translation>Que faire d’un acteur dont le nom (sans tenir compte de la casse ni des accents) figure déjà dans le territoire&#xa0;: merge (par défaut&#xa0;: les valeurs importées complètent et remplacent ses champs, les étiquettes sont ajoutées), skip (le laisser tel quel) ou keep (en créer un second).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>The .maillage file to import into (for a JSON territory: the new file to create).</source>
        <translation>Le fichier .maillage dans lequel importer (pour un territoire JSON&#xa0;: le nouveau fichier à créer).</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, skip or keep, not “%1”</source>
        <translation>--on-duplicate accepte merge, skip ou keep, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a JSON territory is imported alone, into a new file</source>
        <translation>un territoire JSON s’importe seul, dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Created “%1” from “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» créé à partir de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Replace every person by a stable pseudonym (“Resident 3”, “Elected official 1”), blank their contact details and their names in free text; organisations keep their names.</source>
        <translation>Remplacer chaque personne par un pseudonyme stable («&#xa0;Habitant·e 3&#xa0;», «&#xa0;Élu·e 1&#xa0;»), effacer ses coordonnées et son nom dans les textes libres&#xa0;; les organisations gardent leur nom.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>cannot tell the format from “%1”; use --format</source>
        <translation>impossible de déterminer le format d’après «&#xa0;%1&#xa0;»&#xa0;; utilisez --format</translation>
    </message>
    <message>
        <source>Wrote “%1” and “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» écrits.</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» écrit.</translation>
    </message>
    <message>
        <source>Usage: maillage-cli COMMAND [ARGS…]</source>
        <translation>Utilisation&#xa0;: maillage-cli COMMANDE [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>“maillage-cli COMMAND --help” describes one command.</source>
        <translation>«&#xa0;maillage-cli COMMANDE --help&#xa0;» décrit une commande.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>Follow the direction of directed link types.</source>
        <translation>Suivre le sens des types de liens orientés.</translation>
    </message>
    <message>
        <source>Leave out links of conflict types.</source>
        <translation>Ignorer les liens de type conflictuel.</translation>
    </message>
    <message>
        <source>too many arguments; see “maillage-cli %1 --help”</source>
        <translation>trop d’arguments&#xa0;; voir «&#xa0;maillage-cli %1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>Compute only these measures, comma-separated: %1.</source>
        <translation>Ne calculer que ces mesures, séparées par des virgules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Louvain resolution (default 1; above 1, smaller communities).</source>
        <translation>Résolution de Louvain (1 par défaut&#xa0;; au-dessus de 1, communautés plus petites).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Seed of Louvain&apos;s visiting order (default 1).</source>
        <translation>Graine de l’ordre de visite de Louvain (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--resolution must be a number above 0, not “%1”.</source>
        <translation>--resolution doit être un nombre supérieur à 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0, not “%1”.</source>
        <translation>--seed doit être un nombre entier à partir de 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Diamètre</translation>
    </message>
    <message>
        <source>Average path length</source>
        <translation>Longueur moyenne des chemins</translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation>Coefficient de regroupement moyen</translation>
    </message>
    <message>
        <source>Bridges (links)</source>
        <translation>Ponts (liens)</translation>
    </message>
    <message>
        <source>Modularity</source>
        <translation>Modularité</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisée</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>k-cœur</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Articulation</source>
        <translation>Articulation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>No actor named “%1”.</source>
        <translation>Aucun acteur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: %2 actors bear that name (ids %3); give an id.</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu&#xa0;: %2 acteurs portent ce nom (identifiants %3)&#xa0;; indiquez un identifiant.</translation>
    </message>
    <message>
        <source>Actor name or id.</source>
        <translation>Nom ou identifiant de l’acteur.</translation>
    </message>
    <message>
        <source>Unknown actor.</source>
        <translation>Acteur inconnu.</translation>
    </message>
    <message>
        <source>No path from “%1” to “%2”.</source>
        <translation>Aucun chemin de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>, length %1</source>
        <translation>, longueur %1</translation>
    </message>
    <message>
        <source>%1 shortest path(s)</source>
        <translation>%1 plus court(s) chemin(s)</translation>
    </message>
    <message>
        <source>Intermediaries: %1</source>
        <translation>Intermédiaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network measures: centralities, components, communities.</source>
        <translation>Mesures de réseau&#xa0;: centralités, composantes, communautés.</translation>
    </message>
    <message>
        <source>Shortest path between two actors, with the intermediaries.</source>
        <translation>Plus court chemin entre deux acteurs, avec les intermédiaires.</translation>
    </message>
    <message>
        <source>Check as of DATE (YYYY-MM-DD; default today).</source>
        <translation>Vérifier à la date DATE (AAAA-MM-JJ&#xa0;; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>An indicator not measured for N months is stale (default 6).</source>
        <translation>Un indicateur non mesuré depuis N mois est considéré comme ancien (6 par défaut).</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--stale-months needs a whole number of months, 1 or more, not “%1”.</source>
        <translation>--stale-months attend un nombre entier de mois, 1 ou plus, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Aucun point de vigilance.</translation>
    </message>
    <message>
        <source>Items needing attention: %1.</source>
        <translation>Points de vigilance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>List what needs attention: problems nobody can act on, actions without partners or indicators, actors never met…</source>
        <translation>Lister les points de vigilance&#xa0;: problèmes sur lesquels personne ne peut agir, actions sans partenaires ni indicateurs, acteurs jamais rencontrés…</translation>
    </message>
    <message>
        <source>--format %1 needs at least one --commune CODE (the INSEE code, e.g. 88304): the register is national</source>
        <translation>--format %1 exige au moins un --commune CODE (le code INSEE, p. ex. 88304)&#xa0;: le registre est national</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE commune code (5 characters, e.g. 88304)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code INSEE de commune (5 caractères, p. ex. 88304)</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Lecture… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Register rows: %1 read, %2 kept, %3 of other communes, %4 closed or dissolved</source>
        <translation>Lignes du registre&#xa0;: %1 lues, %2 conservées, %3 d’autres communes, %4 fermées ou dissoutes</translation>
    </message>
    <message>
        <source>For rne, sirene and rna: keep the rows of this commune (INSEE code, e.g. 88304; repeat for several). Required for sirene and rna; rne takes every commune without it.</source>
        <translation>Pour rne, sirene et rna&#xa0;: conserver les lignes de cette commune (code INSEE, p. ex. 88304&#xa0;; à répéter pour plusieurs). Obligatoire pour sirene et rna&#xa0;; sans cette option, rne prend toutes les communes.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--commune only applies to --format rne, sirene or rna</source>
        <translation>--commune ne s’applique qu’à --format rne, sirene ou rna</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not “%2”.</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No actor “%1” in “%2”.</source>
        <translation>Aucun acteur «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Several actors are called “%1”: give the id instead.</source>
        <translation>Plusieurs acteurs s’appellent «&#xa0;%1&#xa0;»&#xa0;: indiquez plutôt l’identifiant.</translation>
    </message>
    <message>
        <source>Layout: %1.</source>
        <translation>Disposition&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same positions).</source>
        <translation>Graine aléatoire (même graine, mêmes positions).</translation>
    </message>
    <message>
        <source>Concentric: the actor in the middle (id or name; default: the most linked).</source>
        <translation>Concentrique&#xa0;: l’acteur au centre (identifiant ou nom&#xa0;; par défaut&#xa0;: le plus lié).</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>Force: start afresh instead of from the current positions.</source>
        <translation>Dirigée par les forces&#xa0;: repartir de zéro au lieu des positions actuelles.</translation>
    </message>
    <message>
        <source>Print the positions as JSON.</source>
        <translation>Afficher les positions en JSON.</translation>
    </message>
    <message>
        <source>unknown algorithm “%1” (use %2)</source>
        <translation>algorithme inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %Ln actor(s) (%1).</source>
        <translation>
            <numerusform>%Ln acteur disposé (%1).</numerusform>
            <numerusform>%Ln acteurs disposés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Largeur en pixels.</translation>
    </message>
    <message>
        <source>Draw no names.</source>
        <translation>Ne pas dessiner les noms.</translation>
    </message>
    <message>
        <source>Draw no legend.</source>
        <translation>Ne pas dessiner la légende.</translation>
    </message>
    <message>
        <source>Show persons as “Person N”.</source>
        <translation>Afficher les personnes sous la forme «&#xa0;Personne N&#xa0;».</translation>
    </message>
    <message>
        <source>A title above the map.</source>
        <translation>Un titre au-dessus de la carte.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Draw the power/interest grid behind the map (after “layout --algorithm grid”).</source>
        <translation>Dessiner la grille pouvoir/intérêt derrière la carte (après «&#xa0;layout --algorithm grid&#xa0;»).</translation>
    </message>
    <message>
        <source>The image to write (.png or .svg).</source>
        <translation>L’image à écrire (.png ou .svg).</translation>
    </message>
    <message>
        <source>Cannot draw to “%1”: unknown extension “%2” (use .png or .svg).</source>
        <translation>Impossible de dessiner dans «&#xa0;%1&#xa0;»&#xa0;: extension «&#xa0;%2&#xa0;» inconnue (utilisez .png ou .svg).</translation>
    </message>
    <message>
        <source>Drawing needs the Qt GUI library; this build of maillage-cli cannot draw.</source>
        <translation>Le dessin nécessite la bibliothèque Qt GUI&#xa0;; cette version de maillage-cli ne peut pas dessiner.</translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln actor(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln acteur dessiné dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln acteurs dessinés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the actor map and save the positions (one undo step).</source>
        <translation>Disposer la carte des acteurs et enregistrer les positions (une seule étape d’annulation).</translation>
    </message>
    <message>
        <source>Draw the actor map to a PNG or SVG image.</source>
        <translation>Dessiner la carte des acteurs dans une image PNG ou SVG.</translation>
    </message>
    <message>
        <source>“%1” has no actor named or numbered “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucun acteur nommé ou numéroté «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>“%1” matches several actors in “%2”: %3. Give the id instead.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs acteurs dans «&#xa0;%2&#xa0;»&#xa0;: %3. Indiquez plutôt l’identifiant.</translation>
    </message>
    <message>
        <source>Judge retention as of DATE (YYYY-MM-DD; default today).</source>
        <translation>Évaluer la conservation à la date DATE (AAAA-MM-JJ&#xa0;; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Persons: %1, needing attention: %2 (as of %3).</source>
        <translation>Personnes&#xa0;: %1, à surveiller&#xa0;: %2 (au %3).</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>conservée jusqu’au %1</translation>
    </message>
    <message>
        <source>no retention date</source>
        <translation>pas de date de conservation</translation>
    </message>
    <message>
        <source>The file to write (.json or .pdf).</source>
        <translation>Le fichier à écrire (.json ou .pdf).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>The person&apos;s name or id.</source>
        <translation>Le nom ou l’identifiant de la personne.</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.json</source>
        <translation>indiquez le fichier de sortie avec -o OUT.json</translation>
    </message>
    <message>
        <source>Cannot write “%1”: person-export writes .json or .pdf files.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: person-export écrit des fichiers .json ou .pdf.</translation>
    </message>
    <message>
        <source>The actor %1 could not be read.</source>
        <translation>L’acteur %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to “%2”.</source>
        <translation>Tout ce qui est détenu sur «&#xa0;%1&#xa0;» a été écrit dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Erase for real; without it, only show what would be erased (exit status 3).</source>
        <translation>Effacer réellement&#xa0;; sans cette option, seulement montrer ce qui serait effacé (code de sortie 3).</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase.</source>
        <translation>Rien n’a été modifié. Relancez avec --yes pour effacer.</translation>
    </message>
    <message>
        <source>List the persons with their legal basis and retention, those needing attention first.</source>
        <translation>Lister les personnes avec leur base légale et leur conservation, celles à surveiller en premier.</translation>
    </message>
    <message>
        <source>Export everything held about one person (right of access).</source>
        <translation>Exporter tout ce qui est détenu sur une personne (droit d’accès).</translation>
    </message>
    <message>
        <source>Erase a person and every trace of them; without --yes, show what would be erased and exit with status 3.</source>
        <translation>Effacer une personne et toute trace la concernant&#xa0;; sans --yes, montrer ce qui serait effacé et sortir avec le code 3.</translation>
    </message>
    <message>
        <source>Replace a person by a pseudonym, keeping their links and history.</source>
        <translation>Remplacer une personne par un pseudonyme, en conservant ses liens et son historique.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Language of the report: fr or en (default: the interface&apos;s).</source>
        <translation>Langue du rapport&#xa0;: fr ou en (par défaut&#xa0;: celle de l’interface).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Replace every person by a stable pseudonym; organisations keep their names.</source>
        <translation>Remplacer chaque personne par un pseudonyme stable&#xa0;; les organisations gardent leur nom.</translation>
    </message>
    <message>
        <source>Comma-separated sections to include (default all): %1.</source>
        <translation>Sections à inclure, séparées par des virgules (toutes par défaut)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Author shown on the cover (default: the territory&apos;s).</source>
        <translation>Auteur affiché sur la couverture (par défaut&#xa0;: celui du territoire).</translation>
    </message>
    <message>
        <source>Date of the report, YYYY-MM-DD (default today).</source>
        <translation>Date du rapport, AAAA-MM-JJ (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.pdf</source>
        <translation>indiquez le fichier de sortie avec -o OUT.pdf</translation>
    </message>
    <message>
        <source>“%1” is not a .pdf file name; report writes PDF files.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier .pdf&#xa0;; report écrit des fichiers PDF.</translation>
    </message>
    <message>
        <source>unknown language “%1” (use fr or en)</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;» (utilisez fr ou en)</translation>
    </message>
    <message>
        <source>Writing a PDF needs the Qt GUI library; this build of maillage-cli cannot draw.</source>
        <translation>L’écriture d’un PDF nécessite la bibliothèque Qt GUI&#xa0;; cette version de maillage-cli ne peut pas dessiner.</translation>
    </message>
    <message>
        <source>Wrote the report of “%1” to “%2”.</source>
        <translation>Rapport de «&#xa0;%1&#xa0;» écrit dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Write the territory&apos;s report as a PDF.</source>
        <translation>Écrire le rapport du territoire en PDF.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>In the reference</source>
        <translation>Dans la référence</translation>
    </message>
    <message>
        <source>In this map</source>
        <translation>Dans cette carte</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Category agreement: %1</source>
        <translation>Concordance des catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>Influence: mean difference %1</source>
        <translation>Influence&#xa0;: écart moyen %1</translation>
    </message>
    <message>
        <source>Missing actors:</source>
        <translation>Acteurs manquants&#xa0;:</translation>
    </message>
    <message>
        <source>Extra actors:</source>
        <translation>Acteurs en trop&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (written “%2”)</source>
        <translation>%1 (écrit «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Matched despite a different spelling:</source>
        <translation>Appariés malgré une orthographe différente&#xa0;:</translation>
    </message>
    <message>
        <source>Missing links:</source>
        <translation>Liens manquants&#xa0;:</translation>
    </message>
    <message>
        <source>Extra links:</source>
        <translation>Liens en trop&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 in the reference, %3 here</source>
        <translation>%1&#xa0;: %2 dans la référence, %3 ici</translation>
    </message>
    <message>
        <source>Largest influence differences:</source>
        <translation>Plus grands écarts d’influence&#xa0;:</translation>
    </message>
    <message>
        <source>Summary — maps compared: %1</source>
        <translation>Synthèse — cartes comparées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (missed by %2 of %3)</source>
        <translation>%1 (manqué par %2 sur %3)</translation>
    </message>
    <message>
        <source>Actors most maps missed:</source>
        <translation>Acteurs manqués par la plupart des cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Links most maps missed:</source>
        <translation>Liens manqués par la plupart des cartes&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2, influence %3</source>
        <translation>%1&#xa0;: %2, influence %3</translation>
    </message>
    <message>
        <source>Actors the maps see differently:</source>
        <translation>Acteurs que les cartes voient différemment&#xa0;:</translation>
    </message>
    <message>
        <source>%1: drawn in %2; not in %3</source>
        <translation>%1&#xa0;: dessiné dans %2&#xa0;; absent de %3</translation>
    </message>
    <message>
        <source>Links drawn by some maps only:</source>
        <translation>Liens dessinés par certaines cartes seulement&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing missed by most maps, no disagreement.</source>
        <translation>Rien n’est manqué par la plupart des cartes, aucun désaccord.</translation>
    </message>
    <message>
        <source>The reference .maillage file (e.g. the trainer&apos;s map).</source>
        <translation>Le fichier .maillage de référence (p. ex. la carte du formateur).</translation>
    </message>
    <message>
        <source>The maps to compare with it.</source>
        <translation>Les cartes à comparer avec elle.</translation>
    </message>
    <message>
        <source>Reference: %1 (%2 actors, %3 links)</source>
        <translation>Référence&#xa0;: %1 (%2 acteurs, %3 liens)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Actors: %1 → %2</source>
        <translation>Acteurs&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Links: %1 → %2</source>
        <translation>Liens&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors who appeared:</source>
        <translation>Acteurs apparus&#xa0;:</translation>
    </message>
    <message>
        <source>Actors who left:</source>
        <translation>Acteurs partis&#xa0;:</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, force %2</translation>
    </message>
    <message>
        <source>Links that appeared:</source>
        <translation>Liens apparus&#xa0;:</translation>
    </message>
    <message>
        <source>%1: strength %2 → %3</source>
        <translation>%1&#xa0;: force %2 → %3</translation>
    </message>
    <message>
        <source>Links that strengthened:</source>
        <translation>Liens renforcés&#xa0;:</translation>
    </message>
    <message>
        <source>Links that weakened:</source>
        <translation>Liens affaiblis&#xa0;:</translation>
    </message>
    <message>
        <source>Links that disappeared:</source>
        <translation>Liens disparus&#xa0;:</translation>
    </message>
    <message>
        <source>Compare FILE as it stood on this date (YYYY-MM-DD)…</source>
        <translation>Comparer FILE tel qu’il était à cette date (AAAA-MM-JJ)…</translation>
    </message>
    <message>
        <source>…with FILE on this date (YYYY-MM-DD; default: today). Both dates are inclusive: a link from or until a date is present on that date.</source>
        <translation>…avec FILE à cette date (AAAA-MM-JJ&#xa0;; par défaut&#xa0;: aujourd’hui). Les deux dates sont incluses&#xa0;: un lien qui commence ou se termine à une date est présent à cette date.</translation>
    </message>
    <message>
        <source>A .maillage file (the earlier one).</source>
        <translation>Un fichier .maillage (le plus ancien).</translation>
    </message>
    <message>
        <source>A later snapshot of the territory, unless --from is given.</source>
        <translation>Un état ultérieur du territoire, sauf si --from est indiqué.</translation>
    </message>
    <message>
        <source>give either two files, or one file with --from</source>
        <translation>indiquez soit deux fichiers, soit un fichier avec --from</translation>
    </message>
    <message>
        <source>give a second file, or --from DATE to compare two dates of one file</source>
        <translation>indiquez un second fichier, ou --from DATE pour comparer deux dates d’un même fichier</translation>
    </message>
    <message>
        <source>--to needs --from</source>
        <translation>--to nécessite --from</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (format attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) est antérieur à --from (%2)</translation>
    </message>
    <message>
        <source>Compare maps with a reference: matched, missing and extra actors and links, precision, recall, F1.</source>
        <translation>Comparer des cartes avec une référence&#xa0;: acteurs et liens appariés, manquants et en trop, précision, rappel, F1.</translation>
    </message>
    <message>
        <source>What changed between two snapshots or two dates: actors who appeared or left, links that appeared, strengthened, weakened or disappeared.</source>
        <translation>Ce qui a changé entre deux états ou deux dates&#xa0;: acteurs apparus ou partis, liens apparus, renforcés, affaiblis ou disparus.</translation>
    </message>
    <message>
        <source>What the trainees have to do (shown to them).</source>
        <translation>Ce que les stagiaires ont à faire (affiché pour eux).</translation>
    </message>
    <message>
        <source>Categories the trainees may use, codes or names separated by commas (default: all).</source>
        <translation>Catégories que les stagiaires peuvent utiliser, codes ou noms séparés par des virgules (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Link types the trainees may use, codes or names separated by commas (default: all).</source>
        <translation>Types de liens que les stagiaires peuvent utiliser, codes ou noms séparés par des virgules (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>The starting map: empty, actors (every actor, no links) or all (default: empty).</source>
        <translation>La carte de départ&#xa0;: empty (vide), actors (tous les acteurs, sans liens) ou all (tout)&#xa0;; par défaut&#xa0;: empty.</translation>
    </message>
    <message>
        <source>The trainer&apos;s territory (left unchanged).</source>
        <translation>Le territoire du formateur ou de la formatrice (laissé tel quel).</translation>
    </message>
    <message>
        <source>The exercise file to write (.maillage).</source>
        <translation>Le fichier d’exercice à écrire (.maillage).</translation>
    </message>
    <message>
        <source>give REFERENCE and OUT; see “maillage-cli %1 --help”</source>
        <translation>indiquez REFERENCE et OUT&#xa0;; voir «&#xa0;maillage-cli %1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>--brief is required: write what the trainees have to do</source>
        <translation>--brief est obligatoire&#xa0;: écrivez ce que les stagiaires ont à faire</translation>
    </message>
    <message>
        <source>--start must be empty, actors or all, not “%1”</source>
        <translation>--start doit valoir empty, actors ou all, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote the exercise %1: %2 actors, %3 links; categories: %4; link types: %5</source>
        <translation>Exercice %1 écrit&#xa0;: %2 acteurs, %3 liens&#xa0;; catégories&#xa0;: %4&#xa0;; types de liens&#xa0;: %5</translation>
    </message>
    <message>
        <source>Turn a territory into an exercise file: a brief, the allowed categories and link types, and a starting map.</source>
        <translation>Faire d’un territoire un fichier d’exercice&#xa0;: une consigne, les catégories et types de liens autorisés, et une carte de départ.</translation>
    </message>
    <message>
        <source>Like --commune, by the commune&apos;s name (case and accents ignored, e.g. epinal), looked up in the INSEE communes file given with --cog.</source>
        <translation>Comme --commune, par le nom de la commune (sans tenir compte de la casse ni des accents, p. ex. epinal), cherché dans le fichier des communes de l’INSEE donné par --cog.</translation>
    </message>
    <message>
        <source>INSEE&apos;s communes file (Code officiel géographique, v_commune_20xx.csv) for --commune-name.</source>
        <translation>Fichier des communes de l’INSEE (Code officiel géographique, v_commune_20xx.csv) pour --commune-name.</translation>
    </message>
    <message>
        <source>COGFILE</source>
        <translation>FICHIERCOG</translation>
    </message>
    <message>
        <source>--commune-name needs --format rne, sirene or rna and --cog COGFILE</source>
        <translation>--commune-name demande --format rne, sirene ou rna et --cog FICHIERCOG</translation>
    </message>
    <message>
        <source>no commune is named “%1” in %2</source>
        <translation>aucune commune ne s’appelle «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>several communes are named “%1” (%2): use --commune CODE</source>
        <translation>plusieurs communes s’appellent «&#xa0;%1&#xa0;» (%2)&#xa0;: utilisez --commune CODE</translation>
    </message>
    <message>
        <source>Language of the slides: fr or en (default: the interface&apos;s).</source>
        <translation>Langue des diapositives&#xa0;: fr ou en (par défaut&#xa0;: celle de l’interface).</translation>
    </message>
    <message>
        <source>“%1” is not a .pdf file name; slides writes PDF files.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier .pdf&#xa0;; slides écrit des fichiers PDF.</translation>
    </message>
    <message>
        <source>“%1” has no saved view: wrote the whole map as one slide to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucune vue enregistrée&#xa0;: la carte entière a été écrite comme une seule diapositive dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln slide(s) of “%1” to “%2”.</source>
        <translation>
            <numerusform>%Ln diapositive de «&#xa0;%1&#xa0;» écrite dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%Ln diapositives de «&#xa0;%1&#xa0;» écrites dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the saved views of the map as PDF slides, one page each.</source>
        <translation>Écrire les vues enregistrées de la carte en diapositives PDF, une page chacune.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s name.</source>
        <translation>Le nom de l’instantané.</translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation>Une note gardée avec lui.</translation>
    </message>
    <message>
        <source>give one file; see “maillage-cli %1 --help”</source>
        <translation>donnez un seul fichier&#xa0;; voir «&#xa0;maillage-cli %1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation>--name NOM est obligatoire</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken (%2 actors, %3 links).</source>
        <translation>Instantané «&#xa0;%1&#xa0;» pris (%2 acteurs, %3 liens).</translation>
    </message>
    <message>
        <source>No snapshot yet: take one with “maillage-cli snapshot %1 --name NAME”.</source>
        <translation>Aucun instantané pour l’instant&#xa0;: prenez-en un avec «&#xa0;maillage-cli snapshot %1 --name NOM&#xa0;».</translation>
    </message>
    <message>
        <source>%1 actors, %2 links</source>
        <translation>%1 acteurs, %2 liens</translation>
    </message>
    <message>
        <source>Take a named snapshot of the territory&apos;s map (actors, links, categories, link types).</source>
        <translation>Prendre un instantané nommé de la carte du territoire (acteurs, liens, catégories, types de liens).</translation>
    </message>
    <message>
        <source>List the snapshots of a territory.</source>
        <translation>Lister les instantanés d’un territoire.</translation>
    </message>
    <message>
        <source>Compare this snapshot of FILE (name or id) with FILE now; given twice, compare the first snapshot with the second.</source>
        <translation>Comparer cet instantané de FICHIER (nom ou numéro) avec FICHIER aujourd’hui&#xa0;; donné deux fois, comparer le premier instantané au second.</translation>
    </message>
    <message>
        <source>--snapshot takes one file and no --from or --to</source>
        <translation>--snapshot s’emploie avec un seul fichier, sans --from ni --to</translation>
    </message>
    <message>
        <source>give --snapshot once or twice</source>
        <translation>donnez --snapshot une ou deux fois</translation>
    </message>
    <message>
        <source>%1 has no snapshot called “%2” (see “maillage-cli snapshots %1”)</source>
        <translation>%1 n’a pas d’instantané nommé «&#xa0;%2&#xa0;» (voir «&#xa0;maillage-cli snapshots %1&#xa0;»)</translation>
    </message>
    <message>
        <source>Use link weights (a link&apos;s own weight when it has one, else its strength 1–5): a strong tie is a short way.</source>
        <translation>Utiliser les poids des liens (le poids propre d’un lien quand il en a un, sinon sa force 1–5)&#xa0;: un lien fort est un chemin court.</translation>
    </message>
    <message>
        <source>Finished the purge of an earlier erasure or pseudonymisation of “%1” that had been stopped before it: what it removed can no longer be recovered from the file.</source>
        <translation>Purge terminée d’un effacement ou d’une pseudonymisation antérieure de «&#xa0;%1&#xa0;», qui avait été interrompue avant elle&#xa0;: ce qui avait été retiré ne peut plus être récupéré dans le fichier.</translation>
    </message>
    <message>
        <source>An earlier erasure or pseudonymisation of “%1” was stopped before its purge: it will be finished when the file is next opened for writing (with --yes, for instance).</source>
        <translation>Un effacement ou une pseudonymisation antérieure de «&#xa0;%1&#xa0;» a été interrompu avant sa purge&#xa0;: elle sera terminée à la prochaine ouverture du fichier en écriture (avec --yes, par exemple).</translation>
    </message>
    <message>
        <source>“%1” has no actor named or numbered “%2” any more: nothing else to erase.</source>
        <translation>«&#xa0;%1&#xa0;» n’a plus d’acteur nommé ou numéroté «&#xa0;%2&#xa0;»&#xa0;: plus rien à effacer.</translation>
    </message>
    <message>
        <source>Erased “%1” from “%2”; places rewritten: %3.</source>
        <translation>«&#xa0;%1&#xa0;» effacé de «&#xa0;%2&#xa0;»&#xa0;; endroits réécrits&#xa0;: %3.</translation>
    </message>
    <message>
        <source>GraphML and GEXF: write every link as directed, for tools that cannot read a graph mixing directed and undirected links (NetworkX among them).</source>
        <translation>GraphML et GEXF&#xa0;: écrire tous les liens comme orientés, pour les outils qui ne savent pas lire un graphe mêlant liens orientés et non orientés (dont NetworkX).</translation>
    </message>
    <message>
        <source>Warning: %1 (maillage-cli export … --all-directed)</source>
        <translation>Attention&#xa0;: %1 (maillage-cli export … --all-directed)</translation>
    </message>
    <message>
        <source>Write the sample territory “Mirecourt (démo)” (in English with MAILLAGE_LANG=en).</source>
        <translation>Écrire le territoire d’exemple «&#xa0;Mirecourt (démo)&#xa0;» (en anglais avec MAILLAGE_LANG=en).</translation>
    </message>
    <message>
        <source>Files to import together as one undoable step, e.g. Kumu elements and connections, or Gephi nodes and edges. Unknown columns (GraphML keys, GEXF attributes) are kept as the territory&apos;s own fields, typed.</source>
        <translation>Fichiers à importer ensemble en une seule étape annulable, par exemple les éléments et connexions de Kumu, ou les nœuds et arêtes de Gephi. Les colonnes inconnues (clés GraphML, attributs GEXF) sont gardées comme champs propres au territoire, typés.</translation>
    </message>
    <message>
        <source>The type of a field the import makes from a column, instead of the type its values show: text, number, integer, date, yesno, choice or url (repeat for several). Every value of the column must be of that type.</source>
        <translation>Le type d’un champ que l’import crée à partir d’une colonne, au lieu du type que montrent ses valeurs&#xa0;: text, number, integer, date, yesno, choice ou url (à répéter pour plusieurs). Chaque valeur de la colonne doit être de ce type.</translation>
    </message>
    <message>
        <source>NAME=TYPE</source>
        <translation>NOM=TYPE</translation>
    </message>
    <message>
        <source>--field-type takes NAME=TYPE, TYPE being text, number, integer, date, yesno, choice or url, not “%1”</source>
        <translation>--field-type prend NOM=TYPE, TYPE étant text, number, integer, date, yesno, choice ou url, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Estimate betweenness, closeness and path lengths from K actors taken at random (from --seed) instead of all of them: faster on large networks (default: exact).</source>
        <translation>Estimer l’intermédiarité, la proximité et les longueurs de chemin à partir de K acteurs tirés au hasard (selon --seed) au lieu de tous&#xa0;: plus rapide sur les grands réseaux (par défaut&#xa0;: exact).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--sample must be a whole number above 0, not “%1”.</source>
        <translation>--sample doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Estimated from %1 of %2 actors taken at random: normalised betweenness within ±%3 of the exact value (95 % confidence); the diameter is a lower bound.</source>
        <translation>Estimé à partir de %1 des %2 acteurs, tirés au hasard&#xa0;: intermédiarité normalisée à ±%3 de la valeur exacte (confiance de 95&#xa0;%)&#xa0;; le diamètre est une borne inférieure.</translation>
    </message>
    <message>
        <source>The files&apos; layout: %1 (default: found from each file&apos;s header).</source>
        <translation>La disposition des fichiers&#xa0;: %1 (par défaut&#xa0;: reconnue à l’en-tête de chaque fichier).</translation>
    </message>
    <message>
        <source>SIREN code of the territory&apos;s EPCI (else learned from a BPE file).</source>
        <translation>Code SIREN de l’EPCI du territoire (sinon appris d’un fichier BPE).</translation>
    </message>
    <message>
        <source>Year of the geography the files use, when their names and headers do not say.</source>
        <translation>Année de la géographie des fichiers, quand ni leur nom ni leur en-tête ne la disent.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>.xlsx: the sheet to read (default: the latest year&apos;s).</source>
        <translation>.xlsx&#xa0;: la feuille à lire (par défaut&#xa0;: celle de l’année la plus récente).</translation>
    </message>
    <message>
        <source>.xlsx: the header&apos;s row number (default: found).</source>
        <translation>.xlsx&#xa0;: le numéro de la ligne d’en-tête (par défaut&#xa0;: trouvée).</translation>
    </message>
    <message>
        <source>Statistics files (.csv, .xlsx).</source>
        <translation>Fichiers de statistiques (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>unknown format “%1” (use %2)</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (utilisez %2)</translation>
    </message>
    <message>
        <source>a year and a row are whole numbers</source>
        <translation>une année et une ligne sont des nombres entiers</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln statistics from %1 (%2 new, %3 replaced, %4 secret): %5.</source>
        <translation>
            <numerusform>%Ln statistique importée de %1 (%2 nouvelle, %3 remplacée, %4 secrète)&#xa0;: %5.</numerusform>
            <numerusform>%Ln statistiques importées de %1 (%2 nouvelles, %3 remplacées, %4 secrètes)&#xa0;: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The territory&apos;s EPCI is not known: its comparisons are missing. Import a BPE file, or give --epci CODE.</source>
        <translation>L’EPCI du territoire n’est pas connu&#xa0;: ses comparaisons manquent. Importez un fichier BPE, ou donnez --epci CODE.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>The territory&apos;s areas: commune (default), iris, qpv or epci.</source>
        <translation>Les zones du territoire&#xa0;: commune (par défaut), iris, qpv ou epci.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Compared with: EPCI %1, département %2, France</source>
        <translation>Comparé à&#xa0;: EPCI %1, département %2, France</translation>
    </message>
    <message>
        <source>EPCI %1, département %2, France %3</source>
        <translation>EPCI %1, département %2, France %3</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Import public statistics (INSEE, DREES, SDES files) about the territory, in one step.</source>
        <translation>Importer des statistiques publiques (fichiers de l’Insee, de la DREES, du SDES) sur le territoire, en une étape.</translation>
    </message>
    <message>
        <source>Show the territory&apos;s statistical portrait beside its EPCI, département and France.</source>
        <translation>Afficher le portrait statistique du territoire à côté de son EPCI, de son département et de la France.</translation>
    </message>
    <message>
        <source>Comma-separated actor fields to add as columns of the actors&apos; table.</source>
        <translation>Champs d’acteur, séparés par des virgules, à ajouter en colonnes au tableau des acteurs.</translation>
    </message>
    <message>
        <source>NAME,NAME</source>
        <translation>NOM,NOM</translation>
    </message>
    <message>
        <source>INSEE&apos;s SIRENE geolocation file (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, siret;x;y;qualite_xy;epsg…): places the establishments already imported from SIRENE, joined by SIRET.</source>
        <translation>Le fichier de géolocalisation SIRENE de l&apos;Insee (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, siret;x;y;qualite_xy;epsg…)&#xa0;: place les établissements déjà importés de SIRENE, rapprochés par SIRET.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Send the addresses of actors without a place to the Base Adresse Nationale&apos;s geocoder (the internet) and apply the results scoring at least --min-score.</source>
        <translation>Envoyer les adresses des acteurs sans lieu au géocodeur de la Base Adresse Nationale (par internet) et appliquer les résultats dont le score atteint --min-score.</translation>
    </message>
    <message>
        <source>The geocoder&apos;s address (default: the setting, else https://api-adresse.data.gouv.fr/search/csv/).</source>
        <translation>L&apos;adresse du géocodeur (par défaut&#xa0;: le réglage, sinon https://api-adresse.data.gouv.fr/search/csv/).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The lowest geocoding score applied, 0 to 1 (default 0.5); the others are listed, not applied.</source>
        <translation>Le plus bas score de géocodage appliqué, de 0 à 1 (0,5 par défaut)&#xa0;; les autres résultats sont listés, pas appliqués.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>Also send persons&apos; addresses to the geocoder (personal data leaves the computer).</source>
        <translation>Envoyer aussi au géocodeur les adresses des personnes (des données personnelles quittent l&apos;ordinateur).</translation>
    </message>
    <message>
        <source>Commune outlines or points (GeoJSON with INSEE codes): actors still without a place but with a commune are placed at its centre (approximate).</source>
        <translation>Contours ou points des communes (GeoJSON avec codes Insee)&#xa0;: les acteurs encore sans lieu mais avec une commune sont placés en son centre (approximatif).</translation>
    </message>
    <message>
        <source>COMMUNES.geojson</source>
        <translation>COMMUNES.geojson</translation>
    </message>
    <message>
        <source>Also place actors that have a place already (never those placed by hand).</source>
        <translation>Placer aussi les acteurs qui ont déjà un lieu (jamais ceux placés à la main).</translation>
    </message>
    <message>
        <source>Print what would be located; change nothing.</source>
        <translation>Afficher ce qui serait localisé&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>say where places come from: --sirene-geo FILE, --geocode or --communes FILE</source>
        <translation>indiquez d&apos;où viennent les lieux&#xa0;: --sirene-geo FICHIER, --geocode ou --communes FICHIER</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to 1, not “%1”</source>
        <translation>--min-score doit être un nombre de 0 à 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--service, --min-score and --include-persons go with --geocode</source>
        <translation>--service, --min-score et --include-persons vont avec --geocode</translation>
    </message>
    <message>
        <source>--service must be a URL, not “%1”</source>
        <translation>--service doit être une URL, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Locate actors</source>
        <translation>Localiser les acteurs</translation>
    </message>
    <message>
        <source>Place actors on the ground: SIRENE&apos;s geolocation file, the Base Adresse Nationale&apos;s geocoder, or their commune&apos;s centre.</source>
        <translation>Placer les acteurs sur le terrain&#xa0;: fichier de géolocalisation SIRENE, géocodeur de la Base Adresse Nationale, ou centre de leur commune.</translation>
    </message>
    <message>
        <source>auto (default: from each file&apos;s content and columns), maillage, kumu, gephi, graphml, gexf, cytoscape (Cytoscape JSON, .cyjs), geojson (points are actors, lines with source and target links) or json; or a French public register: rne (elected officials), sirene (establishments) or rna (associations).</source>
        <translation>auto (par défaut&#xa0;: d&apos;après le contenu et les colonnes de chaque fichier), maillage, kumu, gephi, graphml, gexf, cytoscape (Cytoscape JSON, .cyjs), geojson (les points sont des acteurs, les lignes avec source et target des liens) ou json&#xa0;; ou un répertoire public français&#xa0;: rne (élus), sirene (établissements) ou rna (associations).</translation>
    </message>
    <message>
        <source>.xlsx workbooks: the sheet to read (default: the first).</source>
        <translation>Classeurs .xlsx&#xa0;: la feuille à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>.xlsx workbooks: the row number of the column names (default: the first row of at least three text cells).</source>
        <translation>Classeurs .xlsx&#xa0;: le numéro de la ligne des noms de colonnes (par défaut&#xa0;: la première ligne d’au moins trois cellules de texte).</translation>
    </message>
    <message>
        <source>--header-row takes a row number (1, 2…), not “%1”</source>
        <translation>--header-row prend un numéro de ligne (1, 2…), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2), json (the whole territory), geojson (actors as points, links as lines, for QGIS), kumu (Kumu&apos;s JSON blueprint), kumu-csv (Kumu&apos;s spreadsheets) or html (one interactive web page). Default: from OUT&apos;s extension. csv writes the actors to OUT and the links to OUT-links.csv beside it (“net.csv” → “net-links.csv”); kumu-csv writes OUT-elements.csv and OUT-connections.csv (“net.csv” → “net-elements.csv”).</source>
        <translation>csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2), json (tout le territoire), geojson (acteurs en points, liens en lignes, pour QGIS), kumu (blueprint JSON de Kumu), kumu-csv (tableurs de Kumu) ou html (une page web interactive). Par défaut : d&apos;après l&apos;extension de OUT. csv écrit les acteurs dans OUT et les liens dans OUT-links.csv à côté (« net.csv » → « net-links.csv ») ; kumu-csv écrit OUT-elements.csv et OUT-connections.csv (« net.csv » → « net-elements.csv »).</translation>
    </message>
    <message>
        <source>GeoJSON with --anonymize: commune outlines (GeoJSON with INSEE codes) whose centres place the persons; without it, persons not already at their commune&apos;s centre are written without a place.</source>
        <translation>GeoJSON avec --anonymize&#xa0;: contours des communes (GeoJSON avec codes Insee) dont les centres placent les personnes&#xa0;; sans cela, les personnes qui ne sont pas déjà au centre de leur commune sont écrites sans lieu.</translation>
    </message>
    <message>
        <source>Import spreadsheets (Maillage, Kumu, Gephi), GraphML, GEXF, Cytoscape JSON, GeoJSON or French public registers (RNE, SIRENE, RNA) as one undoable step.</source>
        <translation>Importer des tableurs (Maillage, Kumu, Gephi), du GraphML, du GEXF, du Cytoscape JSON, du GeoJSON ou des répertoires publics français (RNE, SIRENE, RNA) en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Export the territory as CSV, GraphML, GEXF, JSON, GeoJSON, for Kumu or as a web page.</source>
        <translation>Exporter le territoire en CSV, GraphML, GEXF, JSON, GeoJSON, pour Kumu ou en page web.</translation>
    </message>
    <message>
        <source>No actor of “%1” has a place: nothing to draw on the territory (give actors a latitude and longitude first, or --outlines).</source>
        <translation>Aucun acteur de «&#xa0;%1&#xa0;» n’a de lieu&#xa0;: rien à dessiner sur le territoire (donnez d’abord une latitude et une longitude aux acteurs, ou --outlines).</translation>
    </message>
    <message>
        <source>The tile server “%1” needs {z}, {x} and {y} in its address.</source>
        <translation>Le serveur de tuiles «&#xa0;%1&#xa0;» doit avoir {z}, {x} et {y} dans son adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln map tile(s) could not be loaded and are left blank (%1)</source>
        <translation>
            <numerusform>%Ln tuile de carte n’a pas pu être chargée et reste blanche (%1)</numerusform>
            <numerusform>%Ln tuiles de carte n’ont pas pu être chargées et restent blanches (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln located actor(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln acteur localisé dessiné dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln acteurs localisés dessinés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>What to draw: the network (default) or the territory (actors at their places).</source>
        <translation>Ce qu’il faut dessiner&#xa0;: le réseau (par défaut) ou le territoire (les acteurs à leur lieu).</translation>
    </message>
    <message>
        <source>network|territory</source>
        <translation>network|territory</translation>
    </message>
    <message>
        <source>Height in pixels of the territory (default: two thirds of the width).</source>
        <translation>Hauteur en pixels du territoire (par défaut&#xa0;: les deux tiers de la largeur).</translation>
    </message>
    <message>
        <source>Territory: commune outlines (GeoJSON) coloured by their number of actors.</source>
        <translation>Territoire&#xa0;: contours des communes (GeoJSON) colorés selon leur nombre d’acteurs.</translation>
    </message>
    <message>
        <source>FILE.geojson</source>
        <translation>FICHIER.geojson</translation>
    </message>
    <message>
        <source>Territory: map tiles from this server (an URL with {z}, {x}, {y}), or “cache” for the tiles the application has already kept; default none.</source>
        <translation>Territoire&#xa0;: tuiles de carte de ce serveur (une adresse avec {z}, {x}, {y}), ou «&#xa0;cache&#xa0;» pour les tuiles déjà gardées par l’application&#xa0;; aucune par défaut.</translation>
    </message>
    <message>
        <source>URL|cache</source>
        <translation>URL|cache</translation>
    </message>
    <message>
        <source>Territory: seconds to wait for the tiles (default 20); those not there by then are left blank.</source>
        <translation>Territoire&#xa0;: secondes d’attente des tuiles (20 par défaut)&#xa0;; celles qui ne sont pas arrivées restent blanches.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Unknown view “%1” (use network or territory).</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue (utilisez network ou territory).</translation>
    </message>
    <message>
        <source>INSEE&apos;s COG movements of communes (v_mvt_commune_AAAA.csv): convert the codes of communes merged since a file&apos;s geography.</source>
        <translation>Mouvements des communes du COG de l’Insee (v_mvt_commune_AAAA.csv)&#xa0;: convertit les codes des communes fusionnées depuis la géographie d’un fichier.</translation>
    </message>
    <message>
        <source>Instead of importing counts, add the equipment of these BPE types (TYPEQU, comma-separated) in the territory&apos;s communes as actors, with their address and place: %1.</source>
        <translation>Au lieu d’importer des décomptes, ajoute comme acteurs les équipements de ces types de la BPE (TYPEQU, séparés par des virgules) dans les communes du territoire, avec leur adresse et leur emplacement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln equipment(s) as actors (%1 updated, %2 already there).</source>
        <translation>
            <numerusform>%Ln équipement ajouté comme acteur (%1 mis à jour, %2 déjà présents).</numerusform>
            <numerusform>%Ln équipements ajoutés comme acteurs (%1 mis à jour, %2 déjà présents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln medians or rates of communes merged since their file&apos;s geography are left without a value: they cannot be combined.</source>
        <translation>
            <numerusform>%Ln médiane ou taux de communes fusionnées depuis la géographie de son fichier reste sans valeur&#xa0;: ils ne peuvent pas être combinés.</numerusform>
            <numerusform>%Ln médianes ou taux de communes fusionnées depuis la géographie de leur fichier restent sans valeur&#xa0;: ils ne peuvent pas être combinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .maillage file to publish.</source>
        <translation>Le fichier .maillage à publier.</translation>
    </message>
    <message>
        <source>The new shared territory: postgresql://USER@SERVER/DATABASE?territory=NAME</source>
        <translation>Le nouveau territoire partagé&#xa0;: postgresql://UTILISATEUR@SERVEUR/BASE?territory=NOM</translation>
    </message>
    <message>
        <source>“%1” is an address: publish copies a file; use download first.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse&#xa0;: publish copie un fichier&#xa0;; utilisez d&apos;abord download.</translation>
    </message>
    <message>
        <source>Published “%1” as “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» publié sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A shared territory.</source>
        <translation>Un territoire partagé.</translation>
    </message>
    <message>
        <source>“%1” is not a shared territory address (postgresql://…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un territoire partagé (postgresql://…).</translation>
    </message>
    <message>
        <source>Wrote a copy of “%1” to “%2”.</source>
        <translation>Copie de «&#xa0;%1&#xa0;» écrite dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give ROLE access (with --as).</source>
        <translation>Donner accès à RÔLE (avec --as).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Access level: owner, editor, viewer or viewer-no-personal-data.</source>
        <translation>Niveau d&apos;accès&#xa0;: owner (propriétaire), editor (éditeur), viewer (lecteur) ou viewer-no-personal-data (lecteur sans données personnelles).</translation>
    </message>
    <message>
        <source>Take every access away from ROLE.</source>
        <translation>Retirer tout accès à RÔLE.</translation>
    </message>
    <message>
        <source>--add and --remove cannot be used together.</source>
        <translation>--add et --remove ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--add needs --as owner|editor|viewer|viewer-no-personal-data.</source>
        <translation>--add demande --as owner|editor|viewer|viewer-no-personal-data.</translation>
    </message>
    <message>
        <source>“%1” is not an access level: owner, editor, viewer or viewer-no-personal-data.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau d&apos;accès&#xa0;: owner, editor, viewer ou viewer-no-personal-data.</translation>
    </message>
    <message>
        <source>“%1” is now %2 of “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais %2 de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>--as goes with --add.</source>
        <translation>--as s&apos;emploie avec --add.</translation>
    </message>
    <message>
        <source>“%1” has no access to “%2” any more.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a plus accès à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Stop after N changes.</source>
        <translation>Arrêter après N modifications.</translation>
    </message>
    <message>
        <source>Stop after SECONDS seconds.</source>
        <translation>Arrêter après SECONDES secondes.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--count needs a whole number, not “%1”.</source>
        <translation>--count demande un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds, not “%1”.</source>
        <translation>--timeout demande un nombre de secondes, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Watching “%1”: one JSON line per change.</source>
        <translation>Suivi de «&#xa0;%1&#xa0;»&#xa0;: une ligne JSON par modification.</translation>
    </message>
    <message>
        <source>Copy a territory file to a new shared territory on a PostgreSQL server.</source>
        <translation>Copier un fichier de territoire vers un nouveau territoire partagé sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Write an offline copy of a shared territory.</source>
        <translation>Écrire une copie hors ligne d&apos;un territoire partagé.</translation>
    </message>
    <message>
        <source>Print one JSON line per change anyone makes to a shared territory, as it happens.</source>
        <translation>Afficher une ligne JSON par modification faite par quiconque sur un territoire partagé, au moment où elle a lieu.</translation>
    </message>
    <message>
        <source>List or change who may read and edit a shared territory.</source>
        <translation>Lister ou modifier qui peut lire et modifier un territoire partagé.</translation>
    </message>
    <message>
        <source>The snapshot was taken but cannot be read back.</source>
        <translation>L&apos;instantané a été pris mais ne peut pas être relu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>maillage::cli::HtmlExport</name>
    <message>
        <source>html: the page&apos;s language, fr or en (default: the interface&apos;s).</source>
        <translation>html&#xa0;: la langue de la page, fr ou en (par défaut&#xa0;: celle de l’interface).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>html: the saved view whose filters and positions the page shows (default: every actor, as laid out).</source>
        <translation>html&#xa0;: la vue enregistrée dont la page montre les filtres et les positions (par défaut&#xa0;: tous les acteurs, tels que disposés).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>html: draw the map of places on OpenStreetMap&apos;s tiles, fetched online when the page is opened (default: a plain background and no request at all).</source>
        <translation>html&#xa0;: dessiner la carte des lieux sur les tuiles d’OpenStreetMap, chargées en ligne à l’ouverture de la page (par défaut&#xa0;: un fond uni et aucune requête).</translation>
    </message>
    <message>
        <source>--%1 is an option of the html format only</source>
        <translation>--%1 est une option du seul format html</translation>
    </message>
    <message>
        <source>Wrote “%1”: %2 actors, %3 links, %4 places, %5.</source>
        <translation>«&#xa0;%1&#xa0;» écrit&#xa0;: %2 acteurs, %3 liens, %4 lieux, %5.</translation>
    </message>
</context>
<context>
    <name>maillage::defaults</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen·ne</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Service public</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Social ties</source>
        <translation>Lien social</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Services publics</translation>
    </message>
    <message>
        <source>Civic life</source>
        <translation>Vie citoyenne</translation>
    </message>
</context>
<context>
    <name>maillage::diagnostics</name>
    <message>
        <source>Problems nobody can act on</source>
        <translation>Problèmes sur lesquels personne ne peut agir</translation>
    </message>
    <message>
        <source>Problems no action addresses</source>
        <translation>Problèmes qu’aucune action ne traite</translation>
    </message>
    <message>
        <source>Actions without partners</source>
        <translation>Actions sans partenaires</translation>
    </message>
    <message>
        <source>Actions without indicators</source>
        <translation>Actions sans indicateurs</translation>
    </message>
    <message>
        <source>Themes with no problem recorded</source>
        <translation>Thèmes sans problème enregistré</translation>
    </message>
    <message>
        <source>Actors never met</source>
        <translation>Acteurs jamais rencontrés</translation>
    </message>
    <message>
        <source>Indicators never measured</source>
        <translation>Indicateurs jamais mesurés</translation>
    </message>
    <message>
        <source>Indicators not measured for a long time</source>
        <translation>Indicateurs non mesurés depuis longtemps</translation>
    </message>
    <message>
        <source>Persons kept past their retention date</source>
        <translation>Personnes conservées au-delà de leur date de conservation</translation>
    </message>
    <message>
        <source>Persons without a legal basis</source>
        <translation>Personnes sans base légale</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Nobody who can act on “%1” is recorded.</source>
        <translation>Aucun acteur en mesure d’agir sur «&#xa0;%1&#xa0;» n’est enregistré.</translation>
    </message>
    <message>
        <source>No action addresses “%1”.</source>
        <translation>Aucune action ne répond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Action “%1” has no partners.</source>
        <translation>L’action «&#xa0;%1&#xa0;» n’a aucun partenaire.</translation>
    </message>
    <message>
        <source>Action “%1” has no indicator to measure its impact.</source>
        <translation>L’action «&#xa0;%1&#xa0;» n’a aucun indicateur pour mesurer son impact.</translation>
    </message>
    <message>
        <source>No problem is recorded for the theme “%1”.</source>
        <translation>Aucun problème n’est enregistré pour le thème «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has not attended any meeting.</source>
        <translation>«&#xa0;%1&#xa0;» n’a participé à aucune réunion.</translation>
    </message>
    <message>
        <source>Nobody from “%1” has attended any meeting.</source>
        <translation>Personne de «&#xa0;%1&#xa0;» n’a participé à aucune réunion.</translation>
    </message>
    <message>
        <source>Indicator “%1” has never been measured.</source>
        <translation>L’indicateur «&#xa0;%1&#xa0;» n’a jamais été mesuré.</translation>
    </message>
    <message>
        <source>Indicator “%1” has not been measured since %2 (limit: %3 months).</source>
        <translation>L’indicateur «&#xa0;%1&#xa0;» n’a pas été mesuré depuis le %2 (limite&#xa0;: %3 mois).</translation>
    </message>
    <message>
        <source>“%1” is kept past their retention date (%2): erase, pseudonymise or extend.</source>
        <translation>«&#xa0;%1&#xa0;» est conservé·e au-delà de sa date limite de conservation (%2)&#xa0;: effacer, pseudonymiser ou prolonger.</translation>
    </message>
    <message>
        <source>No legal basis is recorded for keeping “%1”.</source>
        <translation>Aucune base légale n’est enregistrée pour la conservation de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Actors with the same name</source>
        <translation>Acteurs portant le même nom</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has the same name as %Ln other actor(s): the same one twice, or different ones?</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» porte le même nom que %Ln autre acteur&#xa0;: le même en double, ou des acteurs différents&#xa0;?</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» porte le même nom que %Ln autres acteurs&#xa0;: le même en double, ou des acteurs différents&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::fields</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>maillage::geo::CommuneCentres</name>
    <message>
        <source>%1: no feature has an INSEE commune code property (code, codgeo, INSEE_COM, insee…) and a geometry</source>
        <translation>%1&#xa0;: aucune entité n&apos;a à la fois une propriété de code commune Insee (code, codgeo, INSEE_COM, insee…) et une géométrie</translation>
    </message>
</context>
<context>
    <name>maillage::geo::GeoJson</name>
    <message>
        <source>a position must be [longitude, latitude] numbers</source>
        <translation>une position doit être [longitude, latitude] en nombres</translation>
    </message>
    <message>
        <source>position [%1, %2] is outside longitude −180…180 / latitude −90…90 (WGS 84 degrees, longitude first)</source>
        <translation>la position [%1, %2] est hors de longitude −180…180 / latitude −90…90 (degrés WGS 84, longitude d&apos;abord)</translation>
    </message>
    <message>
        <source>expected an array of positions</source>
        <translation>un tableau de positions est attendu</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, it has %1</source>
        <translation>un anneau demande au moins 4 positions, il en a %1</translation>
    </message>
    <message>
        <source>a line needs at least 2 positions, it has %1</source>
        <translation>une ligne demande au moins 2 positions, elle en a %1</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, position %2</translation>
    </message>
    <message>
        <source>a ring must end at its first position</source>
        <translation>un anneau doit finir sur sa première position</translation>
    </message>
    <message>
        <source>a polygon is an array of rings (at least one)</source>
        <translation>un polygone est un tableau d&apos;anneaux (au moins un)</translation>
    </message>
    <message>
        <source>%1, ring %2</source>
        <translation>%1, anneau %2</translation>
    </message>
    <message>
        <source>“geometry” must be an object or null</source>
        <translation>«&#xa0;geometry&#xa0;» doit être un objet ou null</translation>
    </message>
    <message>
        <source>GeometryCollection is not supported</source>
        <translation>GeometryCollection n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>“coordinates” must be an array</source>
        <translation>«&#xa0;coordinates&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, polygon %2</source>
        <translation>%1, polygone %2</translation>
    </message>
    <message>
        <source>a geometry needs a “type”</source>
        <translation>une géométrie demande un «&#xa0;type&#xa0;»</translation>
    </message>
    <message>
        <source>unknown geometry type “%1”</source>
        <translation>type de géométrie inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected an object of type “Feature”</source>
        <translation>un objet de type «&#xa0;Feature&#xa0;» est attendu</translation>
    </message>
    <message>
        <source>a feature&apos;s “id” must be a string or a number</source>
        <translation>l&apos;«&#xa0;id&#xa0;» d&apos;une entité doit être un texte ou un nombre</translation>
    </message>
    <message>
        <source>a feature needs a “geometry” member (null if none)</source>
        <translation>une entité demande un membre «&#xa0;geometry&#xa0;» (null s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>“properties” must be an object or null</source>
        <translation>«&#xa0;properties&#xa0;» doit être un objet ou null</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>not GeoJSON: the document must be an object</source>
        <translation>pas du GeoJSON&#xa0;: le document doit être un objet</translation>
    </message>
    <message>
        <source>coordinates in “%1”: only WGS 84 longitude/latitude (RFC 7946) is read; reproject the file (QGIS: Export › Save Features As, CRS EPSG:4326)</source>
        <translation>coordonnées en «&#xa0;%1&#xa0;»&#xa0;: seules longitude/latitude WGS 84 (RFC 7946) sont lues&#xa0;; reprojetez le fichier (QGIS&#xa0;: Exporter › Sauvegarder les entités sous, SCR EPSG:4326)</translation>
    </message>
    <message>
        <source>a FeatureCollection needs a “features” array</source>
        <translation>une FeatureCollection demande un tableau «&#xa0;features&#xa0;»</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>feature 1</source>
        <translation>entité 1</translation>
    </message>
    <message>
        <source>not GeoJSON: the object has no “type”</source>
        <translation>pas du GeoJSON&#xa0;: l&apos;objet n&apos;a pas de «&#xa0;type&#xa0;»</translation>
    </message>
    <message>
        <source>not GeoJSON: unknown type “%1”</source>
        <translation>pas du GeoJSON&#xa0;: type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
</context>
<context>
    <name>maillage::geo::Geocoder</name>
    <message>
        <source>the geocoder&apos;s answer</source>
        <translation>la réponse du géocodeur</translation>
    </message>
    <message>
        <source>the geocoder&apos;s answer is not the Base Adresse Nationale&apos;s CSV (no id, latitude, longitude, result_score columns)</source>
        <translation>la réponse du géocodeur n&apos;est pas le CSV de la Base Adresse Nationale (pas de colonnes id, latitude, longitude, result_score)</translation>
    </message>
    <message>
        <source>the geocoding service %1 cannot be reached (%2); nothing was located</source>
        <translation>le service de géocodage %1 est injoignable (%2)&#xa0;; rien n&apos;a été localisé</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the geocoding service %1: %2; nothing was located</source>
        <translation>le service de géocodage %1&#xa0;: %2&#xa0;; rien n&apos;a été localisé</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>geocoding cancelled; nothing was located</source>
        <translation>géocodage annulé&#xa0;; rien n’a été localisé</translation>
    </message>
</context>
<context>
    <name>maillage::geo::Locate</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>not INSEE&apos;s SIRENE geolocation file: it needs the columns siret, x, y and epsg (or x_longitude and y_latitude)</source>
        <translation>pas le fichier de géolocalisation SIRENE de l&apos;Insee&#xa0;: il faut les colonnes siret, x, y et epsg (ou x_longitude et y_latitude)</translation>
    </message>
    <message>
        <source>x, y and epsg must be numbers (“%1”, “%2”, “%3”)</source>
        <translation>x, y et epsg doivent être des nombres («&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>x_longitude “%1”, y_latitude “%2” is not a WGS 84 position</source>
        <translation>x_longitude «&#xa0;%1&#xa0;», y_latitude «&#xa0;%2&#xa0;» n&apos;est pas une position WGS 84</translation>
    </message>
    <message>
        <source>actor %1: %2, %3 is not a WGS 84 position</source>
        <translation>acteur %1&#xa0;: %2, %3 n&apos;est pas une position WGS 84</translation>
    </message>
    <message>
        <source>actor %1 does not exist</source>
        <translation>l&apos;acteur %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: reading cancelled; nothing was located</source>
        <translation>%1&#xa0;: lecture annulée&#xa0;; rien n’a été localisé</translation>
    </message>
</context>
<context>
    <name>maillage::geo::LocateReport</name>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>in the street</source>
        <translation>dans la rue</translation>
    </message>
    <message>
        <source>the commune&apos;s centre</source>
        <translation>le centre de la commune</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>placé à la main</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>latitude, longitude (French: &quot;%1 ; %2&quot;, the decimal comma being taken)</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exact</source>
        <translation>
            <numerusform>%Ln exact</numerusform>
            <numerusform>%Ln exacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the street</source>
        <translation>
            <numerusform>%Ln dans la rue</numerusform>
            <numerusform>%Ln dans la rue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln at the commune&apos;s centre</source>
        <translation>
            <numerusform>%Ln au centre de la commune</numerusform>
            <numerusform>%Ln au centre de la commune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of unknown precision</source>
        <translation>
            <numerusform>%Ln de précision inconnue</numerusform>
            <numerusform>%Ln de précision inconnue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIRENE geolocation: %Ln establishment(s) located</source>
        <translation>
            <numerusform>Géolocalisation SIRENE&#xa0;: %Ln établissement localisé</numerusform>
            <numerusform>Géolocalisation SIRENE&#xa0;: %Ln établissements localisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not in the file or without coordinates</source>
        <translation>
            <numerusform>, %Ln absent du fichier ou sans coordonnées</numerusform>
            <numerusform>, %Ln absents du fichier ou sans coordonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln row(s) read)</source>
        <translation>
            <numerusform> (%Ln ligne lue)</numerusform>
            <numerusform> (%Ln lignes lues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Geocoding: %Ln address(es) sent</source>
        <translation>
            <numerusform>Géocodage&#xa0;: %Ln adresse envoyée</numerusform>
            <numerusform>Géocodage&#xa0;: %Ln adresses envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln applied (score at least %1)</source>
        <translation>
            <numerusform>, %Ln appliquée (score d&apos;au moins %1)</numerusform>
            <numerusform>, %Ln appliquées (score d&apos;au moins %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not applied (score below)</source>
        <translation>
            <numerusform>, %Ln non appliquée (score inférieur)</numerusform>
            <numerusform>, %Ln non appliquées (score inférieur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not found</source>
        <translation>
            <numerusform>, %Ln introuvable</numerusform>
            <numerusform>, %Ln introuvables</numerusform>
        </translation>
    </message>
    <message>
        <source>  applied      %1  %2 — “%3” → %4</source>
        <translation>  appliqué      %1  %2 — «&#xa0;%3&#xa0;» → %4</translation>
    </message>
    <message>
        <source>  not applied  %1  %2 — “%3” → %4</source>
        <translation>  non appliqué  %1  %2 — «&#xa0;%3&#xa0;» → %4</translation>
    </message>
    <message>
        <source>  not found          %1</source>
        <translation>  introuvable         %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder (personal data: add --include-persons to send them)</source>
        <translation>
            <numerusform>%Ln personne avec une adresse non envoyée au géocodeur (données personnelles&#xa0;: ajoutez --include-persons pour l&apos;envoyer)</numerusform>
            <numerusform>%Ln personnes avec une adresse non envoyées au géocodeur (données personnelles&#xa0;: ajoutez --include-persons pour les envoyer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Commune centres: %Ln actor(s) placed at their commune&apos;s centre</source>
        <translation>
            <numerusform>Centres des communes&#xa0;: %Ln acteur placé au centre de sa commune</numerusform>
            <numerusform>Centres des communes&#xa0;: %Ln acteurs placés au centre de leur commune</numerusform>
        </translation>
    </message>
    <message>
        <source>Communes not in the communes file: %1</source>
        <translation>Communes absentes du fichier des communes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Located: %Ln actor(s) in all, as one undoable step</source>
        <translation>
            <numerusform>Localisés&#xa0;: %Ln acteur en tout, en une étape annulable</numerusform>
            <numerusform>Localisés&#xa0;: %Ln acteurs en tout, en une étape annulable</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out     %1  %2 — “%3” → %4</source>
        <translation>  écarté        %1  %2 — «&#xa0;%3&#xa0;» → %4</translation>
    </message>
    <message numerus="yes">
        <source>Left out at the review: %Ln place(s) found</source>
        <translation>
            <numerusform>Écarté à la vérification&#xa0;: %Ln lieu trouvé</numerusform>
            <numerusform>Écartés à la vérification&#xa0;: %Ln lieux trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder (personal data: they are sent only when you tick the box that names them)</source>
        <translation>
            <numerusform>%Ln personne avec une adresse non envoyée au géocodeur (données personnelles&#xa0;: elle n’est envoyée que si vous cochez la case qui la nomme)</numerusform>
            <numerusform>%Ln personnes avec une adresse non envoyées au géocodeur (données personnelles&#xa0;: elles ne sont envoyées que si vous cochez la case qui les nomme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::geo::Projection</name>
    <message>
        <source>unknown projection EPSG:%1</source>
        <translation>projection inconnue EPSG:%1</translation>
    </message>
    <message>
        <source>(%1, %2) is outside the area where EPSG:%3 is used</source>
        <translation>(%1, %2) est hors de la zone où EPSG:%3 s&apos;emploie</translation>
    </message>
</context>
<context>
    <name>maillage::i18n</name>
    <message>
        <source>Unknown language “%1” (use %2).</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;» (utilisez %2).</translation>
    </message>
</context>
<context>
    <name>maillage::io::Cog</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>this is not an INSEE communes file (COG v_commune_20xx.csv: TYPECOM, COM, DEP, LIBELLE…)</source>
        <translation>ce n’est pas un fichier des communes de l’INSEE (COG v_commune_20xx.csv&#xa0;: TYPECOM, COM, DEP, LIBELLE…)</translation>
    </message>
    <message>
        <source>“%1” is not a commune code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de commune</translation>
    </message>
</context>
<context>
    <name>maillage::io::CsvReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>n’a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>a quoted field opened here is longer than %1 bytes (probably an unterminated quote)</source>
        <translation>un champ entre guillemets ouvert ici dépasse %1 octets (probablement un guillemet non fermé)</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>un champ dépasse %1 octets</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opened on this line is never closed)</source>
        <translation>champ entre guillemets non terminé (le guillemet ouvert sur cette ligne n’est jamais fermé)</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file (or it is UTF-16; save it as UTF-8)</source>
        <translation>contient un octet NUL&#xa0;: ce n’est pas un fichier texte (ou il est en UTF-16&#xa0;; enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>texte inattendu après un guillemet fermant (un guillemet à l’intérieur d’un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text although the lines before were (mixed encodings?); save the file again as UTF-8</source>
        <translation>n’est pas du texte UTF-8 valide alors que les lignes précédentes l’étaient (encodages mélangés&#xa0;?)&#xa0;; enregistrez à nouveau le fichier en UTF-8</translation>
    </message>
    <message>
        <source>is UTF-16 text, which is not supported; save it as UTF-8 (or “CSV UTF-8” in Excel)</source>
        <translation>est du texte UTF-16, qui n’est pas pris en charge&#xa0;; enregistrez-le en UTF-8 (ou «&#xa0;CSV UTF-8&#xa0;» dans Excel)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>the header line holds no column names</source>
        <translation>la ligne d’en-tête ne contient aucun nom de colonne</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns (a missing or extra separator, or a line break outside quotes?)</source>
        <translation>cette ligne compte %1 valeurs mais l’en-tête compte %2 colonnes (séparateur manquant ou en trop, ou saut de ligne hors guillemets&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>maillage::io::Export</name>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>“%1” already exists; a JSON territory is imported into a new file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; un territoire JSON s’importe dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Maillage territory JSON file (no &quot;format&quot;: &quot;maillage-territory&quot;)</source>
        <translation>ce n’est pas un fichier JSON de territoire Maillage (pas de &quot;format&quot;: &quot;maillage-territory&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Maillage (version %1)</source>
        <translation>écrit par une version plus récente de Maillage (version %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) are directed and %1 are not: GraphML and GEXF allow such a mixed graph, but some tools (NetworkX among them) cannot read it. Export again treating every link as directed for those tools.</source>
        <translation>
            <numerusform>%Ln lien orienté et %1 non orienté&#xa0;: GraphML et GEXF admettent un tel graphe mixte, mais certains outils (dont NetworkX) ne savent pas le lire. Pour eux, exportez à nouveau en traitant tous les liens comme orientés.</numerusform>
            <numerusform>%Ln liens orientés et %1 non orientés&#xa0;: GraphML et GEXF admettent un tel graphe mixte, mais certains outils (dont NetworkX) ne savent pas le lire. Pour eux, exportez à nouveau en traitant tous les liens comme orientés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::io::HtmlExport</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Map of places</source>
        <translation>Carte des lieux</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation>Chercher des acteurs</translation>
    </message>
    <message>
        <source>Name, organisation or role; accents do not matter</source>
        <translation>Nom, organisation ou rôle&#xa0;; les accents sont indifférents</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Types de liens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>No field filter</source>
        <translation>Aucun filtre de champ</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Toute valeur</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Mettre en évidence</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>No community</source>
        <translation>Aucune communauté</translation>
    </message>
    <message>
        <source>Path from</source>
        <translation>Chemin de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Show the path</source>
        <translation>Montrer le chemin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No path links these two actors among the links shown.</source>
        <translation>Aucun chemin ne relie ces deux acteurs parmi les liens affichés.</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>No actor is named “%1”.</source>
        <translation>Aucun acteur ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Problems and actions</source>
        <translation>Problèmes et actions</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Pilote&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity %1/5</source>
        <translation>Gravité %1/5</translation>
    </message>
    <message>
        <source>No problem is recorded.</source>
        <translation>Aucun problème n’est enregistré.</translation>
    </message>
    <message>
        <source>No action is recorded.</source>
        <translation>Aucune action n’est enregistrée.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Tout le réseau</translation>
    </message>
    <message>
        <source>Places only: no map background was chosen at export.</source>
        <translation>Lieux seuls&#xa0;: aucun fond de carte n’a été choisi à l’export.</translation>
    </message>
    <message>
        <source>Actors without a place are not on this map.</source>
        <translation>Les acteurs sans lieu ne figurent pas sur cette carte.</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <comment>one actor; the page&apos;s status line</comment>
        <translation>%1 acteur</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <comment>several actors; the page&apos;s status line</comment>
        <translation>%1 acteurs</translation>
    </message>
    <message>
        <source>%1 link shown</source>
        <comment>one link; the page&apos;s status line</comment>
        <translation>%1 lien affiché</translation>
    </message>
    <message>
        <source>%1 links shown</source>
        <comment>several links; the page&apos;s status line</comment>
        <translation>%1 liens affichés</translation>
    </message>
    <message>
        <source>%1 actor found</source>
        <comment>one actor found by the page&apos;s search</comment>
        <translation>%1 acteur trouvé</translation>
    </message>
    <message>
        <source>%1 actors found</source>
        <comment>several actors found by the page&apos;s search</comment>
        <translation>%1 acteurs trouvés</translation>
    </message>
    <message>
        <source>The page holds the actors shown (name, category, role, organisation, commune, website, description, tags, custom fields), their links, positions and places, the problems and actions with who takes part, and the key figures.</source>
        <translation>La page contient les acteurs affichés (nom, catégorie, rôle, organisation, commune, site web, description, étiquettes, champs personnalisés), leurs liens, positions et lieux, les problèmes et les actions avec qui y prend part, et les chiffres clés.</translation>
    </message>
    <message>
        <source>Never in it: e-mail addresses, phone numbers, postal addresses, consent and legal basis, notes of meetings, persons&apos; values of personal fields and persons&apos; exact places.</source>
        <translation>Jamais dedans&#xa0;: adresses électroniques, numéros de téléphone, adresses postales, consentement et base légale, notes des rencontres, valeurs des champs personnels des personnes et lieux exacts des personnes.</translation>
    </message>
    <message>
        <source>Pseudonymised: every person is a pseudonym (“Resident 3”), their names are replaced in every text and they have no place on the map.</source>
        <translation>Pseudonymisée&#xa0;: chaque personne devient un pseudonyme («&#xa0;Habitant·e 3&#xa0;»), son nom est remplacé dans tous les textes et elle n’a pas de lieu sur la carte.</translation>
    </message>
    <message>
        <source>No saved view is named “%1”.</source>
        <translation>Aucune vue enregistrée ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>%1 organisations, %2 persons</source>
        <translation>%1 organisations, %2 personnes</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>between the actors</source>
        <translation>entre les acteurs</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 encore ouverts</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>%1 running, %2 done</source>
        <translation>%1 en cours, %2 terminées</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>communautés</translation>
    </message>
    <message>
        <source>groups of closely linked actors</source>
        <translation>groupes d’acteurs étroitement liés</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>actors located on the map</source>
        <translation>acteurs situés sur la carte</translation>
    </message>
    <message>
        <source>Exported by Maillage on %1 from the territory “%2”.</source>
        <translation>Exporté par Maillage le %1 depuis le territoire «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Saved view: “%1”.</source>
        <translation>Vue enregistrée&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Persons are pseudonymised.</source>
        <translation>Les personnes sont pseudonymisées.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Name, organisation or role</source>
        <translation>Nom, organisation ou rôle</translation>
    </message>
</context>
<context>
    <name>maillage::io::Import</name>
    <message>
        <source>Maillage actors CSV</source>
        <translation>CSV d’acteurs Maillage</translation>
    </message>
    <message>
        <source>Maillage links CSV</source>
        <translation>CSV de liens Maillage</translation>
    </message>
    <message>
        <source>Kumu elements</source>
        <translation>Éléments Kumu</translation>
    </message>
    <message>
        <source>Kumu connections</source>
        <translation>Connexions Kumu</translation>
    </message>
    <message>
        <source>Gephi nodes table</source>
        <translation>Table des nœuds Gephi</translation>
    </message>
    <message>
        <source>Gephi edges table</source>
        <translation>Table des arêtes Gephi</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>GEXF</source>
        <translation>GEXF</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>unknown format: the columns (%1) match neither Maillage&apos;s CSV (name, category…; source, target, strength…), Kumu&apos;s (Label…; From, To…) nor Gephi&apos;s (Id, Label…; Source, Target…)</source>
        <translation>format inconnu&#xa0;: les colonnes (%1) ne correspondent ni au CSV de Maillage (name, category…&#xa0;; source, target, strength…), ni à celui de Kumu (Label…&#xa0;; From, To…), ni à celui de Gephi (Id, Label…&#xa0;; Source, Target…)</translation>
    </message>
    <message>
        <source>the columns (%1) are not those of a %2 spreadsheet</source>
        <translation>les colonnes (%1) ne sont pas celles d’un tableur %2</translation>
    </message>
    <message>
        <source>an actor needs a name (the “%1” column is empty)</source>
        <translation>un acteur doit avoir un nom (la colonne «&#xa0;%1&#xa0;» est vide)</translation>
    </message>
    <message>
        <source>a link needs both “%1” and “%2”</source>
        <translation>un lien nécessite à la fois «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link strength(s) were rounded or brought into the range 1–5.</source>
        <translation>
            <numerusform>%Ln force de lien a été arrondie ou ramenée dans l’intervalle 1–5.</numerusform>
            <numerusform>%Ln forces de lien ont été arrondies ou ramenées dans l’intervalle 1–5.</numerusform>
        </translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>un acteur doit avoir un nom</translation>
    </message>
    <message>
        <source>Directed link</source>
        <translation>Lien orienté</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) named only in links were created.</source>
        <translation>
            <numerusform>%Ln acteur nommé uniquement dans les liens a été créé.</numerusform>
            <numerusform>%Ln acteurs nommés uniquement dans les liens ont été créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</source>
        <translation>
            <numerusform>%Ln lien avait un sens différent de celui de son type de lien existant&#xa0;; celui du type a été conservé.</numerusform>
            <numerusform>%Ln liens avaient un sens différent de celui de leur type de lien existant&#xa0;; celui du type a été conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Actors: %1 created, %2 merged, %3 skipped</source>
        <translation>Acteurs&#xa0;: %1 créés, %2 fusionnés, %3 ignorés</translation>
    </message>
    <message>
        <source>Links: %1 created, %2 merged, %3 skipped</source>
        <translation>Liens&#xa0;: %1 créés, %2 fusionnés, %3 ignorés</translation>
    </message>
    <message>
        <source>New categories: %1, new link types: %2, new tags: %3</source>
        <translation>Nouvelles catégories&#xa0;: %1, nouveaux types de liens&#xa0;: %2, nouvelles étiquettes&#xa0;: %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No territory is open.</source>
        <translation>Aucun territoire n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>a whole-territory JSON file is imported into a new territory file (“maillage-cli import NEW.maillage FILE.json”)</source>
        <translation>un fichier JSON de territoire complet s’importe dans un nouveau fichier de territoire («&#xa0;maillage-cli import NEW.maillage FILE.json&#xa0;»)</translation>
    </message>
    <message>
        <source>Nothing to import: the territory already holds all of it.</source>
        <translation>Rien à importer&#xa0;: le territoire contient déjà tout.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be written (%1); nothing was imported.</source>
        <translation>L’import n’a pas pu être écrit (%1)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a whole number from %3 to %4</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not yes/no (1/0, true/false)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une valeur oui/non (yes/no, 1/0, true/false)</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a number</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not directed, undirected or mutual</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est ni directed, ni undirected, ni mutual</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>a document type declaration (DOCTYPE) is not accepted</source>
        <translation>une déclaration de type de document (DOCTYPE) n’est pas acceptée</translation>
    </message>
    <message numerus="yes">
        <source>entity declarations are not accepted (a DOCTYPE declaring %Ln entity(ies))</source>
        <translation>
            <numerusform>les déclarations d’entités ne sont pas acceptées (un DOCTYPE déclarant %Ln entité)</numerusform>
            <numerusform>les déclarations d’entités ne sont pas acceptées (un DOCTYPE déclarant %Ln entités)</numerusform>
        </translation>
    </message>
    <message>
        <source>entity references are not accepted</source>
        <translation>les références d’entités ne sont pas acceptées</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a GraphML file (the root element is &lt;%1&gt;)</source>
        <translation>ce n’est pas un fichier GraphML (l’élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>a &lt;node&gt; has no id</source>
        <translation>un &lt;node&gt; n’a pas d’id</translation>
    </message>
    <message>
        <source>&lt;data&gt; refers to the undeclared key “%1”</source>
        <translation>&lt;data&gt; fait référence à la clé non déclarée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an &lt;edge&gt; needs a source and a target</source>
        <translation>un &lt;edge&gt; nécessite une source et une cible</translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation>les hyperarêtes ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>holds no XML element</source>
        <translation>ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>not a GEXF file (the root element is &lt;%1&gt;)</source>
        <translation>ce n’est pas un fichier GEXF (l’élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>nested nodes are not supported</source>
        <translation>les nœuds imbriqués ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>the column mapping has %1 columns but the file has %2</source>
        <translation>la correspondance des colonnes en compte %1 mais le fichier en a %2</translation>
    </message>
    <message>
        <source>actors spreadsheet (your mapping)</source>
        <translation>tableau d’acteurs (votre correspondance)</translation>
    </message>
    <message>
        <source>links spreadsheet (your mapping)</source>
        <translation>tableau de liens (votre correspondance)</translation>
    </message>
    <message>
        <source>no column is mapped to the actor&apos;s name</source>
        <translation>aucune colonne ne correspond au nom de l’acteur</translation>
    </message>
    <message>
        <source>a links spreadsheet needs a column for each end of the link (from and to)</source>
        <translation>un tableau de liens a besoin d’une colonne pour chaque extrémité du lien (de et vers)</translation>
    </message>
    <message>
        <source>unknown format: say which column holds what below</source>
        <translation>format inconnu&#xa0;: indiquez ci-dessous ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>(keep as a custom field)</source>
        <translation>(garder comme champ personnalisé)</translation>
    </message>
    <message>
        <source>Identifier (for links)</source>
        <translation>Identifiant (pour les liens)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags (separated by |)</source>
        <translation>Étiquettes (séparées par |)</translation>
    </message>
    <message>
        <source>Is a person (yes/no)</source>
        <translation>Est une personne (oui/non)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Influence (0–5)</source>
        <translation>Influence (0–5)</translation>
    </message>
    <message>
        <source>Interest (0–5)</source>
        <translation>Intérêt (0–5)</translation>
    </message>
    <message>
        <source>Attitude (−2 to 2)</source>
        <translation>Attitude (−2 à 2)</translation>
    </message>
    <message>
        <source>Engagement (0–4)</source>
        <translation>Engagement (0–4)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent method</source>
        <translation>Mode de consentement</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu’au</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Position x</source>
        <translation>Position x</translation>
    </message>
    <message>
        <source>Position y</source>
        <translation>Position y</translation>
    </message>
    <message>
        <source>Pinned (yes/no)</source>
        <translation>Épinglé (oui/non)</translation>
    </message>
    <message>
        <source>Since (date)</source>
        <translation>Depuis (date)</translation>
    </message>
    <message>
        <source>Until (date)</source>
        <translation>Jusqu’au (date)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Colour: red (0–255)</source>
        <translation>Couleur&#xa0;: rouge (0–255)</translation>
    </message>
    <message>
        <source>Colour: green (0–255)</source>
        <translation>Couleur&#xa0;: vert (0–255)</translation>
    </message>
    <message>
        <source>Colour: blue (0–255)</source>
        <translation>Couleur&#xa0;: bleu (0–255)</translation>
    </message>
    <message>
        <source>From (actor)</source>
        <translation>De (acteur)</translation>
    </message>
    <message>
        <source>To (actor)</source>
        <translation>Vers (acteur)</translation>
    </message>
    <message>
        <source>From (actor name, fallback)</source>
        <translation>De (nom de l’acteur, à défaut)</translation>
    </message>
    <message>
        <source>To (actor name, fallback)</source>
        <translation>Vers (nom de l’acteur, à défaut)</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Directed (yes/no)</source>
        <translation>Orienté (oui/non)</translation>
    </message>
    <message>
        <source>Direction (directed/undirected)</source>
        <translation>Sens (orienté/non orienté)</translation>
    </message>
    <message>
        <source>Strength (1–5)</source>
        <translation>Force (1–5)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) holding nothing but separators were skipped.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne ne contenant que des séparateurs a été ignorée.</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes ne contenant que des séparateurs ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link weight(s) are not whole numbers from 1 to 5: the strength drawn (1–5) was rounded or brought into that range, the weight itself is kept.</source>
        <translation>
            <numerusform>%Ln poids de lien n’est pas un nombre entier de 1 à 5&#xa0;: la force dessinée (1–5) a été arrondie ou ramenée dans cet intervalle, le poids lui-même est gardé.</numerusform>
            <numerusform>%Ln poids de lien ne sont pas des nombres entiers de 1 à 5&#xa0;: la force dessinée (1–5) a été arrondie ou ramenée dans cet intervalle, le poids lui-même est gardé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) updated (imported before from the same file)</source>
        <translation>
            <numerusform>%Ln acteur mis à jour (déjà importé du même fichier)</numerusform>
            <numerusform>%Ln acteurs mis à jour (déjà importés du même fichier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) updated (imported before from the same file)</source>
        <translation>
            <numerusform>%Ln lien mis à jour (déjà importé du même fichier)</numerusform>
            <numerusform>%Ln liens mis à jour (déjà importés du même fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>has the same file name as %1, imported with it: import them one at a time</source>
        <translation>porte le même nom de fichier que %1, importé avec lui&#xa0;: importez-les l’un après l’autre</translation>
    </message>
    <message>
        <source>Weight (a number, kept as it is)</source>
        <translation>Poids (un nombre, gardé tel quel)</translation>
    </message>
    <message>
        <source>the edge id “%1” is used twice (first on line %2); nothing was imported</source>
        <translation>l’identifiant d’arête «&#xa0;%1&#xa0;» est employé deux fois (la première à la ligne %2)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>the node id “%1” is used twice (first on line %2); nothing was imported</source>
        <translation>l’identifiant de nœud «&#xa0;%1&#xa0;» est employé deux fois (la première à la ligne %2)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message numerus="yes">
        <source>positions of %Ln node(s)</source>
        <translation>
            <numerusform>positions de %Ln nœud</numerusform>
            <numerusform>positions de %Ln nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>positions of %Ln node(s) (the layout scaled ×%1 to Maillage&apos;s map)</source>
        <translation>
            <numerusform>positions de %Ln nœud (disposition mise à l’échelle ×%1 de la carte de Maillage)</numerusform>
            <numerusform>positions de %Ln nœuds (disposition mise à l’échelle ×%1 de la carte de Maillage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s)</source>
        <translation>
            <numerusform>couleurs de %Ln nœud</numerusform>
            <numerusform>couleurs de %Ln nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge label(s) (as the links&apos; descriptions)</source>
        <translation>
            <numerusform>%Ln étiquette d’arête (en description des liens)</numerusform>
            <numerusform>%Ln étiquettes d’arête (en description des liens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept from the files: %1</source>
        <translation>Conservé des fichiers&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s) (Maillage colours actors by category, and the file uses %1 colours: too many to make categories of)</source>
        <translation>
            <numerusform>couleurs de %Ln nœud (Maillage colore les acteurs par catégorie, et le fichier emploie %1 couleurs&#xa0;: trop pour en faire des catégories)</numerusform>
            <numerusform>couleurs de %Ln nœuds (Maillage colore les acteurs par catégorie, et le fichier emploie %1 couleurs&#xa0;: trop pour en faire des catégories)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s) (Maillage colours actors by category, and their category has another colour)</source>
        <translation>
            <numerusform>couleurs de %Ln nœud (Maillage colore les acteurs par catégorie, et leur catégorie a une autre couleur)</numerusform>
            <numerusform>couleurs de %Ln nœuds (Maillage colore les acteurs par catégorie, et leur catégorie a une autre couleur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sizes of %Ln node(s) (Maillage sizes actors by a measure)</source>
        <translation>
            <numerusform>tailles de %Ln nœud (Maillage dimensionne les acteurs selon une mesure)</numerusform>
            <numerusform>tailles de %Ln nœuds (Maillage dimensionne les acteurs selon une mesure)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Non conservé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are not of their field&apos;s type: they were kept in the description.</source>
        <translation>
            <numerusform>%Ln valeur n’est pas du type de son champ&#xa0;: elle a été gardée dans la description.</numerusform>
            <numerusform>%Ln valeurs ne sont pas du type de leur champ&#xa0;: elles ont été gardées dans la description.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New fields of actors: %1</source>
        <translation>Nouveaux champs des acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>New fields of links: %1</source>
        <translation>Nouveaux champs des liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not of the type chosen for it (%3)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas du type choisi pour elle (%3)</translation>
    </message>
    <message>
        <source>edge %1: not a JSON object</source>
        <translation>arête %1&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>node %1: not a JSON object</source>
        <translation>nœud %1&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>edge %1: it has no “data” object</source>
        <translation>arête %1&#xa0;: elle n’a pas d’objet «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>node %1: it has no “data” object</source>
        <translation>nœud %1&#xa0;: il n’a pas d’objet «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>“elements” → “edges” is not a list</source>
        <translation>«&#xa0;elements&#xa0;» → «&#xa0;edges&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>“elements” → “nodes” is not a list</source>
        <translation>«&#xa0;elements&#xa0;» → «&#xa0;nodes&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>element %1: the group “%2” is neither “nodes” nor “edges”</source>
        <translation>élément %1&#xa0;: le groupe «&#xa0;%2&#xa0;» n’est ni «&#xa0;nodes&#xa0;» ni «&#xa0;edges&#xa0;»</translation>
    </message>
    <message>
        <source>not Cytoscape JSON: it has no “elements” holding nodes and edges</source>
        <translation>pas du Cytoscape JSON&#xa0;: il n’a pas d’«&#xa0;elements&#xa0;» contenant des nœuds et des arêtes</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>node %1: it has no id</source>
        <translation>nœud %1&#xa0;: il n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>node %1: the id “%2” is already node %3&apos;s; nothing was imported</source>
        <translation>nœud %1&#xa0;: l’identifiant «&#xa0;%2&#xa0;» est déjà celui du nœud %3&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nœud %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>node %1: its position is not two numbers x and y</source>
        <translation>nœud %1&#xa0;: sa position n’est pas faite de deux nombres x et y</translation>
    </message>
    <message>
        <source>edge %1: it has no source</source>
        <translation>arête %1&#xa0;: elle n’a pas de source</translation>
    </message>
    <message>
        <source>edge %1: it has no target</source>
        <translation>arête %1&#xa0;: elle n’a pas de cible</translation>
    </message>
    <message>
        <source>edge %1: unknown source “%2”</source>
        <translation>arête %1&#xa0;: source «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>edge %1: unknown target “%2”</source>
        <translation>arête %1&#xa0;: cible «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>edge %1: the id “%2” is already edge %3&apos;s; nothing was imported</source>
        <translation>arête %1&#xa0;: l’identifiant «&#xa0;%2&#xa0;» est déjà celui de l’arête %3&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>edge %1: %2</source>
        <translation>arête %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln list value(s) (%2) kept as text, their items joined with “, ”.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln valeur de liste (%2) gardée en texte, ses éléments joints par «&#xa0;,&#xa0;».</numerusform>
            <numerusform>%1&#xa0;: %Ln valeurs de liste (%2) gardées en texte, leurs éléments joints par «&#xa0;,&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Cytoscape JSON</source>
        <translation>Cytoscape JSON</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>entité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a line is a link: it needs “source” and “target” properties</source>
        <translation>une ligne est un lien&#xa0;: il lui faut les propriétés «&#xa0;source&#xa0;» et «&#xa0;target&#xa0;»</translation>
    </message>
    <message>
        <source>a link&apos;s “source” and “target” cannot be empty</source>
        <translation>«&#xa0;source&#xa0;» et «&#xa0;target&#xa0;» d&apos;un lien ne peuvent pas être vides</translation>
    </message>
    <message>
        <source>a %1 is not an actor&apos;s place: actors are Points (outlines of communes are for the territory view)</source>
        <translation>un %1 n&apos;est pas le lieu d&apos;un acteur&#xa0;: les acteurs sont des Points (les contours de communes vont dans la vue du territoire)</translation>
    </message>
    <message>
        <source>an actor needs a name (a “name” property)</source>
        <translation>un acteur demande un nom (une propriété «&#xa0;name&#xa0;»)</translation>
    </message>
    <message>
        <source>the id “%1” is already another feature&apos;s; nothing was imported</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est déjà celui d&apos;une autre entité&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Located: %Ln actor(s) placed on the ground from the files&apos; latitude and longitude</source>
        <translation>
            <numerusform>Localisés&#xa0;: %Ln acteur placé sur le terrain d&apos;après la latitude et la longitude des fichiers</numerusform>
            <numerusform>Localisés&#xa0;: %Ln acteurs placés sur le terrain d&apos;après la latitude et la longitude des fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) about persons erased from this territory (%1)</source>
        <translation>
            <numerusform>Laissée de côté : %Ln ligne concernant des personnes effacées de ce territoire (%1)</numerusform>
            <numerusform>Laissées de côté : %Ln lignes concernant des personnes effacées de ce territoire (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>column “%1”: %2 is outside −%3…%3 (WGS 84 degrees)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2 est hors de −%3…%3 (degrés WGS 84)</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a precision (exact, street, commune, manual)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une précision (exact, street, commune, manual)</translation>
    </message>
    <message>
        <source>a latitude without a longitude</source>
        <translation>une latitude sans longitude</translation>
    </message>
    <message>
        <source>a longitude without a latitude</source>
        <translation>une longitude sans latitude</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Précision du lieu</translation>
    </message>
</context>
<context>
    <name>maillage::io::Registers</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>holds a report title but no header line</source>
        <translation>contient un titre de rapport mais aucune ligne d’en-tête</translation>
    </message>
    <message>
        <source>the required column “%1” is missing</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns (a missing or extra separator, or a line break outside quotes?)</source>
        <translation>cette ligne compte %1 valeurs mais l’en-tête compte %2 colonnes (séparateur manquant ou en trop, ou saut de ligne hors guillemets&#xa0;?)</translation>
    </message>
    <message>
        <source>it looks like a SIRENE file: use the sirene format</source>
        <translation>cela ressemble à un fichier SIRENE&#xa0;: utilisez le format sirene</translation>
    </message>
    <message>
        <source>it looks like an RNA file: use the rna format</source>
        <translation>cela ressemble à un fichier RNA&#xa0;: utilisez le format rna</translation>
    </message>
    <message>
        <source>it looks like an RNE file: use the rne format</source>
        <translation>cela ressemble à un fichier RNE&#xa0;: utilisez le format rne</translation>
    </message>
    <message>
        <source>the columns (%1) are not those of %2</source>
        <translation>les colonnes (%1) ne sont pas celles %2</translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a date (DD/MM/YYYY or YYYY-MM-DD expected)</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n’est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ attendu)</translation>
    </message>
    <message>
        <source>the RNE (“Nom de l&apos;élu”, “Prénom de l&apos;élu”…)</source>
        <translation>du RNE («&#xa0;Nom de l&apos;élu&#xa0;», «&#xa0;Prénom de l&apos;élu&#xa0;»…)</translation>
    </message>
    <message>
        <source>2018–2020 report</source>
        <translation>rapport 2018–2020</translation>
    </message>
    <message>
        <source>June 2023, snake_case</source>
        <translation>juin 2023, snake_case</translation>
    </message>
    <message>
        <source>until 2022, tab</source>
        <translation>jusqu’en 2022, tabulation</translation>
    </message>
    <message>
        <source>end 2023, comma</source>
        <translation>fin 2023, virgule</translation>
    </message>
    <message>
        <source>2024 on, semicolon</source>
        <translation>depuis 2024, point-virgule</translation>
    </message>
    <message>
        <source>RNE community (EPCI) councillors</source>
        <translation>Conseillers communautaires (EPCI) du RNE</translation>
    </message>
    <message>
        <source>RNE mayors</source>
        <translation>Maires du RNE</translation>
    </message>
    <message>
        <source>RNE municipal councillors</source>
        <translation>Conseillers municipaux du RNE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a commune code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de commune</translation>
    </message>
    <message>
        <source>an elected official needs a name (“%1” and “%2” are empty)</source>
        <translation>un·e élu·e doit avoir un nom («&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont vides)</translation>
    </message>
    <message>
        <source>the commune&apos;s name (“%1”) is empty</source>
        <translation>le nom de la commune («&#xa0;%1&#xa0;») est vide</translation>
    </message>
    <message>
        <source>a SIRENE establishments file (siret, codeCommuneEtablissement…)</source>
        <translation>d’un fichier d’établissements SIRENE (siret, codeCommuneEtablissement…)</translation>
    </message>
    <message>
        <source>SIRENE establishments (geocoded)</source>
        <translation>Établissements SIRENE (géocodés)</translation>
    </message>
    <message>
        <source>SIRENE establishments</source>
        <translation>Établissements SIRENE</translation>
    </message>
    <message>
        <source>SIRENE establishments (older header)</source>
        <translation>Établissements SIRENE (ancien en-tête)</translation>
    </message>
    <message>
        <source>the “siret” column is empty</source>
        <translation>la colonne «&#xa0;siret&#xa0;» est vide</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>NAF code: %1</source>
        <translation>Code NAF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Head office of the company</source>
        <translation>Siège social de l’entreprise</translation>
    </message>
    <message>
        <source>an RNA associations file (id, titre, objet, adrs_codeinsee, position…)</source>
        <translation>d’un fichier d’associations RNA (id, titre, objet, adrs_codeinsee, position…)</translation>
    </message>
    <message>
        <source>RNA associations</source>
        <translation>Associations RNA</translation>
    </message>
    <message>
        <source>the “id” column (RNA number) is empty</source>
        <translation>la colonne «&#xa0;id&#xa0;» (numéro RNA) est vide</translation>
    </message>
    <message>
        <source>RNA: %1</source>
        <translation>RNA&#xa0;: %1</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <source>SIRENE and RNA files are national: choose at least one commune.</source>
        <translation>Les fichiers SIRENE et RNA sont nationaux&#xa0;: choisissez au moins une commune.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE commune code (5 characters, e.g. 88304)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code commune INSEE (5 caractères, p. ex. 88304)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>longitude %1, latitude %2 is outside −180…180 / −90…90</source>
        <translation>longitude %1, latitude %2 est hors de −180…180 / −90…90</translation>
    </message>
</context>
<context>
    <name>maillage::io::Spreadsheet</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>has no sheet “%1” (its sheets: %2)</source>
        <translation>n’a pas de feuille «&#xa0;%1&#xa0;» (ses feuilles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>sheet “%1” has no row %2</source>
        <translation>la feuille «&#xa0;%1&#xa0;» n’a pas de ligne %2</translation>
    </message>
    <message>
        <source>sheet “%1” has no header row (a row of column names); give its number</source>
        <translation>la feuille «&#xa0;%1&#xa0;» n’a pas de ligne d’en-tête (une ligne de noms de colonnes)&#xa0;; donnez son numéro</translation>
    </message>
</context>
<context>
    <name>maillage::labels</name>
    <message>
        <source>Opposed</source>
        <translation>Opposé·e</translation>
    </message>
    <message>
        <source>Reluctant</source>
        <translation>Réticent·e</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Inform</source>
        <translation>Informer</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Involve</source>
        <translation>Impliquer</translation>
    </message>
    <message>
        <source>Collaborate</source>
        <translation>Collaborer</translation>
    </message>
    <message>
        <source>Empower</source>
        <translation>Responsabiliser</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>No basis recorded</source>
        <translation>Aucune base enregistrée</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Public role</source>
        <translation>Rôle public</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Being addressed</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Concerné</translation>
    </message>
    <message>
        <source>Raised it</source>
        <translation>L’a signalé</translation>
    </message>
    <message>
        <source>Can act</source>
        <translation>Peut agir</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Inform&apos;action debate</source>
        <translation>Débat Inform’action</translation>
    </message>
    <message>
        <source>Public meeting</source>
        <translation>Réunion publique</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Review debate</source>
        <translation>Débat-bilan</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Hexagone</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Continu</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Tiret-point</translation>
    </message>
</context>
<context>
    <name>maillage::layout</name>
    <message>
        <source>No actor with id %1 to put in the centre.</source>
        <translation>Aucun acteur d’identifiant %1 à placer au centre.</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Dirigé par les forces</translation>
    </message>
    <message>
        <source>Grouped by category</source>
        <translation>Regroupé par catégorie</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Concentric</source>
        <translation>Concentrique</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>Grille pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Influence (power)</source>
        <translation>Influence (pouvoir)</translation>
    </message>
    <message>
        <source>Apply layout “%1”</source>
        <translation>Appliquer la disposition «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>maillage::postgres</name>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>Impossible de se connecter à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot publish to “%1”: %2</source>
        <translation>Impossible de publier vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the territory “%1” exists already on that server; nothing was changed</source>
        <translation>le territoire «&#xa0;%1&#xa0;» existe déjà sur ce serveur&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot download to “%1”: %2</source>
        <translation>Impossible de télécharger vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>There is no territory “%1” on “%2”.</source>
        <translation>Il n&apos;y a pas de territoire «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot change the members of “%1”: %2</source>
        <translation>Impossible de modifier les membres de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a role name (lower-case letters a–z, digits and _)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de rôle (minuscules a–z, chiffres et _)</translation>
    </message>
    <message>
        <source>roles named maillage_… are Maillage&apos;s own groups</source>
        <translation>les rôles nommés maillage_… sont les groupes propres à Maillage</translation>
    </message>
    <message>
        <source>there is no territory “%1” on that server</source>
        <translation>il n&apos;y a pas de territoire «&#xa0;%1&#xa0;» sur ce serveur</translation>
    </message>
    <message>
        <source>there is no role “%1”</source>
        <translation>il n&apos;y a pas de rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot follow the changes of “%1”: the server refused to listen.</source>
        <translation>Impossible de suivre les modifications de «&#xa0;%1&#xa0;»&#xa0;: le serveur a refusé l&apos;écoute.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>only the territory&apos;s publisher or an administrator of the server can rebuild its tables; it will be done when one of them opens it</source>
        <translation>seuls la personne qui a publié le territoire ou un administrateur du serveur peuvent en reconstruire les tables&#xa0;; ce sera fait quand l’un d’eux l’ouvrira</translation>
    </message>
    <message>
        <source>there is no role “%1” and only an administrator of the server may create it (CREATE ROLE %1 LOGIN)</source>
        <translation>il n’y a pas de rôle «&#xa0;%1&#xa0;» et seul un administrateur du serveur peut le créer (CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Not undone: %1 changed that row since your edit. The step was taken out of the history, so their change stays.</source>
        <translation>Non annulé&#xa0;: %1 a modifié cette ligne depuis votre modification. L’étape a été retirée de l’historique, et sa modification reste.</translation>
    </message>
    <message>
        <source>Not redone: %1 changed that row since. The step was taken out of the history, so their change stays.</source>
        <translation>Non rétabli&#xa0;: %1 a modifié cette ligne depuis. L’étape a été retirée de l’historique, et sa modification reste.</translation>
    </message>
    <message>
        <source>%1 deleted what you were changing since you read it. Your change was not saved.</source>
        <translation>%1 a supprimé ce que vous modifiiez depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed what you were changing since you read it. Your change was not saved.</source>
        <translation>%1 a modifié ce que vous modifiiez depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Not undone: %1 deleted “%2” since your edit. The step was taken out of the history.</source>
        <translation>Non annulé&#xa0;: %1 a supprimé «&#xa0;%2&#xa0;» depuis votre modification. L’étape a été retirée de l’historique.</translation>
    </message>
    <message>
        <source>Not redone: %1 deleted “%2” since. The step was taken out of the history.</source>
        <translation>Non rétabli&#xa0;: %1 a supprimé «&#xa0;%2&#xa0;» depuis. L’étape a été retirée de l’historique.</translation>
    </message>
    <message>
        <source>Not undone: %1 changed “%2” since your edit. The step was taken out of the history, so their change stays.</source>
        <translation>Non annulé&#xa0;: %1 a modifié «&#xa0;%2&#xa0;» depuis votre modification. L’étape a été retirée de l’historique, et sa modification reste.</translation>
    </message>
    <message>
        <source>Not redone: %1 changed “%2” since. The step was taken out of the history, so their change stays.</source>
        <translation>Non rétabli&#xa0;: %1 a modifié «&#xa0;%2&#xa0;» depuis. L’étape a été retirée de l’historique, et sa modification reste.</translation>
    </message>
    <message>
        <source>%1 deleted “%2” since you read it. Your change was not saved.</source>
        <translation>%1 a supprimé «&#xa0;%2&#xa0;» depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed the name to “%2” since you read it. Your change was not saved.</source>
        <translation>%1 a changé le nom en «&#xa0;%2&#xa0;» depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 moved “%2” since you read it. Your change was not saved.</source>
        <translation>%1 a déplacé «&#xa0;%2&#xa0;» depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed “%2” since you read it. Your change was not saved.</source>
        <translation>%1 a modifié «&#xa0;%2&#xa0;» depuis que vous l’avez lu. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>“%1” is not a shared territory.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un territoire partagé.</translation>
    </message>
    <message>
        <source>Cannot read your access to “%1”: %2</source>
        <translation>Impossible de lire votre accès à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>You are not a member of “%1”.</source>
        <translation>Vous n’êtes pas membre de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot ask the server of “%1” whether the connection is encrypted: %2</source>
        <translation>Impossible de demander au serveur de «&#xa0;%1&#xa0;» si la connexion est chiffrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot list the territories of “%1”: %2</source>
        <translation>Impossible de lister les territoires de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Others added rows to this territory at the same time (ids %1 to %2 of %3 were taken): nothing was written. Try again.</source>
        <translation>D’autres ont ajouté des lignes à ce territoire au même moment (les identifiants %1 à %2 de %3 étaient pris)&#xa0;: rien n’a été écrit. Réessayez.</translation>
    </message>
</context>
<context>
    <name>maillage::privacy</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>consent method</source>
        <translation>mode d’obtention du consentement</translation>
    </message>
    <message>
        <source>Left unchanged, but check them: these may name them by family name only:</source>
        <translation>Laissés tels quels, mais à vérifier&#xa0;: ces passages pourraient désigner la personne par son seul nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>  %1, %2: “%3”</source>
        <translation>  %1, %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>  %1, %2: the name is replaced (×%3).</source>
        <translation>  %1, %2&#xa0;: le nom est remplacé (×%3).</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Habitant·e %1</translation>
    </message>
    <message>
        <source>Elected official %1</source>
        <translation>Élu·e %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[effacé]</translation>
    </message>
    <message>
        <source>“%1” is erased with all their fields%2.</source>
        <translation>«&#xa0;%1&#xa0;» est effacé·e avec tous ses champs%2.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>  Link with “%1” (%2) is deleted.</source>
        <translation>  Le lien avec «&#xa0;%1&#xa0;» (%2) est supprimé.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>  Attendance at “%1”%2 is deleted.</source>
        <translation>  La participation à «&#xa0;%1&#xa0;»%2 est supprimée.</translation>
    </message>
    <message>
        <source>  Role “%1” in problem “%2” is deleted.</source>
        <translation>  Le rôle «&#xa0;%1&#xa0;» dans le problème «&#xa0;%2&#xa0;» est supprimé.</translation>
    </message>
    <message>
        <source>  Action “%1” loses its lead.</source>
        <translation>  L’action «&#xa0;%1&#xa0;» perd son pilote.</translation>
    </message>
    <message>
        <source>  Partnership in action “%1” is deleted.</source>
        <translation>  Le partenariat dans l’action «&#xa0;%1&#xa0;» est supprimé.</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the file is rewritten so the erased data cannot be recovered from it.</source>
        <translation>Cette opération est irréversible&#xa0;: l’historique d’annulation est vidé et le fichier est réécrit pour que les données effacées ne puissent pas en être récupérées.</translation>
    </message>
    <message>
        <source>“%1” becomes “%2”; their e-mail, phone, address and website are blanked.</source>
        <translation>«&#xa0;%1&#xa0;» devient «&#xa0;%2&#xa0;»&#xa0;; son courriel, son téléphone, son adresse et son site web sont effacés.</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the file is rewritten so the former names cannot be recovered from it.</source>
        <translation>Cette opération est irréversible&#xa0;: l’historique d’annulation est vidé et le fichier est réécrit pour que les anciens noms ne puissent pas en être récupérés.</translation>
    </message>
    <message>
        <source>There is no such person to erase.</source>
        <translation>Cette personne est introuvable&#xa0;: rien à effacer.</translation>
    </message>
    <message>
        <source>There is no such person to pseudonymise.</source>
        <translation>Cette personne est introuvable&#xa0;: rien à pseudonymiser.</translation>
    </message>
    <message>
        <source>The retention can only be extended by a positive number of months.</source>
        <translation>La conservation ne peut être prolongée que d’un nombre positif de mois.</translation>
    </message>
    <message>
        <source>Extend retention (%1 persons)</source>
        <translation>Prolonger la conservation (%1 personnes)</translation>
    </message>
    <message>
        <source>The data was removed, but the file could not be rewritten to make it unrecoverable: %1</source>
        <translation>Les données ont été supprimées, mais le fichier n’a pas pu être réécrit pour les rendre irrécupérables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Past the retention date: erase, pseudonymise or extend.</source>
        <translation>Date limite de conservation dépassée&#xa0;: effacer, pseudonymiser ou prolonger.</translation>
    </message>
    <message>
        <source>No legal basis recorded (consent, legitimate interest or public role).</source>
        <translation>Aucune base légale enregistrée (consentement, intérêt légitime ou rôle public).</translation>
    </message>
    <message>
        <source>No retention date: this person would be kept indefinitely.</source>
        <translation>Aucune date de conservation&#xa0;: cette personne serait conservée indéfiniment.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <source>  Removed from snapshot “%1”, with their links.</source>
        <translation>  Retiré·e de l’instantané «&#xa0;%1&#xa0;», avec ses liens.</translation>
    </message>
    <message>
        <source>Renamed in these snapshots too: %1.</source>
        <translation>Renommé·e aussi dans ces instantanés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Role in a problem</source>
        <translation>Rôle dans un problème</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>consigne</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>but</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>imported from</source>
        <translation>importé de</translation>
    </message>
    <message>
        <source>identifier in the imported file</source>
        <translation>identifiant dans le fichier importé</translation>
    </message>
    <message>
        <source>Names replaced by “%1” wherever they are written:</source>
        <translation>Noms remplacés par «&#xa0;%1&#xa0;» partout où ils sont écrits&#xa0;:</translation>
    </message>
    <message>
        <source>Names replaced by the pseudonyms wherever they are written:</source>
        <translation>Noms remplacés par les pseudonymes partout où ils sont écrits&#xa0;:</translation>
    </message>
    <message>
        <source>  Their values of fields marked as personal data are blanked: %1.</source>
        <translation>  Leurs valeurs des champs marqués comme données personnelles sont effacées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The data was removed, but the server&apos;s tables could not be rebuilt to make it unrecoverable: %1</source>
        <translation>Les données ont été supprimées, mais les tables du serveur n’ont pas pu être reconstruites pour les rendre irrécupérables&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maillage::render::FieldStyle</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No value (%Ln actor(s)): smallest</source>
        <translation>
            <numerusform>Sans valeur (%Ln acteur)&#xa0;: la plus petite</numerusform>
            <numerusform>Sans valeur (%Ln acteurs)&#xa0;: la plus petite</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message numerus="yes">
        <source>No value (%Ln actor(s))</source>
        <translation>
            <numerusform>Sans valeur (%Ln acteur)</numerusform>
            <numerusform>Sans valeur (%Ln acteurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::render::MapPainter</name>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Cannot draw to “%1”: unknown extension “%2” (use .png or .svg).</source>
        <translation>Impossible de dessiner dans «&#xa0;%1&#xa0;»&#xa0;: extension «&#xa0;%2&#xa0;» inconnue (utilisez .png ou .svg).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The width must be between 16 and 20000 pixels, not %1.</source>
        <translation>La largeur doit être comprise entre 16 et 20&#xa0;000 pixels, et non %1.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>Mémoire insuffisante pour une image de %1×%2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Actor map</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message>
        <source>Drawn by Maillage</source>
        <translation>Dessiné avec Maillage</translation>
    </message>
</context>
<context>
    <name>maillage::render::TerritoryModel</name>
    <message>
        <source>%1: no polygon in this file (commune outlines are Polygon or MultiPolygon features).</source>
        <translation>%1&#xa0;: aucun polygone dans ce fichier (les contours de communes sont des entités Polygon ou MultiPolygon).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no place</source>
        <translation>
            <numerusform>%Ln acteur n’a pas de lieu</numerusform>
            <numerusform>%Ln acteurs n’ont pas de lieu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::render::TerritoryPainter</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Actors per area</source>
        <translation>Acteurs par zone</translation>
    </message>
    <message>
        <source>No actor has a place: nothing to draw on the territory (give actors a latitude and longitude first).</source>
        <translation>Aucun acteur n’a de lieu&#xa0;: rien à dessiner sur le territoire (donnez d’abord une latitude et une longitude aux acteurs).</translation>
    </message>
    <message>
        <source>Territory map</source>
        <translation>Carte du territoire</translation>
    </message>
</context>
<context>
    <name>maillage::render::TileStore</name>
    <message>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>la réponse n’est pas une image</translation>
    </message>
    <message>
        <source>Map tile %1 not loaded: %2.</source>
        <translation>Tuile de carte %1 non chargée&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>maillage::report::PersonRecord</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles détenues concernant %1</translation>
    </message>
    <message>
        <source>Personal data held about</source>
        <translation>Données personnelles détenues concernant</translation>
    </message>
    <message>
        <source>This document lists everything the territory “%1” records about %2, as of %3 at %4, in answer to a request under the right of access (article 15 of the GDPR). Other people appear only by name, where needed to make sense of a link, a meeting or a note.</source>
        <translation>Ce document recense tout ce que le territoire «&#xa0;%1&#xa0;» enregistre au sujet de %2, en date du %3 à %4, en réponse à une demande d’exercice du droit d’accès (article 15 du RGPD). Les autres personnes n’y figurent que par leur nom, lorsque c’est nécessaire pour comprendre un lien, une réunion ou une note.</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>Informations enregistrées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Recorded as a person</source>
        <translation>Enregistré comme personne</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Consent obtained by</source>
        <translation>Consentement obtenu par</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservé jusqu’au</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu’au</translation>
    </message>
    <message>
        <source>Links with other actors (%1)</source>
        <translation>Liens avec d’autres acteurs (%1)</translation>
    </message>
    <message>
        <source>towards them</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>from them</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Linked with</source>
        <translation>Relié à</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Meetings attended (%1)</source>
        <translation>Réunions suivies (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Son rôle</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <source>Notes and descriptions that name them (%1)</source>
        <translation>Notes et descriptions qui la nomment (%1)</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Right of access — personal data</source>
        <translation>Droit d’accès — données personnelles</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Snapshots of the map that include them (%1)</source>
        <translation>Instantanés de la carte où la personne figure (%1)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>maillage::report::Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Writing a PDF needs the Qt GUI library (fonts); this program cannot draw.</source>
        <translation>L’écriture d’un PDF nécessite la bibliothèque Qt GUI (polices)&#xa0;; ce programme ne peut pas dessiner.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Intercommunality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>and %1 others</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Territory report</source>
        <translation>Rapport de territoire</translation>
    </message>
    <message>
        <source>INSEE code(s): %1</source>
        <translation>Code(s) INSEE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Pseudonymised: persons appear under a pseudonym, organisations under their name.</source>
        <translation>Pseudonymisé&#xa0;: les personnes apparaissent sous un pseudonyme, les organisations sous leur nom.</translation>
    </message>
    <message>
        <source>Made with Maillage, the map of a territory&apos;s actors.</source>
        <translation>Réalisé avec Maillage, la carte des acteurs d’un territoire.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>%1 organisations, %2 persons</source>
        <translation>%1 organisations, %2 personnes</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>between the actors</source>
        <translation>entre les acteurs</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 encore ouverts</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>%1 running, %2 done</source>
        <translation>%1 en cours, %2 terminées</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>debates, interviews, workshops</source>
        <translation>débats, entretiens, ateliers</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>personal data recorded</source>
        <translation>données personnelles enregistrées</translation>
    </message>
    <message>
        <source>Actors by category</source>
        <translation>Acteurs par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>of whom persons</source>
        <translation>dont personnes</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <source>%1 links join %2 actors (density %3).</source>
        <translation>%1 liens relient %2 acteurs (densité %3).</translation>
    </message>
    <message>
        <source>They form one connected whole.</source>
        <translation>Ils forment un seul ensemble connexe.</translation>
    </message>
    <message numerus="yes">
        <source>They form %Ln separate groups.</source>
        <translation>
            <numerusform>Ils forment %Ln groupe distinct.</numerusform>
            <numerusform>Ils forment %Ln groupes distincts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every actor has at least one link.</source>
        <translation>Chaque acteur a au moins un lien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no link yet.</source>
        <translation>
            <numerusform>%Ln acteur n’a pas encore de lien.</numerusform>
            <numerusform>%Ln acteurs n’ont pas encore de lien.</numerusform>
        </translation>
    </message>
    <message>
        <source>The territory has no actor yet.</source>
        <translation>Le territoire n’a pas encore d’acteur.</translation>
    </message>
    <message>
        <source>Each shape is an actor, its size its influence; lines are the links between actors, coloured by type.</source>
        <translation>Chaque forme est un acteur, sa taille indique son influence&#xa0;; les traits sont les liens entre acteurs, colorés selon leur type.</translation>
    </message>
    <message>
        <source>Only the most influential actors are named.</source>
        <translation>Seuls les acteurs les plus influents sont nommés.</translation>
    </message>
    <message>
        <source>Actors without a saved position were placed automatically for this report.</source>
        <translation>Les acteurs sans position enregistrée ont été placés automatiquement pour ce rapport.</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Most central actors</source>
        <translation>Acteurs les plus centraux</translation>
    </message>
    <message>
        <source>Betweenness counts how often an actor lies on the shortest path between two others: central actors carry information and bring people together.</source>
        <translation>L’intermédiarité mesure combien de fois un acteur se trouve sur le plus court chemin entre deux autres&#xa0;: les acteurs centraux font circuler l’information et mettent les gens en relation.</translation>
    </message>
    <message>
        <source>No actor is linked to another yet.</source>
        <translation>Aucun acteur n’est encore relié à un autre.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Passeurs</translation>
    </message>
    <message>
        <source>Without one of these actors, the network would fall apart: they are the only bridge between some of the others.</source>
        <translation>Sans l’un de ces acteurs, le réseau se fragmenterait&#xa0;: ils sont le seul pont entre certains des autres.</translation>
    </message>
    <message>
        <source>No actor is the only bridge between others.</source>
        <translation>Aucun acteur n’est le seul pont entre d’autres.</translation>
    </message>
    <message>
        <source>And %1 other brokers.</source>
        <translation>Et %1 autres passeurs.</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Acteurs isolés</translation>
    </message>
    <message>
        <source>Every actor is linked to at least one other.</source>
        <translation>Chaque acteur est relié à au moins un autre.</translation>
    </message>
    <message>
        <source>These actors have no link yet: who could introduce them?</source>
        <translation>Ces acteurs n’ont pas encore de lien&#xa0;: qui pourrait les présenter&#xa0;?</translation>
    </message>
    <message>
        <source>Each actor is placed by their interest in the approach (across) and their influence on the territory (upwards). The quadrants suggest how to involve them.</source>
        <translation>Chaque acteur est placé selon son intérêt pour la démarche (horizontalement) et son influence sur le territoire (verticalement). Les quadrants suggèrent comment l’impliquer.</translation>
    </message>
    <message>
        <source>Actors by quadrant</source>
        <translation>Acteurs par quadrant</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>No problem has been recorded yet.</source>
        <translation>Aucun problème n’a encore été enregistré.</translation>
    </message>
    <message>
        <source>By theme and status</source>
        <translation>Par thème et par statut</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Aucune action n’a encore été enregistrée.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Pilote&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Répond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <source>Not measured yet; target %1</source>
        <translation>Pas encore mesuré&#xa0;; cible %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>From %1 to %2, target %3</source>
        <translation>De %1 à %2, cible %3</translation>
    </message>
    <message>
        <source>No meeting has been recorded yet.</source>
        <translation>Aucune réunion n’a encore été enregistrée.</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation>Décisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meeting and place</source>
        <translation>Réunion et lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes (excerpt)</source>
        <translation>Notes (extrait)</translation>
    </message>
    <message>
        <source>Nothing needs attention as of %1.</source>
        <translation>Aucun point de vigilance au %1.</translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %Ln point(s) need attention. They are grouped below, the most pressing first within each group.</source>
        <translation>
            <numerusform>Au %1, %Ln point demande votre attention. Il figure ci-dessous.</numerusform>
            <numerusform>Au %1, %Ln points demandent votre attention. Ils sont regroupés ci-dessous, les plus urgents en premier dans chaque groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>And %1 more.</source>
        <translation>Et %1 de plus.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>The network of actors</source>
        <translation>Le réseau d’acteurs</translation>
    </message>
    <message>
        <source>Key actors</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Pouvoir et intérêt</translation>
    </message>
    <message>
        <source>Problems by theme and status</source>
        <translation>Problèmes par thème et par statut</translation>
    </message>
    <message>
        <source>Actions and their indicators</source>
        <translation>Les actions et leurs indicateurs</translation>
    </message>
    <message>
        <source>Meetings log</source>
        <translation>Journal des rencontres</translation>
    </message>
    <message>
        <source>Points needing attention</source>
        <translation>Points de vigilance</translation>
    </message>
    <message>
        <source>Unknown section “%1”; valid sections: %2.</source>
        <translation>Section «&#xa0;%1&#xa0;» inconnue&#xa0;; sections valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No section given; valid sections: %1.</source>
        <translation>Aucune section indiquée&#xa0;; sections valides&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Impossible de commencer à dessiner le rapport.</translation>
    </message>
    <message>
        <source>Territory report (pseudonymised)</source>
        <translation>Rapport de territoire (pseudonymisé)</translation>
    </message>
    <message>
        <source>Cannot draw the report.</source>
        <translation>Impossible de dessiner le rapport.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Territory report: %1</source>
        <translation>Rapport de territoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No public statistics have been imported yet (maillage-cli statistics, or Analysis ▸ Statistical portrait ▸ Import statistics…).</source>
        <translation>Aucune statistique publique n’a encore été importée (maillage-cli statistics, ou Analyse ▸ Portrait statistique ▸ Importer des statistiques…).</translation>
    </message>
    <message>
        <source>The territory (%1) beside its EPCI (%2), its département (%3) and France, from the public statistics imported. Figures over several communes are computed from their counts; medians and rates are not summed.</source>
        <translation>Le territoire (%1) à côté de son EPCI (%2), de son département (%3) et de la France, d’après les statistiques publiques importées. Les chiffres de plusieurs communes sont calculés à partir de leurs effectifs&#xa0;; médianes et taux ne sont pas additionnés.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation>Source et année</translation>
    </message>
    <message>
        <source>Statistical portrait</source>
        <translation>Portrait statistique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actor field named “%1”: the territory has no actor fields.</source>
        <translation>Aucun champ d’acteur nommé «&#xa0;%1&#xa0;»&#xa0;: le territoire n’a pas de champ d’acteur.</translation>
    </message>
    <message>
        <source>No actor field named “%1”; actor fields: %2.</source>
        <translation>Aucun champ d’acteur nommé «&#xa0;%1&#xa0;»&#xa0;; champs d’acteur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No actor has a place yet: give actors a latitude and longitude (an import, “maillage-cli locate”, or by hand on the territory map).</source>
        <translation>Aucun acteur n’a encore de lieu&#xa0;: donnez aux acteurs une latitude et une longitude (par un import, «&#xa0;maillage-cli locate&#xa0;» ou à la main sur la carte du territoire).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln actor(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln acteur</numerusform>
            <numerusform>%1&#xa0;: %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>Adresse exacte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Commune centre</source>
        <translation>Centre de la commune</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Placé à la main</translation>
    </message>
    <message>
        <source>Precision unknown</source>
        <translation>Précision inconnue</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Sans lieu</translation>
    </message>
    <message>
        <source>Located actors by precision</source>
        <translation>Acteurs localisés par précision</translation>
    </message>
    <message>
        <source>Each actor at its place; lines are the links between places. Actors sharing one place are spread around it.</source>
        <translation>Chaque acteur à son lieu&#xa0;; les traits sont les liens entre les lieux. Les acteurs qui partagent un lieu sont répartis autour de lui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) placed more precisely than their commune are not drawn in this pseudonymised report.</source>
        <translation>
            <numerusform>%Ln personne placée plus précisément que sa commune n’est pas dessinée dans ce rapport pseudonymisé.</numerusform>
            <numerusform>%Ln personnes placées plus précisément que leur commune ne sont pas dessinées dans ce rapport pseudonymisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline from the statistical portrait: %1</source>
        <translation>Référence tirée du portrait statistique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3 → %4</source>
        <translation>%1 → %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>%1 (%2% %3)</source>
        <translation>%1 (%2&#xa0;% %3)</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>below</source>
        <translation>au-dessous</translation>
    </message>
    <message>
        <source>Where the territory differs most from its département (▲ above, ▼ below): %1.</source>
        <translation>Là où le territoire s’écarte le plus de son département (▲ au-dessus, ▼ au-dessous)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>Le territoire</translation>
    </message>
</context>
<context>
    <name>maillage::statistics::CommuneHistory</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>not INSEE&apos;s “mouvements des communes” file (it needs MOD, DATE_EFF, TYPECOM_AV, COM_AV, TYPECOM_AP and COM_AP)</source>
        <translation>n’est pas le fichier «&#xa0;mouvements des communes&#xa0;» de l’Insee (il faut MOD, DATE_EFF, TYPECOM_AV, COM_AV, TYPECOM_AP et COM_AP)</translation>
    </message>
    <message>
        <source>“%1” is not an event code with its date (MOD, DATE_EFF)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code d’événement suivi de sa date (MOD, DATE_EFF)</translation>
    </message>
    <message>
        <source>holds no merger nor change of code</source>
        <translation>ne contient ni fusion ni changement de code</translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Equipment</name>
    <message>
        <source>Police station</source>
        <translation>Commissariat de police</translation>
    </message>
    <message>
        <source>Gendarmerie</source>
        <translation>Gendarmerie</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Bureau de poste</translation>
    </message>
    <message>
        <source>Postal relay point</source>
        <translation>Relais poste</translation>
    </message>
    <message>
        <source>Municipal postal agency</source>
        <translation>Agence postale communale</translation>
    </message>
    <message>
        <source>Nursery school</source>
        <translation>École maternelle</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>École élémentaire</translation>
    </message>
    <message>
        <source>Lower secondary school (collège)</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>General and technological upper secondary school (lycée)</source>
        <translation>Lycée d’enseignement général et technologique</translation>
    </message>
    <message>
        <source>Vocational upper secondary school (lycée professionnel)</source>
        <translation>Lycée professionnel</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>no equipment type given (TYPEQU codes such as %1)</source>
        <translation>aucun type d’équipement donné (codes TYPEQU comme %1)</translation>
    </message>
    <message>
        <source>The territory “%1” has no commune code: give its communes&apos; INSEE codes before adding equipment.</source>
        <translation>Le territoire «&#xa0;%1&#xa0;» n’a pas de code de commune&#xa0;: donnez les codes Insee de ses communes avant d’ajouter des équipements.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>not a BPE file of one row per equipment (it needs DEPCOM and TYPEQU; the counts of BPE 2021 and earlier name no equipment)</source>
        <translation>n’est pas un fichier de la BPE à une ligne par équipement (il faut DEPCOM et TYPEQU{nb}; les décomptes de la BPE 2021 et antérieures ne nomment aucun équipement)</translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation>Équipement %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1, %2” is not a longitude and latitude in degrees</source>
        <translation>«&#xa0;%1, %2&#xa0;» n’est pas une longitude et une latitude en degrés</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln equipment(s) from the BPE</source>
        <translation>
            <numerusform>Ajouter %Ln équipement de la BPE</numerusform>
            <numerusform>Ajouter %Ln équipements de la BPE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Import</name>
    <message>
        <source>The territory “%1” has no INSEE code: give its communes&apos; codes (maillage-cli edit, or Territory ▸ Properties) before importing statistics.</source>
        <translation>Le territoire «&#xa0;%1&#xa0;» n’a pas de code Insee&#xa0;: donnez les codes de ses communes (maillage-cli edit, ou Territoire ▸ Propriétés) avant d’importer des statistiques.</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln rows is about the territory (INSEE codes %2): is it of another area, or of another geography year?</source>
        <translation>
            <numerusform>%1&#xa0;: sa %Ln ligne ne concerne pas le territoire (codes Insee %2)&#xa0;: est-il d’une autre zone, ou d’une autre année de géographie&#xa0;?</numerusform>
            <numerusform>%1&#xa0;: aucune de ses %Ln lignes ne concerne le territoire (codes Insee %2)&#xa0;: est-il d’une autre zone, ou d’une autre année de géographie&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>Importer des statistiques</translation>
    </message>
    <message>
        <source>no statistics file to import (only the COG&apos;s movements)</source>
        <translation>aucun fichier de statistiques à importer (seulement les mouvements du COG)</translation>
    </message>
    <message>
        <source>%1: none of the territory&apos;s communes (%2) is in this EPCI composition: is it of another geography year?</source>
        <translation>%1&#xa0;: aucune des communes du territoire (%2) n’est dans cette composition des EPCI&#xa0;: est-elle d’une autre année de géographie&#xa0;?</translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Portrait</name>
    <message>
        <source>not imported for every area</source>
        <translation>pas importé pour toutes les zones</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>pas importé</translation>
    </message>
    <message>
        <source>no such area</source>
        <translation>pas de telle zone</translation>
    </message>
    <message>
        <source>nothing to divide by</source>
        <translation>rien à diviser</translation>
    </message>
    <message>
        <source>a median or a rate cannot be computed from several areas&apos; medians or rates; import the file of the whole area</source>
        <translation>une médiane ou un taux ne se calcule pas à partir des médianes ou taux de plusieurs zones&#xa0;; importez le fichier de la zone entière</translation>
    </message>
    <message>
        <source>needs the population of two census years</source>
        <translation>il faut la population de deux recensements</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>per 1 000 inhabitants</source>
        <translation>pour 1&#xa0;000 habitants</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population change a year</source>
        <translation>Évolution annuelle de la population</translation>
    </message>
    <message>
        <source>Aged 75 or over</source>
        <translation>75 ans ou plus</translation>
    </message>
    <message>
        <source>Aged under 15</source>
        <translation>Moins de 15 ans</translation>
    </message>
    <message>
        <source>Households of one person</source>
        <translation>Ménages d’une personne</translation>
    </message>
    <message>
        <source>Single-parent families</source>
        <translation>Familles monoparentales</translation>
    </message>
    <message>
        <source>Median standard of living</source>
        <translation>Niveau de vie médian</translation>
    </message>
    <message>
        <source>Poverty rate (60 % threshold)</source>
        <translation>Taux de pauvreté (seuil à 60&#xa0;%)</translation>
    </message>
    <message>
        <source>Social benefits in income</source>
        <translation>Part des prestations sociales dans le revenu</translation>
    </message>
    <message>
        <source>Unemployment rate (census, 15-64)</source>
        <translation>Taux de chômage (recensement, 15-64 ans)</translation>
    </message>
    <message>
        <source>No diploma (15 or over, out of school)</source>
        <translation>Sans diplôme (15 ans ou plus non scolarisés)</translation>
    </message>
    <message>
        <source>Vacant dwellings</source>
        <translation>Logements vacants</translation>
    </message>
    <message>
        <source>Social dwellings (of main residences)</source>
        <translation>Logements sociaux (parmi les résidences principales)</translation>
    </message>
    <message>
        <source>Everyday services per 1 000 inhabitants</source>
        <translation>Services du quotidien pour 1&#xa0;000 habitants</translation>
    </message>
    <message>
        <source>Access to GPs (APL, 65 or under)</source>
        <translation>Accès aux médecins généralistes (APL, 65 ans ou moins)</translation>
    </message>
    <message>
        <source>unknown level “%1” (use commune, iris, qpv or epci)</source>
        <translation>niveau «&#xa0;%1&#xa0;» inconnu (utilisez commune, iris, qpv ou epci)</translation>
    </message>
    <message>
        <source>the territory&apos;s EPCI is not known: import a BPE file, or give it with “statistics --epci CODE”</source>
        <translation>l’EPCI du territoire n’est pas connu&#xa0;: importez un fichier BPE, ou donnez-le avec «&#xa0;statistics --epci CODE&#xa0;»</translation>
    </message>
    <message>
        <source>the territory has no %1 with statistics</source>
        <translation>le territoire n’a pas de %1 avec des statistiques</translation>
    </message>
    <message>
        <source>not aggregable: a median or a rate of communes merged since the file&apos;s geography</source>
        <translation>non agrégeable&#xa0;: une médiane ou un taux de communes fusionnées depuis la géographie du fichier</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4, %5</source>
        <translation>%1, %2 (%3)&#xa0;: %4, %5</translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Reader</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unknown layout (the header starts “%1”): not one of the statistics files Maillage reads; give --format if it is one</source>
        <translation>disposition inconnue (l’en-tête commence par «&#xa0;%1&#xa0;»)&#xa0;: pas un des fichiers de statistiques que Maillage lit&#xa0;; donnez --format si c’en est un</translation>
    </message>
    <message>
        <source>INSEE, dossier complet</source>
        <translation>Insee, dossier complet</translation>
    </message>
    <message>
        <source>INSEE, comparateur de territoires</source>
        <translation>Insee, comparateur de territoires</translation>
    </message>
    <message>
        <source>INSEE, Filosofi</source>
        <translation>Insee, Filosofi</translation>
    </message>
    <message>
        <source>INSEE, Filosofi by IRIS</source>
        <translation>Insee, Filosofi par IRIS</translation>
    </message>
    <message>
        <source>INSEE, census by IRIS</source>
        <translation>Insee, recensement par IRIS</translation>
    </message>
    <message>
        <source>INSEE, permanent base of equipment (BPE)</source>
        <translation>Insee, base permanente des équipements (BPE)</translation>
    </message>
    <message>
        <source>DREES, local access to GPs (APL)</source>
        <translation>DREES, accessibilité potentielle localisée aux médecins généralistes (APL)</translation>
    </message>
    <message>
        <source>SDES, social housing (RPLS)</source>
        <translation>SDES, répertoire des logements locatifs des bailleurs sociaux (RPLS)</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>pas de colonne %1</translation>
    </message>
    <message>
        <source>cannot tell the year of column %1: the file&apos;s name holds no year</source>
        <translation>impossible de savoir l’année de la colonne %1&#xa0;: le nom du fichier ne contient pas d’année</translation>
    </message>
    <message>
        <source>has no %1 field</source>
        <translation>n’a pas de champ %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>“%1” in column %2 is not a number</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne %2 n’est pas un nombre</translation>
    </message>
    <message>
        <source>a long-format file needs GEO, GEO_OBJECT, FILOSOFI_MEASURE, TIME_PERIOD and OBS_VALUE</source>
        <translation>un fichier au format long doit avoir GEO, GEO_OBJECT, FILOSOFI_MEASURE, TIME_PERIOD et OBS_VALUE</translation>
    </message>
    <message>
        <source>“%1” in TIME_PERIOD is not a year</source>
        <translation>«&#xa0;%1&#xa0;» dans TIME_PERIOD n’est pas une année</translation>
    </message>
    <message>
        <source>“%1” in OBS_VALUE is not a number</source>
        <translation>«&#xa0;%1&#xa0;» dans OBS_VALUE n’est pas un nombre</translation>
    </message>
    <message>
        <source>no column AN and no year in the file&apos;s name</source>
        <translation>pas de colonne AN ni d’année dans le nom du fichier</translation>
    </message>
    <message>
        <source>“%1” is not a commune code with an equipment type</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de commune accompagné d’un type d’équipement</translation>
    </message>
    <message>
        <source>“%1” in AN is not a year</source>
        <translation>«&#xa0;%1&#xa0;» dans AN n’est pas une année</translation>
    </message>
    <message>
        <source>“%1” in NB_EQUIP is not a number</source>
        <translation>«&#xa0;%1&#xa0;» dans NB_EQUIP n’est pas un nombre</translation>
    </message>
    <message>
        <source>equipments</source>
        <translation>équipements</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, feuille «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: there is no row %2</source>
        <translation>%1&#xa0;: il n’y a pas de ligne %2</translation>
    </message>
    <message>
        <source>%1: no header row found (a row of column names)</source>
        <translation>%1&#xa0;: pas de ligne d’en-tête trouvée (une ligne de noms de colonnes)</translation>
    </message>
    <message>
        <source>%1, row %2: not DREES&apos;s APL to GPs (no columns “Code commune INSEE”, “APL aux médecins généralistes de 65 ans ou moins”, “Population standardisée…”)</source>
        <translation>%1, ligne %2&#xa0;: pas l’APL aux médecins généralistes de la DREES (pas de colonnes «&#xa0;Code commune INSEE&#xa0;», «&#xa0;APL aux médecins généralistes de 65 ans ou moins&#xa0;», «&#xa0;Population standardisée…&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: cannot tell the year (neither the sheet&apos;s name nor the header holds one)</source>
        <translation>%1&#xa0;: impossible de savoir l’année (ni le nom de la feuille ni l’en-tête n’en contiennent)</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” in column “%4” is not a number</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» dans la colonne «&#xa0;%4&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>consultations per inhabitant a year</source>
        <translation>consultations par habitant et par an</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>the header is that of %1, not of %2</source>
        <translation>l’en-tête est celui de %1, pas de %2</translation>
    </message>
    <message>
        <source>INSEE, composition of the EPCI</source>
        <translation>Insee, composition des EPCI</translation>
    </message>
    <message>
        <source>%1: no header row with the columns CODGEO and EPCI</source>
        <translation>%1&#xa0;: aucune ligne d’en-tête avec les colonnes CODGEO et EPCI</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” and “%4” are not a commune&apos;s code and its EPCI&apos;s</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» et «&#xa0;%4&#xa0;» ne sont pas le code d’une commune et celui de son EPCI</translation>
    </message>
</context>
<context>
    <name>maillage::tracking</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>maillage::tracking::IdPicker</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>maillage::tracking::RelationEditor</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Saisissez ou choisissez un nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>maillage::workshop::InterviewEdits</name>
    <message>
        <source>Start a Net-Map interview</source>
        <translation>Commencer un entretien Net-Map</translation>
    </message>
    <message>
        <source>This interview no longer exists.</source>
        <translation>Cet entretien n’existe plus.</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation>Cet acteur n’existe plus.</translation>
    </message>
    <message>
        <source>Influence of “%1”: tower of %2</source>
        <translation>Influence de «&#xa0;%1&#xa0;»&#xa0;: tour de %2</translation>
    </message>
    <message>
        <source>“%1” is for the goal</source>
        <translation>«&#xa0;%1&#xa0;» est favorable à l’objectif</translation>
    </message>
    <message>
        <source>“%1” is against the goal</source>
        <translation>«&#xa0;%1&#xa0;» est opposé à l’objectif</translation>
    </message>
    <message>
        <source>“%1” is neutral on the goal</source>
        <translation>«&#xa0;%1&#xa0;» est neutre sur l’objectif</translation>
    </message>
</context>
<context>
    <name>maillage::workshop::SavedView</name>
    <message>
        <source>This view was saved by another version of Maillage.</source>
        <translation>Cette vue a été enregistrée par une autre version de Maillage.</translation>
    </message>
    <message>
        <source>A view needs a title.</source>
        <translation>Une vue doit avoir un titre.</translation>
    </message>
    <message>
        <source>Save view “%1”</source>
        <translation>Enregistrer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no such view (it may have been deleted).</source>
        <translation>Cette vue n’existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Update view “%1”</source>
        <translation>Mettre à jour la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename view to “%1”</source>
        <translation>Renommer la vue en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the caption of view “%1”</source>
        <translation>Modifier la légende de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete view “%1”</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move view “%1”</source>
        <translation>Déplacer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actors</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus: %1, 1 step</source>
        <translation>Focus&#xa0;: %1, 1 pas</translation>
    </message>
    <message>
        <source>Focus: %1, %2 steps</source>
        <translation>Focus&#xa0;: %1, %2 pas</translation>
    </message>
    <message>
        <source>There is no slide to export.</source>
        <translation>Il n’y a aucune diapositive à exporter.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>No actor is shown with this view&apos;s filters.</source>
        <translation>Aucun acteur n’est affiché avec les filtres de cette vue.</translation>
    </message>
    <message>
        <source>No actor shown by this view has a place on the map.</source>
        <translation>Aucun acteur montré par cette vue n’a de lieu sur la carte.</translation>
    </message>
</context>
<context>
    <name>maillage::workshop::Snapshots</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>its content is not JSON (%1 at offset %2)</source>
        <translation>son contenu n’est pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>its content is not a Maillage snapshot</source>
        <translation>son contenu n’est pas un instantané Maillage</translation>
    </message>
    <message>
        <source>it was written by a newer version of Maillage</source>
        <translation>il a été écrit par une version plus récente de Maillage</translation>
    </message>
    <message>
        <source>its “%1” list is missing</source>
        <translation>sa liste «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>an actor has no id or no name</source>
        <translation>un acteur n’a pas de numéro ou pas de nom</translation>
    </message>
    <message>
        <source>link %1 joins an actor the snapshot does not hold</source>
        <translation>le lien %1 relie un acteur absent de l’instantané</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in %2.</source>
        <translation>Il n’y a pas d’instantané %1 dans %2.</translation>
    </message>
    <message>
        <source>The snapshot “%1” in %2 cannot be read: %3.</source>
        <translation>L’instantané «&#xa0;%1&#xa0;» de %2 est illisible&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation>Un instantané doit avoir un nom.</translation>
    </message>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>Prendre l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename snapshot “%1”</source>
        <translation>Renommer l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete snapshot “%1”</source>
        <translation>Supprimer l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln snapshots</source>
        <translation>
            <numerusform>Supprimer %Ln instantané</numerusform>
            <numerusform>Supprimer %Ln instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>snapshot “%1”</source>
        <translation>l’instantané «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>l’instantané %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Actors: %1 → %2</source>
        <translation>Acteurs&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Links: %1 → %2</source>
        <translation>Liens&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: strength %2 → %3</source>
        <translation>%1&#xa0;: force %2 → %3</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, force %2</translation>
    </message>
    <message>
        <source>Actors who appeared</source>
        <translation>Acteurs apparus</translation>
    </message>
    <message>
        <source>Actors who left</source>
        <translation>Acteurs partis</translation>
    </message>
    <message>
        <source>Links that appeared</source>
        <translation>Liens apparus</translation>
    </message>
    <message>
        <source>Links that strengthened</source>
        <translation>Liens renforcés</translation>
    </message>
    <message>
        <source>Links that weakened</source>
        <translation>Liens affaiblis</translation>
    </message>
    <message>
        <source>Links that disappeared</source>
        <translation>Liens disparus</translation>
    </message>
</context>
<context>
    <name>maillage::xlsx::Workbook</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workbook has no part “%1”</source>
        <translation>le classeur n’a pas de partie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the part “%1” cannot be read (%2)</source>
        <translation>la partie «&#xa0;%1&#xa0;» est illisible (%2)</translation>
    </message>
    <message>
        <source>the part “%1” is damaged or cut short</source>
        <translation>la partie «&#xa0;%1&#xa0;» est abîmée ou tronquée</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a complete .xlsx workbook (its zip archive is damaged or cut short)</source>
        <translation>pas un classeur .xlsx complet (son archive zip est abîmée ou tronquée)</translation>
    </message>
    <message>
        <source>the workbook lists no sheet</source>
        <translation>le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <source>its shared strings are damaged (%1)</source>
        <translation>ses chaînes partagées sont abîmées (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1” (sheets: %2)</source>
        <translation>le classeur n’a pas de feuille «&#xa0;%1&#xa0;» (feuilles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2: no shared string %3</source>
        <translation>feuille «&#xa0;%1&#xa0;», cellule %2&#xa0;: pas de chaîne partagée %3</translation>
    </message>
    <message>
        <source>sheet “%1”: “%2” is not a cell reference</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une référence de cellule</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged (%2)</source>
        <translation>la feuille «&#xa0;%1&#xa0;» est abîmée (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Map a territory&apos;s stakeholders, problems and actions.</source>
        <translation>Cartographier les acteurs, les problèmes et les actions d’un territoire.</translation>
    </message>
    <message>
        <source>A territory (.maillage) to open.</source>
        <translation>Un territoire (.maillage) à ouvrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1400x860.</source>
        <translation>Taille de la fenêtre, p. ex. 1400x860.</translation>
    </message>
    <message>
        <source>Interface language for this run (en, fr).</source>
        <translation>Langue de l’interface pour cette exécution (en, fr).</translation>
    </message>
    <message>
        <source>The map&apos;s mode: network (default) or territory.</source>
        <translation>Le mode de la carte&#xa0;: network (réseau, par défaut) ou territory (territoire).</translation>
    </message>
    <message>
        <source>Side panel to show: actors, problems, actions, meetings, diagnostics, qualityOfLife, analysis, portrait, personalData, workshop; or history (Edit › History, under the map).</source>
        <translation>Panneau latéral à afficher&#xa0;: actors, problems, actions, meetings, diagnostics, qualityOfLife, analysis, portrait, personalData, workshop&#xa0;; ou history (Édition › Historique, sous la carte).</translation>
    </message>
</context>
</TS>
