"""Redaction of one person's data inside record bodies, without knowing the data itself.

An erasure names what to remove by ids (participant records, evidence) and by salted
digests (the cédula's digits, the folded full names), never by the data: the erasure record
travels, and must not carry what it erases. A body is redacted when it belongs to one of the
person's records, or when its text holds the person's full name or cédula; the same target
finds a record of the person made on another laptop, arriving months later, by its cédula.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

REDACTED = "[dato suprimido]"
# What an erased photo or scanned list now holds: a blob of this text (stored once).
PLACEHOLDER = REDACTED.encode("utf-8")
PLACEHOLDER_SHA256 = hashlib.sha256(PLACEHOLDER).hexdigest()
PLACEHOLDER_MEDIA_TYPE = "text/plain"
# Key of an acta's content listing the dates its personal data were erased.
SUPPRESSED_KEY = "suppressed_on"

_WORD = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d[\d.\s-]{4,}\d")
_PERSON_FIELDS = ("full_name", "id_document", "email", "phone")


def fold_word(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").casefold()


def digest(salt: str, text: str) -> str:
    """A salted SHA-256: the target can be matched, not read back."""
    return hashlib.sha256(f"{salt}\x00{text}".encode()).hexdigest()


def folded_name(name: str) -> str:
    return " ".join(w for w in (fold_word(m) for m in _WORD.findall(name or "")) if w)


def digits(text: str | None) -> str:
    return re.sub(r"\D+", "", text or "")


@dataclass
class Target:
    """Whom to erase, as an erasure record describes them."""

    salt: str
    erased_on: str = ""  # ISO date of the erasure, printed where an acta lost data
    participant_ids: set[str] = field(default_factory=set)
    document_digests: set[str] = field(default_factory=set)
    name_digests: set[str] = field(default_factory=set)
    evidence_ids: set[str] = field(default_factory=set)
    # Filled while redacting: blobs whose only reason to stay may have gone.
    released_blobs: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, salt: str, erased_on: str, participant_ids: Iterable[str], documents: Iterable[str],
           names: Iterable[str], evidence_ids: Iterable[str]) -> Target:
        """A target from the person's data (only digests of the data are kept)."""
        return cls(salt, erased_on, set(participant_ids),
                   {digest(salt, d) for d in map(digits, documents) if d},
                   {digest(salt, n) for n in map(folded_name, names) if n},
                   set(evidence_ids))

    def is_document(self, text: str | None) -> bool:
        key = digits(text)
        return bool(key) and digest(self.salt, key) in self.document_digests


def redact_text(text: str, target: Target) -> str:
    """``text`` with every run of words that is the person's full name, and every number
    that is their cédula, replaced by the marker (accents and case ignored)."""
    if not text:
        return text
    if target.document_digests:
        text = _DIGIT_RUN.sub(lambda m: REDACTED if target.is_document(m.group()) else m.group(), text)
    if not target.name_digests:
        return text
    words = list(_WORD.finditer(text))
    folded = [fold_word(w.group()) for w in words]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        # Longest name first, so «Gloria Inés Cuéllar Peña» wins over «Gloria Inés».
        for length in range(min(8, len(words) - i), 0, -1):
            if digest(target.salt, " ".join(folded[i:i + length])) in target.name_digests:
                spans.append((words[i].start(), words[i + length - 1].end()))
                i += length
                break
        else:
            i += 1
    for start, end in reversed(spans):
        text = text[:start] + REDACTED + text[end:]
    return text


def _redact_strings(value: Any, target: Target) -> Any:
    if isinstance(value, str):
        return redact_text(value, target)
    if isinstance(value, list):
        return [_redact_strings(v, target) for v in value]
    if isinstance(value, dict):
        return {k: _redact_strings(v, target) for k, v in value.items()}
    return value


