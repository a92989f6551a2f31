<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>tse::gui::DatasetDock</name>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1 — %n item</numerusform>
            <numerusform>%1 — %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n item(s), %2×%3 pixels</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n item, %2×%3 pixels</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n items, %2×%3 pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped; first: %1</source>
        <translation>
            <numerusform>%n file skipped; first: %1</numerusform>
            <numerusform>%n files skipped; first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 (%n item(s))</source>
        <translation>
            <numerusform>Opened %1 (%n item)</numerusform>
            <numerusform>Opened %1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>Delete %n run</numerusform>
            <numerusform>Delete %n runs</numerusform>
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
    <name>tse::gui::ScatterView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
