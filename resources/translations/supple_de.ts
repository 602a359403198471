<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Playing without libVLC</source>
        <extracomment>How long the store waits for the first frame before it opens anyway (a clip that never shows). Libraries that nothing before the first frame needs; the start-up report says which are loaded.</extracomment>
        <translation>Wiedergabe ohne libVLC</translation>
    </message>
    <message>
        <source>Supple opened it read-only: history is shown but nothing new is saved.</source>
        <translation>Supple hat sie schreibgeschützt geöffnet: Der Verlauf wird angezeigt, aber nichts Neues gespeichert.</translation>
    </message>
    <message>
        <source>Supple could not open its database: %1. Nothing will be saved this time.</source>
        <translation>Supple konnte seine Datenbank nicht öffnen: %1. Diesmal wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Your history was repaired</source>
        <translation>Ihr Verlauf wurde repariert</translation>
    </message>
</context>
<context>
    <name>CalendarChart</name>
    <message>
        <source>Calendar of days practised</source>
        <extracomment>Okabe-Ito colours: told apart with every common colour-vision deficiency. Minutes a day at which the calendar&apos;s colour is fullest.</extracomment>
        <translation>Kalender der Übungstage</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no session that day</comment>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 min</source>
        <translation>
            <numerusform>%n Einheit, %1 Min.</numerusform>
            <numerusform>%n Einheiten, %1 Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Supple hit a problem</source>
        <translation>In Supple ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Supple keeps running, but what you were doing may not have finished. The details are in the log:
%1</source>
        <translation>Supple läuft weiter, aber Ihre letzte Aktion wurde womöglich nicht abgeschlossen. Die Einzelheiten stehen im Protokoll:
%1</translation>
    </message>
