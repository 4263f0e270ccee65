<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>Vigie::BriefingView</name>
    <message numerus="yes">
        <source>%n item(s) drafted from the data.</source>
        <translation>
            <numerusform>%n item drafted from the data.</numerusform><numerusform>%n items drafted from the data.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Editor</name>
    <message numerus="yes">
        <source>Remove %n Briefing Item(s)</source>
        <translation>
            <numerusform>Remove %n Briefing Item</numerusform><numerusform>Remove %n Briefing Items</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::ImportDialog</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::ImportReport</name>
    <message numerus="yes">
        <source>Import refused: %n problem(s) found; the portfolio is unchanged.</source>
        <translation>
            <numerusform>Import refused: %n problem(s) found; the portfolio is unchanged.</numerusform><numerusform>Import refused: %n problem(s) found; the portfolio is unchanged.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n measures shown</source>
        <translation>
            <numerusform>%1 of %n measures shown</numerusform><numerusform>%1 of %n measures shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects shown</source>
        <translation>
            <numerusform>%1 of %n projects shown</numerusform><numerusform>%1 of %n projects shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n records shown</source>
        <translation>
            <numerusform>%1 of %n records shown</numerusform><numerusform>%1 of %n records shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n envelopes shown</source>
        <translation>
            <numerusform>%1 of %n envelopes shown</numerusform><numerusform>%1 of %n envelopes shown</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureChecks</name>
    <message numerus="yes">
        <source>%n with status and percent in disagreement</source>
        <translation>
            <numerusform>%n with status and percent in disagreement</numerusform><numerusform>%n with status and percent in disagreement</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n past due</source>
        <translation>
            <numerusform>%n past due</numerusform><numerusform>%n past due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) under way with no project</source>
        <translation>
            <numerusform>%n measure under way with no project</numerusform><numerusform>%n measures under way with no project</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active project(s) serving no measure</source>
        <translation>
            <numerusform>%n active project serving no measure</numerusform><numerusform>%n active projects serving no measure</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) committed beyond what was granted</source>
        <translation>
            <numerusform>%n envelope committed beyond what was granted</numerusform><numerusform>%n envelopes committed beyond what was granted</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::StructureEdits</name>
    <message numerus="yes">
        <source>%n key area(s)</source>
        <translation>
            <numerusform>%n key area</numerusform><numerusform>%n key areas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform><numerusform>%n measures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform><numerusform>%n status changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s)</source>
        <translation>
            <numerusform>%n baseline</numerusform><numerusform>%n baselines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform><numerusform>%n decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between projects and measures</source>
        <translation>
            <numerusform>%n link between projects and measures</numerusform><numerusform>%n links between projects and measures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n frozen value(s) of reporting periods</source>
        <translation>
            <numerusform>%n frozen value of reporting periods</numerusform><numerusform>%n frozen values of reporting periods</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workforce record(s)</source>
        <translation>
            <numerusform>%n workforce record</numerusform><numerusform>%n workforce records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n envelope</numerusform><numerusform>%n envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n briefing item(s)</source>
        <translation>
            <numerusform>%n briefing item</numerusform><numerusform>%n briefing items</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::SummaryBuilder</name>
    <message numerus="yes">
        <source>Measures: %n in total</source>
        <translation>
            <numerusform>Measures: %n in total</numerusform><numerusform>Measures: %n in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Key area %1, %2: %n completed of %3</source>
        <translation>
            <numerusform>  Key area %1, %2: %n completed of %3</numerusform><numerusform>  Key area %1, %2: %n completed of %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>    %1: %Ln projects (%2), %3 (%4)</source>
        <translation>
            <numerusform>    %1: %Ln project (%2), %3 (%4)</numerusform><numerusform>    %1: %n projects (%2), %3 (%4)</numerusform></translation>
    </message>
</context>
</TS>
