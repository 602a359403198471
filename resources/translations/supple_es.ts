<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Playing without libVLC</source>
        <extracomment>How long the store waits for the first frame before it opens anyway (a clip that never shows). Libraries that nothing before the first frame needs; the start-up report says which are loaded.</extracomment>
        <translation>Reproducción sin libVLC</translation>
    </message>
    <message>
        <source>Supple opened it read-only: history is shown but nothing new is saved.</source>
        <translation>Supple la abrió en solo lectura: se muestra el historial, pero no se guarda nada nuevo.</translation>
    </message>
    <message>
        <source>Supple could not open its database: %1. Nothing will be saved this time.</source>
        <translation>Supple no pudo abrir su base de datos: %1. Esta vez no se guardará nada.</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Your history was repaired</source>
        <translation>Tu historial se ha reparado</translation>
    </message>
</context>
<context>
    <name>CalendarChart</name>
    <message>
        <source>Calendar of days practised</source>
        <extracomment>Okabe-Ito colours: told apart with every common colour-vision deficiency. Minutes a day at which the calendar&apos;s colour is fullest.</extracomment>
        <translation>Calendario de días practicados</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no session that day</comment>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 min</source>
        <translation>
            <numerusform>%n sesión, %1 min</numerusform>
            <numerusform>%n sesiones, %1 min</numerusform>
        </translation>
    </message>
</context>
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
    <name>Expected</name>
    <message>
        <source>a JSON object { ... } holding the playlist</source>
        <translation>un objeto JSON { ... } que contiene la lista</translation>
    </message>
    <message>
        <source>&quot;supple.playlist/1&quot; (the version of the playlist format this file is written in)</source>
        <translation>&quot;supple.playlist/1&quot; (la versión del formato de lista en que está escrito este archivo)</translation>
    </message>
    <message>
        <source>an id made of lower-case letters, digits and single hyphens, such as &quot;morning-warm-up&quot;</source>
        <translation>un id de letras minúsculas, dígitos y guiones sueltos, como &quot;morning-warm-up&quot;</translation>
    </message>
    <message>
        <source>a title (a text of 1 to 80 characters)</source>
        <translation>un título (un texto de 1 a 80 caracteres)</translation>
    </message>
    <message>
        <source>a list of items in square brackets [ ... ], at most 1000</source>
        <translation>una lista de elementos entre corchetes [ ... ], como mucho 1000</translation>
    </message>
    <message>
        <source>a list of blocks in square brackets, such as [{&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}]</source>
        <translation>una lista de bloques entre corchetes, como [{&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}]</translation>
    </message>
    <message>
        <source>an id made of lower-case letters, digits and single hyphens, such as &quot;hip-off-floor&quot;</source>
        <translation>un id de letras minúsculas, dígitos y guiones sueltos, como &quot;hip-off-floor&quot;</translation>
    </message>
    <message>
        <source>an item: an object { ... } with at least &quot;routine&quot;, such as {&quot;routine&quot;: &quot;scorpion-stretch&quot;, &quot;step&quot;: &quot;hips-at-90&quot;}</source>
        <translation>un elemento: un objeto { ... } con al menos &quot;routine&quot;, como {&quot;routine&quot;: &quot;scorpion-stretch&quot;, &quot;step&quot;: &quot;hips-at-90&quot;}</translation>
    </message>
    <message>
        <source>the id of a routine in the library, such as &quot;scorpion-stretch&quot;</source>
        <translation>el id de una rutina de la biblioteca, como &quot;scorpion-stretch&quot;</translation>
    </message>
    <message>
        <source>an object of changes to the step, such as {&quot;sets&quot;: 1, &quot;speed&quot;: 0.75}</source>
        <translation>un objeto con cambios del paso, como {&quot;sets&quot;: 1, &quot;speed&quot;: 0.75}</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>un número entero, 1 o más</translation>
    </message>
    <message>
        <source>a playback speed from 0.25 (a quarter of normal speed) to 2 (twice as fast)</source>
        <translation>una velocidad de reproducción de 0.25 (un cuarto de la normal) a 2 (el doble de rápido)</translation>
    </message>
    <message>
        <source>a block: an object such as {&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}</source>
        <translation>un bloque: un objeto como {&quot;first&quot;: 0, &quot;last&quot;: 2, &quot;rounds&quot;: 3}</translation>
    </message>
    <message>
        <source>the position of the block&apos;s first item in &quot;items&quot;, counting from 0</source>
        <translation>la posición del primer elemento del bloque en &quot;items&quot;, contando desde 0</translation>
    </message>
    <message>
        <source>the position of the block&apos;s last item in &quot;items&quot;, counting from 0</source>
        <translation>la posición del último elemento del bloque en &quot;items&quot;, contando desde 0</translation>
    </message>
    <message>
        <source>how many times to play the block, a whole number from 1 to 100</source>
        <translation>cuántas veces se reproduce el bloque, un número entero de 1 a 100</translation>
    </message>
    <message>
        <source>how many times to play the item, a whole number from 1 to 100</source>
        <translation>cuántas veces se reproduce el elemento, un número entero de 1 a 100</translation>
    </message>
    <message>
        <source>a loop [start, end] in seconds, such as [0, 4]</source>
        <translation>un bucle [inicio, fin] en segundos, como [0, 4]</translation>
    </message>
    <message>
        <source>a time in seconds, from 0 to 86400 (24 hours)</source>
        <translation>un tiempo en segundos, de 0 a 86400 (24 horas)</translation>
    </message>
    <message>
        <source>a number of seconds from 0.5 to 3600</source>
        <translation>un número de segundos de 0.5 a 3600</translation>
    </message>
    <message>
        <source>a number of seconds, 0 or more</source>
        <translation>un número de segundos, 0 o más</translation>
    </message>
    <message>
        <source>a JSON object { ... } holding the routine</source>
        <translation>un objeto JSON { ... } que contiene la rutina</translation>
    </message>
    <message>
        <source>&quot;supple.routine/1&quot; (the version of the routine format this file is written in)</source>
        <translation>&quot;supple.routine/1&quot; (la versión del formato de rutina en que está escrito este archivo)</translation>
    </message>
    <message>
        <source>a list of tags in square brackets, such as [&quot;hips&quot;, &quot;warm-up&quot;]</source>
        <translation>una lista de etiquetas entre corchetes, como [&quot;hips&quot;, &quot;warm-up&quot;]</translation>
    </message>
    <message>
        <source>a tag (a short text of up to 40 characters)</source>
        <translation>una etiqueta (un texto corto de hasta 40 caracteres)</translation>
    </message>
    <message>
        <source>an object { ... } naming each clip, such as {&quot;p1&quot;: {&quot;file&quot;: &quot;clips/p1.mp4&quot;}}</source>
        <translation>un objeto { ... } que nombra cada clip, como {&quot;p1&quot;: {&quot;file&quot;: &quot;clips/p1.mp4&quot;}}</translation>
    </message>
    <message>
        <source>a list of steps in square brackets [ ... ] with at least one step</source>
        <translation>una lista de pasos entre corchetes [ ... ] con al menos un paso</translation>
    </message>
    <message>
        <source>a text in double quotes</source>
        <translation>un texto entre comillas dobles</translation>
    </message>
    <message>
        <source>a cue (one short line of 1 to 120 characters)</source>
        <translation>una indicación (una línea corta de 1 a 120 caracteres)</translation>
    </message>
    <message>
        <source>a file path relative to the routine file, such as &quot;clips/p1.mp4&quot;</source>
        <translation>una ruta de archivo relativa al archivo de la rutina, como &quot;clips/p1.mp4&quot;</translation>
    </message>
    <message>
        <source>an object such as {&quot;file&quot;: &quot;clips/p1.mp4&quot;, &quot;poster&quot;: &quot;clips/p1.png&quot;}</source>
        <translation>un objeto como {&quot;file&quot;: &quot;clips/p1.mp4&quot;, &quot;poster&quot;: &quot;clips/p1.png&quot;}</translation>
    </message>
    <message>
        <source>a step: an object { ... } with at least &quot;id&quot;, &quot;title&quot;, &quot;clip&quot; and either &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>un paso: un objeto { ... } con al menos &quot;id&quot;, &quot;title&quot;, &quot;clip&quot; y &quot;hold&quot; o &quot;reps&quot;</translation>
    </message>
    <message>
        <source>a list of cues in square brackets, such as [&quot;Breathe out as you lift&quot;]</source>
        <translation>una lista de indicaciones entre corchetes, como [&quot;Espira al levantar&quot;]</translation>
    </message>
    <message>
        <source>the id of one of the clips listed under &quot;clips&quot;</source>
        <translation>el id de uno de los clips listados en &quot;clips&quot;</translation>
    </message>
    <message>
        <source>an object such as {&quot;left&quot;: [0, 4], &quot;right&quot;: [4, 8]}</source>
        <translation>un objeto como {&quot;left&quot;: [0, 4], &quot;right&quot;: [4, 8]}</translation>
    </message>
    <message>
        <source>&quot;supple.routine/2&quot; (the version of the routine format this file is written in)</source>
        <translation>&quot;supple.routine/2&quot; (la versión del formato de rutina en que está escrito este archivo)</translation>
    </message>
    <message>
        <source>an object { ... } of translations by language tag, such as {&quot;de&quot;: {&quot;title&quot;: &quot;Skorpion-Dehnung&quot;}}</source>
        <translation>un objeto { ... } de traducciones por etiqueta de idioma, como {&quot;de&quot;: {&quot;title&quot;: &quot;Skorpion-Dehnung&quot;}}</translation>
    </message>
    <message>
        <source>a language tag such as &quot;de&quot;, &quot;es&quot; or &quot;pt-BR&quot; (language in lower case, region in upper case)</source>
        <translation>una etiqueta de idioma como &quot;de&quot;, &quot;es&quot; o &quot;pt-BR&quot; (idioma en minúsculas, región en mayúsculas)</translation>
    </message>
    <message>
        <source>an object { ... } with the routine&apos;s text in one language: &quot;title&quot;, &quot;summary&quot;, &quot;setup&quot; and &quot;steps&quot;, each optional</source>
        <translation>un objeto { ... } con el texto de la rutina en un idioma: &quot;title&quot;, &quot;summary&quot;, &quot;setup&quot; y &quot;steps&quot;, todos opcionales</translation>
    </message>
    <message>
        <source>an object { ... } of step texts by step id, such as {&quot;hips-at-90&quot;: {&quot;title&quot;: &quot;Hüften auf 90&quot;}}</source>
        <translation>un objeto { ... } de textos de pasos por id de paso, como {&quot;hips-at-90&quot;: {&quot;title&quot;: &quot;Hüften auf 90&quot;}}</translation>
    </message>
    <message>
        <source>an object { ... } with a step&apos;s text in one language: &quot;title&quot;, &quot;cues&quot; and &quot;speak&quot;, each optional</source>
        <translation>un objeto { ... } con el texto de un paso en un idioma: &quot;title&quot;, &quot;cues&quot; y &quot;speak&quot;, todos opcionales</translation>
    </message>
    <message>
        <source>a list of cues in square brackets, one short line each</source>
        <translation>una lista de indicaciones entre corchetes, cada una una línea corta</translation>
    </message>
    <message>
        <source>a line to speak when the step starts (one line of 1 to 500 characters)</source>
        <translation>una frase que se dice al empezar el paso (una línea de 1 a 500 caracteres)</translation>
    </message>
    <message>
        <source>a level: a whole number, 1 or more (1 is the easiest progression of a ladder)</source>
        <translation>un nivel: un número entero, 1 o más (1 es la progresión más fácil de una escala)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>una lista [ ... ]</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