</context>
<context>
    <name>Expected</name>
    <message>
        <source>a JSON object { ... } holding the playlist</source>
        <translation>ein JSON-Objekt { ... }, das die Playlist enthält</translation>
    </message>
    <message>
        <source>&quot;supple.playlist/1&quot; (the version of the playlist format this file is written in)</source>
        <translation>&quot;supple.playlist/1&quot; (die Version des Playlist-Formats, in dem diese Datei geschrieben ist)</translation>
    </message>
    <message>
        <source>an id made of lower-case letters, digits and single hyphens, such as &quot;morning-warm-up&quot;</source>
        <translation>eine ID aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, etwa &quot;morning-warm-up&quot;</translation>
    </message>
    <message>
        <source>a title (a text of 1 to 80 characters)</source>
        <translation>ein Titel (ein Text mit 1 bis 80 Zeichen)</translation>
    </message>
    <message>
        <source>a list of items in square brackets [ ... ], at most 1000</source>
        <translation>eine Liste von Einträgen in eckigen Klammern [ ... ], höchstens 1000</translation>
    </message>
    <message>
        <source>a list of blocks in square brackets, such as [{&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}]</source>
        <translation>eine Liste von Blöcken in eckigen Klammern, etwa [{&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}]</translation>
    </message>
    <message>
        <source>an id made of lower-case letters, digits and single hyphens, such as &quot;hip-off-floor&quot;</source>
        <translation>eine ID aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, etwa &quot;hip-off-floor&quot;</translation>
    </message>
    <message>
        <source>an item: an object { ... } with at least &quot;routine&quot;, such as {&quot;routine&quot;: &quot;scorpion-stretch&quot;, &quot;step&quot;: &quot;hips-at-90&quot;}</source>
        <translation>ein Eintrag: ein Objekt { ... } mit mindestens &quot;routine&quot;, etwa {&quot;routine&quot;: &quot;scorpion-stretch&quot;, &quot;step&quot;: &quot;hips-at-90&quot;}</translation>
    </message>
    <message>
        <source>the id of a routine in the library, such as &quot;scorpion-stretch&quot;</source>
        <translation>die ID einer Routine in der Bibliothek, etwa &quot;scorpion-stretch&quot;</translation>
    </message>
    <message>
        <source>an object of changes to the step, such as {&quot;sets&quot;: 1, &quot;speed&quot;: 0.75}</source>
        <translation>ein Objekt mit Änderungen am Schritt, etwa {&quot;sets&quot;: 1, &quot;speed&quot;: 0.75}</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>eine ganze Zahl, 1 oder größer</translation>
    </message>
    <message>
        <source>a playback speed from 0.25 (a quarter of normal speed) to 2 (twice as fast)</source>
        <translation>eine Wiedergabegeschwindigkeit von 0.25 (ein Viertel der normalen Geschwindigkeit) bis 2 (doppelt so schnell)</translation>
    </message>
    <message>
        <source>a block: an object such as {&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}</source>
        <translation>ein Block: ein Objekt wie {&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}</translation>
    </message>
    <message>
        <source>the position of the block&apos;s first item in &quot;items&quot;, counting from 0</source>
        <translation>die Position des ersten Eintrags des Blocks in &quot;items&quot;, von 0 an gezählt</translation>
    </message>
    <message>
        <source>the position of the block&apos;s last item in &quot;items&quot;, counting from 0</source>
        <translation>die Position des letzten Eintrags des Blocks in &quot;items&quot;, von 0 an gezählt</translation>
    </message>
    <message>
        <source>how many times to play the block, a whole number from 1 to 100</source>
        <translation>wie oft der Block gespielt wird, eine ganze Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>how many times to play the item, a whole number from 1 to 100</source>
        <translation>wie oft der Eintrag gespielt wird, eine ganze Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>a loop [start, end] in seconds, such as [0, 4]</source>
        <translation>eine Schleife [Anfang, Ende] in Sekunden, etwa [0, 4]</translation>
    </message>
    <message>
        <source>a time in seconds, from 0 to 86400 (24 hours)</source>
        <translation>eine Zeit in Sekunden, von 0 bis 86400 (24 Stunden)</translation>
    </message>
    <message>
        <source>a number of seconds from 0.5 to 3600</source>
        <translation>eine Anzahl Sekunden von 0.5 bis 3600</translation>
    </message>
    <message>
        <source>a number of seconds, 0 or more</source>
        <translation>eine Anzahl Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a JSON object { ... } holding the routine</source>
        <translation>ein JSON-Objekt { ... }, das die Routine enthält</translation>
    </message>
    <message>
        <source>&quot;supple.routine/1&quot; (the version of the routine format this file is written in)</source>
        <translation>&quot;supple.routine/1&quot; (die Version des Routinenformats, in dem diese Datei geschrieben ist)</translation>
    </message>
    <message>
        <source>a list of tags in square brackets, such as [&quot;hips&quot;, &quot;warm-up&quot;]</source>
        <translation>eine Liste von Schlagwörtern in eckigen Klammern, etwa [&quot;hips&quot;, &quot;warm-up&quot;]</translation>
    </message>
    <message>
        <source>a tag (a short text of up to 40 characters)</source>
        <translation>ein Schlagwort (ein kurzer Text mit bis zu 40 Zeichen)</translation>
    </message>
    <message>
        <source>an object { ... } naming each clip, such as {&quot;p1&quot;: {&quot;file&quot;: &quot;clips/p1.mp4&quot;}}</source>
        <translation>ein Objekt { ... }, das jeden Clip benennt, etwa {&quot;p1&quot;: {&quot;file&quot;: &quot;clips/p1.mp4&quot;}}</translation>
    </message>
    <message>
        <source>a list of steps in square brackets [ ... ] with at least one step</source>
        <translation>eine Liste von Schritten in eckigen Klammern [ ... ] mit mindestens einem Schritt</translation>
    </message>
    <message>
        <source>a text in double quotes</source>
        <translation>ein Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a cue (one short line of 1 to 120 characters)</source>
        <translation>ein Hinweis (eine kurze Zeile mit 1 bis 120 Zeichen)</translation>
    </message>
    <message>
        <source>a file path relative to the routine file, such as &quot;clips/p1.mp4&quot;</source>
        <translation>ein Dateipfad relativ zur Routinendatei, etwa &quot;clips/p1.mp4&quot;</translation>
    </message>
    <message>
        <source>an object such as {&quot;file&quot;: &quot;clips/p1.mp4&quot;, &quot;poster&quot;: &quot;clips/p1.png&quot;}</source>
        <translation>ein Objekt wie {&quot;file&quot;: &quot;clips/p1.mp4&quot;, &quot;poster&quot;: &quot;clips/p1.png&quot;}</translation>
    </message>
    <message>
        <source>a step: an object { ... } with at least &quot;id&quot;, &quot;title&quot;, &quot;clip&quot; and either &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>ein Schritt: ein Objekt { ... } mit mindestens &quot;id&quot;, &quot;title&quot;, &quot;clip&quot; und entweder &quot;hold&quot; oder &quot;reps&quot;</translation>
    </message>
    <message>
        <source>a list of cues in square brackets, such as [&quot;Breathe out as you lift&quot;]</source>
        <translation>eine Liste von Hinweisen in eckigen Klammern, etwa [&quot;Beim Anheben ausatmen&quot;]</translation>
    </message>
    <message>
        <source>the id of one of the clips listed under &quot;clips&quot;</source>
        <translation>die ID eines der unter &quot;clips&quot; aufgeführten Clips</translation>
    </message>
    <message>
        <source>an object such as {&quot;left&quot;: [0, 4], &quot;right&quot;: [4, 8]}</source>
        <translation>ein Objekt wie {&quot;left&quot;: [0, 4], &quot;right&quot;: [4, 8]}</translation>
    </message>
    <message>
        <source>&quot;supple.routine/2&quot; (the version of the routine format this file is written in)</source>
        <translation>&quot;supple.routine/2&quot; (die Version des Routinenformats, in dem diese Datei geschrieben ist)</translation>
    </message>
    <message>
        <source>an object { ... } of translations by language tag, such as {&quot;de&quot;: {&quot;title&quot;: &quot;Skorpion-Dehnung&quot;}}</source>
        <translation>ein Objekt { ... } mit Übersetzungen nach Sprachkürzel, etwa {&quot;de&quot;: {&quot;title&quot;: &quot;Skorpion-Dehnung&quot;}}</translation>
    </message>
    <message>
        <source>a language tag such as &quot;de&quot;, &quot;es&quot; or &quot;pt-BR&quot; (language in lower case, region in upper case)</source>
        <translation>ein Sprachkürzel wie &quot;de&quot;, &quot;es&quot; oder &quot;pt-BR&quot; (Sprache in Kleinbuchstaben, Region in Großbuchstaben)</translation>
    </message>
    <message>
        <source>an object { ... } with the routine&apos;s text in one language: &quot;title&quot;, &quot;summary&quot;, &quot;setup&quot; and &quot;steps&quot;, each optional</source>
        <translation>ein Objekt { ... } mit dem Text der Routine in einer Sprache: &quot;title&quot;, &quot;summary&quot;, &quot;setup&quot; und &quot;steps&quot;, jeweils optional</translation>
    </message>
    <message>
        <source>an object { ... } of step texts by step id, such as {&quot;hips-at-90&quot;: {&quot;title&quot;: &quot;Hüften auf 90&quot;}}</source>
        <translation>ein Objekt { ... } mit Schritttexten nach Schritt-ID, etwa {&quot;hips-at-90&quot;: {&quot;title&quot;: &quot;Hüften auf 90&quot;}}</translation>
    </message>
    <message>
        <source>an object { ... } with a step&apos;s text in one language: &quot;title&quot;, &quot;cues&quot; and &quot;speak&quot;, each optional</source>
        <translation>ein Objekt { ... } mit dem Text eines Schritts in einer Sprache: &quot;title&quot;, &quot;cues&quot; und &quot;speak&quot;, jeweils optional</translation>
    </message>
    <message>
        <source>a list of cues in square brackets, one short line each</source>
        <translation>eine Liste von Hinweisen in eckigen Klammern, je eine kurze Zeile</translation>
    </message>
    <message>
        <source>a line to speak when the step starts (one line of 1 to 500 characters)</source>
        <translation>ein Satz, der zu Beginn des Schritts gesprochen wird (eine Zeile mit 1 bis 500 Zeichen)</translation>
    </message>
    <message>
        <source>a level: a whole number, 1 or more (1 is the easiest progression of a ladder)</source>
        <translation>eine Stufe: eine ganze Zahl, 1 oder größer (1 ist die leichteste Stufe einer Progression)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>eine Liste [ ... ]</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>FeelingChart</name>
    <message>
        <source>Pain and effort over time</source>
        <translation>Schmerz und Anstrengung im Verlauf</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Angaben</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Supple Guide</source>
        <translation>Supple-Anleitung</translation>
    </message>
    <message>
        <source>The guide cannot be read: %1: %2</source>
        <translation>Die Anleitung kann nicht gelesen werden: %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Play a routine (File ▸ Open, or the Library with F9) and every step you finish or skip is kept here: the days you practised, your streak, the minutes of each week and how each session felt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Einheiten.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Spielen Sie eine Routine ab (Datei ▸ Öffnen oder die Bibliothek mit F9), und jeder Schritt, den Sie schaffen oder überspringen, wird hier festgehalten: die Tage, an denen Sie geübt haben, Ihre Serie, die Minuten jeder Woche und wie sich jede Einheit angefühlt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History cannot be shown: Supple&apos;s database could not be opened.</source>
        <translation>Der Verlauf kann nicht angezeigt werden: Die Datenbank von Supple konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>Ihr Verlauf wird geöffnet …</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Keine Einheit passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Sessions as CSV (*.csv)</source>
        <extracomment>The weeks the calendar shows. File types of Export…: (filter, format, one row per session).</extracomment>
        <translation>Einheiten als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sessions as JSON (*.json)</source>
        <translation>Einheiten als JSON (*.json)</translation>
    </message>
    <message>
        <source>Steps as CSV (*.csv)</source>
        <translation>Schritte als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Steps as JSON (*.json)</source>
        <translation>Schritte als JSON (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Streak:&lt;/b&gt; …</source>
        <extracomment>The reads started in the background (streak, filter choices, charts) have all arrived. Finds a routine by id, for the titles of the steps a session recorded (the Library&apos;s). Deleted sessions, newest last, for Undo. Background reads not yet arrived.</extracomment>
        <translation>&lt;b&gt;Serie:&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>Streak target</source>
        <translation>Serienziel</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Routine or playlist</source>
        <translation>Routine oder Playlist</translation>
    </message>
    <message>
        <source>From</source>
        <comment>dates from</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Up to</source>
        <comment>dates up to</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>from</source>
        <comment>dates from</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates up to</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Sessions and progress</source>
        <translation>Einheiten und Fortschritt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the sessions shown (or their steps) as CSV or JSON (Ctrl+Shift+E)</source>
        <translation>Die gezeigten Einheiten (oder ihre Schritte) als CSV oder JSON speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen session and its steps (Undo puts it back)</source>
        <translation>Die gewählte Einheit und ihre Schritte löschen („Rückgängig“ stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Side</source>
        <comment>exercise: side of the body</comment>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>exercise: repetitions</comment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Steps of the chosen session</source>
        <translation>Schritte der gewählten Einheit</translation>
    </message>
    <message>
        <source>Pain during the session, 0 (none) to 10 (worst imaginable)</source>
        <translation>Schmerz während der Einheit, 0 (keiner) bis 10 (schlimmster vorstellbarer)</translation>
    </message>
    <message>
        <source>Effort, 0 (nothing at all) to 10 (maximal): Borg CR10</source>
        <translation>Anstrengung, 0 (überhaupt nichts) bis 10 (maximal): Borg CR10</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note about this session</source>
        <translation>Eine Notiz zu dieser Einheit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the pain, effort and note given here</source>
        <translation>Schmerz, Anstrengung und Notiz von hier übernehmen</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Schmerz</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>&amp;Anstrengung</translation>
    </message>
    <message>
        <source>Days practised, last 6 months</source>
        <translation>Übungstage, letzte 6 Monate</translation>
    </message>
    <message>
        <source>Minutes per week, last 12 weeks</source>
        <translation>Minuten pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>Streak:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>How it felt: %1</source>
        <translation>Wie es sich angefühlt hat: %1</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich angefühlt hat</translation>
    </message>
    <message>
        <source>(the latest answered; choose a routine above for another)</source>
        <translation>(die zuletzt beantwortete; wählen Sie oben eine andere Routine)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>an empty cell</comment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>The feeling was not saved</source>
        <translation>Das Befinden wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Deleted “%1” of %2.</source>
        <translation>„%1“ vom %2 gelöscht.</translation>
    </message>
    <message>
        <source>The session was not deleted</source>
        <translation>Die Einheit wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>The session was not put back</source>
        <translation>Die Einheit wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>The history was not exported</source>
        <translation>Der Verlauf wurde nicht exportiert</translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>&quot;Any date&quot; in the date filters: the earliest date they go to.</extracomment>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>– means not said</source>
        <translation>– heißt: keine Angabe</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>another shortcut</source>
        <translation>einem anderen Tastenkürzel</translation>
    </message>
    <message>
        <source>Change Keys</source>
        <extracomment>Keys that leave a key&apos;s box instead of being recorded as its key.</extracomment>
        <translation>Tasten ändern</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Taste für %1</translation>
    </message>
    <message>
        <source>Press the new key; Backspace turns it off</source>
        <translation>Drücken Sie die neue Taste; die Rücktaste schaltet sie ab</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>%1 is already the key of %2.</source>
        <translation>%1 ist bereits die Taste für %2.</translation>
    </message>
</context>
<context>
    <name>LadderControl</name>
    <message>
        <source>My &amp;Level</source>
        <translation>Meine &amp;Stufe</translation>
    </message>
    <message>
        <source>The hardest progression of this ladder you do today</source>
        <translation>Die schwierigste Stufe dieser Leiter, die Sie heute üben</translation>
    </message>
    <message>
        <source>Set as My &amp;Level</source>
        <translation>Als meine &amp;Stufe festlegen</translation>
    </message>
    <message>
        <source>Work up to the selected step&apos;s level in today&apos;s sessions</source>
        <translation>In den heutigen Einheiten bis zur Stufe des gewählten Schritts üben</translation>
    </message>
    <message>
        <source>Level &amp;%1: %2</source>
        <translation>Stufe &amp;%1: %2</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1
cannot be loaded</source>
        <extracomment>The person&apos;s languages, best first: routines are listed in the first they have.</extracomment>
        <translation>%1
kann nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>LibraryTransfers</name>
    <message>
        <source>Importing needs the database, which is not open for writing.</source>
        <translation>Zum Importieren wird die Datenbank benötigt, die nicht zum Schreiben geöffnet ist.</translation>
    </message>
    <message>
        <source>Wait for the import or export under way to end.</source>
        <translation>Warten Sie, bis der laufende Import oder Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing was imported: the routine uses files from outside its folder.</source>
        <translation>Nichts wurde importiert: Die Routine verwendet Dateien außerhalb ihres Ordners.</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>Replace it with the one from %1?</source>
        <translation>Durch die aus %1 ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export the clips too?</source>
        <translation>Die Clips mitexportieren?</translation>
    </message>
    <message>
        <source>Export %1 instead?</source>
        <translation>Stattdessen %1 exportieren?</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copy files from outside the routine&apos;s folder?</source>
        <translation>Dateien von außerhalb des Routinenordners kopieren?</translation>
    </message>
    <message>
        <source>Importing copies them into your library, and into every bundle you export from it. Only files that really are videos and pictures are copied.</source>
        <translation>Beim Import werden sie in Ihre Bibliothek kopiert und in jedes Paket, das Sie daraus exportieren. Nur Dateien, die wirklich Videos und Bilder sind, werden kopiert.</translation>
    </message>
    <message>
        <source>Copy these files?</source>
        <translation>Diese Dateien kopieren?</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Routine library</source>
        <translation>Routinenbibliothek</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search titles, tags, steps and cues  (Ctrl+F)</source>
        <extracomment>Favourites, shared with the window (`use_favourites`): one source of truth, the store. The last failure shown (its message box), for tests. Dialogs, replaceable in tests: a yes/no question, a file to open, a file to save, and whether to copy the files from outside a routine&apos;s folder that it names (listed).</extracomment>
        <translation>Titel, Schlagwörter, Schritte und Hinweise durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Show routines with this tag</source>
        <translation>Routinen mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Nur &amp;Favoriten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Add to playlist</source>
        <translation>Zur Playlist &amp;hinzufügen</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorit</translation>
    </message>
    <message>
        <source>Star the chosen routine or step (Ctrl+D)</source>
        <translation>Die gewählte Routine oder den Schritt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit a routine of your own; a bundled or imported one is duplicated first</source>
        <translation>Eine eigene Routine bearbeiten; eine mitgelieferte oder importierte wird zuerst kopiert</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Saved playlists</source>
        <translation>Gespeicherte Playlists</translation>
    </message>
    <message>
        <source>Saved pla&amp;ylists</source>
        <translation>Gespeicherte Pla&amp;ylists</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Zur Playlist hinzufügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Remind me…</source>
        <translation>Erinnern …</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Return opens it in the Playlist dock; Ctrl+Return plays it</source>
        <translation>Eingabe öffnet sie im Playlist-Bereich; Strg+Eingabe spielt sie ab</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation>
            <numerusform>%1 von %n Routine</numerusform>
            <numerusform>%1 von %n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate to edi&amp;t</source>
        <translation>Zum Bearbei&amp;ten kopieren</translation>
    </message>
    <message>
        <source>The favourite could not be saved</source>
        <translation>Der Favorit konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Import a routine or playlist</source>
        <translation>Routine oder Playlist importieren</translation>
    </message>
    <message>
        <source>Supple bundles (%1)</source>
        <translation>Supple-Pakete (%1)</translation>
    </message>
    <message>
        <source>Routine and playlist files (*.json)</source>
        <translation>Routinen- und Playlist-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Supple bundle with the clips (%1)</source>
        <translation>Supple-Paket mit den Clips (%1)</translation>
    </message>
    <message>
        <source>Routine file only (*.supple.json)</source>
        <translation>Nur die Routinendatei (*.supple.json)</translation>
    </message>
</context>
<context>
    <name>LoopMarksController</name>
    <message>
        <source>Reading the clip…</source>
        <extracomment>Loads a segment into the player (the window&apos;s, without its &quot;Loading clip…&quot; poster). The segment the step itself loops when no mark is set. I or O pressed before the clip&apos;s frames were known: (which, the position then).</extracomment>
        <translation>Clip wird gelesen …</translation>
    </message>
    <message>
        <source>%1 has a variable frame rate: %2 may loop it a few frames off; Qt Multimedia (supple --backend qt) loops it exactly</source>
        <translation>%1 hat eine variable Bildrate: %2 schleift sie womöglich einige Bilder versetzt; Qt Multimedia (supple --backend qt) schleift sie genau</translation>
    </message>
    <message>
        <source>Cannot mark a loop: %1</source>
        <translation>Schleife kann nicht markiert werden: %1</translation>
    </message>
    <message>
        <source>Restored the loop marked on this clip: frames %1–%2</source>
        <translation>Die auf diesem Clip markierte Schleife wiederhergestellt: Bilder %1–%2</translation>
    </message>
    <message>
        <source>Reading %1: the mark is placed as soon as its frames are known</source>
        <translation>%1 wird gelesen: Die Marke wird gesetzt, sobald seine Bilder bekannt sind</translation>
    </message>
    <message>
        <source>Cleared the loop marks: the whole clip loops</source>
        <translation>Schleifenmarken entfernt: Der ganze Clip läuft in Schleife</translation>
    </message>
    <message>
        <source>No loop is marked on this clip (I and O mark one)</source>
        <translation>Auf diesem Clip ist keine Schleife markiert (I und O markieren eine)</translation>
    </message>
    <message>
        <source>Marks are set on a clip being browsed (not during a session)</source>
        <translation>Marken werden beim Ansehen eines Clips gesetzt (nicht während einer Einheit)</translation>
    </message>
    <message>
        <source>Still reading %1: try again in a moment</source>
        <translation>%1 wird noch gelesen: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The loop marks were not saved: %1</source>
        <translation>Die Schleifenmarken wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LoopTimeline</name>
    <message>
        <source>Frame %1 of %2</source>
        <extracomment>Pixels either side of a handle that grab it. Frames shown either side of the dragged one in the magnifier. A clip whose frames are at least this wide on the bar gets a tick per frame.</extracomment>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>Whole clip loops (I and O mark a loop)</source>
        <translation>Der ganze Clip läuft in Schleife (I und O markieren eine Schleife)</translation>
    </message>
    <message numerus="yes">
        <source>Loop: frames %1–%2 (%n frame(s), %3 s)</source>
        <translation>
            <numerusform>Schleife: Bilder %1–%2 (%n Bild, %3 s)</numerusform>
            <numerusform>Schleife: Bilder %1–%2 (%n Bilder, %3 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>variable frame rate</source>
        <translation>variable Bildrate</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supple</source>
        <translation>Supple</translation>
    </message>
    <message>
        <source>Start the session: timed steps, sides and rests (Ctrl+Return)</source>
        <translation>Die Einheit starten: Schritte, Seiten und Pausen nach Zeit (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No step is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation>Kein Schritt ist markiert: Markieren Sie Schritte mit Strg+D oder schalten Sie „Nur Lieblingsschritte“ aus.</translation>
    </message>
    <message>
        <source>No step at or below your level (%1) is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation>Kein Schritt bis zu Ihrer Stufe (%1) ist markiert: Markieren Sie Schritte mit Strg+D oder schalten Sie „Nur Lieblingsschritte“ aus.</translation>
    </message>
    <message>
        <source>%1 is above your level (%2): today&apos;s session works up to level %2.</source>
        <translation>%1 liegt über Ihrer Stufe (%2): Die heutige Einheit geht bis Stufe %2.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>What you did is saved in your history.</source>
        <translation>Was Sie geschafft haben, ist in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Start (favourites)</source>
        <translation>Starten (Favoriten)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Links)</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Rechts)</translation>
    </message>
    <message>
        <source>Loop the clip</source>
        <translation>Clip in Schleife</translation>
    </message>
    <message>
        <source>Loop the clip (L)</source>
        <translation>Clip in Schleife (L)</translation>
    </message>
    <message>
        <source>Clip speed: slow motion to learn the form ([ and ])</source>
        <translation>Clip-Tempo: Zeitlupe, um die Ausführung zu lernen ([ und ])</translation>
    </message>
    <message>
        <source>Mirror the clip</source>
        <translation>Clip spiegeln</translation>
    </message>
    <message>
        <source>Mirror the clip (Ctrl+M)</source>
        <translation>Clip spiegeln (Strg+M)</translation>
    </message>
    <message>
        <source>Mute the clip</source>
        <translation>Clip stumm schalten</translation>
    </message>
    <message>
        <source>Mute the clip (M)</source>
        <translation>Clip stumm schalten (M)</translation>
    </message>
    <message>
        <source>Clip volume (Ctrl+Up and Ctrl+Down)</source>
        <translation>Clip-Lautstärke (Strg+Auf und Strg+Ab)</translation>
    </message>
    <message>
        <source>Clip volume</source>
        <translation>Clip-Lautstärke</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Vollbild (F)</translation>
    </message>
    <message>
        <source>Add this routine to your favourites (Ctrl+Shift+D)</source>
        <translation>Diese Routine zu Ihren Favoriten hinzufügen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Favourite steps only</source>
        <translation>Nur Lieblingsschritte</translation>
    </message>
    <message>
        <source>Show only the steps you starred (Ctrl+D stars the selected step)</source>
        <translation>Nur die markierten Schritte zeigen (Strg+D markiert den gewählten Schritt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Anhalten</translation>
    </message>
    <message>
        <source>P&amp;revious Step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Loop Clip</source>
        <translation>Clip in &amp;Schleife</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>Einheit &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Restart Step</source>
        <translation>Schritt &amp;neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Add 10 Seconds</source>
        <translation>10 Sekunden &amp;dazu</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>Einheit &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add a routine or playlist (a .supple bundle or a file) to the library</source>
        <translation>Eine Routine oder Playlist (ein .supple-Paket oder eine Datei) zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the playlist being built, or the routine chosen in the library or open</source>
        <translation>Die Playlist in Arbeit exportieren oder die in der Bibliothek gewählte bzw. geöffnete Routine</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>In der Bibliothek &amp;suchen</translation>
    </message>
    <message>
        <source>Supple &amp;Guide</source>
        <translation>Supple-&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>Frame &amp;Back</source>
        <translation>Bild &amp;zurück</translation>
    </message>
    <message>
        <source>Frame F&amp;orward</source>
        <translation>Bild &amp;vor</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>&amp;Spiegeln</translation>
    </message>
    <message>
        <source>Lou&amp;der</source>
        <translation>&amp;Lauter</translation>
    </message>
    <message>
        <source>Qu&amp;ieter</source>
        <translation>Le&amp;iser</translation>
    </message>
    <message>
        <source>M&amp;ute Clip</source>
        <translation>Clip &amp;stumm</translation>
    </message>
    <message>
        <source>Favourite S&amp;tep</source>
        <translation>Lieblings&amp;schritt</translation>
    </message>
    <message>
        <source>Favourite R&amp;outine</source>
        <translation>Lieblings&amp;routine</translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation>&amp;Über Supple</translation>
    </message>
    <message>
        <source>Starting video…</source>
        <extracomment>The status line of the last session&apos;s end, shown again when a late write fails. Set once the transport icons are drawn: from then on, a new palette draws them again. Asked as the window closes: True keeps Supple running in the tray (desktop/qt/tray_controller.py). set_store has been called (with the store, or None when it could not be opened). A playlist&apos;s plan items (each step with its own routine and speed), to play it again. The list rows the session plays, when it plays only some (favourites); None: every row. A session has played to its end: Start begins again at the first step.</extracomment>
        <translation>Video wird gestartet …</translation>
    </message>
    <message>
        <source>Open a routine to begin (File ▸ Open)</source>
        <translation>Öffnen Sie zum Beginnen eine Routine (Datei ▸ Öffnen)</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>History is not being saved: the database could not be opened.</source>
        <translation>Der Verlauf wird nicht gespeichert: Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>History is read-only: this database was written by a newer Supple.</source>
        <translation>Der Verlauf ist schreibgeschützt: Diese Datenbank stammt von einem neueren Supple.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) · %1 with rests</source>
        <translation>
            <numerusform>%n Schritt · %1 mit Pausen</numerusform>
            <numerusform>%n Schritte · %1 mit Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Vorbereitung: %1</translation>
    </message>
    <message>
        <source>Routines and clips (%1)</source>
        <translation>Routinen und Clips (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a routine or clip</source>
        <extracomment>How many bytes of a JSON file are read to tell a playlist from a routine (&quot;format&quot; comes first).</extracomment>
        <translation>Routine oder Clip öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>Noch nichts geöffnet</translation>
    </message>
    <message>
        <source>Open a routine or build a playlist to export it.</source>
        <translation>Öffnen Sie eine Routine oder stellen Sie eine Playlist zusammen, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Your data folder is %1</source>
        <translation>Ihr Datenordner ist %1</translation>
    </message>
    <message>
        <source>Cannot open routine</source>
        <translation>Routine kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Supple cannot open %1.</source>
        <translation>Supple kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Supple could not save that change</source>
        <translation>Supple konnte diese Änderung nicht speichern</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The favourites, one object the window and the Library share; both follow `changed`.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your streak, the days you practised and every session</source>
        <translation>Ihre Serie, die Tage, an denen Sie geübt haben, und jede Einheit</translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot; (saved: %2).</source>
        <translation>Es gibt keine gespeicherte Playlist „%1“ (gespeichert: %2).</translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Playlist „%1“.</translation>
    </message>
    <message>
        <source>This playlist has nothing to play.</source>
        <translation>Diese Playlist enthält nichts zum Abspielen.</translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>exercise: the time of a hold (noun, under a time)</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>exercise: the time of the repetitions (noun, under a time)</comment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Loading clip…</source>
        <translation>Clip wird geladen …</translation>
    </message>
    <message>
        <source>Clip speed %1×</source>
        <translation>Clip-Tempo %1×</translation>
    </message>
    <message>
        <source>Clip volume %1% (Ctrl+Up and Ctrl+Down)</source>
        <translation>Clip-Lautstärke %1 % (Strg+Auf und Strg+Ab)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>not loaded</source>
        <comment>the video backend</comment>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>A player for guided movement routines: a looping demonstration clip, the steps, a timer that tells you when to hold, switch sides and rest, and a record of what you did.</source>
        <translation>Ein Player für angeleitete Bewegungsroutinen: ein Vorführclip in Schleife, die Schritte, ein Timer, der Ihnen sagt, wann Sie halten, die Seite wechseln und pausieren, und ein Verlauf dessen, was Sie geschafft haben.</translation>
    </message>
    <message>
        <source>Routine Editor</source>
        <extracomment>File &gt; New Routine (Ctrl+N is the playlist builder&apos;s New). A short timed run of a step being tried: at most this long a hold, and this many repetitions. The editor, built the first time it is wanted (not at start-up: it is a large form).</extracomment>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>Routine &amp;Editor</source>
        <translation>Routinen-&amp;Editor</translation>
    </message>
    <message>
        <source>frames %1–%2, marked with I and O</source>
        <translation>Bilder %1–%2, mit I und O markiert</translation>
    </message>
    <message>
        <source>the routine</source>
        <translation>die Routine</translation>
    </message>
    <message>
        <source>Unsaved routine</source>
        <translation>Nicht gespeicherte Routine</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot; before quitting?</source>
        <translation>Ihre Änderungen an „%1“ vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Mark Loop &amp;In</source>
        <extracomment>(attribute, menu text, key, tooltip) of each marks action.</extracomment>
        <translation>Schleifen&amp;beginn markieren</translation>
    </message>
    <message>
        <source>The loop starts at the frame on screen</source>
        <translation>Die Schleife beginnt mit dem Bild auf dem Schirm</translation>
    </message>
    <message>
        <source>Mark Loop &amp;Out</source>
        <translation>Schleifen&amp;ende markieren</translation>
    </message>
    <message>
        <source>The loop ends with the frame on screen (it plays it, then wraps)</source>
        <translation>Die Schleife endet mit dem Bild auf dem Schirm (es wird gezeigt, dann beginnt sie von vorn)</translation>
    </message>
    <message>
        <source>&amp;Clear Loop Marks</source>
        <translation>Schleifenmarken &amp;entfernen</translation>
    </message>
    <message>
        <source>The whole clip loops again</source>
        <translation>Der ganze Clip läuft wieder in Schleife</translation>
    </message>
    <message>
        <source>Go to Loop In</source>
        <translation>Zum Schleifenbeginn</translation>
    </message>
    <message>
        <source>Show the loop&apos;s first frame (playing: the loop starts again)</source>
        <translation>Das erste Bild der Schleife zeigen (bei Wiedergabe beginnt die Schleife neu)</translation>
    </message>
    <message>
        <source>Go to Loop Out</source>
        <translation>Zum Schleifenende</translation>
    </message>
    <message>
        <source>Show the loop&apos;s last frame, paused</source>
        <translation>Das letzte Bild der Schleife zeigen, angehalten</translation>
    </message>
    <message>
        <source>Loop &amp;Marks</source>
        <translation>Schleifen&amp;marken</translation>
    </message>
    <message>
        <source>Loop marks are set while browsing a clip, not during a session</source>
        <extracomment>The marks actions by object name.</extracomment>
        <translation>Schleifenmarken werden beim Ansehen eines Clips gesetzt, nicht während einer Einheit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print a sheet of the routine or playlist: frames, doses, cues and a week&apos;s log</source>
        <translation>Ein Blatt der Routine oder Playlist drucken: Bilder, Umfang, Hinweise und ein Wochenprotokoll</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Save the printable sheet of the routine or playlist as a PDF</source>
        <translation>Das druckbare Blatt der Routine oder Playlist als PDF speichern</translation>
    </message>
    <message>
        <source>A sheet is being made; wait for it to finish.</source>
        <translation>Ein Blatt wird erstellt; warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Open a routine or build a playlist to print its sheet.</source>
        <translation>Öffnen Sie eine Routine oder stellen Sie eine Playlist zusammen, um ihr Blatt zu drucken.</translation>
    </message>
    <message>
        <source>Export the sheet of %1</source>
        <translation>Das Blatt von %1 exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sheet of %1</source>
        <translation>Das Blatt von %1 drucken</translation>
    </message>
    <message>
        <source>Supple could not make the sheet</source>
        <translation>Supple konnte das Blatt nicht erstellen</translation>
    </message>
    <message>
        <source>&amp;Remote Control…</source>
        <translation>&amp;Fernbedienung …</translation>
    </message>
</context>
<context>
    <name>MessagePlurals</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag</numerusform>
            <numerusform>eine Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a text of %n character(s)</source>
        <translation>
            <numerusform>ein Text mit %n Zeichen</numerusform>
            <numerusform>ein Text mit %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the playlist &quot;{title}&quot; (%n item(s)){extra}</source>
        <translation>
            <numerusform>die Playlist &quot;{title}&quot; wurde importiert (%n Eintrag){extra}</numerusform>
            <numerusform>die Playlist &quot;{title}&quot; wurde importiert (%n Einträge){extra}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n new routine(s)</source>
        <translation>
            <numerusform> mit %n neuen Routine</numerusform>
            <numerusform> mit %n neuen Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the routine &quot;{title}&quot; (%n step(s))</source>
        <translation>
            <numerusform>die Routine &quot;{title}&quot; wurde importiert (%n Schritt)</numerusform>
            <numerusform>die Routine &quot;{title}&quot; wurde importiert (%n Schritte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{clip}: a loop cannot be marked on a clip of %n frame(s); it needs at least two</source>
        <translation>
            <numerusform>{clip}: auf einem Clip mit %n Bild lässt sich keine Schleife markieren; sie braucht mindestens zwei</numerusform>
            <numerusform>{clip}: auf einem Clip mit %n Bildern lässt sich keine Schleife markieren; sie braucht mindestens zwei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>{clip}: the in and out marks cannot both be on frame {frame}; a loop needs two frames</source>
        <translation>{clip}: die Anfangs- und die Endmarke können nicht beide auf Bild {frame} liegen; eine Schleife braucht zwei Bilder</translation>
    </message>
    <message>
        <source>The out mark (frame {frame}) came before the in mark: swapped them</source>
        <translation>Die Endmarke (Bild {frame}) lag vor der Anfangsmarke: beide wurden vertauscht</translation>
    </message>
    <message>
        <source>The in mark (frame {frame}) came after the out mark: swapped them</source>
        <translation>Die Anfangsmarke (Bild {frame}) lag nach der Endmarke: beide wurden vertauscht</translation>
    </message>
    <message>
        <source>{file}: {path}: {text}</source>
        <translation>{file}: {path}: {text}</translation>
    </message>
    <message>
        <source>{file}: {text}</source>
        <translation>{file}: {text}</translation>
    </message>
    <message>
        <source>this is a folder, not a routine file</source>
        <translation>dies ist ein Ordner, keine Routinendatei</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>the file does not exist (looked for {path})</source>
        <translation>die Datei existiert nicht (gesucht wurde {path})</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the file is {size}, more than a routine file may be ({limit}); clips belong in their own files, referenced under &quot;clips&quot;</source>
        <translation>die Datei ist {size} groß, mehr als eine Routinendatei sein darf ({limit}); Clips gehören in eigene Dateien, auf die unter &quot;clips&quot; verwiesen wird</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16; save it as UTF-8</source>
        <translation>die Datei ist als UTF-16 gespeichert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: byte {byte} at byte offset {offset} (line {line}) is not valid UTF-8; save the file as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text: Byte {byte} an Position {offset} (Zeile {line}) ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; a routine file holds one JSON object { ... }</source>
        <translation>die Datei ist leer; eine Routinendatei enthält ein JSON-Objekt { ... }</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {hint}</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {hint}</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (more than {levels} levels of lists and objects)</source>
        <translation>das JSON ist zu tief verschachtelt (mehr als {levels} Ebenen von Listen und Objekten)</translation>
    </message>
    <message>
        <source>not valid JSON: a number in the file is far too long</source>
        <translation>kein gültiges JSON: eine Zahl in der Datei ist viel zu lang</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; appears more than once here; keep only one of them</source>
        <translation>&quot;{key}&quot; steht hier mehr als einmal; behalten Sie nur eines davon</translation>
    </message>
    <message>
        <source>expected a value here (a comma after the last item of a list is not allowed)</source>
        <translation>hier wird ein Wert erwartet (ein Komma nach dem letzten Eintrag einer Liste ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>expected a field name in double quotes (a comma after the last field of an object is not allowed)</source>
        <translation>hier wird ein Feldname in doppelten Anführungszeichen erwartet (ein Komma nach dem letzten Feld eines Objekts ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket; is a comma missing between two items?</source>
        <translation>hier wird ein Komma oder eine schließende Klammer erwartet; fehlt ein Komma zwischen zwei Einträgen?</translation>
    </message>
    <message>
        <source>expected a colon &quot;:&quot; after the field name</source>
        <translation>nach dem Feldnamen wird ein Doppelpunkt &quot;:&quot; erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the end; the file must hold exactly one object { ... }</source>
        <translation>unerwarteter Text nach dem Ende; die Datei muss genau ein Objekt { ... } enthalten</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>ein Text in doppelten Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a text in double quotes holds a line break or tab; write \n or \t</source>
        <translation>ein Text in doppelten Anführungszeichen enthält einen Zeilenumbruch oder Tabulator; schreiben Sie \n oder \t</translation>
    </message>
    <message>
        <source>a backslash \ in a text must be doubled (\\) or start an escape such as \n</source>
        <translation>ein Backslash \ in einem Text muss verdoppelt werden (\\) oder eine Escape-Folge wie \n beginnen</translation>
    </message>
    <message>
        <source>a \u escape needs exactly four hex digits</source>
        <translation>eine \u-Escape-Folge braucht genau vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>{mib} MiB</source>
        <translation>{mib} MiB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <source>an empty text &quot;&quot;</source>
        <translation>ein leerer Text &quot;&quot;</translation>
    </message>
    <message>
        <source>an empty list []</source>
        <translation>eine leere Liste []</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
    </message>
    <message>
        <source>an empty object {}</source>
        <translation>ein leeres Objekt {}</translation>
    </message>
    <message>
        <source>a number too large to use ({digits} digits)</source>
        <translation>eine zu große Zahl ({digits} Ziffern)</translation>
    </message>
    <message>
        <source>a number too large to use</source>
        <translation>eine zu große Zahl</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>einer der Werte {values}</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>erwartet wird {expected}; angegeben ist {got}</translation>
    </message>
    <message>
        <source>expected {versions} {format}, got {got}</source>
        <translation>erwartet wird {versions} {format}; angegeben ist {got}</translation>
    </message>
    <message>
        <source>this field is required but missing; expected {versions} {format}</source>
        <translation>dieses Feld ist erforderlich, fehlt aber; erwartet wird {versions} {format}</translation>
    </message>
    <message>
        <source>(the version of the routine format this file is written in)</source>
        <translation>(die Version des Routinenformats, in dem diese Datei geschrieben ist)</translation>
    </message>
    <message>
        <source>expected at most {limit}, got {got}</source>
        <translation>erwartet wird höchstens {limit}; angegeben ist {got}</translation>
    </message>
    <message>
        <source>this field is required but missing; expected {expected}</source>
        <translation>dieses Feld ist erforderlich, fehlt aber; erwartet wird {expected}</translation>
    </message>
    <message>
        <source>unknown field &quot;{key}&quot;{suggestion}; the fields allowed here are {allowed}</source>
        <translation>unbekanntes Feld &quot;{key}&quot;{suggestion}; erlaubt sind hier die Felder {allowed}</translation>
    </message>
    <message>
        <source> (did you mean &quot;{name}&quot;?)</source>
        <translation> (meinten Sie &quot;{name}&quot;?)</translation>
    </message>
    <message>
        <source>the field &quot;{key}&quot; is part of the format {format}; to use it, write &quot;format&quot;: &quot;{format}&quot; at the top of the file</source>
        <translation>das Feld &quot;{key}&quot; gehört zum Format {format}; um es zu verwenden, schreiben Sie &quot;format&quot;: &quot;{format}&quot; an den Anfang der Datei</translation>
    </message>
    <message>
        <source>has both &quot;hold&quot; and &quot;reps&quot;: a step is either held for a time (&quot;hold&quot;) or repeated (&quot;reps&quot; with &quot;rep_seconds&quot;), not both</source>
        <translation>hat sowohl &quot;hold&quot; als auch &quot;reps&quot;: ein Schritt wird entweder eine Zeit lang gehalten (&quot;hold&quot;) oder wiederholt (&quot;reps&quot; mit &quot;rep_seconds&quot;), nicht beides</translation>
    </message>
    <message>
        <source>needs either &quot;hold&quot; (the seconds to hold) or &quot;reps&quot; with &quot;rep_seconds&quot; (repetitions at a pace)</source>
        <translation>braucht entweder &quot;hold&quot; (die Sekunden zum Halten) oder &quot;reps&quot; mit &quot;rep_seconds&quot; (Wiederholungen in einem Tempo)</translation>
    </message>
    <message>
        <source>&quot;rep_seconds&quot; only goes with &quot;reps&quot;; remove it from a step that has &quot;hold&quot;</source>
        <translation>&quot;rep_seconds&quot; gehört nur zu &quot;reps&quot;; entfernen Sie es aus einem Schritt mit &quot;hold&quot;</translation>
    </message>
    <message>
        <source>required because &quot;{given}&quot; is given; expected {expected}</source>
        <translation>erforderlich, weil &quot;{given}&quot; angegeben ist; erwartet wird {expected}</translation>
    </message>
    <message>
        <source>not valid here</source>
        <translation>hier nicht gültig</translation>
    </message>
    <message>
        <source>holds half of a character at character {position} (the lone UTF-16 surrogate {code}), which cannot be shown or saved; write the whole character, or both halves of its \u pair</source>
        <translation>enthält bei Zeichen {position} ein halbes Zeichen (das einzelne UTF-16-Surrogat {code}), das sich weder anzeigen noch speichern lässt; schreiben Sie das ganze Zeichen oder beide Hälften seines \u-Paars</translation>
    </message>
    <message>
        <source>holds {char} at character {position}; only cues, summary, credit and setup may hold tabs and line breaks</source>
        <translation>enthält {char} bei Zeichen {position}; nur Hinweise, Zusammenfassung, Quellenangabe und Vorbereitung dürfen Tabulatoren und Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>holds the control character {char} at character {position}; remove it</source>
        <translation>enthält das Steuerzeichen {char} bei Zeichen {position}; entfernen Sie es</translation>
    </message>
    <message>
        <source>holds the bidirectional control {char} at character {position}, which can make the text display in another order than it is written; right-to-left text needs none (the marks U+200E and U+200F and closed isolates U+2066 to U+2069 are allowed)</source>
        <translation>enthält das Richtungssteuerzeichen {char} bei Zeichen {position}, das den Text in anderer Reihenfolge anzeigen kann, als er geschrieben ist; Text von rechts nach links braucht keines (die Marken U+200E und U+200F und geschlossene Isolate U+2066 bis U+2069 sind erlaubt)</translation>
    </message>
    <message>
        <source>holds {char} at character {position} with no isolate (U+2066, U+2067 or U+2068) before it to close</source>
        <translation>enthält {char} bei Zeichen {position}, ohne dass davor ein Isolat (U+2066, U+2067 oder U+2068) zu schließen ist</translation>
    </message>
    <message>
        <source>holds the isolate {char} at character {position} that is not closed by {close}; close it, or remove it</source>
        <translation>enthält das Isolat {char} bei Zeichen {position}, das nicht durch {close} geschlossen wird; schließen oder entfernen Sie es</translation>
    </message>
    <message>
        <source>is blank; {noun} needs visible text</source>
        <translation>enthält nur Leerzeichen; {noun} braucht sichtbaren Text</translation>
    </message>
    <message>
        <source>holds only invisible characters (such as {char}); {noun} needs visible text</source>
        <translation>enthält nur unsichtbare Zeichen (etwa {char}); {noun} braucht sichtbaren Text</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>ein Hinweis</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>ein Schlagwort</translation>
    </message>
    <message>
        <source>a spoken line</source>
        <translation>ein gesprochener Satz</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>{code} ({name})</source>
        <translation>{code} ({name})</translation>
    </message>
    <message>
        <source>names no step of this routine; the step ids are {ids}</source>
        <translation>nennt keinen Schritt dieser Routine; die Schritt-IDs sind {ids}</translation>
    </message>
    <message>
        <source>the {what} &quot;{value}&quot; is already used at {earlier}; each must be different</source>
        <translation>{what} &quot;{value}&quot; wird bereits bei {earlier} verwendet; jeder Wert muss anders sein</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>das Schlagwort</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>die Schritt-ID</translation>
    </message>
    <message>
        <source>there is no clip &quot;{clip}&quot; under &quot;clips&quot; (the clips are: {names})</source>
        <translation>unter &quot;clips&quot; gibt es keinen Clip &quot;{clip}&quot; (die Clips sind: {names})</translation>
    </message>
    <message>
        <source>expected the start to come before the end, got [{start}, {end}]</source>
        <translation>erwartet wird ein Anfang vor dem Ende; angegeben ist [{start}, {end}]</translation>
    </message>
    <message>
        <source>the loop [{start}, {end}] is {length} s long; a loop must be at least {least} s long</source>
        <translation>die Schleife [{start}, {end}] ist {length} s lang; eine Schleife muss mindestens {least} s lang sein</translation>
    </message>
    <message>
        <source>the loop ends at {end} s, past the end of clip &quot;{clip}&quot;, which is {length} s long ({path})</source>
        <translation>die Schleife endet bei {end} s, nach dem Ende von Clip &quot;{clip}&quot;, der {length} s lang ist ({path})</translation>
    </message>
    <message>
        <source>{why}, so it has no {side} side to loop</source>
        <translation>{why}; daher hat er keine Seite &quot;{side}&quot; für eine Schleife</translation>
    </message>
    <message>
        <source>{why}, so it cannot mirror the {side} side</source>
        <translation>{why}; daher kann er die Seite &quot;{side}&quot; nicht spiegeln</translation>
    </message>
    <message>
        <source>the clip already has its own loop for the {side} side (side_segments.{side}), and mirroring it would show the other side; mirror only a side the clip does not show</source>
        <translation>der Clip hat schon eine eigene Schleife für die Seite &quot;{side}&quot; (side_segments.{side}), und das Spiegeln würde die andere Seite zeigen; spiegeln Sie nur eine Seite, die der Clip nicht zeigt</translation>
    </message>
    <message>
        <source>this step has no sides ({given})</source>
        <translation>dieser Schritt hat keine Seiten ({given})</translation>
    </message>
    <message>
        <source>this step works only the {side} side ({given})</source>
        <translation>dieser Schritt trainiert nur die Seite &quot;{side}&quot; ({given})</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is &quot;{sides}&quot;</source>
        <translation>&quot;sides&quot; ist &quot;{sides}&quot;</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is not given, which means &quot;none&quot;</source>
        <translation>&quot;sides&quot; ist nicht angegeben, das heißt &quot;none&quot;</translation>
    </message>
    <message>
        <source>the {noun} {problem}: {path}</source>
        <translation>{noun} {problem}: {path}</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>the {noun} path {text} cannot be used: {reason}</source>
        <translation>der Pfad für {noun}, {text}, ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>clip file</source>
        <translation>die Clipdatei</translation>
    </message>
    <message>
        <source>poster image</source>
        <translation>das Vorschaubild</translation>
    </message>
    <message>
        <source>{bundle}: the bundle holds no routine or playlist file at its top level</source>
        <translation>{bundle}: das Paket enthält auf oberster Ebene keine Routinen- oder Playlist-Datei</translation>
    </message>
    <message>
        <source>{bundle}: the bundle holds more than one file at its top level ({files}); expected one</source>
        <translation>{bundle}: das Paket enthält auf oberster Ebene mehr als eine Datei ({files}); erwartet wird eine</translation>
    </message>
    <message>
        <source>{bundle}: the file {entry} in it is not valid</source>
        <translation>{bundle}: die darin enthaltene Datei {entry} ist nicht gültig</translation>
    </message>
    <message>
        <source>{bundle}: the file {entry} in it is neither a routine ({routine}) nor a playlist (&quot;{playlist}&quot;); its &quot;format&quot; is {found}</source>
        <translation>{bundle}: die darin enthaltene Datei {entry} ist weder eine Routine ({routine}) noch eine Playlist (&quot;{playlist}&quot;); ihr &quot;format&quot; ist {found}</translation>
    </message>
    <message>
        <source>{bundle}: the routine {entry} in it is not valid</source>
        <translation>{bundle}: die darin enthaltene Routine {entry} ist nicht gültig</translation>
    </message>
    <message>
        <source>{bundle}: the playlist {entry} in it is not valid</source>
        <translation>{bundle}: die darin enthaltene Playlist {entry} ist nicht gültig</translation>
    </message>
    <message>
        <source>{bundle}: entry {inner} is not a video ({path} of the routine {entry}); a bundle holds only clips and posters</source>
        <translation>{bundle}: der Eintrag {inner} ist kein Video ({path} der Routine {entry}); ein Paket enthält nur Clips und Vorschaubilder</translation>
    </message>
    <message>
        <source>{bundle}: entry {inner} is not a picture ({path} of the routine {entry}); a bundle holds only clips and posters</source>
        <translation>{bundle}: der Eintrag {inner} ist kein Bild ({path} der Routine {entry}); ein Paket enthält nur Clips und Vorschaubilder</translation>
    </message>
    <message>
        <source>{bundle}: the routine {entry} uses a clip outside its folder in the bundle ({path} is {text}); every clip must come in the bundle beside it</source>
        <translation>{bundle}: die Routine {entry} verwendet einen Clip außerhalb ihres Ordners im Paket ({path} ist {text}); jeder Clip muss im Paket neben ihr liegen</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} is not part of the playlist; a playlist bundle holds its routines in {folder}/&lt;routine id&gt;/</source>
        <translation>{bundle}: der Eintrag {entry} gehört nicht zur Playlist; ein Playlist-Paket enthält seine Routinen in {folder}/&lt;Routinen-ID&gt;/</translation>
    </message>
    <message>
        <source>{bundle}: the folder {folder} must hold exactly one routine file</source>
        <translation>{bundle}: der Ordner {folder} muss genau eine Routinendatei enthalten</translation>
    </message>
    <message>
        <source>{bundle}: the routine in {folder} has the id &quot;{id}&quot;; it must be in a folder named after it (&quot;{routines}/{id}/&quot;)</source>
        <translation>{bundle}: die Routine in {folder} hat die ID &quot;{id}&quot;; sie muss in einem danach benannten Ordner liegen (&quot;{routines}/{id}/&quot;)</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} is not used by the routine or playlist in the bundle; a bundle holds only the files they name</source>
        <translation>{bundle}: der Eintrag {entry} wird von der Routine oder Playlist im Paket nicht verwendet; ein Paket enthält nur die Dateien, die sie nennen</translation>
    </message>
    <message>
        <source>{bundle}: this is not a file</source>
        <translation>{bundle}: dies ist keine Datei</translation>
    </message>
    <message>
        <source>{bundle}: the file does not exist</source>
        <translation>{bundle}: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>{bundle}: this zip file uses a feature Supple does not read ({reason})</source>
        <translation>{bundle}: diese ZIP-Datei verwendet eine Funktion, die Supple nicht liest ({reason})</translation>
    </message>
    <message>
        <source>{bundle}: this is not a Supple bundle, or it was cut short ({reason}); export it again</source>
        <translation>{bundle}: dies ist kein Supple-Paket, oder es wurde abgeschnitten ({reason}); exportieren Sie es erneut</translation>
    </message>
    <message>
        <source>{bundle}: the file cannot be read: {reason}</source>
        <translation>{bundle}: die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{bundle}: the bundle is empty</source>
        <translation>{bundle}: das Paket ist leer</translation>
    </message>
    <message>
        <source>{bundle}: the bundle has {count} entries, more than the {limit} allowed</source>
        <translation>{bundle}: das Paket hat {count} Einträge, mehr als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} {problem}</source>
        <translation>{bundle}: Eintrag {entry}: {problem}</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} needs a folder named like the file {file}</source>
        <translation>{bundle}: der Eintrag {entry} braucht einen Ordner, der wie die Datei {file} heißt</translation>
    </message>
    <message>
        <source>{bundle}: the bundle says it unpacks to {size}, more than the {limit} allowed</source>
        <translation>{bundle}: laut Paket wird es entpackt {size} groß, mehr als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} overlaps another entry&apos;s data</source>
        <translation>{bundle}: der Eintrag {entry} überschneidet sich mit den Daten eines anderen Eintrags</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>ein Link auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>this is a loop of symbolic links, not a file</source>
        <translation>dies ist eine Schleife symbolischer Links, keine Datei</translation>
    </message>
    <message>
        <source>the path is too long for this system</source>
        <translation>der Pfad ist für dieses System zu lang</translation>
    </message>
    <message>
        <source>this path cannot be used: {reason}</source>
        <translation>dieser Pfad ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>this is a folder; give a bundle (*.supple), a routine file or a playlist file</source>
        <translation>dies ist ein Ordner; geben Sie ein Paket (*.supple), eine Routinendatei oder eine Playlist-Datei an</translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation>dies ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file</source>
        <translation>dies ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>dies ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>{file}: this is neither a routine ({routine}) nor a playlist (&quot;{playlist}&quot;) file, nor a {suffix} bundle</source>
        <translation>{file}: dies ist weder eine Routinendatei ({routine}) noch eine Playlist-Datei (&quot;{playlist}&quot;) noch ein {suffix}-Paket</translation>
    </message>
    <message>
        <source>{file}: the file is not valid</source>
        <translation>{file}: die Datei ist nicht gültig</translation>
    </message>
    <message>
        <source>{file}: the routine names files that are not clips or posters; nothing was imported</source>
        <translation>{file}: die Routine nennt Dateien, die weder Clips noch Vorschaubilder sind; nichts wurde importiert</translation>
    </message>
    <message>
        <source>{file}: the routine &quot;{id}&quot; has the id of a routine that comes with Supple; give it an id of its own</source>
        <translation>{file}: die Routine &quot;{id}&quot; hat die ID einer Routine, die mit Supple geliefert wird; geben Sie ihr eine eigene ID</translation>
    </message>
    <message>
        <source>{file}: your library already has a different routine &quot;{id}&quot; ({title}); import again with replace (supple import --replace) to overwrite it</source>
        <translation>{file}: Ihre Bibliothek hat bereits eine andere Routine &quot;{id}&quot; ({title}); importieren Sie erneut mit Ersetzen (supple import --replace), um sie zu überschreiben</translation>
    </message>
    <message>
        <source>{file}: you already have a different playlist &quot;{id}&quot; ({title}); import again with replace (supple import --replace) to overwrite it</source>
        <translation>{file}: Sie haben bereits eine andere Playlist &quot;{id}&quot; ({title}); importieren Sie erneut mit Ersetzen (supple import --replace), um sie zu überschreiben</translation>
    </message>
    <message>
        <source>{file}: the playlist cannot be played: {reason}</source>
        <translation>{file}: die Playlist kann nicht abgespielt werden: {reason}</translation>
    </message>
    <message>
        <source>{file}: item {item} of the playlist cannot be played: {reason}, and it is not in the bundle{more}</source>
        <translation>{file}: Eintrag {item} der Playlist kann nicht abgespielt werden: {reason}, und er ist nicht im Paket{more}</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; comes with Supple: it is always in the library</source>
        <translation>&quot;{title}&quot; wird mit Supple geliefert: die Routine ist immer in der Bibliothek</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is already in the library, unchanged</source>
        <translation>&quot;{title}&quot; ist bereits unverändert in der Bibliothek</translation>
    </message>
    <message>
        <source>has a NUL character in its name</source>
        <translation>hat ein NUL-Zeichen im Namen</translation>
    </message>
    <message>
        <source>uses backslashes in its name; a bundle uses forward slashes only</source>
        <translation>hat Backslashes im Namen; ein Paket verwendet nur Schrägstriche</translation>
    </message>
    <message>
        <source>is an absolute path; names in a bundle must be relative</source>
        <translation>ist ein absoluter Pfad; Namen in einem Paket müssen relativ sein</translation>
    </message>
    <message>
        <source>starts with a drive letter; names in a bundle must be relative</source>
        <translation>beginnt mit einem Laufwerksbuchstaben; Namen in einem Paket müssen relativ sein</translation>
    </message>
    <message>
        <source>has a colon in its name</source>
        <translation>hat einen Doppelpunkt im Namen</translation>
    </message>
    <message>
        <source>has a control character in its name</source>
        <translation>hat ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>has a name longer than {limit} characters</source>
        <translation>hat einen Namen mit mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>points outside the bundle with &quot;..&quot;</source>
        <translation>zeigt mit &quot;..&quot; aus dem Paket hinaus</translation>
    </message>
    <message>
        <source>has an empty or &quot;.&quot; part in its name</source>
        <translation>hat einen leeren oder &quot;.&quot;-Teil im Namen</translation>
    </message>
    <message>
        <source>has a part, &quot;{part}&quot;, that Windows cannot store as a file name</source>
        <translation>hat einen Teil &quot;{part}&quot;, den Windows nicht als Dateinamen speichern kann</translation>
    </message>
    <message>
        <source>has a part longer than {limit} bytes, which file systems cannot store</source>
        <translation>hat einen Teil mit mehr als {limit} Byte, den Dateisysteme nicht speichern können</translation>
    </message>
    <message>
        <source>is a symbolic link; a bundle may hold only plain files</source>
        <translation>ist ein symbolischer Link; ein Paket darf nur gewöhnliche Dateien enthalten</translation>
    </message>
    <message>
        <source>is a special file (not a plain file); a bundle may hold only plain files</source>
        <translation>ist eine Spezialdatei (keine gewöhnliche Datei); ein Paket darf nur gewöhnliche Dateien enthalten</translation>
    </message>
    <message>
        <source>is marked both as a folder and as a file</source>
        <translation>ist zugleich als Ordner und als Datei gekennzeichnet</translation>
    </message>
    <message>
        <source>is encrypted; Supple bundles are never encrypted</source>
        <translation>ist verschlüsselt; Supple-Pakete sind nie verschlüsselt</translation>
    </message>
    <message>
        <source>uses a compression method Supple does not read ({method})</source>
        <translation>verwendet eine Komprimierung, die Supple nicht liest ({method})</translation>
    </message>
    <message>
        <source>appears twice in the bundle</source>
        <translation>kommt zweimal im Paket vor</translation>
    </message>
    <message>
        <source>has the name of the entry {other}, one as a file and one as a folder</source>
        <translation>hat den Namen des Eintrags {other}, einmal als Datei und einmal als Ordner</translation>
    </message>
    <message>
        <source>differs from the entry {other} {reason}; some systems would store both as one file</source>
        <translation>unterscheidet sich vom Eintrag {other} {reason}; manche Systeme würden beide als eine Datei speichern</translation>
    </message>
    <message>
        <source>only in how its accented letters are encoded (Unicode normalisation: composed or decomposed characters)</source>
        <translation>nur darin, wie seine Buchstaben mit Akzent kodiert sind (Unicode-Normalisierung: zusammengesetzte oder zerlegte Zeichen)</translation>
    </message>
    <message>
        <source>only in upper and lower case</source>
        <translation>nur in Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>only in upper and lower case and in how its accented letters are encoded (Unicode normalisation)</source>
        <translation>nur in Groß- und Kleinschreibung und darin, wie seine Buchstaben mit Akzent kodiert sind (Unicode-Normalisierung)</translation>
    </message>
    <message>
        <source>says it unpacks to {size}, more than the {limit} allowed</source>
        <translation>wird laut Angabe entpackt {size} groß, mehr als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>unpacks {size} from {compressed}, compressed more than {ratio} to 1: this looks like a zip bomb</source>
        <translation>entpackt {size} aus {compressed}, also mehr als {ratio} zu 1 komprimiert: das sieht nach einer ZIP-Bombe aus</translation>
    </message>
    <message>
        <source>points outside the bundle</source>
        <translation>zeigt aus dem Paket hinaus</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>is damaged ({reason}); the bundle was cut short or changed after it was made</source>
        <translation>ist beschädigt ({reason}); das Paket wurde abgeschnitten oder nach dem Erstellen verändert</translation>
    </message>
    <message>
        <source>unpacks to more than the {limit} allowed</source>
        <translation>wird entpackt größer als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>takes the bundle past the {limit} it may unpack to</source>
        <translation>bringt das Paket über die {limit}, die es entpackt groß sein darf</translation>
    </message>
    <message>
        <source>{out}: the routine &quot;{id}&quot; cannot be exported: it names files that are not clips or posters</source>
        <translation>{out}: die Routine &quot;{id}&quot; kann nicht exportiert werden: sie nennt Dateien, die weder Clips noch Vorschaubilder sind</translation>
    </message>
    <message>
        <source>{out}: a file to bundle cannot be read: {reason}</source>
        <translation>{out}: eine Datei für das Paket kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{out}: the bundle cannot be written: {reason}</source>
        <translation>{out}: das Paket kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{out}: the folder {folder} is not a folder; nothing was written</source>
        <translation>{out}: {folder} ist kein Ordner; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>{out}: the folder {folder} does not exist; nothing was written</source>
        <translation>{out}: der Ordner {folder} existiert nicht; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>{out}: the playlist cannot be exported: {reason}</source>
        <translation>{out}: die Playlist kann nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>{out}: item {item} of the playlist cannot be exported: {reason}</source>
        <translation>{out}: Eintrag {item} der Playlist kann nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>{name} names its clips where they are now; they are not inside it. To take the clips along, export a bundle ({bundle}).</source>
        <translation>{name} verweist auf die Clips dort, wo sie jetzt liegen; sie sind nicht darin enthalten. Um die Clips mitzunehmen, exportieren Sie ein Paket ({bundle}).</translation>
    </message>
    <message>
        <source>the library does not say where its file is</source>
        <translation>die Bibliothek weiß nicht, wo die Datei liegt</translation>
    </message>
    <message>
        <source>{file} now holds the routine &quot;{routine}&quot;</source>
        <translation>{file} enthält jetzt die Routine &quot;{routine}&quot;</translation>
    </message>
    <message>
        <source>has both &quot;hold&quot; and &quot;reps&quot;: change a step to be held (&quot;hold&quot;) or repeated (&quot;reps&quot; with &quot;rep_seconds&quot;), not both</source>
        <translation>hat sowohl &quot;hold&quot; als auch &quot;reps&quot;: ändern Sie einen Schritt so, dass er gehalten (&quot;hold&quot;) oder wiederholt (&quot;reps&quot; mit &quot;rep_seconds&quot;) wird, nicht beides</translation>
    </message>
    <message>
        <source>a loop belongs to one step&apos;s clip: give &quot;step&quot; as well, or leave &quot;segment&quot; out</source>
        <translation>eine Schleife gehört zum Clip eines Schritts: geben Sie auch &quot;step&quot; an oder lassen Sie &quot;segment&quot; weg</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is changed to &quot;{sides}&quot;, so there is no {side} side to mirror</source>
        <translation>&quot;sides&quot; wird zu &quot;{sides}&quot; geändert, daher gibt es keine Seite &quot;{side}&quot; zum Spiegeln</translation>
    </message>
    <message>
        <source>expected the last item at or after the first ({first}), got {last}</source>
        <translation>erwartet wird der letzte Eintrag beim oder nach dem ersten ({first}); angegeben ist {last}</translation>
    </message>
    <message>
        <source>items {first} to {last} overlap {block} (items {other_first} to {other_last}); blocks may not overlap or sit inside each other</source>
        <translation>die Einträge {first} bis {last} überschneiden sich mit {block} (Einträge {other_first} bis {other_last}); Blöcke dürfen sich nicht überschneiden oder ineinander liegen</translation>
    </message>
    <message>
        <source>choose the items to repeat first</source>
        <translation>wählen Sie zuerst die Einträge, die wiederholt werden sollen</translation>
    </message>
    <message>
        <source>only neighbouring items can be repeated together; choose a run of items</source>
        <translation>nur benachbarte Einträge können zusammen wiederholt werden; wählen Sie eine zusammenhängende Folge</translation>
    </message>
    <message>
        <source>items {first} to {last} overlap the repeated block of items {block_first} to {block_last}; blocks cannot overlap or sit inside each other (ungroup it first)</source>
        <translation>die Einträge {first} bis {last} überschneiden sich mit dem wiederholten Block der Einträge {block_first} bis {block_last}; Blöcke dürfen sich nicht überschneiden oder ineinander liegen (lösen Sie die Gruppe zuerst auf)</translation>
    </message>
    <message>
        <source>item {item} is not in a repeated block</source>
        <translation>Eintrag {item} liegt in keinem wiederholten Block</translation>
    </message>
    <message>
        <source>the routine &quot;{routine}&quot; is not in the library</source>
        <translation>die Routine &quot;{routine}&quot; ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>the routine &quot;{routine}&quot; has no step &quot;{step}&quot;</source>
        <translation>die Routine &quot;{routine}&quot; hat keinen Schritt &quot;{step}&quot;</translation>
    </message>
    <message>
        <source>its changes cannot be applied: {reason}</source>
        <translation>seine Änderungen lassen sich nicht anwenden: {reason}</translation>
    </message>
    <message>
        <source>the playlist has no items, so there is no item {last}</source>
        <translation>die Playlist hat keine Einträge, also gibt es keinen Eintrag {last}</translation>
    </message>
    <message>
        <source>there is no item {last}: &quot;items&quot; has {count}, numbered 0 to {top}</source>
        <translation>es gibt keinen Eintrag {last}: &quot;items&quot; hat {count}, nummeriert von 0 bis {top}</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>is a video ({format}), not an image</source>
        <translation>ist ein Video ({format}), kein Bild</translation>
    </message>
    <message>
        <source>is an image ({format}), not a video</source>
        <translation>ist ein Bild ({format}), kein Video</translation>
    </message>
    <message>
        <source>is not a video (expected {accepted}; its first bytes match none of them)</source>
        <translation>ist kein Video (erwartet wird {accepted}; die ersten Bytes passen zu keinem davon)</translation>
    </message>
    <message>
        <source>is not an image (expected {accepted}; its first bytes match none of them)</source>
        <translation>ist kein Bild (erwartet wird {accepted}; die ersten Bytes passen zu keinem davon)</translation>
    </message>
    <message>
        <source>the {noun} is in {folder}, which shows the running system, not files to use: {path}</source>
        <translation>{noun} liegt in {folder}, das das laufende System zeigt, keine verwendbaren Dateien: {path}</translation>
    </message>
    <message>
        <source>the {noun} was not found: {path}</source>
        <translation>{noun} wurde nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>the {noun} is a loop of symbolic links: {path}</source>
        <translation>{noun} ist eine Schleife symbolischer Links: {path}</translation>
    </message>
    <message>
        <source>the {noun} cannot be read ({reason}): {path}</source>
        <translation>{noun} kann nicht gelesen werden ({reason}): {path}</translation>
    </message>
    <message>
        <source>the {noun} is a folder, not a file: {path}</source>
        <translation>{noun} ist ein Ordner, keine Datei: {path}</translation>
    </message>
    <message>
        <source>the {noun} is not a regular file (a device, pipe or socket): {path}</source>
        <translation>{noun} ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket): {path}</translation>
    </message>
    <message>
        <source>video file</source>
        <translation>die Videodatei</translation>
    </message>
    <message>
        <source>image file</source>
        <translation>die Bilddatei</translation>
    </message>
    <message>
        <source>file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>sie kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>it is not a video file that can be played ({reason})</source>
        <translation>sie ist keine abspielbare Videodatei ({reason})</translation>
    </message>
    <message>
        <source>the file has no video track</source>
        <translation>die Datei hat keine Videospur</translation>
    </message>
    <message>
        <source>its video track has no clock (time base)</source>
        <translation>ihre Videospur hat keinen Takt (Zeitbasis)</translation>
    </message>
    <message>
        <source>its video track holds no frames</source>
        <translation>ihre Videospur enthält keine Bilder</translation>
    </message>
    <message>
        <source>its frame rate cannot be told</source>
        <translation>ihre Bildrate lässt sich nicht bestimmen</translation>
    </message>
    <message>
        <source>its header says it lasts {stated}, but its content ends after {actual}: the file is damaged or was altered (re-encode it)</source>
        <translation>laut Kopfdaten dauert sie {stated}, aber ihr Inhalt endet nach {actual}: die Datei ist beschädigt oder wurde verändert (kodieren Sie sie neu)</translation>
    </message>
    <message>
        <source>the timestamps of its frames cannot be read</source>
        <translation>die Zeitstempel ihrer Bilder können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is truncated (it ends inside a box header at byte {offset})</source>
        <translation>die Datei ist abgeschnitten (sie endet bei Byte {offset} mitten im Kopf einer Box)</translation>
    </message>
    <message>
        <source>the file is truncated at byte {offset}</source>
        <translation>die Datei ist bei Byte {offset} abgeschnitten</translation>
    </message>
    <message>
        <source>the file is damaged (a box at byte {offset} has an impossible size)</source>
        <translation>die Datei ist beschädigt (eine Box bei Byte {offset} hat eine unmögliche Größe)</translation>
    </message>
    <message>
        <source>the file is truncated: its &apos;{box}&apos; data needs {missing} more bytes than the file has (was the download or copy cut short?)</source>
        <translation>die Datei ist abgeschnitten: ihre &apos;{box}&apos;-Daten brauchen {missing} Byte mehr, als die Datei hat (wurde der Download oder die Kopie abgebrochen?)</translation>
    </message>
    <message>
        <source>the file has no &apos;moov&apos; index, so it cannot be played (is it complete?)</source>
        <translation>die Datei hat keinen &apos;moov&apos;-Index und kann daher nicht abgespielt werden (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}. Your history is shown, but nothing new is saved until Supple can write there again.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: {reason}. Ihr Verlauf wird angezeigt, aber nichts Neues gespeichert, bis Supple dort wieder schreiben kann.</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}, and there is no history in it yet.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: {reason}, und es gibt noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>the data folder {path} cannot be created ({how})</source>
        <translation>der Datenordner {path} kann nicht angelegt werden ({how})</translation>
    </message>
    <message>
        <source>the data folder {path} is read-only ({how})</source>
        <translation>der Datenordner {path} ist schreibgeschützt ({how})</translation>
    </message>
    <message>
        <source>the database file {path} is read-only ({how})</source>
        <translation>die Datenbankdatei {path} ist schreibgeschützt ({how})</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>er liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>{path}: {text}</source>
        <translation>{path}: {text}</translation>
    </message>
    <message>
        <source>the clip file does not exist</source>
        <translation>die Clipdatei existiert nicht</translation>
    </message>
    <message>
        <source>no picture could be decoded from this file</source>
        <translation>aus dieser Datei konnte kein Bild decodiert werden</translation>
    </message>
    <message>
        <source>no picture could be decoded from this file ({reason})</source>
        <translation>aus dieser Datei konnte kein Bild decodiert werden ({reason})</translation>
    </message>
    <message>
        <source>unsupported or damaged video</source>
        <translation>nicht unterstütztes oder beschädigtes Video</translation>
    </message>
    <message>
        <source>libVLC could not play this file (is it a video clip?)</source>
        <translation>libVLC konnte diese Datei nicht abspielen (ist es ein Videoclip?)</translation>
    </message>
    <message>
        <source>not a video clip Supple can play</source>
        <translation>kein Videoclip, den Supple abspielen kann</translation>
    </message>
    <message>
        <source>is a folder, not a clip file</source>
        <translation>ist ein Ordner, keine Clipdatei</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the clip file is empty (0 bytes)</source>
        <translation>die Clipdatei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>this is not a video file (it contains text)</source>
        <translation>dies ist keine Videodatei (sie enthält Text)</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
