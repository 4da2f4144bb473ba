<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Colombian wording over Qt's own Spanish catalogue (qtbase_es speaks Spain's Spanish,
     "fichero", and leaves some labels of the file dialog in English). Installed after it. -->
<TS version="2.1" language="es_CO" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message><source>&amp;Look in:</source><translation>&amp;Buscar en:</translation></message>
        <message><source>Look in:</source><translation>Buscar en:</translation></message>
        <message><source>File &amp;name:</source><translation>&amp;Nombre del archivo:</translation></message>
        <message><source>File name:</source><translation>Nombre del archivo:</translation></message>
        <message><source>Files of &amp;type:</source><translation>Archivos de &amp;tipo:</translation></message>
        <message><source>Files of type:</source><translation>Archivos de tipo:</translation></message>
        <message><source>All Files (*)</source><translation>Todos los archivos (*)</translation></message>
        <message><source>%1 already exists.
Do you want to replace it?</source><translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation></message>
        <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
No se encontró el archivo.
Verifique que el nombre del archivo sea correcto.</translation></message>
        <message><source>Open File</source><translation>Abrir archivo</translation></message>
        <message><source>Confirm Delete</source><translation>Confirmar la eliminación</translation></message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message><source>Invalid filename</source><translation>Nombre de archivo no válido</translation></message>
        <message><source>%1 byte(s)</source><translation>%1 byte(s)</translation></message>
    </context>
    <context>
        <name>QFileIconProvider</name>
        <message><source>File Folder</source><translation>Carpeta de archivos</translation></message>
        <message><source>File</source><translation>Archivo</translation></message>
        <message><source>Folder</source><translation>Carpeta</translation></message>
        <message><source>Drive</source><translation>Unidad</translation></message>
        <message><source>Unknown</source><translation>Desconocido</translation></message>
    </context>
</TS>
