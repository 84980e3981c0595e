<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>maillage::ActionsPanel</name>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ActorEditor</name>
    <message numerus="yes">
        <source>%Ln more share(s) this name.</source>
        <translation>
            <numerusform>%Ln more actor shares this name.</numerusform>
            <numerusform>%Ln more actors share this name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ActorListPanel</name>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actor(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln actor shown</numerusform>
            <numerusform>%1 of %Ln actors shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ComparisonPanel</name>
    <message numerus="yes">
        <source>Reference: %1 (this territory) — %Ln map(s) compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</source>
        <translation>
            <numerusform>Reference: %1 (this territory) — %Ln map compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</numerusform>
            <numerusform>Reference: %1 (this territory) — %Ln maps compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::DiagnosticsPanel</name>
    <message numerus="yes">
        <source>%Ln item(s) need attention</source>
        <translation>
            <numerusform>%Ln item needs attention</numerusform>
            <numerusform>%Ln items need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them urgent</source>
        <translation>
            <numerusform>%Ln of them urgent</numerusform>
            <numerusform>%Ln of them urgent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::Document</name>
    <message numerus="yes">
        <source>“%1” cannot become a field of type %2: %Ln value(s) do not fit (“%3”…).</source>
        <translation>
            <numerusform>“%1” cannot become a field of type %2: %Ln value does not fit (“%3”…).</numerusform>
            <numerusform>“%1” cannot become a field of type %2: %Ln values do not fit (“%3”…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Move %n actor</numerusform>
            <numerusform>Move %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n actor(s)</source>
        <translation>
            <numerusform>Place %n actor</numerusform>
            <numerusform>Place %n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseDialog</name>
    <message numerus="yes">
        <source>The selected actors and their links (%Ln)</source>
        <translation>
            <numerusform>The selected actors and their links (%Ln)</numerusform>
            <numerusform>The selected actors and their links (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseWorkshop</name>
    <message numerus="yes">
        <source>Comparing %Ln map(s) with this territory…</source>
        <translation>
            <numerusform>Comparing %Ln map with this territory…</numerusform>
            <numerusform>Comparing %Ln maps with this territory…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::HistoryPanel</name>
    <message numerus="yes">
        <source>Redo Up to Here (%n steps)</source>
        <translation>
            <numerusform>Redo Up to Here (%n step)</numerusform>
            <numerusform>Redo Up to Here (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo Back to Here (%n steps)</source>
        <translation>
            <numerusform>Undo Back to Here (%n step)</numerusform>
            <numerusform>Undo Back to Here (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln of the %1 actors in these files already in the territory.</source>
        <translation>
            <numerusform>%Ln of the %1 actors in these files is already in the territory.</numerusform>
            <numerusform>%Ln of the %1 actors in these files are already in the territory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::LocateDialog</name>
    <message numerus="yes">
        <source>%Ln establishment(s) imported from SIRENE to place</source>
        <translation>
            <numerusform>%Ln establishment imported from SIRENE to place</numerusform>
            <numerusform>%Ln establishments imported from SIRENE to place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) of actors that are not persons</source>
        <translation>
            <numerusform>%Ln address of actors that are not persons</numerusform>
            <numerusform>%Ln addresses of actors that are not persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send the addresses of %Ln person(s) to %1: personal data leaves this computer</source>
        <translation>
            <numerusform>Also send the addresses of %Ln person to %1: personal data leaves this computer</numerusform>
            <numerusform>Also send the addresses of %Ln persons to %1: personal data leaves this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for the places of %Ln address(es)…</source>
        <translation>
            <numerusform>Asking %1 for the places of %Ln address…</numerusform>
            <numerusform>Asking %1 for the places of %Ln addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder.</source>
        <translation>
            <numerusform>%Ln person with an address not sent to the geocoder.</numerusform>
            <numerusform>%Ln persons with an address not sent to the geocoder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIRENE establishment(s) not in the file or without coordinates.</source>
        <translation>
            <numerusform>%Ln SIRENE establishment not in the file or without coordinates.</numerusform>
            <numerusform>%Ln SIRENE establishments not in the file or without coordinates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %Ln Place(s)</source>
        <translation>
            <numerusform>&amp;Apply %Ln Place</numerusform>
            <numerusform>&amp;Apply %Ln Places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::MainWindow</name>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::MeetingsPanel</name>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::OverviewPanel</name>
    <message numerus="yes">
        <source>%Ln problem(s) recorded</source>
        <translation>
            <numerusform>%Ln problem recorded</numerusform>
            <numerusform>%Ln problems recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open</source>
        <translation>
            <numerusform>%Ln still open</numerusform>
            <numerusform>%Ln still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serious (severity 4–5)</source>
        <translation>
            <numerusform>%Ln serious (severity 4–5)</numerusform>
            <numerusform>%Ln serious (severity 4–5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::PresentationFeature</name>
    <message numerus="yes">
        <source>%Ln saved view(s) will be shown as slides, full screen.</source>
        <translation>
            <numerusform>%Ln saved view will be shown as slides, full screen.</numerusform>
            <numerusform>%Ln saved views will be shown as slides, full screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln slide(s) to %1</source>
        <translation>
            <numerusform>Wrote %Ln slide to %1</numerusform>
            <numerusform>Wrote %Ln slides to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ProblemsPanel</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::QualityOfLifeChart</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::RegisterImportDialog</name>
    <message numerus="yes">
        <source>%Ln commune(s) loaded.</source>
        <translation>
            <numerusform>%Ln commune loaded.</numerusform>
            <numerusform>%Ln communes loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::SharedStatus</name>
    <message numerus="yes">
        <source>%1 added %n actors</source>
        <translation>
            <numerusform>%1 added %n actor</numerusform>
            <numerusform>%1 added %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n actors</source>
        <translation>
            <numerusform>%1 deleted %n actor</numerusform>
            <numerusform>%1 deleted %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 renamed %n actors</source>
        <translation>
            <numerusform>%1 renamed %n actor</numerusform>
            <numerusform>%1 renamed %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n actors</source>
        <translation>
            <numerusform>%1 moved %n actor</numerusform>
            <numerusform>%1 moved %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 edited %n actors</source>
        <translation>
            <numerusform>%1 edited %n actor</numerusform>
            <numerusform>%1 edited %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n links</source>
        <translation>
            <numerusform>%1 added %n link</numerusform>
            <numerusform>%1 added %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n links</source>
        <translation>
            <numerusform>%1 deleted %n link</numerusform>
            <numerusform>%1 deleted %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 edited %n links</source>
        <translation>
            <numerusform>%1 edited %n link</numerusform>
            <numerusform>%1 edited %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::Store</name>
    <message numerus="yes">
        <source>%1, and %Ln other problem(s)</source>
        <translation>
            <numerusform>%1, and %Ln other problem</numerusform>
            <numerusform>%1, and %Ln other problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::TerritoryView</name>
    <message numerus="yes">
        <source>%Ln actor(s) have no place: &lt;a href=&quot;locate&quot;&gt;Locate…&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln actor have no place: &lt;a href=&quot;locate&quot;&gt;Locate…&lt;/a&gt;</numerusform>
            <numerusform>%Ln actors have no place: &lt;a href=&quot;locate&quot;&gt;Locate…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no place: Locate…</source>
        <translation>
            <numerusform>%Ln actor have no place: Locate…</numerusform>
            <numerusform>%Ln actors have no place: Locate…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::VocabularyDialog</name>
    <message numerus="yes">
        <source>%Ln actor(s) or link(s) have a value of “%1”. Delete the field and its values?</source>
        <translation>
            <numerusform>%Ln actor or link has a value of “%1”. Delete the field and its values?</numerusform>
            <numerusform>%Ln actors or links have a value of “%1”. Delete the field and its values?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::cli</name>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %Ln actor(s) (%1).</source>
        <translation>
            <numerusform>Laid out %Ln actor (%1).</numerusform>
            <numerusform>Laid out %Ln actors (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln actor(s) to “%1”.</source>
        <translation>
            <numerusform>Drew %Ln actor to “%1”.</numerusform>
            <numerusform>Drew %Ln actors to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln slide(s) of “%1” to “%2”.</source>
        <translation>
            <numerusform>Wrote %Ln slide of “%1” to “%2”.</numerusform>
            <numerusform>Wrote %Ln slides of “%1” to “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln statistics from %1 (%2 new, %3 replaced, %4 secret): %5.</source>
        <translation>
            <numerusform>Imported %Ln statistics from %1 (%2 new, %3 replaced, %4 secret): %5.</numerusform>
            <numerusform>Imported %Ln statistics from %1 (%2 new, %3 replaced, %4 secret): %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln files</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln map tile(s) could not be loaded and are left blank (%1)</source>
        <translation>
            <numerusform>%Ln map tile could not be loaded and are left blank (%1)</numerusform>
            <numerusform>%Ln map tiles could not be loaded and are left blank (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln located actor(s) to “%1”.</source>
        <translation>
            <numerusform>Drew %Ln located actor to “%1”.</numerusform>
            <numerusform>Drew %Ln located actors to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln equipment(s) as actors (%1 updated, %2 already there).</source>
        <translation>
            <numerusform>Added %Ln piece of equipment as actors (%1 updated, %2 already there).</numerusform>
            <numerusform>Added %Ln pieces of equipment as actors (%1 updated, %2 already there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln medians or rates of communes merged since their file&apos;s geography are left without a value: they cannot be combined.</source>
        <translation>
            <numerusform>%Ln medians or rates of communes merged since their file&apos;s geography are left without a value: they cannot be combined.</numerusform>
            <numerusform>%Ln medians or rates of communes merged since their file&apos;s geography are left without a value: they cannot be combined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::diagnostics</name>
    <message numerus="yes">
        <source>“%1” has the same name as %Ln other actor(s): the same one twice, or different ones?</source>
        <translation>
            <numerusform>“%1” has the same name as %Ln other actor: the same one twice, or different ones?</numerusform>
            <numerusform>“%1” has the same name as %Ln other actors: the same one twice, or different ones?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::geo::LocateReport</name>
    <message numerus="yes">
        <source>%Ln exact</source>
        <translation>
            <numerusform>%Ln exact</numerusform>
            <numerusform>%Ln exact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the street</source>
        <translation>
            <numerusform>%Ln in the street</numerusform>
            <numerusform>%Ln in the street</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln at the commune&apos;s centre</source>
        <translation>
            <numerusform>%Ln at the commune&apos;s centre</numerusform>
            <numerusform>%Ln at the commune&apos;s centre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of unknown precision</source>
        <translation>
            <numerusform>%Ln of unknown precision</numerusform>
            <numerusform>%Ln of unknown precision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIRENE geolocation: %Ln establishment(s) located</source>
        <translation>
            <numerusform>SIRENE geolocation: %Ln establishment located</numerusform>
            <numerusform>SIRENE geolocation: %Ln establishments located</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not in the file or without coordinates</source>
        <translation>
            <numerusform>, %Ln not in the file or without coordinates</numerusform>
            <numerusform>, %Ln not in the file or without coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln row(s) read)</source>
        <translation>
            <numerusform> (%Ln row read)</numerusform>
            <numerusform> (%Ln rows read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Geocoding: %Ln address(es) sent</source>
        <translation>
            <numerusform>Geocoding: %Ln address sent</numerusform>
            <numerusform>Geocoding: %Ln addresses sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln applied (score at least %1)</source>
        <translation>
            <numerusform>, %Ln applied (score at least %1)</numerusform>
            <numerusform>, %Ln applied (score at least %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not applied (score below)</source>
        <translation>
            <numerusform>, %Ln not applied (score below)</numerusform>
            <numerusform>, %Ln not applied (score below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not found</source>
        <translation>
            <numerusform>, %Ln not found</numerusform>
            <numerusform>, %Ln not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder (personal data: add --include-persons to send them)</source>
        <translation>
            <numerusform>%Ln person with an address not sent to the geocoder (personal data: add --include-persons to send them)</numerusform>
            <numerusform>%Ln persons with an address not sent to the geocoder (personal data: add --include-persons to send them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Commune centres: %Ln actor(s) placed at their commune&apos;s centre</source>
        <translation>
            <numerusform>Commune centres: %Ln actor placed at their commune&apos;s centre</numerusform>
            <numerusform>Commune centres: %Ln actors placed at their commune&apos;s centre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Located: %Ln actor(s) in all, as one undoable step</source>
        <translation>
            <numerusform>Located: %Ln actor in all, as one undoable step</numerusform>
            <numerusform>Located: %Ln actors in all, as one undoable step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out at the review: %Ln place(s) found</source>
        <translation>
            <numerusform>Left out at the review: %Ln place found</numerusform>
            <numerusform>Left out at the review: %Ln places found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with an address not sent to the geocoder (personal data: they are sent only when you tick the box that names them)</source>
        <translation>
            <numerusform>%Ln person with an address not sent to the geocoder (personal data: they are sent only when you tick the box that names them)</numerusform>
            <numerusform>%Ln persons with an address not sent to the geocoder (personal data: they are sent only when you tick the box that names them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::io::Export</name>
    <message numerus="yes">
        <source>%Ln link(s) are directed and %1 are not: GraphML and GEXF allow such a mixed graph, but some tools (NetworkX among them) cannot read it. Export again treating every link as directed for those tools.</source>
        <translation>
            <numerusform>%Ln link is directed and %1 are not: GraphML and GEXF allow such a mixed graph, but some tools (NetworkX among them) cannot read it. Export again treating every link as directed for those tools.</numerusform>
            <numerusform>%Ln links are directed and %1 are not: GraphML and GEXF allow such a mixed graph, but some tools (NetworkX among them) cannot read it. Export again treating every link as directed for those tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::io::Import</name>
    <message numerus="yes">
        <source>%Ln link strength(s) were rounded or brought into the range 1–5.</source>
        <translation>
            <numerusform>%Ln link strength was rounded or brought into the range 1–5.</numerusform>
            <numerusform>%Ln link strengths were rounded or brought into the range 1–5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) named only in links were created.</source>
        <translation>
            <numerusform>%Ln actor named only in links was created.</numerusform>
            <numerusform>%Ln actors named only in links were created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</source>
        <translation>
            <numerusform>%Ln link was given a direction different from its existing link type&apos;s; the type&apos;s was kept.</numerusform>
            <numerusform>%Ln links were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entity declarations are not accepted (a DOCTYPE declaring %Ln entity(ies))</source>
        <translation>
            <numerusform>entity declarations are not accepted (a DOCTYPE declaring %Ln entity)</numerusform>
            <numerusform>entity declarations are not accepted (a DOCTYPE declaring %Ln entities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) holding nothing but separators were skipped.</source>
        <translation>
            <numerusform>%1: %Ln row holding nothing but separators was skipped.</numerusform>
            <numerusform>%1: %Ln rows holding nothing but separators were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link weight(s) are not whole numbers from 1 to 5: the strength drawn (1–5) was rounded or brought into that range, the weight itself is kept.</source>
        <translation>
            <numerusform>%Ln link weight is not a whole number from 1 to 5: the strength drawn (1–5) was rounded or brought into that range, the weight itself is kept.</numerusform>
            <numerusform>%Ln link weights are not whole numbers from 1 to 5: the strength drawn (1–5) was rounded or brought into that range, the weight itself is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) updated (imported before from the same file)</source>
        <translation>
            <numerusform>%Ln actor updated (imported before from the same file)</numerusform>
            <numerusform>%Ln actors updated (imported before from the same file)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) updated (imported before from the same file)</source>
        <translation>
            <numerusform>%Ln link updated (imported before from the same file)</numerusform>
            <numerusform>%Ln links updated (imported before from the same file)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>positions of %Ln node(s)</source>
        <translation>
            <numerusform>positions of %Ln node</numerusform>
            <numerusform>positions of %Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>positions of %Ln node(s) (the layout scaled ×%1 to Maillage&apos;s map)</source>
        <translation>
            <numerusform>positions of %Ln node (the layout scaled ×%1 to Maillage&apos;s map)</numerusform>
            <numerusform>positions of %Ln nodes (the layout scaled ×%1 to Maillage&apos;s map)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s)</source>
        <translation>
            <numerusform>colours of %Ln node</numerusform>
            <numerusform>colours of %Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge label(s) (as the links&apos; descriptions)</source>
        <translation>
            <numerusform>%Ln edge label (as the links&apos; descriptions)</numerusform>
            <numerusform>%Ln edge labels (as the links&apos; descriptions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s) (Maillage colours actors by category, and the file uses %1 colours: too many to make categories of)</source>
        <translation>
            <numerusform>colours of %Ln node (Maillage colours actors by category, and the file uses %1 colours: too many to make categories of)</numerusform>
            <numerusform>colours of %Ln nodes (Maillage colours actors by category, and the file uses %1 colours: too many to make categories of)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>colours of %Ln node(s) (Maillage colours actors by category, and their category has another colour)</source>
        <translation>
            <numerusform>colours of %Ln node (Maillage colours actors by category, and their category has another colour)</numerusform>
            <numerusform>colours of %Ln nodes (Maillage colours actors by category, and their category has another colour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sizes of %Ln node(s) (Maillage sizes actors by a measure)</source>
        <translation>
            <numerusform>sizes of %Ln node (Maillage sizes actors by a measure)</numerusform>
            <numerusform>sizes of %Ln nodes (Maillage sizes actors by a measure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are not of their field&apos;s type: they were kept in the description.</source>
        <translation>
            <numerusform>%Ln value is not of its field&apos;s type: it was kept in the description.</numerusform>
            <numerusform>%Ln values are not of their field&apos;s type: they were kept in the description.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln list value(s) (%2) kept as text, their items joined with “, ”.</source>
        <translation>
            <numerusform>%1: %Ln list value (%2) kept as text, their items joined with “, ”.</numerusform>
            <numerusform>%1: %Ln list values (%2) kept as text, their items joined with “, ”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Located: %Ln actor(s) placed on the ground from the files&apos; latitude and longitude</source>
        <translation>
            <numerusform>Located: %Ln actor placed on the ground from the files&apos; latitude and longitude</numerusform>
            <numerusform>Located: %Ln actors placed on the ground from the files&apos; latitude and longitude</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) about persons erased from this territory (%1)</source>
        <translation>
            <numerusform>Left out: %Ln row about persons erased from this territory (%1)</numerusform>
            <numerusform>Left out: %Ln rows about persons erased from this territory (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::render::FieldStyle</name>
    <message numerus="yes">
        <source>No value (%Ln actor(s)): smallest</source>
        <translation>
            <numerusform>No value (%Ln actor): smallest</numerusform>
            <numerusform>No value (%Ln actors): smallest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No value (%Ln actor(s))</source>
        <translation>
            <numerusform>No value (%Ln actor)</numerusform>
            <numerusform>No value (%Ln actors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::render::TerritoryModel</name>
    <message numerus="yes">
        <source>%Ln actor(s) have no place</source>
        <translation>
            <numerusform>%Ln actor have no place</numerusform>
            <numerusform>%Ln actors have no place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::render::TerritoryPainter</name>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::report::Report</name>
    <message numerus="yes">
        <source>They form %Ln separate groups.</source>
        <translation>
            <numerusform>They form %Ln group.</numerusform>
            <numerusform>They form %Ln separate groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) have no link yet.</source>
        <translation>
            <numerusform>%Ln actor has no link yet.</numerusform>
            <numerusform>%Ln actors have no link yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %Ln point(s) need attention. They are grouped below, the most pressing first within each group.</source>
        <translation>
            <numerusform>As of %1, %Ln point needs attention. It is shown below.</numerusform>
            <numerusform>As of %1, %Ln points need attention. They are grouped below, the most pressing first within each group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln actor(s)</source>
        <translation>
            <numerusform>%1: %Ln actor</numerusform>
            <numerusform>%1: %Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) placed more precisely than their commune are not drawn in this pseudonymised report.</source>
        <translation>
            <numerusform>%Ln person placed more precisely than their commune are not drawn in this pseudonymised report.</numerusform>
            <numerusform>%Ln persons placed more precisely than their commune are not drawn in this pseudonymised report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Equipment</name>
    <message numerus="yes">
        <source>Add %Ln equipment(s) from the BPE</source>
        <translation>
            <numerusform>Add %Ln piece of equipment from the BPE</numerusform>
            <numerusform>Add %Ln pieces of equipment from the BPE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::statistics::Import</name>
    <message numerus="yes">
        <source>%1: none of its %Ln rows is about the territory (INSEE codes %2): is it of another area, or of another geography year?</source>
        <translation>
            <numerusform>%1: none of its %Ln rows is about the territory (INSEE codes %2): is it of another area, or of another geography year?</numerusform>
            <numerusform>%1: none of its %Ln rows is about the territory (INSEE codes %2): is it of another area, or of another geography year?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::workshop::SavedView</name>
    <message numerus="yes">
        <source>%Ln actors</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::workshop::Snapshots</name>
    <message numerus="yes">
        <source>Delete %Ln snapshots</source>
        <translation>
            <numerusform>Delete %Ln snapshot</numerusform>
            <numerusform>Delete %Ln snapshots</numerusform>
        </translation>
    </message>
</context>
</TS>