</context>
<context>
    <name>OverridesEditor</name>
    <message>
        <source>As the step</source>
        <translation>Wie im Schritt</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <comment>exercise: hold a position</comment>
        <translation>Sekunden halten</translation>
    </message>
    <message>
        <source>Seconds per repetition</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Repe&amp;titions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds &amp;each</source>
        <translation>Sekunden &amp;je</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>&amp;Sätze</translation>
    </message>
    <message>
        <source>Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <comment>exercise: sides of the body</comment>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Pause in Sekunden</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Clip speed</source>
        <translation>Clip-Tempo</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>&amp;Spiegeln</translation>
    </message>
    <message>
        <source>Left side</source>
        <comment>exercise: side of the body</comment>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>exercise: side of the body</comment>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Mirrored side</source>
        <comment>exercise: the side the clip shows mirrored</comment>
        <translation>Gespiegelte Seite</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <source>Loop start</source>
        <translation>Schleifenbeginn</translation>
    </message>
    <message>
        <source>Loop end</source>
        <translation>Schleifenende</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a loop from one time to another</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Play this item this many times</source>
        <translation>Diesen Eintrag so oft abspielen</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <source>&amp;Block rounds</source>
        <translation>&amp;Blockrunden</translation>
    </message>
    <message>
        <source>Play the block this many times</source>
        <translation>Den Block so oft abspielen</translation>
    </message>
