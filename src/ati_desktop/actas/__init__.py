"""Session minutes (actas) as PDF, rendered with ReportLab, and their verification.

- ``actas.model``: ``ActaData`` and its parts, everything an acta prints (filled by services).
- ``actas.render``: ``render_acta``, ``write_acta``, ``render_many`` (imports ReportLab).
- ``actas.verify``: ``read_stamp`` / ``read_stamps`` (plain Python) and how verification works.
- ``actas.stamp``: ``ActaStamp``, the session id, revision and record hash printed on an acta.
- ``actas.sample``: ``sample_acta()``, a realistic example for header previews and benchmarks.

Importing the package itself loads nothing heavy: pick the module you need.
"""

# Bumped whenever the renderer's output bytes change: an issued acta is re-rendered byte for
# byte only by the renderer version that printed it (older ones verify by their stamp alone).
RENDERER_VERSION = 3
