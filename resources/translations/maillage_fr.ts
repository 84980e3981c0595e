<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Actors already in the territory (same name, ignoring case and accents):</source>
        <translation>Acteurs déjà présents dans le territoire (même nom, sans tenir compte de la casse ni des accents) :</translation>
    </message>
    <message>
        <source>&amp;Merge: complete them with the imported values</source>
        <translation>&amp;Fusionner : les compléter avec les valeurs importées</translation>
    </message>
    <message>
        <source>&amp;Skip: leave them as they are</source>
        <translation>&amp;Ignorer : les laisser tels quels</translation>
    </message>
    <message>
        <source>&amp;Keep both: create a second actor</source>
        <translation>&amp;Conserver les deux : créer un second acteur</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
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
</context>
<context>
    <name>maillage::ActionEditor</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>An action needs a title; the previous one was kept.</source>
        <translation>Une action doit avoir un titre ; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Date de début :</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Portée par :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
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
        <translation>Supprimer l’indicateur « %1 »</translation>
    </message>
    <message>
        <source>Add indicator “%1” to “%2”</source>
        <translation>Ajouter l’indicateur « %1 » à « %2 »</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Modifier l’action « %1 »</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>maillage::ActionsPanel</name>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Supprimer l’action « %1 »</translation>
    </message>
    <message>
        <source>Mean progress of the action's indicators toward their targets</source>
        <translation>Avancement moyen des indicateurs de l’action vers leurs cibles</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Ajouter l’action « %1 »</translation>
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
    <message>
        <source>Pinned on the map</source>
        <translation>Épinglé sur la carte</translation>
    </message>
    <message>
        <source>Layouts leave a pinned actor where it is.</source>
        <translation>Les dispositions laissent un acteur épinglé à sa place.</translation>
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
        <translation>Suivre les types de liens orientés (financement, autorité…) dans leur seul sens ; sinon, chaque lien vaut dans les deux sens.</translation>
    </message>
    <message>
        <source>Use strengths</source>
        <translation>Utiliser les forces</translation>
    </message>
    <message>
        <source>A strong link counts as a short way between two actors; otherwise every link counts the same.</source>
        <translation>Un lien fort compte comme un chemin court entre deux acteurs ; sinon, tous les liens comptent de la même façon.</translation>
    </message>
    <message>
        <source>Include conflict links</source>
        <translation>Inclure les liens de conflit</translation>
    </message>
    <message>
        <source>A conflict is still a relation through which one hears of the other; untick to leave conflict links out.</source>
        <translation>Un conflit reste une relation par laquelle on entend parler de l’autre ; décochez pour exclure les liens de conflit.</translation>
    </message>
    <message>
        <source>Community &amp;resolution:</source>
        <translation>&amp;Résolution des communautés :</translation>
    </message>
    <message>
        <source>Above 1: more, smaller communities; below 1: fewer, larger ones.</source>
        <translation>Au-dessus de 1 : des communautés plus nombreuses et plus petites ; en dessous de 1 : moins nombreuses et plus grandes.</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Size the map by:</source>
        <translation>&amp;Taille sur la carte selon :</translation>
    </message>
    <message>
        <source>C&amp;olour by:</source>
        <translation>C&amp;ouleur selon :</translation>
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
        <translation>Acteurs :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>Densité :</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composantes :</translation>
    </message>
    <message>
        <source>Diameter:</source>
        <translation>Diamètre :</translation>
    </message>
    <message>
        <source>Average path length:</source>
        <translation>Longueur moyenne des chemins :</translation>
    </message>
    <message>
        <source>Average clustering:</source>
        <translation>Coefficient de regroupement moyen :</translation>
    </message>
    <message>
        <source>Modularity:</source>
        <translation>Modularité :</translation>
    </message>
    <message>
        <source>Communities:</source>
        <translation>Communautés :</translation>
    </message>
    <message>
        <source>Bridges:</source>
        <translation>Ponts :</translation>
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
        <translation>Netteté du découpage du réseau en communautés (au-dessus de 0,3 : net)</translation>
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
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
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
        <translation>Communautés, nommées d’après leur acteur le plus central :</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Bridges (links whose removal cuts the network):</source>
        <translation>Ponts (liens dont la suppression coupe le réseau) :</translation>
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
        <translation>Annulé. Les mesures affichées ne sont plus à jour ; cliquez sur Calculer pour recommencer.</translation>
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
        <translation>Le réseau ou les options ont changé : les mesures affichées ne sont plus à jour.</translation>
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
        <translation>Aucun acteur ne s’appelle « %1 ».</translation>
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
        <translation>Aucun chemin ne relie « %1 » et « %2 » avec ces options.</translation>
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
        <translation>Plus court chemin : 1 étape</translation>
    </message>
    <message>
        <source>Shortest path: %1 steps</source>
        <translation>Plus court chemin : %1 étapes</translation>
    </message>
    <message>
        <source>No intermediary: they are linked directly.</source>
        <translation>Aucun intermédiaire : ils sont directement reliés.</translation>
    </message>
    <message>
        <source>Intermediaries:</source>
        <translation>Intermédiaires :</translation>
    </message>
    <message>
        <source>Length: %1 (the sum of 1/strength of its links)</source>
        <translation>Longueur : %1 (somme des 1/force de ses liens)</translation>
    </message>
    <message>
        <source>This is the only shortest path.</source>
        <translation>C’est le seul plus court chemin.</translation>
    </message>
    <message>
        <source>Distinct shortest paths: %1</source>
        <translation>Plus courts chemins distincts : %1</translation>
    </message>
