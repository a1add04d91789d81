"""Travel-time matrices: minutes by road from a province's communes to its facilities.

A province loads its matrix from a CSV file (docs/care.md gives the format): header
``commune,facility,minutes``, one line per pair, ``commune`` a commune code of the
province, ``facility`` a facility id of the province, ``minutes`` a number from 0 to 1,440.
Loading replaces the province's previous matrix, all or nothing: any bad line refuses the
whole file with every reason by line, and nothing stored changes.

The referral plan (``services.plan_referrals``) travels in minutes when the loaded
matrices cover every (commune, facility) pair the plan could use, and in great-circle km
between centroids otherwise; it says which, and why. Minutes and km are never mixed in
one plan: their sum would mean nothing.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from django.db import transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change
from chongdich.epi import referral as optimiser
from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.facilities.models import Facility
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

from .models import TravelTime

COLUMNS = ("commune", "facility", "minutes")
MAX_MINUTES = 1440.0  # a day: more is a unit mistake (seconds?), not a referral trip
KM, MINUTES = "km", "minutes"


def read_travel_times(
    content: bytes | str, province: AdminUnit
) -> list[tuple[AdminUnit, Facility, float]]:
    """Parse and check a whole file against the province; any bad line refuses it."""
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ServiceError(ErrorCode.INVALID_FILE, _("The file is not UTF-8 text.")) from exc
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Expected commune,facility,minutes.")
            % {"columns": ", ".join(missing)},
        )
    communes = {
        u.code: u for u in AdminUnit.objects.filter(level=UnitLevel.COMMUNE, province=province)
    }
    facilities = {f.pk: f for f in Facility.objects.filter(area__province=province)}
    rows: list[tuple[AdminUnit, Facility, float]] = []
    errors: list[RowError] = []
    seen: dict[tuple[int, int], int] = {}
    for line, raw in enumerate(reader, start=2):
        if None in raw:  # more fields than the header: e.g. "7,5" minutes without quotes
            errors.append(
                RowError(
                    line,
                    "minutes",
                    _('More fields than the header; quote a decimal comma ("7,5").'),
                )
            )
            continue
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        if not row["minutes"]:  # a pair of the downloaded table not filled in: not given
            continue
        commune = communes.get(row["commune"])
        if commune is None:
            errors.append(
                RowError(
                    line,
                    "commune",
                    _("“%(code)s” is not a commune of %(province)s.")
                    % {"code": row["commune"], "province": province.name},
                )
            )
        facility = facilities.get(int(row["facility"])) if row["facility"].isdigit() else None
        if facility is None:
            errors.append(
                RowError(
                    line,
                    "facility",
                    _("“%(id)s” is not the id of a facility of %(province)s.")
                    % {"id": row["facility"], "province": province.name},
                )
            )
        minutes = _minutes(row["minutes"])
        if minutes is None:
            errors.append(
                RowError(
                    line,
                    "minutes",
                    _("“%(value)s” is not a number of minutes from 0 to %(most)d.")
                    % {"value": row["minutes"], "most": MAX_MINUTES},
                )
            )
        if commune is None or facility is None or minutes is None:
            continue
        first = seen.setdefault((commune.pk, facility.pk), line)
        if first != line:
            errors.append(
                RowError(
                    line,
                    "facility",
                    _("Same commune and facility as line %(line)d.") % {"line": first},
                )
            )
            continue
        rows.append((commune, facility, minutes))
    if not rows and not errors:
        raise ServiceError(ErrorCode.INVALID_FILE, _("The file has no data rows."))
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.") % {"count": len(errors)},
            details=[e.as_dict() for e in errors[:500]],
        )
    return rows


def _minutes(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) and 0 <= value <= MAX_MINUTES else None


def load_travel_times(
    content: bytes | str, *, province: AdminUnit, file_name: str = "", actor: Any
) -> dict[str, Any]:
    """Replace the province's travel-time matrix with the file's, audited, all or nothing.
    Only the province's coordinators (its officer, the Ministry's coordinators) may."""
    from .services import _require_coordinator

    if province.level != UnitLevel.PROVINCE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Travel times are loaded per province."))
    _require_coordinator(actor, province)
    rows = read_travel_times(content, province)
    with transaction.atomic():
        stored = TravelTime.objects.filter(province=province)
        replaced = stored.count()
        stored.delete()
        TravelTime.objects.bulk_create(
            [
                TravelTime(
                    province=province,
                    origin=commune,
                    facility=facility,
                    minutes=minutes,
                    source=file_name[:200],
                )
                for commune, facility, minutes in rows
            ],
            batch_size=2000,
        )
        record_change(
            actor=actor,
            action="care.load_travel_times",
            obj=province,
            area=province,
            before={"rows": replaced},
            after={"rows": len(rows), "file": file_name},
        )
    return {"province": province.code, "rows": len(rows), "replaced": replaced, "file": file_name}


@dataclass
class TravelBasis:
    """What the plan minimises: minutes (a loaded matrix) or great-circle km."""

    metric: str
    wards: list[optimiser.Ward]
    travel: dict[tuple[str, str], float] | None
    note: str


def travel_basis(
    patients: Sequence[optimiser.Waiting],
    wards: Sequence[optimiser.Ward],
    commune_ids: dict[str, int],
) -> TravelBasis:
    """Minutes when the loaded matrices cover every eligible (commune, facility) pair of
    the plan, km otherwise (with the number of pairs missing). ``commune_ids``: the
    patients' commune codes (their ``place``) to the communes' ids."""
    needed: dict[tuple[str, int], set[str]] = defaultdict(set)  # (bed, tier) → communes
    for p in patients:
        needed[(p.bed_type, p.tier)].add(p.place)
    loaded: dict[tuple[str, int], float] = {}
    loaded_from: dict[str, set[int]] = defaultdict(set)
    code_of = {pk: code for code, pk in commune_ids.items()}
    if needed and wards:
        for origin_id, facility_id, minutes in TravelTime.objects.filter(
            origin_id__in=code_of, facility_id__in={w.facility for w in wards}
        ).values_list("origin_id", "facility_id", "minutes"):
            loaded[(code_of[origin_id], facility_id)] = minutes
            loaded_from[code_of[origin_id]].add(facility_id)
    if not loaded:
        return TravelBasis(KM, list(wards), None, _("No travel-time matrix is loaded."))
    missing = 0
    for (bed_type, tier), places in needed.items():
        reachable = {w.facility for w in wards if w.bed_type == bed_type and w.tier >= tier}
        missing += sum(len(reachable - loaded_from[place]) for place in places)
    if missing:
        return TravelBasis(
            KM,
            list(wards),
            None,
            _("The travel-time matrix lacks %(count)d commune–facility pair(s) of this plan.")
            % {"count": missing},
        )
    # Keyed by facility, not by the facility's commune: two facilities of one commune may
    # be minutes apart by road.
    by_facility = [replace(w, place=f"facility:{w.facility}") for w in wards]
    travel = {(place, f"facility:{f}"): minutes for (place, f), minutes in loaded.items()}
    return TravelBasis(MINUTES, by_facility, travel, _("Travel-time matrix loaded."))


@dataclass
class TravelMatrix:
    """A province the user may load a matrix for, and what is loaded (the page's row)."""

    province: AdminUnit
    rows: int = 0
    communes: int = 0
    facilities: int = 0
    communes_in_province: int = 0
    facilities_in_province: int = 0
    source: str = ""
    loaded_at: Any = None

    @property
    def coverage_pct(self) -> float | None:
        """Share of the province's commune × facility pairs the matrix gives (the plan
        travels in minutes only where its pairs are all given)."""
        pairs = self.communes_in_province * self.facilities_in_province
        return round(100 * self.rows / pairs, 1) if pairs else None


def travel_matrices(actor: Any) -> list[TravelMatrix]:
    """The provinces whose matrix the actor may load (the loading service's own rule), each
    with the size and coverage of its loaded matrix."""
    from chongdich.accounts.scoping import accessible_to

    from .services import may_coordinate

    jurisdiction = accessible_to(actor)
    provinces = AdminUnit.objects.filter(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE
    ).order_by("name")
    # Keyed as the aggregates name a province (the stubs type a foreign key's id as optional).
    matrices: dict[int | None, TravelMatrix] = {
        p.pk: TravelMatrix(p) for p in provinces if may_coordinate(jurisdiction, p)
    }
    loaded = (
        TravelTime.objects.filter(province__in=matrices)
        .values("province")
        .annotate(
            rows=Count("id"),
            communes=Count("origin", distinct=True),
            facilities=Count("facility", distinct=True),
            source=Max("source"),
            loaded_at=Max("created_at"),
        )
    )
    for m in loaded:
        matrix = matrices[m["province"]]
        matrix.rows, matrix.communes, matrix.facilities = m["rows"], m["communes"], m["facilities"]
        matrix.source, matrix.loaded_at = m["source"], m["loaded_at"]
    with_rows = [pk for pk, m in matrices.items() if m.rows]
    communes = AdminUnit.objects.filter(level=UnitLevel.COMMUNE, province__in=with_rows)
    for by_province in communes.values("province").annotate(n=Count("id")):
        matrices[by_province["province"]].communes_in_province = by_province["n"]
    facilities = Facility.objects.filter(area__province__in=with_rows)
    for by_area in facilities.values("area__province").annotate(n=Count("id")):
        matrices[by_area["area__province"]].facilities_in_province = by_area["n"]
    return list(matrices.values())


def export_travel_times(province: AdminUnit, *, actor: Any) -> str:
    """Every (commune, facility) pair of the province in the file format it is loaded from,
    minutes where loaded and blank where not, with the names (columns the loader ignores):
    the table to fill in and load. Only those who may load it may read it."""
    from .services import _require_coordinator

    _require_coordinator(actor, province)
    loaded = {
        (origin, facility): minutes
        for origin, facility, minutes in TravelTime.objects.filter(province=province).values_list(
            "origin_id", "facility_id", "minutes"
        )
    }
    communes = AdminUnit.objects.filter(level=UnitLevel.COMMUNE, province=province)
    facilities = Facility.objects.filter(area__province=province).order_by("pk")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*COLUMNS, "commune_name", "facility_name"])
    for commune in communes.order_by("code"):
        for facility in facilities:
            minutes = loaded.get((commune.pk, facility.pk))
            writer.writerow(
                [
                    commune.code,
                    facility.pk,
                    "" if minutes is None else f"{minutes:g}",
                    commune.name,
                    facility.name,
                ]
            )
    return out.getvalue()