</context>
<context>
    <name>FeelingChart</name>
    <message>
        <source>Pain and effort over time</source>
        <translation>Dolor y esfuerzo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
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
    <name>HistoryView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Play a routine (File ▸ Open, or the Library with F9) and every step you finish or skip is kept here: the days you practised, your streak, the minutes of each week and how each session felt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay sesiones.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reproduce una rutina (Archivo ▸ Abrir, o la biblioteca con F9) y cada paso que completes u omitas queda aquí: los días que practicaste, tu racha, los minutos de cada semana y cómo te sentiste en cada sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History cannot be shown: Supple&apos;s database could not be opened.</source>
        <translation>No se puede mostrar el historial: no se pudo abrir la base de datos de Supple.</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>Abriendo tu historial…</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Sessions as CSV (*.csv)</source>
        <extracomment>The weeks the calendar shows. File types of Export…: (filter, format, one row per session).</extracomment>
        <translation>Sesiones como CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sessions as JSON (*.json)</source>
        <translation>Sesiones como JSON (*.json)</translation>
    </message>
    <message>
        <source>Steps as CSV (*.csv)</source>
        <translation>Pasos como CSV (*.csv)</translation>
    </message>
    <message>
        <source>Steps as JSON (*.json)</source>
        <translation>Pasos como JSON (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Streak:&lt;/b&gt; …</source>
        <extracomment>The reads started in the background (streak, filter choices, charts) have all arrived. Finds a routine by id, for the titles of the steps a session recorded (the Library&apos;s). Deleted sessions, newest last, for Undo. Background reads not yet arrived.</extracomment>
        <translation>&lt;b&gt;Racha:&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>Streak target</source>
        <translation>Objetivo de racha</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Routine or playlist</source>
        <translation>Rutina o lista</translation>
    </message>
    <message>
        <source>From</source>
        <comment>dates from</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Up to</source>
        <comment>dates up to</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>from</source>
        <comment>dates from</comment>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates up to</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Sessions and progress</source>
        <translation>Sesiones y progreso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the sessions shown (or their steps) as CSV or JSON (Ctrl+Shift+E)</source>
        <translation>Guarda las sesiones mostradas (o sus pasos) como CSV o JSON (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen session and its steps (Undo puts it back)</source>
        <translation>Elimina la sesión elegida y sus pasos («Deshacer» la recupera)</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Side</source>
        <comment>exercise: side of the body</comment>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>exercise: repetitions</comment>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Steps of the chosen session</source>
        <translation>Pasos de la sesión elegida</translation>
    </message>
    <message>
        <source>Pain during the session, 0 (none) to 10 (worst imaginable)</source>
        <translation>Dolor durante la sesión, de 0 (ninguno) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>Effort, 0 (nothing at all) to 10 (maximal): Borg CR10</source>
        <translation>Esfuerzo, de 0 (nada en absoluto) a 10 (máximo): Borg CR10</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note about this session</source>
        <translation>Una nota sobre esta sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep the pain, effort and note given here</source>
        <translation>Guarda el dolor, el esfuerzo y la nota indicados aquí</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dolor</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>&amp;Esfuerzo</translation>
    </message>
    <message>
        <source>Days practised, last 6 months</source>
        <translation>Días practicados, últimos 6 meses</translation>
    </message>
    <message>
        <source>Minutes per week, last 12 weeks</source>
        <translation>Minutos por semana, últimas 12 semanas</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Streak:</source>
        <translation>Racha:</translation>
    </message>
    <message>
        <source>How it felt: %1</source>
        <translation>Cómo te sentiste: %1</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo te sentiste</translation>
    </message>
    <message>
        <source>(the latest answered; choose a routine above for another)</source>
        <translation>(la última respondida; elige otra rutina arriba)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>an empty cell</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>The feeling was not saved</source>
        <translation>No se guardó cómo te sentiste</translation>
    </message>
    <message>
        <source>Deleted “%1” of %2.</source>
        <translation>Eliminada «%1» del %2.</translation>
    </message>
    <message>
        <source>The session was not deleted</source>
        <translation>No se eliminó la sesión</translation>
    </message>
    <message>
        <source>The session was not put back</source>
        <translation>No se recuperó la sesión</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>The history was not exported</source>
        <translation>No se exportó el historial</translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>&quot;Any date&quot; in the date filters: the earliest date they go to.</extracomment>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>– means not said</source>
        <translation>– significa sin respuesta</translation>
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
        <extracomment>Keys that leave a key&apos;s box instead of being recorded as its key.</extracomment>
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
        <source>Press the new key; Backspace turns it off</source>
        <translation>Pulsa la nueva tecla; Retroceso la desactiva</translation>
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
    <name>LibraryModel</name>
    <message>
        <source>%1
cannot be loaded</source>
        <extracomment>The person&apos;s languages, best first: routines are listed in the first they have.</extracomment>
        <translation>%1
no se puede cargar</translation>
    </message>
</context>
<context>
    <name>LibraryTransfers</name>
    <message>
        <source>Importing needs the database, which is not open for writing.</source>
        <translation>Para importar hace falta la base de datos, que no está abierta para escritura.</translation>
    </message>
    <message>
        <source>Wait for the import or export under way to end.</source>
        <translation>Espera a que termine la importación o exportación en curso.</translation>
    </message>
    <message>
        <source>Nothing was imported: the routine uses files from outside its folder.</source>
        <translation>No se importó nada: la rutina usa archivos de fuera de su carpeta.</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <source>Replace it with the one from %1?</source>
        <translation>¿Reemplazarla por la de %1?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Export the clips too?</source>
        <translation>¿Exportar también los clips?</translation>
    </message>
    <message>
        <source>Export %1 instead?</source>
        <translation>¿Exportar %1 en su lugar?</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Copy files from outside the routine&apos;s folder?</source>
        <translation>¿Copiar archivos de fuera de la carpeta de la rutina?</translation>
    </message>
    <message>
        <source>Importing copies them into your library, and into every bundle you export from it. Only files that really are videos and pictures are copied.</source>
        <translation>Al importar se copian a tu biblioteca y a cada paquete que exportes desde ella. Solo se copian los archivos que de verdad son vídeos e imágenes.</translation>
    </message>
    <message>
        <source>Copy these files?</source>
        <translation>¿Copiar estos archivos?</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Routine library</source>
        <translation>Biblioteca de rutinas</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search titles, tags, steps and cues  (Ctrl+F)</source>
        <extracomment>Favourites, shared with the window (`use_favourites`): one source of truth, the store. The last failure shown (its message box), for tests. Dialogs, replaceable in tests: a yes/no question, a file to open, a file to save, and whether to copy the files from outside a routine&apos;s folder that it names (listed).</extracomment>
        <translation>Busca en títulos, etiquetas, pasos e indicaciones  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show routines with this tag</source>
        <translation>Muestra las rutinas con esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Solo &amp;favoritos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Add to playlist</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorito</translation>
    </message>
    <message>
        <source>Star the chosen routine or step (Ctrl+D)</source>
        <translation>Marca la rutina o el paso elegido (Ctrl+D)</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <source>Edit a routine of your own; a bundled or imported one is duplicated first</source>
        <translation>Edita una rutina propia; una incluida o importada se duplica primero</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Saved playlists</source>
        <translation>Listas guardadas</translation>
    </message>
    <message>
        <source>Saved pla&amp;ylists</source>
        <translation>&amp;Listas guardadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Remind me…</source>
        <translation>Recordármelo…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Return opens it in the Playlist dock; Ctrl+Return plays it</source>
        <translation>Intro la abre en el panel de la lista; Ctrl+Intro la reproduce</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation>
            <numerusform>%1 de %n rutina</numerusform>
            <numerusform>%1 de %n rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate to edi&amp;t</source>
        <translation>Duplicar para edi&amp;tar</translation>
    </message>
    <message>
        <source>The favourite could not be saved</source>
        <translation>No se pudo guardar el favorito</translation>
    </message>
    <message>
        <source>Import a routine or playlist</source>
        <translation>Importar una rutina o una lista</translation>
    </message>
    <message>
        <source>Supple bundles (%1)</source>
        <translation>Paquetes de Supple (%1)</translation>
    </message>
    <message>
        <source>Routine and playlist files (*.json)</source>
        <translation>Archivos de rutinas y listas (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Supple bundle with the clips (%1)</source>
        <translation>Paquete de Supple con los clips (%1)</translation>
    </message>
    <message>
        <source>Routine file only (*.supple.json)</source>
        <translation>Solo el archivo de la rutina (*.supple.json)</translation>
    </message>
</context>
<context>
    <name>LoopMarksController</name>
    <message>
        <source>Reading the clip…</source>
        <extracomment>Loads a segment into the player (the window&apos;s, without its &quot;Loading clip…&quot; poster). The segment the step itself loops when no mark is set. I or O pressed before the clip&apos;s frames were known: (which, the position then).</extracomment>
        <translation>Leyendo el clip…</translation>
    </message>
    <message>
        <source>%1 has a variable frame rate: %2 may loop it a few frames off; Qt Multimedia (supple --backend qt) loops it exactly</source>
        <translation>%1 tiene una velocidad de fotogramas variable: %2 puede repetirlo en bucle con unos fotogramas de desfase; Qt Multimedia (supple --backend qt) lo repite exactamente</translation>
    </message>
    <message>
        <source>Cannot mark a loop: %1</source>
        <translation>No se puede marcar un bucle: %1</translation>
    </message>
    <message>
        <source>Restored the loop marked on this clip: frames %1–%2</source>
        <translation>Se recuperó el bucle marcado en este clip: fotogramas %1–%2</translation>
    </message>
    <message>
        <source>Reading %1: the mark is placed as soon as its frames are known</source>
        <translation>Leyendo %1: la marca se pone en cuanto se conozcan sus fotogramas</translation>
    </message>
    <message>
        <source>Cleared the loop marks: the whole clip loops</source>
        <translation>Marcas de bucle borradas: todo el clip se repite en bucle</translation>
    </message>
    <message>
        <source>No loop is marked on this clip (I and O mark one)</source>
        <translation>No hay ningún bucle marcado en este clip (I y O marcan uno)</translation>
    </message>
    <message>
        <source>Marks are set on a clip being browsed (not during a session)</source>
        <translation>Las marcas se ponen al ver un clip (no durante una sesión)</translation>
    </message>
    <message>
        <source>Still reading %1: try again in a moment</source>
        <translation>Aún leyendo %1: inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <source>The loop marks were not saved: %1</source>
        <translation>No se guardaron las marcas de bucle: %1</translation>
    </message>
</context>
<context>
    <name>LoopTimeline</name>
    <message>
        <source>Frame %1 of %2</source>
        <extracomment>Pixels either side of a handle that grab it. Frames shown either side of the dragged one in the magnifier. A clip whose frames are at least this wide on the bar gets a tick per frame.</extracomment>
        <translation>Fotograma %1 de %2</translation>
    </message>
    <message>
        <source>Whole clip loops (I and O mark a loop)</source>
        <translation>Todo el clip en bucle (I y O marcan un bucle)</translation>
    </message>
    <message numerus="yes">
        <source>Loop: frames %1–%2 (%n frame(s), %3 s)</source>
        <translation>
            <numerusform>Bucle: fotogramas %1–%2 (%n fotograma, %3 s)</numerusform>
            <numerusform>Bucle: fotogramas %1–%2 (%n fotogramas, %3 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>variable frame rate</source>
        <translation>velocidad de fotogramas variable</translation>
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
        <source>Loading clip…</source>
        <translation>Cargando clip…</translation>
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
    <message>
        <source>Routine Editor</source>
        <extracomment>File &gt; New Routine (Ctrl+N is the playlist builder&apos;s New). A short timed run of a step being tried: at most this long a hold, and this many repetitions. The editor, built the first time it is wanted (not at start-up: it is a large form).</extracomment>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <source>Routine &amp;Editor</source>
        <translation>&amp;Editor de rutinas</translation>
    </message>
    <message>
        <source>frames %1–%2, marked with I and O</source>
        <translation>fotogramas %1–%2, marcados con I y O</translation>
    </message>
    <message>
        <source>the routine</source>
        <translation>la rutina</translation>
    </message>
    <message>
        <source>Unsaved routine</source>
        <translation>Rutina sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot; before quitting?</source>
        <translation>¿Guardar los cambios en «%1» antes de salir?</translation>
    </message>
    <message>
        <source>Mark Loop &amp;In</source>
        <extracomment>(attribute, menu text, key, tooltip) of each marks action.</extracomment>
        <translation>Marcar &amp;inicio del bucle</translation>
    </message>
    <message>
        <source>The loop starts at the frame on screen</source>
        <translation>El bucle empieza en el fotograma en pantalla</translation>
    </message>
    <message>
        <source>Mark Loop &amp;Out</source>
        <translation>Marcar &amp;fin del bucle</translation>
    </message>
    <message>
        <source>The loop ends with the frame on screen (it plays it, then wraps)</source>
        <translation>El bucle termina con el fotograma en pantalla (lo muestra y vuelve a empezar)</translation>
    </message>
    <message>
        <source>&amp;Clear Loop Marks</source>
        <translation>&amp;Borrar marcas de bucle</translation>
    </message>
    <message>
        <source>The whole clip loops again</source>
        <translation>Todo el clip vuelve a repetirse en bucle</translation>
    </message>
    <message>
        <source>Go to Loop In</source>
        <translation>Ir al inicio del bucle</translation>
    </message>
    <message>
        <source>Show the loop&apos;s first frame (playing: the loop starts again)</source>
        <translation>Muestra el primer fotograma del bucle (reproduciendo: el bucle vuelve a empezar)</translation>
    </message>
    <message>
        <source>Go to Loop Out</source>
        <translation>Ir al fin del bucle</translation>
    </message>
    <message>
        <source>Show the loop&apos;s last frame, paused</source>
        <translation>Muestra el último fotograma del bucle, en pausa</translation>
    </message>
    <message>
        <source>Loop &amp;Marks</source>
        <translation>&amp;Marcas de bucle</translation>
    </message>
    <message>
        <source>Loop marks are set while browsing a clip, not during a session</source>
        <extracomment>The marks actions by object name.</extracomment>
        <translation>Las marcas de bucle se ponen al ver un clip, no durante una sesión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print a sheet of the routine or playlist: frames, doses, cues and a week&apos;s log</source>
        <translation>Imprime una hoja de la rutina o la lista: fotogramas, dosis, indicaciones y un registro semanal</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the printable sheet of the routine or playlist as a PDF</source>
        <translation>Guarda la hoja imprimible de la rutina o la lista como PDF</translation>
    </message>
    <message>
        <source>A sheet is being made; wait for it to finish.</source>
        <translation>Se está creando una hoja; espera a que termine.</translation>
    </message>
    <message>
        <source>Open a routine or build a playlist to print its sheet.</source>
        <translation>Abre una rutina o crea una lista para imprimir su hoja.</translation>
    </message>
    <message>
        <source>Export the sheet of %1</source>
        <translation>Exportar la hoja de %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sheet of %1</source>
        <translation>Imprimir la hoja de %1</translation>
    </message>
    <message>
        <source>Supple could not make the sheet</source>
        <translation>Supple no pudo crear la hoja</translation>
    </message>
    <message>
        <source>&amp;Remote Control…</source>
        <translation>&amp;Control remoto…</translation>
    </message>
</context>
<context>
    <name>MessagePlurals</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>una lista de %n elemento</numerusform>
            <numerusform>una lista de %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a text of %n character(s)</source>
        <translation>
            <numerusform>un texto de %n carácter</numerusform>
            <numerusform>un texto de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the playlist &quot;{title}&quot; (%n item(s)){extra}</source>
        <translation>
            <numerusform>se importó la lista &quot;{title}&quot; (%n elemento){extra}</numerusform>
            <numerusform>se importó la lista &quot;{title}&quot; (%n elementos){extra}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n new routine(s)</source>
        <translation>
            <numerusform> con %n rutina nueva</numerusform>
            <numerusform> con %n rutinas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported the routine &quot;{title}&quot; (%n step(s))</source>
        <translation>
            <numerusform>se importó la rutina &quot;{title}&quot; (%n paso)</numerusform>
            <numerusform>se importó la rutina &quot;{title}&quot; (%n pasos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{clip}: a loop cannot be marked on a clip of %n frame(s); it needs at least two</source>
        <translation>
            <numerusform>{clip}: no se puede marcar un bucle en un clip de %n fotograma; necesita al menos dos</numerusform>
            <numerusform>{clip}: no se puede marcar un bucle en un clip de %n fotogramas; necesita al menos dos</numerusform>
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
        <translation>{clip}: las marcas de entrada y salida no pueden estar las dos en el fotograma {frame}; un bucle necesita dos fotogramas</translation>
    </message>
    <message>
        <source>The out mark (frame {frame}) came before the in mark: swapped them</source>
        <translation>La marca de salida (fotograma {frame}) iba antes que la de entrada: se intercambiaron</translation>
    </message>
    <message>
        <source>The in mark (frame {frame}) came after the out mark: swapped them</source>
        <translation>La marca de entrada (fotograma {frame}) iba después que la de salida: se intercambiaron</translation>
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
        <translation>esto es una carpeta, no un archivo de rutina</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>esto no es un archivo normal</translation>
    </message>
    <message>
        <source>the file does not exist (looked for {path})</source>
        <translation>el archivo no existe (se buscó {path})</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>the file is {size}, more than a routine file may be ({limit}); clips belong in their own files, referenced under &quot;clips&quot;</source>
        <translation>el archivo ocupa {size}, más de lo que puede ocupar un archivo de rutina ({limit}); los clips van en sus propios archivos, referidos en &quot;clips&quot;</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16; save it as UTF-8</source>
        <translation>el archivo está guardado como UTF-16; guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: byte {byte} at byte offset {offset} (line {line}) is not valid UTF-8; save the file as UTF-8</source>
        <translation>el archivo no es texto UTF-8: el byte {byte} en la posición {offset} (línea {line}) no es UTF-8 válido; guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; a routine file holds one JSON object { ... }</source>
        <translation>el archivo está vacío; un archivo de rutina contiene un objeto JSON { ... }</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {hint}</source>
        <translation>JSON no válido en la línea {line}, columna {column}: {hint}</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (more than {levels} levels of lists and objects)</source>
        <translation>el JSON está anidado a demasiada profundidad (más de {levels} niveles de listas y objetos)</translation>
    </message>
    <message>
        <source>not valid JSON: a number in the file is far too long</source>
        <translation>JSON no válido: un número del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; appears more than once here; keep only one of them</source>
        <translation>&quot;{key}&quot; aparece aquí más de una vez; deja solo uno</translation>
    </message>
    <message>
        <source>expected a value here (a comma after the last item of a list is not allowed)</source>
        <translation>aquí se esperaba un valor (no se permite una coma tras el último elemento de una lista)</translation>
    </message>
    <message>
        <source>expected a field name in double quotes (a comma after the last field of an object is not allowed)</source>
        <translation>se esperaba un nombre de campo entre comillas dobles (no se permite una coma tras el último campo de un objeto)</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket; is a comma missing between two items?</source>
        <translation>se esperaba una coma o un corchete de cierre; ¿falta una coma entre dos elementos?</translation>
    </message>
    <message>
        <source>expected a colon &quot;:&quot; after the field name</source>
        <translation>se esperaba dos puntos &quot;:&quot; tras el nombre del campo</translation>
    </message>
    <message>
        <source>unexpected text after the end; the file must hold exactly one object { ... }</source>
        <translation>texto inesperado tras el final; el archivo debe contener exactamente un objeto { ... }</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>un texto entre comillas dobles no está cerrado</translation>
    </message>
    <message>
        <source>a text in double quotes holds a line break or tab; write \n or \t</source>
        <translation>un texto entre comillas dobles contiene un salto de línea o un tabulador; escribe \n o \t</translation>
    </message>
    <message>
        <source>a backslash \ in a text must be doubled (\\) or start an escape such as \n</source>
        <translation>una barra invertida \ en un texto debe duplicarse (\\) o iniciar un escape como \n</translation>
    </message>
    <message>
        <source>a \u escape needs exactly four hex digits</source>
        <translation>un escape \u necesita exactamente cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>{mib} MiB</source>
        <translation>{mib} MiB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>an empty text &quot;&quot;</source>
        <translation>un texto vacío &quot;&quot;</translation>
    </message>
    <message>
        <source>an empty list []</source>
        <translation>una lista vacía []</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <source>an empty object {}</source>
        <translation>un objeto vacío {}</translation>
    </message>
    <message>
        <source>a number too large to use ({digits} digits)</source>
        <translation>un número demasiado grande ({digits} dígitos)</translation>
    </message>
    <message>
        <source>a number too large to use</source>
        <translation>un número demasiado grande</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>uno de {values}</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} o {last}</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>se esperaba {expected}, pero hay {got}</translation>
    </message>
    <message>
        <source>expected {versions} {format}, got {got}</source>
        <translation>se esperaba {versions} {format}, pero hay {got}</translation>
    </message>
    <message>
        <source>this field is required but missing; expected {versions} {format}</source>
        <translation>este campo es obligatorio pero falta; se esperaba {versions} {format}</translation>
    </message>
    <message>
        <source>(the version of the routine format this file is written in)</source>
        <translation>(la versión del formato de rutina en que está escrito este archivo)</translation>
    </message>
    <message>
        <source>expected at most {limit}, got {got}</source>
        <translation>se esperaba como mucho {limit}, pero hay {got}</translation>
    </message>
    <message>
        <source>this field is required but missing; expected {expected}</source>
        <translation>este campo es obligatorio pero falta; se esperaba {expected}</translation>
    </message>
    <message>
        <source>unknown field &quot;{key}&quot;{suggestion}; the fields allowed here are {allowed}</source>
        <translation>campo desconocido &quot;{key}&quot;{suggestion}; los campos permitidos aquí son {allowed}</translation>
    </message>
    <message>
        <source> (did you mean &quot;{name}&quot;?)</source>
        <translation> (¿querías decir &quot;{name}&quot;?)</translation>
    </message>
    <message>
        <source>the field &quot;{key}&quot; is part of the format {format}; to use it, write &quot;format&quot;: &quot;{format}&quot; at the top of the file</source>
        <translation>el campo &quot;{key}&quot; es parte del formato {format}; para usarlo, escribe &quot;format&quot;: &quot;{format}&quot; al principio del archivo</translation>
    </message>
    <message>
        <source>has both &quot;hold&quot; and &quot;reps&quot;: a step is either held for a time (&quot;hold&quot;) or repeated (&quot;reps&quot; with &quot;rep_seconds&quot;), not both</source>
        <translation>tiene &quot;hold&quot; y &quot;reps&quot; a la vez: un paso se mantiene un tiempo (&quot;hold&quot;) o se repite (&quot;reps&quot; con &quot;rep_seconds&quot;), no ambas cosas</translation>
    </message>
    <message>
        <source>needs either &quot;hold&quot; (the seconds to hold) or &quot;reps&quot; with &quot;rep_seconds&quot; (repetitions at a pace)</source>
        <translation>necesita &quot;hold&quot; (los segundos que se mantiene) o &quot;reps&quot; con &quot;rep_seconds&quot; (repeticiones a un ritmo)</translation>
    </message>
    <message>
        <source>&quot;rep_seconds&quot; only goes with &quot;reps&quot;; remove it from a step that has &quot;hold&quot;</source>
        <translation>&quot;rep_seconds&quot; solo va con &quot;reps&quot;; quítalo de un paso que tiene &quot;hold&quot;</translation>
    </message>
    <message>
        <source>required because &quot;{given}&quot; is given; expected {expected}</source>
        <translation>obligatorio porque se indica &quot;{given}&quot;; se esperaba {expected}</translation>
    </message>
    <message>
        <source>not valid here</source>
        <translation>no es válido aquí</translation>
    </message>
    <message>
        <source>holds half of a character at character {position} (the lone UTF-16 surrogate {code}), which cannot be shown or saved; write the whole character, or both halves of its \u pair</source>
        <translation>contiene medio carácter en el carácter {position} (el sustituto UTF-16 suelto {code}), que no se puede mostrar ni guardar; escribe el carácter entero o las dos mitades de su par \u</translation>
    </message>
    <message>
        <source>holds {char} at character {position}; only cues, summary, credit and setup may hold tabs and line breaks</source>
        <translation>contiene {char} en el carácter {position}; solo las indicaciones, el resumen, los créditos y la preparación pueden contener tabuladores y saltos de línea</translation>
    </message>
    <message>
        <source>holds the control character {char} at character {position}; remove it</source>
        <translation>contiene el carácter de control {char} en el carácter {position}; quítalo</translation>
    </message>
    <message>
        <source>holds the bidirectional control {char} at character {position}, which can make the text display in another order than it is written; right-to-left text needs none (the marks U+200E and U+200F and closed isolates U+2066 to U+2069 are allowed)</source>
        <translation>contiene el control bidireccional {char} en el carácter {position}, que puede mostrar el texto en otro orden del escrito; el texto de derecha a izquierda no lo necesita (se permiten las marcas U+200E y U+200F y los aislados cerrados U+2066 a U+2069)</translation>
    </message>
    <message>
        <source>holds {char} at character {position} with no isolate (U+2066, U+2067 or U+2068) before it to close</source>
        <translation>contiene {char} en el carácter {position} sin ningún aislado (U+2066, U+2067 o U+2068) antes que cerrar</translation>
    </message>
    <message>
        <source>holds the isolate {char} at character {position} that is not closed by {close}; close it, or remove it</source>
        <translation>contiene el aislado {char} en el carácter {position}, que no se cierra con {close}; ciérralo o quítalo</translation>
    </message>
    <message>
        <source>is blank; {noun} needs visible text</source>
        <translation>está en blanco; {noun} necesita texto visible</translation>
    </message>
    <message>
        <source>holds only invisible characters (such as {char}); {noun} needs visible text</source>
        <translation>solo contiene caracteres invisibles (como {char}); {noun} necesita texto visible</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un título</translation>
    </message>
    <message>
        <source>a cue</source>
        <translation>una indicación</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>una etiqueta</translation>
    </message>
    <message>
        <source>a spoken line</source>
        <translation>una frase hablada</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>{code} ({name})</source>
        <translation>{code} ({name})</translation>
    </message>
    <message>
        <source>names no step of this routine; the step ids are {ids}</source>
        <translation>no nombra ningún paso de esta rutina; los id de paso son {ids}</translation>
    </message>
    <message>
        <source>the {what} &quot;{value}&quot; is already used at {earlier}; each must be different</source>
        <translation>{what} &quot;{value}&quot; ya se usa en {earlier}; cada uno debe ser distinto</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>el id de paso</translation>
    </message>
    <message>
        <source>there is no clip &quot;{clip}&quot; under &quot;clips&quot; (the clips are: {names})</source>
        <translation>no hay ningún clip &quot;{clip}&quot; en &quot;clips&quot; (los clips son: {names})</translation>
    </message>
    <message>
        <source>expected the start to come before the end, got [{start}, {end}]</source>
        <translation>se esperaba que el inicio fuera antes del fin, pero hay [{start}, {end}]</translation>
    </message>
    <message>
        <source>the loop [{start}, {end}] is {length} s long; a loop must be at least {least} s long</source>
        <translation>el bucle [{start}, {end}] dura {length} s; un bucle debe durar al menos {least} s</translation>
    </message>
    <message>
        <source>the loop ends at {end} s, past the end of clip &quot;{clip}&quot;, which is {length} s long ({path})</source>
        <translation>el bucle termina en {end} s, después del final del clip &quot;{clip}&quot;, que dura {length} s ({path})</translation>
    </message>
    <message>
        <source>{why}, so it has no {side} side to loop</source>
        <translation>{why}, así que no tiene lado &quot;{side}&quot; para un bucle</translation>
    </message>
    <message>
        <source>{why}, so it cannot mirror the {side} side</source>
        <translation>{why}, así que no puede reflejar el lado &quot;{side}&quot;</translation>
    </message>
    <message>
        <source>the clip already has its own loop for the {side} side (side_segments.{side}), and mirroring it would show the other side; mirror only a side the clip does not show</source>
        <translation>el clip ya tiene su propio bucle para el lado &quot;{side}&quot; (side_segments.{side}), y reflejarlo mostraría el otro lado; refleja solo un lado que el clip no muestra</translation>
    </message>
    <message>
        <source>this step has no sides ({given})</source>
        <translation>este paso no tiene lados ({given})</translation>
    </message>
    <message>
        <source>this step works only the {side} side ({given})</source>
        <translation>este paso solo trabaja el lado &quot;{side}&quot; ({given})</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is &quot;{sides}&quot;</source>
        <translation>&quot;sides&quot; es &quot;{sides}&quot;</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is not given, which means &quot;none&quot;</source>
        <translation>&quot;sides&quot; no se indica, lo que significa &quot;none&quot;</translation>
    </message>
    <message>
        <source>the {noun} {problem}: {path}</source>
        <translation>{noun} {problem}: {path}</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>the {noun} path {text} cannot be used: {reason}</source>
        <translation>la ruta para {noun}, {text}, no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>clip file</source>
        <translation>el archivo del clip</translation>
    </message>
    <message>
        <source>poster image</source>
        <translation>la imagen de portada</translation>
    </message>
    <message>
        <source>{bundle}: the bundle holds no routine or playlist file at its top level</source>
        <translation>{bundle}: el paquete no contiene ningún archivo de rutina ni de lista en su nivel superior</translation>
    </message>
    <message>
        <source>{bundle}: the bundle holds more than one file at its top level ({files}); expected one</source>
        <translation>{bundle}: el paquete contiene más de un archivo en su nivel superior ({files}); se esperaba uno</translation>
    </message>
    <message>
        <source>{bundle}: the file {entry} in it is not valid</source>
        <translation>{bundle}: el archivo {entry} que contiene no es válido</translation>
    </message>
    <message>
        <source>{bundle}: the file {entry} in it is neither a routine ({routine}) nor a playlist (&quot;{playlist}&quot;); its &quot;format&quot; is {found}</source>
        <translation>{bundle}: el archivo {entry} que contiene no es ni una rutina ({routine}) ni una lista (&quot;{playlist}&quot;); su &quot;format&quot; es {found}</translation>
    </message>
    <message>
        <source>{bundle}: the routine {entry} in it is not valid</source>
        <translation>{bundle}: la rutina {entry} que contiene no es válida</translation>
    </message>
    <message>
        <source>{bundle}: the playlist {entry} in it is not valid</source>
        <translation>{bundle}: la lista {entry} que contiene no es válida</translation>
    </message>
    <message>
        <source>{bundle}: entry {inner} is not a video ({path} of the routine {entry}); a bundle holds only clips and posters</source>
        <translation>{bundle}: la entrada {inner} no es un vídeo ({path} de la rutina {entry}); un paquete solo contiene clips e imágenes de portada</translation>
    </message>
    <message>
        <source>{bundle}: entry {inner} is not a picture ({path} of the routine {entry}); a bundle holds only clips and posters</source>
        <translation>{bundle}: la entrada {inner} no es una imagen ({path} de la rutina {entry}); un paquete solo contiene clips e imágenes de portada</translation>
    </message>
    <message>
        <source>{bundle}: the routine {entry} uses a clip outside its folder in the bundle ({path} is {text}); every clip must come in the bundle beside it</source>
        <translation>{bundle}: la rutina {entry} usa un clip fuera de su carpeta en el paquete ({path} es {text}); cada clip debe ir en el paquete junto a ella</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} is not part of the playlist; a playlist bundle holds its routines in {folder}/&lt;routine id&gt;/</source>
        <translation>{bundle}: la entrada {entry} no es parte de la lista; un paquete de lista guarda sus rutinas en {folder}/&lt;id de rutina&gt;/</translation>
    </message>
    <message>
        <source>{bundle}: the folder {folder} must hold exactly one routine file</source>
        <translation>{bundle}: la carpeta {folder} debe contener exactamente un archivo de rutina</translation>
    </message>
    <message>
        <source>{bundle}: the routine in {folder} has the id &quot;{id}&quot;; it must be in a folder named after it (&quot;{routines}/{id}/&quot;)</source>
        <translation>{bundle}: la rutina de {folder} tiene el id &quot;{id}&quot;; debe estar en una carpeta con ese nombre (&quot;{routines}/{id}/&quot;)</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} is not used by the routine or playlist in the bundle; a bundle holds only the files they name</source>
        <translation>{bundle}: la entrada {entry} no la usa la rutina ni la lista del paquete; un paquete solo contiene los archivos que estas nombran</translation>
    </message>
    <message>
        <source>{bundle}: this is not a file</source>
        <translation>{bundle}: esto no es un archivo</translation>
    </message>
    <message>
        <source>{bundle}: the file does not exist</source>
        <translation>{bundle}: el archivo no existe</translation>
    </message>
    <message>
        <source>{bundle}: this zip file uses a feature Supple does not read ({reason})</source>
        <translation>{bundle}: este archivo zip usa una función que Supple no lee ({reason})</translation>
    </message>
    <message>
        <source>{bundle}: this is not a Supple bundle, or it was cut short ({reason}); export it again</source>
        <translation>{bundle}: esto no es un paquete de Supple, o se cortó ({reason}); vuelve a exportarlo</translation>
    </message>
    <message>
        <source>{bundle}: the file cannot be read: {reason}</source>
        <translation>{bundle}: no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>{bundle}: the bundle is empty</source>
        <translation>{bundle}: el paquete está vacío</translation>
    </message>
    <message>
        <source>{bundle}: the bundle has {count} entries, more than the {limit} allowed</source>
        <translation>{bundle}: el paquete tiene {count} entradas, más de las {limit} permitidas</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} {problem}</source>
        <translation>{bundle}: entrada {entry}: {problem}</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} needs a folder named like the file {file}</source>
        <translation>{bundle}: la entrada {entry} necesita una carpeta con el mismo nombre que el archivo {file}</translation>
    </message>
    <message>
        <source>{bundle}: the bundle says it unpacks to {size}, more than the {limit} allowed</source>
        <translation>{bundle}: el paquete dice que ocupa {size} al descomprimirse, más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>{bundle}: entry {entry} overlaps another entry&apos;s data</source>
        <translation>{bundle}: la entrada {entry} se solapa con los datos de otra entrada</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>this is a loop of symbolic links, not a file</source>
        <translation>esto es un bucle de enlaces simbólicos, no un archivo</translation>
    </message>
    <message>
        <source>the path is too long for this system</source>
        <translation>la ruta es demasiado larga para este sistema</translation>
    </message>
    <message>
        <source>this path cannot be used: {reason}</source>
        <translation>esta ruta no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>this is a folder; give a bundle (*.supple), a routine file or a playlist file</source>
        <translation>esto es una carpeta; indica un paquete (*.supple), un archivo de rutina o un archivo de lista</translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation>esto es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file</source>
        <translation>esto es una tubería con nombre (FIFO), no un archivo</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>esto es un socket, no un archivo</translation>
    </message>
    <message>
        <source>{file}: this is neither a routine ({routine}) nor a playlist (&quot;{playlist}&quot;) file, nor a {suffix} bundle</source>
        <translation>{file}: esto no es ni un archivo de rutina ({routine}) ni de lista (&quot;{playlist}&quot;), ni un paquete {suffix}</translation>
    </message>
    <message>
        <source>{file}: the file is not valid</source>
        <translation>{file}: el archivo no es válido</translation>
    </message>
    <message>
        <source>{file}: the routine names files that are not clips or posters; nothing was imported</source>
        <translation>{file}: la rutina nombra archivos que no son clips ni imágenes de portada; no se importó nada</translation>
    </message>
    <message>
        <source>{file}: the routine &quot;{id}&quot; has the id of a routine that comes with Supple; give it an id of its own</source>
        <translation>{file}: la rutina &quot;{id}&quot; tiene el id de una rutina que viene con Supple; dale un id propio</translation>
    </message>
    <message>
        <source>{file}: your library already has a different routine &quot;{id}&quot; ({title}); import again with replace (supple import --replace) to overwrite it</source>
        <translation>{file}: tu biblioteca ya tiene otra rutina &quot;{id}&quot; ({title}); vuelve a importar con reemplazo (supple import --replace) para sobrescribirla</translation>
    </message>
    <message>
        <source>{file}: you already have a different playlist &quot;{id}&quot; ({title}); import again with replace (supple import --replace) to overwrite it</source>
        <translation>{file}: ya tienes otra lista &quot;{id}&quot; ({title}); vuelve a importar con reemplazo (supple import --replace) para sobrescribirla</translation>
    </message>
    <message>
        <source>{file}: the playlist cannot be played: {reason}</source>
        <translation>{file}: la lista no se puede reproducir: {reason}</translation>
    </message>
    <message>
        <source>{file}: item {item} of the playlist cannot be played: {reason}, and it is not in the bundle{more}</source>
        <translation>{file}: el elemento {item} de la lista no se puede reproducir: {reason}, y no está en el paquete{more}</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; comes with Supple: it is always in the library</source>
        <translation>&quot;{title}&quot; viene con Supple: siempre está en la biblioteca</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is already in the library, unchanged</source>
        <translation>&quot;{title}&quot; ya está en la biblioteca, sin cambios</translation>
    </message>
    <message>
        <source>has a NUL character in its name</source>
        <translation>tiene un carácter NUL en el nombre</translation>
    </message>
    <message>
        <source>uses backslashes in its name; a bundle uses forward slashes only</source>
        <translation>usa barras invertidas en el nombre; un paquete solo usa barras normales</translation>
    </message>
    <message>
        <source>is an absolute path; names in a bundle must be relative</source>
        <translation>es una ruta absoluta; los nombres de un paquete deben ser relativos</translation>
    </message>
    <message>
        <source>starts with a drive letter; names in a bundle must be relative</source>
        <translation>empieza por una letra de unidad; los nombres de un paquete deben ser relativos</translation>
    </message>
    <message>
        <source>has a colon in its name</source>
        <translation>tiene dos puntos en el nombre</translation>
    </message>
    <message>
        <source>has a control character in its name</source>
        <translation>tiene un carácter de control en el nombre</translation>
    </message>
    <message>
        <source>has a name longer than {limit} characters</source>
        <translation>tiene un nombre de más de {limit} caracteres</translation>
    </message>
    <message>
        <source>points outside the bundle with &quot;..&quot;</source>
        <translation>apunta fuera del paquete con &quot;..&quot;</translation>
    </message>
    <message>
        <source>has an empty or &quot;.&quot; part in its name</source>
        <translation>tiene una parte vacía o &quot;.&quot; en el nombre</translation>
    </message>
    <message>
        <source>has a part, &quot;{part}&quot;, that Windows cannot store as a file name</source>
        <translation>tiene una parte, &quot;{part}&quot;, que Windows no puede guardar como nombre de archivo</translation>
    </message>
    <message>
        <source>has a part longer than {limit} bytes, which file systems cannot store</source>
        <translation>tiene una parte de más de {limit} bytes, que los sistemas de archivos no pueden guardar</translation>
    </message>
    <message>
        <source>is a symbolic link; a bundle may hold only plain files</source>
        <translation>es un enlace simbólico; un paquete solo puede contener archivos normales</translation>
    </message>
    <message>
        <source>is a special file (not a plain file); a bundle may hold only plain files</source>
        <translation>es un archivo especial (no un archivo normal); un paquete solo puede contener archivos normales</translation>
    </message>
    <message>
        <source>is marked both as a folder and as a file</source>
        <translation>está marcado a la vez como carpeta y como archivo</translation>
    </message>
    <message>
        <source>is encrypted; Supple bundles are never encrypted</source>
        <translation>está cifrado; los paquetes de Supple nunca están cifrados</translation>
    </message>
    <message>
        <source>uses a compression method Supple does not read ({method})</source>
        <translation>usa un método de compresión que Supple no lee ({method})</translation>
    </message>
    <message>
        <source>appears twice in the bundle</source>
        <translation>aparece dos veces en el paquete</translation>
    </message>
    <message>
        <source>has the name of the entry {other}, one as a file and one as a folder</source>
        <translation>tiene el nombre de la entrada {other}, una como archivo y otra como carpeta</translation>
    </message>
    <message>
        <source>differs from the entry {other} {reason}; some systems would store both as one file</source>
        <translation>se diferencia de la entrada {other} {reason}; algunos sistemas guardarían ambas como un solo archivo</translation>
    </message>
    <message>
        <source>only in how its accented letters are encoded (Unicode normalisation: composed or decomposed characters)</source>
        <translation>solo en cómo se codifican sus letras acentuadas (normalización Unicode: caracteres compuestos o descompuestos)</translation>
    </message>
    <message>
        <source>only in upper and lower case</source>
        <translation>solo en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>only in upper and lower case and in how its accented letters are encoded (Unicode normalisation)</source>
        <translation>solo en mayúsculas y minúsculas y en cómo se codifican sus letras acentuadas (normalización Unicode)</translation>
    </message>
    <message>
        <source>says it unpacks to {size}, more than the {limit} allowed</source>
        <translation>dice que ocupa {size} al descomprimirse, más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>unpacks {size} from {compressed}, compressed more than {ratio} to 1: this looks like a zip bomb</source>
        <translation>descomprime {size} a partir de {compressed}, una compresión de más de {ratio} a 1: parece una bomba zip</translation>
    </message>
    <message>
        <source>points outside the bundle</source>
        <translation>apunta fuera del paquete</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>is damaged ({reason}); the bundle was cut short or changed after it was made</source>
        <translation>está dañada ({reason}); el paquete se cortó o se modificó después de crearse</translation>
    </message>
    <message>
        <source>unpacks to more than the {limit} allowed</source>
        <translation>ocupa al descomprimirse más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>takes the bundle past the {limit} it may unpack to</source>
        <translation>hace que el paquete supere los {limit} que puede ocupar al descomprimirse</translation>
    </message>
    <message>
        <source>{out}: the routine &quot;{id}&quot; cannot be exported: it names files that are not clips or posters</source>
        <translation>{out}: la rutina &quot;{id}&quot; no se puede exportar: nombra archivos que no son clips ni imágenes de portada</translation>
    </message>
    <message>
        <source>{out}: a file to bundle cannot be read: {reason}</source>
        <translation>{out}: no se puede leer un archivo para el paquete: {reason}</translation>
    </message>
    <message>
        <source>{out}: the bundle cannot be written: {reason}</source>
        <translation>{out}: no se puede escribir el paquete: {reason}</translation>
    </message>
    <message>
        <source>{out}: the folder {folder} is not a folder; nothing was written</source>
        <translation>{out}: {folder} no es una carpeta; no se escribió nada</translation>
    </message>
    <message>
        <source>{out}: the folder {folder} does not exist; nothing was written</source>
        <translation>{out}: la carpeta {folder} no existe; no se escribió nada</translation>
    </message>
    <message>
        <source>{out}: the playlist cannot be exported: {reason}</source>
        <translation>{out}: la lista no se puede exportar: {reason}</translation>
    </message>
    <message>
        <source>{out}: item {item} of the playlist cannot be exported: {reason}</source>
        <translation>{out}: el elemento {item} de la lista no se puede exportar: {reason}</translation>
    </message>
    <message>
        <source>{name} names its clips where they are now; they are not inside it. To take the clips along, export a bundle ({bundle}).</source>
        <translation>{name} nombra sus clips donde están ahora; no van dentro. Para llevarte los clips, exporta un paquete ({bundle}).</translation>
    </message>
    <message>
        <source>the library does not say where its file is</source>
        <translation>la biblioteca no indica dónde está su archivo</translation>
    </message>
    <message>
        <source>{file} now holds the routine &quot;{routine}&quot;</source>
        <translation>{file} contiene ahora la rutina &quot;{routine}&quot;</translation>
    </message>
    <message>
        <source>has both &quot;hold&quot; and &quot;reps&quot;: change a step to be held (&quot;hold&quot;) or repeated (&quot;reps&quot; with &quot;rep_seconds&quot;), not both</source>
        <translation>tiene &quot;hold&quot; y &quot;reps&quot; a la vez: cambia un paso para mantenerlo (&quot;hold&quot;) o repetirlo (&quot;reps&quot; con &quot;rep_seconds&quot;), no ambas cosas</translation>
    </message>
    <message>
        <source>a loop belongs to one step&apos;s clip: give &quot;step&quot; as well, or leave &quot;segment&quot; out</source>
        <translation>un bucle pertenece al clip de un paso: indica también &quot;step&quot; o quita &quot;segment&quot;</translation>
    </message>
    <message>
        <source>&quot;sides&quot; is changed to &quot;{sides}&quot;, so there is no {side} side to mirror</source>
        <translation>&quot;sides&quot; cambia a &quot;{sides}&quot;, así que no hay lado &quot;{side}&quot; que reflejar</translation>
    </message>
    <message>
        <source>expected the last item at or after the first ({first}), got {last}</source>
        <translation>se esperaba el último elemento en el primero ({first}) o después, pero hay {last}</translation>
    </message>
    <message>
        <source>items {first} to {last} overlap {block} (items {other_first} to {other_last}); blocks may not overlap or sit inside each other</source>
        <translation>los elementos {first} a {last} se solapan con {block} (elementos {other_first} a {other_last}); los bloques no pueden solaparse ni estar unos dentro de otros</translation>
    </message>
    <message>
        <source>choose the items to repeat first</source>
        <translation>elige primero los elementos que quieres repetir</translation>
    </message>
    <message>
        <source>only neighbouring items can be repeated together; choose a run of items</source>
        <translation>solo se pueden repetir juntos elementos vecinos; elige una serie seguida de elementos</translation>
    </message>
    <message>
        <source>items {first} to {last} overlap the repeated block of items {block_first} to {block_last}; blocks cannot overlap or sit inside each other (ungroup it first)</source>
        <translation>los elementos {first} a {last} se solapan con el bloque repetido de los elementos {block_first} a {block_last}; los bloques no pueden solaparse ni estar unos dentro de otros (desagrúpalo primero)</translation>
    </message>
    <message>
        <source>item {item} is not in a repeated block</source>
        <translation>el elemento {item} no está en un bloque repetido</translation>
    </message>
    <message>
        <source>the routine &quot;{routine}&quot; is not in the library</source>
        <translation>la rutina &quot;{routine}&quot; no está en la biblioteca</translation>
    </message>
    <message>
        <source>the routine &quot;{routine}&quot; has no step &quot;{step}&quot;</source>
        <translation>la rutina &quot;{routine}&quot; no tiene ningún paso &quot;{step}&quot;</translation>
    </message>
    <message>
        <source>its changes cannot be applied: {reason}</source>
        <translation>no se pueden aplicar sus cambios: {reason}</translation>
    </message>
    <message>
        <source>the playlist has no items, so there is no item {last}</source>
        <translation>la lista no tiene elementos, así que no hay elemento {last}</translation>
    </message>
    <message>
        <source>there is no item {last}: &quot;items&quot; has {count}, numbered 0 to {top}</source>
        <translation>no hay elemento {last}: &quot;items&quot; tiene {count}, numerados de 0 a {top}</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>is a video ({format}), not an image</source>
        <translation>es un vídeo ({format}), no una imagen</translation>
    </message>
    <message>
        <source>is an image ({format}), not a video</source>
        <translation>es una imagen ({format}), no un vídeo</translation>
    </message>
    <message>
        <source>is not a video (expected {accepted}; its first bytes match none of them)</source>
        <translation>no es un vídeo (se esperaba {accepted}; sus primeros bytes no coinciden con ninguno)</translation>
    </message>
    <message>
        <source>is not an image (expected {accepted}; its first bytes match none of them)</source>
        <translation>no es una imagen (se esperaba {accepted}; sus primeros bytes no coinciden con ninguno)</translation>
    </message>
    <message>
        <source>the {noun} is in {folder}, which shows the running system, not files to use: {path}</source>
        <translation>{noun} está en {folder}, que muestra el sistema en marcha, no archivos que usar: {path}</translation>
    </message>
    <message>
        <source>the {noun} was not found: {path}</source>
        <translation>no se encontró {noun}: {path}</translation>
    </message>
    <message>
        <source>the {noun} is a loop of symbolic links: {path}</source>
        <translation>{noun} es un bucle de enlaces simbólicos: {path}</translation>
    </message>
    <message>
        <source>the {noun} cannot be read ({reason}): {path}</source>
        <translation>no se puede leer {noun} ({reason}): {path}</translation>
    </message>
    <message>
        <source>the {noun} is a folder, not a file: {path}</source>
        <translation>{noun} es una carpeta, no un archivo: {path}</translation>
    </message>
    <message>
        <source>the {noun} is not a regular file (a device, pipe or socket): {path}</source>
        <translation>{noun} no es un archivo normal (es un dispositivo, una tubería o un socket): {path}</translation>
    </message>
    <message>
        <source>video file</source>
        <translation>el archivo de vídeo</translation>
    </message>
    <message>
        <source>image file</source>
        <translation>el archivo de imagen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>it is not a video file that can be played ({reason})</source>
        <translation>no es un archivo de vídeo que se pueda reproducir ({reason})</translation>
    </message>
    <message>
        <source>the file has no video track</source>
        <translation>el archivo no tiene pista de vídeo</translation>
    </message>
    <message>
        <source>its video track has no clock (time base)</source>
        <translation>su pista de vídeo no tiene reloj (base de tiempo)</translation>
    </message>
    <message>
        <source>its video track holds no frames</source>
        <translation>su pista de vídeo no contiene fotogramas</translation>
    </message>
    <message>
        <source>its frame rate cannot be told</source>
        <translation>no se puede saber su velocidad de fotogramas</translation>
    </message>
    <message>
        <source>its header says it lasts {stated}, but its content ends after {actual}: the file is damaged or was altered (re-encode it)</source>
        <translation>su cabecera dice que dura {stated}, pero su contenido termina tras {actual}: el archivo está dañado o se modificó (vuelve a codificarlo)</translation>
    </message>
    <message>
        <source>the timestamps of its frames cannot be read</source>
        <translation>no se pueden leer las marcas de tiempo de sus fotogramas</translation>
    </message>
    <message>
        <source>the file is truncated (it ends inside a box header at byte {offset})</source>
        <translation>el archivo está truncado (termina dentro de la cabecera de una caja en el byte {offset})</translation>
    </message>
    <message>
        <source>the file is truncated at byte {offset}</source>
        <translation>el archivo está truncado en el byte {offset}</translation>
    </message>
    <message>
        <source>the file is damaged (a box at byte {offset} has an impossible size)</source>
        <translation>el archivo está dañado (una caja en el byte {offset} tiene un tamaño imposible)</translation>
    </message>
    <message>
        <source>the file is truncated: its &apos;{box}&apos; data needs {missing} more bytes than the file has (was the download or copy cut short?)</source>
        <translation>el archivo está truncado: sus datos &apos;{box}&apos; necesitan {missing} bytes más de los que tiene el archivo (¿se cortó la descarga o la copia?)</translation>
    </message>
    <message>
        <source>the file has no &apos;moov&apos; index, so it cannot be played (is it complete?)</source>
        <translation>el archivo no tiene índice &apos;moov&apos;, así que no se puede reproducir (¿está completo?)</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}. Your history is shown, but nothing new is saved until Supple can write there again.</source>
        <translation>No se puede guardar el historial: {reason}. Se muestra tu historial, pero no se guarda nada nuevo hasta que Supple pueda volver a escribir allí.</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}, and there is no history in it yet.</source>
        <translation>No se puede guardar el historial: {reason}, y todavía no hay historial.</translation>
    </message>
    <message>
        <source>the data folder {path} cannot be created ({how})</source>
        <translation>no se puede crear la carpeta de datos {path} ({how})</translation>
    </message>
    <message>
        <source>the data folder {path} is read-only ({how})</source>
        <translation>la carpeta de datos {path} es de solo lectura ({how})</translation>
    </message>
    <message>
        <source>the database file {path} is read-only ({how})</source>
        <translation>el archivo de base de datos {path} es de solo lectura ({how})</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>{path}: {text}</source>
        <translation>{path}: {text}</translation>
    </message>
    <message>
        <source>the clip file does not exist</source>
        <translation>el archivo del clip no existe</translation>
    </message>
    <message>
        <source>no picture could be decoded from this file</source>
        <translation>no se pudo decodificar ninguna imagen de este archivo</translation>
    </message>
    <message>
        <source>no picture could be decoded from this file ({reason})</source>
        <translation>no se pudo decodificar ninguna imagen de este archivo ({reason})</translation>
    </message>
    <message>
        <source>unsupported or damaged video</source>
        <translation>vídeo no compatible o dañado</translation>
    </message>
    <message>
        <source>libVLC could not play this file (is it a video clip?)</source>
        <translation>libVLC no pudo reproducir este archivo (¿es un clip de vídeo?)</translation>
    </message>
    <message>
        <source>not a video clip Supple can play</source>
        <translation>no es un clip de vídeo que Supple pueda reproducir</translation>
    </message>
    <message>
        <source>is a folder, not a clip file</source>
        <translation>es una carpeta, no un archivo de clip</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the clip file is empty (0 bytes)</source>
        <translation>el archivo del clip está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>this is not a video file (it contains text)</source>
        <translation>esto no es un archivo de vídeo (contiene texto)</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
