"""Reads the reference geography: vietnamadminunits' dataset and the CSVs shipped in data/.

Pure reading, no database writes: ``services.load_reference_geography`` stores what this
returns. Keeping the two apart lets tests check the source figures without a database.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from vietnamadminunits.database import query as vau_query

DATA_DIR = Path(str(resources.files("chongdich.data")))

POPULATION_CSV = DATA_DIR / "vn_province_population.csv"
MERGER_CSV = DATA_DIR / "vn_provinces_34_post2025_merger_table.csv"
BOUNDARY_FILES = {
    "legacy": DATA_DIR / "vn_provinces_63_pre2025_geoboundaries.geojson",
    "current": DATA_DIR / "vn_provinces_34_post2025_vnmap.geojson",
}
# Columns of vn_province_population.csv, by population series.
POPULATION_COLUMNS = {
    "census2019_ncsc": "population_ncsc_api_approx_census2019",
    "gso2020_avg": "population_2020_avg_gso",
    "nso2024": "population_2024_nso",
}

# Island districts with no commune-level units (huyện không có đơn vị hành chính cấp xã):
# the district itself stands as its only commune, under the district's code.
ISLAND_DISTRICT_KEYS = {
    "huyenbachlongvi",
    "huyenconco",
    "huyenhoangsa",
    "huyenlyson",
    "huyencondao",
}


@dataclass(frozen=True)
class UnitRecord:
    map_version: str
    level: str
    code: str
    name: str
    short_name: str
    unit_type: str
    key: str
    parent_code: str | None
    province_code: str
    latitude: float | None
    longitude: float | None
    area_km2: float | None = None


@dataclass
class ReferenceGeography:
    units: list[UnitRecord] = field(default_factory=list)
    # (old commune code, new commune code, is_default, is_split)
    successions: list[tuple[str, str, bool, bool]] = field(default_factory=list)
    # (new province code, old province code)
    province_members: list[tuple[str, str]] = field(default_factory=list)


def _province_type(full_name: str) -> str:
    return "Thành phố" if full_name.startswith("Thành phố") else "Tỉnh"


def _legacy_units() -> Iterator[UnitRecord]:
    rows = vau_query(
        "SELECT * FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
    )
    seen_provinces: set[str] = set()
    seen_districts: set[str] = set()
    for r in rows:
        pcode, dcode = r["provinceCode"], r["districtCode"]
        if pcode not in seen_provinces:
            seen_provinces.add(pcode)
            yield UnitRecord(
                "legacy",
                "province",
                pcode,
                r["province"],
                r["provinceShort"],
                _province_type(r["province"]),
                r["provinceKey"],
                None,
                pcode,
                r["provinceLat"],
                r["provinceLon"],
            )
        if dcode not in seen_districts:
            seen_districts.add(dcode)
            yield UnitRecord(
                "legacy",
                "district",
                dcode,
                r["district"],
                r["districtShort"],
                r["districtType"],
                r["districtKey"],
                pcode,
                pcode,
                r["districtLat"],
                r["districtLon"],
            )
        if r["wardCode"]:
            yield UnitRecord(
                "legacy",
                "commune",
                r["wardCode"],
                r["ward"],
                r["wardShort"],
                r["wardType"],
                r["wardKey"],
                dcode,
                pcode,
                r["wardLat"],
                r["wardLon"],
            )
        elif r["districtKey"] in ISLAND_DISTRICT_KEYS:
            yield UnitRecord(
                "legacy",
                "commune",
                dcode,
                r["district"],
                r["districtShort"],
                r["districtType"],
                r["districtKey"],
                dcode,
                pcode,
                r["districtLat"],
                r["districtLon"],
            )


def _current_units() -> Iterator[UnitRecord]:
    rows = vau_query("SELECT * FROM admin_units ORDER BY provinceCode, wardCode")
    seen_provinces: set[str] = set()
    for r in rows:
        pcode = r["provinceCode"]
        if pcode not in seen_provinces:
            seen_provinces.add(pcode)
            yield UnitRecord(
                "current",
                "province",
                pcode,
                r["province"],
                r["provinceShort"],
                _province_type(r["province"]),
                r["provinceKey"],
                None,
                pcode,
                r["provinceLat"],
                r["provinceLon"],
            )
        yield UnitRecord(
            "current",
            "commune",
            r["wardCode"],
            r["ward"],
            r["wardShort"],
            r["wardType"],
            r["wardKey"],
            pcode,
            pcode,
            r["wardLat"],
            r["wardLon"],
            r["wardAreaKm2"],
        )


def _successions(units: list[UnitRecord]) -> list[tuple[str, str, bool, bool]]:
    """Old commune → new commune(s), from the converter's dictionaries (no geocoding)."""
    conv = json.loads(
        (
            Path(str(resources.files("vietnamadminunits"))) / "data" / "converter_2025.json"
        ).read_text()
    )
    legacy_rows = vau_query(
        "SELECT provinceKey, districtKey, wardKey, wardCode, districtCode FROM admin_units_legacy"
    )
    old_code_by_key = {
        f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}": r["wardCode"]
        or r["districtCode"]
        for r in legacy_rows
    }
    new_code_by_key = {
        (r["provinceKey"], r["wardKey"]): r["wardCode"]
        for r in vau_query("SELECT provinceKey, wardKey, wardCode FROM admin_units")
    }
    pairs: dict[tuple[str, str], tuple[bool, bool]] = {}
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in wards.items():
            new_code = new_code_by_key.get((new_pkey, new_wkey))
            for old_key in old_keys:
                old_code = old_code_by_key.get(old_key)
                if old_code and new_code:
                    pairs[(old_code, new_code)] = (True, False)
    for new_pkey, divided in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, targets in divided.items():
            old_code = old_code_by_key.get(old_key)
            for t in targets:
                new_code = new_code_by_key.get((new_pkey, t["newWardKey"]))
                if old_code and new_code:
                    pairs[(old_code, new_code)] = (bool(t["isDefaultNewWard"]), True)
    return [(o, n, d, s) for (o, n), (d, s) in sorted(pairs.items())]


def _province_members() -> list[tuple[str, str]]:
    with MERGER_CSV.open(encoding="utf-8") as fh:
        return [
            (row["code"], member)
            for row in csv.DictReader(fh)
            for member in row["members"].split("+")
        ]


@cache
def read_reference_geography() -> ReferenceGeography:
    units = list(_legacy_units()) + list(_current_units())
    return ReferenceGeography(
        units=units, successions=_successions(units), province_members=_province_members()
    )


def read_province_populations() -> dict[str, dict[str, int]]:
    """{gso_code: {series: value}} for the 63 pre-2025 provinces."""
    with POPULATION_CSV.open(encoding="utf-8") as fh:
        return {
            row["gso_code"]: {s: int(row[col]) for s, col in POPULATION_COLUMNS.items()}
            for row in csv.DictReader(fh)
        }


@cache
def read_boundaries(map_version: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BOUNDARY_FILES[map_version].read_text(encoding="utf-8"))
    return data
