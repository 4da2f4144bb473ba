"""The stamp that ties a printed acta to one revision of one session record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ati_desktop.actas.model import ActaData

STAMP_PREFIX = "ATI"
STAMP_PATTERN = re.compile(
    r"ATI\|([A-Za-z0-9][A-Za-z0-9_.:-]{0,79})\|r([1-9][0-9]{0,8})\|([0-9a-f]{12,128})"
)


@dataclass(frozen=True)
class ActaStamp:
    """Session id, revision and record hash, as printed in the QR code and the PDF metadata."""

    session_id: str
    revision: int
    record_hash: str

    @classmethod
    def of(cls, data: ActaData) -> ActaStamp:
        return cls(data.session_id, data.revision, data.record_hash)

    @property
    def text(self) -> str:
        return f"{STAMP_PREFIX}|{self.session_id}|r{self.revision}|{self.record_hash}"

    @property
    def short_hash(self) -> str:
        return self.record_hash[:12]


def find_stamps(text: str) -> list[ActaStamp]:
    """Every stamp written in ``text``, in order of appearance."""
    return [
        ActaStamp(match[1], int(match[2]), match[3])
        for match in STAMP_PATTERN.finditer(text)
    ]