</context>
<context>
    <name>OverridesEditor</name>
    <message>
        <source>As the step</source>
        <translation>Como en el paso</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <comment>exercise: hold a position</comment>
        <translation>Segundos que mantener</translation>
    </message>
    <message>
        <source>Seconds per repetition</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Ejercicio</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Repe&amp;titions</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>Seconds &amp;each</source>
        <translation>Segundos &amp;cada una</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Series</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <comment>exercise: sides of the body</comment>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Izquierda y derecha</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo izquierda</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo derecha</translation>
    </message>
    <message>
        <source>Sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Lados</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Descanso</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>Clip speed</source>
        <translation>Velocidad del clip</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>Re&amp;flejar</translation>
    </message>
    <message>
        <source>Left side</source>
        <comment>exercise: side of the body</comment>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>exercise: side of the body</comment>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Mirrored side</source>
        <comment>exercise: the side the clip shows mirrored</comment>
        <translation>Lado reflejado</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <source>Loop start</source>
        <translation>Inicio del bucle</translation>
    </message>
    <message>
        <source>Loop end</source>
        <translation>Fin del bucle</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a loop from one time to another</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Play this item this many times</source>
        <translation>Reproduce este elemento tantas veces</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;ondas</translation>
    </message>
    <message>
        <source>&amp;Block rounds</source>
        <translation>&amp;Rondas del bloque</translation>
    </message>
    <message>
        <source>Play the block this many times</source>
        <translation>Reproduce el bloque tantas veces</translation>
    </message>
