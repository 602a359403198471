<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session: timed steps, sides and rests (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step at or below your level (%1) is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above your level (%2): today&apos;s session works up to level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did is saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (favourites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the clip (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip speed: slow motion to learn the form ([ and ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the clip (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the clip (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip volume (Ctrl+Up and Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this routine to your favourites (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite steps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the steps you starred (Ctrl+D stars the selected step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loop Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add 10 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine or playlist (a .supple bundle or a file) to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the playlist being built, or the routine chosen in the library or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame F&amp;orward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lou&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qu&amp;ieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ute Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting video…</source>
        <extracomment>The status line of the last session&apos;s end, shown again when a late write fails. Set once the transport icons are drawn: from then on, a new palette draws them again. Asked as the window closes: True keeps Supple running in the tray (desktop/qt/tray_controller.py). set_store has been called (with the store, or None when it could not be opened). A playlist&apos;s plan items (each step with its own routine and speed), to play it again. The list rows the session plays, when it plays only some (favourites); None: every row. A session has played to its end: Start begins again at the first step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine to begin (File ▸ Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not being saved: the database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is read-only: this database was written by a newer Supple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) · %1 with rests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines and clips (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine or clip</source>
        <extracomment>How many bytes of a JSON file are read to tell a playlist from a routine (&quot;format&quot; comes first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a routine or build a playlist to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple could not save that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The favourites, one object the window and the Library share; both follow `changed`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your streak, the days you practised and every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot; (saved: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playlist has nothing to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <comment>exercise: the time of a hold (noun, under a time)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <comment>exercise: the time of the repetitions (noun, under a time)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip speed %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip volume %1% (Ctrl+Up and Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <comment>the video backend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A player for guided movement routines: a looping demonstration clip, the steps, a timer that tells you when to hold, switch sides and rest, and a record of what you did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting as it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>the system&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window and of routines; applies when Supple starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-key shortcuts (Space, L, F, M, [, ], …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off to keep only shortcuts with Ctrl or Alt, and the function keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <comment>play a sound to try the volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak cues aloud (uses the system&apos;s speech engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a routine does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready seconds before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest seconds after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down (3, 2, 1) before a rest</source>
        <comment>exercise: the pause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a streak counts: days in a row, or weeks in a row with this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak &amp;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine was found on this computer (e.g. speech-dispatcher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder routines: suggest another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy sessions in a row before suggesting the next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…with pain at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most pain of an easy session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least effort of an easy session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>effort from 2 to 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most effort of an easy session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and effort from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease back at pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that suggests easing back, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <extracomment>A step was double-clicked or Enter was pressed on it (the window jumps or starts there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s steps, in the order a session plays them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (not today)</source>
        <extracomment>The person&apos;s level on a ladder routine (None: not a ladder): steps above it are not played.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above my level: not in today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <extracomment>What was last announced to screen readers: a phase is announced once, when it starts, never its every second (the time left is the ring&apos;s description, read on request).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session left %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>timer phase: the pause between sets or steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <comment>timer phase: working the left side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <comment>timer phase: working the right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <comment>timer phase: doing the exercise</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left and right</source>
        <comment>exercise: a step worked on each side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <comment>exercise: hold the position for this many seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <comment>exercise: repetitions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <comment>exercise: rounds of the work</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <comment>exercise: the pause after each set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1</source>
        <comment>exercise: hold the position for this time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) in %1</source>
        <comment>exercise: repetitions in this time</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <comment>the whole step takes this time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <comment>exercise: repetition counter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <comment>exercise: set counter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finish</source>
        <comment>the session ends next</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to the %1</source>
        <comment>switch sides; %1 is left side or right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <comment>the exercise itself, next in the session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of work</source>
        <comment>time spent exercising</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s) not saved to history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this playlist are missing and skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
