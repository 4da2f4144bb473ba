"""Demo catalogue: schools of the 35 non-certified municipalities, their staff, the assistants,
and the small images used as signatures and evidence."""

from __future__ import annotations

import hashlib
import math
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from random import Random
from typing import Protocol

from sqlalchemy.dialects import sqlite

from ati_desktop.domain.ids import campus_id_for, derived_id, school_id_for
from ati_desktop.domain.municipalities import municipalities
from ati_desktop.storage.models import Session

from .demo_text import OFFICIAL_ROLES, PATRONS, VILLAGES, ZONES, email_of, mobile, person_name

COLOMBIA = timezone(timedelta(hours=-5))
ASSISTANTS = 9
SIGNATURES = 30
PHOTOS = 8
SCANS = 3



def _storage_text(column):
    """The column type's own conversion to what SQLite stores, applied once per value made."""
    dialect = sqlite.dialect()
    return column.type.dialect_impl(dialect).bind_processor(dialect)


db_datetime = _storage_text(Session.__table__.c.created_at)
db_date = _storage_text(Session.__table__.c.session_date)
db_time = _storage_text(Session.__table__.c.start_time)


class RowSink(Protocol):
    device_id: str

    def add(self, table: str, row: dict) -> dict: ...


def new_id(rng: Random, device_id: str) -> str:
    """An id drawn from ``rng`` and mixed with the device's: a seed gives the same ids on one
    device every time, and two devices loaded with the same seed never share an id."""
    bits = (rng.getrandbits(128) & ~(0xF000 << 64 | 0xC000 << 48)) | (0x4000 << 64 | 0x8000 << 48)
    return derived_id(f"demo:{device_id}:{bits:032x}")


def synced(rng: Random, device_id: str, stamp: str, id: str | None = None, **values) -> dict:
    """A new row of a travelling table: fresh id (unless it has a derived one), first revision."""
    drawn = new_id(rng, device_id)  # drawn even when unused, so the seed's content stays the same
    return {"id": id or drawn, "device_id": device_id, "revision": 1, "revision_id": new_id(rng, device_id),
            "created_at": stamp, "updated_at": stamp, **values}


@dataclass(slots=True)
class Person:
    id: str
    name: str
    role: str


@dataclass(slots=True)
class DemoSchool:
    """A school with what later sessions need: campuses, staff, open commitments, observations."""

    id: str
    name: str
    municipality_code: str
    campuses: list[tuple[str, str]]
    staff: list[Person]
    open_commitments: list[tuple[str, date]] = field(default_factory=list)
    observations: list[tuple[str, date, Person]] = field(default_factory=list)