</context>
<context>
    <name>PlaylistBuilder</name>
    <message>
        <source>Saved playlists</source>
        <extracomment>Asks a yes/no question (title, text); tests replace it. Asks where to export (a path, or None to stop); tests replace it. The export under way, and the store write (a save or a delete) under way. The last failure shown (its message box), for tests.</extracomment>
        <translation>Listas guardadas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Playlist name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <source>Add steps from the Library: drag steps or routines here, or choose them there and press Insert.</source>
        <translation>Añade pasos desde la biblioteca: arrastra pasos o rutinas aquí, o elígelos allí y pulsa Insert.</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Play pla&amp;ylist</source>
        <translation>Reproducir &amp;lista</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Edit changes</source>
        <translation>Editar cambios</translation>
    </message>
    <message>
        <source>Repeat as a block</source>
        <translation>Repetir como bloque</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Dejar de repetir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; without saving your changes?</source>
        <translation>¿Salir de «%1» sin guardar los cambios?</translation>
    </message>
    <message>
        <source>There is no playlist &quot;%1&quot; any more.</source>
        <translation>La lista «%1» ya no existe.</translation>
    </message>
    <message>
        <source>Playlists cannot be saved: the database is not open.</source>
        <translation>No se pueden guardar listas: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>The playlist could not be saved</source>
        <translation>No se pudo guardar la lista</translation>
    </message>
    <message>
        <source>Delete the playlist &quot;%1&quot;? This cannot be undone.</source>
        <translation>¿Eliminar la lista «%1»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>The playlist was not deleted</source>
        <translation>No se eliminó la lista</translation>
    </message>
    <message>
        <source>Wait for the playlist to be saved or deleted.</source>
        <translation>Espera a que la lista se guarde o se elimine.</translation>
    </message>
    <message>
        <source>There is nothing to play: add steps or routines from the library.</source>
        <translation>No hay nada que reproducir: añade pasos o rutinas desde la biblioteca.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Supple bundle with its routines and clips (%1)</source>
        <translation>Paquete de Supple con sus rutinas y clips (%1)</translation>
    </message>
    <message>
        <source>Playlist file only (*.json)</source>
        <translation>Solo el archivo de la lista (*.json)</translation>
    </message>