</context>
<context>
    <name>PlaylistBuilder</name>
    <message>
        <source>Saved playlists</source>
        <extracomment>Asks a yes/no question (title, text); tests replace it. Asks where to export (a path, or None to stop); tests replace it. The export under way, and the store write (a save or a delete) under way. The last failure shown (its message box), for tests.</extracomment>
        <translation>Gespeicherte Playlists</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Playlist name</source>
        <translation>Name der Playlist</translation>
    </message>
    <message>
        <source>Add steps from the Library: drag steps or routines here, or choose them there and press Insert.</source>
        <translation>Schritte aus der Bibliothek hinzufügen: Ziehen Sie Schritte oder Routinen hierher oder wählen Sie sie dort und drücken Sie Einfg.</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Play pla&amp;ylist</source>
        <translation>Pla&amp;ylist abspielen</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Edit changes</source>
        <translation>Änderungen bearbeiten</translation>
    </message>
    <message>
        <source>Repeat as a block</source>
        <translation>Als Block wiederholen</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Nicht mehr wiederholen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Playlist löschen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; without saving your changes?</source>
        <translation>„%1“ verlassen, ohne Ihre Änderungen zu speichern?</translation>
    </message>
    <message>
        <source>There is no playlist &quot;%1&quot; any more.</source>
        <translation>Die Playlist „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Playlists cannot be saved: the database is not open.</source>
        <translation>Playlists können nicht gespeichert werden: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The playlist could not be saved</source>
        <translation>Die Playlist konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete the playlist &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die Playlist „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The playlist was not deleted</source>
        <translation>Die Playlist wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Wait for the playlist to be saved or deleted.</source>
        <translation>Warten Sie, bis die Playlist gespeichert oder gelöscht ist.</translation>
    </message>
    <message>
        <source>There is nothing to play: add steps or routines from the library.</source>
        <translation>Es gibt nichts abzuspielen: Fügen Sie Schritte oder Routinen aus der Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Supple bundle with its routines and clips (%1)</source>
        <translation>Supple-Paket mit seinen Routinen und Clips (%1)</translation>
    </message>
    <message>
        <source>Playlist file only (*.json)</source>
        <translation>Nur die Playlist-Datei (*.json)</translation>
    </message>
