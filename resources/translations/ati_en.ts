<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CO">
    <context>
        <name>ActaFiles</name>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Guardar el acta como PDF</source>
            <translation>Save the minutes as PDF</translation>
        </message>
        <message>
            <source>Guardar todas las actas en un PDF</source>
            <translation>Save all the minutes in one PDF</translation>
        </message>
        <message>
            <source>Carpeta para las actas</source>
            <translation>Folder for the minutes</translation>
        </message>
        <message>
            <source>Elegir el PDF del acta</source>
            <translation>Choose the PDF of the minutes</translation>
        </message>
    </context>
    <context>
        <name>ActaPreview</name>
        <message>
            <source>Acta de la sesión</source>
            <translation>Session minutes</translation>
        </message>
        <message>
            <source>Vista previa del acta</source>
            <translation>Preview of the minutes</translation>
        </message>
        <message>
            <source>Preparando el acta…</source>
            <translation>Preparing the minutes…</translation>
        </message>
        <message>
            <source>Estado del acta</source>
            <translation>Status of the minutes</translation>
        </message>
        <message>
            <source>Página actual</source>
            <translation>Current page</translation>
        </message>
        <message>
            <source>&amp;Imprimir…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Imprimir el acta (Ctrl+P)</source>
            <translation>Print the minutes (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Guardar como PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Guardar el acta en un archivo PDF (Ctrl+Shift+S)</source>
            <translation>Save the minutes to a PDF file (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Alejar</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Alejar (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <source>Acercar</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Acercar (Ctrl++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <source>Ajustar al ancho</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <source>Ajustar al ancho (Ctrl+0)</source>
            <translation>Fit to width (Ctrl+0)</translation>
        </message>
        <message>
            <source>Página completa</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>Ver la página completa (Ctrl+1)</source>
            <translation>Show the whole page (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Cerrar</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Cerrar la vista previa (Ctrl+W)</source>
            <translation>Close the preview (Ctrl+W)</translation>
        </message>
        <message>
            <source>Acta</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>No se pudo mostrar el acta (el visor de PDF no la pudo abrir). Puede guardarla como PDF y abrirla con otro programa.</source>
            <translation>The minutes could not be shown (the PDF viewer could not open them). You can save them as PDF and open them with another program.</translation>
        </message>
        <message>
            <source>Acta del %1</source>
            <translation>Minutes of %1</translation>
        </message>
        <message>
            <source>Página %1 de %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Se envió una página a la impresora.</source>
            <translation>One page was sent to the printer.</translation>
        </message>
        <message>
            <source>Se enviaron %1 páginas a la impresora.</source>
            <translation>%1 pages were sent to the printer.</translation>
        </message>
        <message>
            <source>Acta guardada en %1</source>
            <translation>Minutes saved to %1</translation>
        </message>
    </context>
    <context>
        <name>ActaPrinting</name>
        <message>
            <source>Imprimir el acta</source>
            <translation>Print the minutes</translation>
        </message>
        <message>
            <source>No se pudo iniciar la impresión. Revise que la impresora esté encendida y conectada, o elija otra.</source>
            <translation>Printing could not start. Check that the printer is on and connected, or choose another one.</translation>
        </message>
    </context>
    <context>
        <name>AdvisoryLog</name>
        <message>
            <source>Asesorías registradas: no requieren desplazamiento (teléfono, conexión remota, correo o visita recibida por el asesor).</source>
            <translation>Advisory sessions recorded: they need no travel (telephone, remote connection, e-mail or a visit received by the adviser).</translation>
        </message>
        <message>
            <source>Bitácora de asesorías</source>
            <translation>Advisory log</translation>
        </message>
    </context>
    <context>
        <name>AdvisoryLogModel</name>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Canal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Objetivo</source>
            <translation>Objective</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <source>Archivar datos antiguos</source>
            <translation>Archive old data</translation>
        </message>
        <message>
            <source>Las fotos y firmas de las sesiones cerradas y antiguas que la Secretaría confirmó haber recibido pasan a un archivo aparte, que se verifica antes de liberar espacio. Las sesiones, sus compromisos y las huellas de sus actas se quedan en este equipo; las sesiones con compromisos abiertos, los borradores y lo que falta por entregar no se archivan.</source>
            <translation>The photos and signatures of old, closed sessions the Secretariat confirmed receiving move to a separate file, which is verified before any space is freed. The sessions, their commitments and the hashes of their actas stay on this device; sessions with open commitments, drafts and anything not yet delivered are not archived.</translation>
        </message>
        <message>
            <source>&amp;Sesiones de hace más de:</source>
            <translation>&amp;Sessions older than:</translation>
        </message>
        <message>
            <source> meses</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Arc&amp;hivo:</source>
            <translation>Arc&amp;hive file:</translation>
        </message>
        <message>
            <source>E&amp;xaminar…</source>
            <translation>Bro&amp;wse…</translation>
        </message>
        <message>
            <source>&amp;Archivar</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>&amp;Restaurar un archivo…</source>
            <translation>&amp;Restore an archive…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Este equipo aún no ha recibido un acuse de la Secretaría: no hay nada confirmado que se pueda archivar. El acuse llega con el paquete de la Secretaría.</source>
            <translation>This device has not received a receipt from the Secretariat yet: nothing is confirmed, so nothing can be archived. The receipt comes with the Secretariat's package.</translation>
        </message>
        <message>
            <source>No hay fotos ni firmas de sesiones cerradas antes del %1 que la Secretaría haya confirmado.</source>
            <translation>There are no photos or signatures of sessions closed before %1 that the Secretariat has confirmed.</translation>
        </message>
        <message numerus="yes">
            <source>Se archivarán las fotos y firmas de %n sesión(es) cerrada(s) antes del %1: se liberarán %2 MB en este equipo.</source>
            <translation>
                <numerusform>The photos and signatures of %n session closed before %1 will be archived: %2 MB will be freed on this device.</numerusform>
                <numerusform>The photos and signatures of %n sessions closed before %1 will be archived: %2 MB will be freed on this device.</numerusform>
            </translation>
        </message>
        <message>
            <source>Archivo de datos antiguos</source>
            <translation>Old data archive</translation>
        </message>
        <message>
            <source>Archivos de datos antiguos (*.sqlite)</source>
            <translation>Old data archives (*.sqlite)</translation>
        </message>
        <message numerus="yes">
            <source>✔ Archivadas las fotos y firmas de %n sesión(es) en «%1»; %2 MB liberados.</source>
            <translation>
                <numerusform>✔ The photos and signatures of %n session were archived in “%1”; %2 MB freed.</numerusform>
                <numerusform>✔ The photos and signatures of %n sessions were archived in “%1”; %2 MB freed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conserve ese archivo y una copia: las actas de esas sesiones toman de él las firmas.</source>
            <translation>Keep that file, and a copy: the actas of those sessions take their signatures from it.</translation>
        </message>
        <message numerus="yes">
            <source>✔ %n foto(s) y firma(s) devuelta(s) a este equipo desde «%1».</source>
            <translation>
                <numerusform>✔ %n photo or signature brought back to this device from “%1”.</numerusform>
                <numerusform>✔ %n photos and signatures brought back to this device from “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <source>El archivo de la base de datos no se pudo compactar ahora; el espacio se reutiliza al guardar.</source>
            <translation>The database file could not be compacted now; the space is reused as you save.</translation>
        </message>
    </context>
    <context>
        <name>AssignmentsDialog</name>
        <message>
            <source>Asignaciones de establecimientos</source>
            <translation>School assignments</translation>
        </message>
        <message>
            <source>Asistente</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Asignaciones</source>
            <translation>Assignments</translation>
        </message>
        <message>
            <source>&amp;Quitar la asignación</source>
            <translation>&amp;Remove the assignment</translation>
        </message>
        <message>
            <source>Escriba parte del nombre, del municipio o del código DANE</source>
            <translation>Type part of the name, the municipality or the DANE code</translation>
        </message>
        <message>
            <source>Buscar establecimiento</source>
            <translation>Search for a school</translation>
        </message>
        <message>
            <source>Establecimientos encontrados</source>
            <translation>Schools found</translation>
        </message>
        <message>
            <source>&amp;Asignar</source>
            <translation>&amp;Assign</translation>
        </message>
        <message>
            <source>A&amp;sistente:</source>
            <translation>A&amp;ssistant:</translation>
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation>S&amp;chool:</translation>
        </message>
        <message>
            <source>Asignar establecimientos</source>
            <translation>Assign schools</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ningún establecimiento del catálogo coincide con «%1».</source>
            <translation>No school in the catalogue matches “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%n asignación(es) nueva(s).</source>
            <translation>
                <numerusform>%n new assignment.</numerusform>
                <numerusform>%n new assignments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asignación(es) quitada(s).</source>
            <translation>
                <numerusform>%n assignment removed.</numerusform>
                <numerusform>%n assignments removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchActasDialog</name>
        <message>
            <source>Actas por lote</source>
            <translation>Minutes in bulk</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>hasta</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Sesiones que coinciden</source>
            <translation>Matching sessions</translation>
        </message>
        <message>
            <source>Sesiones</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation>Sc&amp;hool:</translation>
        </message>
        <message>
            <source>&amp;Fechas, desde:</source>
            <translation>&amp;Dates, from:</translation>
        </message>
        <message>
            <source>Un PDF por sesión, en una &amp;carpeta</source>
            <translation>One PDF per session, in a &amp;folder</translation>
        </message>
        <message>
            <source>Un solo PDF con &amp;todas las actas</source>
            <translation>A single PDF with &amp;all the minutes</translation>
        </message>
        <message>
            <source>Destino de las actas</source>
            <translation>Destination of the minutes</translation>
        </message>
        <message>
            <source>E&amp;legir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Ca&amp;ncelar</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>Ce&amp;rrar</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Cancelando al terminar el acta en curso…</source>
            <translation>Cancelling once the current minutes are done…</translation>
        </message>
        <message>
            <source>Cancelado: no se escribió ningún archivo.</source>
            <translation>Cancelled: no file was written.</translation>
        </message>
        <message numerus="yes">
            <source>Cancelado: se guardaron %1 de %n actas en %3.</source>
            <translation>
                <numerusform>Cancelled: saved the minutes of %1 of %n session in %3.</numerusform>
                <numerusform>Cancelled: saved the minutes of %1 of %n sessions in %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Listo: %n actas reunidas en %3.</source>
            <translation>
                <numerusform>Done: the minutes of %n session gathered in %3.</numerusform>
                <numerusform>Done: the minutes of %n sessions gathered in %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Listo: se guardaron %n actas en %3.</source>
            <translation>
                <numerusform>Done: saved the minutes of %n session in %3.</numerusform>
                <numerusform>Done: saved the minutes of %n sessions in %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destino</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Avance del lote</source>
            <translation>Progress of the batch</translation>
        </message>
        <message>
            <source>%v de %m actas</source>
            <translation>%v of %m sessions</translation>
        </message>
        <message>
            <source>Resultado del lote</source>
            <translation>Result of the batch</translation>
        </message>
        <message>
            <source>&amp;Generar actas</source>
            <translation>&amp;Generate minutes</translation>
        </message>
        <message>
            <source>&amp;Abrir carpeta</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>Elija un establecimiento de la lista, o borre el texto para incluir todos.</source>
            <translation>Choose a school from the list, or clear the text to include all of them.</translation>
        </message>
        <message>
            <source>La fecha inicial es posterior a la final.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>Contando sesiones…</source>
            <translation>Counting sessions…</translation>
        </message>
        <message>
            <source>Ninguna sesión coincide con esta selección.</source>
            <translation>No session matches this selection.</translation>
        </message>
        <message>
            <source>Una sesión coincide.</source>
            <translation>One session matches.</translation>
        </message>
        <message>
            <source>%1 sesiones coinciden.</source>
            <translation>%1 sessions match.</translation>
        </message>
        <message>
            <source>Elija el archivo PDF que reunirá las actas</source>
            <translation>Choose the PDF file that will gather the minutes</translation>
        </message>
        <message>
            <source>Elija la carpeta donde se guardará cada acta</source>
            <translation>Choose the folder where each session's minutes will be saved</translation>
        </message>
        <message>
            <source>Generando actas…</source>
            <translation>Generating minutes…</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <source>Importar catálogo de establecimientos</source>
            <translation>Import the school catalogue</translation>
        </message>
        <message>
            <source>Catálogo en CSV (*.csv);;Todos los archivos (*)</source>
            <translation>CSV catalogue (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>… y %1 líneas más.</source>
            <translation>… and %1 more lines.</translation>
        </message>
        <message>
            <source>Catálogo no importado</source>
            <translation>Catalogue not imported</translation>
        </message>
        <message>
            <source>No se importó ningún establecimiento: corrija estas líneas del archivo e impórtelo de nuevo.</source>
            <translation>No school was imported: correct these lines of the file and import it again.</translation>
        </message>
        <message>
            <source>Catálogo importado: %1 establecimientos nuevos, %2 actualizados y %3 sedes nuevas.</source>
            <translation>Catalogue imported: %1 new schools, %2 updated and %3 new campuses.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistItemEditor</name>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Parcial</source>
            <translation>Partial</translation>
        </message>
        <message>
            <source>No aplica</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Observación</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica.</source>
            <translation>Mark Yes, No, Partial or Not applicable.</translation>
        </message>
        <message>
            <source>Observación: %1</source>
            <translation>Observation: %1</translation>
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Cerrar la sesión</source>
            <translation>Close the session</translation>
        </message>
        <message>
            <source>La sesión no se puede cerrar todavía: al cerrarla se convierte en el acta oficial.</source>
            <translation>The session cannot be closed yet: once closed it becomes the official minutes.</translation>
        </message>
        <message>
            <source>Antes de cerrar, revise lo que falta. Puede cerrar de todos modos.</source>
            <translation>Before closing, check what is missing. You may close it anyway.</translation>
        </message>
        <message>
            <source>La sesión está completa. Al cerrarla se convierte en el acta oficial y solo se podrá modificar con una corrección que queda en el historial.</source>
            <translation>The session is complete. Once closed it becomes the official minutes and can only be changed by a correction kept in the history.</translation>
        </message>
        <message>
            <source>Falta (obligatorio):</source>
            <translation>Missing (required):</translation>
        </message>
        <message>
            <source>Conviene revisar:</source>
            <translation>Worth checking:</translation>
        </message>
        <message>
            <source>&amp;Volver a la sesión</source>
            <translation>&amp;Back to the session</translation>
        </message>
        <message>
            <source>Cerrar la &amp;sesión</source>
            <translation>Close the &amp;session</translation>
        </message>
    </context>
    <context>
        <name>CommitmentRow</name>
        <message>
            <source>Qué se acordó</source>
            <translation>What was agreed</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Parte responsable</source>
            <translation>Responsible party</translation>
        </message>
        <message>
            <source>Sin fecha</source>
            <translation>No date</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Quitar este compromiso</source>
            <translation>Remove this commitment</translation>
        </message>
        <message>
            <source>Trasladado de un compromiso no cumplido del %1</source>
            <translation>Carried over from an unmet commitment made on %1</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsPage</name>
        <message>
            <source>Qué se acordó</source>
            <translation>What was agreed</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Parte</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Aún no hay compromisos.</source>
            <translation>No commitments yet.</translation>
        </message>
        <message>
            <source>Agregar co&amp;mpromiso</source>
            <translation>&amp;Add commitment</translation>
        </message>
        <message>
            <source>Compromisos</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>En el acompañamiento se comprometen las dos partes: registre compromisos de la Secretaría (asistente) y del establecimiento (asistido).</source>
            <translation>In accompaniment both parties commit: record commitments of the Secretariat (assisting party) and of the school (assisted party).</translation>
        </message>
        <message>
            <source>Falta: %1.</source>
            <translation>Missing: %1.</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsPanel</name>
        <message>
            <source>Sin fecha límite</source>
            <translation>No due date</translation>
        </message>
        <message numerus="yes">
            <source>Vencido hace %n día(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Vence el %1</source>
            <translation>Due on %1</translation>
        </message>
        <message>
            <source>Compromisos pendientes</source>
            <translation>Pending commitments</translation>
        </message>
        <message>
            <source>Compromisos pendientes del establecimiento</source>
            <translation>Pending commitments of the school</translation>
        </message>
        <message>
            <source>Seleccione una sesión para ver los compromisos de su establecimiento.</source>
            <translation>Select a session to see the commitments of its school.</translation>
        </message>
        <message>
            <source>La sesión seleccionada no se hizo con un establecimiento educativo.</source>
            <translation>The selected session was not held with a school.</translation>
        </message>
        <message numerus="yes">
            <source>%n pendiente(s)</source>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vencido(s)</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Responsable: %1 (%2)</source>
            <translation>Responsible: %1 (%2)</translation>
        </message>
        <message>
            <source>Acordado en la sesión del %1</source>
            <translation>Agreed in the session on %1</translation>
        </message>
        <message>
            <source>Última verificación: %1</source>
            <translation>Last verification: %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictView</name>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>&amp;Resolver con los valores elegidos</source>
            <translation>&amp;Resolve with the chosen values</translation>
        </message>
        <message>
            <source>Elija un conflicto de la lista.</source>
            <translation>Choose a conflict from the list.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2: %n versiones que no coinciden.</source>
            <translation>
                <numerusform>%1 %2: %n version that does not match.</numerusform>
                <numerusform>%1 %2: %n versions that do not match.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ancestro común</source>
            <translation>Common ancestor</translation>
        </message>
        <message>
            <source>Campo</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Conservar %1 entera</source>
            <translation>Keep %1 whole</translation>
        </message>
        <message>
            <source>Asistente</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Sede</source>
            <translation>Campus</translation>
        </message>
        <message>
            <source>Participante</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Sesión</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Asistencia</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Compromiso</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Verificación</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Evidencia</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Indicador</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Registros unidos</source>
            <translation>Linked records</translation>
        </message>
        <message>
            <source>Acta</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Versión %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source> (se muestra)</source>
            <translation> (shown)</translation>
        </message>
        <message>
            <source>Equipo: %1</source>
            <translation>Device: %1</translation>
        </message>
        <message>
            <source>Asistente: %1</source>
            <translation>Assistant: %1</translation>
        </message>
        <message>
            <source>Paquete: %1</source>
            <translation>Package: %1</translation>
        </message>
        <message>
            <source>Hecha: %1</source>
            <translation>Made: %1</translation>
        </message>
        <message>
            <source>BORRA el registro</source>
            <translation>DELETES the record</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Sin fecha</source>
            <translation>No date</translation>
        </message>
    </context>
    <context>
        <name>DecimalEditor</name>
        <message>
            <source>Escriba un número completo, por ejemplo 2,5.</source>
            <translation>Enter a complete number, for example 2,5.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Aprobar la sesión</source>
            <translation>Approve the session</translation>
        </message>
        <message>
            <source>Devolver con observaciones</source>
            <translation>Return with remarks</translation>
        </message>
        <message>
            <source>Rechazar la sesión</source>
            <translation>Reject the session</translation>
        </message>
        <message>
            <source>&amp;Aprobar</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>&amp;Enviar observaciones</source>
            <translation>&amp;Send remarks</translation>
        </message>
        <message>
            <source>&amp;Rechazar</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>Qué debe corregir el profesional de apoyo</source>
            <translation>What the field assistant must correct</translation>
        </message>
        <message>
            <source>Opcional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>&amp;Comentario:</source>
            <translation>&amp;Comment:</translation>
        </message>
        <message>
            <source>&amp;Comentario (obligatorio):</source>
            <translation>&amp;Comment (required):</translation>
        </message>
        <message>
            <source>Re&amp;visa:</source>
            <translation>Re&amp;viewer:</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Se agregarán %1 sesiones de demostración, con establecimientos, participantes y compromisos inventados, a la base de datos abierta.

Úselas para conocer el programa; no las exporte al registro departamental. ¿Continuar?</source>
            <translation>%1 demo sessions, with made-up schools, participants and commitments, will be added to the open database.

Use them to get to know the program; do not export them to the departmental record. Continue?</translation>
        </message>
        <message>
            <source>Datos de demostración</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Generando sesiones de demostración…</source>
            <translation>Generating demo sessions…</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Tablero del supervisor — ATI Desktop</source>
            <translation>Supervisor's dashboard — ATI Desktop</translation>
        </message>
        <message>
            <source>&amp;Desde</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Hasta</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <source>&amp;Municipio</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <source>&amp;Profesional</source>
            <translation>&amp;Assistant</translation>
        </message>
        <message>
            <source>&amp;Operación</source>
            <translation>&amp;Operation</translation>
        </message>
        <message>
            <source>&amp;Técnica</source>
            <translation>T&amp;echnique</translation>
        </message>
        <message>
            <source>&amp;Nivel</source>
            <translation>&amp;Level</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Mapa de cobertura del Huila</source>
            <translation>Coverage map of Huila</translation>
        </message>
        <message>
            <source>Sesiones</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Cobertura</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>E&amp;xportar informe…</source>
            <translation>E&amp;xport report…</translation>
        </message>
        <message>
            <source>Guardar un informe del periodo y los filtros del Tablero en Excel, CSV o PDF</source>
            <translation>Save a report of the Tablero's period and filters as Excel, CSV or PDF</translation>
        </message>
        <message>
            <source>Todo el Huila</source>
            <translation>All of Huila</translation>
        </message>
        <message>
            <source>Quitar el filtro de municipio</source>
            <translation>Remove the municipality filter</translation>
        </message>
        <message>
            <source>Horas</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Establecimientos visitados</source>
            <translation>Schools visited</translation>
        </message>
        <message>
            <source>Nunca visitados</source>
            <translation>Never visited</translation>
        </message>
        <message>
            <source>Compromisos abiertos</source>
            <translation>Open commitments</translation>
        </message>
        <message>
            <source>Compromisos vencidos</source>
            <translation>Overdue commitments</translation>
        </message>
        <message>
            <source>Cumplimiento</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>Sesiones por mes</source>
            <translation>Sessions by month</translation>
        </message>
        <message>
            <source>Municipios con más sesiones</source>
            <translation>Municipalities with most sessions</translation>
        </message>
        <message>
            <source>Compromisos por estado</source>
            <translation>Commitments by state</translation>
        </message>
        <message>
            <source>Municipios con menor cobertura</source>
            <translation>Municipalities with least coverage</translation>
        </message>
        <message>
            <source>Cumplido</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Parcialmente cumplido</source>
            <translation>Partly met</translation>
        </message>
        <message>
            <source>No cumplido</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Sin verificar</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <source>Trasladado</source>
            <translation>Carried over</translation>
        </message>
        <message>
            <source>0 % → 100 % de establecimientos visitados</source>
            <translation>0 % → 100 % of schools visited</translation>
        </message>
        <message>
            <source>menos → más sesiones</source>
            <translation>fewer → more sessions</translation>
        </message>
        <message>
            <source>rayado: certificado en educación (Neiva, Pitalito)</source>
            <translation>hatched: certified in education (Neiva, Pitalito)</translation>
        </message>
        <message>
            <source>Calculando…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <source>Ver lo que cuenta esta cifra</source>
            <translation>See what this figure counts</translation>
        </message>
        <message>
            <source>Periodo %1 – %2</source>
            <translation>Period %1 – %2</translation>
        </message>
        <message>
            <source>Sesiones del periodo</source>
            <translation>Sessions of the period</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentPage</name>
        <message>
            <source>Elija la técnica en «Identificación» para ver su formulario.</source>
            <translation>Choose the technique under “Identification” to see its form.</translation>
        </message>
        <message>
            <source>Conclusiones</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Conclusiones de la sesión</source>
            <translation>Conclusions of the session</translation>
        </message>
        <message>
            <source>C&amp;onclusiones:</source>
            <translation>C&amp;onclusions:</translation>
        </message>
        <message>
            <source>Desarrollo</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <source>Observación del %1</source>
            <translation>Observation on %1</translation>
        </message>
    </context>
    <context>
        <name>DraftsView</name>
        <message>
            <source>Borrador del %1</source>
            <translation>Draft of %1</translation>
        </message>
        <message>
            <source>Descartar borrador</source>
            <translation>Discard draft</translation>
        </message>
        <message>
            <source>¿Descartar este borrador? Lo escrito en él se pierde; las sesiones ya guardadas no cambian.</source>
            <translation>Discard this draft? What was typed in it is lost; saved sessions do not change.</translation>
        </message>
        <message>
            <source>Sesiones empezadas que aún no se han guardado. Se conservan aunque se apague el equipo.</source>
            <translation>Sessions begun and not yet saved. They are kept even if the computer shuts down.</translation>
        </message>
        <message>
            <source>Borradores</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>&amp;Continuar</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>&amp;Descartar…</source>
            <translation>&amp;Discard…</translation>
        </message>
    </context>
    <context>
        <name>DrillList</name>
        <message>
            <source>Hecho el</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Compromiso</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Días de vencido</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Código DANE</source>
            <translation>DANE code</translation>
        </message>
        <message>
            <source>Sesiones en el periodo</source>
            <translation>Sessions in the period</translation>
        </message>
        <message>
            <source>Última visita</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Días desde la última visita</source>
            <translation>Days since the last visit</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Operaciones</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Profesional de apoyo</source>
            <translation>Field assistant</translation>
        </message>
        <message>
            <source>Horas</source>
            <translation>Hours</translation>
        </message>
        <message numerus="yes">
            <source>%n fila(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>primeras %1 de %2</source>
            <translation>first %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>EditorFrame</name>
        <message>
            <source>&amp;Corregir…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <source>&amp;Historial de revisiones…</source>
            <translation>Revision histor&amp;y…</translation>
        </message>
        <message>
            <source>Pasos de la sesión</source>
            <translation>Steps of the session</translation>
        </message>
        <message>
            <source>Mensajes</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>« &amp;Anterior</source>
            <translation>« &amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Siguiente »</source>
            <translation>&amp;Next »</translation>
        </message>
        <message>
            <source>Estado del borrador</source>
            <translation>Draft status</translation>
        </message>
        <message>
            <source>&amp;Guardar</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Guardar la sesión (Ctrl+S)</source>
            <translation>Save the session (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cerrar sesión (&amp;finalizar)</source>
            <translation>&amp;Finalize session</translation>
        </message>
        <message>
            <source>Guardar y cerrar la sesión; después solo se puede corregir indicando el motivo (Ctrl+Enter)</source>
            <translation>Save and close the session; after that it can only be corrected by giving a reason (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <source>Adjuntar archivo…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>Toda actividad debe dejar evidencia que permita verificar los compromisos: fotos, listas de asistencia escaneadas o documentos. Antes de conservar una foto se le preguntará si puede mostrar a menores de edad.</source>
            <translation>Every activity must leave evidence that allows the commitments to be verified: photos, scanned attendance lists or documents. Before a photo is kept, you will be asked whether it may show minors.</translation>
        </message>
        <message>
            <source>Agregar f&amp;otos o documentos…</source>
            <translation>&amp;Add photos or documents…</translation>
        </message>
        <message>
            <source>Aún no hay evidencias.</source>
            <translation>No evidence yet.</translation>
        </message>
        <message>
            <source>Evidencias</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>No se pudo leer «%1»: %2</source>
            <translation>Could not read “%1”: %2</translation>
        </message>
        <message>
            <source>La foto «%1» no se guardó: no hay autorización para conservar imágenes de menores de edad.</source>
            <translation>The photo “%1” was not kept: there is no authorization to keep images of minors.</translation>
        </message>
        <message>
            <source>Evidencia de la verificación: %1</source>
            <translation>Evidence of the verification: %1</translation>
        </message>
        <message>
            <source>Conservar las fotos en su tamaño original</source>
            <translation>Keep photos at their original size</translation>
        </message>
        <message>
            <source>Las fotos se guardan reducidas a un tamaño que se lee bien en el acta y en la exportación. Marque esta opción solo si un detalle lo exige: el original ocupa diez o más veces el espacio.</source>
            <translation>Photos are kept reduced to a size that reads well in the acta and in the export. Tick this only when a detail requires it: the original takes ten or more times the space.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceRow</name>
        <message>
            <source>Vista previa</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Puede mostrar menores: autorización confirmada el %1</source>
            <translation>May show minors: authorization confirmed on %1</translation>
        </message>
        <message>
            <source>Tipo de evidencia</source>
            <translation>Kind of evidence</translation>
        </message>
        <message>
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Lista de asistencia escaneada</source>
            <translation>Scanned attendance list</translation>
        </message>
        <message>
            <source>Documento</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Descripción de la evidencia</source>
            <translation>Description of the evidence</translation>
        </message>
        <message>
            <source>Descripción (qué muestra)</source>
            <translation>Description (what it shows)</translation>
        </message>
        <message>
            <source>Quitar esta evidencia</source>
            <translation>Remove this evidence</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exportar paquete</source>
            <translation>Export package</translation>
        </message>
        <message>
            <source>Carpeta:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Archivo:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Contenido:</source>
            <translation>Content:</translation>
        </message>
        <message>
            <source>Carpeta donde guardar el paquete</source>
            <translation>Folder to save the package in</translation>
        </message>
        <message>
            <source>&amp;Elegir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Todo el registro de este equipo</source>
            <translation>&amp;The whole record of this computer</translation>
        </message>
        <message>
            <source>&amp;Desidentificado: sin nombres, cédulas, firmas ni fotos (para compartir fuera de la secretaría)</source>
            <translation>&amp;De-identified: no names, ID numbers, signatures or photos (for sharing outside the secretariat)</translation>
        </message>
        <message>
            <source>E&amp;xportar</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>Este equipo aún no ha entregado ningún paquete.</source>
            <translation>This computer has not delivered any package yet.</translation>
        </message>
        <message>
            <source>Último paquete: nº %1 del %2 (%3).</source>
            <translation>Last package: no. %1 of %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <source>Solo los cambios desde el último paquete (%n por entregar)</source>
            <translation>
                <numerusform>Only the changes since the last package (%n to deliver)</numerusform>
                <numerusform>Only the changes since the last package (%n to deliver)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cifrar para la secretaría (clave %1)</source>
            <translation>&amp;Encrypt for the secretariat (key %1)</translation>
        </message>
        <message>
            <source>&amp;Cifrar para la secretaría</source>
            <translation>&amp;Encrypt for the secretariat</translation>
        </message>
        <message>
            <source>⚠ No hay clave de la secretaría configurada: el paquete saldrá SIN CIFRAR y una memoria perdida revelaría nombres, cédulas y firmas. Impórtela en Herramientas › Configuración › Paquetes.</source>
            <translation>⚠ No secretariat key is configured: the package will NOT BE ENCRYPTED, and a lost USB stick would reveal names, ID numbers and signatures. Import it in Tools › Settings › Packages.</translation>
        </message>
        <message>
            <source>⚠ El paquete saldrá sin cifrar.</source>
            <translation>⚠ The package will not be encrypted.</translation>
        </message>
        <message>
            <source>Elija una carpeta que exista (la memoria USB).</source>
            <translation>Choose a folder that exists (the USB stick).</translation>
        </message>
        <message>
            <source>&amp;Cancelar</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>✔ Paquete nº %1 verificado: puede retirar la memoria.</source>
            <translation>✔ Package no. %1 verified: you may remove the USB stick.</translation>
        </message>
        <message>
            <source>Archivo: %1 (%2)</source>
            <translation>File: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cambio(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n archivo(s) adjunto(s)</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message>
            <source>Cifrado para la secretaría.</source>
            <translation>Encrypted for the secretariat.</translation>
        </message>
        <message>
            <source>Sin cifrar.</source>
            <translation>Not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>ExportStatusLabel</name>
        <message numerus="yes">
            <source>%n cambio(s) por entregar</source>
            <translation>
                <numerusform>%n change to deliver</numerusform>
                <numerusform>%n changes to deliver</numerusform>
            </translation>
        </message>
        <message>
            <source>nada por entregar</source>
            <translation>nothing to deliver</translation>
        </message>
        <message>
            <source>Sin paquetes entregados · %1</source>
            <translation>No packages delivered · %1</translation>
        </message>
        <message>
            <source>Último paquete: %1 · %2</source>
            <translation>Last package: %1 · %2</translation>
        </message>
        <message>
            <source>Archivo › Exportar… entrega los cambios en un paquete para la secretaría.</source>
            <translation>File › Export… delivers the changes in a package for the secretariat.</translation>
        </message>
        <message>
            <source>La Secretaría aún no tenía paquetes de este equipo el %1</source>
            <translation>The Secretariat had no package from this device yet on %1</translation>
        </message>
        <message>
            <source>La Secretaría confirmó el paquete %1 el %2</source>
            <translation>The Secretariat confirmed package %1 on %2</translation>
        </message>
        <message>
            <source>(falta el %1)</source>
            <translation>(%1 missing)</translation>
        </message>
        <message>
            <source>(faltan %1)</source>
            <translation>(%1 missing)</translation>
        </message>
        <message>
            <source>La Secretaría confirmó los paquetes %1 el %2</source>
            <translation>The Secretariat confirmed packages %1 on %2</translation>
        </message>
    </context>
    <context>
        <name>FieldImportDialog</name>
        <message>
            <source>Importar paquete de la Secretaría</source>
            <translation>Import a package from the Secretariat</translation>
        </message>
        <message>
            <source>Firmado por:</source>
            <translation>Signed by:</translation>
        </message>
        <message>
            <source>Huella de la clave:</source>
            <translation>Key fingerprint:</translation>
        </message>
        <message>
            <source>Creado:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Para:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Cambios:</source>
            <translation>Changes:</translation>
        </message>
        <message>
            <source>Formularios nuevos:</source>
            <translation>New forms:</translation>
        </message>
        <message>
            <source>&amp;Importar</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Archi&amp;var datos antiguos…</source>
            <translation>Archi&amp;ve old data…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Revisando el paquete «%1»…</source>
            <translation>Checking the package “%1”…</translation>
        </message>
        <message>
            <source>Paquete «%1»: la firma es válida y el paquete está completo.</source>
            <translation>Package “%1”: the signature is valid and the package is complete.</translation>
        </message>
        <message numerus="yes">
            <source>%n nuevo(s)</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actualizado(s)</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n en conflicto</source>
            <translation>
                <numerusform>%n in conflict</numerusform>
                <numerusform>%n in conflict</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sin cambios</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n en espera de un paquete anterior</source>
            <translation>
                <numerusform>%n waiting for an earlier package</numerusform>
                <numerusform>%n waiting for an earlier package</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ Paquete importado: %1.</source>
            <translation>✔ Package imported: %1.</translation>
        </message>
        <message>
            <source>Ninguno</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Algunos registros fueron cambiados aquí y en la Secretaría: se conservan las dos versiones y la Secretaría decide cuál queda.</source>
            <translation>Some records were changed both here and at the Secretariat: both versions are kept and the Secretariat decides which one stays.</translation>
        </message>
        <message>
            <source>¿Importar este paquete? Lo registrado en este equipo no se pierde; el paquete se une entero o nada.</source>
            <translation>Import this package? Nothing recorded on this computer is lost; the package is merged whole or not at all.</translation>
        </message>
        <message>
            <source>La Secretaría cambió compromisos que usted verificó y aún no ha entregado; revíselos antes de exportar:
%1</source>
            <translation>The Secretariat changed commitments that you verified and have not delivered yet; review them before exporting:
%1</translation>
        </message>
        <message>
            <source>No se importó el paquete «%1»; no se escribió nada.</source>
            <translation>The package “%1” was not imported; nothing was written.</translation>
        </message>
        <message>
            <source>Comprobando el paquete…</source>
            <translation>Checking the package…</translation>
        </message>
        <message>
            <source>Uniendo los cambios…</source>
            <translation>Merging the changes…</translation>
        </message>
        <message>
            <source>Actualizando los registros…</source>
            <translation>Updating the records…</translation>
        </message>
        <message>
            <source>Importando…</source>
            <translation>Importing…</translation>
        </message>
        <message numerus="yes">
            <source>%n registro(s) en conflicto: se conservan las dos versiones.</source>
            <translation>
                <numerusform>%n record in conflict: both versions are kept.</numerusform>
                <numerusform>%n records in conflict: both versions are kept.</numerusform>
            </translation>
        </message>
        <message>
            <source>Las sesiones nuevas usarán los formularios recibidos.</source>
            <translation>New sessions will use the forms received.</translation>
        </message>
        <message>
            <source>La Secretaría confirma que tiene sus paquetes nº %1.</source>
            <translation>The Secretariat confirms it holds your packages no. %1.</translation>
        </message>
        <message>
            <source>Le faltan los paquetes nº %1: entréguelos de nuevo (Archivo › Exportar…).</source>
            <translation>It lacks packages no. %1: deliver them again (File › Export…).</translation>
        </message>
    </context>
    <context>
        <name>FieldPackageDialog</name>
        <message>
            <source>Guardar el paquete para el campo</source>
            <translation>Save the field package</translation>
        </message>
        <message>
            <source>Paquetes de ATI Desktop (*.ati)</source>
            <translation>ATI Desktop packages (*.ati)</translation>
        </message>
        <message>
            <source>Paquete para el campo</source>
            <translation>Field package</translation>
        </message>
        <message>
            <source>Lo que un asistente necesita para seguir trabajando en el campo: el catálogo, los formularios y, de los establecimientos elegidos, sus sesiones, compromisos y verificaciones, con toda su historia. Va firmado por la secretaría.</source>
            <translation>What an assistant needs to go on working in the field: the catalogue, the forms and, for the chosen schools, their sessions, commitments and verifications with their whole history. It is signed by the secretariat.</translation>
        </message>
        <message>
            <source>Asistente</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Ninguno: solo los municipios elegidos</source>
            <translation>None: only the chosen municipalities</translation>
        </message>
        <message>
            <source>Buscar municipio</source>
            <translation>Search for a municipality</translation>
        </message>
        <message>
            <source>Municipios</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Otra &amp;clave…</source>
            <translation>Other &amp;key…</translation>
        </message>
        <message>
            <source>Sin cifrar</source>
            <translation>Not encrypted</translation>
        </message>
        <message>
            <source>Clave pública a la que cifrar</source>
            <translation>Public key to encrypt to</translation>
        </message>
        <message>
            <source>Ele&amp;gir…</source>
            <translation>Choo&amp;se…</translation>
        </message>
        <message>
            <source>&amp;Quitar</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Archivo del paquete</source>
            <translation>Package file</translation>
        </message>
        <message>
            <source>E&amp;legir…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Asistente:</source>
            <translation>&amp;Assistant:</translation>
        </message>
        <message>
            <source>&amp;Municipios:</source>
            <translation>&amp;Municipalities:</translation>
        </message>
        <message>
            <source>Clave de firma:</source>
            <translation>Signing key:</translation>
        </message>
        <message>
            <source>Cifrar para:</source>
            <translation>Encrypt to:</translation>
        </message>
        <message>
            <source>Arc&amp;hivo:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Escribir el paquete</source>
            <translation>&amp;Write the package</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n establecimiento(s)</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n schools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
Huella: %2</source>
            <translation>%1
Fingerprint: %2</translation>
        </message>
        <message>
            <source>Elegir la clave de firma de la secretaría</source>
            <translation>Choose the secretariat's signing key</translation>
        </message>
        <message>
            <source>Claves privadas de firma (*.key);;Todos los archivos (*)</source>
            <translation>Private signing keys (*.key);;All files (*)</translation>
        </message>
        <message>
            <source>Elegir la clave pública a la que cifrar</source>
            <translation>Choose the public key to encrypt to</translation>
        </message>
        <message>
            <source>Claves públicas (*.pub);;Todos los archivos (*)</source>
            <translation>Public keys (*.pub);;All files (*)</translation>
        </message>
        <message>
            <source>✔ Paquete para el campo nº %1 escrito y verificado.</source>
            <translation>✔ Field package no. %1 written and verified.</translation>
        </message>
        <message>
            <source>Archivo: %1 (%2)</source>
            <translation>File: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n archivo(s) adjunto(s)</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message>
            <source>Firmado con la clave %1.</source>
            <translation>Signed with key %1.</translation>
        </message>
        <message>
            <source>Cifrado.</source>
            <translation>Encrypted.</translation>
        </message>
        <message>
            <source>Sin cifrar.</source>
            <translation>Not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Buscar:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>&amp;Municipio:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation>S&amp;chool:</translation>
        </message>
        <message>
            <source>&amp;Operación:</source>
            <translation>&amp;Operation:</translation>
        </message>
        <message>
            <source>&amp;Técnica:</source>
            <translation>Tech&amp;nique:</translation>
        </message>
        <message>
            <source>E&amp;stado:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>Objetivo, conclusiones, respuestas… (Ctrl+F)</source>
            <translation>Objective, conclusions, answers… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Buscar en las sesiones</source>
            <translation>Search the sessions</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Fecha inicial</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Fecha final</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Escriba para buscar…</source>
            <translation>Type to search…</translation>
        </message>
        <message>
            <source>Establecimiento educativo</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Operación</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Limpiar filtros</source>
            <translation>Clear filt&amp;ers</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Todas</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Con observaciones por corregir</source>
            <translation>With remarks to correct</translation>
        </message>
    </context>
    <context>
        <name>FormView</name>
        <message>
            <source>Fila %1</source>
            <translation>Row %1</translation>
        </message>
        <message>
            <source>fila %1</source>
            <translation>row %1</translation>
        </message>
    </context>
    <context>
        <name>IdentificationPage</name>
        <message>
            <source>Nivel</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>&amp;Nivel:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>Escriba para buscar el municipio</source>
            <translation>Type to search for the municipality</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>&amp;Municipio:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation>Sc&amp;hool:</translation>
        </message>
        <message>
            <source>Sede</source>
            <translation>Campus</translation>
        </message>
        <message>
            <source>(Sin sede o sede principal)</source>
            <translation>(No campus, or the main campus)</translation>
        </message>
        <message>
            <source>Se&amp;de:</source>
            <translation>Camp&amp;us:</translation>
        </message>
        <message>
            <source>Fecha de la sesión</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <source>Hora de inicio</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Hora de finalización</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>de</source>
            <translation>from</translation>
        </message>
        <message>
            <source>a</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Fecha y h&amp;ora:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>Operaciones (marque una o varias)</source>
            <translation>Operations (tick one or more)</translation>
        </message>
        <message>
            <source>Modalidad</source>
            <translation>Modality</translation>
        </message>
        <message>
            <source>Modalidades no disponibles</source>
            <translation>Unavailable modalities</translation>
        </message>
        <message>
            <source>Elija la técnica…</source>
            <translation>Choose the technique…</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>&amp;Técnica:</source>
            <translation>&amp;Technique:</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Por ejemplo: sala de profesores, sede principal</source>
            <translation>For example: staff room, main campus</translation>
        </message>
        <message>
            <source>&amp;Lugar:</source>
            <translation>&amp;Venue:</translation>
        </message>
        <message>
            <source>Identificación</source>
            <translation>Identification</translation>
        </message>
        <message>
            <source>%1 es un municipio certificado en educación: tiene su propia secretaría de educación. Puede registrar la sesión, pero verifique que corresponde a la asistencia departamental.</source>
            <translation>%1 is a municipality certified in education: it has its own secretariat of education. You can record the session, but check that it belongs to the departmental assistance.</translation>
        </message>
        <message>
            <source>Algunas modalidades no están disponibles para las operaciones marcadas:</source>
            <translation>Some modalities are not available for the ticked operations:</translation>
        </message>
        <message>
            <source>Elija primero el municipio del establecimiento.</source>
            <translation>First choose the municipality of the school.</translation>
        </message>
    </context>
    <context>
        <name>IntegerEditor</name>
        <message>
            <source>Escriba un número entero.</source>
            <translation>Enter a whole number.</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>Clave de la secretaría:</source>
            <translation>Secretariat's key:</translation>
        </message>
        <message>
            <source>Clave de firma de este equipo:</source>
            <translation>This computer's signing key:</translation>
        </message>
        <message>
            <source>&amp;Importar clave de la secretaría…</source>
            <translation>&amp;Import the secretariat's key…</translation>
        </message>
        <message>
            <source>Los paquetes exportados se cifran con la clave pública de la secretaría, para que una memoria perdida no revele nombres, cédulas ni firmas. Compare la huella por teléfono con la que le dicten en la secretaría.</source>
            <translation>Exported packages are encrypted to the secretariat's public key, so that a lost USB stick reveals no names, ID numbers or signatures. Compare the fingerprint by phone with the one the secretariat reads to you.</translation>
        </message>
        <message>
            <source>No configurada: los paquetes saldrán sin cifrar.</source>
            <translation>Not configured: packages will not be encrypted.</translation>
        </message>
        <message>
            <source>Clave de la secretaría configurada. Su huella es:
%1

Compárela por teléfono con la de la secretaría.</source>
            <translation>The secretariat's key is configured. Its fingerprint is:
%1

Compare it by phone with the secretariat's.</translation>
        </message>
    </context>
    <context>
        <name>LinkEditor</name>
        <message>
            <source>— Seleccione una sesión —</source>
            <translation>— Select a session —</translation>
        </message>
        <message>
            <source>No hay sesiones de %1 registradas</source>
            <translation>No %1 sessions recorded</translation>
        </message>
        <message>
            <source>Sesión %1</source>
            <translation>Session %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ATI Desktop — Asistencia Técnica Integral</source>
            <translation>ATI Desktop — Comprehensive Technical Assistance</translation>
        </message>
        <message>
            <source>&amp;Archivo</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Ver</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>A&amp;ctas</source>
            <translation>M&amp;inutes</translation>
        </message>
        <message>
            <source>&amp;Herramientas</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Ay&amp;uda</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Barra de herramientas</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>&amp;Nueva sesión</source>
            <translation>&amp;New session</translation>
        </message>
        <message>
            <source>Registrar una nueva sesión de asistencia técnica</source>
            <translation>Record a new technical assistance session</translation>
        </message>
        <message>
            <source>&amp;Abrir</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Abrir la sesión seleccionada (Intro)</source>
            <translation>Open the selected session (Enter)</translation>
        </message>
        <message>
            <source>&amp;Importar catálogo de establecimientos…</source>
            <translation>&amp;Import school catalogue…</translation>
        </message>
        <message>
            <source>Cargar el archivo CSV de establecimientos y sedes de la Secretaría</source>
            <translation>Load the secretariat's CSV file of schools and campuses</translation>
        </message>
        <message>
            <source>Importar &amp;paquete de la Secretaría…</source>
            <translation>Import a &amp;package from the Secretariat…</translation>
        </message>
        <message>
            <source>Recibir formularios y registros que envía la Secretaría (memoria USB)</source>
            <translation>Receive the forms and records the Secretariat sends (USB stick)</translation>
        </message>
        <message>
            <source>Archi&amp;var datos antiguos…</source>
            <translation>Archi&amp;ve old data…</translation>
        </message>
        <message>
            <source>Pasar a un archivo las fotos y firmas de sesiones antiguas que la Secretaría confirmó, para liberar espacio</source>
            <translation>Move the photos and signatures of old sessions the Secretariat confirmed to a file, to free space</translation>
        </message>
        <message>
            <source>&amp;Datos de demostración…</source>
            <translation>&amp;Demo data…</translation>
        </message>
        <message>
            <source>Llenar la base de datos con sesiones de ejemplo</source>
            <translation>Fill the database with sample sessions</translation>
        </message>
        <message>
            <source>&amp;Salir</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Cerrar ATI Desktop</source>
            <translation>Close ATI Desktop</translation>
        </message>
        <message>
            <source>&amp;Bitácora de asesorías</source>
            <translation>&amp;Advisory log</translation>
        </message>
        <message>
            <source>Ver la bitácora de asesorías</source>
            <translation>Show the advisory log</translation>
        </message>
        <message>
            <source>&amp;Compromisos</source>
            <translation>&amp;Commitments</translation>
        </message>
        <message>
            <source>Mostrar u ocultar los compromisos pendientes</source>
            <translation>Show or hide the pending commitments</translation>
        </message>
        <message>
            <source>&amp;Configuración…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Perfil, acta e idioma</source>
            <translation>Profile, minutes and language</translation>
        </message>
        <message>
            <source>&amp;Acerca de ATI Desktop</source>
            <translation>&amp;About ATI Desktop</translation>
        </message>
        <message>
            <source>Buscar</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Ver ac&amp;ta…</source>
            <translation>&amp;Show minutes…</translation>
        </message>
        <message>
            <source>Ver, imprimir o guardar el acta de la sesión seleccionada</source>
            <translation>Show, print or save the minutes of the selected session</translation>
        </message>
        <message>
            <source>Actas por &amp;lote…</source>
            <translation>Minutes in &amp;bulk…</translation>
        </message>
        <message>
            <source>Generar las actas de un establecimiento o un periodo</source>
            <translation>Generate the minutes of a school or a period</translation>
        </message>
        <message>
            <source>&amp;Verificar acta…</source>
            <translation>&amp;Verify minutes…</translation>
        </message>
        <message>
            <source>Comprobar que un PDF corresponde al acta vigente del registro</source>
            <translation>Check that a PDF matches the current minutes of the record</translation>
        </message>
        <message>
            <source>Sesio&amp;nes</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <source>B&amp;itácora de asesorías</source>
            <translation>Advisory &amp;log</translation>
        </message>
        <message>
            <source>Bo&amp;rradores</source>
            <translation>D&amp;rafts</translation>
        </message>
        <message>
            <source>Lista de sesiones</source>
            <translation>Session list</translation>
        </message>
        <message>
            <source>Abriendo la base de datos…</source>
            <translation>Opening the database…</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n compromiso(s) vencido(s)</source>
            <translation>
                <numerusform>⚠ %n overdue commitment</numerusform>
                <numerusform>⚠ %n overdue commitments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asesoría(s)</source>
            <translation>
                <numerusform>%n advisory session</numerusform>
                <numerusform>%n advisory sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 con los filtros actuales</source>
            <translation>%1 with the current filters</translation>
        </message>
        <message>
            <source>Los formularios de las técnicas no se pudieron cargar, así que las sesiones no se pueden abrir ni registrar. Reinstale ATI Desktop o informe a soporte técnico.</source>
            <translation>The forms of the techniques could not be loaded, so sessions cannot be opened or recorded. Reinstall ATI Desktop or tell technical support.</translation>
        </message>
        <message>
            <source>Los formularios de las técnicas no se pudieron cargar, así que las actas no se pueden generar. Reinstale ATI Desktop o informe a soporte técnico.</source>
            <translation>The forms of the techniques could not be loaded, so minutes cannot be generated. Reinstall ATI Desktop or tell technical support.</translation>
        </message>
        <message>
            <source>&amp;Datos personales…</source>
            <translation>&amp;Personal data…</translation>
        </message>
        <message>
            <source>Buscar, informar o suprimir los datos de una persona; solicitudes de titulares</source>
            <translation>Find, report or erase a person's data; data subjects' requests</translation>
        </message>
        <message>
            <source>&amp;Registro departamental…</source>
            <translation>&amp;Departmental record…</translation>
        </message>
        <message>
            <source>Unir los paquetes de los equipos y resolver conflictos (supervisión)</source>
            <translation>Merge the devices' packages and resolve conflicts (supervision)</translation>
        </message>
        <message>
            <source>&amp;Exportar…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Entregar los cambios en un paquete para la secretaría (memoria USB)</source>
            <translation>Deliver the changes in a package for the secretariat (USB stick)</translation>
        </message>
        <message>
            <source>&amp;Tablero del supervisor…</source>
            <translation>Supervisor's &amp;dashboard…</translation>
        </message>
        <message>
            <source>Cifras, gráficas y mapa de cobertura de un periodo</source>
            <translation>Figures, charts and coverage map of a period</translation>
        </message>
        <message>
            <source>Re&amp;visión de sesiones…</source>
            <translation>Session re&amp;view…</translation>
        </message>
        <message>
            <source>Aprobar, devolver con observaciones o rechazar las sesiones cerradas (supervisión)</source>
            <translation>Approve, return with remarks or reject closed sessions (supervision)</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>%1: certificado en educación (secretaría propia); %2 sesión(es)</source>
            <translation>%1: certified in education (own secretariat); %2 session(s)</translation>
        </message>
        <message>
            <source>%1: %2 sesión(es); %3 de %4 establecimientos visitados (%5)</source>
            <translation>%1: %2 session(s); %3 of %4 schools visited (%5)</translation>
        </message>
        <message>
            <source>%1 (certificado)</source>
            <translation>%1 (certified)</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Asistió</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Nombre completo</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Cargo</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Cédula (opcional)</source>
            <translation>ID number (optional)</translation>
        </message>
        <message>
            <source>Correo (opcional)</source>
            <translation>E-mail (optional)</translation>
        </message>
        <message>
            <source>Teléfono (opcional)</source>
            <translation>Telephone (optional)</translation>
        </message>
        <message>
            <source>opcional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Persona ya registrada en el establecimiento</source>
            <translation>Person already recorded at the school</translation>
        </message>
        <message>
            <source>Firma</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Motivo de la falta de firma</source>
            <translation>Reason for the missing signature</translation>
        </message>
        <message>
            <source>Si la persona no firma en la pantalla, indique por qué</source>
            <translation>If the person does not sign on the screen, say why</translation>
        </message>
        <message>
            <source>Firmar…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <source>Quitar de la lista</source>
            <translation>Remove from the list</translation>
        </message>
        <message>
            <source>Sin firma</source>
            <translation>Not signed</translation>
        </message>
        <message>
            <source>No asistió</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Firmó el %1</source>
            <translation>Signed on %1</translation>
        </message>
        <message>
            <source>Volver a firmar…</source>
            <translation>Sign again…</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Registre solo los datos que el acta necesita: la cédula, el correo y el teléfono son opcionales (Ley 1581 de 2012).</source>
            <translation>Record only the data the minutes need: the ID number, e-mail and telephone are optional (Law 1581 of 2012).</translation>
        </message>
        <message>
            <source>Personas conocidas en el establecimiento</source>
            <translation>People known at the school</translation>
        </message>
        <message>
            <source>Agregar &amp;conocida</source>
            <translation>Add &amp;known person</translation>
        </message>
        <message>
            <source>Agregar &amp;nueva persona</source>
            <translation>&amp;Add new person</translation>
        </message>
        <message>
            <source>Personas del establecimiento:</source>
            <translation>People of the school:</translation>
        </message>
        <message>
            <source>Asistió</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Nombre completo</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Cargo</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Correo</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <source>Firma</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Aún no hay participantes.</source>
            <translation>No participants yet.</translation>
        </message>
        <message>
            <source>Participantes</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>(nadie registrado aún en este establecimiento)</source>
            <translation>(nobody recorded at this school yet)</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataWindow</name>
        <message>
            <source>Guardar el informe del titular</source>
            <translation>Save the data subject's report</translation>
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Se suprimirán el nombre, el documento, los datos de contacto, la firma y las fotos de %1 en %2 sesión(es), aquí y en cada base que reciba la supresión. No se puede deshacer.

Referencia (radicado) de la solicitud:</source>
            <translation>The name, ID document, contact data, signature and photos of %1 in %2 session(s) will be erased, here and in every database that receives the erasure. This cannot be undone.

Reference (filing number) of the request:</translation>
        </message>
        <message>
            <source>Suprimir datos personales</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <source>Datos personales — Ley 1581 de 2012</source>
            <translation>Personal data — Law 1581 of 2012</translation>
        </message>
        <message>
            <source>Cédula (con o sin puntos) o nombre, sin importar tildes</source>
            <translation>ID number (with or without dots) or name, accents ignored</translation>
        </message>
        <message>
            <source>Buscar persona</source>
            <translation>Find a person</translation>
        </message>
        <message>
            <source>&amp;Buscar</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Documento</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Coincidencia</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Sesiones</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Personas encontradas</source>
            <translation>People found</translation>
        </message>
        <message>
            <source>Datos que se guardan de la persona</source>
            <translation>Data held about the person</translation>
        </message>
        <message>
            <source>&amp;Informe para el titular (PDF)…</source>
            <translation>&amp;Report for the data subject (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Suprimir sus datos…</source>
            <translation>&amp;Erase their data…</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Titular</source>
            <translation>Data subject</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Recibida</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Atiende</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>Solicitudes de titulares</source>
            <translation>Data subjects' requests</translation>
        </message>
        <message>
            <source>&amp;Registrar solicitud…</source>
            <translation>&amp;Register a request…</translation>
        </message>
        <message>
            <source>Marcar &amp;respondida</source>
            <translation>Mark as &amp;answered</translation>
        </message>
        <message>
            <source>&amp;Personas</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>S&amp;olicitudes</source>
            <translation>Re&amp;quests</translation>
        </message>
        <message>
            <source>Buscando…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>por cédula</source>
            <translation>by ID number</translation>
        </message>
        <message>
            <source>por nombre</source>
            <translation>by name</translation>
        </message>
        <message>
            <source>Coincide %1</source>
            <translation>Matches %1</translation>
        </message>
        <message>
            <source>Se parece (%1 %) %2</source>
            <translation>Similar (%1 %) %2</translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s) encontrada(s).</source>
            <translation>
                <numerusform>%n person found.</numerusform>
                <numerusform>%n people found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Registros</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Correo / teléfono</source>
            <translation>E-mail / phone</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Asistencias</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>Firmas</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Compromisos a su cargo</source>
            <translation>Commitments they are responsible for</translation>
        </message>
        <message>
            <source>Evidencias en que puede aparecer</source>
            <translation>Evidence in which they may appear</translation>
        </message>
        <message>
            <source>Sesiones cuyo texto lo nombra</source>
            <translation>Sessions whose text names them</translation>
        </message>
        <message>
            <source>Autorizaciones</source>
            <translation>Authorisations</translation>
        </message>
        <message>
            <source>Ninguna registrada</source>
            <translation>None recorded</translation>
        </message>
        <message>
            <source>Solicitudes</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Informe guardado en %1</source>
            <translation>Report saved to %1</translation>
        </message>
        <message>
            <source>Suprimiendo los datos…</source>
            <translation>Erasing the data…</translation>
        </message>
        <message>
            <source>Datos suprimidos: %1 revisiones, %2 registros y %3 archivos.</source>
            <translation>Data erased: %1 revisions, %2 records and %3 files.</translation>
        </message>
        <message>
            <source>El archivo de datos antiguos «%1» no está conectado y todavía guarda lo suprimido: conéctelo y restáurelo para completar la supresión.</source>
            <translation>The archive of old data «%1» is not plugged in and still holds what was erased: plug it in and restore it to complete the erasure.</translation>
        </message>
        <message>
            <source>Consulta</source>
            <translation>Query</translation>
        </message>
        <message>
            <source>Reclamo: rectificación</source>
            <translation>Claim: rectification</translation>
        </message>
        <message>
            <source>Reclamo: supresión</source>
            <translation>Claim: erasure</translation>
        </message>
        <message>
            <source>En trámite</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Respondida</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Rechazada</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>%1 — VENCIDA</source>
            <translation>%1 — OVERDUE</translation>
        </message>
        <message numerus="yes">
            <source>%n solicitud(es) vencida(s)</source>
            <translation>
                <numerusform>%n overdue request</numerusform>
                <numerusform>%n overdue requests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordWindow</name>
        <message>
            <source>Elegir paquetes</source>
            <translation>Choose packages</translation>
        </message>
        <message>
            <source>Paquetes de ATI Desktop (*.ati);;Todos los archivos (*)</source>
            <translation>ATI Desktop packages (*.ati);;All files (*)</translation>
        </message>
        <message>
            <source>Abrir o crear el registro departamental</source>
            <translation>Open or create the departmental record</translation>
        </message>
        <message>
            <source>Bases de datos de ATI Desktop (*.sqlite)</source>
            <translation>ATI Desktop databases (*.sqlite)</translation>
        </message>
        <message>
            <source>Conectar a un servidor</source>
            <translation>Connect to a server</translation>
        </message>
        <message>
            <source>Dirección del registro (postgresql+psycopg://usuario@servidor/base):</source>
            <translation>Address of the record (postgresql+psycopg://user@server/database):</translation>
        </message>
        <message>
            <source>Registro departamental</source>
            <translation>Departmental record</translation>
        </message>
        <message>
            <source>Ningún registro abierto.</source>
            <translation>No record open.</translation>
        </message>
        <message>
            <source>A&amp;brir archivo…</source>
            <translation>Open &amp;file…</translation>
        </message>
        <message>
            <source>Conectar a un &amp;servidor…</source>
            <translation>Connect to a &amp;server…</translation>
        </message>
        <message>
            <source>Revisar s&amp;esiones…</source>
            <translation>Re&amp;view sessions…</translation>
        </message>
        <message>
            <source>&amp;Unir paquetes</source>
            <translation>&amp;Merge packages</translation>
        </message>
        <message>
            <source>Re&amp;gistro de uniones</source>
            <translation>Merge &amp;log</translation>
        </message>
        <message>
            <source>&amp;Conflictos</source>
            <translation>&amp;Conflicts</translation>
        </message>
        <message>
            <source>Abriendo %1…</source>
            <translation>Opening %1…</translation>
        </message>
        <message>
            <source>Registro: %1</source>
            <translation>Record: %1</translation>
        </message>
        <message>
            <source>ninguno</source>
            <translation>none</translation>
        </message>
        <message>
            <source>&amp;Conflictos (%1)</source>
            <translation>&amp;Conflicts (%1)</translation>
        </message>
        <message>
            <source>&amp;Agregar paquetes…</source>
            <translation>&amp;Add packages…</translation>
        </message>
        <message>
            <source>Paquetes por unir</source>
            <translation>Packages to merge</translation>
        </message>
        <message>
            <source>&amp;Vista previa</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>U&amp;nir al registro</source>
            <translation>Merge &amp;into the record</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Nuevos</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Actualizados</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Sin cambios</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>En conflicto</source>
            <translation>In conflict</translation>
        </message>
        <message>
            <source>En espera</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Vista previa: nada se escribió</source>
            <translation>Preview: nothing was written</translation>
        </message>
        <message>
            <source>Unido</source>
            <translation>Merged</translation>
        </message>
        <message numerus="yes">
            <source>%n paquetes revisados.</source>
            <translation>
                <numerusform>%n package checked.</numerusform>
                <numerusform>%n packages checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rechazados.</source>
            <translation>
                <numerusform>%n refused.</numerusform>
                <numerusform>%n refused.</numerusform>
            </translation>
        </message>
        <message>
            <source>Equipo</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Asistente</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Paquetes recibidos</source>
            <translation>Packages received</translation>
        </message>
        <message>
            <source>Paquetes que faltan</source>
            <translation>Packages missing</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Revisiones nuevas</source>
            <translation>New revisions</translation>
        </message>
        <message>
            <source>Paquetes por equipo</source>
            <translation>Packages by device</translation>
        </message>
        <message>
            <source>Últimas uniones</source>
            <translation>Latest merges</translation>
        </message>
        <message>
            <source>Aprobar, devolver con observaciones o rechazar las sesiones cerradas de este registro</source>
            <translation>Approve, return with remarks or reject the closed sessions of this record</translation>
        </message>
        <message>
            <source>&amp;Paquete para el campo…</source>
            <translation>Fiel&amp;d package…</translation>
        </message>
        <message>
            <source>Escribir, para un asistente o unos municipios, un paquete firmado con lo que necesitan en el campo</source>
            <translation>Write, for an assistant or some municipalities, a signed package with what they need in the field</translation>
        </message>
        <message>
            <source>As&amp;ignaciones…</source>
            <translation>Assignmen&amp;ts…</translation>
        </message>
        <message>
            <source>Qué establecimientos atiende cada asistente</source>
            <translation>Which schools each assistant looks after</translation>
        </message>
    </context>
    <context>
        <name>RepeatEditor</name>
        <message>
            <source>Agregar fila</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Sin filas. Use «Agregar fila».</source>
            <translation>No rows. Use “Add row”.</translation>
        </message>
        <message>
            <source>Quitar fila</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <source>%1, fila %2</source>
            <translation>%1, row %2</translation>
        </message>
        <message>
            <source>Quitar fila %1</source>
            <translation>Remove row %1</translation>
        </message>
        <message>
            <source>Fila %1, «%2»: %3</source>
            <translation>Row %1, “%2”: %3</translation>
        </message>
        <message>
            <source>Agregar fila: %1</source>
            <translation>Add row: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Libro de Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Texto separado por comas (*.csv)</source>
            <translation>Comma-separated values (*.csv)</translation>
        </message>
        <message>
            <source>Documento PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Guardar el informe</source>
            <translation>Save the report</translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Exportar informe</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>&amp;Excel (.xlsx): todas las tablas, una hoja por tabla</source>
            <translation>&amp;Excel (.xlsx): every table, one sheet each</translation>
        </message>
        <message>
            <source>&amp;CSV (.csv): solo la primera tabla del informe</source>
            <translation>&amp;CSV (.csv): the report's first table only</translation>
        </message>
        <message>
            <source>&amp;PDF (.pdf): para imprimir, con las gráficas</source>
            <translation>&amp;PDF (.pdf): for printing, with the charts</translation>
        </message>
        <message>
            <source>%1 al %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Ninguno: todo el Huila</source>
            <translation>None: the whole of Huila</translation>
        </message>
        <message>
            <source>&amp;Informe:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>Formato:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Periodo:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Filtros:</source>
            <translation>Filters:</translation>
        </message>
        <message>
            <source>Resultado de la exportación</source>
            <translation>Export result</translation>
        </message>
        <message>
            <source>E&amp;xportar…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>&amp;Abrir carpeta</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>Ce&amp;rrar</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Actividad (sesiones y horas)</source>
            <translation>Activity (sessions and hours)</translation>
        </message>
        <message>
            <source>Cobertura de establecimientos y sedes</source>
            <translation>Coverage of schools and campuses</translation>
        </message>
        <message>
            <source>Compromisos</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Indicadores de monitoreo y seguimiento</source>
            <translation>Monitoring and follow-up indicators</translation>
        </message>
        <message>
            <source>Bitácora de asesorías</source>
            <translation>Advisory log</translation>
        </message>
        <message>
            <source>Preparando «%1»…</source>
            <translation>Preparing “%1”…</translation>
        </message>
        <message>
            <source>Informe guardado en «%1».</source>
            <translation>Report saved to “%1”.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Registrar solicitud</source>
            <translation>Register a request</translation>
        </message>
        <message>
            <source>Consulta (10 días hábiles)</source>
            <translation>Query (10 working days)</translation>
        </message>
        <message>
            <source>Reclamo: rectificación (15 días hábiles)</source>
            <translation>Claim: rectification (15 working days)</translation>
        </message>
        <message>
            <source>Reclamo: supresión (15 días hábiles)</source>
            <translation>Claim: erasure (15 working days)</translation>
        </message>
        <message>
            <source>&amp;Tipo:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Referencia (radicado):</source>
            <translation>&amp;Reference (filing number):</translation>
        </message>
        <message>
            <source>Recibida &amp;el:</source>
            <translation>Received &amp;on:</translation>
        </message>
        <message>
            <source>&amp;Atiende:</source>
            <translation>&amp;Handled by:</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Revisión de sesiones — ATI Desktop</source>
            <translation>Session review — ATI Desktop</translation>
        </message>
        <message>
            <source>&amp;Desde</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Hasta</source>
            <translation>&amp;Until</translation>
        </message>
        <message>
            <source>&amp;Municipio</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <source>&amp;Establecimiento</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <source>&amp;Profesional</source>
            <translation>Assis&amp;tant</translation>
        </message>
        <message>
            <source>&amp;Técnica</source>
            <translation>Tec&amp;hnique</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Profesional de apoyo</source>
            <translation>Field assistant</translation>
        </message>
        <message>
            <source>Estado de la revisión</source>
            <translation>Review state</translation>
        </message>
        <message>
            <source>&amp;Ver sesión</source>
            <translation>&amp;View session</translation>
        </message>
        <message>
            <source>Apro&amp;bar…</source>
            <translation>A&amp;pprove…</translation>
        </message>
        <message>
            <source>&amp;Rechazar…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <source>Con &amp;observaciones…</source>
            <translation>With &amp;remarks…</translation>
        </message>
        <message>
            <source>La sesión queda aprobada y sale de la cola</source>
            <translation>The session is approved and leaves the queue</translation>
        </message>
        <message>
            <source>Devolver la sesión al profesional de apoyo con lo que debe corregir</source>
            <translation>Return the session to the field assistant with what must be corrected</translation>
        </message>
        <message>
            <source>Rechazar la sesión, con el motivo</source>
            <translation>Reject the session, stating why</translation>
        </message>
        <message>
            <source>Con observaciones</source>
            <translation>With remarks</translation>
        </message>
        <message>
            <source>Rechazada</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Corregida tras «%1»</source>
            <translation>Corrected after “%1”</translation>
        </message>
        <message>
            <source>Recibida</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Buscando…</source>
            <translation>Searching…</translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es) esperan revisión</source>
            <translation>
                <numerusform>%n session awaits review</numerusform>
                <numerusform>%n sessions await review</numerusform>
            </translation>
        </message>
        <message>
            <source>Observación anterior de %1 (%2): «%3». El profesional de apoyo corrigió la sesión después.</source>
            <translation>Earlier remark by %1 (%2): “%3”. The field assistant corrected the session since.</translation>
        </message>
        <message>
            <source>Sesión del %1 · %2 · %3</source>
            <translation>Session of %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Sesión aprobada.</source>
            <translation>Session approved.</translation>
        </message>
        <message>
            <source>Sesión devuelta con observaciones.</source>
            <translation>Session returned with remarks.</translation>
        </message>
        <message>
            <source>Sesión rechazada.</source>
            <translation>Session rejected.</translation>
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <source>Historial de revisiones</source>
            <translation>Revision history</translation>
        </message>
        <message>
            <source>vigente</source>
            <translation>current</translation>
        </message>
        <message>
            <source>Revisión</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Reemplazada el</source>
            <translation>Replaced on</translation>
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Revisiones de la sesión</source>
            <translation>Revisions of the session</translation>
        </message>
        <message>
            <source>(registro original)</source>
            <translation>(original record)</translation>
        </message>
        <message>
            <source>Contenido de la revisión</source>
            <translation>Content of the revision</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Operaciones</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Objetivo</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Conclusiones</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Revisión %1</source>
            <translation>Revision %1</translation>
        </message>
        <message>
            <source>Compromisos</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Qué</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Ítem</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Respuesta</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Observación</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Equipo</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>este equipo</source>
            <translation>this device</translation>
        </message>
        <message>
            <source>otro equipo</source>
            <translation>another device</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Parcial</source>
            <translation>Partial</translation>
        </message>
        <message>
            <source>No aplica</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>una observación que no está en esta base de datos</source>
            <translation>an observation not in this database</translation>
        </message>
        <message>
            <source>Observación del %1</source>
            <translation>Observation on %1</translation>
        </message>
    </context>
    <context>
        <name>SchoolFilter</name>
        <message>
            <source>Establecimiento educativo</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Todos: escriba parte del nombre o del código DANE para elegir uno</source>
            <translation>All: type part of the name or DANE code to choose one</translation>
        </message>
    </context>
    <context>
        <name>SchoolPicker</name>
        <message>
            <source>Establecimiento educativo</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Escriba parte del nombre o del código DANE</source>
            <translation>Type part of the name or DANE code</translation>
        </message>
        <message>
            <source>Ag&amp;regar establecimiento…</source>
            <translation>&amp;Add school…</translation>
        </message>
        <message>
            <source>Establecimiento elegido</source>
            <translation>Chosen school</translation>
        </message>
        <message>
            <source>Ningún establecimiento del catálogo coincide. Si falta, use «Agregar establecimiento…».</source>
            <translation>No school in the catalogue matches. If it is missing, use “Add school…”.</translation>
        </message>
        <message>
            <source>Elegido del catálogo.</source>
            <translation>Chosen from the catalogue.</translation>
        </message>
        <message>
            <source>Sin elegir: escriba y elija de la lista (obligatorio en el nivel institucional).</source>
            <translation>Not chosen: type and choose from the list (required at the institutional level).</translation>
        </message>
    </context>
    <context>
        <name>ScopePage</name>
        <message>
            <source>Objetivo</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Qué se busca con esta sesión</source>
            <translation>What this session aims at</translation>
        </message>
        <message>
            <source>Lineamientos</source>
            <translation>Guidelines</translation>
        </message>
        <message>
            <source>Lineamientos que se trabajan</source>
            <translation>Guidelines worked on</translation>
        </message>
        <message>
            <source>Hábitos o herramientas</source>
            <translation>Habits or tools</translation>
        </message>
        <message>
            <source>Hábitos o herramientas que se desarrollan</source>
            <translation>Habits or tools developed</translation>
        </message>
        <message>
            <source>Productos esperados</source>
            <translation>Expected outputs</translation>
        </message>
        <message>
            <source>Por ejemplo: PMI aprobado</source>
            <translation>For example: improvement plan (PMI) approved</translation>
        </message>
        <message>
            <source>&amp;Objetivo:</source>
            <translation>&amp;Objective:</translation>
        </message>
        <message>
            <source>El alcance se define en tres momentos: los lineamientos que se trabajan, los hábitos o herramientas que se desarrollan y los productos que se esperan.</source>
            <translation>The scope is set in three moments: the guidelines worked on, the habits or tools developed and the outputs expected.</translation>
        </message>
        <message>
            <source>&amp;Lineamientos:</source>
            <translation>&amp;Guidelines:</translation>
        </message>
        <message>
            <source>&amp;Hábitos o herramientas:</source>
            <translation>&amp;Habits or tools:</translation>
        </message>
        <message>
            <source>&amp;Productos esperados:</source>
            <translation>&amp;Expected outputs:</translation>
        </message>
        <message>
            <source>Áreas de gestión que se trabajan</source>
            <translation>Management areas worked on</translation>
        </message>
        <message>
            <source>Metas e indicadores</source>
            <translation>Targets and indicators</translation>
        </message>
        <message>
            <source>El monitoreo y el seguimiento se hacen contra metas: registre el valor de cada indicador frente a su meta.</source>
            <translation>Monitoring and follow-up are measured against targets: record the value of each indicator next to its target.</translation>
        </message>
        <message>
            <source>Indicador</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unidad</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Indicadores</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Agregar &amp;indicador</source>
            <translation>Add &amp;indicator</translation>
        </message>
        <message>
            <source>Quitar indicador</source>
            <translation>Remove indicator</translation>
        </message>
        <message>
            <source>Alcance</source>
            <translation>Scope</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>el participante</source>
            <translation>the participant</translation>
        </message>
        <message>
            <source>Sesión de asistencia técnica</source>
            <translation>Technical assistance session</translation>
        </message>
        <message>
            <source>Sesión cerrada: se muestra sin cambios. Para modificarla use «Corregir…»; la versión actual quedará en el historial.</source>
            <translation>Closed session: shown without changes. To change it, use “Correct…”; the current version will stay in the history.</translation>
        </message>
        <message>
            <source>Corrigiendo la sesión cerrada. Motivo: %1</source>
            <translation>Correcting the closed session. Reason: %1</translation>
        </message>
        <message>
            <source>Nueva sesión</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Sesión del %1</source>
            <translation>Session on %1</translation>
        </message>
        <message>
            <source>revisión %1</source>
            <translation>revision %1</translation>
        </message>
        <message>
            <source>cerrada</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Compromiso trasladado a «Compromisos».</source>
            <translation>Commitment carried over to “Commitments”.</translation>
        </message>
        <message>
            <source>Guardando…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Sesión guardada a las %1 (revisión %2).</source>
            <translation>Session saved at %1 (revision %2).</translation>
        </message>
        <message>
            <source>Borrador guardado a las %1.</source>
            <translation>Draft saved at %1.</translation>
        </message>
        <message>
            <source>No se pudo guardar el borrador: %1</source>
            <translation>Could not save the draft: %1</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Agregar evidencias</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>Fotos y documentos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;Todos los archivos (*)</source>
            <translation>Photos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Foto con posibles menores de edad</source>
            <translation>Photo that may show minors</translation>
        </message>
        <message>
            <source>¿La foto «%1» puede mostrar a menores de edad?</source>
            <translation>May the photo “%1” show minors?</translation>
        </message>
        <message>
            <source>Datos sensibles de menores (Ley 1581 de 2012)</source>
            <translation>Sensitive data of minors (Law 1581 of 2012)</translation>
        </message>
        <message>
            <source>Las fotos de niñas, niños y adolescentes son datos sensibles (Ley 1581 de 2012, Decreto 1377 de 2013): solo se pueden conservar con la autorización de sus padres o acudientes.</source>
            <translation>Photos of children and adolescents are sensitive data (Law 1581 of 2012, Decree 1377 of 2013): they may only be kept with the authorization of their parents or guardians.</translation>
        </message>
        <message>
            <source>¿Cuenta con esa autorización para «%1»? Si responde No, la foto no se guarda.</source>
            <translation>Do you have that authorization for “%1”? If you answer No, the photo is not kept.</translation>
        </message>
        <message>
            <source>Borrador sin guardar</source>
            <translation>Unsaved draft</translation>
        </message>
        <message>
            <source>Esta sesión tiene cambios que no se guardaron (por ejemplo, por un corte de energía). ¿Desea recuperarlos?</source>
            <translation>This session has changes that were not saved (for example, because of a power cut). Do you want to recover them?</translation>
        </message>
        <message>
            <source>Cambios sin respaldo</source>
            <translation>Changes not backed up</translation>
        </message>
        <message>
            <source>No se pudo guardar el borrador de los últimos cambios. ¿Cerrar de todos modos y perderlos?</source>
            <translation>The draft of the latest changes could not be saved. Close anyway and lose them?</translation>
        </message>
        <message>
            <source>Corregir sesión cerrada</source>
            <translation>Correct a closed session</translation>
        </message>
        <message>
            <source>La sesión está cerrada. Indique el motivo de la corrección; la versión actual se conservará en el historial.</source>
            <translation>The session is closed. Give the reason for the correction; the current version will be kept in the history.</translation>
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Corregir</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Agregar establecimiento</source>
            <translation>Add school</translation>
        </message>
        <message>
            <source>Establecimiento que no está en el catálogo, en %1.</source>
            <translation>A school that is not in the catalogue, in %1.</translation>
        </message>
        <message>
            <source>Nombre del establecimiento</source>
            <translation>Name of the school</translation>
        </message>
        <message>
            <source>Código DANE</source>
            <translation>DANE code</translation>
        </message>
        <message>
            <source>12 dígitos; déjelo vacío si no lo conoce</source>
            <translation>12 digits; leave it empty if you do not know it</translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>&amp;Nombre:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Código &amp;DANE:</source>
            <translation>&amp;DANE code:</translation>
        </message>
        <message>
            <source>No se guardó: la sesión no cumple los lineamientos de la ATI.</source>
            <translation>Not saved: the session does not meet the ATI guidelines.</translation>
        </message>
        <message>
            <source>paso «%1»</source>
            <translation>step “%1”</translation>
        </message>
        <message>
            <source>No se guardó: revise las respuestas del formulario.</source>
            <translation>Not saved: check the answers of the form.</translation>
        </message>
        <message>
            <source>No se guardó:</source>
            <translation>Not saved:</translation>
        </message>
        <message>
            <source>No se guardó por un error inesperado. Lo escrito está a salvo en el borrador; si el problema se repite, informe a soporte técnico.</source>
            <translation>Not saved because of an unexpected error. What you wrote is safe in the draft; if the problem happens again, tell technical support.</translation>
        </message>
        <message>
            <source>Aprobada por %1 el %2.</source>
            <translation>Approved by %1 on %2.</translation>
        </message>
        <message>
            <source>Corregida después de las observaciones de %1 del %2: espera una nueva revisión.</source>
            <translation>Corrected after the remarks by %1 of %2: awaiting a new review.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rechazada&lt;/b&gt; por %1 el %2. Use «Corregir…» para responder.</source>
            <translation>&lt;b&gt;Rejected&lt;/b&gt; by %1 on %2. Use “Correct…” to answer.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Observaciones del supervisor&lt;/b&gt; (%1, %2). Use «Corregir…» para responderlas.</source>
            <translation>&lt;b&gt;Supervisor’s remarks&lt;/b&gt; (%1, %2). Use “Correct…” to answer them.</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Operaciones</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revisión</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Aprobada</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Con observaciones</source>
            <translation>With remarks</translation>
        </message>
        <message>
            <source>Rechazada</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Corregida, en revisión</source>
            <translation>Corrected, under review</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Configuración</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Perfil</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <source>&amp;Acta</source>
            <translation>&amp;Minutes</translation>
        </message>
        <message>
            <source>&amp;Idioma</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Nombre completo:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Documento de identidad:</source>
            <translation>ID document:</translation>
        </message>
        <message>
            <source>Cargo:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Correo electrónico:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Teléfono:</source>
            <translation>Telephone:</translation>
        </message>
        <message>
            <source>Entidad:</source>
            <translation>Entity:</translation>
        </message>
        <message>
            <source>Dependencia:</source>
            <translation>Office:</translation>
        </message>
        <message>
            <source>Proceso:</source>
            <translation>Process:</translation>
        </message>
        <message>
            <source>Título del documento:</source>
            <translation>Document title:</translation>
        </message>
        <message>
            <source>Código:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Versión:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Fecha de aprobación:</source>
            <translation>Approval date:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Tamaño de página:</source>
            <translation>Page size:</translation>
        </message>
        <message>
            <source>Idioma:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>DD/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <source>Sin logo: el acta muestra un escudo genérico</source>
            <translation>No logo: the minutes show a generic shield</translation>
        </message>
        <message>
            <source>Archivo del logo</source>
            <translation>Logo file</translation>
        </message>
        <message>
            <source>&amp;Elegir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Quitar</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Carta</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>El idioma cambia de inmediato en la ventana principal; las demás ventanas lo toman al abrirse de nuevo.</source>
            <translation>The language changes at once in the main window; other windows take it when they are opened again.</translation>
        </message>
        <message>
            <source>(sin logo)</source>
            <translation>(no logo)</translation>
        </message>
        <message>
            <source>(imagen no válida)</source>
            <translation>(invalid image)</translation>
        </message>
        <message>
            <source>El correo electrónico no parece válido.</source>
            <translation>The e-mail address does not look valid.</translation>
        </message>
        <message>
            <source>La fecha de aprobación debe tener la forma DD/MM/AAAA.</source>
            <translation>The approval date must look like DD/MM/YYYY.</translation>
        </message>
        <message>
            <source>El logo debe ser una imagen PNG o JPG que se pueda abrir.</source>
            <translation>The logo must be a PNG or JPG image that can be opened.</translation>
        </message>
        <message>
            <source>Pa&amp;quetes</source>
            <translation>Pac&amp;kages</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Firmar</source>
            <translation>Sign</translation>
        </message>
        <message>
            <source>Firma de %1:</source>
            <translation>Signature of %1:</translation>
        </message>
        <message>
            <source>Espacio para la firma de %1</source>
            <translation>Space for the signature of %1</translation>
        </message>
        <message>
            <source>Aceptar firma</source>
            <translation>Accept signature</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SignatureEditor</name>
        <message>
            <source>Sin firma.</source>
            <translation>Not signed.</translation>
        </message>
        <message>
            <source>Firmado el %1.</source>
            <translation>Signed on %1.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Área de firma</source>
            <translation>Signature area</translation>
        </message>
        <message>
            <source>Firme con el mouse, el lápiz o el dedo.</source>
            <translation>Sign with the mouse, a pen or your finger.</translation>
        </message>
        <message>
            <source>Borrar</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>SingleChoiceEditor</name>
        <message>
            <source>— Seleccione —</source>
            <translation>— Select —</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Algunos formularios publicados por la Secretaría no se pueden usar y se dejaron de lado; las sesiones hechas con ellos no se podrán abrir hasta que llegue una versión válida:
%1</source>
            <translation>Some forms published by the Secretariat cannot be used and were set aside; sessions made with them cannot be opened until a valid version arrives:
%1</translation>
        </message>
        <message>
            <source>¿Es una copia?</source>
            <translation>Is this a copy?</translation>
        </message>
        <message>
            <source>Esta base de datos es una copia restaurada, más antigua que la que este equipo usó por última vez.</source>
            <translation>This database is a restored copy, older than the one this computer used last.</translation>
        </message>
        <message>
            <source>Esta base de datos parece copiada de otro lugar u otro equipo.</source>
            <translation>This database seems to have been copied from another place or another computer.</translation>
        </message>
        <message>
            <source>Para que lo registrado en cada archivo se pueda unir sin confusiones, una copia debe continuar como un equipo nuevo. Elija «Es el mismo equipo» solo si movió el archivo.</source>
            <translation>So that what each file records can be merged without confusion, a copy must continue as a new device. Choose “It is the same device” only if you moved the file.</translation>
        </message>
        <message>
            <source>Continuar como equipo nuevo</source>
            <translation>Continue as a new device</translation>
        </message>
        <message>
            <source>Es el mismo equipo</source>
            <translation>It is the same device</translation>
        </message>
        <message>
            <source>Salir</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>%1

¿Abrir en su lugar la copia de seguridad más reciente (%2)? El archivo dañado se conserva aparte, con otro nombre.</source>
            <translation>%1

Open the latest backup (%2) instead? The damaged file is kept aside under another name.</translation>
        </message>
        <message>
            <source>Base de datos dañada</source>
            <translation>Damaged database</translation>
        </message>
    </context>
    <context>
        <name>TimeEditor</name>
        <message>
            <source>Sin hora</source>
            <translation>No time</translation>
        </message>
    </context>
    <context>
        <name>VerificationCard</name>
        <message>
            <source>Responsable: %1</source>
            <translation>Responsible: %1</translation>
        </message>
        <message>
            <source>acordado el %1</source>
            <translation>agreed on %1</translation>
        </message>
        <message>
            <source>fecha límite %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>vencido</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>última verificación: %1</source>
            <translation>last verification: %1</translation>
        </message>
        <message>
            <source>Sin verificar</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <source>Nota de la verificación</source>
            <translation>Note on the verification</translation>
        </message>
        <message>
            <source>Adjuntar evidencia…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Trasladar como nuevo compromiso</source>
            <translation>Carry over as a new commitment</translation>
        </message>
        <message numerus="yes">
            <source>%n evidencia(s)</source>
            <translation>
                <numerusform>%n piece of evidence</numerusform>
                <numerusform>%n pieces of evidence</numerusform>
            </translation>
        </message>
        <message>
            <source>Trasladado a Compromisos</source>
            <translation>Carried over to Commitments</translation>
        </message>
    </context>
    <context>
        <name>VerificationPage</name>
        <message>
            <source>La verificación compartida parte de los compromisos adquiridos antes con el establecimiento. Registre para cada uno si se cumplió, con una nota y evidencia. Un compromiso no cumplido o parcial puede trasladarse como nuevo compromiso.</source>
            <translation>Shared verification starts from the commitments made earlier with the school. For each one, record whether it was met, with a note and evidence. An unmet or partly met commitment can be carried over as a new commitment.</translation>
        </message>
        <message>
            <source>Verificación compartida</source>
            <translation>Shared verification</translation>
        </message>
        <message>
            <source>Elija el establecimiento en «Identificación» para ver sus compromisos pendientes.</source>
            <translation>Choose the school under “Identification” to see its pending commitments.</translation>
        </message>
        <message>
            <source>El establecimiento no tiene compromisos pendientes.</source>
            <translation>The school has no pending commitments.</translation>
        </message>
    </context>
    <context>
        <name>VerifyActaDialog</name>
        <message>
            <source>Verificar acta</source>
            <translation>Verify minutes</translation>
        </message>
        <message>
            <source>Elija el PDF de un acta (o arrástrelo a esta ventana) para comprobar que coincide con el registro de esta base de datos: misma sesión, misma revisión y sin cambios.</source>
            <translation>Choose the PDF of a session's minutes (or drag it onto this window) to check that it matches the record in this database: same session, same revision and no changes.</translation>
        </message>
        <message>
            <source>Archivo del acta</source>
            <translation>File of the minutes</translation>
        </message>
        <message>
            <source>Ningún archivo elegido</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>&amp;Elegir PDF…</source>
            <translation>C&amp;hoose PDF…</translation>
        </message>
        <message>
            <source>Elegir el PDF del acta (Ctrl+O)</source>
            <translation>Choose the PDF of the minutes (Ctrl+O)</translation>
        </message>
        <message>
            <source>Resultado de la verificación</source>
            <translation>Result of the verification</translation>
        </message>
        <message>
            <source>&amp;Cerrar</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Verificando…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <source>No se pudo leer el archivo «%1». Revise que exista y que la memoria USB siga conectada.</source>
            <translation>Could not read the file “%1”. Check that it exists and that the USB stick is still connected.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Bienvenida a ATI Desktop</source>
            <translation>Welcome to ATI Desktop</translation>
        </message>
        <message>
            <source>Aún no hay sesiones registradas en este equipo. Estos pasos preparan el programa; todo funciona sin conexión a internet.</source>
            <translation>No session is recorded on this computer yet. These steps prepare the program; everything works without an internet connection.</translation>
        </message>
        <message>
            <source>1. Completar mi &amp;perfil…</source>
            <translation>1. Complete my &amp;profile…</translation>
        </message>
        <message>
            <source>2. Importar el catálo&amp;go de establecimientos…</source>
            <translation>2. Import the school catalo&amp;gue…</translation>
        </message>
        <message>
            <source>3. Cargar datos de de&amp;mostración (opcional)…</source>
            <translation>3. Load &amp;demo data (optional)…</translation>
        </message>
        <message>
            <source>4. Registrar la primera &amp;sesión</source>
            <translation>4. Record the first sessio&amp;n</translation>
        </message>
        <message>
            <source>Su nombre y cargo salen en cada acta como «Profesional de apoyo».</source>
            <translation>Your name and position appear on every acta as «Profesional de apoyo» (support professional).</translation>
        </message>
        <message>
            <source>El archivo CSV de establecimientos y sedes que envía la Secretaría. Si falta un establecimiento, también se puede agregar durante la visita.</source>
            <translation>The CSV file of schools and campuses the secretariat sends. A missing school can also be added during the visit.</translation>
        </message>
        <message>
            <source>Sesiones de ejemplo para conocer el programa; no las exporte al registro departamental.</source>
            <translation>Sample sessions to get to know the program; do not export them to the departmental record.</translation>
        </message>
        <message>
            <source>Identificación, desarrollo, participantes con sus firmas, compromisos y evidencias.</source>
            <translation>Identification, development, participants with their signatures, commitments and evidence.</translation>
        </message>
    </context>
    <context>
        <name>YesNoEditor</name>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>_ClearableEditor</name>
        <message>
            <source>Quitar</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Dejar sin respuesta</source>
            <translation>Leave unanswered</translation>
        </message>
        <message>
            <source>Quitar: %1</source>
            <translation>Clear: %1</translation>
        </message>
    </context>
    <context>
        <name>archive_dialog</name>
        <message numerus="yes">
            <source>Hay %n sesión(es) antigua(s) que la Secretaría ya tiene: archivar sus fotos y firmas liberaría %1 MB.</source>
            <translation>
                <numerusform>There is %n old session the Secretariat already holds: archiving its photos and signatures would free %1 MB.</numerusform>
                <numerusform>There are %n old sessions the Secretariat already holds: archiving their photos and signatures would free %1 MB.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Carpeta donde guardar el paquete (la memoria USB)</source>
            <translation>Folder to save the package in (the USB stick)</translation>
        </message>
    </context>
    <context>
        <name>field_import</name>
        <message>
            <source>Paquete de la Secretaría</source>
            <translation>Package from the Secretariat</translation>
        </message>
        <message>
            <source>Paquetes ATI (*.ati);;Todos los archivos (*)</source>
            <translation>ATI packages (*.ati);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>field_labels</name>
        <message>
            <source>Borrado</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Nivel</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Municipio</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Establecimiento</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Sede</source>
            <translation>Campus</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hora de inicio</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Hora de fin</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Modalidad</source>
            <translation>Modality</translation>
        </message>
        <message>
            <source>Medio</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Técnica</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Formulario</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Versión del formulario</source>
            <translation>Form version</translation>
        </message>
        <message>
            <source>Respuestas del formulario</source>
            <translation>Form answers</translation>
        </message>
        <message>
            <source>Objetivo</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Lineamientos</source>
            <translation>Guidelines</translation>
        </message>
        <message>
            <source>Hábitos o herramientas</source>
            <translation>Habits or tools</translation>
        </message>
        <message>
            <source>Productos esperados</source>
            <translation>Expected products</translation>
        </message>
        <message>
            <source>Conclusiones</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Observación que sigue</source>
            <translation>Observation it follows</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cerrada el</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Operaciones</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Áreas de gestión</source>
            <translation>Management areas</translation>
        </message>
        <message>
            <source>Asistente</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Cargo</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Documento de identidad</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Código DANE</source>
            <translation>DANE code</translation>
        </message>
        <message>
            <source>Añadido en campo</source>
            <translation>Added in the field</translation>
        </message>
        <message>
            <source>Sesión</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Orden</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Participante</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Rol en la sesión</source>
            <translation>Role in the session</translation>
        </message>
        <message>
            <source>Asistió</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Motivo de no firmar</source>
            <translation>Reason for not signing</translation>
        </message>
        <message>
            <source>Firma</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Firmó el</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Parte</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Fecha límite</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Trasladado de</source>
            <translation>Carried over from</translation>
        </message>
        <message>
            <source>Compromiso</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Verificado el</source>
            <translation>Verified on</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Verificación</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Contenido del archivo</source>
            <translation>File content</translation>
        </message>
        <message>
            <source>Nombre del archivo</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Tipo de archivo</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Clase</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Puede mostrar menores</source>
            <translation>May show minors</translation>
        </message>
        <message>
            <source>Consentimiento de menores el</source>
            <translation>Minors' consent on</translation>
        </message>
        <message>
            <source>Unidad</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Edición</source>
            <translation>Edition</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Indicador</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Nombre del establecimiento</source>
            <translation>School name</translation>
        </message>
        <message>
            <source>Nombre de la sede</source>
            <translation>Campus name</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Carpeta</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Archivo %1</source>
            <translation>%1 file</translation>
        </message>
        <message>
            <source>Esa carpeta guarda la base de datos de ATI Desktop y no se puede abrir aquí: se volvió a la carpeta anterior.</source>
            <translation>That folder holds the ATI Desktop database and cannot be opened here: back to the previous folder.</translation>
        </message>
        <message>
            <source>Esa carpeta guarda la base de datos de ATI Desktop; elija otra carpeta para no dañarla.</source>
            <translation>That folder holds the ATI Desktop database; choose another folder so as not to damage it.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Este campo es obligatorio.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Se esperaba un texto.</source>
            <translation>A text was expected.</translation>
        </message>
        <message>
            <source>Escriba un número entero.</source>
            <translation>Enter a whole number.</translation>
        </message>
        <message>
            <source>Escriba un número, por ejemplo 2,5.</source>
            <translation>Enter a number, for example 2,5.</translation>
        </message>
        <message>
            <source>Escriba una fecha válida (DD/MM/AAAA).</source>
            <translation>Enter a valid date (DD/MM/YYYY).</translation>
        </message>
        <message>
            <source>Escriba una hora válida (HH:MM).</source>
            <translation>Enter a valid time (HH:MM).</translation>
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica.</source>
            <translation>Mark Yes, No, Partial or Not applicable.</translation>
        </message>
        <message>
            <source>Elija uno de los niveles.</source>
            <translation>Choose one of the levels.</translation>
        </message>
        <message>
            <source>Responda Sí o No.</source>
            <translation>Answer Yes or No.</translation>
        </message>
        <message>
            <source>Se esperaba una lista de filas.</source>
            <translation>A list of rows was expected.</translation>
        </message>
        <message>
            <source>Se esperaba una lista de opciones.</source>
            <translation>A list of options was expected.</translation>
        </message>
        <message>
            <source>Hay opciones repetidas.</source>
            <translation>Some options are repeated.</translation>
        </message>
        <message>
            <source>Elija una sesión de la lista.</source>
            <translation>Choose a session from the list.</translation>
        </message>
        <message>
            <source>La firma no es válida; fírmela de nuevo.</source>
            <translation>The signature is not valid; sign again.</translation>
        </message>
        <message>
            <source>La lista de archivos adjuntos no es válida.</source>
            <translation>The list of attached files is not valid.</translation>
        </message>
        <message>
            <source>Esta respuesta no aplica según las demás respuestas.</source>
            <translation>This answer does not apply given the other answers.</translation>
        </message>
        <message>
            <source>Las respuestas no tienen el formato esperado.</source>
            <translation>The answers are not in the expected format.</translation>
        </message>
        <message>
            <source>Debe ser un valor entre %1 y %2.</source>
            <translation>Must be between %1 and %2.</translation>
        </message>
        <message>
            <source>Debe tener entre %1 y %2 caracteres.</source>
            <translation>Must have between %1 and %2 characters.</translation>
        </message>
        <message>
            <source>Debe tener entre %1 y %2 opciones.</source>
            <translation>Must have between %1 and %2 options.</translation>
        </message>
        <message>
            <source>Debe tener entre %1 y %2 filas.</source>
            <translation>Must have between %1 and %2 rows.</translation>
        </message>
        <message>
            <source>Debe tener entre %1 y %2 archivos.</source>
            <translation>Must have between %1 and %2 files.</translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n carácter(es).</source>
            <translation>
                <numerusform>Must have at least %n character.</numerusform>
                <numerusform>Must have at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n opción(es).</source>
            <translation>
                <numerusform>Must have at least %n option.</numerusform>
                <numerusform>Must have at least %n options.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n fila(s).</source>
            <translation>
                <numerusform>Must have at least %n row.</numerusform>
                <numerusform>Must have at least %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n archivo(s).</source>
            <translation>
                <numerusform>Must have at least %n file.</numerusform>
                <numerusform>Must have at least %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n carácter(es).</source>
            <translation>
                <numerusform>Must have at most %n character.</numerusform>
                <numerusform>Must have at most %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n opción(es).</source>
            <translation>
                <numerusform>Must have at most %n option.</numerusform>
                <numerusform>Must have at most %n options.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n fila(s).</source>
            <translation>
                <numerusform>Must have at most %n row.</numerusform>
                <numerusform>Must have at most %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n archivo(s).</source>
            <translation>
                <numerusform>Must have at most %n file.</numerusform>
                <numerusform>Must have at most %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Debe ser un valor como mínimo %1.</source>
            <translation>Must be at least %1.</translation>
        </message>
        <message>
            <source>Debe ser un valor como máximo %1.</source>
            <translation>Must be at most %1.</translation>
        </message>
        <message>
            <source>La opción «%1» no existe en la lista.</source>
            <translation>The option “%1” is not in the list.</translation>
        </message>
        <message>
            <source>El formulario no tiene el campo «%1».</source>
            <translation>The form has no field “%1”.</translation>
        </message>
        <message>
            <source>El grupo no tiene el campo «%1».</source>
            <translation>The group has no field “%1”.</translation>
        </message>
    </context>
    <context>
        <name>key_page</name>
        <message>
            <source>Clave pública de la secretaría</source>
            <translation>The secretariat's public key</translation>
        </message>
        <message>
            <source>Claves públicas (*.pub);;Todos los archivos (*)</source>
            <translation>Public keys (*.pub);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Ocurrió un error inesperado. Lo registrado hasta ahora no se ha perdido; si el problema se repite, informe a soporte técnico.</source>
            <translation>An unexpected error occurred. What was recorded so far has not been lost; if the problem happens again, tell technical support.</translation>
        </message>
        <message>
            <source>ATI Desktop — Error</source>
            <translation>ATI Desktop — Error</translation>
        </message>
        <message>
            <source>ATI Desktop</source>
            <translation>ATI Desktop</translation>
        </message>
        <message numerus="yes">
            <source>Hay %n sesión(es) sin terminar, guardadas como borrador:</source>
            <translation>
                <numerusform>There is %n unfinished session, saved as a draft:</numerusform>
                <numerusform>There are %n unfinished sessions, saved as drafts:</numerusform>
            </translation>
        </message>
        <message>
            <source>Borradores pendientes</source>
            <translation>Pending drafts</translation>
        </message>
        <message>
            <source>Reabrir</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Más tarde</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Elegir el logo del acta</source>
            <translation>Choose the logo for the minutes</translation>
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Acerca de ATI Desktop</source>
            <translation>About ATI Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ATI Desktop %1&lt;/h3&gt;&lt;p&gt;Registro de las sesiones de Asistencia Técnica Integral (ATI) de la Secretaría de Educación del Huila, aun sin conexión a internet.&lt;/p&gt;&lt;p&gt;Sigue los «Lineamientos para la Asistencia Técnica Integral – ATI», versión 5. Licencia GPL-3.0 o posterior.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ATI Desktop %1&lt;/h3&gt;&lt;p&gt;Records the Comprehensive Technical Assistance (ATI) sessions of the Huila Secretariat of Education, even without an internet connection.&lt;/p&gt;&lt;p&gt;Follows the «Lineamientos para la Asistencia Técnica Integral – ATI», version 5. Licence GPL-3.0 or later.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>reference</name>
        <message>
            <source>Monitoreo</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Seguimiento</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Verificación compartida (VC)</source>
            <translation>Shared verification (VC)</translation>
        </message>
        <message>
            <source>Difusión</source>
            <translation>Dissemination</translation>
        </message>
        <message>
            <source>Asesoría</source>
            <translation>Advisory</translation>
        </message>
        <message>
            <source>Acompañamiento</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <source>Entrenamiento</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Orientación</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Actualización</source>
            <translation>Updating</translation>
        </message>
        <message>
            <source>Abogacía</source>
            <translation>Advocacy</translation>
        </message>
        <message>
            <source>Evaluación</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Capacitación</source>
            <translation>Capacity building</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Reunión</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Observación</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Diálogo reflexivo</source>
            <translation>Reflective dialogue</translation>
        </message>
        <message>
            <source>Entrevista</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Taller</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Departamental</source>
            <translation>Departmental</translation>
        </message>
        <message>
            <source>Mesa zonal</source>
            <translation>Zonal round table</translation>
        </message>
        <message>
            <source>Municipal</source>
            <translation>Municipal</translation>
        </message>
        <message>
            <source>Institucional</source>
            <translation>Institutional</translation>
        </message>
        <message>
            <source>Presencial</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Telefónica</source>
            <translation>By telephone</translation>
        </message>
        <message>
            <source>In situ (en el establecimiento)</source>
            <translation>In situ (at the school)</translation>
        </message>
        <message>
            <source>En el municipio</source>
            <translation>In the municipality</translation>
        </message>
        <message>
            <source>Zonal</source>
            <translation>Zonal</translation>
        </message>
        <message>
            <source>Visita recibida por el asesor</source>
            <translation>Visit received by the adviser</translation>
        </message>
        <message>
            <source>Conexión remota</source>
            <translation>Remote connection</translation>
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Celular</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Teléfono fijo</source>
            <translation>Landline</translation>
        </message>
        <message>
            <source>Directiva</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>Administrativa y financiera</source>
            <translation>Administrative and financial</translation>
        </message>
        <message>
            <source>Académica (pedagógica)</source>
            <translation>Academic (pedagogical)</translation>
        </message>
        <message>
            <source>Comunitaria</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Secretaría (asistente)</source>
            <translation>Secretariat (assisting party)</translation>
        </message>
        <message>
            <source>Establecimiento (asistido)</source>
            <translation>School (assisted party)</translation>
        </message>
        <message>
            <source>Abierto</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cumplido</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Trasladado a un nuevo compromiso</source>
            <translation>Carried over to a new commitment</translation>
        </message>
        <message>
            <source>Cancelado</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Parcialmente cumplido</source>
            <translation>Partly met</translation>
        </message>
        <message>
            <source>No cumplido</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Abierta</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cerrada</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>No asistió</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Se negó a firmar</source>
            <translation>Refused to sign</translation>
        </message>
        <message>
            <source>Firmó en papel</source>
            <translation>Signed on paper</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>La orientación se realiza vía conexión remota, correo electrónico o teléfono; no puede ser presencial.</source>
            <translation>Guidance is given by remote connection, e-mail or telephone; it cannot be in person.</translation>
        </message>
        <message>
            <source>La asesoría no requiere desplazamiento: se hace por teléfono, conexión remota, correo o en una visita que recibe el asesor.</source>
            <translation>Advisory needs no travel: it is given by telephone, remote connection, e-mail or in a visit the adviser receives.</translation>
        </message>
        <message>
            <source>Un diálogo reflexivo se realiza después de una observación: vincule la observación a la que corresponde.</source>
            <translation>A reflective dialogue follows an observation: link the observation it belongs to.</translation>
        </message>
        <message>
            <source>La verificación compartida parte de compromisos adquiridos con anterioridad: registre la verificación de al menos un compromiso.</source>
            <translation>Shared verification starts from commitments made earlier: record the verification of at least one commitment.</translation>
        </message>
        <message>
            <source>En el acompañamiento se comprometen las dos partes: registre compromisos tanto de la Secretaría (asistente) como del establecimiento (asistido).</source>
            <translation>In accompaniment both parties commit: record commitments of both the Secretariat (assisting party) and the school (assisted party).</translation>
        </message>
        <message>
            <source>El entrenamiento debe hacerse necesariamente in situ, en el puesto de trabajo (modalidad presencial, in situ).</source>
            <translation>Training must take place in situ, at the workplace (in-person modality, in situ).</translation>
        </message>
        <message>
            <source>El acompañamiento debe hacerse de manera presencial: en el sitio de trabajo, en el municipio, zonal o departamental.</source>
            <translation>Accompaniment must be in person: at the workplace, in the municipality, zonal or departmental.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No se encontró la copia de seguridad «{path}».</source>
            <translation>The backup “{path}” was not found.</translation>
        </message>
        <message>
            <source>Las fotos y firmas de esta sesión se archivaron para liberar espacio. Para verlas o corregir la sesión, restaure su archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati archive restore ARCHIVO»).</source>
            <translation>The photos and signatures of this session were archived to free space. To see them or correct the session, restore their archive (File › Archive old data… › Restore an archive…, or “ati archive restore FILE”).</translation>
        </message>
        <message>
            <source>La base de datos «{name}» está dañada ({finding}). No se abrió para no empeorarla; restaure la copia de seguridad más reciente.</source>
            <translation>The database “{name}” is damaged ({finding}). It was not opened, so as not to make it worse; restore the latest backup.</translation>
        </message>
        <message>
            <source>La base de datos «{path}» es de solo lectura (o está en un medio protegido): puede consultarse, pero no modificarse. Cópiela a una carpeta suya para trabajar en ella.</source>
            <translation>The database “{path}” is read-only (or on protected media): it can be consulted but not changed. Copy it to a folder of yours to work on it.</translation>
        </message>
        <message>
            <source>No se puede escribir en la carpeta «{path}» (solo lectura o sin permiso). Elija otra carpeta para la base de datos.</source>
            <translation>The folder “{path}” cannot be written to (read-only or no permission). Choose another folder for the database.</translation>
        </message>
        <message>
            <source>No existe la base de datos «{path}». Revise la opción --db (o ATI_DB); no se creó nada.</source>
            <translation>The database “{path}” does not exist. Check the --db option (or ATI_DB); nothing was created.</translation>
        </message>
        <message>
            <source>Esta base de datos es una copia de otro archivo o una copia restaurada: antes de guardar, elija si este equipo continúa como un equipo nuevo o si es el mismo equipo de siempre (ati db nuevo-equipo / ati db mismo-equipo).</source>
            <translation>This database is a copy of another file or a restored copy: before saving, choose whether this computer continues as a new device or is the same device as always (ati db nuevo-equipo / ati db mismo-equipo).</translation>
        </message>
        <message>
            <source>El archivo «{name}» contiene tablas que no son de ATI Desktop; no se modificó. Elija otro archivo para la base de datos.</source>
            <translation>The file “{name}” holds tables that are not ATI Desktop's; it was not changed. Choose another file for the database.</translation>
        </message>
        <message>
            <source>La base de datos «{name}» está dañada: SQLite no puede leer su estructura ({reason}). No se modificó; restaure la copia de seguridad más reciente.</source>
            <translation>The database “{name}” is damaged: SQLite cannot read its structure ({reason}). It was not changed; restore the latest backup.</translation>
        </message>
        <message>
            <source>El archivo «{name}» está vacío: no es una base de datos de ATI Desktop.</source>
            <translation>The file “{name}” is empty: it is not an ATI Desktop database.</translation>
        </message>
        <message>
            <source>La base de datos «{name}» es de una versión anterior de ATI Desktop. Ábrala una vez con el programa (o «ati db init») para actualizarla.</source>
            <translation>The database “{name}” is from an earlier version of ATI Desktop. Open it once with the program (or “ati db init”) to update it.</translation>
        </message>
        <message>
            <source>El archivo «{name}» no es una base de datos de ATI Desktop. Elija otro archivo; este no se modificó.</source>
            <translation>The file “{name}” is not an ATI Desktop database. Choose another file; this one was not changed.</translation>
        </message>
        <message>
            <source>El disco está lleno: no se pudo guardar. Libere espacio (por ejemplo, borre archivos que ya no necesite) y vuelva a intentarlo; lo escrito no se ha perdido.</source>
            <translation>The disk is full: nothing could be saved. Free some space (for example, delete files you no longer need) and try again; what you wrote has not been lost.</translation>
        </message>
        <message>
            <source>La base de datos está en un medio de solo lectura o sin permiso de escritura. Cópiela a una carpeta suya o quite la protección contra escritura.</source>
            <translation>The database is on read-only media or you lack permission to write to it. Copy it to one of your own folders or remove the write protection.</translation>
        </message>
        <message>
            <source>La base de datos está siendo usada por otro programa. Cierre la otra ventana de ATI Desktop (o el programa que la tenga abierta) y vuelva a intentarlo.</source>
            <translation>The database is being used by another program. Close the other ATI Desktop window (or the program that has it open) and try again.</translation>
        </message>
        <message>
            <source>No se pudo abrir el archivo de la base de datos. Revise que la carpeta exista y que tenga permiso para escribir en ella.</source>
            <translation>The database file could not be opened. Check that the folder exists and that you have permission to write to it.</translation>
        </message>
        <message>
            <source>El archivo no es una base de datos de ATI Desktop o está dañado. Restaure una copia de seguridad.</source>
            <translation>The file is not an ATI Desktop database or it is damaged. Restore a backup.</translation>
        </message>
        <message>
            <source>La base de datos está dañada. Restaure la copia de seguridad más reciente (carpeta «copias» junto a la base de datos).</source>
            <translation>The database is damaged. Restore the most recent backup (the “copias” folder next to the database).</translation>
        </message>
        <message>
            <source>Un texto es más largo de lo que admite el registro departamental; acórtelo y vuelva a intentarlo. No se guardó nada.</source>
            <translation>A text is longer than the departmental record accepts; shorten it and try again. Nothing was saved.</translation>
        </message>
        <message>
            <source>El servidor del registro departamental no tiene espacio en disco; no se guardó nada. Avise al administrador del servidor.</source>
            <translation>The departmental record's server is out of disk space; nothing was saved. Tell the server's administrator.</translation>
        </message>
        <message>
            <source>No se pudo conectar con el servidor del registro departamental. Revise la conexión de red y la dirección del servidor; no se guardó nada.</source>
            <translation>Could not connect to the departmental record's server. Check the network connection and the server's address; nothing was saved.</translation>
        </message>
        <message>
            <source>El servidor del registro departamental rechazó el usuario o la contraseña.</source>
            <translation>The departmental record's server refused the user name or the password.</translation>
        </message>
        <message>
            <source>El servidor del registro departamental está ocupado o se está reiniciando; vuelva a intentarlo en unos minutos. No se guardó nada.</source>
            <translation>The departmental record's server is busy or restarting; try again in a few minutes. Nothing was saved.</translation>
        </message>
        <message>
            <source>El servidor del registro departamental solo permite consultar (modo de solo lectura); no se guardó nada.</source>
            <translation>The departmental record's server only allows reading (read-only mode); nothing was saved.</translation>
        </message>
        <message>
            <source>No se pudo guardar «{path}»: el disco está lleno. Libere espacio o elija otra unidad; no quedó ningún archivo a medias.</source>
            <translation>Could not save “{path}”: the disk is full. Free some space or choose another drive; no half-written file was left.</translation>
        </message>
        <message>
            <source>No se pudo guardar «{path}»: no hay permiso para escribir allí (¿memoria USB protegida o carpeta de solo lectura?). Elija otra carpeta.</source>
            <translation>Could not save “{path}”: there is no permission to write there (a write-protected USB stick or a read-only folder?). Choose another folder.</translation>
        </message>
        <message>
            <source>No se pudo guardar «{path}»: la unidad es de solo lectura. Elija otra carpeta.</source>
            <translation>Could not save “{path}”: the drive is read-only. Choose another folder.</translation>
        </message>
        <message>
            <source>No se pudo usar «{path}»: la carpeta ya no existe (¿se retiró la memoria USB?) o el nombre está mal escrito. Elija una carpeta que exista.</source>
            <translation>Could not use “{path}”: the folder no longer exists (was the USB stick removed?) or its name is mistyped. Choose a folder that exists.</translation>
        </message>
        <message>
            <source>No se pudo usar «{path}»: una parte de la ruta es un archivo, no una carpeta.</source>
            <translation>Could not use “{path}”: part of the path is a file, not a folder.</translation>
        </message>
        <message>
            <source>No se pudo usar «{path}»: es una carpeta; indique el nombre de un archivo.</source>
            <translation>Could not use “{path}”: it is a folder; give the name of a file.</translation>
        </message>
        <message>
            <source>No se pudo leer o escribir «{path}»: falló el disco o la memoria USB ({reason}).</source>
            <translation>Could not read or write “{path}”: the disk or the USB stick failed ({reason}).</translation>
        </message>
        <message>
            <source>No se pudo leer o escribir el disco donde está la base de datos (¿se retiró la memoria USB?). Vuelva a conectarlo e intente de nuevo; lo guardado antes no se ha perdido.</source>
            <translation>Could not read or write the disk that holds the database (was the USB stick removed?). Reconnect it and try again; what was saved before is not lost.</translation>
        </message>
        <message>
            <source>La base de datos «{name}» está abierta en otra ventana de ATI Desktop o en otro comando que la modifica. Ciérrela (o espere a que termine) y vuelva a intentarlo; las consultas de solo lectura sí funcionan mientras tanto.</source>
            <translation>The database “{name}” is open in another ATI Desktop window or in another command that changes it. Close it (or wait for it to finish) and try again; read-only queries still work meanwhile.</translation>
        </message>
        <message>
            <source>Esta base de datos fue creada con una versión más nueva de ATI Desktop (esquema {revision}). Actualice el programa para abrirla; no se modificó nada.</source>
            <translation>This database was created by a newer version of ATI Desktop (schema {revision}). Update the program to open it; nothing was changed.</translation>
        </message>
        <message>
            <source>El archivo contiene tablas que no son de ATI Desktop; no se modificó. Elija otro archivo para la base de datos.</source>
            <translation>The file contains tables that do not belong to ATI Desktop; it was not changed. Choose another file for the database.</translation>
        </message>
        <message>
            <source>El archivo «{name}» tiene objetos que ATI Desktop no creó ({objects}{more}); por seguridad no se abrió ni se modificó. Si es una copia de otra persona, pídale una copia hecha con «ati db backup».</source>
            <translation>The file “{name}” holds objects ATI Desktop did not create ({objects}{more}); for safety it was neither opened nor changed. If it is someone else's copy, ask them for a copy made with “ati db backup”.</translation>
        </message>
        <message>
            <source>Al archivo «{name}» le faltan tablas o índices de ATI Desktop: está incompleto o dañado; no se abrió ni se modificó. Restaure una copia de seguridad.</source>
            <translation>The file “{name}” lacks tables or indexes of ATI Desktop: it is incomplete or damaged; it was neither opened nor changed. Restore a backup.</translation>
        </message>
        <message>
            <source>El acta coincide con el registro: sesión {session_id}, revisión {revision}.</source>
            <translation>The minutes match the record: session {session_id}, revision {revision}.</translation>
        </message>
        <message>
            <source>Datos suprimidos a solicitud del titular ({date}): el acta es de la sesión {session_id}, revisión {revision}, pero su contenido ya no puede compararse con el registro.</source>
            <translation>Data erased at the data subject's request ({date}): these are the minutes of session {session_id}, revision {revision}, but their content can no longer be compared with the record.</translation>
        </message>
        <message>
            <source>La sesión de esta acta fue eliminada del registro.</source>
            <translation>The session of these minutes was deleted from the record.</translation>
        </message>
        <message>
            <source>La huella del acta no coincide con el registro: el acta no corresponde a lo guardado.</source>
            <translation>The fingerprint of the minutes does not match the record: the minutes do not correspond to what was saved.</translation>
        </message>
        <message>
            <source>La huella del acta coincide con el registro: sesión {session_id}, revisión {revision}. Sus firmas y fotos están en el archivo «{archive}», así que no se comparó el PDF entero.</source>
            <translation>The acta's hash matches the record: session {session_id}, revision {revision}. Its signatures and photos are in the archive “{archive}”, so the whole PDF was not compared.</translation>
        </message>
        <message>
            <source>El PDF fue modificado después de generarse (su contenido no coincide con el acta del registro).</source>
            <translation>The PDF was modified after it was generated (its content does not match the minutes of the record).</translation>
        </message>
        <message>
            <source>El acta corresponde a la revisión {revision}, que fue reemplazada por la revisión {current} (motivo: {reason}). No es el acta vigente.</source>
            <translation>The minutes belong to revision {revision}, which was replaced by revision {current} (reason: {reason}). They are not the current minutes.</translation>
        </message>
        <message>
            <source>No existe la sesión {session_id}.</source>
            <translation>Session {session_id} does not exist.</translation>
        </message>
        <message>
            <source>El acta menciona la sesión {session_id}, que no está en esta base de datos.</source>
            <translation>The minutes refer to session {session_id}, which is not in this database.</translation>
        </message>
        <message>
            <source>La sesión no tiene una revisión {revision}: el acta no corresponde al registro.</source>
            <translation>The session has no revision {revision}: the minutes do not correspond to the record.</translation>
        </message>
        <message>
            <source>Ya existe un archivo «{name}»; elija otro nombre.</source>
            <translation>A file “{name}” already exists; choose another name.</translation>
        </message>
        <message>
            <source>No se encontró el archivo «{name}».</source>
            <translation>The file “{name}” was not found.</translation>
        </message>
        <message>
            <source>El archivo «{name}» no contiene todo lo que se iba a archivar; no se liberó espacio.</source>
            <translation>The file “{name}” does not hold everything that was to be archived; no space was freed.</translation>
        </message>
        <message>
            <source>Este equipo aún no ha recibido un acuse de la Secretaría: no hay datos confirmados que se puedan archivar.</source>
            <translation>This device has not received a receipt from the Secretariat yet: there is no confirmed data to archive.</translation>
        </message>
        <message>
            <source>No hay datos antiguos confirmados por la Secretaría para archivar.</source>
            <translation>There is no old data confirmed by the Secretariat to archive.</translation>
        </message>
        <message>
            <source>«{name}» no es un archivo de datos antiguos de ATI Desktop.</source>
            <translation>“{name}” is not an ATI Desktop old data archive.</translation>
        </message>
        <message>
            <source>El archivo «{name}» está dañado.</source>
            <translation>The file “{name}” is damaged.</translation>
        </message>
        <message>
            <source>El archivo «{name}» es de otro equipo.</source>
            <translation>The file “{name}” belongs to another device.</translation>
        </message>
        <message>
            <source>Este paquete llevaría fotos o firmas que fueron archivadas. Restaure antes su archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati archive restore ARCHIVO») y exporte de nuevo.</source>
            <translation>This package would carry photos or signatures that were archived. Restore their archive first (File › Archive old data… › Restore an archive…, or “ati archive restore FILE”) and export again.</translation>
        </message>
        <message>
            <source>El archivo «{name}» está dañado: una foto o firma no corresponde a su huella.</source>
            <translation>The file “{name}” is damaged: a photo or signature does not match its hash.</translation>
        </message>
        <message>
            <source>Hay {count} asistentes que coinciden con «{text}»: escriba el nombre completo o el identificador.</source>
            <translation>There are {count} assistants matching “{text}”: type the full name or the identifier.</translation>
        </message>
        <message>
            <source>No hay un asistente «{text}» en el registro.</source>
            <translation>There is no assistant “{text}” in the record.</translation>
        </message>
        <message>
            <source>La asignación termina antes de empezar.</source>
            <translation>The assignment ends before it starts.</translation>
        </message>
        <message>
            <source>No hay un establecimiento con el código DANE «{code}» en el registro.</source>
            <translation>There is no school with the DANE code “{code}” in the record.</translation>
        </message>
        <message>
            <source>No hay un asistente con el identificador «{id}».</source>
            <translation>There is no assistant with the identifier “{id}”.</translation>
        </message>
        <message>
            <source>No se registraron compromisos.</source>
            <translation>No commitments were recorded.</translation>
        </message>
        <message>
            <source>No se adjuntaron evidencias (fotos, lista de asistencia escaneada, documentos).</source>
            <translation>No evidence was attached (photos, scanned attendance list, documents).</translation>
        </message>
        <message>
            <source>Falta su perfil de profesional de apoyo (nombre y cargo): el acta debe decir quién prestó la asistencia. Complételo en Configuración › Perfil.</source>
            <translation>Your profile as support professional (name and position) is missing: the minutes must say who provided the assistance. Fill it in under Settings › Profile.</translation>
        </message>
        <message>
            <source>No se indicó la hora de inicio y de finalización.</source>
            <translation>The start and end times were not given.</translation>
        </message>
        <message>
            <source>No se indicó el lugar de la sesión.</source>
            <translation>The place of the session was not given.</translation>
        </message>
        <message>
            <source>Falta el objetivo de la sesión.</source>
            <translation>The objective of the session is missing.</translation>
        </message>
        <message>
            <source>No se registró el alcance (lineamientos, hábitos o herramientas, productos esperados).</source>
            <translation>No scope was recorded (guidelines, habits or tools, expected products).</translation>
        </message>
        <message>
            <source>No se registraron conclusiones.</source>
            <translation>No conclusions were recorded.</translation>
        </message>
        <message>
            <source>No hay participantes presentes: el acta necesita al menos una persona que asistió.</source>
            <translation>No participant is present: the minutes need at least one person who attended.</translation>
        </message>
        <message>
            <source>{name} no ha firmado: pídale que firme o indique el motivo (no asistió, se negó a firmar, firmó en papel).</source>
            <translation>{name} has not signed: ask them to sign or give the reason (absent, refused to sign, signed on paper).</translation>
        </message>
        <message>
            <source>Falta responder {question}.</source>
            <translation>{question} still needs an answer.</translation>
        </message>
        <message>
            <source>Los datos de demostración solo se generan en una base SQLite local.</source>
            <translation>Demonstration data is only generated in a local SQLite database.</translation>
        </message>
        <message>
            <source>Esta base ya tiene los datos de demostración de la semilla {seed}: use otra semilla o una base nueva.</source>
            <translation>This database already holds the demonstration data of seed {seed}: use another seed or a new database.</translation>
        </message>
        <message>
            <source>El borrador fue creado por una versión más reciente de ATI Desktop.</source>
            <translation>The draft was created by a newer version of ATI Desktop.</translation>
        </message>
        <message>
            <source>Elija el municipio de la sesión.</source>
            <translation>Choose the municipality of the session.</translation>
        </message>
        <message>
            <source>Marque al menos una operación de asistencia técnica.</source>
            <translation>Tick at least one technical assistance operation.</translation>
        </message>
        <message>
            <source>Elija la modalidad y el medio de la sesión.</source>
            <translation>Choose the modality and the channel of the session.</translation>
        </message>
        <message>
            <source>Elija la técnica de la sesión.</source>
            <translation>Choose the technique of the session.</translation>
        </message>
        <message>
            <source>La técnica elegida no tiene formulario disponible.</source>
            <translation>The chosen technique has no form available.</translation>
        </message>
        <message>
            <source>En el indicador «{name}», la meta «{value}» no es un número.</source>
            <translation>In the indicator “{name}”, the target “{value}” is not a number.</translation>
        </message>
        <message>
            <source>En el indicador «{name}», el valor «{value}» no es un número.</source>
            <translation>In the indicator “{name}”, the value “{value}” is not a number.</translation>
        </message>
        <message>
            <source>El informe no tiene la tabla «{key}»; tiene: {keys}.</source>
            <translation>The report has no table “{key}”; it has: {keys}.</translation>
        </message>
        <message>
            <source>«{name}» no es un paquete de la Secretaría para el campo (es un paquete de un equipo o una base de datos). No se importó nada.</source>
            <translation>«{name}» is not a package from the Secretariat for the field (it is a device's package or a database). Nothing was imported.</translation>
        </message>
        <message>
            <source>Elija un asistente o al menos un municipio para el paquete.</source>
            <translation>Choose an assistant or at least one municipality for the package.</translation>
        </message>
        <message>
            <source>La carpeta «{path}» no existe: elija otra para el paquete.</source>
            <translation>The folder “{path}” does not exist: choose another one for the package.</translation>
        </message>
        <message>
            <source>Cada fila de la sesión necesita su identificador, elegido una sola vez.</source>
            <translation>Every row of the session needs its identifier, chosen once.</translation>
        </message>
        <message>
            <source>{field} admite como máximo {limit} caracteres; el texto escrito tiene {length}.</source>
            <translation>{field} takes at most {limit} characters; the text written has {length}.</translation>
        </message>
        <message>
            <source>No hay clave de la secretaría configurada: impórtela en Configuración › Paquetes, o exporte sin cifrar.</source>
            <translation>No secretariat key is configured: import it in Settings › Packages, or export unencrypted.</translation>
        </message>
        <message>
            <source>No hay ninguna persona con el identificador {id}.</source>
            <translation>There is no person with the identifier {id}.</translation>
        </message>
        <message>
            <source>El texto «{start}…» es demasiado largo: admite como máximo {limit} caracteres.</source>
            <translation>The text “{start}…” is too long: at most {limit} characters are allowed.</translation>
        </message>
        <message>
            <source>Indique la referencia (número de radicado) de la solicitud.</source>
            <translation>Enter the reference (filing number) of the request.</translation>
        </message>
        <message>
            <source>Indique quién recogió la autorización.</source>
            <translation>Enter who collected the authorisation.</translation>
        </message>
        <message>
            <source>Indique quién otorgó la autorización.</source>
            <translation>Enter who gave the authorisation.</translation>
        </message>
        <message>
            <source>Tipo de solicitud desconocido: «{kind}».</source>
            <translation>Unknown kind of request: “{kind}”.</translation>
        </message>
        <message>
            <source>Ya hay una solicitud con la referencia «{reference}».</source>
            <translation>There is already a request with the reference “{reference}”.</translation>
        </message>
        <message>
            <source>No existe la solicitud {id}.</source>
            <translation>Request {id} does not exist.</translation>
        </message>
        <message>
            <source>Tipo de autorización desconocido: «{kind}».</source>
            <translation>Unknown kind of authorisation: “{kind}”.</translation>
        </message>
        <message>
            <source>No existe la autorización {id}.</source>
            <translation>Authorisation {id} does not exist.</translation>
        </message>
        <message>
            <source>La imagen «{name}» tiene más de {limit} megapíxeles; no es una foto que se pueda guardar.</source>
            <translation>The image “{name}” has more than {limit} megapixels; it is not a photo that can be kept.</translation>
        </message>
        <message>
            <source>La imagen «{name}» pesa {size} MB; el máximo es {limit} MB.</source>
            <translation>The image “{name}” is {size} MB; the maximum is {limit} MB.</translation>
        </message>
        <message>
            <source>La imagen «{name}» está dañada y no se puede guardar.</source>
            <translation>The image “{name}” is damaged and cannot be kept.</translation>
        </message>
        <message>
            <source>El archivo {path} cambió mientras se publicaba; inténtelo de nuevo.</source>
            <translation>The file {path} changed while it was being published; please try again.</translation>
        </message>
        <message>
            <source>El formulario «{form_id}» ya tiene la versión {newest}; la versión que se publica debe ser mayor (por ejemplo, {next}).</source>
            <translation>The form “{form_id}” already has version {newest}; the version being published must be higher (for example, {next}).</translation>
        </message>
        <message>
            <source>La técnica «{technique}» ya tiene el formulario «{owner}»; publique una nueva versión de ese formulario.</source>
            <translation>The technique “{technique}” already has the form “{owner}”; publish a new version of that form.</translation>
        </message>
        <message>
            <source>La versión {version} del formulario «{form_id}» ya está publicada con otro texto; publique los cambios como la versión {next}.</source>
            <translation>Version {version} of the form “{form_id}” is already published with another text; publish the changes as version {next}.</translation>
        </message>
        <message>
            <source>El archivo del informe debe terminar en .xlsx, .csv o .pdf.</source>
            <translation>The report file must end in .xlsx, .csv or .pdf.</translation>
        </message>
        <message>
            <source>No existe el informe «{kind}»; los hay de: {kinds}.</source>
            <translation>There is no report “{kind}”; there are: {kinds}.</translation>
        </message>
        <message>
            <source>El periodo termina ({date_to}) antes de empezar ({date_from}).</source>
            <translation>The period ends ({date_to}) before it starts ({date_from}).</translation>
        </message>
        <message>
            <source>No existe la operación «{code}».</source>
            <translation>There is no operation “{code}”.</translation>
        </message>
        <message>
            <source>No existe la técnica «{code}».</source>
            <translation>There is no technique “{code}”.</translation>
        </message>
        <message>
            <source>No existe el nivel «{code}».</source>
            <translation>There is no level “{code}”.</translation>
        </message>
        <message>
            <source>El mapa de municipios «{file}» es demasiado grande.</source>
            <translation>The map of municipalities “{file}” is too large.</translation>
        </message>
        <message>
            <source>No hay un establecimiento con el código DANE «{code}».</source>
            <translation>There is no school with the DANE code “{code}”.</translation>
        </message>
        <message>
            <source>No hay un profesional de apoyo «{name}» en el registro.</source>
            <translation>There is no field assistant “{name}” in the record.</translation>
        </message>
        <message>
            <source>Hay varios profesionales de apoyo llamados «{name}»: indique su identificador.</source>
            <translation>Several field assistants are called “{name}”: give the identifier.</translation>
        </message>
        <message>
            <source>Decisión de revisión desconocida: «{state}». Use aprobada, con_observaciones o rechazada.</source>
            <translation>Unknown review decision: “{state}”. Use aprobada, con_observaciones or rechazada.</translation>
        </message>
        <message>
            <source>Escriba el comentario de la revisión: una sesión «{label}» vuelve al profesional de apoyo con lo que debe corregir.</source>
            <translation>Write the review comment: a session marked “{label}” goes back to the field assistant with what must be corrected.</translation>
        </message>
        <message>
            <source>Indique quién revisa la sesión.</source>
            <translation>State who reviews the session.</translation>
        </message>
        <message>
            <source>Solo se revisan sesiones cerradas: la sesión del {day} sigue abierta.</source>
            <translation>Only closed sessions are reviewed: the session of {day} is still open.</translation>
        </message>
        <message>
            <source>Estado de revisión desconocido: «{state}». Use recibida, aprobada, con_observaciones o rechazada.</source>
            <translation>Unknown review state: “{state}”. Use recibida, aprobada, con_observaciones or rechazada.</translation>
        </message>
        <message>
            <source>Solo se pueden unir establecimientos, sedes o participantes.</source>
            <translation>Only schools, campuses or participants can be joined.</translation>
        </message>
        <message>
            <source>Un registro no se puede unir consigo mismo.</source>
            <translation>A record cannot be joined with itself.</translation>
        </message>
        <message>
            <source>Alguno de los registros que se quieren unir no existe.</source>
            <translation>One of the records to be joined does not exist.</translation>
        </message>
        <message>
            <source>Indique el nombre del establecimiento educativo.</source>
            <translation>Enter the name of the school.</translation>
        </message>
        <message>
            <source>El municipio «{code}» no es un código DIVIPOLA del Huila.</source>
            <translation>The municipality “{code}” is not a DIVIPOLA code of Huila.</translation>
        </message>
        <message>
            <source>El código DANE debe tener 12 dígitos (o déjelo vacío si no lo conoce).</source>
            <translation>The DANE code must have 12 digits (or leave it empty if you do not know it).</translation>
        </message>
        <message>
            <source>El código DANE {code} ya es del establecimiento «{name}». Elíjalo de la lista en lugar de agregarlo de nuevo.</source>
            <translation>The DANE code {code} already belongs to the school “{name}”. Pick it from the list instead of adding it again.</translation>
        </message>
        <message>
            <source>La sesión {session_id} fue eliminada.</source>
            <translation>Session {session_id} was deleted.</translation>
        </message>
        <message>
            <source>Se verificó un compromiso que no existe.</source>
            <translation>A commitment that does not exist was verified.</translation>
        </message>
        <message>
            <source>La evidencia «{file_name}» puede mostrar menores de edad (datos sensibles, Ley 1581 de 2012): confirme que cuenta con la autorización antes de conservarla.</source>
            <translation>The evidence “{file_name}” may show minors (sensitive data, Law 1581 of 2012): confirm that you have the authorisation before keeping it.</translation>
        </message>
        <message>
            <source>La sesión está cerrada. Para corregirla indique el motivo de la corrección; la versión anterior se conservará.</source>
            <translation>The session is closed. To correct it, give the reason for the correction; the previous version will be kept.</translation>
        </message>
        <message>
            <source>El participante «{participant}» no existe.</source>
            <translation>The participant “{participant}” does not exist.</translation>
        </message>
        <message>
            <source>El nivel «{value}» no existe en la lista de referencia.</source>
            <translation>The level “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>La modalidad «{value}» no existe en la lista de referencia.</source>
            <translation>The modality “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>La técnica «{value}» no existe en la lista de referencia.</source>
            <translation>The technique “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>La operación «{value}» no existe en la lista de referencia.</source>
            <translation>The operation “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>El área de gestión «{value}» no existe en la lista de referencia.</source>
            <translation>The management area “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>La parte responsable «{value}» no existe en la lista de referencia.</source>
            <translation>The responsible party “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>El resultado de la verificación «{value}» no existe en la lista de referencia.</source>
            <translation>The verification result “{value}” does not exist in the reference list.</translation>
        </message>
        <message>
            <source>Indique al menos una operación de asistencia técnica.</source>
            <translation>Give at least one technical assistance operation.</translation>
        </message>
        <message>
            <source>El municipio con código DIVIPOLA «{code}» no existe.</source>
            <translation>The municipality with DIVIPOLA code “{code}” does not exist.</translation>
        </message>
        <message>
            <source>En el nivel institucional indique el establecimiento educativo.</source>
            <translation>At the institutional level, give the school.</translation>
        </message>
        <message>
            <source>El establecimiento educativo elegido no existe en el catálogo.</source>
            <translation>The chosen school does not exist in the catalogue.</translation>
        </message>
        <message>
            <source>La hora de finalización es anterior a la hora de inicio.</source>
            <translation>The end time is earlier than the start time.</translation>
        </message>
        <message>
            <source>El formulario «{form}» es de otra técnica; use el formulario de {technique}.</source>
            <translation>The form “{form}” belongs to another technique; use the form for {technique}.</translation>
        </message>
        <message>
            <source>Cada compromiso necesita qué se acordó y quién es responsable.</source>
            <translation>Each commitment needs what was agreed and who is responsible.</translation>
        </message>
        <message>
            <source>Cada participante necesita su nombre completo.</source>
            <translation>Each participant needs their full name.</translation>
        </message>
        <message>
            <source>El identificador de sesión «{session_id}» no es válido para el acta.</source>
            <translation>The session identifier “{session_id}” is not valid for the minutes.</translation>
        </message>
        <message>
            <source>La revisión del acta debe ser un entero mayor que cero.</source>
            <translation>The revision of the minutes must be a whole number greater than zero.</translation>
        </message>
        <message>
            <source>La edición del acta debe ser un entero mayor que cero.</source>
            <translation>The edition of the minutes must be a whole number greater than zero.</translation>
        </message>
        <message>
            <source>La huella del registro debe ser hexadecimal en minúsculas (12 a 128 caracteres).</source>
            <translation>The fingerprint of the record must be lowercase hexadecimal (12 to 128 characters).</translation>
        </message>
        <message>
            <source>Tamaño de página «{page_size}» no admitido; use A4 o LETTER (carta).</source>
            <translation>Page size “{page_size}” is not supported; use A4 or LETTER.</translation>
        </message>
        <message>
            <source>No se pudo leer el logo del encabezado «{logo}»: revise la imagen configurada (PNG o JPEG) en el encabezado de las actas.</source>
            <translation>The header logo “{logo}” could not be read: check the image (PNG or JPEG) set in the header of the minutes.</translation>
        </message>
        <message>
            <source>No se pudo leer el logo del encabezado: revise la imagen configurada (PNG o JPEG) en el encabezado de las actas.</source>
            <translation>The header logo could not be read: check the image (PNG or JPEG) set in the header of the minutes.</translation>
        </message>
        <message>
            <source>La firma de {owner} no es una imagen legible; vuelva a capturarla.</source>
            <translation>The signature of {owner} is not a readable image; capture it again.</translation>
        </message>
        <message>
            <source>El archivo pesa más de {size} MB: no es un acta de ATI Desktop.</source>
            <translation>The file is larger than {size} MB: it is not an ATI Desktop acta.</translation>
        </message>
        <message>
            <source>El PDF reúne {count} actas; verifique cada acta en su propio archivo.</source>
            <translation>The PDF holds {count} sets of minutes; verify each one in its own file.</translation>
        </message>
        <message>
            <source>El archivo no es un PDF; no se puede verificar como acta.</source>
            <translation>The file is not a PDF; it cannot be verified as minutes.</translation>
        </message>
        <message>
            <source>El PDF no tiene el sello de ATI Desktop (identificador de sesión, revisión y huella): no es un acta generada por la aplicación, o fue modificado por otro programa.</source>
            <translation>The PDF does not carry the ATI Desktop stamp (session identifier, revision and fingerprint): it is not a set of minutes generated by the application, or it was modified by another program.</translation>
        </message>
        <message>
            <source>El archivo no es un PDF legible (está dañado o incompleto); no se puede verificar como acta.</source>
            <translation>The file is not a readable PDF (it is damaged or incomplete); it cannot be verified as an acta.</translation>
        </message>
        <message>
            <source>El archivo «{path}» no existe.</source>
            <translation>The file “{path}” does not exist.</translation>
        </message>
        <message>
            <source>No se pudo leer el archivo «{path}» ({reason}).</source>
            <translation>The file “{path}” could not be read ({reason}).</translation>
        </message>
        <message>
            <source>No hay formulario para la técnica «{technique}».</source>
            <translation>There is no form for the technique “{technique}”.</translation>
        </message>
        <message>
            <source>No existe el formulario «{form_id}».</source>
            <translation>The form “{form_id}” does not exist.</translation>
        </message>
        <message>
            <source>No existe el formulario «{form_id}» en su versión {version}.</source>
            <translation>Version {version} of the form “{form_id}” does not exist.</translation>
        </message>
        <message>
            <source>«{revision}» no es una de las versiones en conflicto ({heads}).</source>
            <translation>«{revision}» is not one of the conflicting versions ({heads}).</translation>
        </message>
        <message>
            <source>No hay un conflicto abierto con el identificador «{key}».</source>
            <translation>There is no open conflict with the identifier «{key}».</translation>
        </message>
        <message>
            <source>«{key}» corresponde a varios conflictos; escriba más caracteres del identificador.</source>
            <translation>«{key}» matches several conflicts; type more characters of the identifier.</translation>
        </message>
        <message>
            <source>El registro no tiene el campo «{field}». Campos en conflicto: {fields}.</source>
            <translation>The record has no field «{field}». Fields in conflict: {fields}.</translation>
        </message>
        <message>
            <source>El conflicto cambió mientras se resolvía (llegó otra versión). Ábralo de nuevo y vuelva a resolverlo.</source>
            <translation>The conflict changed while it was being resolved (another version arrived). Open it again and resolve it once more.</translation>
        </message>
        <message>
            <source>El registro no tiene un asistente con el identificador «{id}».</source>
            <translation>The record has no assistant with the identifier «{id}».</translation>
        </message>
        <message>
            <source>El paquete dice venir de «{label}», pero está firmado con una clave que este equipo no reconoce como de la Secretaría (huella {fingerprint}). No se importó nada. Importe la clave de firma de la secretaría (ati keys import secretaria-firma.pub) después de comparar su huella por teléfono.</source>
            <translation>The package says it comes from «{label}», but it is signed with a key this device does not know as the Secretariat's (fingerprint {fingerprint}). Nothing was imported. Import the secretariat's signing key (ati keys import secretaria-firma.pub) after comparing its fingerprint by phone.</translation>
        </message>
        <message>
            <source>«{name}» es un paquete desidentificado (para compartir fuera de la secretaría): no se une al registro departamental. No se importó nada.</source>
            <translation>«{name}» is a de-identified package (for sharing outside the secretariat): it is not merged into the departmental record. Nothing was imported.</translation>
        </message>
        <message>
            <source>«{name}» no es una base de datos de ATI Desktop ni un paquete.</source>
            <translation>«{name}» is neither an ATI Desktop database nor a package.</translation>
        </message>
        <message>
            <source>La clave de firma de este equipo ({path}) está dañada. Bórrela para que se cree una nueva; la secretaría verá una clave distinta para este equipo.</source>
            <translation>This computer's signing key ({path}) is damaged. Delete it so that a new one is made; the secretariat will see a different key for this computer.</translation>
        </message>
        <message>
            <source>«{name}» es la clave PRIVADA de la secretaría: no la copie a los equipos. Importe el archivo «{public}».</source>
            <translation>«{name}» is the secretariat's PRIVATE key: do not copy it to the assistants' computers. Import the file «{public}».</translation>
        </message>
        <message>
            <source>«{name}» no es la clave pública de una secretaría (se espera un archivo .pub hecho con «ati keys new»).</source>
            <translation>«{name}» is not a secretariat's public key (a .pub file made with «ati keys new» is expected).</translation>
        </message>
        <message>
            <source>«{name}» no es la clave privada de una secretaría.</source>
            <translation>«{name}» is not a secretariat's private key.</translation>
        </message>
        <message>
            <source>«{name}» es una clave PRIVADA de la secretaría: no la copie a los equipos. Importe el archivo .pub.</source>
            <translation>«{name}» is a PRIVATE key of the secretariat: do not copy it to the devices. Import the .pub file.</translation>
        </message>
        <message>
            <source>No se encontró la clave de firma de la secretaría ({path}). Créela con «ati keys new» o indíquela con --clave-firma.</source>
            <translation>The secretariat's signing key was not found ({path}). Create it with «ati keys new» or give it with --signing-key.</translation>
        </message>
        <message>
            <source>«{name}» no es la clave de firma de una secretaría.</source>
            <translation>«{name}» is not a secretariat's signing key.</translation>
        </message>
        <message>
            <source>«{name}» no es un archivo de clave (es demasiado grande).</source>
            <translation>«{name}» is not a key file (it is too large).</translation>
        </message>
        <message>
            <source>No existe el archivo de clave «{path}».</source>
            <translation>The key file «{path}» does not exist.</translation>
        </message>
        <message>
            <source>No se pudo leer «{path}»: {reason}.</source>
            <translation>«{path}» could not be read: {reason}.</translation>
        </message>
        <message>
            <source>«{name}» no es una clave privada de ATI Desktop.</source>
            <translation>«{name}» is not an ATI Desktop private key.</translation>
        </message>
        <message>
            <source>No se pudieron escribir las claves en «{path}»: {reason}.</source>
            <translation>The keys could not be written to «{path}»: {reason}.</translation>
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza una clave (los paquetes cifrados con ella no podrían abrirse). Elija otra carpeta con -o.</source>
            <translation>«{path}» already exists: a key is never replaced (the packages encrypted with it could not be opened). Choose another folder with -o.</translation>
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza una clave de firma (los asistentes dejarían de aceptar los paquetes de la secretaría). Elija otra carpeta con -o.</source>
            <translation>«{path}» already exists: a signing key is never replaced (the assistants would stop accepting the secretariat's packages). Choose another folder with -o.</translation>
        </message>
        <message>
            <source>El paquete trae la revisión {id} con un contenido distinto del que ya tiene el registro departamental: el paquete está alterado. No se importó nada.</source>
            <translation>The package holds revision {id} with a content different from the one the departmental record already has: the package was altered. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete dice venir del equipo «{label}», pero está firmado con otra clave que la de sus paquetes anteriores. No se importó nada; confirme con el asistente.</source>
            <translation>The package says it comes from the computer «{label}», but it is signed with another key than its earlier packages. Nothing was imported; check with the assistant.</translation>
        </message>
        <message>
            <source>El paquete trae registros de un tipo que esta versión no conoce («{type}»). Actualice ATI Desktop; no se importó nada.</source>
            <translation>The package holds records of a type this version does not know («{type}»). Update ATI Desktop; nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete trae un registro con datos inválidos ({type} {id}); no se importó nada.</source>
            <translation>The package holds a record with invalid data ({type} {id}); nothing was imported.</translation>
        </message>
        <message>
            <source>La firma del paquete no es válida: fue modificado después de hacerse o está dañado. No se importó nada.</source>
            <translation>The package's signature is not valid: it was changed after it was made, or it is damaged. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: «{name}» no coincide con su huella. No se importó nada.</source>
            <translation>The package was changed or is damaged: «{name}» does not match its fingerprint. Nothing was imported.</translation>
        </message>
        <message>
            <source>«{name}» es demasiado grande para ser un paquete ({size} bytes; el límite es {limit}). No se importó nada.</source>
            <translation>«{name}» is too large to be a package ({size} bytes; the limit is {limit}). Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete cifrado está dañado (su contenido no tiene el tamaño que declara). No se importó nada.</source>
            <translation>The encrypted package is damaged (its content does not have the size it declares). Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete cifrado fue modificado o está dañado (su sello no coincide). No se importó nada.</source>
            <translation>The encrypted package was changed or is damaged (its seal does not match). Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete dice venir del equipo «{label}», pero está firmado con otra clave que la registrada para ese equipo. No se importó nada; confirme con el asistente.</source>
            <translation>The package says it comes from the computer «{label}», but it is signed with another key than the one on record for that computer. Nothing was imported; check with the assistant.</translation>
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: sus archivos no coinciden con el manifiesto («{name}»). No se importó nada.</source>
            <translation>The package was changed or is damaged: its files do not match the manifest («{name}»). Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: los conteos del manifiesto no coinciden con sus archivos. No se importó nada.</source>
            <translation>The package is damaged: the manifest's counts do not match its files. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: el número de archivos adjuntos no coincide con el manifiesto. No se importó nada.</source>
            <translation>The package is damaged: the number of attached files does not match the manifest. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: «{name}» no termina en un salto de línea. No se importó nada.</source>
            <translation>The package is damaged: «{name}» does not end with a line break. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: «{name}» trae {found} revisiones y el manifiesto dice {declared}. No se importó nada.</source>
            <translation>The package is damaged: «{name}» holds {found} revisions and the manifest says {declared}. Nothing was imported.</translation>
        </message>
        <message>
            <source>No existe el archivo «{path}».</source>
            <translation>The file «{path}» does not exist.</translation>
        </message>
        <message>
            <source>Este paquete está cifrado para la secretaría (clave {recipient}); para abrirlo se necesita su clave privada.</source>
            <translation>This package is encrypted for the secretariat (key {recipient}); its private key is needed to open it.</translation>
        </message>
        <message>
            <source>El paquete está dañado: la clave del equipo no es válida. No se importó nada.</source>
            <translation>The package is damaged: the computer's key is not valid. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: «{name}» no tiene el tamaño del manifiesto. No se importó nada.</source>
            <translation>The package was changed or is damaged: «{name}» does not have the size in the manifest. Nothing was imported.</translation>
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop (no tiene manifiesto). No se importó nada.</source>
            <translation>The file is not an ATI Desktop package (it has no manifest). Nothing was imported.</translation>
        </message>
        <message>
            <source>No se pudo abrir «{path}»: {reason}.</source>
            <translation>«{path}» could not be opened: {reason}.</translation>
        </message>
        <message>
            <source>El paquete cifrado está dañado. No se importó nada.</source>
            <translation>The encrypted package is damaged. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete trae registros de un tipo que esta versión no conoce («{kind}»). Actualice ATI Desktop; no se importó nada.</source>
            <translation>The package holds records of a type this version does not know («{kind}»). Update ATI Desktop; nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: el manifiesto no cuenta «{kind}». No se importó nada.</source>
            <translation>The package is damaged: the manifest does not count «{kind}». Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: el acuse «{name}» es demasiado grande. No se importó nada.</source>
            <translation>The package is damaged: the receipt «{name}» is too large. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete trae un archivo que no corresponde al formato («{name}»). No se importó nada.</source>
            <translation>The package holds a file that is not part of the format («{name}»). Nothing was imported.</translation>
        </message>
        <message>
            <source>Este paquete está cifrado para otra clave de secretaría (o está dañado): no se puede abrir con la clave dada. No se importó nada.</source>
            <translation>This package is encrypted for another secretariat key (or it is damaged): it cannot be opened with the key given. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete cifrado está vacío o dañado. No se importó nada.</source>
            <translation>The encrypted package is empty or damaged. Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete cifrado fue modificado o está dañado (el bloque {index} no se pudo autenticar). No se importó nada.</source>
            <translation>The encrypted package was changed or is damaged (block {index} could not be authenticated). Nothing was imported.</translation>
        </message>
        <message>
            <source>Exportación cancelada: no se escribió ningún archivo.</source>
            <translation>Export cancelled: no file was written.</translation>
        </message>
        <message>
            <source>No hay cambios desde el último paquete (nº {sequence}). Para entregar todo el registro otra vez, exporte «todo».</source>
            <translation>There are no changes since the last package (no. {sequence}). To deliver the whole record again, export «everything».</translation>
        </message>
        <message>
            <source>No hay nada que exportar: este equipo aún no ha registrado ninguna sesión.</source>
            <translation>There is nothing to export: this computer has not recorded any session yet.</translation>
        </message>
        <message>
            <source>El paquete está dañado: {what} no es válido ({detail}). No se importó nada.</source>
            <translation>The package is damaged: {what} is not valid ({detail}). Nothing was imported.</translation>
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop. No se importó nada.</source>
            <translation>The file is not an ATI Desktop package. Nothing was imported.</translation>
        </message>
        <message>
            <source>Este paquete se hizo con una versión más nueva de ATI Desktop (formato {found}; esta versión lee hasta el {known}). Actualice la aplicación para abrirlo; no se importó nada.</source>
            <translation>This package was made by a newer version of ATI Desktop (format {found}; this version reads up to {known}). Update the application to open it; nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete está dañado: {where} es demasiado larga. No se importó nada.</source>
            <translation>The package is damaged: {where} is too long. Nothing was imported.</translation>
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop o está dañado: le falta el sello final (¿se copió a medias o se modificó?). No se importó nada.</source>
            <translation>The file is not an ATI Desktop package or it is damaged: its final seal is missing (was it copied halfway, or changed?). Nothing was imported.</translation>
        </message>
        <message>
            <source>El paquete terminó antes de lo esperado. No se importó nada.</source>
            <translation>The package ended earlier than expected. Nothing was imported.</translation>
        </message>
        <message>
            <source>No se pudo escribir el paquete en «{folder}»: {reason}.</source>
            <translation>The package could not be written to «{folder}»: {reason}.</translation>
        </message>
        <message>
            <source>No cabe el paquete en «{folder}»: el disco o la memoria está lleno. Libere espacio o use otra memoria; no quedó ningún archivo a medias.</source>
            <translation>The package does not fit in «{folder}»: the disk or USB stick is full. Free some space or use another stick; no half-written file was left.</translation>
        </message>
        <message>
            <source>No se puede escribir en «{folder}»: es de solo lectura o no tiene permiso. Quite la protección de la memoria o elija otra carpeta.</source>
            <translation>«{folder}» cannot be written to: it is read-only or you lack permission. Remove the stick's write protection or choose another folder.</translation>
        </message>
        <message>
            <source>La carpeta «{folder}» no existe (¿se retiró la memoria?).</source>
            <translation>The folder «{folder}» does not exist (was the USB stick removed?).</translation>
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza un paquete (quizás aún no se ha entregado). Elija otro nombre.</source>
            <translation>«{path}» already exists: a package is never replaced (it may not have been delivered yet). Choose another name.</translation>
        </message>
        <message>
            <source>El paquete escrito en «{folder}» no pasó la verificación al leerlo de nuevo ({reason}); se borró. Use otra memoria.</source>
            <translation>The package written to «{folder}» failed the check when read back ({reason}); it was deleted. Use another USB stick.</translation>
        </message>
        <message>
            <source>Hay demasiados cambios de «{kind}» para un solo paquete. Exporte solo los cambios nuevos (sin --all).</source>
            <translation>There are too many changes of «{kind}» for one package. Export only the new changes (without --all).</translation>
        </message>
        <message>
            <source>No se pudo leer el paquete: {reason}.</source>
            <translation>The package could not be read: {reason}.</translation>
        </message>
        <message>
            <source>El acuse «{name}» es para otro equipo ({label}); este equipo no lo importa.</source>
            <translation>The receipt «{name}» is for another computer ({label}); this computer does not import it.</translation>
        </message>
        <message>
            <source>«{name}» es demasiado grande para ser un acuse de recibo.</source>
            <translation>«{name}» is too large to be a receipt.</translation>
        </message>
        <message>
            <source>No se pudo leer «{name}»: {reason}.</source>
            <translation>«{name}» could not be read: {reason}.</translation>
        </message>
        <message>
            <source>«{name}» no es un acuse de recibo: {reason}.</source>
            <translation>«{name}» is not a receipt: {reason}.</translation>
        </message>
        <message>
            <source>La firma del acuse «{name}» no es válida: fue modificado o está dañado.</source>
            <translation>The signature of the receipt «{name}» is not valid: it was changed or is damaged.</translation>
        </message>
        <message>
            <source>«{name}» no es un acuse de recibo de ATI Desktop.</source>
            <translation>«{name}» is not an ATI Desktop receipt.</translation>
        </message>
        <message>
            <source>El acuse «{name}» está firmado por otro registro que los anteriores (huella {fingerprint}). No se importó; confirme con la secretaría.</source>
            <translation>The receipt «{name}» is signed by another record than the earlier ones (fingerprint {fingerprint}). It was not imported; check with the secretariat.</translation>
        </message>
    </context>
    <context>
        <name>forms/dialogo_reflexivo</name>
        <message>
            <source>Diálogo reflexivo</source>
            <translation>Reflective dialogue</translation>
        </message>
        <message>
            <source>Encuentro entre el observador y el observado para discutir y analizar los elementos de la observación realizada.</source>
            <translation>A meeting between the observer and the person observed to discuss and analyse what the observation found.</translation>
        </message>
        <message>
            <source>Observación de referencia</source>
            <translation>Observation referred to</translation>
        </message>
        <message>
            <source>Sesión de observación que origina este diálogo</source>
            <translation>Observation session this dialogue follows</translation>
        </message>
        <message>
            <source>Solo aparecen las sesiones de observación registradas en este equipo.</source>
            <translation>Only the observation sessions recorded on this computer are listed.</translation>
        </message>
        <message>
            <source>Elija la observación sobre la que se dialoga.</source>
            <translation>Choose the observation the dialogue is about.</translation>
        </message>
        <message>
            <source>Acompañante (observador)</source>
            <translation>Mentor (observer)</translation>
        </message>
        <message>
            <source>Lo que comparte quien observó.</source>
            <translation>What the observer shares.</translation>
        </message>
        <message>
            <source>Impresiones</source>
            <translation>Impressions</translation>
        </message>
        <message>
            <source>Inquietudes</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Sentimientos</source>
            <translation>Feelings</translation>
        </message>
        <message>
            <source>Acompañado (observado)</source>
            <translation>Mentee (observed)</translation>
        </message>
        <message>
            <source>Lo que comparte quien fue observado.</source>
            <translation>What the person observed shares.</translation>
        </message>
        <message>
            <source>Análisis conjunto</source>
            <translation>Joint analysis</translation>
        </message>
        <message>
            <source>Fortalezas identificadas</source>
            <translation>Strengths identified</translation>
        </message>
        <message>
            <source>Aspectos por mejorar</source>
            <translation>Aspects to improve</translation>
        </message>
        <message>
            <source>Acuerdos del diálogo</source>
            <translation>Agreements of the dialogue</translation>
        </message>
        <message>
            <source>Los compromisos, con su responsable y fecha, se registran en la sección de compromisos de la sesión.</source>
            <translation>Commitments, with who is responsible and by when, are recorded in the session's commitments step.</translation>
        </message>
        <message>
            <source>¿El acompañado está de acuerdo con lo registrado?</source>
            <translation>Does the mentee agree with what was recorded?</translation>
        </message>
        <message>
            <source>Puntos en que el acompañado no está de acuerdo</source>
            <translation>Points the mentee does not agree with</translation>
        </message>
    </context>
    <context>
        <name>forms/entrevista</name>
        <message>
            <source>Entrevista</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Contacto individual, planificado o no, entre el entrevistador y el entrevistado, igualmente interesados en mejorar una situación.</source>
            <translation>An individual contact, planned or not, between the interviewer and the interviewee, both interested in improving a situation.</translation>
        </message>
        <message>
            <source>La entrevista y el entrevistado</source>
            <translation>The interview and the interviewee</translation>
        </message>
        <message>
            <source>¿La entrevista fue planificada?</source>
            <translation>Was the interview planned?</translation>
        </message>
        <message>
            <source>¿Qué motivó la entrevista no planificada?</source>
            <translation>What prompted the unplanned interview?</translation>
        </message>
        <message>
            <source>Nombre del entrevistado</source>
            <translation>Name of the interviewee</translation>
        </message>
        <message>
            <source>Escriba el nombre completo (entre 3 y 120 caracteres).</source>
            <translation>Enter the full name (between 3 and 120 characters).</translation>
        </message>
        <message>
            <source>Rol del entrevistado</source>
            <translation>Role of the interviewee</translation>
        </message>
        <message>
            <source>Rector(a)</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Director(a) rural</source>
            <translation>Rural school director</translation>
        </message>
        <message>
            <source>Coordinador(a)</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Docente</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Docente orientador(a)</source>
            <translation>School counsellor</translation>
        </message>
        <message>
            <source>Personal administrativo</source>
            <translation>Administrative staff</translation>
        </message>
        <message>
            <source>Otro</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>¿Cuál otro rol?</source>
            <translation>Which other role?</translation>
        </message>
        <message>
            <source>Conversación</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Temas tratados</source>
            <translation>Topics discussed</translation>
        </message>
        <message>
            <source>Punto de vista, opiniones e ideas del entrevistado</source>
            <translation>The interviewee's point of view, opinions and ideas</translation>
        </message>
        <message>
            <source>Punto de vista, opiniones e ideas del entrevistador</source>
            <translation>The interviewer's point of view, opinions and ideas</translation>
        </message>
        <message>
            <source>Puntos en que coinciden</source>
            <translation>Points of agreement</translation>
        </message>
        <message>
            <source>Puntos en que difieren</source>
            <translation>Points of disagreement</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Acuerdos</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Los compromisos, con su responsable y fecha, se registran en la sección de compromisos de la sesión.</source>
            <translation>Commitments, with who is responsible and by when, are recorded in the session's commitments step.</translation>
        </message>
    </context>
    <context>
        <name>forms/observacion</name>
        <message>
            <source>Observación</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Contacto directo o indirecto con los procesos escolares, administrativos, académicos y comunitarios. La observación se planifica, se desarrolla sistemáticamente y se evalúa formalmente.</source>
            <translation>Direct or indirect contact with the school's administrative, academic and community processes. The observation is planned, carried out systematically and formally evaluated.</translation>
        </message>
        <message>
            <source>Plan de la observación</source>
            <translation>Observation plan</translation>
        </message>
        <message>
            <source>Lo que el observador define antes de observar.</source>
            <translation>What the observer decides before observing.</translation>
        </message>
        <message>
            <source>Tipo de observación según su alcance</source>
            <translation>Type of observation by scope</translation>
        </message>
        <message>
            <source>Parcial (algunas áreas de gestión)</source>
            <translation>Partial (some management areas)</translation>
        </message>
        <message>
            <source>General (las cuatro áreas de gestión)</source>
            <translation>General (all four management areas)</translation>
        </message>
        <message>
            <source>Áreas de gestión que se observan</source>
            <translation>Management areas observed</translation>
        </message>
        <message>
            <source>Marque las áreas que cubre esta observación parcial.</source>
            <translation>Tick the areas this partial observation covers.</translation>
        </message>
        <message>
            <source>Marque al menos un área de gestión.</source>
            <translation>Tick at least one management area.</translation>
        </message>
        <message>
            <source>Si observa las cuatro áreas, la observación es general.</source>
            <translation>If you observe all four areas, the observation is general.</translation>
        </message>
        <message>
            <source>Directiva</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>Administrativa y financiera</source>
            <translation>Administrative and financial</translation>
        </message>
        <message>
            <source>Académica (pedagógica)</source>
            <translation>Academic (pedagogical)</translation>
        </message>
        <message>
            <source>Comunitaria</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Tipo de observación según su carácter</source>
            <translation>Type of observation by nature</translation>
        </message>
        <message>
            <source>Formal (acordada y registrada con el observado)</source>
            <translation>Formal (agreed and recorded with the person observed)</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informal</translation>
        </message>
        <message>
            <source>Proceso o práctica que se observa</source>
            <translation>Process or practice observed</translation>
        </message>
        <message>
            <source>Por ejemplo, «clase de matemáticas de grado 5.°» o «reunión del consejo académico».</source>
            <translation>For example, “5th grade maths class” or “academic council meeting”.</translation>
        </message>
        <message>
            <source>Describa el proceso en 200 caracteres o menos.</source>
            <translation>Describe the process in 200 characters or fewer.</translation>
        </message>
        <message>
            <source>Duración planeada (minutos)</source>
            <translation>Planned duration (minutes)</translation>
        </message>
        <message>
            <source>La duración planeada debe estar entre 5 y 480 minutos (8 horas).</source>
            <translation>The planned duration must be between 5 and 480 minutes (8 hours).</translation>
        </message>
        <message>
            <source>Instrumento o medio de registro</source>
            <translation>Recording instrument or medium</translation>
        </message>
        <message>
            <source>Lista de chequeo</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Guía de observación</source>
            <translation>Observation guide</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Nombre o código de la guía de observación</source>
            <translation>Name or code of the observation guide</translation>
        </message>
        <message>
            <source>Registro en video</source>
            <translation>Video recording</translation>
        </message>
        <message>
            <source>Grabar requiere la autorización de las personas que aparecen; si aparecen estudiantes menores de edad, la de sus acudientes (Ley 1581 de 2012).</source>
            <translation>Recording requires the consent of the people who appear in it; if students who are minors appear, that of their guardians (Law 1581 of 2012).</translation>
        </message>
        <message>
            <source>¿Se cuenta con la autorización escrita de las personas grabadas?</source>
            <translation>Is there written consent from the people recorded?</translation>
        </message>
        <message>
            <source>Sin autorización no se puede grabar; elija otro instrumento.</source>
            <translation>Without consent you cannot record; choose another instrument.</translation>
        </message>
        <message>
            <source>¿Aparecen estudiantes menores de edad en el video?</source>
            <translation>Do students who are minors appear in the video?</translation>
        </message>
        <message>
            <source>Duración de la grabación (minutos)</source>
            <translation>Length of the recording (minutes)</translation>
        </message>
        <message>
            <source>La grabación no puede durar más que la observación planeada.</source>
            <translation>The recording cannot last longer than the planned observation.</translation>
        </message>
        <message>
            <source>Dónde se guarda el video y quién lo custodia</source>
            <translation>Where the video is stored and who keeps it</translation>
        </message>
        <message>
            <source>Gestión directiva</source>
            <translation>Leadership management</translation>
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica y anote lo observado.</source>
            <translation>Mark Yes, No, Partial or Not applicable and note what you observed.</translation>
        </message>
        <message>
            <source>El horizonte institucional (misión, visión y principios) es conocido y compartido por la comunidad educativa.</source>
            <translation>The institutional horizon (mission, vision and principles) is known and shared by the school community.</translation>
        </message>
        <message>
            <source>El Plan de Mejoramiento Institucional (PMI) está vigente, con metas, responsables y fechas.</source>
            <translation>The Institutional Improvement Plan (PMI) is current, with targets, people responsible and dates.</translation>
        </message>
        <message>
            <source>El gobierno escolar (consejo directivo y consejo académico) está conformado y sesiona según lo previsto, con actas.</source>
            <translation>The school government (governing board and academic council) is set up and meets as planned, with minutes.</translation>
        </message>
        <message>
            <source>El manual de convivencia está actualizado (Ley 1620 de 2013) y el comité escolar de convivencia funciona.</source>
            <translation>The code of conduct is up to date (Law 1620 of 2013) and the school coexistence committee is working.</translation>
        </message>
        <message>
            <source>El equipo directivo usa los resultados de la autoevaluación institucional para tomar decisiones.</source>
            <translation>The leadership team uses the results of the institutional self-assessment to make decisions.</translation>
        </message>
        <message>
            <source>Gestión administrativa y financiera</source>
            <translation>Administrative and financial management</translation>
        </message>
        <message>
            <source>La matrícula se registra de forma oportuna y completa en el SIMAT.</source>
            <translation>Enrolment is recorded in SIMAT on time and in full.</translation>
        </message>
        <message>
            <source>El presupuesto del Fondo de Servicios Educativos se ejecuta según lo aprobado por el consejo directivo.</source>
            <translation>The budget of the Educational Services Fund is spent as approved by the governing board.</translation>
        </message>
        <message>
            <source>El inventario de bienes y recursos de aprendizaje está actualizado.</source>
            <translation>The inventory of property and learning resources is up to date.</translation>
        </message>
        <message>
            <source>Hay inducción para el personal nuevo y se hace la evaluación de desempeño de docentes y directivos.</source>
            <translation>New staff receive an induction, and teachers and school leaders have performance evaluations.</translation>
        </message>
        <message>
            <source>Los servicios complementarios (alimentación escolar, transporte) se gestionan y se reportan.</source>
            <translation>Complementary services (school meals, transport) are managed and reported.</translation>
        </message>
        <message>
            <source>Gestión académica (pedagógica)</source>
            <translation>Academic (pedagogical) management</translation>
        </message>
        <message>
            <source>El plan de estudios está articulado con el PEI y con los referentes nacionales (estándares básicos de competencias y DBA).</source>
            <translation>The curriculum is aligned with the PEI and with the national references (basic competency standards and DBA).</translation>
        </message>
        <message>
            <source>El docente planea sus clases y lo observado en el aula es coherente con esa planeación.</source>
            <translation>The teacher plans the lessons, and what is observed in the classroom is consistent with that plan.</translation>
        </message>
        <message>
            <source>El sistema institucional de evaluación de estudiantes (SIEE) se aplica según el Decreto 1290 de 2009.</source>
            <translation>The institutional student assessment system (SIEE) is applied according to Decree 1290 of 2009.</translation>
        </message>
        <message>
            <source>Se analizan los resultados de las pruebas Saber y se usan para ajustar las prácticas de aula.</source>
            <translation>The results of the Saber tests are analysed and used to adjust classroom practice.</translation>
        </message>
        <message>
            <source>Se hacen ajustes razonables (PIAR) para los estudiantes con discapacidad que los requieren.</source>
            <translation>Reasonable adjustments (PIAR) are made for the students with disabilities who need them.</translation>
        </message>
        <message>
            <source>Gestión comunitaria</source>
            <translation>Community management</translation>
        </message>
        <message>
            <source>La escuela de padres y la participación de las familias están organizadas.</source>
            <translation>The parents' school and family participation are organised.</translation>
        </message>
        <message>
            <source>Los proyectos pedagógicos transversales se desarrollan con la comunidad.</source>
            <translation>The cross-curricular teaching projects are carried out with the community.</translation>
        </message>
        <message>
            <source>El plan escolar de gestión del riesgo está elaborado y socializado.</source>
            <translation>The school risk management plan has been drawn up and shared.</translation>
        </message>
        <message>
            <source>Hay estrategias de permanencia escolar y seguimiento a los estudiantes en riesgo de deserción.</source>
            <translation>There are strategies to keep students in school and follow-up of students at risk of dropping out.</translation>
        </message>
        <message>
            <source>La institución mantiene vínculos con egresados, autoridades locales y el sector productivo del entorno.</source>
            <translation>The school keeps ties with former students, local authorities and local businesses.</translation>
        </message>
        <message>
            <source>Valoración y observaciones generales</source>
            <translation>Assessment and general remarks</translation>
        </message>
        <message>
            <source>Nivel de desarrollo del proceso observado</source>
            <translation>Level of development of the process observed</translation>
        </message>
        <message>
            <source>Escala de la autoevaluación institucional (Guía 34 del MEN).</source>
            <translation>Scale of the institutional self-assessment (MEN Guide 34).</translation>
        </message>
        <message>
            <source>Existencia</source>
            <translation>Existence</translation>
        </message>
        <message>
            <source>Desarrollo incipiente, parcial o desordenado; las acciones se hacen sin planeación ni metas claras.</source>
            <translation>Incipient, partial or disorganised development; actions are taken without planning or clear targets.</translation>
        </message>
        <message>
            <source>Pertinencia</source>
            <translation>Relevance</translation>
        </message>
        <message>
            <source>Hay principios de planeación y articulación; las acciones responden al contexto y al PEI.</source>
            <translation>There are the beginnings of planning and coordination; actions respond to the context and to the PEI.</translation>
        </message>
        <message>
            <source>Apropiación</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>Las acciones están articuladas y son conocidas y compartidas por la comunidad educativa.</source>
            <translation>Actions are coordinated, and known and shared by the school community.</translation>
        </message>
        <message>
            <source>Mejoramiento continuo</source>
            <translation>Continuous improvement</translation>
        </message>
        <message>
            <source>Las acciones y sus resultados se evalúan y se ajustan de manera permanente.</source>
            <translation>Actions and their results are evaluated and adjusted on an ongoing basis.</translation>
        </message>
        <message>
            <source>Observaciones generales</source>
            <translation>General remarks</translation>
        </message>
        <message>
            <source>Escriba al menos 20 caracteres con lo más importante de la observación.</source>
            <translation>Write at least 20 characters with the main points of the observation.</translation>
        </message>
        <message>
            <source>Fecha acordada para el diálogo reflexivo</source>
            <translation>Date agreed for the reflective dialogue</translation>
        </message>
        <message>
            <source>Observador y observado se reúnen cuando ambos lo crean pertinente.</source>
            <translation>Observer and observed meet when both consider it appropriate.</translation>
        </message>
        <message>
            <source>Hora acordada para el diálogo reflexivo</source>
            <translation>Time agreed for the reflective dialogue</translation>
        </message>
    </context>
    <context>
        <name>forms/reunion</name>
        <message>
            <source>Reunión</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Encuentro de personas interesadas en un tema común, a fin de analizarlo, discutirlo y llegar a conclusiones finales.</source>
            <translation>A gathering of people interested in a common topic, to analyse it, discuss it and reach final conclusions.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Tema común de la reunión</source>
            <translation>Common topic of the meeting</translation>
        </message>
        <message>
            <source>Puntos de la agenda</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Registre al menos un punto de la agenda.</source>
            <translation>Record at least one agenda item.</translation>
        </message>
        <message>
            <source>Tema</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Tiempo (minutos)</source>
            <translation>Time (minutes)</translation>
        </message>
        <message>
            <source>Entre 1 y 240 minutos.</source>
            <translation>Between 1 and 240 minutes.</translation>
        </message>
        <message>
            <source>Desarrollo</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <source>Discusión</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Lo que se analizó y discutió en cada punto de la agenda.</source>
            <translation>What was analysed and discussed under each agenda item.</translation>
        </message>
        <message>
            <source>Conclusiones</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>¿Se acordó una próxima reunión?</source>
            <translation>Was a next meeting agreed?</translation>
        </message>
        <message>
            <source>Fecha de la próxima reunión</source>
            <translation>Date of the next meeting</translation>
        </message>
    </context>
    <context>
        <name>forms/taller</name>
        <message>
            <source>Taller</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Espacio de formación continua que produce alternativas de solución a las inquietudes derivadas del desempeño de directivos y docentes. Sus contenidos obedecen a las necesidades institucionales.</source>
            <translation>An in-service training session that produces alternative solutions to concerns arising from the work of school leaders and teachers. Its content follows the school's needs.</translation>
        </message>
        <message>
            <source>Tema y necesidades</source>
            <translation>Topic and needs</translation>
        </message>
        <message>
            <source>Tema del taller</source>
            <translation>Topic of the workshop</translation>
        </message>
        <message>
            <source>Escriba el tema en 200 caracteres o menos.</source>
            <translation>Write the topic in 200 characters or fewer.</translation>
        </message>
        <message>
            <source>Necesidades institucionales que atiende</source>
            <translation>School needs it addresses</translation>
        </message>
        <message>
            <source>¿Qué inquietud o necesidad del establecimiento dio origen al taller?</source>
            <translation>Which concern or need of the school gave rise to the workshop?</translation>
        </message>
        <message>
            <source>Duración (horas)</source>
            <translation>Duration (hours)</translation>
        </message>
        <message>
            <source>Use coma para los decimales, por ejemplo 2,5.</source>
            <translation>Use a comma for decimals, for example 2,5.</translation>
        </message>
        <message>
            <source>La duración debe estar entre 0,5 y 12 horas.</source>
            <translation>The duration must be between 0,5 and 12 hours.</translation>
        </message>
        <message>
            <source>Trabajo grupal</source>
            <translation>Group work</translation>
        </message>
        <message>
            <source>Formas de trabajo grupal empleadas</source>
            <translation>Forms of group work used</translation>
        </message>
        <message>
            <source>Trabajo en pequeños grupos</source>
            <translation>Work in small groups</translation>
        </message>
        <message>
            <source>Lluvia de ideas</source>
            <translation>Brainstorming</translation>
        </message>
        <message>
            <source>Estudio de caso</source>
            <translation>Case study</translation>
        </message>
        <message>
            <source>Mesa redonda</source>
            <translation>Round table</translation>
        </message>
        <message>
            <source>Juego de roles</source>
            <translation>Role play</translation>
        </message>
        <message>
            <source>Análisis de documentos</source>
            <translation>Document analysis</translation>
        </message>
        <message>
            <source>Plenaria</source>
            <translation>Plenary</translation>
        </message>
        <message>
            <source>Otra</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>¿Qué otra forma de trabajo?</source>
            <translation>Which other form of work?</translation>
        </message>
        <message>
            <source>Resultados</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Alternativas de solución producidas</source>
            <translation>Alternative solutions produced</translation>
        </message>
        <message>
            <source>Registre al menos una alternativa de solución.</source>
            <translation>Record at least one alternative solution.</translation>
        </message>
        <message>
            <source>Inquietud o problema</source>
            <translation>Concern or problem</translation>
        </message>
        <message>
            <source>Alternativa de solución</source>
            <translation>Alternative solution</translation>
        </message>
        <message>
            <source>Viabilidad</source>
            <translation>Feasibility</translation>
        </message>
        <message>
            <source>Alta</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Baja</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Productos del taller</source>
            <translation>Outputs of the workshop</translation>
        </message>
        <message>
            <source>Documentos, acuerdos, planes u otros productos que deja el taller.</source>
            <translation>Documents, agreements, plans or other outputs the workshop leaves.</translation>
        </message>
        <message>
            <source>Valoración del taller por los participantes</source>
            <translation>The participants' assessment of the workshop</translation>
        </message>
        <message>
            <source>El taller no respondió a las necesidades planteadas.</source>
            <translation>The workshop did not meet the needs raised.</translation>
        </message>
        <message>
            <source>El taller respondió en parte a las necesidades.</source>
            <translation>The workshop partly met the needs.</translation>
        </message>
        <message>
            <source>El taller respondió plenamente a las necesidades.</source>
            <translation>The workshop fully met the needs.</translation>
        </message>
    </context>
</TS>
