<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n step(s) · %1 with rests</source>
        <translation>
            <numerusform>%n step · %1 with rests</numerusform>
            <numerusform>%n steps · %1 with rests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <comment>exercise: repetitions</comment>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <comment>exercise: rounds of the work</comment>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) in %1</source>
        <comment>exercise: repetitions in this time</comment>
        <translation>
            <numerusform>%n rep in %1</numerusform>
            <numerusform>%n reps in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s) not saved to history.</source>
        <translation>
            <numerusform>%n step record was not saved to history.</numerusform>
            <numerusform>%n step records were not saved to history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this playlist are missing and skipped.</source>
        <translation>
            <numerusform>%n item of this playlist is missing and skipped.</numerusform>
            <numerusform>%n items of this playlist are missing and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
</context>
</TS>
