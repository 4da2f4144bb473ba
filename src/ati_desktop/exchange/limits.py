"""Limits on what a package may hold, so a hostile or damaged file cannot exhaust the reader.

Each limit is far above what a year of one assistant's field work produces (about 600
sessions, a few thousand photos after downscaling) and far below what would hurt an old
laptop with 4 GB of memory. Sizes are in bytes.
"""

from __future__ import annotations

MIB = 1024 * 1024

# The file itself: ten thousand sessions with downscaled photos weigh a few hundred MB.
MAX_PACKAGE_FILE_BYTES = 4096 * MIB
# Members in one archive: one per record type and one per distinct photo or signature.
MAX_MEMBERS = 200_000
# One member, read whole into memory: the largest is one record type's revisions.
MAX_MEMBER_BYTES = 512 * MIB
# All members together, uncompressed: bounds the work of a zip bomb that stays under the
# member limit by having many members.
MAX_TOTAL_BYTES = 4096 * MIB
# The manifest lists every member with its hash: ~100 bytes each.
MAX_MANIFEST_BYTES = 64 * MIB
# An Ed25519 signature is exactly this long.
SIGNATURE_BYTES = 64
# One revision per line; a session with long texts and answers stays below 1 MB.
MAX_LINE_BYTES = 8 * MIB
# Nesting of JSON values: answers of repeated groups reach depth 6; 64 leaves room while
# keeping the walk of a hostile file cheap.
MAX_JSON_DEPTH = 64
# A revision has one parent, two or more only when it resolves a conflict.
MAX_PARENTS = 64
# An identifier in the revision log (uuid strings are 36 characters).
MAX_ID_CHARS = 64
# The envelope of an encrypted package is a few hundred bytes of JSON.
MAX_ENVELOPE_BYTES = 64 * 1024
# A receipt lists a device's package numbers: a few KB even after years of weekly packages.
MAX_RECEIPT_MEMBER_BYTES = 256 * 1024
