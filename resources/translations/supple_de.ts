<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
    <name>CuePlayer</name>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Gut gemacht. Einheit abgeschlossen.</translation>
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
    <name>KeysDialog</name>
    <message>
        <source>another shortcut</source>
        <translation>einem anderen Tastenkürzel</translation>
    </message>
    <message>
        <source>Change Keys</source>
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
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
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
        <source>Speak cues aloud (uses the system&apos;s speech engine)</source>
        <translation>Hinweise vorlesen (mit der Sprachausgabe des Systems)</translation>
    </message>
    <message>
        <source>Where a routine does not say</source>
        <translation>Wo eine Routine nichts angibt</translation>
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
        <source>No speech engine was found on this computer (e.g. speech-dispatcher).</source>
        <translation>Auf diesem Computer wurde keine Sprachausgabe gefunden (z. B. speech-dispatcher).</translation>
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
        <translation>Schritt %1</translation>
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
</context>
</TS>