def _redact_person(entry: dict[str, Any], target: Target) -> dict[str, Any]:
    """A participant-like mapping (a participant body, an attendance line of an acta)."""
    entry = dict(entry)
    for name in _PERSON_FIELDS:
        if name in entry:
            entry[name] = REDACTED if name == "full_name" else None
    if entry.get("signature_sha256"):
        target.released_blobs.add(entry["signature_sha256"])
        entry["signature_sha256"] = None
    return entry


def is_person(record_type: str, record_id: str, body: dict[str, Any], target: Target) -> bool:
    """Whether a participant body is one of the person's records (by id or by cédula)."""
    return record_type == "participant" and (
        record_id in target.participant_ids or target.is_document(body.get("id_document")))


def redact_body(record_type: str, record_id: str, body: dict[str, Any], target: Target) -> dict[str, Any]:
    """The body with the person's data replaced by the marker (the same dict if untouched).

    Call it for participant bodies first: a record found by its cédula joins the target,
    so its attendance is redacted too.
    """
    new = dict(body)
    if is_person(record_type, record_id, body, target):
        target.participant_ids.add(record_id)
        new = _redact_person(new, target)
    elif record_type == "attendance" and body.get("participant_id") in target.participant_ids:
        if new.get("signature_sha256"):
            target.released_blobs.add(new["signature_sha256"])
        new["signature_sha256"] = None
    elif record_type == "commitment" and body.get("participant_id") in target.participant_ids:
        new["responsible"] = REDACTED
    elif record_type == "evidence" and record_id in target.evidence_ids:
        if new.get("sha256") != PLACEHOLDER_SHA256:
            target.released_blobs.add(new["sha256"])
        new.update(sha256=PLACEHOLDER_SHA256, file_name=REDACTED, caption=REDACTED,
                   media_type=PLACEHOLDER_MEDIA_TYPE)
    elif record_type == "acta":
        new = _redact_acta(new, target)
    new = _redact_strings(new, target)
    if new == body:
        return body
    if record_type == "acta" and isinstance(new.get("content"), dict):
        # What verification reads to say why the acta no longer prints as issued.
        dates = set(new["content"].get(SUPPRESSED_KEY) or ()) | {target.erased_on}
        new["content"] = {**new["content"], SUPPRESSED_KEY: sorted(dates)}
    return new


def _redact_acta(body: dict[str, Any], target: Target) -> dict[str, Any]:
    content = body.get("content")
    if not isinstance(content, dict):
        return body
    content = dict(content)
    record = content.get("snapshot") if isinstance(content.get("snapshot"), dict) else None
    if record is None:
        return body
    record = dict(record)
    if isinstance(record.get("attendance"), list):
        record["attendance"] = [
            _redact_person(a, target) if isinstance(a, dict) and a.get("participant_id") in target.participant_ids
            else a for a in record["attendance"]]
    if isinstance(record.get("evidence"), list):
        record["evidence"] = [
            {**e, "sha256": PLACEHOLDER_SHA256, "file_name": REDACTED, "caption": REDACTED,
             "media_type": PLACEHOLDER_MEDIA_TYPE}
            if isinstance(e, dict) and e.get("id") in target.evidence_ids else e for e in record["evidence"]]
    if isinstance(record.get("commitments"), list):
        record["commitments"] = [
            {**c, "responsible": REDACTED}
            if isinstance(c, dict) and c.get("participant_id") in target.participant_ids else c
            for c in record["commitments"]]
    content["snapshot"] = record
    return {**body, "content": content}


def redact_person_mappings(value: Any, target: Target) -> Any:
    """Any JSON (a draft's payload): mappings that are the person lose their data, and every
    text its mentions of them."""
    if isinstance(value, list):
        return [redact_person_mappings(v, target) for v in value]
    if isinstance(value, dict):
        ids = {value.get("id"), value.get("participant_id")}
        if target.is_document(value.get("id_document")) or ids & target.participant_ids:
            value = _redact_person(value, target)
        return {k: redact_person_mappings(v, target) for k, v in value.items()}
    return redact_text(value, target) if isinstance(value, str) else value
