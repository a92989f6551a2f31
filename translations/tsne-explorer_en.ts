<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DatasetParameters</name>
    <message numerus="yes">
        <source>Defaults adapted to %n item(s): %1.</source>
        <translation>
            <numerusform>Defaults adapted to %n item: %1.</numerusform>
            <numerusform>Defaults adapted to %n items: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterDock</name>
    <message numerus="yes">
        <source>%1
%Ln point(s)</source>
        <translation>
            <numerusform>%1
%Ln point</numerusform>
            <numerusform>%1
%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s), largest first. Click one to select it.</source>
        <translation>
            <numerusform>%Ln cluster, largest first. Click one to select it.</numerusform>
            <numerusform>%Ln clusters, largest first. Click one to select it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetDock</name>
    <message numerus="yes">
        <source>%1 — %Ln item(s)</source>
        <translation>
            <numerusform>%1 — %Ln item</numerusform>
            <numerusform>%1 — %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln item(s), %2×%3 pixels</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln item, %2×%3 pixels</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln items, %2×%3 pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped:</source>
        <translation>
            <numerusform>%Ln file skipped:</numerusform>
            <numerusform>%Ln files skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>Delete %n run</numerusform>
            <numerusform>Delete %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 (%Ln item(s))</source>
        <translation>
            <numerusform>Opened %1 (%Ln item)</numerusform>
            <numerusform>Opened %1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %Ln point(s) selected</source>
        <translation>
            <numerusform>Cluster %1: %Ln point selected</numerusform>
            <numerusform>Cluster %1: %Ln points selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapClusterCommands</name>
    <message numerus="yes">
        <source>Finding clusters of %Ln point(s)…</source>
        <translation>
            <numerusform>Finding clusters of %Ln point…</numerusform>
            <numerusform>Finding clusters of %Ln points…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln cluster(s).</source>
        <translation>
            <numerusform>Found %Ln cluster.</numerusform>
            <numerusform>Found %Ln clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapExports</name>
    <message numerus="yes">
        <source>Wrote %1 (%Ln image(s) shown)</source>
        <translation>
            <numerusform>Wrote %1 (%Ln image shown)</numerusform>
            <numerusform>Wrote %1 (%Ln images shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected point(s)?</source>
        <translation>
            <numerusform>Export only the %Ln selected point?</numerusform>
            <numerusform>Export only the %Ln selected points?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapSearch</name>
    <message numerus="yes">
        <source>Selected %Ln point(s)</source>
        <translation>
            <numerusform>Selected %Ln point</numerusform>
            <numerusform>Selected %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapTools</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection — %Ln image(s)</source>
        <translation>
            <numerusform>Selection — %Ln image</numerusform>
            <numerusform>Selection — %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ParameterDock</name>
    <message numerus="yes">
        <source>%n component(s) keep %1% of the variance.</source>
        <translation>
            <numerusform>%n component keeps %1% of the variance.</numerusform>
            <numerusform>%n components keep %1% of the variance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementCommands</name>
    <message numerus="yes">
        <source>Place %Ln item(s)</source>
        <translation>
            <numerusform>Place %Ln item</numerusform>
            <numerusform>Place %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementController</name>
    <message numerus="yes">
        <source>Placed %Ln new item(s) on the map</source>
        <translation>
            <numerusform>Placed %Ln new item on the map</numerusform>
            <numerusform>Placed %Ln new items on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ReplayDialog</name>
    <message numerus="yes">
        <source>%n frame(s) written to %1 (frame-001.png, frame-002.png, …).</source>
        <translation>
            <numerusform>%n frame written to %1 (frame-001.png, frame-002.png, …).</numerusform>
            <numerusform>%n frames written to %1 (frame-001.png, frame-002.png, …).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ScatterView</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::SelectionTools</name>
    <message numerus="yes">
        <source>%Ln point(s) inside; %1 selected.</source>
        <translation>
            <numerusform>%Ln point inside; %1 selected.</numerusform>
            <numerusform>%Ln points inside; %1 selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepCommands</name>
    <message numerus="yes">
        <source>&amp;Run %n map(s)</source>
        <translation>
            <numerusform>&amp;Run %n map</numerusform>
            <numerusform>&amp;Run %n maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n map(s).</source>
        <translation>
            <numerusform>Sweep done: %n map.</numerusform>
            <numerusform>Sweep done: %n maps.</numerusform>
        </translation>
    </message>
</context>
</TS>