</context>
<context>
    <name>PlaylistModel</name>
    <message>
        <source>New playlist</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Repeat items %1–%2 ×%3</source>
        <translation>Repetir los elementos %1–%2 ×%3</translation>
    </message>
    <message>
        <source>Stop repeating a block</source>
        <translation>Dejar de repetir un bloque</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>Cambiar elemento</translation>
    </message>
    <message>
        <source>Repeat the block ×%1</source>
        <translation>Repetir el bloque ×%1</translation>
    </message>
    <message>
        <source>Rename the playlist</source>
        <translation>Renombrar la lista</translation>
    </message>
    <message>
        <source>missing: cannot be played</source>
        <translation>falta: no se puede reproducir</translation>
    </message>
    <message>
        <source>whole routine, %1</source>
        <translation>rutina completa, %1</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>velocidad %1×</translation>
    </message>
    <message>
        <source>This item cannot be played: %1.</source>
        <translation>Este elemento no se puede reproducir: %1.</translation>
    </message>
    <message>
        <source>Total %1 · %2</source>
        <translation>Total %1 · %2</translation>
    </message>
    <message>
        <source>cut short: too many rounds</source>
        <translation>recortada: demasiadas rondas</translation>
    </message>
</context>
<context>
    <name>PlaylistView</name>
    <message>
        <source>Playlist items</source>
        <translation>Elementos de la lista</translation>
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
    <name>ReminderDialog</name>
    <message>
        <source>Remind me: %1</source>
        <extracomment>What a new reminder starts as.</extracomment>
        <translation>Recordatorio: %1</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Quitar recordatorio</translation>
    </message>
    <message>
        <source>Remind me to play %1 on</source>
        <translation>Recuérdame reproducir %1 los</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <comment>remind me on these days at this time</comment>
        <translation>&amp;a las</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Supple was not running then.</source>
        <translation>Supple no estaba abierto en ese momento.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>How often the schedule is checked, in milliseconds.</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Start %1</source>
        <extracomment>The tag of the &quot;You planned ... today&quot; notification. Where the in-window box appears when there is neither a notification server nor a tray. What was told last, and how (&quot;notification&quot;, &quot;tray&quot; or &quot;window&quot;), for tests and the log.</extracomment>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Es la hora de %1</translation>
    </message>
    <message>
        <source>Your reminder: %1.</source>
        <translation>Tu recordatorio: %1.</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Haz clic para empezar.</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <source>No network to serve the remote page on: connect to a network, or choose one in Preferences.</source>
        <translation>No hay ninguna red en la que servir la página de control remoto: conéctate a una red o elige una en Preferencias.</translation>
    </message>
    <message>
        <source>The remote page cannot be served on %1.</source>
        <translation>No se puede servir la página de control remoto en %1.</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <source>Remote Control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>QR code of the remote page&apos;s address</source>
        <translation>Código QR de la dirección de la página de control remoto</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera, on the same network, to control Supple from its browser. The address changes each time remote control is turned on.</source>
        <translation>Escanéalo con la cámara del teléfono, en la misma red, para controlar Supple desde su navegador. La dirección cambia cada vez que se activa el control remoto.</translation>
    </message>
    <message>
        <source>Remote control is off.</source>
        <translation>El control remoto está desactivado.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Video clips (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ogv);;All files (*)</source>
        <translation>Clips de vídeo (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ogv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>&quot;Use this loop&quot;: the player&apos;s clip and loop now (the window points it at the player). The frame on screen, for a poster (the window points it at the video pane). Dialogs, replaceable in tests: a file to open (title, filter), and a yes/no question. Frames kept as posters until the routine is saved (removed with the editor).</extracomment>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Routine title</source>
        <extracomment>Each field&apos;s row (the field and its problems), by the field&apos;s name.</extracomment>
        <translation>Título de la rutina</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>mobility, back, morning</source>
        <translation>movilidad, espalda, mañana</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>&amp;Preparación</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Au&amp;toría</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir paso</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar paso</translation>
    </message>
    <message>
        <source>%1 (%2 in the list)</source>
        <translation>%1 (%2 en la lista)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Cues, one per line</source>
        <translation>Indicaciones, una por línea</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Sin clip</translation>
    </message>
    <message>
        <source>&amp;Choose clip…</source>
        <translation>&amp;Elegir clip…</translation>
    </message>
    <message>
        <source>Choose the step&apos;s clip</source>
        <translation>Elige el clip del paso</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Lados</translation>
    </message>
    <message>
        <source>No sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Both sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo izquierda</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo derecha</translation>
    </message>
    <message>
        <source>Left side&apos;s loop</source>
        <comment>exercise: side of the body</comment>
        <translation>Bucle del lado izquierdo</translation>
    </message>
    <message>
        <source>Right side&apos;s loop</source>
        <comment>exercise: side of the body</comment>
        <translation>Bucle del lado derecho</translation>
    </message>
    <message>
        <source>Mirror the picture for</source>
        <translation>Reflejar la imagen para</translation>
    </message>
    <message>
        <source>Neither side</source>
        <comment>exercise: side of the body</comment>
        <translation>Ningún lado</translation>
    </message>
    <message>
        <source>Left side</source>
        <comment>exercise: side of the body</comment>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <comment>exercise: side of the body</comment>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <comment>exercise: hold a position</comment>
        <translation>Segundos que mantener</translation>
    </message>
    <message>
        <source>Seconds per repetition</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>Sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest seconds between sets</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Segundos de descanso entre series</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos para prepararse</translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>Sin imagen de portada</translation>
    </message>
    <message>
        <source>Frame on screen</source>
        <translation>Fotograma en pantalla</translation>
    </message>
    <message>
        <source>Poster: use the frame on screen</source>
        <translation>Portada: usar el fotograma en pantalla</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Poster: choose a picture</source>
        <translation>Portada: elegir una imagen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Poster: none</source>
        <translation>Portada: ninguna</translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation>Nivel de la escalera</translation>
    </message>
    <message>
        <source>Spoken line</source>
        <translation>Frase hablada</translation>
    </message>
    <message>
        <source>&amp;Play its loop</source>
        <translation>&amp;Reproducir su bucle</translation>
    </message>
    <message>
        <source>&amp;Try a short run</source>
        <translation>&amp;Probar una pasada corta</translation>
    </message>
    <message>
        <source>at</source>
        <comment>repetitions at so many seconds each</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Step t&amp;itle</source>
        <translation>T&amp;ítulo del paso</translation>
    </message>
    <message>
        <source>C&amp;ues</source>
        <translation>&amp;Indicaciones</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <comment>exercise: sides of the body</comment>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>Left loop</source>
        <translation>Bucle izquierdo</translation>
    </message>
    <message>
        <source>Right loop</source>
        <translation>Bucle derecho</translation>
    </message>
    <message>
        <source>Mi&amp;rror</source>
        <translation>Re&amp;flejar</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Ejercicio</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <comment>exercise: hold a position</comment>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <comment>exercise: repetitions</comment>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>Set&amp;s</source>
        <comment>exercise: rounds of the work</comment>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <comment>exercise: the pause after each set</comment>
        <translation>&amp;Descanso</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Prepárate</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <source>Spea&amp;k</source>
        <translation>&amp;Hablar</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>esta rutina</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; without saving your changes?</source>
        <translation>¿Salir de «%1» sin guardar los cambios?</translation>
    </message>
    <message>
        <source>A new routine: add steps, choose their clips, then save.</source>
        <translation>Una rutina nueva: añade pasos, elige sus clips y guárdala.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot;: it is saved as a new routine of your own.</source>
        <translation>Una copia de «%1»: se guarda como una rutina propia nueva.</translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot;.</source>
        <translation>Editando «%1».</translation>
    </message>
    <message>
        <source>Change step %1&apos;s work</source>
        <translation>Cambiar el ejercicio del paso %1</translation>
    </message>
    <message>
        <source>Play a clip first, and mark its loop with I and O: that is what “Use this loop” takes.</source>
        <translation>Reproduce primero un clip y marca su bucle con I y O: eso es lo que toma «Usar este bucle».</translation>
    </message>
    <message>
        <source>the whole clip</source>
        <translation>todo el clip</translation>
    </message>
    <message>
        <source>The left side loops %1 of %2.</source>
        <comment>exercise: side of the body</comment>
        <translation>El lado izquierdo repite %1 de %2.</translation>
    </message>
    <message>
        <source>The right side loops %1 of %2.</source>
        <comment>exercise: side of the body</comment>
        <translation>El lado derecho repite %1 de %2.</translation>
    </message>
    <message>
        <source>Step %3 loops %1 of %2.</source>
        <translation>El paso %3 repite %1 de %2.</translation>
    </message>
    <message>
        <source>There is no frame on screen: play the step&apos;s clip first.</source>
        <translation>No hay ningún fotograma en pantalla: reproduce primero el clip del paso.</translation>
    </message>
    <message>
        <source>The frame could not be kept as a picture in %1.</source>
        <translation>No se pudo guardar el fotograma como imagen en %1.</translation>
    </message>
    <message>
        <source>Choose the step&apos;s poster</source>
        <translation>Elige la portada del paso</translation>
    </message>
    <message>
        <source>Fix this first: %1: %2</source>
        <translation>Corrige esto primero: %1: %2</translation>
    </message>
    <message>
        <source>No clip: choose one, or use the player&apos;s loop</source>
        <translation>Sin clip: elige uno o usa el bucle del reproductor</translation>
    </message>
    <message>
        <source>Save the routine first: the export is of the routine as saved.</source>
        <translation>Guarda primero la rutina: se exporta tal como está guardada.</translation>
    </message>
    <message>
        <source>New routine</source>
        <extracomment>Where a problem is shown: (&quot;routine&quot;, field) or (&quot;step&quot;, index, field). The routine-level fields the editor has a place for, in the order the form shows them.</extracomment>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Routines cannot be saved: the database is not open.</source>
        <translation>No se pueden guardar rutinas: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Routines cannot be saved: the database is read-only.</source>
        <translation>No se pueden guardar rutinas: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>Wait for the routine to be saved.</source>
        <translation>Espera a que se guarde la rutina.</translation>
    </message>
    <message>
        <source>Not saved: %1. Choose its clip again.</source>
        <translation>No guardada: %1. Vuelve a elegir su clip.</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>No guardada: %1: %2</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>No se pudo guardar la rutina</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in your library.</source>
        <translation>«%1» guardada en tu biblioteca.</translation>
    </message>
</context>
<context>
    <name>RoutineEditorModel</name>
    <message>
        <source>Step %1</source>
        <extracomment>The file the routine was last saved to; None until its first save.</extracomment>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
    <message>
        <source>Move steps</source>
        <translation>Mover pasos</translation>
    </message>
    <message>
        <source>Choose step %1&apos;s clip</source>
        <translation>Elegir el clip del paso %1</translation>
    </message>
    <message>
        <source>Use the player&apos;s loop for step %1</source>
        <translation>Usar el bucle del reproductor para el paso %1</translation>
    </message>
    <message>
        <source>Set step %1&apos;s poster</source>
        <translation>Fijar la portada del paso %1</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; lost its clip: %3</source>
        <translation>El paso %1 «%2» perdió su clip: %3</translation>
    </message>
    <message>
        <source>Change the routine&apos;s title</source>
        <translation>Cambiar el título de la rutina</translation>
    </message>
    <message>
        <source>Change the summary</source>
        <translation>Cambiar el resumen</translation>
    </message>
    <message>
        <source>Change the setup</source>
        <translation>Cambiar la preparación</translation>
    </message>
    <message>
        <source>Change the credit</source>
        <translation>Cambiar la autoría</translation>
    </message>
    <message>
        <source>Change the tags</source>
        <translation>Cambiar las etiquetas</translation>
    </message>
    <message>
        <source>Change the routine</source>
        <translation>Cambiar la rutina</translation>
    </message>
    <message>
        <source>Change step %1&apos;s title</source>
        <translation>Cambiar el título del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s cues</source>
        <translation>Cambiar las indicaciones del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s spoken line</source>
        <translation>Cambiar la frase hablada del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s loop</source>
        <translation>Cambiar el bucle del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s side loops</source>
        <comment>exercise: sides of the body</comment>
        <translation>Cambiar los bucles por lado del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s sides</source>
        <comment>exercise: sides of the body</comment>
        <translation>Cambiar los lados del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s mirrored side</source>
        <comment>exercise: side of the body</comment>
        <translation>Cambiar el lado reflejado del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s hold time</source>
        <comment>exercise: hold a position</comment>
        <translation>Cambiar cuánto mantener en el paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s repetitions</source>
        <comment>exercise: repetitions</comment>
        <translation>Cambiar las repeticiones del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s seconds per repetition</source>
        <comment>exercise: repetitions</comment>
        <translation>Cambiar los segundos por repetición del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s sets</source>
        <comment>exercise: rounds of the work</comment>
        <translation>Cambiar las series del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s rest time</source>
        <comment>exercise: the pause after each set</comment>
        <translation>Cambiar el descanso del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s get-ready time</source>
        <translation>Cambiar el tiempo para prepararse del paso %1</translation>
    </message>
    <message>
        <source>Change step %1&apos;s ladder level</source>
        <translation>Cambiar el nivel de la escalera del paso %1</translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation>Cambiar el paso %1</translation>
    </message>
</context>
<context>
    <name>SegmentEdit</name>
    <message>
        <source>Part</source>
        <extracomment>How the loop was marked, said when it is used (&quot;frames 13–241, marked with I and O&quot;); &quot;&quot; if not. Where &quot;Use this loop&quot; asks for the player&apos;s loop; the window points it at the player.</extracomment>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>%1: loop only a part of the clip</source>
        <translation>%1: repetir solo una parte del clip</translation>
    </message>
    <message>
        <source>%1 start seconds</source>
        <translation>%1: inicio en segundos</translation>
    </message>
    <message>
        <source>%1 end seconds</source>
        <translation>%1: fin en segundos</translation>
    </message>
    <message>
        <source>Use this loop</source>
        <translation>Usar este bucle</translation>
    </message>
    <message>
        <source>%1: use the player&apos;s loop</source>
        <translation>%1: usar el bucle del reproductor</translation>
    </message>
    <message>
        <source>Take the clip and the loop marked in the player with I and O (or the loop it plays now)</source>
        <translation>Toma el clip y el bucle marcado en el reproductor con I y O (o el bucle que suena ahora)</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>No pain</source>
        <extracomment>The numeric rating scale&apos;s words for pain.</extracomment>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>El peor dolor imaginable</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>The Borg CR10 scale&apos;s anchor words (6, 8 and 9 have none).</extracomment>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak (light)</source>
        <translation>Débil (ligero)</translation>
    </message>
    <message>
        <source>Somewhat strong</source>
        <translation>Algo fuerte</translation>
    </message>
    <message>
        <source>Strong (heavy)</source>
        <translation>Fuerte (duro)</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Extremely strong (maximal)</source>
        <translation>Extremadamente fuerte (máximo)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: keep my level</source>
        <translation>Ahora no: mantener mi nivel</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Dolor durante la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Numeric rating scale: 0 is no pain, 10 the worst pain imaginable</source>
        <translation>Escala numérica: 0 es sin dolor, 10 el peor dolor imaginable</translation>
    </message>
    <message>
        <source>Effort, Borg CR10 scale, 0 to 10</source>
        <translation>Esfuerzo, escala Borg CR10, de 0 a 10</translation>
    </message>
    <message>
        <source>Borg CR10: 0 nothing at all, 3 moderate, 5 strong, 10 extremely strong</source>
        <translation>Borg CR10: 0 nada en absoluto, 3 moderado, 5 fuerte, 10 extremadamente fuerte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything to remember about this session (optional)</source>
        <translation>Algo que recordar de esta sesión (opcional)</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10):</source>
        <translation>&amp;Dolor (0–10):</translation>
    </message>
    <message>
        <source>&amp;Effort (CR10):</source>
        <translation>&amp;Esfuerzo (CR10):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save how the session felt</source>
        <translation>Guarda cómo te sentiste en la sesión</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip: close the summary without saving</source>
        <translation>Omitir: cierra el resumen sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) done</source>
        <translation>
            <numerusform>%1 · %n paso hecho</numerusform>
            <numerusform>%1 · %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>steps skipped</comment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move up to level %1</source>
        <translation>Subir al nivel %1</translation>
    </message>
    <message>
        <source>Ease back to level %1</source>
        <translation>Bajar al nivel %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproducido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>When it started</source>
        <extracomment>Header tooltips.</extracomment>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>The routine or playlist</source>
        <translation>La rutina o la lista</translation>
    </message>
    <message>
        <source>Time on its steps</source>
        <translation>Tiempo en sus pasos</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <translation>Pasos omitidos</translation>
    </message>
    <message>
        <source>Pain · effort (0-10); ✎ a note</source>
        <translation>Dolor · esfuerzo (0–10); ✎ una nota</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>dolor %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>esfuerzo %1</translation>
    </message>
    <message>
        <source>not said</source>
        <extracomment>Row -&gt; its cells&apos; text, made when first shown. Pages fetched since the last reset (tests and the benchmark read it).</extracomment>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>none</source>
        <comment>an empty cell</comment>
        <translation>nada</translation>
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
        <source>Speak the coaching aloud (uses the system&apos;s speech engine)</source>
        <translation>Leer las indicaciones en voz alta (usa la voz del sistema)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>Speaking &amp;rate</source>
        <translation>Velocidad de &amp;habla</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Voice vo&amp;lume</source>
        <translation>Vo&amp;lumen de la voz</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>Control Supple from a phone&apos;s browser on this network</source>
        <translation>Controlar Supple desde el navegador de un teléfono en esta red</translation>
    </message>
    <message>
        <source>Off by default. The page&apos;s address (shown as a QR code) changes each time.</source>
        <translation>Desactivado por defecto. La dirección de la página (mostrada como código QR) cambia cada vez.</translation>
    </message>
    <message>
        <source>Network for remote control</source>
        <translation>Red para el control remoto</translation>
    </message>
    <message>
        <source>The network with the default route</source>
        <translation>La red con la ruta predeterminada</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer (e.g. speech-dispatcher); cue sounds play instead.</source>
        <translation>No se encontró ningún motor de voz en este ordenador (p. ej., speech-dispatcher); en su lugar suenan avisos.</translation>
    </message>
    <message>
        <source>Where a routine does not say</source>
        <translation>Cuando una rutina no lo indica</translation>
    </message>
    <message>
        <source>Count reps</source>
        <comment>exercise: say the repetitions aloud</comment>
        <translation>Contar repeticiones</translation>
    </message>
    <message>
        <source>Every rep</source>
        <comment>exercise: repetitions</comment>
        <translation>Cada repetición</translation>
    </message>
    <message>
        <source>Every fifth rep</source>
        <comment>exercise: repetitions</comment>
        <translation>Cada quinta repetición</translation>
    </message>
    <message>
        <source>&amp;Count reps</source>
        <comment>exercise: say the repetitions aloud</comment>
        <translation>&amp;Contar repeticiones</translation>
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
    <name>StoreWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step record(s)</source>
        <translation>
            <numerusform>%n registro de paso</numerusform>
            <numerusform>%n registros de pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Supple&apos;s database was damaged (%1).</source>
        <translation>La base de datos de Supple estaba dañada (%1).</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 in the data folder.</source>
        <translation>El archivo dañado se guardó como %1 en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The backup from %1 was restored: %2 and %3 are in your history now.</source>
        <translation>Se restauró la copia de seguridad del %1: ahora hay %2 y %3 en tu historial.</translation>
    </message>
    <message>
        <source>Anything recorded after %1 was not recovered, apart from those.</source>
        <translation>Lo registrado después del %1 no se recuperó, salvo eso.</translation>
    </message>
    <message>
        <source>Anything recorded after %1 was not recovered.</source>
        <translation>Lo registrado después del %1 no se recuperó.</translation>
    </message>
    <message>
        <source>No good backup was found, so Supple started a fresh database (%1 and %2 in it now).</source>
        <translation>No se encontró ninguna copia de seguridad buena, así que Supple empezó una base de datos nueva (ahora con %1 y %2).</translation>
    </message>
    <message>
        <source>Anything that could not be read from the damaged file was not recovered, apart from those.</source>
        <translation>Lo que no se pudo leer del archivo dañado no se recuperó, salvo eso.</translation>
    </message>
    <message>
        <source>Anything that could not be read from the damaged file was not recovered.</source>
        <translation>Lo que no se pudo leer del archivo dañado no se recuperó.</translation>
    </message>
    <message>
        <source>%1 and %2 were read back from the damaged file.</source>
        <translation>Se recuperaron %1 y %2 del archivo dañado.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Supple (schema revision %2; this version knows revisions up to %3). Supple will not change it. Install the newer version to keep recording, or open it read-only to look at your history.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Supple (revisión de esquema %2; esta versión conoce revisiones hasta %3). Supple no la modificará. Instala la versión más reciente para seguir registrando, o ábrela en solo lectura para ver tu historial.</translation>
    </message>
