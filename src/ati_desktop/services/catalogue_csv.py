"""Reads the secretariat's school catalogue (CSV) from outside, row by row, within limits.

The file is read twice, never held whole: a first pass checks every row and refuses the whole
file on any problem (each named by line number); only then are the rows handed out, read again.
Spanish Excel saves CSV with «;», others with «,»: both are recognised from the header line.
A name that starts like a spreadsheet formula («-Sede Norte», «@ escuela») is data and kept as
typed; the exports make such cells harmless (``services.exports_csv``, ``services.exports_xlsx``).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.municipalities import by_code

REQUIRED_COLUMNS = ("dane_code", "name", "municipality_code")
OPTIONAL_COLUMNS = ("campus_dane_code", "campus_name")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
DELIMITERS = (",", ";")

# Colombia has about 55 000 school campuses; a file with more rows is not a catalogue, and the
# memory the duplicate check needs stays bounded by this, whatever the file's size.
MAX_ROWS = 200_000
# The longest official school name has under 150 characters. A longer field is almost always
# a stray quote that swallowed the following lines.
MAX_FIELD_CHARS = 300
# Beyond this many, more line numbers do not help the person fixing the file.
MAX_PROBLEMS_LISTED = 50


class CatalogueError(ValidationError):
    """A school catalogue with bad rows; lists them by line number."""

    def __init__(self, problems: list[str], more: int = 0) -> None:
        listed = problems + ([f"… y {more} problemas más."] if more else [])
        super().__init__(
            "No se importó ningún establecimiento: el archivo tiene errores.\n" + "\n".join(listed)
        )
        self.problems = problems


@dataclass(frozen=True)
class CatalogueRow:
    line: int
    dane_code: str
    name: str
    municipality_code: str
    campus_dane_code: str | None
    campus_name: str | None


class Catalogue:
    """A checked catalogue file; iterating reads its rows again, one at a time."""

    def __init__(self, path: Path, delimiter: str, rows: int) -> None:
        self.path, self.delimiter, self.rows = path, delimiter, rows

    def __iter__(self) -> Iterator[CatalogueRow]:
        for line, values in _records(self.path, self.delimiter):
            yield _row(line, values)

    def __len__(self) -> int:
        return self.rows


def read_catalogue(path: Path) -> Catalogue:
    """Check the whole file (streamed) and return it, or raise :class:`CatalogueError`."""
    path = Path(path)
    delimiter = _delimiter(path)
    problems: list[str] = []
    more = 0
    seen: dict[bytes, int] = {}       # digest of a school or campus key -> first line
    schools: dict[str, tuple[int, bytes]] = {}  # DANE code -> first line, digest of name+town
    municipalities = by_code()
    rows = 0
    for line, values in _records(path, delimiter):
        rows += 1
        if rows > MAX_ROWS:
            raise CatalogueError([f"El archivo tiene más de {MAX_ROWS} filas: no parece un catálogo "
                                  "de establecimientos (revise que sea el archivo correcto)."])
        errors = _row_errors(values, municipalities)
        if not errors:
            errors = _duplicate_errors(line, values, seen, schools)
        if errors:
            if len(problems) < MAX_PROBLEMS_LISTED:
                problems.append(f"Línea {line}: " + "; ".join(errors) + ".")
            else:
                more += 1
    if problems:
        raise CatalogueError(problems, more)
    if not rows:
        raise CatalogueError(["El archivo no tiene filas de establecimientos."])
    return Catalogue(path, delimiter, rows)


def _delimiter(path: Path) -> str:
    """«,» or «;», told by the header; a header without the required columns is refused."""
    with _open(path) as handle:
        try:
            header = handle.readline(4096)
        except UnicodeDecodeError:
            raise _not_utf8(1) from None
    for delimiter in sorted(DELIMITERS, key=header.count, reverse=True):
        names = [name.strip() for name in next(csv.reader([header], delimiter=delimiter), [])]
        if set(REQUIRED_COLUMNS) <= set(names):
            unknown = [name for name in names if name not in COLUMNS]
            if unknown:
                raise CatalogueError([f"Línea 1: columnas desconocidas {', '.join(unknown)}; las "
                                      f"columnas válidas son {', '.join(COLUMNS)}."])
            if len(set(names)) != len(names):
                raise CatalogueError(["Línea 1: hay columnas repetidas en el encabezado."])
            return delimiter
    best = max(DELIMITERS, key=header.count)
    names = {name.strip() for name in next(csv.reader([header], delimiter=best), [])}
    missing = ", ".join(c for c in REQUIRED_COLUMNS if c not in names)
    raise CatalogueError([f"Línea 1: faltan las columnas {missing} (separe las columnas con «,» o "
                          "«;»; opcionales: campus_dane_code, campus_name)."])


def _open(path: Path):
    # utf-8-sig drops the byte-order mark Excel writes; newline="" lets csv see quoted line breaks.
    return open(path, encoding="utf-8-sig", newline="")


def _not_utf8(line: int) -> CatalogueError:
    return CatalogueError([f"Línea {line}: el archivo no está en UTF-8: guárdelo como «CSV UTF-8»."])


def _records(path: Path, delimiter: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, values by column) of each data row; malformed rows raise CatalogueError."""
    with _open(path) as handle:
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        line = 1
        try:
            header = [name.strip() for name in next(reader)]
            while True:
                line = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) > len(header):
                    raise CatalogueError([f"Línea {line}: tiene {len(cells)} columnas y el encabezado "
                                          f"{len(header)} (¿un «{delimiter}» dentro de un nombre sin "
                                          "comillas?)."])
                yield line, {name: cell.strip() for name, cell in zip(header, cells)}
        except csv.Error:
            raise CatalogueError([f"Línea {line}: comillas sin cerrar o mal puestas (el campo sigue "
                                  f"hasta la línea {reader.line_num}); revise las comillas de esa fila."]) from None
        except UnicodeDecodeError:
            raise _not_utf8(reader.line_num + 1) from None


