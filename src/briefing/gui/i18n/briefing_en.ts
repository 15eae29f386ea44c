<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisService</name>
    <message numerus="yes">
        <location filename="../analysis_service.py" line="75"/>
        <source>Analysing %n source(s)…</source>
        <translation>
            <numerusform>Analysing %n source…</numerusform>
            <numerusform>Analysing %n sources…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message numerus="yes">
        <location filename="../checks_dock.py" line="77"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checks_dock.py" line="78"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checks_dock.py" line="79"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message numerus="yes">
        <location filename="../file_ops.py" line="149"/>
        <source>%n source(s) imported</source>
        <translation>
            <numerusform>%n source imported</numerusform>
            <numerusform>%n sources imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../file_ops.py" line="151"/>
        <source>%n already in the brief</source>
        <translation>
            <numerusform>%n already in the brief</numerusform>
            <numerusform>%n already in the brief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../file_ops.py" line="160"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message numerus="yes">
        <location filename="../item_editor.py" line="177"/>
        <location filename="../item_editor.py" line="217"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message numerus="yes">
        <location filename="../outline_dock.py" line="211"/>
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message numerus="yes">
        <location filename="../preview_dock.py" line="121"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseHistoryDialog</name>
    <message numerus="yes">
        <location filename="../release_history.py" line="75"/>
        <source>%n release(s) of this brief, oldest first.</source>
        <translation>
            <numerusform>%n release of this brief, oldest first.</numerusform>
            <numerusform>%n releases of this brief, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <location filename="../sources_dock.py" line="102"/>
        <source>%n citation(s) point into this source</source>
        <translation>
            <numerusform>%n citation points into this source</numerusform>
            <numerusform>%n citations point into this source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsDock</name>
    <message numerus="yes">
        <location filename="../suggestions_dock.py" line="151"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateUpdates</name>
    <message numerus="yes">
        <location filename="../template_updates.py" line="73"/>
        <source>The new version has no section “{section}”: the %n item(s) in it will stay in the brief but need a new home.</source>
        <translation>
            <numerusform>The new version has no section “{section}”: the %n item in it will stay in the brief but need a new home.</numerusform>
            <numerusform>The new version has no section “{section}”: the %n items in it will stay in the brief but need a new home.</numerusform>
        </translation>
    </message>
</context>
</TS>
