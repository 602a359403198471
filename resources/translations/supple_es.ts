<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>CrashReporter</name>
    <message>
        <source>Supple hit a problem</source>
        <translation>Supple ha tenido un problema</translation>
    </message>
    <message>
        <source>Supple keeps running, but what you were doing may not have finished. The details are in the log:
%1</source>
        <translation>Supple sigue funcionando, pero lo que estabas haciendo puede no haber terminado. Los detalles están en el registro:
%1</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Muy bien. Sesión completada.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Supple Guide</source>
        <translation>Guía de Supple</translation>
    </message>
    <message>
        <source>The guide cannot be read: %1: %2</source>
        <translation>No se puede leer la guía: %1: %2</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>another shortcut</source>
        <translation>otro atajo</translation>
    </message>
    <message>
        <source>Change Keys</source>
        <translation>Cambiar teclas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Acciones y sus teclas</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Tecla para %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>%1 is already the key of %2.</source>
        <translation>%1 ya es la tecla de %2.</translation>
    </message>
</context>
<context>
    <name>LadderControl</name>
    <message>
        <source>My &amp;Level</source>
        <translation>Mi &amp;nivel</translation>
    </message>
    <message>
        <source>The hardest progression of this ladder you do today</source>
        <translation>La progresión más difícil de esta escalera que haces hoy</translation>
    </message>
    <message>
        <source>Set as My &amp;Level</source>
        <translation>Fijar como mi &amp;nivel</translation>
    </message>
    <message>
        <source>Work up to the selected step&apos;s level in today&apos;s sessions</source>
        <translation>Trabajar hasta el nivel del paso elegido en las sesiones de hoy</translation>
    </message>
    <message>
        <source>Level &amp;%1: %2</source>
        <translation>Nivel &amp;%1: %2</translation>
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
        <translation>Empieza la sesión: pasos, lados y descansos cronometrados (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>No step is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation>No hay ningún paso marcado: marca pasos con Ctrl+D o desactiva «Solo pasos favoritos».</translation>
    </message>
    <message>
        <source>No step at or below your level (%1) is starred: star steps with Ctrl+D, or turn off Favourite steps only.</source>
        <translation>No hay ningún paso marcado hasta tu nivel (%1): marca pasos con Ctrl+D o desactiva «Solo pasos favoritos».</translation>
    </message>
    <message>
        <source>%1 is above your level (%2): today&apos;s session works up to level %2.</source>
        <translation>%1 está por encima de tu nivel (%2): la sesión de hoy llega hasta el nivel %2.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>What you did is saved in your history.</source>
        <translation>Lo que has hecho queda guardado en tu historial.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Start (favourites)</source>
        <translation>Empezar (favoritos)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar sesión</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Paso anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Paso siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Loop the clip</source>
        <translation>Repetir el clip en bucle</translation>
    </message>
    <message>
        <source>Loop the clip (L)</source>
        <translation>Repetir el clip en bucle (L)</translation>
    </message>
    <message>
        <source>Clip speed: slow motion to learn the form ([ and ])</source>
        <translation>Velocidad del clip: cámara lenta para aprender la técnica ([ y ])</translation>
    </message>
    <message>
        <source>Mirror the clip</source>
        <translation>Reflejar el clip</translation>
    </message>
    <message>
        <source>Mirror the clip (Ctrl+M)</source>
        <translation>Reflejar el clip (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute the clip</source>
        <translation>Silenciar el clip</translation>
    </message>
    <message>
        <source>Mute the clip (M)</source>
        <translation>Silenciar el clip (M)</translation>
    </message>
    <message>
        <source>Clip volume (Ctrl+Up and Ctrl+Down)</source>
        <translation>Volumen del clip (Ctrl+Arriba y Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Clip volume</source>
        <translation>Volumen del clip</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <source>Add this routine to your favourites (Ctrl+Shift+D)</source>
        <translation>Añade esta rutina a tus favoritos (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Favourite steps only</source>
        <translation>Solo pasos favoritos</translation>
    </message>
    <message>
        <source>Show only the steps you starred (Ctrl+D stars the selected step)</source>
        <translation>Muestra solo los pasos marcados (Ctrl+D marca el paso elegido)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausar</translation>
    </message>
    <message>
        <source>P&amp;revious Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Loop Clip</source>
        <translation>Clip en &amp;bucle</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
    <message>
        <source>&amp;Restart Step</source>
        <translation>&amp;Reiniciar paso</translation>
    </message>
    <message>
        <source>&amp;Add 10 Seconds</source>
        <translation>&amp;Añadir 10 segundos</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a routine or playlist (a .supple bundle or a file) to the library</source>
        <translation>Añade una rutina o lista (un paquete .supple o un archivo) a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the playlist being built, or the routine chosen in the library or open</source>
        <translation>Exporta la lista que estás creando, o la rutina elegida en la biblioteca o abierta</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Supple &amp;Guide</source>
        <translation>&amp;Guía de Supple</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <source>Frame &amp;Back</source>
        <translation>Fotograma &amp;atrás</translation>
    </message>
    <message>
        <source>Frame F&amp;orward</source>
        <translation>Fotograma a&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>Re&amp;flejar</translation>
    </message>
    <message>
        <source>Lou&amp;der</source>
        <translation>Más &amp;alto</translation>
    </message>
    <message>
        <source>Qu&amp;ieter</source>
        <translation>Más &amp;bajo</translation>
    </message>
    <message>
        <source>M&amp;ute Clip</source>
        <translation>&amp;Silenciar clip</translation>
    </message>
    <message>
        <source>Favourite S&amp;tep</source>
        <translation>Paso &amp;favorito</translation>
    </message>
    <message>
        <source>Favourite R&amp;outine</source>
        <translation>&amp;Rutina favorita</translation>
    </message>
    <message>
        <source>&amp;About Supple</source>
        <translation>A&amp;cerca de Supple</translation>
    </message>
    <message>
        <source>Starting video…</source>
        <extracomment>The status line of the last session&apos;s end, shown again when a late write fails. Set once the transport icons are drawn: from then on, a new palette draws them again. Asked as the window closes: True keeps Supple running in the tray (desktop/qt/tray_controller.py). set_store has been called (with the store, or None when it could not be opened). A playlist&apos;s plan items (each step with its own routine and speed), to play it again. The list rows the session plays, when it plays only some (favourites); None: every row. A session has played to its end: Start begins again at the first step.</extracomment>
        <translation>Iniciando vídeo…</translation>
    </message>
    <message>
        <source>Open a routine to begin (File ▸ Open)</source>
        <translation>Abre una rutina para empezar (Archivo ▸ Abrir)</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <source>History is not being saved: the database could not be opened.</source>
        <translation>El historial no se está guardando: no se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>History is read-only: this database was written by a newer Supple.</source>
        <translation>El historial es de solo lectura: esta base de datos la escribió un Supple más reciente.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) · %1 with rests</source>
        <translation>
            <numerusform>%n paso · %1 con descansos</numerusform>
            <numerusform>%n pasos · %1 con descansos</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Preparación: %1</translation>
    </message>
    <message>
        <source>Routines and clips (%1)</source>
        <translation>Rutinas y clips (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a routine or clip</source>
        <extracomment>How many bytes of a JSON file are read to tell a playlist from a routine (&quot;format&quot; comes first).</extracomment>
        <translation>Abrir una rutina o un clip</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>Aún no se ha abierto nada</translation>
    </message>
    <message>
        <source>Open a routine or build a playlist to export it.</source>
        <translation>Abre una rutina o crea una lista para exportarla.</translation>
    </message>
    <message>
        <source>Your data folder is %1</source>
        <translation>Tu carpeta de datos es %1</translation>
    </message>
    <message>
        <source>Cannot open routine</source>
        <translation>No se puede abrir la rutina</translation>
    </message>
    <message>
        <source>Supple cannot open %1.</source>
        <translation>Supple no puede abrir %1.</translation>
    </message>
    <message>
        <source>Supple could not save that change</source>
        <translation>Supple no pudo guardar ese cambio</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The favourites, one object the window and the Library share; both follow `changed`.</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your streak, the days you practised and every session</source>
        <translation>Tu racha, los días que practicaste y cada sesión</translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot; (saved: %2).</source>
        <translation>No hay ninguna lista guardada «%1» (guardadas: %2).</translation>
    </message>
    <message>
        <source>There is no saved playlist &quot;%1&quot;.</source>
        <translation>No hay ninguna lista guardada «%1».</translation>
    </message>
    <message>
        <source>This playlist has nothing to play.</source>
        <translation>Esta lista no tiene nada que reproducir.</translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation>por lado</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>exercise: the time of a hold (noun, under a time)</comment>
        <translation>mantener</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>exercise: the time of the repetitions (noun, under a time)</comment>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Clip speed %1×</source>
        <translation>Velocidad del clip %1×</translation>
    </message>
    <message>
        <source>Clip volume %1% (Ctrl+Up and Ctrl+Down)</source>
        <translation>Volumen del clip %1 % (Ctrl+Arriba y Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>not loaded</source>
        <comment>the video backend</comment>
        <translation>sin cargar</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>A player for guided movement routines: a looping demonstration clip, the steps, a timer that tells you when to hold, switch sides and rest, and a record of what you did.</source>
        <translation>Un reproductor de rutinas de movimiento guiadas: un clip de demostración en bucle, los pasos, un temporizador que te dice cuándo mantener, cambiar de lado y descansar, y un registro de lo que has hecho.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System (light or dark)</source>
        <translation>Sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting as it changes.</source>
        <translation>«Sistema» sigue el modo claro u oscuro del escritorio cuando cambia.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>System</source>
        <comment>the system&apos;s language</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window and of routines; applies when Supple starts again.</source>
        <translation>El idioma de la ventana y de las rutinas; se aplica cuando Supple vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Single-key shortcuts (Space, L, F, M, [, ], …)</source>
        <translation>Atajos de una tecla (Espacio, L, F, M, [, ], …)</translation>
    </message>
    <message>
        <source>Turn off to keep only shortcuts with Ctrl or Alt, and the function keys.</source>
        <translation>Desactívalo para quedarte solo con los atajos con Ctrl o Alt y las teclas de función.</translation>
    </message>
    <message>
        <source>Change &amp;Keys…</source>
        <translation>Cambiar &amp;teclas…</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de los avisos</translation>
    </message>
    <message>
        <source>Test</source>
        <comment>play a sound to try the volume</comment>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Mute cue sounds</source>
        <translation>Silenciar los sonidos de aviso</translation>
    </message>
    <message>
        <source>Speak cues aloud (uses the system&apos;s speech engine)</source>
        <translation>Leer las indicaciones en voz alta (usa la voz del sistema)</translation>
    </message>
    <message>
        <source>Where a routine does not say</source>
        <translation>Cuando una rutina no lo indica</translation>
    </message>
    <message>
        <source>Get ready seconds before each step</source>
        <translation>Segundos para prepararse antes de cada paso</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Prepárate</translation>
    </message>
    <message>
        <source>Rest seconds after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Segundos de descanso tras cada serie</translation>
    </message>
    <message>
        <source>&amp;Rest after each set</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Descanso tras cada serie</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Segundos para cambiar de lado</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>&amp;Cambio de lado</translation>
    </message>
    <message>
        <source>Count down (3, 2, 1) before a rest</source>
        <comment>exercise: the pause</comment>
        <translation>Cuenta atrás (3, 2, 1) antes de un descanso</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Streak target</source>
        <translation>Objetivo de racha</translation>
    </message>
    <message>
        <source>What a streak counts: days in a row, or weeks in a row with this many days</source>
        <translation>Qué cuenta una racha: días seguidos, o semanas seguidas con tantos días</translation>
    </message>
    <message>
        <source>Streak &amp;target</source>
        <translation>&amp;Objetivo de racha</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer (e.g. speech-dispatcher).</source>
        <translation>No se encontró ningún motor de voz en este ordenador (p. ej., speech-dispatcher).</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Ladder routines: suggest another level</source>
        <translation>Rutinas en escalera: sugerir otro nivel</translation>
    </message>
    <message>
        <source>Move up after</source>
        <translation>Subir tras</translation>
    </message>
    <message>
        <source>Easy sessions in a row before suggesting the next level</source>
        <translation>Sesiones fáciles seguidas antes de sugerir el nivel siguiente</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a number</comment>
        <translation> sesiones</translation>
    </message>
    <message>
        <source>…with pain at most</source>
        <translation>…con dolor como máximo</translation>
    </message>
    <message>
        <source>Most pain of an easy session, 0 to 10</source>
        <translation>Dolor máximo de una sesión fácil, de 0 a 10</translation>
    </message>
    <message>
        <source>Least effort of an easy session, 0 to 10</source>
        <translation>Esfuerzo mínimo de una sesión fácil, de 0 a 10</translation>
    </message>
    <message>
        <source>to</source>
        <comment>effort from 2 to 6</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Most effort of an easy session, 0 to 10</source>
        <translation>Esfuerzo máximo de una sesión fácil, de 0 a 10</translation>
    </message>
    <message>
        <source>…and effort from</source>
        <translation>…y esfuerzo de</translation>
    </message>
    <message>
        <source>Ease back at pain</source>
        <translation>Bajar con dolor de</translation>
    </message>
    <message>
        <source>Pain that suggests easing back, 1 to 10</source>
        <translation>Dolor a partir del cual se sugiere bajar, de 1 a 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <comment>keys that work anywhere in the window</comment>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys</comment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <extracomment>A step was double-clicked or Enter was pressed on it (the window jumps or starts there).</extracomment>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The routine&apos;s steps, in the order a session plays them</source>
        <translation>Los pasos de la rutina, en el orden en que los sigue una sesión</translation>
    </message>
    <message>
        <source>Level %1 (not today)</source>
        <extracomment>The person&apos;s level on a ladder routine (None: not a ladder): steps above it are not played.</extracomment>
        <translation>Nivel %1 (hoy no)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Above my level: not in today&apos;s session</source>
        <translation>Por encima de mi nivel: no entra en la sesión de hoy</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>the timer before a session starts</comment>
        <extracomment>What was last announced to screen readers: a phase is announced once, when it starts, never its every second (the time left is the ring&apos;s description, read on request).</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Session left %1</source>
        <translation>Quedan %1 de sesión</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>The demonstration clip</source>
        <translation>El clip de demostración</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Sin clip</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Espacio para seguir</translation>
    </message>
    <message>
        <source>Cannot play this clip</source>
        <translation>No se puede reproducir este clip</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>exercise: the timer phase, the pause between sets or steps</comment>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>timer phase: working the left side</comment>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>timer phase: working the right side</comment>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>timer phase: doing the exercise</comment>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>left and right</source>
        <comment>exercise: a step worked on each side</comment>
        <translation>izquierda y derecha</translation>
    </message>
    <message>
        <source>left side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <comment>exercise: a step worked on one side</comment>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <comment>exercise: hold the position for this many seconds</comment>
        <translation>Mantén %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <comment>exercise: repetitions</comment>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <comment>exercise: rounds of the work</comment>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <comment>exercise: the pause after each set</comment>
        <translation>descanso de %1 s</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <comment>exercise: hold the position for this time</comment>
        <translation>Mantén %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) in %1</source>
        <comment>exercise: repetitions in this time</comment>
        <translation>
            <numerusform>%n repetición en %1</numerusform>
            <numerusform>%n repeticiones en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>per side</source>
        <comment>exercise: for each side of the body</comment>
        <translation>por lado</translation>
    </message>
    <message>
        <source>step %1</source>
        <comment>the whole step takes this time</comment>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <comment>exercise: repetition counter</comment>
        <translation>repetición %1 de %2</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <comment>exercise: set counter</comment>
        <translation>serie %1 de %2</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>finish</source>
        <comment>the session ends next</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>switch to the %1</source>
        <comment>switch sides; %1 is left side or right side</comment>
        <translation>cambio al %1</translation>
    </message>
    <message>
        <source>work</source>
        <comment>the exercise itself, next in the session</comment>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>%1 of work</source>
        <comment>time spent exercising</comment>
        <translation>%1 de ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s) not saved to history.</source>
        <translation>
            <numerusform>%n registro de paso no se guardó en el historial.</numerusform>
            <numerusform>%n registros de pasos no se guardaron en el historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this playlist are missing and skipped.</source>
        <translation>
            <numerusform>Falta %n elemento de esta lista y se omite.</numerusform>
            <numerusform>Faltan %n elementos de esta lista y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n día a la semana</numerusform>
            <numerusform>%n días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
</context>
</TS>