</context>
<context>
    <name>maillage::DiagnosticsPanel</name>
    <message>
        <source>An indicator is &amp;stale after:</source>
        <translation>Un indicateur devient &amp;obsolète après :</translation>
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
        <source>%n item(s) need attention</source>
        <translation><numerusform>%n point de vigilance</numerusform><numerusform>%n points de vigilance</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them urgent</source>
        <translation><numerusform>dont %n urgent</numerusform><numerusform>dont %n urgents</numerusform></translation>
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
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Liens : %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Attitude : %1</translation>
    </message>
    <message>
        <source>Strength ≥ %1</source>
        <translation>Force ≥ %1</translation>
    </message>
    <message>
        <source>Isolated actors hidden</source>
        <translation>Acteurs isolés masqués</translation>
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
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>An indicator needs a name; the previous one was kept.</source>
        <translation>Un indicateur doit avoir un nom ; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>e.g. people, %, households</source>
        <translation>p. ex. personnes, %, ménages</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The value before the action; empty: the first value measured.</source>
        <translation>La valeur avant l’action ; vide : la première valeur mesurée.</translation>
    </message>
    <message>
        <source>The value aimed at; it may be below the baseline (fewer empty homes).</source>
        <translation>La valeur visée ; elle peut être inférieure à la référence (moins de logements vacants).</translation>
    </message>
    <message>
        <source>→ target:</source>
        <translation>→ cible :</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>What is measured and how</source>
        <translation>Ce qui est mesuré, et comment</translation>
    </message>
    <message>
        <source>How measured:</source>
        <translation>Mode de mesure :</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement :</translation>
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
        <translation>Ajouter une valeur à « %1 »</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Change a value of “%1”</source>
        <translation>Modifier une valeur de « %1 »</translation>
    </message>
    <message>
        <source>Remove values of “%1”</source>
        <translation>Retirer des valeurs de « %1 »</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Dernière valeur : %1 le %2</translation>
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
        <translation>Modifier l’indicateur « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a number; the previous value was kept.</source>
        <translation>« %1 » n’est pas un nombre ; la valeur précédente a été conservée.</translation>
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
        <source>&lt;h3&gt;Maillage %1&lt;/h3&gt;&lt;p&gt;Map a territory's stakeholders, the links between them, its problems and the actions that answer them.&lt;/p&gt;&lt;p&gt;For the entrepreneurs du bien-vivre and the trainers who teach the method.&lt;/p&gt;</source>
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
        <source>Import actors and links from spreadsheets, GraphML or GEXF</source>
        <translation>Importer des acteurs et des liens depuis des tableurs, GraphML ou GEXF</translation>
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
        <source>Meetings, problems and actions of the actor</source>
        <translation>Réunions, problèmes et actions de l’acteur</translation>
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
        <translation>Avec eux : %1.</translation>
    </message>
    <message>
        <source>Import into this territory</source>
        <translation>Importer dans ce territoire</translation>
    </message>
    <message>
        <source>Spreadsheets and graphs (*.csv *.tsv *.txt *.graphml *.gexf *.json);;All files (*)</source>
        <translation>Tableurs et graphes (*.csv *.tsv *.txt *.graphml *.gexf *.json);;Tous les fichiers (*)</translation>
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
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Largeur en pixels :</translation>
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
        <source>Export the territory's data</source>
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
        <source>Replace every person's name by a pseudonym (for sharing outside the team)?</source>
        <translation>Remplacer le nom de chaque personne par un pseudonyme (pour un partage hors de l’équipe) ?</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 acteurs</translation>
    </message>
    <message>
        <source>Focus: %1, 1 step</source>
        <translation>Focalisation : %1, 1 étape</translation>
    </message>
    <message>
        <source>Focus: %1, %2 steps</source>
        <translation>Focalisation : %1, %2 étapes</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingEditor</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>A meeting needs a title; the previous one was kept.</source>
        <translation>Une réunion doit avoir un titre ; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Tenue le :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
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
        <translation>Ajouter un participant à « %1 »</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Remove attendees from “%1”</source>
        <translation>Retirer des participants de « %1 »</translation>
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
        <translation>Ajouter un problème à « %1 »</translation>
    </message>
    <message>
        <source>Remove problems from “%1”</source>
        <translation>Retirer des problèmes de « %1 »</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions :</translation>
    </message>
    <message>
        <source>“%1” was already recorded; they were added to the attendees.</source>
        <translation>« %1 » était déjà enregistré·e ; la personne a été ajoutée aux participants.</translation>
    </message>
    <message>
        <source>Add citizen “%1” to “%2”</source>
        <translation>Ajouter « %1 » (citoyen·ne) à « %2 »</translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>Modifier la réunion « %1 »</translation>
    </message>
