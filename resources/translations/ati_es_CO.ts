<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO" sourcelanguage="es_CO">
    <context>
        <name>ActaFiles</name>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar el acta como PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar todas las actas en un PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpeta para las actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir el PDF del acta</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActaPreview</name>
        <message>
            <source>Acta de la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vista previa del acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparando el acta…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado del acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Página actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Imprimir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimir el acta (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guardar como PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar el acta en un archivo PDF (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alejar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alejar (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acercar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acercar (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustar al ancho</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustar al ancho (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Página completa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver la página completa (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar la vista previa (Ctrl+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo mostrar el acta (el visor de PDF no la pudo abrir). Puede guardarla como PDF y abrirla con otro programa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acta del %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Página %1 de %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se envió una página a la impresora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se enviaron %1 páginas a la impresora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acta guardada en %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActaPrinting</name>
        <message>
            <source>Imprimir el acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo iniciar la impresión. Revise que la impresora esté encendida y conectada, o elija otra.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdvisoryLog</name>
        <message>
            <source>Asesorías registradas: no requieren desplazamiento (teléfono, conexión remota, correo o visita recibida por el asesor).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitácora de asesorías</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdvisoryLogModel</name>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objetivo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <source>Archivar datos antiguos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las fotos y firmas de las sesiones cerradas y antiguas que la Secretaría confirmó haber recibido pasan a un archivo aparte, que se verifica antes de liberar espacio. Las sesiones, sus compromisos y las huellas de sus actas se quedan en este equipo; las sesiones con compromisos abiertos, los borradores y lo que falta por entregar no se archivan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sesiones de hace más de:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> meses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arc&amp;hivo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xaminar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archivar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restaurar un archivo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este equipo aún no ha recibido un acuse de la Secretaría: no hay nada confirmado que se pueda archivar. El acuse llega con el paquete de la Secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay fotos ni firmas de sesiones cerradas antes del %1 que la Secretaría haya confirmado.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Se archivarán las fotos y firmas de %n sesión(es) cerrada(s) antes del %1: se liberarán %2 MB en este equipo.</source>
            <translation>
                <numerusform>Se archivarán las fotos y firmas de %n sesión cerrada antes del %1: se liberarán %2 MB en este equipo.</numerusform>
                <numerusform>Se archivarán las fotos y firmas de %n sesiones cerradas antes del %1: se liberarán %2 MB en este equipo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Archivo de datos antiguos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivos de datos antiguos (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✔ Archivadas las fotos y firmas de %n sesión(es) en «%1»; %2 MB liberados.</source>
            <translation>
                <numerusform>✔ Archivadas las fotos y firmas de %n sesión en «%1»; %2 MB liberados.</numerusform>
                <numerusform>✔ Archivadas las fotos y firmas de %n sesiones en «%1»; %2 MB liberados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conserve ese archivo y una copia: las actas de esas sesiones toman de él las firmas.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✔ %n foto(s) y firma(s) devuelta(s) a este equipo desde «%1».</source>
            <translation>
                <numerusform>✔ %n foto o firma devuelta a este equipo desde «%1».</numerusform>
                <numerusform>✔ %n fotos y firmas devueltas a este equipo desde «%1».</numerusform>
            </translation>
        </message>
        <message>
            <source>El archivo de la base de datos no se pudo compactar ahora; el espacio se reutiliza al guardar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssignmentsDialog</name>
        <message>
            <source>Asignaciones de establecimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asignaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quitar la asignación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba parte del nombre, del municipio o del código DANE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimientos encontrados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Asignar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;sistente:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asignar establecimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún establecimiento del catálogo coincide con «%1».</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n asignación(es) nueva(s).</source>
            <translation>
                <numerusform>%n asignación nueva.</numerusform>
                <numerusform>%n asignaciones nuevas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asignación(es) quitada(s).</source>
            <translation>
                <numerusform>%n asignación quitada.</numerusform>
                <numerusform>%n asignaciones quitadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchActasDialog</name>
        <message>
            <source>Actas por lote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones que coinciden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fechas, desde:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un PDF por sesión, en una &amp;carpeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un solo PDF con &amp;todas las actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destino de las actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;legir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;ncelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce&amp;rrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelando al terminar el acta en curso…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelado: no se escribió ningún archivo.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Cancelado: se guardaron %1 de %n actas en %3.</source>
            <translation>
                <numerusform>Cancelado: se guardaron %1 de %n acta en %3.</numerusform>
                <numerusform>Cancelado: se guardaron %1 de %n actas en %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Listo: %n actas reunidas en %3.</source>
            <translation>
                <numerusform>Listo: %n acta reunida en %3.</numerusform>
                <numerusform>Listo: %n actas reunidas en %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Listo: se guardaron %n actas en %3.</source>
            <translation>
                <numerusform>Listo: se guardó %n acta en %3.</numerusform>
                <numerusform>Listo: se guardaron %n actas en %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destino</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avance del lote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%v de %m actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado del lote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Generar actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Abrir carpeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija un establecimiento de la lista, o borre el texto para incluir todos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La fecha inicial es posterior a la final.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contando sesiones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ninguna sesión coincide con esta selección.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Una sesión coincide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sesiones coinciden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el archivo PDF que reunirá las actas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la carpeta donde se guardará cada acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generando actas…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <source>Importar catálogo de establecimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catálogo en CSV (*.csv);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… y %1 líneas más.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catálogo no importado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se importó ningún establecimiento: corrija estas líneas del archivo e impórtelo de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catálogo importado: %1 establecimientos nuevos, %2 actualizados y %3 sedes nuevas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistItemEditor</name>
        <message>
            <source>Sí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No aplica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Cerrar la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión no se puede cerrar todavía: al cerrarla se convierte en el acta oficial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antes de cerrar, revise lo que falta. Puede cerrar de todos modos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión está completa. Al cerrarla se convierte en el acta oficial y solo se podrá modificar con una corrección que queda en el historial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta (obligatorio):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conviene revisar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Volver a la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar la &amp;sesión</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitmentRow</name>
        <message>
            <source>Qué se acordó</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parte responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar este compromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladado de un compromiso no cumplido del %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitmentsPage</name>
        <message>
            <source>Qué se acordó</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aún no hay compromisos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar co&amp;mpromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el acompañamiento se comprometen las dos partes: registre compromisos de la Secretaría (asistente) y del establecimiento (asistido).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitmentsPanel</name>
        <message>
            <source>Sin fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Vencido hace %n día(s)</source>
            <translation>
                <numerusform>Vencido hace %n día</numerusform>
                <numerusform>Vencido hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Vence el %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos pendientes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos pendientes del establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seleccione una sesión para ver los compromisos de su establecimiento.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión seleccionada no se hizo con un establecimiento educativo.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pendiente(s)</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vencido(s)</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Responsable: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acordado en la sesión del %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Última verificación: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictView</name>
        <message>
            <source>Sí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resolver con los valores elegidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija un conflicto de la lista.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 %2: %n versiones que no coinciden.</source>
            <translation>
                <numerusform>%1 %2: %n versión que no coincide.</numerusform>
                <numerusform>%1 %2: %n versiones que no coinciden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ancestro común</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conservar %1 entera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sede</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participante</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registros unidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versión %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (se muestra)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equipo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquete: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hecha: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BORRA el registro</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Sin fecha</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecimalEditor</name>
        <message>
            <source>Escriba un número completo, por ejemplo 2,5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Aprobar la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolver con observaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechazar la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Aprobar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Enviar observaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rechazar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qué debe corregir el profesional de apoyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opcional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comentario:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comentario (obligatorio):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;visa:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Se agregarán %1 sesiones de demostración, con establecimientos, participantes y compromisos inventados, a la base de datos abierta.

Úselas para conocer el programa; no las exporte al registro departamental. ¿Continuar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos de demostración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generando sesiones de demostración…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Tablero del supervisor — ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profesional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nivel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapa de cobertura del Huila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobertura</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xportar informe…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar un informe del periodo y los filtros del Tablero en Excel, CSV o PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todo el Huila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar el filtro de municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Horas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimientos visitados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nunca visitados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos abiertos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos vencidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cumplimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones por mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipios con más sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos por estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipios con menor cobertura</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcialmente cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin verificar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 % → 100 % de establecimientos visitados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>menos → más sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rayado: certificado en educación (Neiva, Pitalito)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calculando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver lo que cuenta esta cifra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periodo %1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones del periodo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevelopmentPage</name>
        <message>
            <source>Elija la técnica en «Identificación» para ver su formulario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conclusiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conclusiones de la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;onclusiones:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desarrollo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación del %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftsView</name>
        <message>
            <source>Borrador del %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descartar borrador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Descartar este borrador? Lo escrito en él se pierde; las sesiones ya guardadas no cambian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones empezadas que aún no se han guardado. Se conservan aunque se apague el equipo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borradores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continuar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Descartar…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillList</name>
        <message>
            <source>Hecho el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Días de vencido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código DANE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones en el periodo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Última visita</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Días desde la última visita</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profesional de apoyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Horas</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n fila(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>primeras %1 de %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorFrame</name>
        <message>
            <source>&amp;Corregir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Historial de revisiones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pasos de la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mensajes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« &amp;Anterior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Siguiente »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado del borrador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guardar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar la sesión (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar sesión (&amp;finalizar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar y cerrar la sesión; después solo se puede corregir indicando el motivo (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <source>Adjuntar archivo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>Toda actividad debe dejar evidencia que permita verificar los compromisos: fotos, listas de asistencia escaneadas o documentos. Antes de conservar una foto se le preguntará si puede mostrar a menores de edad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar f&amp;otos o documentos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aún no hay evidencias.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidencias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer «%1»: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La foto «%1» no se guardó: no hay autorización para conservar imágenes de menores de edad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidencia de la verificación: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conservar las fotos en su tamaño original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las fotos se guardan reducidas a un tamaño que se lee bien en el acta y en la exportación. Marque esta opción solo si un detalle lo exige: el original ocupa diez o más veces el espacio.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceRow</name>
        <message>
            <source>Vista previa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puede mostrar menores: autorización confirmada el %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de evidencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lista de asistencia escaneada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descripción de la evidencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descripción (qué muestra)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar esta evidencia</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exportar paquete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpeta:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contenido:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpeta donde guardar el paquete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Elegir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Todo el registro de este equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Desidentificado: sin nombres, cédulas, firmas ni fotos (para compartir fuera de la secretaría)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xportar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este equipo aún no ha entregado ningún paquete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Último paquete: nº %1 del %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Solo los cambios desde el último paquete (%n por entregar)</source>
            <translation>
                <numerusform>Solo los cambios desde el último paquete (%n por entregar)</numerusform>
                <numerusform>Solo los cambios desde el último paquete (%n por entregar)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cifrar para la secretaría (clave %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cifrar para la secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ No hay clave de la secretaría configurada: el paquete saldrá SIN CIFRAR y una memoria perdida revelaría nombres, cédulas y firmas. Impórtela en Herramientas › Configuración › Paquetes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ El paquete saldrá sin cifrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una carpeta que exista (la memoria USB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Paquete nº %1 verificado: puede retirar la memoria.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cambio(s)</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n archivo(s) adjunto(s)</source>
            <translation>
                <numerusform>%n archivo adjunto</numerusform>
                <numerusform>%n archivos adjuntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Cifrado para la secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin cifrar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportStatusLabel</name>
        <message numerus="yes">
            <source>%n cambio(s) por entregar</source>
            <translation>
                <numerusform>%n cambio por entregar</numerusform>
                <numerusform>%n cambios por entregar</numerusform>
            </translation>
        </message>
        <message>
            <source>nada por entregar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin paquetes entregados · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Último paquete: %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo › Exportar… entrega los cambios en un paquete para la secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Secretaría aún no tenía paquetes de este equipo el %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Secretaría confirmó el paquete %1 el %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(falta el %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(faltan %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Secretaría confirmó los paquetes %1 el %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldImportDialog</name>
        <message>
            <source>Importar paquete de la Secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmado por:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huella de la clave:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creado:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Para:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambios:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formularios nuevos:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Importar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archi&amp;var datos antiguos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisando el paquete «%1»…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquete «%1»: la firma es válida y el paquete está completo.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n nuevo(s)</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actualizado(s)</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n en conflicto</source>
            <translation>
                <numerusform>%n en conflicto</numerusform>
                <numerusform>%n en conflicto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sin cambios</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n en espera de un paquete anterior</source>
            <translation>
                <numerusform>%n en espera de un paquete anterior</numerusform>
                <numerusform>%n en espera de un paquete anterior</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ Paquete importado: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ninguno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algunos registros fueron cambiados aquí y en la Secretaría: se conservan las dos versiones y la Secretaría decide cuál queda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Importar este paquete? Lo registrado en este equipo no se pierde; el paquete se une entero o nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Secretaría cambió compromisos que usted verificó y aún no ha entregado; revíselos antes de exportar:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se importó el paquete «%1»; no se escribió nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comprobando el paquete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uniendo los cambios…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actualizando los registros…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importando…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n registro(s) en conflicto: se conservan las dos versiones.</source>
            <translation>
                <numerusform>%n registro en conflicto: se conservan las dos versiones.</numerusform>
                <numerusform>%n registros en conflicto: se conservan las dos versiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Las sesiones nuevas usarán los formularios recibidos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Secretaría confirma que tiene sus paquetes nº %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le faltan los paquetes nº %1: entréguelos de nuevo (Archivo › Exportar…).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldPackageDialog</name>
        <message>
            <source>Guardar el paquete para el campo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes de ATI Desktop (*.ati)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquete para el campo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que un asistente necesita para seguir trabajando en el campo: el catálogo, los formularios y, de los establecimientos elegidos, sus sesiones, compromisos y verificaciones, con toda su historia. Va firmado por la secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ninguno: solo los municipios elegidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otra &amp;clave…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin cifrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clave pública a la que cifrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ele&amp;gir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quitar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo del paquete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;legir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Asistente:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Municipios:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clave de firma:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cifrar para:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arc&amp;hivo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Escribir el paquete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n establecimiento(s)</source>
            <translation>
                <numerusform>%n establecimiento</numerusform>
                <numerusform>%n establecimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
Huella: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir la clave de firma de la secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claves privadas de firma (*.key);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir la clave pública a la que cifrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claves públicas (*.pub);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Paquete para el campo nº %1 escrito y verificado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n archivo(s) adjunto(s)</source>
            <translation>
                <numerusform>%n archivo adjunto</numerusform>
                <numerusform>%n archivos adjuntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Firmado con la clave %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cifrado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin cifrar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Buscar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Municipio:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Operación:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Técnica:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;stado:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objetivo, conclusiones, respuestas… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar en las sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha inicial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba para buscar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento educativo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Limpiar filtros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con observaciones por corregir</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormView</name>
        <message>
            <source>Fila %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fila %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentificationPage</name>
        <message>
            <source>Nivel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nivel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba para buscar el municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Municipio:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Establecimiento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sede</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Sin sede o sede principal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;de:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora de inicio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora de finalización</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>de</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha y h&amp;ora:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operaciones (marque una o varias)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modalidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modalidades no disponibles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la técnica…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Técnica:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lugar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por ejemplo: sala de profesores, sede principal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lugar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 es un municipio certificado en educación: tiene su propia secretaría de educación. Puede registrar la sesión, pero verifique que corresponde a la asistencia departamental.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algunas modalidades no están disponibles para las operaciones marcadas:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija primero el municipio del establecimiento.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntegerEditor</name>
        <message>
            <source>Escriba un número entero.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>Clave de la secretaría:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clave de firma de este equipo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Importar clave de la secretaría…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los paquetes exportados se cifran con la clave pública de la secretaría, para que una memoria perdida no revele nombres, cédulas ni firmas. Compare la huella por teléfono con la que le dicten en la secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No configurada: los paquetes saldrán sin cifrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clave de la secretaría configurada. Su huella es:
%1

Compárela por teléfono con la de la secretaría.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkEditor</name>
        <message>
            <source>— Seleccione una sesión —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay sesiones de %1 registradas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ATI Desktop — Asistencia Técnica Integral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ctas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Herramientas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ay&amp;uda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barra de herramientas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nueva sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar una nueva sesión de asistencia técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Abrir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir la sesión seleccionada (Intro)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Importar catálogo de establecimientos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cargar el archivo CSV de establecimientos y sedes de la Secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importar &amp;paquete de la Secretaría…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibir formularios y registros que envía la Secretaría (memoria USB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archi&amp;var datos antiguos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pasar a un archivo las fotos y firmas de sesiones antiguas que la Secretaría confirmó, para liberar espacio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Datos de demostración…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Llenar la base de datos con sesiones de ejemplo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Salir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bitácora de asesorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver la bitácora de asesorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compromisos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mostrar u ocultar los compromisos pendientes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Configuración…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perfil, acta e idioma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Acerca de ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver ac&amp;ta…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver, imprimir o guardar el acta de la sesión seleccionada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actas por &amp;lote…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generar las actas de un establecimiento o un periodo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verificar acta…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comprobar que un PDF corresponde al acta vigente del registro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesio&amp;nes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;itácora de asesorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bo&amp;rradores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lista de sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abriendo la base de datos…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %n compromiso(s) vencido(s)</source>
            <translation>
                <numerusform>⚠ %n compromiso vencido</numerusform>
                <numerusform>⚠ %n compromisos vencidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asesoría(s)</source>
            <translation>
                <numerusform>%n asesoría</numerusform>
                <numerusform>%n asesorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sesión(es)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 con los filtros actuales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los formularios de las técnicas no se pudieron cargar, así que las sesiones no se pueden abrir ni registrar. Reinstale ATI Desktop o informe a soporte técnico.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los formularios de las técnicas no se pudieron cargar, así que las actas no se pueden generar. Reinstale ATI Desktop o informe a soporte técnico.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Datos personales…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar, informar o suprimir los datos de una persona; solicitudes de titulares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registro departamental…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unir los paquetes de los equipos y resolver conflictos (supervisión)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Exportar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entregar los cambios en un paquete para la secretaría (memoria USB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tablero del supervisor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cifras, gráficas y mapa de cobertura de un periodo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;visión de sesiones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobar, devolver con observaciones o rechazar las sesiones cerradas (supervisión)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>%1: certificado en educación (secretaría propia); %2 sesión(es)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 sesión(es); %3 de %4 establecimientos visitados (%5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (certificado)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Asistió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre completo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cargo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cédula (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opcional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona ya registrada en el establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo de la falta de firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si la persona no firma en la pantalla, indique por qué</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar de la lista</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No asistió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmó el %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volver a firmar…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Registre solo los datos que el acta necesita: la cédula, el correo y el teléfono son opcionales (Ley 1581 de 2012).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas conocidas en el establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar &amp;conocida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar &amp;nueva persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas del establecimiento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre completo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cargo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cédula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aún no hay participantes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participantes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nadie registrado aún en este establecimiento)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonalDataWindow</name>
        <message>
            <source>Guardar el informe del titular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se suprimirán el nombre, el documento, los datos de contacto, la firma y las fotos de %1 en %2 sesión(es), aquí y en cada base que reciba la supresión. No se puede deshacer.

Referencia (radicado) de la solicitud:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suprimir datos personales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos personales — Ley 1581 de 2012</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cédula (con o sin puntos) o nombre, sin importar tildes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Buscar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coincidencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas encontradas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos que se guardan de la persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Informe para el titular (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Suprimir sus datos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Titular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Atiende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solicitudes de titulares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrar solicitud…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marcar &amp;respondida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;olicitudes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>por cédula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>por nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coincide %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se parece (%1 %) %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n persona(s) encontrada(s).</source>
            <translation>
                <numerusform>%n persona encontrada.</numerusform>
                <numerusform>%n personas encontradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Registros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo / teléfono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistencias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos a su cargo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidencias en que puede aparecer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones cuyo texto lo nombra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autorizaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ninguna registrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solicitudes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe guardado en %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suprimiendo los datos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos suprimidos: %1 revisiones, %2 registros y %3 archivos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo de datos antiguos «%1» no está conectado y todavía guarda lo suprimido: conéctelo y restáurelo para completar la supresión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consulta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reclamo: rectificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reclamo: supresión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En trámite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respondida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechazada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — VENCIDA</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n solicitud(es) vencida(s)</source>
            <translation>
                <numerusform>%n solicitud vencida</numerusform>
                <numerusform>%n solicitudes vencidas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordWindow</name>
        <message>
            <source>Elegir paquetes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes de ATI Desktop (*.ati);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir o crear el registro departamental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bases de datos de ATI Desktop (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conectar a un servidor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirección del registro (postgresql+psycopg://usuario@servidor/base):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registro departamental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún registro abierto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;brir archivo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conectar a un &amp;servidor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisar s&amp;esiones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unir paquetes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;gistro de uniones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conflictos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abriendo %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registro: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninguno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conflictos (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Agregar paquetes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes por unir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vista previa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U&amp;nir al registro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nuevos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actualizados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin cambios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En conflicto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En espera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vista previa: nada se escribió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unido</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n paquetes revisados.</source>
            <translation>
                <numerusform>%n paquete revisado.</numerusform>
                <numerusform>%n paquetes revisados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rechazados.</source>
            <translation>
                <numerusform>%n rechazado.</numerusform>
                <numerusform>%n rechazados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes recibidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes que faltan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisiones nuevas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes por equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Últimas uniones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobar, devolver con observaciones o rechazar las sesiones cerradas de este registro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paquete para el campo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escribir, para un asistente o unos municipios, un paquete firmado con lo que necesitan en el campo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As&amp;ignaciones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qué establecimientos atiende cada asistente</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepeatEditor</name>
        <message>
            <source>Agregar fila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin filas. Use «Agregar fila».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar fila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, fila %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar fila %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fila %1, «%2»: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar fila: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Libro de Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texto separado por comas (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documento PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar el informe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Exportar informe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Excel (.xlsx): todas las tablas, una hoja por tabla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CSV (.csv): solo la primera tabla del informe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PDF (.pdf): para imprimir, con las gráficas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 al %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ninguno: todo el Huila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Informe:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periodo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtros:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado de la exportación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xportar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Abrir carpeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce&amp;rrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actividad (sesiones y horas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobertura de establecimientos y sedes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicadores de monitoreo y seguimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitácora de asesorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparando «%1»…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe guardado en «%1».</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Registrar solicitud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consulta (10 días hábiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reclamo: rectificación (15 días hábiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reclamo: supresión (15 días hábiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tipo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Referencia (radicado):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibida &amp;el:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Atiende:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Revisión de sesiones — ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profesional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profesional de apoyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado de la revisión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ver sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apro&amp;bar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rechazar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con &amp;observaciones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión queda aprobada y sale de la cola</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolver la sesión al profesional de apoyo con lo que debe corregir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechazar la sesión, con el motivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con observaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechazada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregida tras «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscando…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sesión(es) esperan revisión</source>
            <translation>
                <numerusform>%n sesión espera revisión</numerusform>
                <numerusform>%n sesiones esperan revisión</numerusform>
            </translation>
        </message>
        <message>
            <source>Observación anterior de %1 (%2): «%3». El profesional de apoyo corrigió la sesión después.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión del %1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión aprobada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión devuelta con observaciones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión rechazada.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <source>Historial de revisiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vigente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reemplazada el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisiones de la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(registro original)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contenido de la revisión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objetivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conclusiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisión %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromisos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qué</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ítem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respuesta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>este equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>otro equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No aplica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>una observación que no está en esta base de datos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación del %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchoolFilter</name>
        <message>
            <source>Establecimiento educativo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todos: escriba parte del nombre o del código DANE para elegir uno</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchoolPicker</name>
        <message>
            <source>Establecimiento educativo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba parte del nombre o del código DANE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ag&amp;regar establecimiento…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento elegido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún establecimiento del catálogo coincide. Si falta, use «Agregar establecimiento…».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegido del catálogo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin elegir: escriba y elija de la lista (obligatorio en el nivel institucional).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScopePage</name>
        <message>
            <source>Objetivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qué se busca con esta sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lineamientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lineamientos que se trabajan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hábitos o herramientas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hábitos o herramientas que se desarrollan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos esperados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por ejemplo: PMI aprobado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Objetivo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El alcance se define en tres momentos: los lineamientos que se trabajan, los hábitos o herramientas que se desarrollan y los productos que se esperan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lineamientos:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hábitos o herramientas:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Productos esperados:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Áreas de gestión que se trabajan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metas e indicadores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El monitoreo y el seguimiento se hacen contra metas: registre el valor de cada indicador frente a su meta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicadores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar &amp;indicador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar indicador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>el participante</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión de asistencia técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión cerrada: se muestra sin cambios. Para modificarla use «Corregir…»; la versión actual quedará en el historial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrigiendo la sesión cerrada. Motivo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nueva sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión del %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revisión %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromiso trasladado a «Compromisos».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión guardada a las %1 (revisión %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrador guardado a las %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar el borrador: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar evidencias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotos y documentos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foto con posibles menores de edad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿La foto «%1» puede mostrar a menores de edad?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos sensibles de menores (Ley 1581 de 2012)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las fotos de niñas, niños y adolescentes son datos sensibles (Ley 1581 de 2012, Decreto 1377 de 2013): solo se pueden conservar con la autorización de sus padres o acudientes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cuenta con esa autorización para «%1»? Si responde No, la foto no se guarda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrador sin guardar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta sesión tiene cambios que no se guardaron (por ejemplo, por un corte de energía). ¿Desea recuperarlos?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambios sin respaldo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar el borrador de los últimos cambios. ¿Cerrar de todos modos y perderlos?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregir sesión cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión está cerrada. Indique el motivo de la corrección; la versión actual se conservará en el historial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento que no está en el catálogo, en %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre del establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código DANE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 dígitos; déjelo vacío si no lo conoce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nombre:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código &amp;DANE:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se guardó: la sesión no cumple los lineamientos de la ATI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paso «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se guardó: revise las respuestas del formulario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se guardó:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se guardó por un error inesperado. Lo escrito está a salvo en el borrador; si el problema se repite, informe a soporte técnico.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobada por %1 el %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregida después de las observaciones de %1 del %2: espera una nueva revisión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Rechazada&lt;/b&gt; por %1 el %2. Use «Corregir…» para responder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Observaciones del supervisor&lt;/b&gt; (%1, %2). Use «Corregir…» para responderlas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con observaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechazada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregida, en revisión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Configuración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Perfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Idioma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre completo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documento de identidad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cargo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo electrónico:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entidad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dependencia:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proceso:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Título del documento:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versión:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de aprobación:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tamaño de página:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idioma:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD/MM/AAAA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin logo: el acta muestra un escudo genérico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo del logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Elegir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quitar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El idioma cambia de inmediato en la ventana principal; las demás ventanas lo toman al abrirse de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(sin logo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(imagen no válida)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El correo electrónico no parece válido.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La fecha de aprobación debe tener la forma DD/MM/AAAA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El logo debe ser una imagen PNG o JPG que se pueda abrir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pa&amp;quetes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Firmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firma de %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Espacio para la firma de %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aceptar firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignatureEditor</name>
        <message>
            <source>Sin firma.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmado el %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Área de firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firme con el mouse, el lápiz o el dedo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SingleChoiceEditor</name>
        <message>
            <source>— Seleccione —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Algunos formularios publicados por la Secretaría no se pueden usar y se dejaron de lado; las sesiones hechas con ellos no se podrán abrir hasta que llegue una versión válida:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Es una copia?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta base de datos es una copia restaurada, más antigua que la que este equipo usó por última vez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta base de datos parece copiada de otro lugar u otro equipo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Para que lo registrado en cada archivo se pueda unir sin confusiones, una copia debe continuar como un equipo nuevo. Elija «Es el mismo equipo» solo si movió el archivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continuar como equipo nuevo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Es el mismo equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Salir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1

¿Abrir en su lugar la copia de seguridad más reciente (%2)? El archivo dañado se conserva aparte, con otro nombre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base de datos dañada</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeEditor</name>
        <message>
            <source>Sin hora</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerificationCard</name>
        <message>
            <source>Responsable: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acordado el %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fecha límite %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vencido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>última verificación: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin verificar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota de la verificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjuntar evidencia…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladar como nuevo compromiso</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n evidencia(s)</source>
            <translation>
                <numerusform>%n evidencia</numerusform>
                <numerusform>%n evidencias</numerusform>
            </translation>
        </message>
        <message>
            <source>Trasladado a Compromisos</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerificationPage</name>
        <message>
            <source>La verificación compartida parte de los compromisos adquiridos antes con el establecimiento. Registre para cada uno si se cumplió, con una nota y evidencia. Un compromiso no cumplido o parcial puede trasladarse como nuevo compromiso.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificación compartida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el establecimiento en «Identificación» para ver sus compromisos pendientes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El establecimiento no tiene compromisos pendientes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyActaDialog</name>
        <message>
            <source>Verificar acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el PDF de un acta (o arrástrelo a esta ventana) para comprobar que coincide con el registro de esta base de datos: misma sesión, misma revisión y sin cambios.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo del acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún archivo elegido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Elegir PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir el PDF del acta (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado de la verificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer el archivo «%1». Revise que exista y que la memoria USB siga conectada.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Bienvenida a ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aún no hay sesiones registradas en este equipo. Estos pasos preparan el programa; todo funciona sin conexión a internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Completar mi &amp;perfil…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Importar el catálo&amp;go de establecimientos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Cargar datos de de&amp;mostración (opcional)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Registrar la primera &amp;sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su nombre y cargo salen en cada acta como «Profesional de apoyo».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo CSV de establecimientos y sedes que envía la Secretaría. Si falta un establecimiento, también se puede agregar durante la visita.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesiones de ejemplo para conocer el programa; no las exporte al registro departamental.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identificación, desarrollo, participantes con sus firmas, compromisos y evidencias.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YesNoEditor</name>
        <message>
            <source>Sí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ClearableEditor</name>
        <message>
            <source>Quitar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dejar sin respuesta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive_dialog</name>
        <message numerus="yes">
            <source>Hay %n sesión(es) antigua(s) que la Secretaría ya tiene: archivar sus fotos y firmas liberaría %1 MB.</source>
            <translation>
                <numerusform>Hay %n sesión antigua que la Secretaría ya tiene: archivar sus fotos y firmas liberaría %1 MB.</numerusform>
                <numerusform>Hay %n sesiones antiguas que la Secretaría ya tiene: archivar sus fotos y firmas liberaría %1 MB.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Carpeta donde guardar el paquete (la memoria USB)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>field_import</name>
        <message>
            <source>Paquete de la Secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paquetes ATI (*.ati);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>field_labels</name>
        <message>
            <source>Borrado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nivel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sede</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lugar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora de inicio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora de fin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modalidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Técnica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formulario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versión del formulario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respuestas del formulario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objetivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lineamientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hábitos o herramientas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos esperados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conclusiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación que sigue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrada el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo de la corrección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Áreas de gestión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cargo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documento de identidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código DANE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Añadido en campo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participante</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rol en la sesión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asistió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo de no firmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmó el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descripción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladado de</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificado el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contenido del archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre del archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puede mostrar menores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consentimiento de menores el</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edición</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre del establecimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre de la sede</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Carpeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esa carpeta guarda la base de datos de ATI Desktop y no se puede abrir aquí: se volvió a la carpeta anterior.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esa carpeta guarda la base de datos de ATI Desktop; elija otra carpeta para no dañarla.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Este campo es obligatorio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se esperaba un texto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba un número entero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba un número, por ejemplo 2,5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba una fecha válida (DD/MM/AAAA).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba una hora válida (HH:MM).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija uno de los niveles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responda Sí o No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se esperaba una lista de filas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se esperaba una lista de opciones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay opciones repetidas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una sesión de la lista.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La firma no es válida; fírmela de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La lista de archivos adjuntos no es válida.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta respuesta no aplica según las demás respuestas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las respuestas no tienen el formato esperado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe ser un valor entre %1 y %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe tener entre %1 y %2 caracteres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe tener entre %1 y %2 opciones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe tener entre %1 y %2 filas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe tener entre %1 y %2 archivos.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n carácter(es).</source>
            <translation>
                <numerusform>Debe tener como mínimo %n carácter.</numerusform>
                <numerusform>Debe tener como mínimo %n caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n opción(es).</source>
            <translation>
                <numerusform>Debe tener como mínimo %n opción.</numerusform>
                <numerusform>Debe tener como mínimo %n opciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n fila(s).</source>
            <translation>
                <numerusform>Debe tener como mínimo %n fila.</numerusform>
                <numerusform>Debe tener como mínimo %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como mínimo %n archivo(s).</source>
            <translation>
                <numerusform>Debe tener como mínimo %n archivo.</numerusform>
                <numerusform>Debe tener como mínimo %n archivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n carácter(es).</source>
            <translation>
                <numerusform>Debe tener como máximo %n carácter.</numerusform>
                <numerusform>Debe tener como máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n opción(es).</source>
            <translation>
                <numerusform>Debe tener como máximo %n opción.</numerusform>
                <numerusform>Debe tener como máximo %n opciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n fila(s).</source>
            <translation>
                <numerusform>Debe tener como máximo %n fila.</numerusform>
                <numerusform>Debe tener como máximo %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Debe tener como máximo %n archivo(s).</source>
            <translation>
                <numerusform>Debe tener como máximo %n archivo.</numerusform>
                <numerusform>Debe tener como máximo %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Debe ser un valor como mínimo %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe ser un valor como máximo %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La opción «%1» no existe en la lista.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El formulario no tiene el campo «%1».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El grupo no tiene el campo «%1».</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>key_page</name>
        <message>
            <source>Clave pública de la secretaría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claves públicas (*.pub);;Todos los archivos (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Ocurrió un error inesperado. Lo registrado hasta ahora no se ha perdido; si el problema se repite, informe a soporte técnico.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ATI Desktop — Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Hay %n sesión(es) sin terminar, guardadas como borrador:</source>
            <translation>
                <numerusform>Hay %n sesión sin terminar, guardada como borrador:</numerusform>
                <numerusform>Hay %n sesiones sin terminar, guardadas como borrador:</numerusform>
            </translation>
        </message>
        <message>
            <source>Borradores pendientes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reabrir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Más tarde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir el logo del acta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acerca de ATI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;ATI Desktop %1&lt;/h3&gt;&lt;p&gt;Registro de las sesiones de Asistencia Técnica Integral (ATI) de la Secretaría de Educación del Huila, aun sin conexión a internet.&lt;/p&gt;&lt;p&gt;Sigue los «Lineamientos para la Asistencia Técnica Integral – ATI», versión 5. Licencia GPL-3.0 o posterior.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reference</name>
        <message>
            <source>Monitoreo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seguimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificación compartida (VC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difusión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asesoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acompañamiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrenamiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actualización</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abogacía</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacitación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reunión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diálogo reflexivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrevista</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Departamental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mesa zonal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institucional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presencial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virtual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefónica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In situ (en el establecimiento)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el municipio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zonal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visita recibida por el asesor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conexión remota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Celular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono fijo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directiva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrativa y financiera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Académica (pedagógica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comunitaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secretaría (asistente)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Establecimiento (asistido)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abierto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladado a un nuevo compromiso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcialmente cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cumplido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abierta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No asistió</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se negó a firmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Firmó en papel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>La orientación se realiza vía conexión remota, correo electrónico o teléfono; no puede ser presencial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La asesoría no requiere desplazamiento: se hace por teléfono, conexión remota, correo o en una visita que recibe el asesor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un diálogo reflexivo se realiza después de una observación: vincule la observación a la que corresponde.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La verificación compartida parte de compromisos adquiridos con anterioridad: registre la verificación de al menos un compromiso.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el acompañamiento se comprometen las dos partes: registre compromisos tanto de la Secretaría (asistente) como del establecimiento (asistido).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El entrenamiento debe hacerse necesariamente in situ, en el puesto de trabajo (modalidad presencial, in situ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acompañamiento debe hacerse de manera presencial: en el sitio de trabajo, en el municipio, zonal o departamental.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No se encontró la copia de seguridad «{path}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las fotos y firmas de esta sesión se archivaron para liberar espacio. Para verlas o corregir la sesión, restaure su archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati archive restore ARCHIVO»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos «{name}» está dañada ({finding}). No se abrió para no empeorarla; restaure la copia de seguridad más reciente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos «{path}» es de solo lectura (o está en un medio protegido): puede consultarse, pero no modificarse. Cópiela a una carpeta suya para trabajar en ella.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se puede escribir en la carpeta «{path}» (solo lectura o sin permiso). Elija otra carpeta para la base de datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la base de datos «{path}». Revise la opción --db (o ATI_DB); no se creó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta base de datos es una copia de otro archivo o una copia restaurada: antes de guardar, elija si este equipo continúa como un equipo nuevo o si es el mismo equipo de siempre (ati db nuevo-equipo / ati db mismo-equipo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» contiene tablas que no son de ATI Desktop; no se modificó. Elija otro archivo para la base de datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos «{name}» está dañada: SQLite no puede leer su estructura ({reason}). No se modificó; restaure la copia de seguridad más reciente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» está vacío: no es una base de datos de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos «{name}» es de una versión anterior de ATI Desktop. Ábrala una vez con el programa (o «ati db init») para actualizarla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» no es una base de datos de ATI Desktop. Elija otro archivo; este no se modificó.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El disco está lleno: no se pudo guardar. Libere espacio (por ejemplo, borre archivos que ya no necesite) y vuelva a intentarlo; lo escrito no se ha perdido.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos está en un medio de solo lectura o sin permiso de escritura. Cópiela a una carpeta suya o quite la protección contra escritura.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos está siendo usada por otro programa. Cierre la otra ventana de ATI Desktop (o el programa que la tenga abierta) y vuelva a intentarlo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo abrir el archivo de la base de datos. Revise que la carpeta exista y que tenga permiso para escribir en ella.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es una base de datos de ATI Desktop o está dañado. Restaure una copia de seguridad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos está dañada. Restaure la copia de seguridad más reciente (carpeta «copias» junto a la base de datos).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un texto es más largo de lo que admite el registro departamental; acórtelo y vuelva a intentarlo. No se guardó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El servidor del registro departamental no tiene espacio en disco; no se guardó nada. Avise al administrador del servidor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo conectar con el servidor del registro departamental. Revise la conexión de red y la dirección del servidor; no se guardó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El servidor del registro departamental rechazó el usuario o la contraseña.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El servidor del registro departamental está ocupado o se está reiniciando; vuelva a intentarlo en unos minutos. No se guardó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El servidor del registro departamental solo permite consultar (modo de solo lectura); no se guardó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar «{path}»: el disco está lleno. Libere espacio o elija otra unidad; no quedó ningún archivo a medias.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar «{path}»: no hay permiso para escribir allí (¿memoria USB protegida o carpeta de solo lectura?). Elija otra carpeta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar «{path}»: la unidad es de solo lectura. Elija otra carpeta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo usar «{path}»: la carpeta ya no existe (¿se retiró la memoria USB?) o el nombre está mal escrito. Elija una carpeta que exista.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo usar «{path}»: una parte de la ruta es un archivo, no una carpeta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo usar «{path}»: es una carpeta; indique el nombre de un archivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer o escribir «{path}»: falló el disco o la memoria USB ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer o escribir el disco donde está la base de datos (¿se retiró la memoria USB?). Vuelva a conectarlo e intente de nuevo; lo guardado antes no se ha perdido.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos «{name}» está abierta en otra ventana de ATI Desktop o en otro comando que la modifica. Ciérrela (o espere a que termine) y vuelva a intentarlo; las consultas de solo lectura sí funcionan mientras tanto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta base de datos fue creada con una versión más nueva de ATI Desktop (esquema {revision}). Actualice el programa para abrirla; no se modificó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo contiene tablas que no son de ATI Desktop; no se modificó. Elija otro archivo para la base de datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» tiene objetos que ATI Desktop no creó ({objects}{more}); por seguridad no se abrió ni se modificó. Si es una copia de otra persona, pídale una copia hecha con «ati db backup».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Al archivo «{name}» le faltan tablas o índices de ATI Desktop: está incompleto o dañado; no se abrió ni se modificó. Restaure una copia de seguridad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acta coincide con el registro: sesión {session_id}, revisión {revision}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos suprimidos a solicitud del titular ({date}): el acta es de la sesión {session_id}, revisión {revision}, pero su contenido ya no puede compararse con el registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión de esta acta fue eliminada del registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La huella del acta no coincide con el registro: el acta no corresponde a lo guardado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La huella del acta coincide con el registro: sesión {session_id}, revisión {revision}. Sus firmas y fotos están en el archivo «{archive}», así que no se comparó el PDF entero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El PDF fue modificado después de generarse (su contenido no coincide con el acta del registro).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acta corresponde a la revisión {revision}, que fue reemplazada por la revisión {current} (motivo: {reason}). No es el acta vigente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la sesión {session_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acta menciona la sesión {session_id}, que no está en esta base de datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión no tiene una revisión {revision}: el acta no corresponde al registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya existe un archivo «{name}»; elija otro nombre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se encontró el archivo «{name}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» no contiene todo lo que se iba a archivar; no se liberó espacio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este equipo aún no ha recibido un acuse de la Secretaría: no hay datos confirmados que se puedan archivar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay datos antiguos confirmados por la Secretaría para archivar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es un archivo de datos antiguos de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» está dañado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» es de otro equipo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este paquete llevaría fotos o firmas que fueron archivadas. Restaure antes su archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati archive restore ARCHIVO») y exporte de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{name}» está dañado: una foto o firma no corresponde a su huella.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay {count} asistentes que coinciden con «{text}»: escriba el nombre completo o el identificador.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un asistente «{text}» en el registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La asignación termina antes de empezar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un establecimiento con el código DANE «{code}» en el registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un asistente con el identificador «{id}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se registraron compromisos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se adjuntaron evidencias (fotos, lista de asistencia escaneada, documentos).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta su perfil de profesional de apoyo (nombre y cargo): el acta debe decir quién prestó la asistencia. Complételo en Configuración › Perfil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se indicó la hora de inicio y de finalización.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se indicó el lugar de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta el objetivo de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se registró el alcance (lineamientos, hábitos o herramientas, productos esperados).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se registraron conclusiones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay participantes presentes: el acta necesita al menos una persona que asistió.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} no ha firmado: pídale que firme o indique el motivo (no asistió, se negó a firmar, firmó en papel).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta responder {question}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los datos de demostración solo se generan en una base SQLite local.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta base ya tiene los datos de demostración de la semilla {seed}: use otra semilla o una base nueva.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El borrador fue creado por una versión más reciente de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el municipio de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque al menos una operación de asistencia técnica.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la modalidad y el medio de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la técnica de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La técnica elegida no tiene formulario disponible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el indicador «{name}», la meta «{value}» no es un número.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el indicador «{name}», el valor «{value}» no es un número.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El informe no tiene la tabla «{key}»; tiene: {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es un paquete de la Secretaría para el campo (es un paquete de un equipo o una base de datos). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija un asistente o al menos un municipio para el paquete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La carpeta «{path}» no existe: elija otra para el paquete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada fila de la sesión necesita su identificador, elegido una sola vez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} admite como máximo {limit} caracteres; el texto escrito tiene {length}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay clave de la secretaría configurada: impórtela en Configuración › Paquetes, o exporte sin cifrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay ninguna persona con el identificador {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El texto «{start}…» es demasiado largo: admite como máximo {limit} caracteres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique la referencia (número de radicado) de la solicitud.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique quién recogió la autorización.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique quién otorgó la autorización.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de solicitud desconocido: «{kind}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya hay una solicitud con la referencia «{reference}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la solicitud {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de autorización desconocido: «{kind}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la autorización {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La imagen «{name}» tiene más de {limit} megapíxeles; no es una foto que se pueda guardar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La imagen «{name}» pesa {size} MB; el máximo es {limit} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La imagen «{name}» está dañada y no se puede guardar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo {path} cambió mientras se publicaba; inténtelo de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El formulario «{form_id}» ya tiene la versión {newest}; la versión que se publica debe ser mayor (por ejemplo, {next}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La técnica «{technique}» ya tiene el formulario «{owner}»; publique una nueva versión de ese formulario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La versión {version} del formulario «{form_id}» ya está publicada con otro texto; publique los cambios como la versión {next}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo del informe debe terminar en .xlsx, .csv o .pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el informe «{kind}»; los hay de: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El periodo termina ({date_to}) antes de empezar ({date_from}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la operación «{code}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe la técnica «{code}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el nivel «{code}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El mapa de municipios «{file}» es demasiado grande.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un establecimiento con el código DANE «{code}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un profesional de apoyo «{name}» en el registro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay varios profesionales de apoyo llamados «{name}»: indique su identificador.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisión de revisión desconocida: «{state}». Use aprobada, con_observaciones o rechazada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el comentario de la revisión: una sesión «{label}» vuelve al profesional de apoyo con lo que debe corregir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique quién revisa la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo se revisan sesiones cerradas: la sesión del {day} sigue abierta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado de revisión desconocido: «{state}». Use recibida, aprobada, con_observaciones o rechazada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo se pueden unir establecimientos, sedes o participantes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un registro no se puede unir consigo mismo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alguno de los registros que se quieren unir no existe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique el nombre del establecimiento educativo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El municipio «{code}» no es un código DIVIPOLA del Huila.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El código DANE debe tener 12 dígitos (o déjelo vacío si no lo conoce).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El código DANE {code} ya es del establecimiento «{name}». Elíjalo de la lista en lugar de agregarlo de nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión {session_id} fue eliminada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se verificó un compromiso que no existe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La evidencia «{file_name}» puede mostrar menores de edad (datos sensibles, Ley 1581 de 2012): confirme que cuenta con la autorización antes de conservarla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sesión está cerrada. Para corregirla indique el motivo de la corrección; la versión anterior se conservará.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El participante «{participant}» no existe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El nivel «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La modalidad «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La técnica «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La operación «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El área de gestión «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La parte responsable «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El resultado de la verificación «{value}» no existe en la lista de referencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indique al menos una operación de asistencia técnica.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El municipio con código DIVIPOLA «{code}» no existe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En el nivel institucional indique el establecimiento educativo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El establecimiento educativo elegido no existe en el catálogo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La hora de finalización es anterior a la hora de inicio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El formulario «{form}» es de otra técnica; use el formulario de {technique}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada compromiso necesita qué se acordó y quién es responsable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada participante necesita su nombre completo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El identificador de sesión «{session_id}» no es válido para el acta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La revisión del acta debe ser un entero mayor que cero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La edición del acta debe ser un entero mayor que cero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La huella del registro debe ser hexadecimal en minúsculas (12 a 128 caracteres).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tamaño de página «{page_size}» no admitido; use A4 o LETTER (carta).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer el logo del encabezado «{logo}»: revise la imagen configurada (PNG o JPEG) en el encabezado de las actas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer el logo del encabezado: revise la imagen configurada (PNG o JPEG) en el encabezado de las actas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La firma de {owner} no es una imagen legible; vuelva a capturarla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo pesa más de {size} MB: no es un acta de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El PDF reúne {count} actas; verifique cada acta en su propio archivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es un PDF; no se puede verificar como acta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El PDF no tiene el sello de ATI Desktop (identificador de sesión, revisión y huella): no es un acta generada por la aplicación, o fue modificado por otro programa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es un PDF legible (está dañado o incompleto); no se puede verificar como acta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo «{path}» no existe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer el archivo «{path}» ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay formulario para la técnica «{technique}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el formulario «{form_id}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el formulario «{form_id}» en su versión {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{revision}» no es una de las versiones en conflicto ({heads}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay un conflicto abierto con el identificador «{key}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{key}» corresponde a varios conflictos; escriba más caracteres del identificador.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El registro no tiene el campo «{field}». Campos en conflicto: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El conflicto cambió mientras se resolvía (llegó otra versión). Ábralo de nuevo y vuelva a resolverlo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El registro no tiene un asistente con el identificador «{id}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete dice venir de «{label}», pero está firmado con una clave que este equipo no reconoce como de la Secretaría (huella {fingerprint}). No se importó nada. Importe la clave de firma de la secretaría (ati keys import secretaria-firma.pub) después de comparar su huella por teléfono.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» es un paquete desidentificado (para compartir fuera de la secretaría): no se une al registro departamental. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es una base de datos de ATI Desktop ni un paquete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La clave de firma de este equipo ({path}) está dañada. Bórrela para que se cree una nueva; la secretaría verá una clave distinta para este equipo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» es la clave PRIVADA de la secretaría: no la copie a los equipos. Importe el archivo «{public}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es la clave pública de una secretaría (se espera un archivo .pub hecho con «ati keys new»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es la clave privada de una secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» es una clave PRIVADA de la secretaría: no la copie a los equipos. Importe el archivo .pub.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se encontró la clave de firma de la secretaría ({path}). Créela con «ati keys new» o indíquela con --clave-firma.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es la clave de firma de una secretaría.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es un archivo de clave (es demasiado grande).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el archivo de clave «{path}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer «{path}»: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es una clave privada de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudieron escribir las claves en «{path}»: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza una clave (los paquetes cifrados con ella no podrían abrirse). Elija otra carpeta con -o.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza una clave de firma (los asistentes dejarían de aceptar los paquetes de la secretaría). Elija otra carpeta con -o.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete trae la revisión {id} con un contenido distinto del que ya tiene el registro departamental: el paquete está alterado. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete dice venir del equipo «{label}», pero está firmado con otra clave que la de sus paquetes anteriores. No se importó nada; confirme con el asistente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete trae registros de un tipo que esta versión no conoce («{type}»). Actualice ATI Desktop; no se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete trae un registro con datos inválidos ({type} {id}); no se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La firma del paquete no es válida: fue modificado después de hacerse o está dañado. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: «{name}» no coincide con su huella. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» es demasiado grande para ser un paquete ({size} bytes; el límite es {limit}). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete cifrado está dañado (su contenido no tiene el tamaño que declara). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete cifrado fue modificado o está dañado (su sello no coincide). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete dice venir del equipo «{label}», pero está firmado con otra clave que la registrada para ese equipo. No se importó nada; confirme con el asistente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: sus archivos no coinciden con el manifiesto («{name}»). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: los conteos del manifiesto no coinciden con sus archivos. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: el número de archivos adjuntos no coincide con el manifiesto. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: «{name}» no termina en un salto de línea. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: «{name}» trae {found} revisiones y el manifiesto dice {declared}. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No existe el archivo «{path}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este paquete está cifrado para la secretaría (clave {recipient}); para abrirlo se necesita su clave privada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: la clave del equipo no es válida. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete fue modificado o está dañado: «{name}» no tiene el tamaño del manifiesto. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop (no tiene manifiesto). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo abrir «{path}»: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete cifrado está dañado. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete trae registros de un tipo que esta versión no conoce («{kind}»). Actualice ATI Desktop; no se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: el manifiesto no cuenta «{kind}». No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: el acuse «{name}» es demasiado grande. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete trae un archivo que no corresponde al formato («{name}»). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este paquete está cifrado para otra clave de secretaría (o está dañado): no se puede abrir con la clave dada. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete cifrado está vacío o dañado. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete cifrado fue modificado o está dañado (el bloque {index} no se pudo autenticar). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exportación cancelada: no se escribió ningún archivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay cambios desde el último paquete (nº {sequence}). Para entregar todo el registro otra vez, exporte «todo».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay nada que exportar: este equipo aún no ha registrado ninguna sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: {what} no es válido ({detail}). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este paquete se hizo con una versión más nueva de ATI Desktop (formato {found}; esta versión lee hasta el {known}). Actualice la aplicación para abrirlo; no se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete está dañado: {where} es demasiado larga. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El archivo no es un paquete de ATI Desktop o está dañado: le falta el sello final (¿se copió a medias o se modificó?). No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete terminó antes de lo esperado. No se importó nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo escribir el paquete en «{folder}»: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cabe el paquete en «{folder}»: el disco o la memoria está lleno. Libere espacio o use otra memoria; no quedó ningún archivo a medias.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se puede escribir en «{folder}»: es de solo lectura o no tiene permiso. Quite la protección de la memoria o elija otra carpeta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La carpeta «{folder}» no existe (¿se retiró la memoria?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya existe «{path}»: no se reemplaza un paquete (quizás aún no se ha entregado). Elija otro nombre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El paquete escrito en «{folder}» no pasó la verificación al leerlo de nuevo ({reason}); se borró. Use otra memoria.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay demasiados cambios de «{kind}» para un solo paquete. Exporte solo los cambios nuevos (sin --all).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer el paquete: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acuse «{name}» es para otro equipo ({label}); este equipo no lo importa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» es demasiado grande para ser un acuse de recibo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo leer «{name}»: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es un acuse de recibo: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La firma del acuse «{name}» no es válida: fue modificado o está dañado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» no es un acuse de recibo de ATI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El acuse «{name}» está firmado por otro registro que los anteriores (huella {fingerprint}). No se importó; confirme con la secretaría.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms/dialogo_reflexivo</name>
        <message>
            <source>Diálogo reflexivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encuentro entre el observador y el observado para discutir y analizar los elementos de la observación realizada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observación de referencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sesión de observación que origina este diálogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo aparecen las sesiones de observación registradas en este equipo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la observación sobre la que se dialoga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acompañante (observador)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que comparte quien observó.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impresiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inquietudes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acompañado (observado)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que comparte quien fue observado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Análisis conjunto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fortalezas identificadas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aspectos por mejorar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acuerdos del diálogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los compromisos, con su responsable y fecha, se registran en la sección de compromisos de la sesión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿El acompañado está de acuerdo con lo registrado?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puntos en que el acompañado no está de acuerdo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms/entrevista</name>
        <message>
            <source>Entrevista</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacto individual, planificado o no, entre el entrevistador y el entrevistado, igualmente interesados en mejorar una situación.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La entrevista y el entrevistado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿La entrevista fue planificada?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Qué motivó la entrevista no planificada?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre del entrevistado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el nombre completo (entre 3 y 120 caracteres).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rol del entrevistado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rector(a)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Director(a) rural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinador(a)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Docente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Docente orientador(a)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal administrativo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cuál otro rol?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temas tratados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punto de vista, opiniones e ideas del entrevistado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punto de vista, opiniones e ideas del entrevistador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puntos en que coinciden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puntos en que difieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acuerdos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los compromisos, con su responsable y fecha, se registran en la sección de compromisos de la sesión.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms/observacion</name>
        <message>
            <source>Observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacto directo o indirecto con los procesos escolares, administrativos, académicos y comunitarios. La observación se planifica, se desarrolla sistemáticamente y se evalúa formalmente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan de la observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que el observador define antes de observar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de observación según su alcance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcial (algunas áreas de gestión)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General (las cuatro áreas de gestión)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Áreas de gestión que se observan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque las áreas que cubre esta observación parcial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque al menos un área de gestión.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si observa las cuatro áreas, la observación es general.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directiva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrativa y financiera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Académica (pedagógica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comunitaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de observación según su carácter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formal (acordada y registrada con el observado)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proceso o práctica que se observa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por ejemplo, «clase de matemáticas de grado 5.°» o «reunión del consejo académico».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describa el proceso en 200 caracteres o menos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duración planeada (minutos)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La duración planeada debe estar entre 5 y 480 minutos (8 horas).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrumento o medio de registro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lista de chequeo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guía de observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre o código de la guía de observación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registro en video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grabar requiere la autorización de las personas que aparecen; si aparecen estudiantes menores de edad, la de sus acudientes (Ley 1581 de 2012).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Se cuenta con la autorización escrita de las personas grabadas?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin autorización no se puede grabar; elija otro instrumento.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Aparecen estudiantes menores de edad en el video?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duración de la grabación (minutos)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La grabación no puede durar más que la observación planeada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dónde se guarda el video y quién lo custodia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gestión directiva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marque Sí, No, Parcial o No aplica y anote lo observado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El horizonte institucional (misión, visión y principios) es conocido y compartido por la comunidad educativa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El Plan de Mejoramiento Institucional (PMI) está vigente, con metas, responsables y fechas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El gobierno escolar (consejo directivo y consejo académico) está conformado y sesiona según lo previsto, con actas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El manual de convivencia está actualizado (Ley 1620 de 2013) y el comité escolar de convivencia funciona.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El equipo directivo usa los resultados de la autoevaluación institucional para tomar decisiones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gestión administrativa y financiera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La matrícula se registra de forma oportuna y completa en el SIMAT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El presupuesto del Fondo de Servicios Educativos se ejecuta según lo aprobado por el consejo directivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El inventario de bienes y recursos de aprendizaje está actualizado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay inducción para el personal nuevo y se hace la evaluación de desempeño de docentes y directivos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los servicios complementarios (alimentación escolar, transporte) se gestionan y se reportan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gestión académica (pedagógica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El plan de estudios está articulado con el PEI y con los referentes nacionales (estándares básicos de competencias y DBA).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El docente planea sus clases y lo observado en el aula es coherente con esa planeación.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El sistema institucional de evaluación de estudiantes (SIEE) se aplica según el Decreto 1290 de 2009.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se analizan los resultados de las pruebas Saber y se usan para ajustar las prácticas de aula.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se hacen ajustes razonables (PIAR) para los estudiantes con discapacidad que los requieren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gestión comunitaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La escuela de padres y la participación de las familias están organizadas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los proyectos pedagógicos transversales se desarrollan con la comunidad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El plan escolar de gestión del riesgo está elaborado y socializado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay estrategias de permanencia escolar y seguimiento a los estudiantes en riesgo de deserción.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La institución mantiene vínculos con egresados, autoridades locales y el sector productivo del entorno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valoración y observaciones generales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nivel de desarrollo del proceso observado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escala de la autoevaluación institucional (Guía 34 del MEN).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desarrollo incipiente, parcial o desordenado; las acciones se hacen sin planeación ni metas claras.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pertinencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hay principios de planeación y articulación; las acciones responden al contexto y al PEI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apropiación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las acciones están articuladas y son conocidas y compartidas por la comunidad educativa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mejoramiento continuo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las acciones y sus resultados se evalúan y se ajustan de manera permanente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observaciones generales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba al menos 20 caracteres con lo más importante de la observación.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha acordada para el diálogo reflexivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observador y observado se reúnen cuando ambos lo crean pertinente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora acordada para el diálogo reflexivo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms/reunion</name>
        <message>
            <source>Reunión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encuentro de personas interesadas en un tema común, a fin de analizarlo, discutirlo y llegar a conclusiones finales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tema común de la reunión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puntos de la agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registre al menos un punto de la agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiempo (minutos)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entre 1 y 240 minutos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desarrollo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discusión</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que se analizó y discutió en cada punto de la agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conclusiones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Se acordó una próxima reunión?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de la próxima reunión</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms/taller</name>
        <message>
            <source>Taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Espacio de formación continua que produce alternativas de solución a las inquietudes derivadas del desempeño de directivos y docentes. Sus contenidos obedecen a las necesidades institucionales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tema y necesidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tema del taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el tema en 200 caracteres o menos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Necesidades institucionales que atiende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Qué inquietud o necesidad del establecimiento dio origen al taller?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duración (horas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use coma para los decimales, por ejemplo 2,5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La duración debe estar entre 0,5 y 12 horas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trabajo grupal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formas de trabajo grupal empleadas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trabajo en pequeños grupos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lluvia de ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estudio de caso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mesa redonda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Juego de roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Análisis de documentos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plenaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Qué otra forma de trabajo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resultados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternativas de solución producidas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registre al menos una alternativa de solución.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inquietud o problema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternativa de solución</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viabilidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos del taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentos, acuerdos, planes u otros productos que deja el taller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valoración del taller por los participantes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El taller no respondió a las necesidades planteadas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El taller respondió en parte a las necesidades.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El taller respondió plenamente a las necesidades.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
