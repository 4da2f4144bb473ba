"""The outlines of Huila's 37 municipalities, from the GeoJSON shipped in ``resources/maps``.

Source: DANE, Marco Geoestadístico Nacional 2018 (municipal political division, simplified);
see ``resources/maps/README.md``. Longitude and latitude become plane coordinates (x east,
y south, in km) by an equirectangular projection at Huila's mean latitude, which distorts
less than a pixel at the size the map is drawn.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from ati_desktop.domain.errors import ValidationError
from ati_desktop.resources import resources_dir

MAP_FILE = "huila_municipalities.geojson"
_MAX_BYTES = 2_000_000
_KM_PER_DEGREE = 111.32


@dataclass(frozen=True)
class Outline:
    code: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # outer rings (and holes) in km

    @property
    def centre(self) -> tuple[float, float]:
        """The centre of the largest ring's bounding box: where the name goes."""
        ring = max(self.rings, key=len)
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


@cache
def outlines() -> tuple[Outline, ...]:
    path = resources_dir() / "maps" / MAP_FILE
    raw = path.read_bytes()
    if len(raw) > _MAX_BYTES:
        raise ValidationError("El mapa de municipios «{file}» es demasiado grande.", file=str(path))
    features = json.loads(raw)["features"]
    lats = [lat for f in features for ring in _rings(f["geometry"]) for _lon, lat in ring]
    scale = math.cos(math.radians(sum(lats) / len(lats)))
    found = []
    for feature in features:
        props = feature["properties"]
        rings = tuple(tuple((lon * _KM_PER_DEGREE * scale, -lat * _KM_PER_DEGREE) for lon, lat in ring)
                      for ring in _rings(feature["geometry"]))
        found.append(Outline(str(props["divipola_code"]), str(props["name"]), rings))
    return tuple(sorted(found, key=lambda o: o.code))


def _rings(geometry: dict) -> list[list[tuple[float, float]]]:
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        return []
    return [[(float(p[0]), float(p[1])) for p in ring] for polygon in polygons for ring in polygon]