</context>
<context>
    <name>PlaylistModel</name>
    <message>
        <source>New playlist</source>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Repeat items %1–%2 ×%3</source>
        <translation>Einträge %1–%2 ×%3 wiederholen</translation>
    </message>
    <message>
        <source>Stop repeating a block</source>
        <translation>Block nicht mehr wiederholen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>Eintrag ändern</translation>
    </message>
    <message>
        <source>Repeat the block ×%1</source>
        <translation>Block ×%1 wiederholen</translation>
    </message>
    <message>
        <source>Rename the playlist</source>
        <translation>Playlist umbenennen</translation>
    </message>
    <message>
        <source>missing: cannot be played</source>
        <translation>fehlt: kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>whole routine, %1</source>
        <translation>ganze Routine, %1</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>Tempo %1×</translation>
    </message>
    <message>
        <source>This item cannot be played: %1.</source>
        <translation>Dieser Eintrag kann nicht abgespielt werden: %1.</translation>
    </message>
    <message>
        <source>Total %1 · %2</source>
        <translation>Gesamt %1 · %2</translation>
    </message>
    <message>
        <source>cut short: too many rounds</source>
        <translation>gekürzt: zu viele Runden</translation>
    </message>
</context>
<context>
    <name>PlaylistView</name>
    <message>
        <source>Playlist items</source>
        <translation>Einträge der Playlist</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind me: %1</source>
        <extracomment>What a new reminder starts as.</extracomment>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Erinnerung entfernen</translation>
    </message>
    <message>
        <source>Remind me to play %1 on</source>
        <translation>Mich erinnern, %1 zu spielen, am</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <comment>remind me on these days at this time</comment>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Supple was not running then.</source>
        <translation>Supple lief zu dem Zeitpunkt nicht.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>How often the schedule is checked, in milliseconds.</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>In 10 Min. erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Start %1</source>
        <extracomment>The tag of the &quot;You planned ... today&quot; notification. Where the in-window box appears when there is neither a notification server nor a tray. What was told last, and how (&quot;notification&quot;, &quot;tray&quot; or &quot;window&quot;), for tests and the log.</extracomment>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Zeit für %1</translation>
    </message>
    <message>
        <source>Your reminder: %1.</source>
        <translation>Ihre Erinnerung: %1.</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Zum Starten klicken.</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <source>No network to serve the remote page on: connect to a network, or choose one in Preferences.</source>
        <translation>Kein Netzwerk, in dem die Fernbedienungsseite bereitgestellt werden kann: Verbinden Sie sich mit einem Netzwerk oder wählen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>The remote page cannot be served on %1.</source>
        <translation>Die Fernbedienungsseite kann unter %1 nicht bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <source>Remote Control</source>
        <translation>Fernbedienung</translation>
    </message>
    <message>
        <source>QR code of the remote page&apos;s address</source>
        <translation>QR-Code der Adresse der Fernbedienungsseite</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera, on the same network, to control Supple from its browser. The address changes each time remote control is turned on.</source>
        <translation>Scannen Sie dies mit der Kamera des Telefons im selben Netzwerk, um Supple über dessen Browser zu steuern. Die Adresse ändert sich bei jedem Einschalten der Fernbedienung.</translation>
    </message>
    <message>
        <source>Remote control is off.</source>
        <translation>Die Fernbedienung ist aus.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Video clips (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ogv);;All files (*)</source>
        <translation>Videoclips (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ogv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>&quot;Use this loop&quot;: the player&apos;s clip and loop now (the window points it at the player). The frame on screen, for a poster (the window points it at the video pane). Dialogs, replaceable in tests: a file to open (title, filter), and a yes/no question. Frames kept as posters until the routine is saved (removed with the editor).</extracomment>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Routine title</source>
        <extracomment>Each field&apos;s row (the field and its problems), by the field&apos;s name.</extracomment>
        <translation>Titel der Routine</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>mobility, back, morning</source>
        <translation>Mobilität, Rücken, Morgen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>%1 (%2 in the list)</source>
        <translation>%1 (%2 in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Cues, one per line</source>
        <translation>Hinweise, einer pro Zeile</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Kein Clip</translation>
    </message>
    <message>
        <source>&amp;Choose clip…</source>
        <translation>&amp;Clip wählen …</translation>
    </message>
    <message>
        <source>Choose the step&apos;s clip</source>
        <translation>Den Clip des Schritts wählen</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>No sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <source>Both sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Left side&apos;s loop</source>
        <comment>exercise: side of the body</comment>
        <translation>Schleife der linken Seite</translation>
    </message>
    <message>
        <source>Right side&apos;s loop</source>
        <comment>exercise: side of the body</comment>
        <translation>Schleife der rechten Seite</translation>
    </message>
    <message>
        <source>Mirror the picture for</source>
        <translation>Bild spiegeln für</translation>
    </message>
    <message>
        <source>Neither side</source>
        <comment>exercise: side of the body</comment>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <comment>exercise: side of the body</comment>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>exercise: side of the body</comment>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <comment>exercise: hold a position</comment>
        <translation>Sekunden halten</translation>
    </message>
    <message>
        <source>Seconds per repetition</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest seconds between sets</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Pause in Sekunden zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Sekunden zum Bereitmachen</translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <source>Frame on screen</source>
        <translation>Bild auf dem Schirm</translation>
    </message>
    <message>
        <source>Poster: use the frame on screen</source>
        <translation>Vorschaubild: das Bild auf dem Schirm verwenden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Poster: choose a picture</source>
        <translation>Vorschaubild: ein Bild wählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Poster: none</source>
        <translation>Vorschaubild: keines</translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation>Stufe der Leiter</translation>
    </message>
    <message>
        <source>Spoken line</source>
        <translation>Gesprochener Satz</translation>
    </message>
    <message>
        <source>&amp;Play its loop</source>
        <translation>Seine Schleife &amp;abspielen</translation>
    </message>
    <message>
        <source>&amp;Try a short run</source>
        <translation>Kurz&amp;durchlauf testen</translation>
    </message>
    <message>
        <source>at</source>
        <comment>repetitions at so many seconds each</comment>
        <translation>zu</translation>
    </message>
    <message>
        <source>Step t&amp;itle</source>
        <translation>T&amp;itel des Schritts</translation>
    </message>
    <message>
        <source>C&amp;ues</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <comment>exercise: sides of the body</comment>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>Left loop</source>
        <translation>Linke Schleife</translation>
    </message>
    <message>
        <source>Right loop</source>
        <translation>Rechte Schleife</translation>
    </message>
    <message>
        <source>Mi&amp;rror</source>
        <translation>Spiege&amp;ln</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <comment>exercise: repetitions</comment>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Set&amp;s</source>
        <comment>exercise: rounds of the work</comment>
        <translation>&amp;Sätze</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Bereitmachen</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>St&amp;ufe</translation>
    </message>
    <message>
        <source>Spea&amp;k</source>
        <translation>Spre&amp;chen</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>diese Routine</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; without saving your changes?</source>
        <translation>„%1“ verlassen, ohne Ihre Änderungen zu speichern?</translation>
    </message>
    <message>
        <source>A new routine: add steps, choose their clips, then save.</source>
        <translation>Eine neue Routine: Fügen Sie Schritte hinzu, wählen Sie ihre Clips und speichern Sie dann.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot;: it is saved as a new routine of your own.</source>
        <translation>Eine Kopie von „%1“: Sie wird als neue eigene Routine gespeichert.</translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot;.</source>
        <translation>„%1“ wird bearbeitet.</translation>
    </message>
    <message>
        <source>Change step %1&apos;s work</source>
        <translation>Übung von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Play a clip first, and mark its loop with I and O: that is what “Use this loop” takes.</source>
        <translation>Spielen Sie zuerst einen Clip ab und markieren Sie seine Schleife mit I und O: Das übernimmt „Diese Schleife verwenden“.</translation>
    </message>
    <message>
        <source>the whole clip</source>
        <translation>den ganzen Clip</translation>
    </message>
    <message>
        <source>The left side loops %1 of %2.</source>
        <comment>exercise: side of the body</comment>
        <translation>Die linke Seite wiederholt %1 von %2.</translation>
    </message>
    <message>
        <source>The right side loops %1 of %2.</source>
        <comment>exercise: side of the body</comment>
        <translation>Die rechte Seite wiederholt %1 von %2.</translation>
    </message>
    <message>
        <source>Step %3 loops %1 of %2.</source>
        <translation>Schritt %3 wiederholt %1 von %2.</translation>
    </message>
    <message>
        <source>There is no frame on screen: play the step&apos;s clip first.</source>
        <translation>Es ist kein Bild auf dem Schirm: Spielen Sie zuerst den Clip des Schritts ab.</translation>
    </message>
    <message>
        <source>The frame could not be kept as a picture in %1.</source>
        <translation>Das Bild konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose the step&apos;s poster</source>
        <translation>Vorschaubild des Schritts wählen</translation>
    </message>
    <message>
        <source>Fix this first: %1: %2</source>
        <translation>Beheben Sie zuerst: %1: %2</translation>
    </message>
    <message>
        <source>No clip: choose one, or use the player&apos;s loop</source>
        <translation>Kein Clip: Wählen Sie einen oder verwenden Sie die Schleife des Players</translation>
    </message>
    <message>
        <source>Save the routine first: the export is of the routine as saved.</source>
        <translation>Speichern Sie die Routine zuerst: Exportiert wird die gespeicherte Fassung.</translation>
    </message>
    <message>
        <source>New routine</source>
        <extracomment>Where a problem is shown: (&quot;routine&quot;, field) or (&quot;step&quot;, index, field). The routine-level fields the editor has a place for, in the order the form shows them.</extracomment>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Routines cannot be saved: the database is not open.</source>
        <translation>Routinen können nicht gespeichert werden: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Routines cannot be saved: the database is read-only.</source>
        <translation>Routinen können nicht gespeichert werden: Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Wait for the routine to be saved.</source>
        <translation>Warten Sie, bis die Routine gespeichert ist.</translation>
    </message>
    <message>
        <source>Not saved: %1. Choose its clip again.</source>
        <translation>Nicht gespeichert: %1. Wählen Sie seinen Clip erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Nicht gespeichert: %1: %2</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in your library.</source>
        <translation>„%1“ in Ihrer Bibliothek gespeichert.</translation>
    </message>
</context>
<context>
    <name>RoutineEditorModel</name>
    <message>
        <source>Step %1</source>
        <extracomment>The file the routine was last saved to; None until its first save.</extracomment>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>Move steps</source>
        <translation>Schritte verschieben</translation>
    </message>
    <message>
        <source>Choose step %1&apos;s clip</source>
        <translation>Clip von Schritt %1 wählen</translation>
    </message>
    <message>
        <source>Use the player&apos;s loop for step %1</source>
        <translation>Die Schleife des Players für Schritt %1 verwenden</translation>
    </message>
    <message>
        <source>Set step %1&apos;s poster</source>
        <translation>Vorschaubild von Schritt %1 festlegen</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; lost its clip: %3</source>
        <translation>Schritt %1 „%2“ hat seinen Clip verloren: %3</translation>
    </message>
    <message>
        <source>Change the routine&apos;s title</source>
        <translation>Titel der Routine ändern</translation>
    </message>
    <message>
        <source>Change the summary</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>Change the setup</source>
        <translation>Vorbereitung ändern</translation>
    </message>
    <message>
        <source>Change the credit</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <source>Change the tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Change the routine</source>
        <translation>Routine ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s title</source>
        <translation>Titel von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s cues</source>
        <translation>Hinweise von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s spoken line</source>
        <translation>Gesprochenen Satz von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s loop</source>
        <translation>Schleife von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s side loops</source>
        <comment>exercise: sides of the body</comment>
        <translation>Schleifen je Seite von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Seiten von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s mirrored side</source>
        <comment>exercise: side of the body</comment>
        <translation>Gespiegelte Seite von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s hold time</source>
        <comment>exercise: hold a position</comment>
        <translation>Dauer zum Halten in Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s repetitions</source>
        <comment>exercise: repetitions</comment>
        <translation>Wiederholungen von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s seconds per repetition</source>
        <comment>exercise: repetitions</comment>
        <translation>Sekunden je Wiederholung in Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Sätze von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s rest time</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Pause von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s get-ready time</source>
        <translation>Zeit zum Bereitmachen in Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1&apos;s ladder level</source>
        <translation>Stufe der Leiter von Schritt %1 ändern</translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation>Schritt %1 ändern</translation>
    </message>
</context>
<context>
    <name>SegmentEdit</name>
    <message>
        <source>Part</source>
        <extracomment>How the loop was marked, said when it is used (&quot;frames 13–241, marked with I and O&quot;); &quot;&quot; if not. Where &quot;Use this loop&quot; asks for the player&apos;s loop; the window points it at the player.</extracomment>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>%1: loop only a part of the clip</source>
        <translation>%1: nur einen Teil des Clips wiederholen</translation>
    </message>
    <message>
        <source>%1 start seconds</source>
        <translation>%1: Beginn in Sekunden</translation>
    </message>
    <message>
        <source>%1 end seconds</source>
        <translation>%1: Ende in Sekunden</translation>
    </message>
    <message>
        <source>Use this loop</source>
        <translation>Diese Schleife verwenden</translation>
    </message>
    <message>
        <source>%1: use the player&apos;s loop</source>
        <translation>%1: die Schleife des Players verwenden</translation>
    </message>
    <message>
        <source>Take the clip and the loop marked in the player with I and O (or the loop it plays now)</source>
        <translation>Den Clip und die im Player mit I und O markierte Schleife übernehmen (oder die gerade laufende Schleife)</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>No pain</source>
        <extracomment>The numeric rating scale&apos;s words for pain.</extracomment>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>The Borg CR10 scale&apos;s anchor words (6, 8 and 9 have none).</extracomment>
        <translation>Überhaupt nichts</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak (light)</source>
        <translation>Schwach (leicht)</translation>
    </message>
    <message>
        <source>Somewhat strong</source>
        <translation>Etwas stark</translation>
    </message>
    <message>
        <source>Strong (heavy)</source>
        <translation>Stark (schwer)</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Extremely strong (maximal)</source>
        <translation>Extrem stark (maximal)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Not now: keep my level</source>
        <translation>Jetzt nicht: meine Stufe behalten</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Schmerz während der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Numeric rating scale: 0 is no pain, 10 the worst pain imaginable</source>
        <translation>Numerische Skala: 0 ist kein Schmerz, 10 der schlimmste vorstellbare Schmerz</translation>
    </message>
    <message>
        <source>Effort, Borg CR10 scale, 0 to 10</source>
        <translation>Anstrengung, Borg-CR10-Skala, 0 bis 10</translation>
    </message>
    <message>
        <source>Borg CR10: 0 nothing at all, 3 moderate, 5 strong, 10 extremely strong</source>
        <translation>Borg CR10: 0 überhaupt nichts, 3 mäßig, 5 stark, 10 extrem stark</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything to remember about this session (optional)</source>
        <translation>Was Sie sich zu dieser Einheit merken möchten (optional)</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10):</source>
        <translation>&amp;Schmerz (0–10):</translation>
    </message>
    <message>
        <source>&amp;Effort (CR10):</source>
        <translation>&amp;Anstrengung (CR10):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save how the session felt</source>
        <translation>Speichern, wie sich die Einheit angefühlt hat</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Skip: close the summary without saving</source>
        <translation>Überspringen: die Zusammenfassung ohne Speichern schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) done</source>
        <translation>
            <numerusform>%1 · %n Schritt geschafft</numerusform>
            <numerusform>%1 · %n Schritte geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>steps skipped</comment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move up to level %1</source>
        <translation>Aufsteigen auf Stufe %1</translation>
    </message>
    <message>
        <source>Ease back to level %1</source>
        <translation>Zurückstufen auf Stufe %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gespielt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>When it started</source>
        <extracomment>Header tooltips.</extracomment>
        <translation>Wann sie begann</translation>
    </message>
    <message>
        <source>The routine or playlist</source>
        <translation>Die Routine oder Playlist</translation>
    </message>
    <message>
        <source>Time on its steps</source>
        <translation>Zeit für ihre Schritte</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Geschaffte Schritte</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <translation>Übersprungene Schritte</translation>
    </message>
    <message>
        <source>Pain · effort (0-10); ✎ a note</source>
        <translation>Schmerz · Anstrengung (0–10); ✎ eine Notiz</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>Anstrengung %1</translation>
    </message>
    <message>
        <source>not said</source>
        <extracomment>Row -&gt; its cells&apos; text, made when first shown. Pages fetched since the last reset (tests and the benchmark read it).</extracomment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>none</source>
        <comment>an empty cell</comment>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System (light or dark)</source>
        <translation>System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting as it changes.</source>
        <translation>„System“ folgt der hellen oder dunklen Einstellung des Desktops, auch wenn sie sich ändert.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>System</source>
        <comment>the system&apos;s language</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window and of routines; applies when Supple starts again.</source>
        <translation>Die Sprache des Fensters und der Routinen; gilt ab dem nächsten Start von Supple.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Single-key shortcuts (Space, L, F, M, [, ], …)</source>
        <translation>Einzeltasten-Kürzel (Leertaste, L, F, M, [, ], …)</translation>
    </message>
    <message>
        <source>Turn off to keep only shortcuts with Ctrl or Alt, and the function keys.</source>
        <translation>Ausschalten, um nur Kürzel mit Strg oder Alt und die Funktionstasten zu behalten.</translation>
    </message>
    <message>
        <source>Change &amp;Keys…</source>
        <translation>&amp;Tasten ändern …</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>Test</source>
        <comment>play a sound to try the volume</comment>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Mute cue sounds</source>
        <translation>Signaltöne stumm schalten</translation>
    </message>
    <message>
        <source>Speak the coaching aloud (uses the system&apos;s speech engine)</source>
        <translation>Die Anleitung vorlesen (mit der Sprachausgabe des Systems)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Speaking &amp;rate</source>
        <translation>Sprech&amp;tempo</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Voice vo&amp;lume</source>
        <translation>Lautstärke der Sti&amp;mme</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Fernbedienung</translation>
    </message>
    <message>
        <source>Control Supple from a phone&apos;s browser on this network</source>
        <translation>Supple über den Browser eines Telefons in diesem Netzwerk steuern</translation>
    </message>
    <message>
        <source>Off by default. The page&apos;s address (shown as a QR code) changes each time.</source>
        <translation>Standardmäßig aus. Die Adresse der Seite (als QR-Code angezeigt) ändert sich jedes Mal.</translation>
    </message>
    <message>
        <source>Network for remote control</source>
        <translation>Netzwerk für die Fernbedienung</translation>
    </message>
    <message>
        <source>The network with the default route</source>
        <translation>Das Netzwerk mit der Standardroute</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer (e.g. speech-dispatcher); cue sounds play instead.</source>
        <translation>Auf diesem Computer wurde keine Sprachausgabe gefunden (z. B. speech-dispatcher); stattdessen erklingen Signaltöne.</translation>
    </message>
    <message>
        <source>Where a routine does not say</source>
        <translation>Wo eine Routine nichts angibt</translation>
    </message>
    <message>
        <source>Count reps</source>
        <comment>exercise: say the repetitions aloud</comment>
        <translation>Wiederholungen zählen</translation>
    </message>
    <message>
        <source>Every rep</source>
        <comment>exercise: repetitions</comment>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <source>Every fifth rep</source>
        <comment>exercise: repetitions</comment>
        <translation>Jede fünfte Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Count reps</source>
        <comment>exercise: say the repetitions aloud</comment>
        <translation>Wiederholungen &amp;zählen</translation>
    </message>
    <message>
        <source>Get ready seconds before each step</source>
        <translation>Sekunden zum Bereitmachen vor jedem Schritt</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Bereitmachen</translation>
    </message>
    <message>
        <source>Rest seconds after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Pause in Sekunden nach jedem Satz</translation>
    </message>
    <message>
        <source>&amp;Rest after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Pause nach jedem Satz</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Sekunden zum Seitenwechsel</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Seite &amp;wechseln</translation>
    </message>
    <message>
        <source>Count down (3, 2, 1) before a rest</source>
        <comment>exercise: the pause</comment>
        <translation>Vor einer Pause herunterzählen (3, 2, 1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Streak target</source>
        <translation>Serienziel</translation>
    </message>
    <message>
        <source>What a streak counts: days in a row, or weeks in a row with this many days</source>
        <translation>Was eine Serie zählt: Tage in Folge oder Wochen in Folge mit so vielen Tagen</translation>
    </message>
    <message>
        <source>Streak &amp;target</source>
        <translation>Serien&amp;ziel</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Ladder routines: suggest another level</source>
        <translation>Leiter-Routinen: eine andere Stufe vorschlagen</translation>
    </message>
    <message>
        <source>Move up after</source>
        <translation>Aufsteigen nach</translation>
    </message>
    <message>
        <source>Easy sessions in a row before suggesting the next level</source>
        <translation>Leichte Einheiten in Folge, bevor die nächste Stufe vorgeschlagen wird</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a number</comment>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>…with pain at most</source>
        <translation>… mit Schmerz höchstens</translation>
    </message>
    <message>
        <source>Most pain of an easy session, 0 to 10</source>
        <translation>Höchster Schmerz einer leichten Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Least effort of an easy session, 0 to 10</source>
        <translation>Geringste Anstrengung einer leichten Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>to</source>
        <comment>effort from 2 to 6</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Most effort of an easy session, 0 to 10</source>
        <translation>Höchste Anstrengung einer leichten Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>…and effort from</source>
        <translation>… und Anstrengung von</translation>
    </message>
    <message>
        <source>Ease back at pain</source>
        <translation>Zurückstufen ab Schmerz</translation>
    </message>
    <message>
        <source>Pain that suggests easing back, 1 to 10</source>
        <translation>Schmerz, ab dem Zurückstufen vorgeschlagen wird, 1 bis 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <comment>keys that work anywhere in the window</comment>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <extracomment>A step was double-clicked or Enter was pressed on it (the window jumps or starts there).</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The routine&apos;s steps, in the order a session plays them</source>
        <translation>Die Schritte der Routine, in der Reihenfolge der Einheit</translation>
    </message>
    <message>
        <source>Level %1 (not today)</source>
        <extracomment>The person&apos;s level on a ladder routine (None: not a ladder): steps above it are not played.</extracomment>
        <translation>Stufe %1 (heute nicht)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Above my level: not in today&apos;s session</source>
        <translation>Über meiner Stufe: nicht in der heutigen Einheit</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s)</source>
        <translation>
            <numerusform>%n Schritteintrag</numerusform>
            <numerusform>%n Schritteinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Supple&apos;s database was damaged (%1).</source>
        <translation>Die Datenbank von Supple war beschädigt (%1).</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 in the data folder.</source>
        <translation>Die beschädigte Datei wurde als %1 im Datenordner aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup from %1 was restored: %2 and %3 are in your history now.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt: %2 und %3 sind jetzt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Anything recorded after %1 was not recovered, apart from those.</source>
        <translation>Was nach dem %1 aufgezeichnet wurde, wurde bis auf diese nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Anything recorded after %1 was not recovered.</source>
        <translation>Was nach dem %1 aufgezeichnet wurde, wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>No good backup was found, so Supple started a fresh database (%1 and %2 in it now).</source>
        <translation>Es wurde keine intakte Sicherung gefunden, daher hat Supple eine neue Datenbank angelegt (jetzt mit %1 und %2).</translation>
    </message>
    <message>
        <source>Anything that could not be read from the damaged file was not recovered, apart from those.</source>
        <translation>Was sich aus der beschädigten Datei nicht lesen ließ, wurde bis auf diese nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Anything that could not be read from the damaged file was not recovered.</source>
        <translation>Was sich aus der beschädigten Datei nicht lesen ließ, wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 and %2 were read back from the damaged file.</source>
        <translation>%1 und %2 wurden aus der beschädigten Datei zurückgelesen.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Supple (schema revision %2; this version knows revisions up to %3). Supple will not change it. Install the newer version to keep recording, or open it read-only to look at your history.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Supple geschrieben (Schema-Revision %2; diese Version kennt Revisionen bis %3). Supple ändert sie nicht. Installieren Sie die neuere Version, um weiter aufzuzeichnen, oder öffnen Sie sie schreibgeschützt, um Ihren Verlauf anzusehen.</translation>
    </message>
