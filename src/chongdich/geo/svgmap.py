"""Province maps drawn as SVG on the server from the boundary GeoJSON: no tiles, no CDN."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache
from typing import Any

from .reference import read_boundaries

WIDTH = 420


def _rings(geometry: dict[str, Any]) -> Iterator[list[list[float]]]:
    polygons = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    for polygon in polygons:
        yield from polygon


@cache
def _projected(map_version: str) -> tuple[dict[str, str], tuple[float, float]]:
    """{province code: SVG path} in a plate carrée scaled by cos(latitude), and the size."""
    features = read_boundaries(map_version)["features"]
    lons = [p[0] for f in features for r in _rings(f["geometry"]) for p in r]
    lats = [p[1] for f in features for r in _rings(f["geometry"]) for p in r]
    min_lon, max_lon, min_lat, max_lat = min(lons), max(lons), min(lats), max(lats)
    kx = math.cos(math.radians((min_lat + max_lat) / 2))
    scale = WIDTH / ((max_lon - min_lon) * kx)
    height = (max_lat - min_lat) * scale
    paths: dict[str, str] = {}
    for f in features:
        props = f["properties"]
        code = props.get("gso_code") or props.get("code")
        parts = []
        for ring in _rings(f["geometry"]):
            pts = " ".join(
                f"{(lon - min_lon) * kx * scale:.1f},{(max_lat - lat) * scale:.1f}"
                for lon, lat in ring
            )
            parts.append(f"M{pts}Z")
        paths[code] = "".join(parts)
    return paths, (WIDTH, height)


def province_map(
    map_version: str, fills: dict[str, str], titles: dict[str, str], links: dict[str, str]
) -> dict[str, Any]:
    """Shapes for the template: one path per province with its fill, title and link."""
    paths, (width, height) = _projected(map_version)
    shapes = [
        {
            "code": code,
            "d": d,
            "fill": fills.get(code, "level-none"),
            "title": titles.get(code, code),
            "href": links.get(code, ""),
        }
        for code, d in paths.items()
    ]
    return {"shapes": shapes, "width": round(width), "height": round(height)}
