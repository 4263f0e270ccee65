<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>Vigie::SummaryBuilder</name>
    <message numerus="yes">
        <source>Measures: %n in total</source>
        <translation>
            <numerusform>Measures: %n in total</numerusform><numerusform>Measures: %n in total</numerusform></translation>
    </message>
</context>
</TS>