</context>
<context>
    <name>SummaryControl</name>
    <message>
        <source>Saved how the session felt to your history.</source>
        <translation>Cómo te sentiste en la sesión quedó guardado en tu historial.</translation>
    </message>
    <message>
        <source>Your level is now %1.</source>
        <translation>Tu nivel ahora es %1.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <extracomment>The one worker for serial tasks (store writes that keep their order). Where failures go when the task has no handler of its own (the window sets it). Tasks whose work has not ended, for `wait_all`.</extracomment>
        <translation>Cancelar</translation>
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
    <name>Tray</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Iniciar al &amp;entrar</translation>
    </message>
    <message>
        <source>S&amp;how Supple</source>
        <translation>&amp;Mostrar Supple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Supple</source>
        <translation>Supple</translation>
    </message>
    <message>
        <source>Star a routine or save a playlist to start it here</source>
        <translation>Marca una rutina o guarda una lista para empezarla desde aquí</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>sin recordatorio</translation>
    </message>
    <message>
        <source>Star a routine or save a playlist first</source>
        <translation>Marca primero una rutina o guarda una lista</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>The routine &quot;%1&quot; is no longer in the library.</source>
        <extracomment>Connected to the session bus when the store opens, not before the window shows.</extracomment>
        <translation>La rutina «%1» ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Reminders cannot be saved: the database is read-only.</source>
        <translation>No se pueden guardar recordatorios: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <source>Keep Supple in the tray?</source>
        <translation>¿Mantener Supple en la bandeja?</translation>
    </message>
    <message>
        <source>You have reminders set. Keep Supple running in the tray when the window closes, so that they can come? (Quit from the tray icon&apos;s menu.)</source>
        <translation>Tienes recordatorios. ¿Mantener Supple abierto en la bandeja al cerrar la ventana para que puedan llegar? (Sal desde el menú del icono de la bandeja.)</translation>
    </message>
    <message>
        <source>Supple cannot write its start-at-login entry: %1 (%2).</source>
        <extracomment>The application id: the desktop file&apos;s name, the icon&apos;s, the notifications&apos; desktop-entry.</extracomment>
        <translation>Supple no puede escribir su entrada de inicio al entrar en la sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>Supple cannot remove its start-at-login entry: %1 (%2).</source>
        <translation>Supple no puede quitar su entrada de inicio al entrar en la sesión: %1 (%2).</translation>
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
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes per week for the last 12 weeks</source>
        <translation>Minutos por semana en las últimas 12 semanas</translation>
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
        <source>left</source>
        <comment>exercise: the side worked, in a session&apos;s list of steps</comment>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <comment>exercise: the side worked, in a session&apos;s list of steps</comment>
        <translation>derecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a step of a session the person skipped</comment>
        <translation>saltado</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a step of a session the person finished</comment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>level %1</source>
        <comment>the progression level a session was done at</comment>
        <translation>nivel %1</translation>
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
        <translation>total del paso %1</translation>
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
        <source>Switch sides.</source>
        <comment>exercise: spoken when the other side starts</comment>
        <translation>Cambia de lado.</translation>
    </message>
    <message>
        <source>Rest. Next: %1.</source>
        <comment>exercise: spoken when a rest starts; %1: what comes next</comment>
        <translation>Descanso. A continuación: %1.</translation>
    </message>
    <message>
        <source>Three</source>
        <comment>spoken countdown</comment>
        <translation>Tres</translation>
    </message>
    <message>
        <source>Two</source>
        <comment>spoken countdown</comment>
        <translation>Dos</translation>
    </message>
    <message>
        <source>One</source>
        <comment>spoken countdown</comment>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Halfway</source>
        <comment>spoken half way through a long hold</comment>
        <translation>Mitad</translation>
    </message>
    <message>
        <source>%1: %2, %3 of work.</source>
        <comment>spoken summary: the headline, the steps done, the time worked</comment>
        <translation>%1: %2, %3 de trabajo.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <comment>spoken at the end of a session</comment>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Left side.</source>
        <comment>exercise: spoken after a step&apos;s own line</comment>
        <translation>Lado izquierdo.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <comment>exercise: spoken after a step&apos;s own line</comment>
        <translation>Lado derecho.</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <comment>exercise: spoken; %1 is the step&apos;s name</comment>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <comment>exercise: spoken; %1 is the step&apos;s name</comment>
        <translation>%1, lado derecho</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>spoken length of time</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>playlist items</comment>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Quitar %n elemento</numerusform>
            <numerusform>Quitar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Añadir %n elemento</numerusform>
            <numerusform>Añadir %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicar %n elemento</numerusform>
            <numerusform>Duplicar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be played (⚠)</source>
        <translation>
            <numerusform>%n elemento no se puede reproducir (⚠)</numerusform>
            <numerusform>%n elementos no se pueden reproducir (⚠)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 uses %n file(s) from outside its folder</source>
        <translation>
            <numerusform>%1 usa %n archivo de fuera de su carpeta</numerusform>
            <numerusform>%1 usa %n archivos de fuera de su carpeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the sheet of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Hoja de %1 (%n página) guardada en %2.</numerusform>
            <numerusform>Hoja de %1 (%n páginas) guardada en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of %1 to the printer.</source>
        <translation>
            <numerusform>%n página de %1 enviada a la impresora.</numerusform>
            <numerusform>%n páginas de %1 enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of %1 cannot show a clip (marked ⚠); the rest plays as usual.</source>
        <translation>
            <numerusform>%n paso de %1 no puede mostrar un clip (marcado con ⚠); el resto se reproduce con normalidad.</numerusform>
            <numerusform>%n pasos de %1 no pueden mostrar un clip (marcados con ⚠); el resto se reproduce con normalidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, marked beside their fields)</source>
        <translation>
            <numerusform>(y %n más, marcado junto a su campo)</numerusform>
            <numerusform>(y %n más, marcados junto a sus campos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n day(s))</source>
        <translation>
            <numerusform>(la más larga: %n día)</numerusform>
            <numerusform>(la más larga: %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row</source>
        <translation>
            <numerusform>%n semana seguida</numerusform>
            <numerusform>%n semanas seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n day(s) practised</source>
        <translation>
            <numerusform>con %n día de práctica</numerusform>
            <numerusform>con %n días de práctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longest %n week(s))</source>
        <translation>
            <numerusform>(la más larga: %n semana)</numerusform>
            <numerusform>(la más larga: %n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain was %1 of 10: easing back to level %2 may help.</source>
        <translation>El dolor fue de %1 sobre 10: bajar al nivel %2 puede ayudar.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) at level %1 with little pain and moderate effort: ready for level %2?</source>
        <translation>
            <numerusform>%n sesión en el nivel %1 con poco dolor y esfuerzo moderado: ¿subes al nivel %2?</numerusform>
            <numerusform>%n sesiones en el nivel %1 con poco dolor y esfuerzo moderado: ¿subes al nivel %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <comment>reminder days</comment>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <comment>reminder days</comment>
        <translation>Entre semana</translation>
    </message>
    <message>
        <source>Weekends</source>
        <comment>reminder days</comment>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>reminder days at a time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list&apos;s last two</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>You planned %1 today.</source>
        <translation>Hoy tenías previsto %1.</translation>
    </message>
</context>
</TS>