</context>
<context>
    <name>SummaryControl</name>
    <message>
        <source>Saved how the session felt to your history.</source>
        <translation>Wie sich die Einheit angefühlt hat, ist in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Your level is now %1.</source>
        <translation>Ihre Stufe ist jetzt %1.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <extracomment>The one worker for serial tasks (store writes that keep their order). Where failures go when the task has no handler of its own (the window sets it). Tasks whose work has not ended, for `wait_all`.</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <extracomment>What was last announced to screen readers: a phase is announced once, when it starts, never its every second (the time left is the ring&apos;s description, read on request).</extracomment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Session left %1</source>
        <translation>Einheit noch %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>S&amp;how Supple</source>
        <translation>Supple &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Supple</source>
        <translation>Supple</translation>
    </message>
    <message>
        <source>Star a routine or save a playlist to start it here</source>
        <translation>Markieren Sie eine Routine oder speichern Sie eine Playlist, um sie hier zu starten</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <source>Star a routine or save a playlist first</source>
        <translation>Markieren Sie zuerst eine Routine oder speichern Sie eine Playlist</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>The routine &quot;%1&quot; is no longer in the library.</source>
        <extracomment>Connected to the session bus when the store opens, not before the window shows.</extracomment>
        <translation>Die Routine „%1“ ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Reminders cannot be saved: the database is read-only.</source>
        <translation>Erinnerungen können nicht gespeichert werden: Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Keep Supple in the tray?</source>
        <translation>Supple im Infobereich behalten?</translation>
    </message>
    <message>
        <source>You have reminders set. Keep Supple running in the tray when the window closes, so that they can come? (Quit from the tray icon&apos;s menu.)</source>
        <translation>Sie haben Erinnerungen eingerichtet. Soll Supple nach dem Schließen des Fensters im Infobereich weiterlaufen, damit sie kommen können? (Beenden über das Menü des Symbols im Infobereich.)</translation>
    </message>
    <message>
        <source>Supple cannot write its start-at-login entry: %1 (%2).</source>
        <extracomment>The application id: the desktop file&apos;s name, the icon&apos;s, the notifications&apos; desktop-entry.</extracomment>
        <translation>Supple kann seinen Eintrag für den Start bei der Anmeldung nicht schreiben: %1 (%2).</translation>
    </message>
    <message>
        <source>Supple cannot remove its start-at-login entry: %1 (%2).</source>
        <translation>Supple kann seinen Eintrag für den Start bei der Anmeldung nicht entfernen: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The demonstration clip</source>
        <translation>Der Vorführclip</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Kein Clip</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Leertaste zum Fortfahren</translation>
    </message>
    <message>
        <source>Cannot play this clip</source>
        <translation>Dieser Clip kann nicht abgespielt werden</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes per week for the last 12 weeks</source>
        <translation>Minuten pro Woche in den letzten 12 Wochen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Get ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>exercise: the timer phase, the pause between sets or steps</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>timer phase: working the left side</comment>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>timer phase: working the right side</comment>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>timer phase: doing the exercise</comment>
        <translation>Übung</translation>
    </message>
    <message>
        <source>left and right</source>
        <comment>exercise: a step worked on each side</comment>
        <translation>links und rechts</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left</source>
        <comment>exercise: the side worked, in a session&apos;s list of steps</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>exercise: the side worked, in a session&apos;s list of steps</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a step of a session the person skipped</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a step of a session the person finished</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>level %1</source>
        <comment>the progression level a session was done at</comment>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <comment>exercise: hold the position for this many seconds</comment>
        <translation>%1 s halten</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <comment>exercise: repetitions</comment>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <comment>exercise: rounds of the work</comment>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <comment>exercise: the pause after each set</comment>
        <translation>%1 s Pause</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <comment>exercise: hold the position for this time</comment>
        <translation>%1 halten</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) in %1</source>
        <comment>exercise: repetitions in this time</comment>
        <translation>
            <numerusform>%n Wiederholung in %1</numerusform>
            <numerusform>%n Wiederholungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>step %1</source>
        <comment>the whole step takes this time</comment>
        <translation>Schritt gesamt %1</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <comment>exercise: repetition counter</comment>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <comment>exercise: set counter</comment>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 von %n Schritt geschafft</numerusform>
            <numerusform>%1 von %n Schritten geschafft</numerusform>
        </translation>
    </message>
    <message>
        <source>finish</source>
        <comment>the session ends next</comment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>switch to the %1</source>
        <comment>switch sides; %1 is left side or right side</comment>
        <translation>Wechsel auf die %1</translation>
    </message>
    <message>
        <source>work</source>
        <comment>the exercise itself, next in the session</comment>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <comment>exercise: spoken when the other side starts</comment>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Rest. Next: %1.</source>
        <comment>exercise: spoken when a rest starts; %1: what comes next</comment>
        <translation>Pause. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Three</source>
        <comment>spoken countdown</comment>
        <translation>Drei</translation>
    </message>
    <message>
        <source>Two</source>
        <comment>spoken countdown</comment>
        <translation>Zwei</translation>
    </message>
    <message>
        <source>One</source>
        <comment>spoken countdown</comment>
        <translation>Eins</translation>
    </message>
    <message>
        <source>Halfway</source>
        <comment>spoken half way through a long hold</comment>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>%1: %2, %3 of work.</source>
        <comment>spoken summary: the headline, the steps done, the time worked</comment>
        <translation>%1: %2, %3 Training.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <comment>spoken at the end of a session</comment>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Left side.</source>
        <comment>exercise: spoken after a step&apos;s own line</comment>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <comment>exercise: spoken after a step&apos;s own line</comment>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <comment>exercise: spoken; %1 is the step&apos;s name</comment>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <comment>exercise: spoken; %1 is the step&apos;s name</comment>
        <translation>%1, rechte Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of work</source>
        <comment>time spent exercising</comment>
        <translation>%1 Übungszeit</translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s) not saved to history.</source>
        <translation>
            <numerusform>%n Schritteintrag wurde nicht im Verlauf gespeichert.</numerusform>
            <numerusform>%n Schritteinträge wurden nicht im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this playlist are missing and skipped.</source>
        <translation>
            <numerusform>%n Eintrag dieser Playlist fehlt und wird übersprungen.</numerusform>
            <numerusform>%n Einträge dieser Playlist fehlen und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n Tag pro Woche</numerusform>
            <numerusform>%n Tage pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>playlist items</comment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag hinzufügen</numerusform>
            <numerusform>%n Einträge hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag duplizieren</numerusform>
            <numerusform>%n Einträge duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag verschieben</numerusform>
            <numerusform>%n Einträge verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be played (⚠)</source>
        <translation>
            <numerusform>%n Eintrag kann nicht abgespielt werden (⚠)</numerusform>
            <numerusform>%n Einträge können nicht abgespielt werden (⚠)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uses %n file(s) from outside its folder</source>
        <translation>
            <numerusform>%1 verwendet %n Datei außerhalb seines Ordners</numerusform>
            <numerusform>%1 verwendet %n Dateien außerhalb seines Ordners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the sheet of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Das Blatt von %1 (%n Seite) wurde unter %2 gespeichert.</numerusform>
            <numerusform>Das Blatt von %1 (%n Seiten) wurde unter %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of %1 to the printer.</source>
        <translation>
            <numerusform>%n Seite von %1 an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten von %1 an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of %1 cannot show a clip (marked ⚠); the rest plays as usual.</source>
        <translation>
            <numerusform>%n Schritt von %1 kann keinen Clip zeigen (mit ⚠ markiert); der Rest läuft wie gewohnt.</numerusform>
            <numerusform>%n Schritte von %1 können keinen Clip zeigen (mit ⚠ markiert); der Rest läuft wie gewohnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, marked beside their fields)</source>
        <translation>
            <numerusform>(und %n weiteres, neben seinem Feld markiert)</numerusform>
            <numerusform>(und %n weitere, neben ihren Feldern markiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n day(s))</source>
        <translation>
            <numerusform>(längste %n Tag)</numerusform>
            <numerusform>(längste %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row</source>
        <translation>
            <numerusform>%n Woche in Folge</numerusform>
            <numerusform>%n Wochen in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n day(s) practised</source>
        <translation>
            <numerusform>mit %n Übungstag</numerusform>
            <numerusform>mit %n Übungstagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n week(s))</source>
        <translation>
            <numerusform>(längste %n Woche)</numerusform>
            <numerusform>(längste %n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain was %1 of 10: easing back to level %2 may help.</source>
        <translation>Der Schmerz lag bei %1 von 10: Zurückstufen auf Stufe %2 kann helfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) at level %1 with little pain and moderate effort: ready for level %2?</source>
        <translation>
            <numerusform>%n Einheit auf Stufe %1 mit wenig Schmerz und mäßiger Anstrengung: bereit für Stufe %2?</numerusform>
            <numerusform>%n Einheiten auf Stufe %1 mit wenig Schmerz und mäßiger Anstrengung: bereit für Stufe %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <comment>reminder days</comment>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <comment>reminder days</comment>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <comment>reminder days</comment>
        <translation>An Wochenenden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>reminder days at a time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list&apos;s last two</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>You planned %1 today.</source>
        <translation>Sie hatten heute %1 geplant.</translation>
    </message>
</context>
</TS>
