"""De-identified packages, for sharing outside the secretariat: no names, IDs, contacts, signatures or photos.

People's names become stable pseudonyms: an HMAC, under a key derived from the device's
signing key, of what is named (a record, or a typed name). The same person gets the same
pseudonym in every package of this device, and nobody without the key can recompute one from
a name or a cédula. Free texts (conclusions, notes) are kept as typed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# Records left out: they are photos and documents, or actas that print names and signatures.
LEFT_OUT = frozenset({"evidence", "acta"})
# Fields of people left out (None): ID numbers and contact data.
CLEARED = {
    "participant": ("id_document", "email", "phone"),
    "assistant": ("id_document", "email", "phone"),
    "attendance": ("signature_sha256",),
}
# Fields holding a person's name: the record's own name, or a typed name elsewhere.
OWN_NAME = {"participant": ("full_name", "Participante"), "assistant": ("full_name", "Asistente")}
TYPED_NAMES = {"commitment": ("responsible",)}
# Answers of the forms that hold a person's name.
ANSWER_NAMES = ("entrevistado_nombre",)


class Deidentifier:
    """Turns bodies into their de-identified form; None for a record left out."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        self._key = HKDF(hashes.SHA256(), 32, salt=None, info=b"ATI Desktop seudonimos").derive(raw)

    def _code(self, text: str) -> str:
        digest = hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).digest()
        code = base64.b32encode(digest[:5]).decode()
        return f"{code[:4]}-{code[4:]}"

    def pseudonym(self, record_type: str, record_id: str) -> str:
        label = OWN_NAME.get(record_type, ("", "Persona"))[1]
        return f"{label} {self._code(record_type + ':' + record_id)}"

    def typed_name(self, name: str) -> str:
        return f"Persona {self._code('name:' + ' '.join(name.lower().split()))}"

    def label(self, label: str) -> str:
        return f"Equipo {self._code('device:' + label)}"

    def body(self, record_type: str, record_id: str, body: dict[str, Any]) -> dict[str, Any] | None:
        if record_type in LEFT_OUT:
            return None
        body = dict(body)
        for field in CLEARED.get(record_type, ()):
            if field in body:
                body[field] = None
        if record_type in OWN_NAME:
            body[OWN_NAME[record_type][0]] = self.pseudonym(record_type, record_id)
        for field in TYPED_NAMES.get(record_type, ()):
            if body.get(field):
                body[field] = self.typed_name(body[field])
        if record_type == "session" and isinstance(body.get("answers"), dict):
            answers = dict(body["answers"])
            for field in ANSWER_NAMES:
                if isinstance(answers.get(field), str) and answers[field]:
                    answers[field] = self.typed_name(answers[field])
            body["answers"] = answers
        return body
