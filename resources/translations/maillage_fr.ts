<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. culture, youth</source>
        <translation>Séparées par des virgules, p. ex. culture, jeunesse</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes :</translation>
    </message>
    <message>
        <source>0 (none) to 5 (very high)</source>
        <translation>0 (nul) à 5 (très élevé)</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>&amp;Influence :</translation>
    </message>
    <message>
        <source>Inte&amp;rest:</source>
        <translation>In&amp;térêt :</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>&amp;Attitude :</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>En&amp;gagement :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Active since:</source>
        <translation>Actif depuis :</translation>
    </message>
    <message>
        <source>Active until:</source>
        <translation>Actif jusqu’au :</translation>
    </message>
    <message>
        <source>Pinned in place (layouts leave it where it is)</source>
        <translation>Épinglé (les dispositions le laissent à sa place)</translation>
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
        <translation>&amp;Base légale :</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Consentement donné le :</translation>
    </message>
    <message>
        <source>How it was obtained, e.g. signed form</source>
        <translation>Comment il a été obtenu, p. ex. formulaire signé</translation>
    </message>
    <message>
        <source>Consent obtained:</source>
        <translation>Consentement obtenu :</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact :</translation>
    </message>
    <message>
        <source>Keep until:</source>
        <translation>Conserver jusqu’au :</translation>
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
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>An actor needs a name; the previous one was kept.</source>
        <translation>Un acteur doit avoir un nom ; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has a very similar name.</source>
        <translation>Doublon possible : %1 a un nom très proche.</translation>
    </message>
    <message>
        <source>Change tags of “%1”</source>
        <translation>Modifier les étiquettes de « %1 »</translation>
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
        <source>%1 actors</source>
        <translation>%1 acteurs</translation>
    </message>
    <message>
        <source>%1 of %2 actors shown</source>
        <translation>%1 acteurs affichés sur %2</translation>
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
</context>
<context>
    <name>maillage::Document</name>
    <message>
        <source>Add actor “%1”</source>
        <translation>Ajouter l’acteur « %1 »</translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation>Cet acteur n’existe plus.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Change tags of “%1”</source>
        <translation>Modifier les étiquettes de « %1 »</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>Supprimer l’acteur « %1 »</translation>
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
        <translation>Relier « %1 » et « %2 »</translation>
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
</context>
<context>
    <name>maillage::KeyedJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown %1 “%2”</source>
        <translation>%1 inconnu : « %2 »</translation>
    </message>
    <message>
        <source>an actor has no name</source>
        <translation>un acteur n’a pas de nom</translation>
    </message>
    <message>
        <source>actor “%1”: %2</source>
        <translation>acteur « %1 » : %2</translation>
    </message>
    <message>
        <source>a link needs “from” and “to”</source>
        <translation>un lien nécessite « from » et « to »</translation>
    </message>
    <message>
        <source>problem “%1”: %2</source>
        <translation>problème « %1 » : %2</translation>
    </message>
    <message>
        <source>action “%1”: %2</source>
        <translation>action « %1 » : %2</translation>
    </message>
    <message>
        <source>indicator “%1”: a value has no valid date</source>
        <translation>indicateur « %1 » : une valeur n’a pas de date valide</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>The sample territory is missing from this build.</source>
        <translation>Le territoire d’exemple est absent de cette version.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a file with that name already exists.</source>
        <translation>Impossible d’écrire « %1 » : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
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
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <source>&amp;Reverse direction</source>
        <translation>&amp;Inverser le sens</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>1 (weak) to 5 (strong)</source>
        <translation>1 (faible) à 5 (fort)</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Force :</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu’au :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
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
        <translation>Non enregistré : %1</translation>
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
        <translation>Sélectionnez un acteur dans la liste ou sur la carte pour afficher et modifier ses détails. Double-cliquez pour modifier ; sur la carte, faites glisser d’un acteur à un autre en maintenant Maj pour les relier.</translation>
    </message>
    <message>
        <source>This file is read-only: you can look at it, but changes cannot be saved. Use File › Save As to work on a copy.</source>
        <translation>Ce fichier est en lecture seule : vous pouvez le consulter, mais les modifications ne peuvent pas être enregistrées. Utilisez Fichier › Enregistrer sous pour travailler sur une copie.</translation>
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
        <source>Open a territory, or create a new one.</source>
        <translation>Ouvrez un territoire ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>No actors yet: add one, or import a spreadsheet.</source>
        <translation>Aucun acteur pour l’instant : ajoutez-en un ou importez un tableur.</translation>
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
        <translation>« %1 » n’a pas pu être remplacé.</translation>
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
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>Delete these %1 actors?</source>
        <translation>Supprimer ces %1 acteurs ?</translation>
    </message>
    <message>
        <source>Their link goes with them.</source>
        <translation>Le lien concerné sera supprimé aussi.</translation>
    </message>
    <message>
        <source>Their %1 links go with them.</source>
        <translation>Les %1 liens concernés seront supprimés aussi.</translation>
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
</context>
<context>
    <name>maillage::NetworkScene</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Move %1 actors</source>
        <translation>Déplacer %1 acteurs</translation>
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
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Force :</translation>
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
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language chosen. Categories, link types and themes of new territories are named in it too.</source>
        <translation>Les dates et les nombres suivent la langue choisie. Les catégories, types de liens et thèmes des nouveaux territoires sont aussi nommés dans cette langue.</translation>
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
    <name>maillage::Store</name>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>Impossible de créer « %1 » : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer « %1 » : le dossier « %2 » n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation>Impossible de créer « %1 » : le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a territory file.</source>
        <translation>« %1 » est un dossier, pas un fichier de territoire.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>« %1 » ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <source>“%1” is not a Maillage territory file (it is not a SQLite database).</source>
        <translation>« %1 » n’est pas un fichier de territoire Maillage (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>“%1” is open in another Maillage window or program. Close it there first.</source>
        <translation>« %1 » est ouvert dans une autre fenêtre de Maillage ou dans un autre programme. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was left as it is; open a backup copy.</source>
        <translation>« %1 » est endommagé (%2). Il a été laissé tel quel ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is a database but not a Maillage territory file.</source>
        <translation>« %1 » est une base de données, mais pas un fichier de territoire Maillage.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Maillage (file format %2; this version reads up to %3). Update Maillage to open it.</source>
        <translation>« %1 » a été écrit par une version plus récente de Maillage (format de fichier %2 ; cette version lit jusqu’au format %3). Mettez Maillage à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it carries no file format version.</source>
        <translation>« %1 » est endommagé : il ne porte aucune version de format de fichier.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Maillage and must be upgraded, but it is read-only. Copy it somewhere writable and open the copy.</source>
        <translation>« %1 » a été créé par une version antérieure de Maillage et doit être mis à niveau, mais il est en lecture seule. Copiez-le dans un emplacement accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>“%1” needs upgrading, but its backup copy could not be written: %2</source>
        <translation>« %1 » doit être mis à niveau, mais sa copie de sauvegarde n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>no upgrade path from format %1</source>
        <translation>aucune mise à niveau possible depuis le format %1</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded (%2). It was left as it was; a copy is in “%3”.</source>
        <translation>« %1 » n’a pas pu être mis à niveau (%2). Il a été laissé tel quel ; une copie se trouve dans « %3 ».</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>« %1 » est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>le dossier « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>“%1” cannot be written</source>
        <translation>« %1 » ne peut pas être écrit</translation>
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
        <translation>&amp;Nom :</translation>
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
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>e.g. 88304, 88321</source>
        <translation>p. ex. 88304, 88321</translation>
    </message>
    <message>
        <source>&amp;INSEE codes:</source>
        <translation>Codes &amp;INSEE :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
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
        <translation>Conserver les personnes pendant :</translation>
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
    <name>maillage::VocabularyDialog</name>
    <message>
        <source>Categories, link types and tags</source>
        <translation>Catégories, types de liens et étiquettes</translation>
    </message>
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
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Add category “%1”</source>
        <translation>Ajouter la catégorie « %1 »</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>Nouveau type de lien</translation>
    </message>
    <message>
        <source>Add link type “%1”</source>
        <translation>Ajouter le type de lien « %1 »</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Ajouter l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Leave them without a category</source>
        <translation>Les laisser sans catégorie</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>Les déplacer vers « %1 »</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>%1 actors belong to “%2”. What should become of them?</source>
        <translation>%1 acteurs appartiennent à « %2 ». Que doivent-ils devenir ?</translation>
    </message>
    <message>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie « %1 »</translation>
    </message>
    <message>
        <source>Delete these links</source>
        <translation>Supprimer ces liens</translation>
    </message>
    <message>
        <source>Change them to “%1”</source>
        <translation>Les changer en « %1 »</translation>
    </message>
    <message>
        <source>Delete link type</source>
        <translation>Supprimer le type de lien</translation>
    </message>
    <message>
        <source>%1 links are of type “%2”. What should become of them?</source>
        <translation>%1 liens sont de type « %2 ». Que doivent-ils devenir ?</translation>
    </message>
    <message>
        <source>Delete link type “%1”</source>
        <translation>Supprimer le type de lien « %1 »</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>%1 actors carry the tag “%2”. Remove it from them and delete it?</source>
        <translation>%1 acteurs portent l’étiquette « %2 ». La leur retirer et la supprimer ?</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Supprimer l’étiquette « %1 »</translation>
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
        <translation>« %1 » créé (%2).</translation>
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
        <translation>Fichier : %1 (format %2)</translation>
    </message>
    <message>
        <source>The .maillage file to write.</source>
        <translation>Le fichier .maillage à écrire.</translation>
    </message>
    <message>
        <source>Wrote the sample territory to “%1”.</source>
        <translation>Territoire d’exemple écrit dans « %1 ».</translation>
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
        <source>Write the sample territory “Mirecourt (démo)”.</source>
        <translation>Écrire le territoire d’exemple « Mirecourt (démo) ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>missing argument; see “maillage-cli %1 --help”</source>
        <translation>argument manquant ; voir « maillage-cli %1 --help »</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing was changed.</source>
        <translation>« %1 » est en lecture seule : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>auto (default: from each file&apos;s content and columns), maillage, kumu, gephi, graphml, gexf or json.</source>
        <translation>auto (par défaut : d’après le contenu et les colonnes de chaque fichier), maillage, kumu, gephi, graphml, gexf ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>What to do with an actor whose name (ignoring case and accents) is already in the territory: merge (default: imported values fill and overwrite its fields, tags are added), skip (leave it as it is) or keep (create a second one).</source>
        <translation>Que faire d’un acteur dont le nom (sans tenir compte de la casse ni des accents) figure déjà dans le territoire : merge (par défaut : les valeurs importées complètent et remplacent ses champs, les étiquettes sont ajoutées), skip (le laisser tel quel) ou keep (en créer un second).</translation>
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
        <translation>Le fichier .maillage dans lequel importer (pour un territoire JSON : le nouveau fichier à créer).</translation>
    </message>
    <message>
        <source>Files to import together as one undoable step, e.g. Kumu elements and connections, or Gephi nodes and edges. Unknown columns are kept as &quot;Column: value&quot; lines at the end of the description.</source>
        <translation>Fichiers à importer ensemble en une seule étape annulable, p. ex. les éléments et les connexions Kumu, ou les nœuds et les arêtes Gephi. Les colonnes inconnues sont conservées sous forme de lignes « Colonne : valeur » à la fin de la description.</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>format « %1 » inconnu</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, skip or keep, not “%1”</source>
        <translation>--on-duplicate accepte merge, skip ou keep, pas « %1 »</translation>
    </message>
    <message>
        <source>a JSON territory is imported alone, into a new file</source>
        <translation>un territoire JSON s’importe seul, dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Created “%1” from “%2”.</source>
        <translation>« %1 » créé à partir de « %2 ».</translation>
    </message>
    <message>
        <source>csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2) or json (the whole territory). Default: from OUT&apos;s extension. csv writes the actors to OUT and the links to OUT-links.csv beside it (“net.csv” → “net-links.csv”).</source>
        <translation>csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2) ou json (le territoire entier). Par défaut : d’après l’extension de OUT. csv écrit les acteurs dans OUT et les liens dans OUT-links.csv, à côté (« net.csv » → « net-links.csv »).</translation>
    </message>
    <message>
        <source>Replace every person by a stable pseudonym (“Resident 3”, “Elected official 1”), blank their contact details and their names in free text; organisations keep their names.</source>
        <translation>Remplacer chaque personne par un pseudonyme stable (« Habitant·e 3 », « Élu·e 1 »), effacer ses coordonnées et son nom dans les textes libres ; les organisations gardent leur nom.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>cannot tell the format from “%1”; use --format</source>
        <translation>impossible de déterminer le format d’après « %1 » ; utilisez --format</translation>
    </message>
    <message>
        <source>Wrote “%1” and “%2”.</source>
        <translation>« %1 » et « %2 » écrits.</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>« %1 » écrit.</translation>
    </message>
    <message>
        <source>Import spreadsheets (Maillage, Kumu, Gephi), GraphML or GEXF as one undoable step.</source>
        <translation>Importer des tableurs (Maillage, Kumu, Gephi), du GraphML ou du GEXF en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Export the territory as CSV, GraphML, GEXF or JSON.</source>
        <translation>Exporter le territoire en CSV, GraphML, GEXF ou JSON.</translation>
    </message>
    <message>
        <source>Usage: maillage-cli COMMAND [ARGS…]</source>
        <translation>Utilisation : maillage-cli COMMANDE [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>“maillage-cli COMMAND --help” describes one command.</source>
        <translation>« maillage-cli COMMANDE --help » décrit une commande.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande « %1 » inconnue</translation>
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
    <name>maillage::io::CsvReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
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
        <translation>contient un octet NUL : ce n’est pas un fichier texte (ou il est en UTF-16 ; enregistrez-le en UTF-8)</translation>
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
        <translation>n’est pas du texte UTF-8 valide alors que les lignes précédentes l’étaient (encodages mélangés ?) ; enregistrez à nouveau le fichier en UTF-8</translation>
    </message>
    <message>
        <source>is UTF-16 text, which is not supported; save it as UTF-8 (or “CSV UTF-8” in Excel)</source>
        <translation>est du texte UTF-16, qui n’est pas pris en charge ; enregistrez-le en UTF-8 (ou « CSV UTF-8 » dans Excel)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>the header line holds no column names</source>
        <translation>la ligne d’en-tête ne contient aucun nom de colonne</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing or extra separator, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n champ alors que l’en-tête en a %1 (séparateur manquant ou en trop, ou saut de ligne hors des guillemets ?)</numerusform>
            <numerusform>%n champs alors que l’en-tête en a %1 (séparateur manquant ou en trop, ou saut de ligne hors des guillemets ?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::io::Export</name>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>« %1 » n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>“%1” already exists; a JSON territory is imported into a new file.</source>
        <translation>« %1 » existe déjà ; un territoire JSON s’importe dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>“%1” could not be written</source>
        <translation>« %1 » n’a pas pu être écrit</translation>
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
        <translation>format inconnu : les colonnes (%1) ne correspondent ni au CSV de Maillage (name, category… ; source, target, strength…), ni à celui de Kumu (Label… ; From, To…), ni à celui de Gephi (Id, Label… ; Source, Target…)</translation>
    </message>
    <message>
        <source>the columns (%1) are not those of a %2 spreadsheet</source>
        <translation>les colonnes (%1) ne sont pas celles d’un tableur %2</translation>
    </message>
    <message>
        <source>an actor needs a name (the “%1” column is empty)</source>
        <translation>un acteur doit avoir un nom (la colonne « %1 » est vide)</translation>
    </message>
    <message>
        <source>a link needs both “%1” and “%2”</source>
        <translation>un lien nécessite à la fois « %1 » et « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n link strength(s) were rounded or brought into the range 1–5.</source>
        <translation>
            <numerusform>%n force de lien a été arrondie ou ramenée dans l’intervalle 1–5.</numerusform>
            <numerusform>%n forces de lien ont été arrondies ou ramenées dans l’intervalle 1–5.</numerusform>
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
        <source>%n actor(s) named only in links were created.</source>
        <translation>
            <numerusform>%n acteur nommé uniquement dans les liens a été créé.</numerusform>
            <numerusform>%n acteurs nommés uniquement dans les liens ont été créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</source>
        <translation>
            <numerusform>%n lien avait un sens différent de celui de son type de lien existant ; celui du type a été conservé.</numerusform>
            <numerusform>%n liens avaient un sens différent de celui de leur type de lien existant ; celui du type a été conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Actors: %1 created, %2 merged, %3 skipped</source>
        <translation>Acteurs : %1 créés, %2 fusionnés, %3 ignorés</translation>
    </message>
    <message>
        <source>Links: %1 created, %2 merged, %3 skipped</source>
        <translation>Liens : %1 créés, %2 fusionnés, %3 ignorés</translation>
    </message>
    <message>
        <source>New categories: %1, new link types: %2, new tags: %3</source>
        <translation>Nouvelles catégories : %1, nouveaux types de liens : %2, nouvelles étiquettes : %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>No territory is open.</source>
        <translation>Aucun territoire n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing was imported.</source>
        <translation>« %1 » est en lecture seule : rien n’a été importé.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>a whole-territory JSON file is imported into a new territory file (“maillage-cli import NEW.maillage FILE.json”)</source>
        <translation>un fichier JSON de territoire complet s’importe dans un nouveau fichier de territoire (« maillage-cli import NEW.maillage FILE.json »)</translation>
    </message>
    <message>
        <source>Nothing to import: the territory already holds all of it.</source>
        <translation>Rien à importer : le territoire contient déjà tout.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be written (%1); nothing was imported.</source>
        <translation>L’import n’a pas pu être écrit (%1) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a whole number from %3 to %4</source>
        <translation>colonne « %1 » : « %2 » n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>colonne « %1 » : « %2 » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not yes/no (1/0, true/false)</source>
        <translation>colonne « %1 » : « %2 » n’est pas une valeur oui/non (yes/no, 1/0, true/false)</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a number</source>
        <translation>colonne « %1 » : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not directed, undirected or mutual</source>
        <translation>colonne « %1 » : « %2 » n’est ni directed, ni undirected, ni mutual</translation>
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
        <source>entity declarations are not accepted (a DOCTYPE declaring %n entity(ies))</source>
        <translation>
            <numerusform>les déclarations d’entités ne sont pas acceptées (un DOCTYPE déclarant %n entité)</numerusform>
            <numerusform>les déclarations d’entités ne sont pas acceptées (un DOCTYPE déclarant %n entités)</numerusform>
        </translation>
    </message>
    <message>
        <source>entity references are not accepted</source>
        <translation>les références d’entités ne sont pas acceptées</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé : %1</translation>
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
        <translation>&lt;data&gt; fait référence à la clé non déclarée « %1 »</translation>
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
        <source>“%1” is read-only: nothing was changed.</source>
        <translation>« %1 » est en lecture seule : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Apply layout “%1”</source>
        <translation>Appliquer la disposition « %1 »</translation>
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
        <translation>Impossible de dessiner dans « %1 » : extension « %2 » inconnue (utilisez .png ou .svg).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The width must be between 16 and 20000 pixels, not %1.</source>
        <translation>La largeur doit être comprise entre 16 et 20 000 pixels, et non %1.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>Mémoire insuffisante pour une image de %1×%2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
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
</context>
</TS>
