<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ImportArticlesCommand</name>
        <message numerus="yes">
            <source>Import %n Article(s)</source>
            <translation>
                <numerusform>Import %n Article</numerusform>
                <numerusform>Import %n Articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>%n would be added</source>
            <translation>
                <numerusform>%n would be added</numerusform>
                <numerusform>%n would be added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n would be replaced</source>
            <translation>
                <numerusform>%n would be replaced</numerusform>
                <numerusform>%n would be replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>%n replaced</numerusform>
                <numerusform>%n replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>%n already present</numerusform>
                <numerusform>%n already present</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: kept the stored version of %n incident(s) that differ from the file (use --replace to take the file's): %2</source>
            <translation>
                <numerusform>%1: kept the stored version of %n incident that differs from the file (use --replace to take the file's): %2</numerusform>
                <numerusform>%1: kept the stored version of %n incidents that differ from the file (use --replace to take the file's): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n incident(s): %2</source>
            <translation>
                <numerusform>%1: %n incident: %2</numerusform>
                <numerusform>%1: %n incidents: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StixReader</name>
        <message numerus="yes">
            <source>%n incident(s) from another tool: mapped name, description, sources, victims, place, threat actor, data categories and attack types; dates, victim kind and impacts are not in STIX and stay empty</source>
            <translation>
                <numerusform>%n incident from another tool: mapped name, description, sources, victims, place, threat actor, data categories and attack types; dates, victim kind and impacts are not in STIX and stay empty</numerusform>
                <numerusform>%n incidents from another tool: mapped name, description, sources, victims, place, threat actor, data categories and attack types; dates, victim kind and impacts are not in STIX and stay empty</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n object(s) of type %1</source>
            <translation>
                <numerusform>skipped %n object of type %1</numerusform>
                <numerusform>skipped %n objects of type %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::import</name>
        <message numerus="yes">
            <source>%n page(s) without text</source>
            <translation>
                <numerusform>%n page without text</numerusform>
                <numerusform>%n pages without text</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ChartData</name>
        <message numerus="yes">
            <source>%n incident(s) name no threat actor.</source>
            <translation>
                <numerusform>%n incident names no threat actor.</numerusform>
                <numerusform>%n incidents name no threat actor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) without a date.</source>
            <translation>
                <numerusform>%n incident without a date.</numerusform>
                <numerusform>%n incidents without a date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n incident(s) known only to the year.</source>
            <translation>
                <numerusform>Not shown: %n incident known only to the year.</numerusform>
                <numerusform>Not shown: %n incidents known only to the year.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n incident(s) without a date.</source>
            <translation>
                <numerusform>Not shown: %n incident without a date.</numerusform>
                <numerusform>Not shown: %n incidents without a date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Other (%n)</source>
            <translation>
                <numerusform>Other (%n)</numerusform>
                <numerusform>Other (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::DataExportDialog</name>
        <message numerus="yes">
            <source>%n incident(s): the filtered set, as the table shows it.</source>
            <translation>
                <numerusform>%n incident: the filtered set, as the table shows it.</numerusform>
                <numerusform>%n incidents: the filtered set, as the table shows it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::DataTransfer</name>
        <message numerus="yes">
            <source>Exporting %n incident(s)…</source>
            <translation>
                <numerusform>Exporting %n incident…</numerusform>
                <numerusform>Exporting %n incidents…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n incident(s) read</source>
            <translation>
                <numerusform>%1 (%2): %n incident read</numerusform>
                <numerusform>%1 (%2): %n incidents read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>%n already present</numerusform>
                <numerusform>%n already present</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stored incident(s) differ from the file and were kept as they are (use 'vigie import --replace' to take the file's): %1</source>
            <translation>
                <numerusform>%n stored incident differs from the file and was kept as it is (use 'vigie import --replace' to take the file's): %1</numerusform>
                <numerusform>%n stored incidents differ from the file and were kept as they are (use 'vigie import --replace' to take the file's): %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FacetList</name>
        <message numerus="yes">
            <source>%1: %n incident(s) under the other filters</source>
            <translation>
                <numerusform>%1: %n incident under the other filters</numerusform>
                <numerusform>%1: %n incidents under the other filters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n selected)</source>
            <translation>
                <numerusform>%1 (%n selected)</numerusform>
                <numerusform>%1 (%n selected)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::FilterText</name>
        <message numerus="yes">
            <source>Vigie — %n incident(s) — %1</source>
            <translation>
                <numerusform>Vigie — %n incident — %1</numerusform>
                <numerusform>Vigie — %n incidents — %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ImportOutcomeDialog</name>
        <message numerus="yes">
            <source>%n new incident(s)</source>
            <translation>
                <numerusform>%n new incident</numerusform>
                <numerusform>%n new incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s) added</source>
            <translation>
                <numerusform>%n source added</numerusform>
                <numerusform>%n sources added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s): %1</source>
            <translation>
                <numerusform>Imported %n article: %1</numerusform>
                <numerusform>Imported %n articles: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::ImportStatus</name>
        <message numerus="yes">
            <source>Storing %n article(s)…</source>
            <translation>
                <numerusform>Storing %n article…</numerusform>
                <numerusform>Storing %n articles…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading articles: %1 of %n</source>
            <translation>
                <numerusform>Reading articles: %1 of %n</numerusform>
                <numerusform>Reading articles: %1 of %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::IncidentDetailPane</name>
        <message numerus="yes">
            <source>%n incident(s) selected; showing the current one.</source>
            <translation>
                <numerusform>%n incident selected.</numerusform>
                <numerusform>%n incidents selected; showing the current one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::IncidentTableModel</name>
        <message numerus="yes">
            <source>%1 (+%n more)</source>
            <translation>
                <numerusform>%1 (+%n more)</numerusform>
                <numerusform>%1 (+%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MainWindow</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n incident(s)</source>
            <translation>
                <numerusform>%1 of %n incident</numerusform>
                <numerusform>%1 of %n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapLayout</name>
        <message numerus="yes">
            <source>%n incident(s) without a known town not shown</source>
            <translation>
                <numerusform>%n incident without a known town not shown</numerusform>
                <numerusform>%n incidents without a known town not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::MapView</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n town(s)</source>
            <translation>
                <numerusform>%n town</numerusform>
                <numerusform>%n towns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more town(s)</source>
            <translation>
                <numerusform>and %n more town</numerusform>
                <numerusform>and %n more towns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Select all %n incident(s)</source>
            <translation>
                <numerusform>Select the incident</numerusform>
                <numerusform>Select all %n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::Report</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>records affected, stated for %n incident(s)</source>
            <translation>
                <numerusform>records affected, stated for %n incident</numerusform>
                <numerusform>records affected, stated for %n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::TimelineView</name>
        <message numerus="yes">
            <source>%n incident(s) known only to the month: %1</source>
            <translation>
                <numerusform>%n incident known only to the month: %1</numerusform>
                <numerusform>%n incidents known only to the month: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) known only to the year: %1</source>
            <translation>
                <numerusform>%n incident known only to the year: %1</numerusform>
                <numerusform>%n incidents known only to the year: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more incident(s), %1
Click to zoom in</source>
            <translation>
                <numerusform>%n more incident, %1
Click to zoom in</numerusform>
                <numerusform>%n more incidents, %1
Click to zoom in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s), %1</source>
            <translation>
                <numerusform>%n incident, %1</numerusform>
                <numerusform>%n incidents, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more undated incident(s)</source>
            <translation>
                <numerusform>%n more undated incident</numerusform>
                <numerusform>%n more undated incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::IncidentComparison</name>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vigie::ui::review::ReviewDialog</name>
        <message numerus="yes">
            <source>%n article(s) accepted automatically</source>
            <translation>
                <numerusform>%n article accepted automatically</numerusform>
                <numerusform>%n articles accepted automatically</numerusform>
            </translation>
        </message>
    </context>
</TS>