class Catalogue:
    """Writes the catalogue rows to a sink and keeps what the sessions draw from."""

    def __init__(self, rng: Random, sink: RowSink, created_on: date) -> None:
        self.rng, self.sink = rng, sink
        self.stamp = db_datetime(datetime.combine(created_on, time(8), COLOMBIA))
        self.names = {m.code: m.name for m in municipalities()}
        self._blobs: set[str] = set()
        self.signatures = [self._blob(_signature_png(rng)) for _ in range(SIGNATURES)]
        self.photos = [(self._blob(_photo_png(rng)), f"foto_{n + 1}.png") for n in range(PHOTOS)]
        self.scans = [(self._blob(_scan_png(rng)), f"listado_asistencia_{n + 1}.png")
                      for n in range(SCANS)]
        self.assistants = [self._assistant() for _ in range(ASSISTANTS)]
        served = [m.code for m in municipalities() if not m.certified_in_education]
        self.assistant_of = {code: self.assistants[n % ASSISTANTS] for n, code in enumerate(served)}
        self.by_municipality = {code: self._schools(code) for code in served}
        self.schools = [school for group in self.by_municipality.values() for school in group]
        self.officials = {code: [self._person(role, None) for role in OFFICIAL_ROLES]
                          for code in served}
        self.zone_of = {code: zone for zone, codes in ZONES.items() for code in codes}

    def _blob(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._blobs:
            self._blobs.add(digest)
            self.sink.add("blob", {"sha256": digest, "size": len(data), "data": data,
                                   "created_at": self.stamp})
        return digest

    def _assistant(self) -> Person:
        name = person_name(self.rng)
        row = self.sink.add("assistant", synced(
            self.rng, self.sink.device_id, self.stamp, full_name=name,
            id_document=str(self.rng.randint(12_000_000, 1_110_000_000)),
            role="Profesional de apoyo, Grupo de Calidad y Pertinencia",
            email=email_of(name, self.rng), phone=mobile(self.rng)))
        return Person(row["id"], name, "Profesional de apoyo")

    def _schools(self, code: str) -> list[DemoSchool]:
        rng, used, schools = self.rng, set(), []
        for number in range(rng.randint(3, 9)):
            rural = number > 1 and rng.random() < 0.6
            kind = "Centro Educativo" if rural and rng.random() < 0.4 else "Institución Educativa"
            name = f"{kind} {rng.choice(VILLAGES if rural else PATRONS)}"
            while name in used:
                name = f"{kind} {rng.choice(PATRONS + VILLAGES)}"
            used.add(name)
            dane = f"{2 if rural else 1}{code}{rng.randint(0, 999) * 1000 + number:06d}"
            row = self.sink.add("school", synced(
                rng, self.sink.device_id, self.stamp, id=school_id_for(dane), dane_code=dane, name=name,
                municipality_code=code, added_in_field=False))
            names = ["Sede Principal"] + [f"Sede {v}" for v in rng.sample(VILLAGES, rng.randint(0, 3))]
            campuses = [self._campus(row["id"], dane, n, name) for n, name in enumerate(names)]
            school = DemoSchool(row["id"], name, code, campuses, [])
            roles = (["Rector(a)"] + ["Coordinador(a)"] * rng.randint(1, 2)
                     + ["Docente"] * rng.randint(4, 9))
            school.staff = [self._person(role, row["id"]) for role in roles]
            schools.append(school)
        return schools

    def _campus(self, school_id: str, dane: str, number: int, name: str) -> tuple[str, str]:
        code = f"{dane}{number + 1:02d}"
        row = self.sink.add("campus", synced(
            self.rng, self.sink.device_id, self.stamp, id=campus_id_for(school_id, code, name),
            school_id=school_id, dane_code=code, name=name))
        return row["id"], name

    def _person(self, role: str, school_id: str | None) -> Person:
        rng, name = self.rng, person_name(self.rng)
        row = self.sink.add("participant", synced(
            rng, self.sink.device_id, self.stamp, full_name=name, role=role,
            id_document=str(rng.randint(12_000_000, 1_110_000_000)) if rng.random() < 0.7 else None,
            email=email_of(name, rng) if rng.random() < 0.5 else None,
            phone=mobile(rng) if rng.random() < 0.6 else None, school_id=school_id))
        return Person(row["id"], name, role)


def _png(width: int, height: int, channels: int, pixels: bytearray) -> bytes:
    """A PNG file of 8-bit grey (1 channel) or RGB (3 channels) pixels, row by row."""
    stride = width * channels
    raw = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0 if channels == 1 else 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def _signature_png(rng: Random) -> bytes:
    """A pen stroke like a quick signature: a sum of two waves across a white strip."""
    width, height = 180, 60
    pixels = bytearray(b"\xff" * width * height)
    a, b = rng.uniform(8, 16), rng.uniform(3, 8)
    f1, f2, phase = rng.uniform(6, 12), rng.uniform(2, 4), rng.uniform(0, 6.28)
    for x in range(12, width - 12):
        y = int(height / 2 + a * math.sin(x / f1 + phase) + b * math.sin(x / f2))
        for dy in (-1, 0, 1):
            if 0 <= y + dy < height:
                pixels[(y + dy) * width + x] = 30
    return _png(width, height, 1, pixels)


def _photo_png(rng: Random) -> bytes:
    """A tiny picture: sky, a coloured school wall with a door, green ground."""
    width, height = 96, 64
    wall = (rng.randint(150, 250), rng.randint(120, 220), rng.randint(60, 160))
    pixels = bytearray()
    for y in range(height):
        for x in range(width):
            if y < 22:
                pixels += bytes((120, 170, 230))
            elif y > 52:
                pixels += bytes((70, 140, 60))
            elif 42 <= x < 54 and y > 34:
                pixels += bytes((90, 60, 40))
            else:
                pixels += bytes(wall)
    return _png(width, height, 3, pixels)


def _scan_png(rng: Random) -> bytes:
    """A scanned attendance list: grey ruled rows on white paper."""
    width, height = 120, 160
    pixels = bytearray(b"\xf4" * width * height)
    for y in range(20, height - 10, rng.choice((10, 12))):
        pixels[y * width + 8:y * width + width - 8] = b"\x80" * (width - 16)
    return _png(width, height, 1, pixels)