def _row_errors(values: dict[str, str], municipalities) -> list[str]:
    get = values.get
    errors = []
    for column in COLUMNS:
        value = get(column) or ""
        if len(value) > MAX_FIELD_CHARS:
            errors.append(f"«{column}» tiene {len(value)} caracteres (máximo {MAX_FIELD_CHARS}); "
                          "¿unas comillas sin cerrar?")
    if errors:
        return errors
    dane, name, town = get("dane_code") or "", get("name") or "", get("municipality_code") or ""
    if not dane.isdigit() or len(dane) != 12:
        errors.append(f"el código DANE «{dane}» debe tener 12 dígitos")
    if not name:
        errors.append("falta el nombre del establecimiento")
    if town not in municipalities:
        errors.append(f"el municipio «{town}» no es un código DIVIPOLA del Huila")
    elif dane.isdigit() and dane[1:6] != town:
        # DANE school codes are zone digit + DIVIPOLA municipality code + school number.
        errors.append("el código DANE no corresponde al municipio indicado")
    campus_code, campus_name = get("campus_dane_code") or "", get("campus_name") or ""
    if campus_code and not campus_name:
        errors.append("la sede tiene código pero no nombre")
    return errors


def _digest(*parts: str) -> bytes:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).digest()


def _duplicate_errors(line: int, values: dict[str, str], seen: dict[bytes, int],
                      schools: dict[str, tuple[int, bytes]]) -> list[str]:
    """The same school or campus twice in one file, or one school with two names or towns."""
    dane = values["dane_code"]
    campus = values.get("campus_dane_code") or values.get("campus_name") or ""
    key = _digest(dane, campus.casefold())
    if key in seen:
        what = f"la sede «{campus}» del establecimiento {dane}" if campus else f"el código DANE {dane}"
        return [f"{what} ya aparece en la línea {seen[key]}"]
    seen[key] = line
    identity = _digest(values["name"], values["municipality_code"])
    first = schools.setdefault(dane, (line, identity))
    if first[1] != identity:
        return [f"el código DANE {dane} aparece en la línea {first[0]} con otro nombre o municipio"]
    return []


def _row(line: int, values: dict[str, str]) -> CatalogueRow:
    return CatalogueRow(line, values["dane_code"], values["name"], values["municipality_code"],
                        values.get("campus_dane_code") or None, values.get("campus_name") or None)