</context>
<context>
    <name>maillage::MeetingsPanel</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Supprimer la réunion « %1 »</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%n réunion</numerusform><numerusform>%n réunions</numerusform></translation>
    </message>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Ajouter la réunion « %1 »</translation>
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
    <name>maillage::OverviewPanel</name>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Couleur selon :</translation>
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
        <source>%n problem(s) recorded</source>
        <translation><numerusform>%n problème enregistré</numerusform><numerusform>%n problèmes enregistrés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation><numerusform>%n encore ouvert</numerusform><numerusform>%n encore ouverts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n serious (severity 4–5)</source>
        <translation><numerusform>%n grave (gravité 4–5)</numerusform><numerusform>%n graves (gravité 4–5)</numerusform></translation>
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
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>Left unchanged — check them yourself: these notes may name them by family name only:</source>
        <translation>Laissées inchangées — vérifiez-les vous-même : ces notes peuvent ne citer que le nom de famille :</translation>
    </message>
    <message>
        <source>“%1” and everything held about them:</source>
        <translation>« %1 » et tout ce qui est conservé à son sujet :</translation>
    </message>
    <message>
        <source>“%1” (%2) and everything held about them:</source>
        <translation>« %1 » (%2) et tout ce qui est conservé à son sujet :</translation>
    </message>
    <message>
        <source>every field: contact details, description, consent, dates</source>
        <translation>tous les champs : coordonnées, description, consentement, dates</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>links (%1): %2</source>
        <translation>liens (%1) : %2</translation>
    </message>
    <message>
        <source>attendance at meetings (%1): %2</source>
        <translation>présence aux réunions (%1) : %2</translation>
    </message>
    <message>
        <source>roles in problems: %1</source>
        <translation>rôles dans les problèmes : %1</translation>
    </message>
    <message>
        <source>%1 (lead: the action keeps no lead)</source>
        <translation>%1 (porteur : l’action n’a plus de porteur)</translation>
    </message>
    <message>
        <source>%1 (partner)</source>
        <translation>%1 (partenaire)</translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation>actions : %1</translation>
    </message>
    <message>
        <source>Their name is replaced by “%1” in these notes:</source>
        <translation>Son nom est remplacé par « %1 » dans ces notes :</translation>
    </message>
    <message>
        <source>New names (their e-mail, phone, address and website are blanked; links, meetings, problems and actions are kept):</source>
        <translation>Nouveaux noms (e-mail, téléphone, adresse et site web sont effacés ; liens, réunions, problèmes et actions sont conservés) :</translation>
    </message>
    <message>
        <source>Their name is replaced by the pseudonym in these notes:</source>
        <translation>Leur nom est remplacé par le pseudonyme dans ces notes :</translation>
    </message>
    <message>
        <source>Every person recorded in this territory, with why they are recorded and until when. Those past their retention date or without a legal basis come first: extend, pseudonymise or erase them.</source>
        <translation>Toutes les personnes enregistrées dans ce territoire, avec le motif et la durée de leur enregistrement. Celles dont la date de conservation est dépassée ou qui n’ont pas de base légale apparaissent en premier : prolongez, pseudonymisez ou effacez-les.</translation>
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
        <translation>Droit d’accès : un fichier PDF ou JSON contenant tout ce que le territoire détient sur la personne sélectionnée.</translation>
    </message>
    <message>
        <source>Past retention date</source>
        <translation>Date de conservation dépassée</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Sans base légale</translation>
    </message>
    <message>
        <source>No retention date</source>
        <translation>Sans date de conservation</translation>
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
        <translation>Aucun acteur n’est enregistré comme personne : rien à faire ici.</translation>
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
        <translation>À surveiller : %1.</translation>
    </message>
    <message>
        <source>This file is read-only: persons can be exported, not changed.</source>
        <translation>Ce fichier est en lecture seule : les personnes peuvent être exportées, pas modifiées.</translation>
    </message>
    <message>
        <source>Select persons in the list to act on them.</source>
        <translation>Sélectionnez des personnes dans la liste pour agir sur elles.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection : %1.</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The default retention could not be changed: %1</source>
        <translation>La durée de conservation par défaut n’a pas pu être modifiée : %1</translation>
    </message>
    <message>
        <source>New persons will be kept %1 months after the last contact.</source>
        <translation>Les nouvelles personnes seront conservées %1 mois après le dernier contact.</translation>
    </message>
    <message>
        <source>Keep %1 one month longer?</source>
        <translation>Conserver %1 un mois de plus ?</translation>
    </message>
    <message>
        <source>Keep %1 %2 months longer?</source>
        <translation>Conserver %1 %2 mois de plus ?</translation>
    </message>
    <message>
        <source>Extend retention</source>
        <translation>Prolonger la conservation</translation>
    </message>
    <message>
        <source>Their retention date moves %1 months later (from today's default date when they have none). Make sure the reason for keeping them still holds. You can undo this.</source>
        <translation>Leur date de conservation est repoussée de %1 mois (à partir de la date par défaut calculée aujourd’hui si elles n’en ont pas). Vérifiez que le motif de conservation est toujours valable. Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>The retention could not be extended: %1</source>
        <translation>La conservation n’a pas pu être prolongée : %1</translation>
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
        <translation>Pseudonymiser %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone: the names are gone from the file. The undo history will be cleared, so earlier edits cannot be undone either. Copies, backups and exports made before are not changed.</source>
        <translation>Cette opération est irréversible : les noms disparaissent du fichier. L’historique d’annulation sera vidé : les modifications antérieures ne pourront plus être annulées non plus. Les copies, sauvegardes et exports réalisés auparavant ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Nothing was pseudonymised: %1</source>
        <translation>Rien n’a été pseudonymisé : %1</translation>
    </message>
    <message>
        <source>Pseudonymised 1 person; the undo history was cleared.</source>
        <translation>1 personne pseudonymisée ; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Pseudonymised %1 persons; the undo history was cleared.</source>
        <translation>%1 personnes pseudonymisées ; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone. The undo history will be cleared, so earlier edits cannot be undone either. Copies, backups and exports made before still hold the data: erase them there too.</source>
        <translation>Cette opération est irréversible. L’historique d’annulation sera vidé : les modifications antérieures ne pourront plus être annulées non plus. Les copies, sauvegardes et exports réalisés auparavant contiennent toujours les données : effacez-les là aussi.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n’a été effacé : %1</translation>
    </message>
    <message>
        <source>Erased %1 and every trace of them; the undo history was cleared.</source>
        <translation>Effacement de %1 et de toute trace les concernant ; l’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: choose a name ending in .pdf or .json.</source>
        <translation>Impossible d’écrire « %1 » : choisissez un nom se terminant par .pdf ou .json.</translation>
    </message>
    <message>
        <source>This person is no longer in the territory.</source>
        <translation>Cette personne ne fait plus partie du territoire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
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
        <translation>Exporter tout ce qui concerne « %1 »</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to “%2”. It holds personal data: give it to the person only.</source>
        <translation>Tout ce qui est détenu sur « %1 » a été écrit dans « %2 ». Ce fichier contient des données personnelles : ne le remettez qu’à la personne concernée.</translation>
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
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
</context>
<context>
    <name>maillage::ProblemEditor</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>A problem needs a title; the previous one was kept.</source>
        <translation>Un problème doit avoir un titre ; le précédent a été conservé.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Inhabitants: a need people express about their quality of life.
Territory: a matter of how the territory and its actors work.</source>
        <translation>Habitants : un besoin exprimé par les habitants sur leur qualité de vie.
Territoire : une question de fonctionnement du territoire et de ses acteurs.</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (very serious)</source>
        <translation>1 (mineure) à 5 (très grave)</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>Soulevé le :</translation>
    </message>
    <message>
        <source>At &amp;meeting:</source>
        <translation>Lors de la &amp;réunion :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Actors concerned:</source>
        <translation>Acteurs concernés :</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Add actor to problem “%1”</source>
        <translation>Ajouter un acteur au problème « %1 »</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Remove actors from problem “%1”</source>
        <translation>Retirer des acteurs du problème « %1 »</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <source>Edit problem “%1”</source>
        <translation>Modifier le problème « %1 »</translation>
    </message>
</context>
<context>
    <name>maillage::ProblemsPanel</name>
    <message>
        <source>&amp;New problem</source>
        <translation>&amp;Nouveau problème</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <source>%n problem(s)</source>
        <translation><numerusform>%n problème</numerusform><numerusform>%n problèmes</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>Add problem “%1”</source>
        <translation>Ajouter le problème « %1 »</translation>
    </message>
    <message>
        <source>Delete problem “%1”</source>
        <translation>Supprimer le problème « %1 »</translation>
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
        <translation>Aucun problème enregistré pour l’instant : la vue d’ensemble se remplit au fur et à mesure que des problèmes sont enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation><numerusform>%1 (%n problème)</numerusform><numerusform>%1 (%n problèmes)</numerusform></translation>
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
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Replace every person by a pseudonym (for sharing with partners)</source>
        <translation>Remplacer chaque personne par un pseudonyme (pour un partage avec des partenaires)</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections :</translation>
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
    <name>maillage::analysis</name>
    <message>
        <source>Unknown measure “%1” (known: %2).</source>
        <translation>Mesure inconnue « %1 » (connues : %2).</translation>
    </message>
    <message>
        <source>No measure named (known: %1).</source>
        <translation>Aucune mesure indiquée (connues : %1).</translation>
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
        <translation>Nombre de plus courts chemins entre d’autres acteurs qui passent par celui-ci : un intermédiaire</translation>
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
        <translation>Retirer cet acteur scinde sa partie du réseau : un passeur</translation>
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
        <source>Show a territory's name, format and counts.</source>
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
        <source>Files to import together as one undoable step, e.g. Kumu elements and connections, or Gephi nodes and edges. Unknown columns are kept as "Column: value" lines at the end of the description.</source>
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
        <source>csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2) or json (the whole territory). Default: from OUT's extension. csv writes the actors to OUT and the links to OUT-links.csv beside it (“net.csv” → “net-links.csv”).</source>
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
    <message>
        <source>Follow the direction of directed link types.</source>
        <translation>Suivre le sens des types de liens orientés.</translation>
    </message>
    <message>
        <source>Use link strengths: a strong tie is a short way.</source>
        <translation>Utiliser la force des liens : un lien fort est un chemin court.</translation>
    </message>
    <message>
        <source>Leave out links of conflict types.</source>
        <translation>Ignorer les liens de type conflictuel.</translation>
    </message>
    <message>
        <source>too many arguments; see “maillage-cli %1 --help”</source>
        <translation>trop d’arguments ; voir « maillage-cli %1 --help »</translation>
    </message>
    <message>
        <source>Compute only these measures, comma-separated: %1.</source>
        <translation>Ne calculer que ces mesures, séparées par des virgules : %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Louvain resolution (default 1; above 1, smaller communities).</source>
        <translation>Résolution de Louvain (1 par défaut ; au-dessus de 1, communautés plus petites).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Seed of Louvain's visiting order (default 1).</source>
        <translation>Graine de l’ordre de visite de Louvain (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--resolution must be a number above 0, not “%1”.</source>
        <translation>--resolution doit être un nombre supérieur à 0, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0, not “%1”.</source>
        <translation>--seed doit être un nombre entier à partir de 0, pas « %1 ».</translation>
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
        <translation>Aucun acteur nommé « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: %2 actors bear that name (ids %3); give an id.</source>
        <translation>« %1 » est ambigu : %2 acteurs portent ce nom (identifiants %3) ; indiquez un identifiant.</translation>
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
        <translation>Aucun chemin de « %1 » à « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation><numerusform>%n étape</numerusform><numerusform>%n étapes</numerusform></translation>
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
        <translation>Intermédiaires : %1</translation>
    </message>
    <message>
        <source>Network measures: centralities, components, communities.</source>
        <translation>Mesures de réseau : centralités, composantes, communautés.</translation>
    </message>
    <message>
        <source>Shortest path between two actors, with the intermediaries.</source>
        <translation>Plus court chemin entre deux acteurs, avec les intermédiaires.</translation>
    </message>
    <message>
        <source>Check as of DATE (YYYY-MM-DD; default today).</source>
        <translation>Vérifier à la date DATE (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
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
        <translation>« %1 » n’est pas une date ; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--stale-months needs a whole number of months, 1 or more, not “%1”.</source>
        <translation>--stale-months attend un nombre entier de mois, 1 ou plus, pas « %1 ».</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Aucun point de vigilance.</translation>
    </message>
    <message>
        <source>Items needing attention: %1.</source>
        <translation>Points de vigilance : %1.</translation>
    </message>
    <message>
        <source>List what needs attention: problems nobody can act on, actions without partners or indicators, actors never met…</source>
        <translation>Lister les points de vigilance : problèmes sur lesquels personne ne peut agir, actions sans partenaires ni indicateurs, acteurs jamais rencontrés…</translation>
    </message>
    <message>
        <source>--format %1 needs at least one --commune CODE (the INSEE code, e.g. 88304): the register is national</source>
        <translation>--format %1 exige au moins un --commune CODE (le code INSEE, p. ex. 88304) : le registre est national</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE commune code (5 characters, e.g. 88304)</source>
        <translation>« %1 » n’est pas un code INSEE de commune (5 caractères, p. ex. 88304)</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Lecture… %1 %</translation>
    </message>
    <message>
        <source>Register rows: %1 read, %2 kept, %3 of other communes, %4 closed or dissolved</source>
        <translation>Lignes du registre : %1 lues, %2 conservées, %3 d’autres communes, %4 fermées ou dissoutes</translation>
    </message>
    <message>
        <source>auto (default: from each file's content and columns), maillage, kumu, gephi, graphml, gexf or json; or a French public register: rne (elected officials), sirene (establishments) or rna (associations).</source>
        <translation>auto (par défaut : d’après le contenu et les colonnes de chaque fichier), maillage, kumu, gephi, graphml, gexf ou json ; ou un registre public français : rne (élu·es), sirene (établissements) ou rna (associations).</translation>
    </message>
    <message>
        <source>For rne, sirene and rna: keep the rows of this commune (INSEE code, e.g. 88304; repeat for several). Required for sirene and rna; rne takes every commune without it.</source>
        <translation>Pour rne, sirene et rna : conserver les lignes de cette commune (code INSEE, p. ex. 88304 ; à répéter pour plusieurs). Obligatoire pour sirene et rna ; sans cette option, rne prend toutes les communes.</translation>
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
        <source>Import spreadsheets (Maillage, Kumu, Gephi), GraphML, GEXF or French public registers (RNE, SIRENE, RNA) as one undoable step.</source>
        <translation>Importer des tableurs (Maillage, Kumu, Gephi), des fichiers GraphML, GEXF ou des registres publics français (RNE, SIRENE, RNA) en une seule étape annulable.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not “%2”.</source>
        <translation>--%1 attend un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>No actor “%1” in “%2”.</source>
        <translation>Aucun acteur « %1 » dans « %2 ».</translation>
    </message>
    <message>
        <source>Several actors are called “%1”: give the id instead.</source>
        <translation>Plusieurs acteurs s’appellent « %1 » : indiquez plutôt l’identifiant.</translation>
    </message>
    <message>
        <source>Layout: %1.</source>
        <translation>Disposition : %1.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same positions).</source>
        <translation>Graine aléatoire (même graine, mêmes positions).</translation>
    </message>
    <message>
        <source>Concentric: the actor in the middle (id or name; default: the most linked).</source>
        <translation>Concentrique : l’acteur au centre (identifiant ou nom ; par défaut : le plus lié).</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>Force: start afresh instead of from the current positions.</source>
        <translation>Dirigée par les forces : repartir de zéro au lieu des positions actuelles.</translation>
    </message>
    <message>
        <source>Print the positions as JSON.</source>
        <translation>Afficher les positions en JSON.</translation>
    </message>
    <message>
        <source>unknown algorithm “%1” (use %2)</source>
        <translation>algorithme inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n actor(s) (%1).</source>
        <translation><numerusform>%n acteur disposé (%1).</numerusform><numerusform>%n acteurs disposés (%1).</numerusform></translation>
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
        <translation>Afficher les personnes sous la forme « Personne N ».</translation>
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
        <translation>Dessiner la grille pouvoir/intérêt derrière la carte (après « layout --algorithm grid »).</translation>
    </message>
    <message>
        <source>The image to write (.png or .svg).</source>
        <translation>L’image à écrire (.png ou .svg).</translation>
    </message>
    <message>
        <source>Cannot draw to “%1”: unknown extension “%2” (use .png or .svg).</source>
        <translation>Impossible de dessiner dans « %1 » : extension « %2 » inconnue (utilisez .png ou .svg).</translation>
    </message>
    <message>
        <source>Drawing needs the Qt GUI library; this build of maillage-cli cannot draw.</source>
        <translation>Le dessin nécessite la bibliothèque Qt GUI ; cette version de maillage-cli ne peut pas dessiner.</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n actor(s) to “%1”.</source>
        <translation><numerusform>%n acteur dessiné dans « %1 ».</numerusform><numerusform>%n acteurs dessinés dans « %1 ».</numerusform></translation>
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
        <translation>« %1 » n’a aucun acteur nommé ou numéroté « %2 ».</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>“%1” matches several actors in “%2”: %3. Give the id instead.</source>
        <translation>« %1 » correspond à plusieurs acteurs dans « %2 » : %3. Indiquez plutôt l’identifiant.</translation>
    </message>
    <message>
        <source>Judge retention as of DATE (YYYY-MM-DD; default today).</source>
        <translation>Évaluer la conservation à la date DATE (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Persons: %1, needing attention: %2 (as of %3).</source>
        <translation>Personnes : %1, à surveiller : %2 (au %3).</translation>
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
        <source>The person's name or id.</source>
        <translation>Le nom ou l’identifiant de la personne.</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.json</source>
        <translation>indiquez le fichier de sortie avec -o OUT.json</translation>
    </message>
    <message>
        <source>Cannot write “%1”: person-export writes .json or .pdf files.</source>
        <translation>Impossible d’écrire « %1 » : person-export écrit des fichiers .json ou .pdf.</translation>
    </message>
    <message>
        <source>The actor %1 could not be read.</source>
        <translation>L’acteur %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to “%2”.</source>
        <translation>Tout ce qui est détenu sur « %1 » a été écrit dans « %2 ».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Erase for real; without it, only show what would be erased (exit status 3).</source>
        <translation>Effacer réellement ; sans cette option, seulement montrer ce qui serait effacé (code de sortie 3).</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase.</source>
        <translation>Rien n’a été modifié. Relancez avec --yes pour effacer.</translation>
    </message>
    <message>
        <source>Erased “%1” from “%2”; notes rewritten: %3.</source>
        <translation>« %1 » effacé de « %2 » ; notes réécrites : %3.</translation>
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
        <translation>Effacer une personne et toute trace la concernant ; sans --yes, montrer ce qui serait effacé et sortir avec le code 3.</translation>
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
        <source>Language of the report: fr or en (default: the interface's).</source>
        <translation>Langue du rapport : fr ou en (par défaut : celle de l’interface).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Replace every person by a stable pseudonym; organisations keep their names.</source>
        <translation>Remplacer chaque personne par un pseudonyme stable ; les organisations gardent leur nom.</translation>
    </message>
    <message>
        <source>Comma-separated sections to include (default all): %1.</source>
        <translation>Sections à inclure, séparées par des virgules (toutes par défaut) : %1.</translation>
    </message>
    <message>
        <source>Author shown on the cover (default: the territory's).</source>
        <translation>Auteur affiché sur la couverture (par défaut : celui du territoire).</translation>
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
        <translation>« %1 » n’est pas un nom de fichier .pdf ; report écrit des fichiers PDF.</translation>
    </message>
    <message>
        <source>unknown language “%1” (use fr or en)</source>
        <translation>langue inconnue « %1 » (utilisez fr ou en)</translation>
    </message>
    <message>
        <source>Writing a PDF needs the Qt GUI library; this build of maillage-cli cannot draw.</source>
        <translation>L’écriture d’un PDF nécessite la bibliothèque Qt GUI ; cette version de maillage-cli ne peut pas dessiner.</translation>
    </message>
    <message>
        <source>Wrote the report of “%1” to “%2”.</source>
        <translation>Rapport de « %1 » écrit dans « %2 ».</translation>
    </message>
    <message>
        <source>Write the territory's report as a PDF.</source>
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
        <translation>%1 %</translation>
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
        <translation>Concordance des catégories : %1</translation>
    </message>
    <message>
        <source>Influence: mean difference %1</source>
        <translation>Influence : écart moyen %1</translation>
    </message>
    <message>
        <source>Missing actors:</source>
        <translation>Acteurs manquants :</translation>
    </message>
    <message>
        <source>Extra actors:</source>
        <translation>Acteurs en trop :</translation>
    </message>
    <message>
        <source>%1 (written “%2”)</source>
        <translation>%1 (écrit « %2 »)</translation>
    </message>
    <message>
        <source>Matched despite a different spelling:</source>
        <translation>Appariés malgré une orthographe différente :</translation>
    </message>
    <message>
        <source>Missing links:</source>
        <translation>Liens manquants :</translation>
    </message>
    <message>
        <source>Extra links:</source>
        <translation>Liens en trop :</translation>
    </message>
    <message>
        <source>%1: %2 in the reference, %3 here</source>
        <translation>%1 : %2 dans la référence, %3 ici</translation>
    </message>
    <message>
        <source>Largest influence differences:</source>
        <translation>Plus grands écarts d’influence :</translation>
    </message>
    <message>
        <source>Summary — maps compared: %1</source>
        <translation>Synthèse — cartes comparées : %1</translation>
    </message>
    <message>
        <source>%1 (missed by %2 of %3)</source>
        <translation>%1 (manqué par %2 sur %3)</translation>
    </message>
    <message>
        <source>Actors most maps missed:</source>
        <translation>Acteurs manqués par la plupart des cartes :</translation>
    </message>
    <message>
        <source>Links most maps missed:</source>
        <translation>Liens manqués par la plupart des cartes :</translation>
    </message>
    <message>
        <source>%1: %2, influence %3</source>
        <translation>%1 : %2, influence %3</translation>
    </message>
    <message>
        <source>Actors the maps see differently:</source>
        <translation>Acteurs que les cartes voient différemment :</translation>
    </message>
    <message>
        <source>%1: drawn in %2; not in %3</source>
        <translation>%1 : dessiné dans %2 ; absent de %3</translation>
    </message>
    <message>
        <source>Links drawn by some maps only:</source>
        <translation>Liens dessinés par certaines cartes seulement :</translation>
    </message>
    <message>
        <source>Nothing missed by most maps, no disagreement.</source>
        <translation>Rien n’est manqué par la plupart des cartes, aucun désaccord.</translation>
    </message>
    <message>
        <source>The reference .maillage file (e.g. the trainer's map).</source>
        <translation>Le fichier .maillage de référence (p. ex. la carte du formateur).</translation>
    </message>
    <message>
        <source>The maps to compare with it.</source>
        <translation>Les cartes à comparer avec elle.</translation>
    </message>
    <message>
        <source>Reference: %1 (%2 actors, %3 links)</source>
        <translation>Référence : %1 (%2 acteurs, %3 liens)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Actors: %1 → %2</source>
        <translation>Acteurs : %1 → %2</translation>
    </message>
    <message>
        <source>Links: %1 → %2</source>
        <translation>Liens : %1 → %2</translation>
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
        <translation>Acteurs apparus :</translation>
    </message>
    <message>
        <source>Actors who left:</source>
        <translation>Acteurs partis :</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, force %2</translation>
    </message>
    <message>
        <source>Links that appeared:</source>
        <translation>Liens apparus :</translation>
    </message>
    <message>
        <source>%1: strength %2 → %3</source>
        <translation>%1 : force %2 → %3</translation>
    </message>
    <message>
        <source>Links that strengthened:</source>
        <translation>Liens renforcés :</translation>
    </message>
    <message>
        <source>Links that weakened:</source>
        <translation>Liens affaiblis :</translation>
    </message>
    <message>
        <source>Links that disappeared:</source>
        <translation>Liens disparus :</translation>
    </message>
    <message>
        <source>Compare FILE as it stood on this date (YYYY-MM-DD)…</source>
        <translation>Comparer FILE tel qu’il était à cette date (AAAA-MM-JJ)…</translation>
    </message>
    <message>
        <source>…with FILE on this date (YYYY-MM-DD; default: today). Both dates are inclusive: a link from or until a date is present on that date.</source>
        <translation>…avec FILE à cette date (AAAA-MM-JJ ; par défaut : aujourd’hui). Les deux dates sont incluses : un lien qui commence ou se termine à une date est présent à cette date.</translation>
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
        <translation>« %1 » n’est pas une date (format attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) est antérieur à --from (%2)</translation>
    </message>
    <message>
        <source>Compare maps with a reference: matched, missing and extra actors and links, precision, recall, F1.</source>
        <translation>Comparer des cartes avec une référence : acteurs et liens appariés, manquants et en trop, précision, rappel, F1.</translation>
    </message>
    <message>
        <source>What changed between two snapshots or two dates: actors who appeared or left, links that appeared, strengthened, weakened or disappeared.</source>
        <translation>Ce qui a changé entre deux états ou deux dates : acteurs apparus ou partis, liens apparus, renforcés, affaiblis ou disparus.</translation>
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
        <translation>Aucun acteur en mesure d’agir sur « %1 » n’est enregistré.</translation>
    </message>
    <message>
        <source>No action addresses “%1”.</source>
        <translation>Aucune action ne répond à « %1 ».</translation>
    </message>
    <message>
        <source>Action “%1” has no partners.</source>
        <translation>L’action « %1 » n’a aucun partenaire.</translation>
    </message>
    <message>
        <source>Action “%1” has no indicator to measure its impact.</source>
        <translation>L’action « %1 » n’a aucun indicateur pour mesurer son impact.</translation>
    </message>
    <message>
        <source>No problem is recorded for the theme “%1”.</source>
        <translation>Aucun problème n’est enregistré pour le thème « %1 ».</translation>
    </message>
    <message>
        <source>“%1” has not attended any meeting.</source>
        <translation>« %1 » n’a participé à aucune réunion.</translation>
    </message>
    <message>
        <source>Nobody from “%1” has attended any meeting.</source>
        <translation>Personne de « %1 » n’a participé à aucune réunion.</translation>
    </message>
    <message>
        <source>Indicator “%1” has never been measured.</source>
        <translation>L’indicateur « %1 » n’a jamais été mesuré.</translation>
    </message>
    <message>
        <source>Indicator “%1” has not been measured since %2 (limit: %3 months).</source>
        <translation>L’indicateur « %1 » n’a pas été mesuré depuis le %2 (limite : %3 mois).</translation>
    </message>
    <message>
        <source>“%1” is kept past their retention date (%2): erase, pseudonymise or extend.</source>
        <translation>« %1 » est conservé·e au-delà de sa date limite de conservation (%2) : effacer, pseudonymiser ou prolonger.</translation>
    </message>
    <message>
        <source>No legal basis is recorded for keeping “%1”.</source>
        <translation>Aucune base légale n’est enregistrée pour la conservation de « %1 ».</translation>
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
    <message>
        <source>this row has %1 values but the header has %2 columns (a missing or extra separator, or a line break outside quotes?)</source>
        <translation>cette ligne compte %1 valeurs mais l’en-tête compte %2 colonnes (séparateur manquant ou en trop, ou saut de ligne hors guillemets ?)</translation>
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
        <source>not a Maillage territory JSON file (no "format": "maillage-territory")</source>
        <translation>ce n’est pas un fichier JSON de territoire Maillage (pas de "format": "maillage-territory")</translation>
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
        <source>unknown format: the columns (%1) match neither Maillage's CSV (name, category…; source, target, strength…), Kumu's (Label…; From, To…) nor Gephi's (Id, Label…; Source, Target…)</source>
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
        <source>%n link(s) were given a direction different from their existing link type's; the type's was kept.</source>
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
    <message>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
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
        <translation>la colonne obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns (a missing or extra separator, or a line break outside quotes?)</source>
        <translation>cette ligne compte %1 valeurs mais l’en-tête compte %2 colonnes (séparateur manquant ou en trop, ou saut de ligne hors guillemets ?)</translation>
    </message>
    <message>
        <source>it looks like a SIRENE file: use the sirene format</source>
        <translation>cela ressemble à un fichier SIRENE : utilisez le format sirene</translation>
    </message>
    <message>
        <source>it looks like an RNA file: use the rna format</source>
        <translation>cela ressemble à un fichier RNA : utilisez le format rna</translation>
    </message>
    <message>
        <source>it looks like an RNE file: use the rne format</source>
        <translation>cela ressemble à un fichier RNE : utilisez le format rne</translation>
    </message>
    <message>
        <source>the columns (%1) are not those of %2</source>
        <translation>les colonnes (%1) ne sont pas celles %2</translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a date (DD/MM/YYYY or YYYY-MM-DD expected)</source>
        <translation>« %1 » dans la colonne « %2 » n’est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ attendu)</translation>
    </message>
    <message>
        <source>the RNE (“Nom de l'élu”, “Prénom de l'élu”…)</source>
        <translation>du RNE (« Nom de l'élu », « Prénom de l'élu »…)</translation>
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
        <translation>« %1 » n’est pas un code de commune</translation>
    </message>
    <message>
        <source>an elected official needs a name (“%1” and “%2” are empty)</source>
        <translation>un·e élu·e doit avoir un nom (« %1 » et « %2 » sont vides)</translation>
    </message>
    <message>
        <source>the commune's name (“%1”) is empty</source>
        <translation>le nom de la commune (« %1 ») est vide</translation>
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
        <translation>la colonne « siret » est vide</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET : %1</translation>
    </message>
    <message>
        <source>NAF code: %1</source>
        <translation>Code NAF : %1</translation>
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
        <translation>la colonne « id » (numéro RNA) est vide</translation>
    </message>
    <message>
        <source>RNA: %1</source>
        <translation>RNA : %1</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <source>SIRENE and RNA files are national: choose at least one commune.</source>
        <translation>Les fichiers SIRENE et RNA sont nationaux : choisissez au moins une commune.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE commune code (5 characters, e.g. 88304)</source>
        <translation>« %1 » n’est pas un code commune INSEE (5 caractères, p. ex. 88304)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
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
        <source>Inform'action debate</source>
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
        <source>“%1” is read-only: nothing was changed.</source>
        <translation>« %1 » est en lecture seule : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Apply layout “%1”</source>
        <translation>Appliquer la disposition « %1 »</translation>
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
        <translation>Laissés tels quels, mais à vérifier : ces passages pourraient désigner la personne par son seul nom de famille :</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>  %1, %2: “%3”</source>
        <translation>  %1, %2 : « %3 »</translation>
    </message>
    <message>
        <source>  %1, %2: the name is replaced (×%3).</source>
        <translation>  %1, %2 : le nom est remplacé (×%3).</translation>
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
        <translation>« %1 » est effacé·e avec tous ses champs%2.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>  Link with “%1” (%2) is deleted.</source>
        <translation>  Le lien avec « %1 » (%2) est supprimé.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>  Attendance at “%1”%2 is deleted.</source>
        <translation>  La participation à « %1 »%2 est supprimée.</translation>
    </message>
    <message>
        <source>  Role “%1” in problem “%2” is deleted.</source>
        <translation>  Le rôle « %1 » dans le problème « %2 » est supprimé.</translation>
    </message>
    <message>
        <source>  Action “%1” loses its lead.</source>
        <translation>  L’action « %1 » perd son pilote.</translation>
    </message>
    <message>
        <source>  Partnership in action “%1” is deleted.</source>
        <translation>  Le partenariat dans l’action « %1 » est supprimé.</translation>
    </message>
    <message>
        <source>Names replaced by “%1” in notes and descriptions:</source>
        <translation>Noms remplacés par « %1 » dans les notes et les descriptions :</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the file is rewritten so the erased data cannot be recovered from it.</source>
        <translation>Cette opération est irréversible : l’historique d’annulation est vidé et le fichier est réécrit pour que les données effacées ne puissent pas en être récupérées.</translation>
    </message>
    <message>
        <source>“%1” becomes “%2”; their e-mail, phone, address and website are blanked.</source>
        <translation>« %1 » devient « %2 » ; son courriel, son téléphone, son adresse et son site web sont effacés.</translation>
    </message>
    <message>
        <source>Names replaced by the pseudonyms in notes and descriptions:</source>
        <translation>Noms remplacés par les pseudonymes dans les notes et les descriptions :</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the file is rewritten so the former names cannot be recovered from it.</source>
        <translation>Cette opération est irréversible : l’historique d’annulation est vidé et le fichier est réécrit pour que les anciens noms ne puissent pas en être récupérés.</translation>
    </message>
    <message>
        <source>There is no such person to erase.</source>
        <translation>Cette personne est introuvable : rien à effacer.</translation>
    </message>
    <message>
        <source>There is no such person to pseudonymise.</source>
        <translation>Cette personne est introuvable : rien à pseudonymiser.</translation>
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
        <translation>Les données ont été supprimées, mais le fichier n’a pas pu être réécrit pour les rendre irrécupérables : %1</translation>
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
        <translation>Date limite de conservation dépassée : effacer, pseudonymiser ou prolonger.</translation>
    </message>
    <message>
        <source>No legal basis recorded (consent, legitimate interest or public role).</source>
        <translation>Aucune base légale enregistrée (consentement, intérêt légitime ou rôle public).</translation>
    </message>
    <message>
        <source>No retention date: this person would be kept indefinitely.</source>
        <translation>Aucune date de conservation : cette personne serait conservée indéfiniment.</translation>
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
    <name>maillage::report::PersonRecord</name>
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
        <source>place</source>
        <translation>lieu</translation>
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
        <source>consent obtained by</source>
        <translation>consentement obtenu par</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
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
        <translation>Impossible d’écrire « %1 » : %2</translation>
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
        <translation>Ce document recense tout ce que le territoire « %1 » enregistre au sujet de %2, en date du %3 à %4, en réponse à une demande d’exercice du droit d’accès (article 15 du RGPD). Les autres personnes n’y figurent que par leur nom, lorsque c’est nécessaire pour comprendre un lien, une réunion ou une note.</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
    <message>
        <source>Right of access — personal data</source>
        <translation>Droit d’accès — données personnelles</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
    </message>
</context>
<context>
    <name>maillage::report::Report</name>
    <message>
        <source>Unknown report language “%1” (use %2).</source>
        <translation>Langue de rapport « %1 » inconnue (utilisez %2).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Writing a PDF needs the Qt GUI library (fonts); this program cannot draw.</source>
        <translation>L’écriture d’un PDF nécessite la bibliothèque Qt GUI (polices) ; ce programme ne peut pas dessiner.</translation>
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
        <translation>Code(s) INSEE : %1</translation>
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
        <translation>Pseudonymisé : les personnes apparaissent sous un pseudonyme, les organisations sous leur nom.</translation>
    </message>
    <message>
        <source>Made with Maillage, the map of a territory's actors.</source>
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
        <source>They form %n separate groups.</source>
        <translation><numerusform>Ils forment %n groupe distinct.</numerusform><numerusform>Ils forment %n groupes distincts.</numerusform></translation>
    </message>
    <message>
        <source>Every actor has at least one link.</source>
        <translation>Chaque acteur a au moins un lien.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have no link yet.</source>
        <translation><numerusform>%n acteur n’a pas encore de lien.</numerusform><numerusform>%n acteurs n’ont pas encore de lien.</numerusform></translation>
    </message>
    <message>
        <source>The territory has no actor yet.</source>
        <translation>Le territoire n’a pas encore d’acteur.</translation>
    </message>
    <message>
        <source>Each shape is an actor, its size its influence; lines are the links between actors, coloured by type.</source>
        <translation>Chaque forme est un acteur, sa taille indique son influence ; les traits sont les liens entre acteurs, colorés selon leur type.</translation>
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
        <translation>L’intermédiarité mesure combien de fois un acteur se trouve sur le plus court chemin entre deux autres : les acteurs centraux font circuler l’information et mettent les gens en relation.</translation>
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
        <translation>Sans l’un de ces acteurs, le réseau se fragmenterait : ils sont le seul pont entre certains des autres.</translation>
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
        <translation>Ces acteurs n’ont pas encore de lien : qui pourrait les présenter ?</translation>
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
        <translation>Pilote : %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Répond à : %1</translation>
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
        <translation>Pas encore mesuré ; cible %1</translation>
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
        <translation>Décisions : %1</translation>
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
        <source>As of %1, %n point(s) need attention. They are grouped below, the most pressing first within each group.</source>
        <translation><numerusform>Au %1, %n point demande votre attention. Il figure ci-dessous.</numerusform><numerusform>Au %1, %n points demandent votre attention. Ils sont regroupés ci-dessous, les plus urgents en premier dans chaque groupe.</numerusform></translation>
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
        <translation>Section « %1 » inconnue ; sections valides : %2.</translation>
    </message>
    <message>
        <source>No section given; valid sections: %1.</source>
        <translation>Aucune section indiquée ; sections valides : %1.</translation>
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
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Territory report: %1</source>
        <translation>Rapport de territoire : %1</translation>
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
    <name>main</name>
    <message>
        <source>Map a territory's stakeholders, problems and actions.</source>
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