"""``ati inspect``: what a package holds, after checking it; never writes anything."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ati_desktop.exchange import keys
from ati_desktop.exchange.package import VerifiedPackage, envelope_info, open_package

from .common import user_errors

# Spanish names of the record types, as the inspect summary shows them.
RECORD_TYPE_NAMES = {
    "assistant": "asistentes", "school": "establecimientos", "campus": "sedes", "participant": "participantes",
    "session": "sesiones", "attendance": "asistencias", "commitment": "compromisos",
    "verification": "verificaciones", "evidence": "evidencias", "indicator": "indicadores",
    "same_as": "registros unidos", "acta": "actas",
}


def _summary(package: VerifiedPackage) -> dict:
    manifest = package.manifest
    return {
        "verified": True, "encrypted": package.encrypted,
        "format_version": manifest.format_version, "app_version": manifest.app_version,
        "schema_version": manifest.schema_version,
        "device": {"id": manifest.device.id, "label": manifest.device.label,
                   "fingerprint": keys.fingerprint(package.public_key)},
        "assistant": manifest.assistant.model_dump() if manifest.assistant else None,
        "created_at": manifest.created_at, "sequence": manifest.sequence, "full": manifest.full,
        "deidentified": manifest.deidentified,
        "log_range": manifest.log_range.model_dump() if manifest.log_range else None,
        "revisions": dict(manifest.counts),
        "records": {kind: len({revision.record_id for revision in revisions})
                    for kind, revisions in package.revisions.items()},
        "blobs": manifest.blobs,
    }


def _print(path: Path, summary: dict) -> None:
    typer.echo(f"Paquete «{path.name}» ({path.stat().st_size:,} bytes): verificado, firma y huellas correctas.")
    typer.echo(f"Cifrado: {'sí' if summary['encrypted'] else 'no'}")
    typer.echo(f"Formato {summary['format_version']} · ATI Desktop {summary['app_version']} · "
               f"esquema {summary['schema_version']}")
    device = summary["device"]
    typer.echo(f"Equipo: {device['label']} ({device['id']}) · huella de su clave {device['fingerprint']}")
    assistant = summary["assistant"]
    typer.echo(f"Asistente: {assistant['name'] if assistant else 'sin perfil'}")
    typer.echo(f"Creado: {summary['created_at']} · secuencia {summary['sequence']} · "
               + ("todo el registro" if summary["full"] else "cambios desde el paquete anterior")
               + (" · desidentificado" if summary["deidentified"] else ""))
    if summary["log_range"]:
        typer.echo(f"Posiciones del registro del equipo: {summary['log_range']['first']}–"
                   f"{summary['log_range']['last']}")
    typer.echo("Contenido:")
    for kind, count in summary["revisions"].items():
        typer.echo(f"  {RECORD_TYPE_NAMES.get(kind, kind)}: {summary['records'][kind]} "
                   f"({count} revisiones)")
    typer.echo(f"  archivos adjuntos: {summary['blobs']}")


def inspect(file: Path = typer.Argument(..., help="El paquete (.ati)."),
            as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
            key: Path | None = typer.Option(None, "--key", "--clave",
                                            help="Clave privada de la secretaría, para paquetes cifrados.")) -> None:
    """Verifica un paquete y muestra su manifiesto y sus conteos, sin escribir nada."""
    with user_errors():
        envelope = envelope_info(file)
        if envelope is not None and key is None:
            if as_json:
                typer.echo(json.dumps({"verified": False, "encrypted": True, "recipient": envelope.recipient,
                                       "size": envelope.size}))
            else:
                typer.echo(f"Paquete «{file.name}» ({envelope.size:,} bytes) cifrado para la clave de la "
                           f"secretaría {envelope.recipient}.")
                typer.echo("Para verificarlo y ver su contenido: ati inspect ARCHIVO --key secretaria.key")
            return
        private = keys.read_secretariat_private(key) if key else None
        with open_package(file, secretariat_key=private) as package:
            summary = _summary(package)
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print(file, summary)
