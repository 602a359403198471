<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CalendarChart</name>
    <message numerus="yes">
        <source>%n session(s), %1 min</source>
        <translation>
            <numerusform>%n session, %1 min</numerusform>
            <numerusform>%n sessions, %1 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation>
            <numerusform>%1 of %n routine</numerusform>
            <numerusform>%1 of %n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopTimeline</name>
    <message numerus="yes">
        <source>Loop: frames %1–%2 (%n frame(s), %3 s)</source>
        <translation>
            <numerusform>Loop: frames %1–%2 (%n frame, %3 s)</numerusform>
            <numerusform>Loop: frames %1–%2 (%n frames, %3 s)</numerusform>
        </translation>
    </message>
</context>
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
    <name>MessagePlurals</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>a list of %n item</numerusform>
            <numerusform>a list of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a text of %n character(s)</source>
        <translation>
            <numerusform>a text of %n character</numerusform>
            <numerusform>a text of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the playlist &quot;{title}&quot; (%n item(s)){extra}</source>
        <translation>
            <numerusform>imported the playlist &quot;{title}&quot; (%n item){extra}</numerusform>
            <numerusform>imported the playlist &quot;{title}&quot; (%n items){extra}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n new routine(s)</source>
        <translation>
            <numerusform> with %n new routine</numerusform>
            <numerusform> with %n new routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the routine &quot;{title}&quot; (%n step(s))</source>
        <translation>
            <numerusform>imported the routine &quot;{title}&quot; (%n step)</numerusform>
            <numerusform>imported the routine &quot;{title}&quot; (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{clip}: a loop cannot be marked on a clip of %n frame(s); it needs at least two</source>
        <translation>
            <numerusform>{clip}: a loop cannot be marked on a clip of %n frame; it needs at least two</numerusform>
            <numerusform>{clip}: a loop cannot be marked on a clip of %n frames; it needs at least two</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <source>%1 · %n step(s) done</source>
        <translation>
            <numerusform>%1 · %n step done</numerusform>
            <numerusform>%1 · %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>steps skipped</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s)</source>
        <translation>
            <numerusform>%n step record</numerusform>
            <numerusform>%n step records</numerusform>
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
        <source>%n second(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>playlist items</comment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be played (⚠)</source>
        <translation>
            <numerusform>%n item cannot be played (⚠)</numerusform>
            <numerusform>%n items cannot be played (⚠)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uses %n file(s) from outside its folder</source>
        <translation>
            <numerusform>%1 uses %n file from outside its folder</numerusform>
            <numerusform>%1 uses %n files from outside its folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the sheet of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Saved the sheet of %1 (%n page) to %2.</numerusform>
            <numerusform>Saved the sheet of %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of %1 to the printer.</source>
        <translation>
            <numerusform>Sent %n page of %1 to the printer.</numerusform>
            <numerusform>Sent %n pages of %1 to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of %1 cannot show a clip (marked ⚠); the rest plays as usual.</source>
        <translation>
            <numerusform>%n step of %1 cannot show a clip (marked ⚠); the rest plays as usual.</numerusform>
            <numerusform>%n steps of %1 cannot show a clip (marked ⚠); the rest plays as usual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, marked beside their fields)</source>
        <translation>
            <numerusform>(and %n more, marked beside its field)</numerusform>
            <numerusform>(and %n more, marked beside their fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n day(s))</source>
        <translation>
            <numerusform>(longest %n day)</numerusform>
            <numerusform>(longest %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row</source>
        <translation>
            <numerusform>%n week in a row</numerusform>
            <numerusform>%n weeks in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n day(s) practised</source>
        <translation>
            <numerusform>with %n day practised</numerusform>
            <numerusform>with %n days practised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n week(s))</source>
        <translation>
            <numerusform>(longest %n week)</numerusform>
            <numerusform>(longest %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) at level %1 with little pain and moderate effort: ready for level %2?</source>
        <translation>
            <numerusform>%n session at level %1 with little pain and moderate effort: ready for level %2?</numerusform>
            <numerusform>%n sessions at level %1 with little pain and moderate effort: ready for level %2?</numerusform>
        </translation>
    </message>
</context>
</TS>
