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
    <message numerus="yes">
        <source>%n text(s) of this briefing have no %1 form; the document shows them in the other language, marked.</source>
        <translation>
            <numerusform>%n text of this briefing has no %1 form; the document shows it in the other language, marked.</numerusform><numerusform>%n texts of this briefing have no %1 form; the document shows them in the other language, marked.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::ChartDataBuilder</name>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <extracomment>%n is the number completed: "1 of 8 completed" / « 1 réalisée sur 8 »</extracomment>
        <translation>
            <numerusform>%n of %1 completed</numerusform><numerusform>%n of %1 completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 measures completed (%2)</source>
        <translation>
            <numerusform>%n of %1 measures completed (%2)</numerusform><numerusform>%n of %1 measures completed (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 measure completed (%1)</source>
        <translation>
            <numerusform>%n of 1 measure completed (%1)</numerusform><numerusform>%n of 1 measure completed (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Cli</name>
    <message numerus="yes">
        <source>%1: no damage found (file format %2, %Ln project(s)); SQLite's full integrity check passed.</source>
        <translation>
            <numerusform>%1: no damage found (file format %2, %Ln project); SQLite's full integrity check passed.</numerusform><numerusform>%1: no damage found (file format %2, %Ln projects); SQLite's full integrity check passed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing was merged. Decide them with --prefer mine or --prefer theirs, or in Vigie (File → Merge Copies…).</source>
        <translation>
            <numerusform>%n conflict: nothing was merged. Decide it with --prefer mine or --prefer theirs, or in Vigie (File → Merge Copies…).</numerusform><numerusform>%n conflicts: nothing was merged. Decide them with --prefer mine or --prefer theirs, or in Vigie (File → Merge Copies…).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n text(s) shown in the briefing lack their form in its language; the other language's is shown, marked:</source>
        <translation>
            <numerusform>Warning: %n text shown in the briefing lacks its form in the briefing's language; the other language's is shown, marked:</numerusform><numerusform>Warning: %n texts shown in the briefing lack their form in the briefing's language; the other language's is shown, marked:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active project(s) changed computed colour, %1 of them as shown on the dashboards.</source>
        <translation>
            <numerusform>%n active project changed computed colour, %1 of them as shown on the dashboards.</numerusform><numerusform>%n active projects changed computed colour, %1 of them as shown on the dashboards.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::CompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n field differs</numerusform><numerusform>%n fields differ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only in the other portfolio</source>
        <translation>
            <numerusform>%n item only in the other portfolio</numerusform><numerusform>%n items only in the other portfolio</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only in this one</source>
        <translation>
            <numerusform>%n item only in this one</numerusform><numerusform>%n items only in this one</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed</source>
        <translation>
            <numerusform>%n item changed</numerusform><numerusform>%n items changed</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Editor</name>
    <message numerus="yes">
        <source>Remove %n Briefing Item(s)</source>
        <translation>
            <numerusform>Remove %n Briefing Item</numerusform><numerusform>Remove %n Briefing Items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Measure(s) Still Accurate</source>
        <translation>
            <numerusform>Confirm %n Measure Still Accurate</numerusform><numerusform>Confirm %n Measures Still Accurate</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Project(s) Still Accurate</source>
        <translation>
            <numerusform>Confirm %n Project Still Accurate</numerusform><numerusform>Confirm %n Projects Still Accurate</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Envelope(s)</source>
        <translation>
            <numerusform>Delete %n Envelope</numerusform><numerusform>Delete %n Envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Workforce Record(s)</source>
        <translation>
            <numerusform>Delete %n Workforce Record</numerusform><numerusform>Delete %n Workforce Records</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::EnvelopeWhatIf</name>
    <message numerus="yes">
        <source>Change the granted amount of the %n envelope(s) shown by %1 in the portfolio? Edit → Undo takes it back.</source>
        <translation>
            <numerusform>Change the granted amount of the envelope shown by %1 in the portfolio? Edit → Undo takes it back.</numerusform><numerusform>Change the granted amounts of the %n envelopes shown by %1 in the portfolio? Edit → Undo takes it back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adjust Granted Amounts of %n Envelope(s) by %1</source>
        <translation>
            <numerusform>Adjust Granted Amount of %n Envelope by %1</numerusform><numerusform>Adjust Granted Amounts of %n Envelopes by %1</numerusform></translation>
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
            <numerusform>Import refused: %n problem found; the portfolio is unchanged.</numerusform><numerusform>Import refused: %n problems found; the portfolio is unchanged.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::IntegrityCheck</name>
    <message numerus="yes">
        <source>%n row(s) of %1 refer to rows that do not exist</source>
        <translation>
            <numerusform>%n row of %1 refers to a row that does not exist</numerusform><numerusform>%n rows of %1 refer to rows that do not exist</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s), %1 first, hold an original baseline that is not their first baseline row</source>
        <translation>
            <numerusform>%Ln project (%1) holds an original baseline that is not its first baseline row</numerusform><numerusform>%Ln projects, %1 first, hold an original baseline that is not their first baseline row</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message numerus="yes">
        <source>%1, %n envelope(s) shown: planned needs %2 · granted %3 · committed %4 · gap %5</source>
        <translation>
            <numerusform>%1, %n envelope shown: planned needs %2 · granted %3 · committed %4 · gap %5</numerusform><numerusform>%1, %n envelopes shown: planned needs %2 · granted %3 · committed %4 · gap %5</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measures shown</source>
        <translation>
            <numerusform>%1 of %Ln measure shown</numerusform><numerusform>%1 of %Ln measures shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared ≠ computed</source>
        <translation>
            <numerusform>%Ln declared ≠ computed</numerusform><numerusform>%Ln declared ≠ computed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale</source>
        <translation>
            <numerusform>%Ln stale</numerusform><numerusform>%Ln stale</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln envelopes shown</source>
        <translation>
            <numerusform>%1 of %Ln envelope shown</numerusform><numerusform>%1 of %Ln envelopes shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 active of %Ln projects</source>
        <translation>
            <numerusform>%1 active of %Ln project</numerusform><numerusform>%1 active of %Ln projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 completed of %Ln projects</source>
        <translation>
            <numerusform>%1 completed of %Ln project</numerusform><numerusform>%1 completed of %Ln projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled of %Ln projects</source>
        <translation>
            <numerusform>%1 cancelled of %Ln project</numerusform><numerusform>%1 cancelled of %Ln projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln projects shown</source>
        <translation>
            <numerusform>%1 of %Ln project shown</numerusform><numerusform>%1 of %Ln projects shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform><numerusform>%Ln measures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active project(s)</source>
        <translation>
            <numerusform>%Ln active project</numerusform><numerusform>%Ln active projects</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MeasureChecks</name>
    <message numerus="yes">
        <source>%Ln with status and percent in disagreement</source>
        <translation>
            <numerusform>%Ln with status and percent in disagreement</numerusform><numerusform>%Ln with status and percent in disagreement</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln past due</source>
        <translation>
            <numerusform>%Ln past due</numerusform><numerusform>%Ln past due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s) under way with no project</source>
        <translation>
            <numerusform>%Ln measure under way with no project</numerusform><numerusform>%Ln measures under way with no project</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active project(s) serving no measure</source>
        <translation>
            <numerusform>%Ln active project serving no measure</numerusform><numerusform>%Ln active projects serving no measure</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln envelope(s) committed beyond what was granted</source>
        <translation>
            <numerusform>%Ln envelope committed beyond what was granted</numerusform><numerusform>%Ln envelopes committed beyond what was granted</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MergeDialog</name>
    <message numerus="yes">
        <source>%n change(s) come in from the copies without conflict.</source>
        <translation>
            <numerusform>%n change comes in from the copies without conflict.</numerusform><numerusform>%n changes come in from the copies without conflict.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: for each, keep this file's value or take the copy's.</source>
        <translation>
            <numerusform>%n conflict needs your decision: keep this file's value or take the copy's.</numerusform><numerusform>%n conflicts need your decision: for each, keep this file's value or take the copy's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) outside the copy's organization ignored: %1</source>
        <translation>
            <numerusform>%n change outside the copy's organization ignored: %1</numerusform><numerusform>%n changes outside the copy's organization ignored: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the copy not taken in: %1</source>
        <translation>
            <numerusform>%n change in the copy not taken in: %1</numerusform><numerusform>%n changes in the copy not taken in: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MergeHistory</name>
    <message numerus="yes">
        <source>Copy %1, merged %2 by %3: %n change(s) taken in</source>
        <translation>
            <numerusform>Copy %1, merged %2 by %3: %n change taken in</numerusform><numerusform>Copy %1, merged %2 by %3: %n changes taken in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided for this file</source>
        <translation>
            <numerusform>%n conflict decided for this file</numerusform><numerusform>%n conflicts decided for this file</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MergePlan</name>
    <message numerus="yes">
        <source>%n change(s) outside the copy's organization ignored:</source>
        <translation>
            <numerusform>%n change outside the copy's organization ignored:</numerusform><numerusform>%n changes outside the copy's organization ignored:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the copy not taken in:</source>
        <translation>
            <numerusform>%n change in the copy not taken in:</numerusform><numerusform>%n changes in the copy not taken in:</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Merger</name>
    <message numerus="yes">
        <source>Merge %n Copies (%1)</source>
        <translation>
            <numerusform>Merge %n Copy (%1)</numerusform><numerusform>Merge %n Copies (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was merged.</source>
        <translation>
            <numerusform>%n conflict needs a decision; nothing was merged.</numerusform><numerusform>%n conflicts need a decision; nothing was merged.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MoversAnalysis</name>
    <message numerus="yes">
        <source>Worse: %n project(s)</source>
        <translation>
            <numerusform>Worse: %n project</numerusform><numerusform>Worse: %n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Better: %n project(s)</source>
        <translation>
            <numerusform>Better: %n project</numerusform><numerusform>Better: %n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>New: %n project(s)</source>
        <translation>
            <numerusform>New: %n project</numerusform><numerusform>New: %n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No longer reported: %n project(s)</source>
        <translation>
            <numerusform>No longer reported: %n project</numerusform><numerusform>No longer reported: %n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n project(s)</source>
        <translation>
            <numerusform>Unchanged: %n project</numerusform><numerusform>Unchanged: %n projects</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::MoversPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) kept their overall colour (as the dashboards show it: declared where set, else computed).</source>
        <translation>
            <numerusform>%n project kept its overall colour (as the dashboards show it: declared where set, else computed).</numerusform><numerusform>%n projects kept their overall colour (as the dashboards show it: declared where set, else computed).</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::OverviewPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n of %1 measures completed&lt;/b&gt; (%2)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n of %1 measures completed&lt;/b&gt; (%2)&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;%n of %1 measures completed&lt;/b&gt; (%2)&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <extracomment>"1 completed of 8" / « 1 réalisée sur 8 »: %n is the completed count</extracomment>
        <translation>
            <numerusform>%n of %1 completed</numerusform><numerusform>%n of %1 completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln measure(s)&lt;/a&gt; not updated since %2 (stale)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln measure&lt;/a&gt; not updated since %2 (stale)</numerusform><numerusform>&lt;a href="%1"&gt;%Ln measures&lt;/a&gt; not updated since %2 (stale)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln active project(s)&lt;/a&gt;&lt;/b&gt;, authorized budgets %2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln active project&lt;/a&gt;&lt;/b&gt;, authorized budget %2&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;&lt;a href="%1"&gt;%Ln active projects&lt;/a&gt;&lt;/b&gt;, authorized budgets %2&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln project(s)&lt;/a&gt; declared greener than computed (%2)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln project&lt;/a&gt; declared greener than computed (%2)</numerusform><numerusform>&lt;a href="%1"&gt;%Ln projects&lt;/a&gt; declared greener than computed (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href="%1"&gt;%Ln project(s)&lt;/a&gt; not updated since %2 (stale)</source>
        <translation>
            <numerusform>&lt;a href="%1"&gt;%Ln project&lt;/a&gt; not updated since %2 (stale)</numerusform><numerusform>&lt;a href="%1"&gt;%Ln projects&lt;/a&gt; not updated since %2 (stale)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n of 1 measure completed&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n of 1 measure completed&lt;/b&gt; (%1)&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;%n of 1 measure completed&lt;/b&gt; (%1)&lt;/p&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::PortfolioFile</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform><numerusform> (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete %1: it was reported in %n frozen reporting period(s), and deleting it would change what was reported. Mark it cancelled instead, or delete those periods first.</source>
        <translation>
            <numerusform>Cannot delete %1: it was reported in %n frozen reporting period, and deleting it would change what was reported. Mark it cancelled instead, or delete that period first.</numerusform><numerusform>Cannot delete %1: it was reported in %n frozen reporting periods, and deleting it would change what was reported. Mark it cancelled instead, or delete those periods first.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::RecordActions</name>
    <message numerus="yes">
        <source>Delete the %n selected envelope(s)?</source>
        <translation>
            <numerusform>Delete the selected envelope?</numerusform><numerusform>Delete the %n selected envelopes?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected workforce record(s)?</source>
        <translation>
            <numerusform>Delete the selected workforce record?</numerusform><numerusform>Delete the %n selected workforce records?</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::RulePreviewer</name>
    <message numerus="yes">
        <source>%n active project(s) would change computed colour, %1 of them as shown on the dashboards (declared colours stay).</source>
        <translation>
            <numerusform>%n active project would change computed colour, %1 of them as shown on the dashboards (declared colours stay).</numerusform><numerusform>%n active projects would change computed colour, %1 of them as shown on the dashboards (declared colours stay).</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::Salvage</name>
    <message numerus="yes">
        <source>%n damaged part(s) skipped</source>
        <translation>
            <numerusform>%n damaged part skipped</numerusform><numerusform>%n damaged parts skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) skipped, an unknown number of rows lost</source>
        <translation>
            <numerusform>%n damaged part skipped, an unknown number of rows lost</numerusform><numerusform>%n damaged parts skipped, an unknown number of rows lost</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of rows that could belong to more than one table were left out.</source>
        <translation>
            <numerusform>%n page of rows that could belong to more than one table was left out.</numerusform><numerusform>%n pages of rows that could belong to more than one table were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: recovered copy written with %Ln row(s).</source>
        <translation>
            <numerusform>%1: recovered copy written with %Ln row.</numerusform><numerusform>%1: recovered copy written with %Ln rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable row(s) lost</source>
        <translation>
            <numerusform>%Ln unreadable row lost</numerusform><numerusform>%Ln unreadable rows lost</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read from pages the damage had cut off</source>
        <translation>
            <numerusform>%Ln row read from pages the damage had cut off</numerusform><numerusform>%Ln rows read from pages the damage had cut off</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) breaking the file's rules left out</source>
        <translation>
            <numerusform>%Ln row breaking the file's rules left out</numerusform><numerusform>%Ln rows breaking the file's rules left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) dropped because the row they belong to was lost</source>
        <translation>
            <numerusform>%Ln row dropped because the row it belongs to was lost</numerusform><numerusform>%Ln rows dropped because the row they belong to was lost</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) kept without their link to a lost row</source>
        <translation>
            <numerusform>%Ln row kept without its link to a lost row</numerusform><numerusform>%Ln rows kept without their link to a lost row</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::StrategyModel</name>
    <message numerus="yes">
        <source>%n of %1 completed</source>
        <translation>
            <numerusform>%n of %1 completed</numerusform><numerusform>%n of %1 completed</numerusform></translation>
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
        <source>  Key area %1, %2: %n completed of %3</source>
        <translation>
            <numerusform>  Key area %1, %2: %n completed of %3</numerusform><numerusform>  Key area %1, %2: %n completed of %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>    %1: %Ln projects (%2), %3 (%4)</source>
        <translation>
            <numerusform>    %1: %Ln project (%2), %3 (%4)</numerusform><numerusform>    %1: %n projects (%2), %3 (%4)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Declared greener than computed: %n project(s) (%1)</source>
        <translation>
            <numerusform>Declared greener than computed: %n project (%1)</numerusform><numerusform>Declared greener than computed: %n projects (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Re-baselined: %n project(s); against original baselines: %1 green, %2 yellow, %3 red</source>
        <translation>
            <numerusform>  Re-baselined: %n project; against original baselines: %1 green, %2 yellow, %3 red</numerusform><numerusform>  Re-baselined: %n projects; against original baselines: %1 green, %2 yellow, %3 red</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Measures: %Ln in total</source>
        <translation>
            <numerusform>Measures: %Ln in total</numerusform><numerusform>Measures: %Ln in total</numerusform></translation>
    </message>
</context>
<context>
    <name>Vigie::WorkforcePage</name>
    <message numerus="yes">
        <source>%1 of %n specialties shown</source>
        <translation>
            <numerusform>%1 of %n specialty shown</numerusform><numerusform>%1 of %n specialties shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform><numerusform>%n at risk</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n records shown</source>
        <translation>
            <numerusform>%1 of %n records shown</numerusform><numerusform>%1 of %n records shown</numerusform></translation>
    </message>
</context>
</TS>
