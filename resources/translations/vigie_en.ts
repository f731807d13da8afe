<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    
    
</TS>
