<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>maillage::ActionsPanel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ComparisonPanel</name>
    <message numerus="yes">
        <source>Reference: %1 (this territory) — %n map(s) compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</source>
        <translation>
            <numerusform>Reference: %1 (this territory) — %n map compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</numerusform>
            <numerusform>Reference: %1 (this territory) — %n maps compared. Select a map to see it on the network: ghosts are missing, “+” marks extras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::DiagnosticsPanel</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them urgent</source>
        <translation>
            <numerusform>%n of them urgent</numerusform>
            <numerusform>%n of them urgent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseDialog</name>
    <message numerus="yes">
        <source>The selected actors and their links (%n)</source>
        <translation>
            <numerusform>The selected actors and their links (%n)</numerusform>
            <numerusform>The selected actors and their links (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ExerciseWorkshop</name>
    <message numerus="yes">
        <source>Comparing %n map(s) with this territory…</source>
        <translation>
            <numerusform>Comparing %n map with this territory…</numerusform>
            <numerusform>Comparing %n maps with this territory…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ImportDialog</name>
    <message numerus="yes">
        <source>%n of the %1 actors in these files already in the territory.</source>
        <translation>
            <numerusform>%n of the %1 actors in these files is already in the territory.</numerusform>
            <numerusform>%n of the %1 actors in these files are already in the territory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::MeetingsPanel</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::OverviewPanel</name>
    <message numerus="yes">
        <source>%n problem(s) recorded</source>
        <translation>
            <numerusform>%n problem recorded</numerusform>
            <numerusform>%n problems recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious (severity 4–5)</source>
        <translation>
            <numerusform>%n serious (severity 4–5)</numerusform>
            <numerusform>%n serious (severity 4–5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::PresentationFeature</name>
    <message numerus="yes">
        <source>%n saved view(s) will be shown as slides, full screen.</source>
        <translation>
            <numerusform>%n saved view will be shown as slides, full screen.</numerusform>
            <numerusform>%n saved views will be shown as slides, full screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>Wrote %n slide to %1</numerusform>
            <numerusform>Wrote %n slides to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::QualityOfLifeChart</name>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problem)</numerusform>
            <numerusform>%1 (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::RegisterImportDialog</name>
    <message numerus="yes">
        <source>%n commune(s) loaded.</source>
        <translation>
            <numerusform>%n commune loaded.</numerusform>
            <numerusform>%n communes loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::cli</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n actor(s) (%1).</source>
        <translation>
            <numerusform>Laid out %n actor (%1).</numerusform>
            <numerusform>Laid out %n actors (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drew %n actor(s) to “%1”.</source>
        <translation>
            <numerusform>Drew %n actor to “%1”.</numerusform>
            <numerusform>Drew %n actors to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) of “%1” to “%2”.</source>
        <translation>
            <numerusform>Wrote %n slide of “%1” to “%2”.</numerusform>
            <numerusform>Wrote %n slides of “%1” to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::io::Import</name>
    <message numerus="yes">
        <source>%n link strength(s) were rounded or brought into the range 1–5.</source>
        <translation>
            <numerusform>%n link strength was rounded or brought into the range 1–5.</numerusform>
            <numerusform>%n link strengths were rounded or brought into the range 1–5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) named only in links were created.</source>
        <translation>
            <numerusform>%n actor named only in links was created.</numerusform>
            <numerusform>%n actors named only in links were created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</source>
        <translation>
            <numerusform>%n link was given a direction different from its existing link type&apos;s; the type&apos;s was kept.</numerusform>
            <numerusform>%n links were given a direction different from their existing link type&apos;s; the type&apos;s was kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entity declarations are not accepted (a DOCTYPE declaring %n entity(ies))</source>
        <translation>
            <numerusform>entity declarations are not accepted (a DOCTYPE declaring %n entity)</numerusform>
            <numerusform>entity declarations are not accepted (a DOCTYPE declaring %n entities)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::report::Report</name>
    <message numerus="yes">
        <source>They form %n separate groups.</source>
        <translation>
            <numerusform>They form %n group.</numerusform>
            <numerusform>They form %n separate groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have no link yet.</source>
        <translation>
            <numerusform>%n actor has no link yet.</numerusform>
            <numerusform>%n actors have no link yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %n point(s) need attention. They are grouped below, the most pressing first within each group.</source>
        <translation>
            <numerusform>As of %1, %n point needs attention. It is shown below.</numerusform>
            <numerusform>As of %1, %n points need attention. They are grouped below, the most pressing first within each group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::workshop::SavedView</name>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maillage::workshop::Snapshots</name>
    <message numerus="yes">
        <source>Delete %n snapshots</source>
        <translation>
            <numerusform>Delete %n snapshot</numerusform>
            <numerusform>Delete %n snapshots</numerusform>
        </translation>
    </message>
</context>
</TS>
