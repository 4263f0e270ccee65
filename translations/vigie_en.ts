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
