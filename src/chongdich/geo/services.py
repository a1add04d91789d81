"""All writes to geography: loading the reference units, populations, commune imports."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from tqdm import tqdm

from chongdich.accounts.audit import record_change
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, RowError, ServiceError

from .models import AdminUnit, MapVersion, PopulationFigure, PopulationSeries, UnitLevel
from .reference import read_province_populations, read_reference_geography

BATCH = 2000


def population_series_in_use() -> str:
    """The province series levels and rates use; GSO 2020 is nearest to the 2021–22 waves."""
    return getattr(settings, "CHONGDICH_POPULATION_SERIES", PopulationSeries.GSO_2020.value)


@transaction.atomic
def load_reference_geography(*, actor: Any, progress: bool = False) -> dict[str, int]:
    """Create or update every unit of both maps and the old→new links. Idempotent."""
    accessible_to(actor).require(Capability.EDIT_REFERENCE)
    ref = read_reference_geography()
    existing = {
        (u.map_version, u.level, u.code): u
        for u in AdminUnit.objects.all().only(
            "id",
            "map_version",
            "level",
            "code",
            "name",
            "short_name",
            "unit_type",
            "key",
            "latitude",
            "longitude",
            "area_km2",
            "parent_id",
            "province_id",
        )
    }
    fields = ["name", "short_name", "unit_type", "key", "latitude", "longitude", "area_km2"]
    created, updated = 0, 0
    by_level: dict[str, list[Any]] = defaultdict(list)
    for rec in ref.units:
        by_level[rec.level].append(rec)
    # Parents before children so that every foreign key points at a stored row.
    for level in (UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE):
        to_create, to_update = [], []
        records = by_level[level]
        for rec in tqdm(records, desc=f"geo {level}", disable=not progress, leave=False):
            unit = existing.get((rec.map_version, rec.level, rec.code))
            values = {f: getattr(rec, f) for f in fields}
            if level == UnitLevel.PROVINCE:
                parent = None
            elif level == UnitLevel.DISTRICT or rec.map_version == MapVersion.CURRENT:
                parent = existing[(rec.map_version, UnitLevel.PROVINCE, rec.parent_code)]
            else:
                parent = existing[(rec.map_version, UnitLevel.DISTRICT, rec.parent_code)]
            province = existing.get((rec.map_version, UnitLevel.PROVINCE, rec.province_code))
            if unit is None:
                unit = AdminUnit(
                    map_version=rec.map_version,
                    level=rec.level,
                    code=rec.code,
                    parent=parent,
                    province=province,
                    **values,
                )
                to_create.append(unit)
            elif any(getattr(unit, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(unit, f, v)
                to_update.append(unit)
        AdminUnit.objects.bulk_create(to_create, batch_size=BATCH)
        AdminUnit.objects.bulk_update(to_update, fields, batch_size=BATCH)
        created += len(to_create)
        updated += len(to_update)
        for unit in to_create:
            existing[(unit.map_version, unit.level, unit.code)] = unit
        if level == UnitLevel.PROVINCE:
            # A province is its own province: set after its id exists.
            provinces = [u for u in to_create if u.province_id is None]
            for u in provinces:
                u.province = u
            AdminUnit.objects.bulk_update(provinces, ["province"], batch_size=BATCH)
    links = _store_successions(existing, ref.successions)
    counts = {"created": created, "updated": updated, "successions_created": links}
    populations = _store_province_populations(existing)
    counts["population_figures_created"] = populations
    refresh_populations()
    record_change(
        actor=actor,
        action="geo.load_reference",
        object_type="geo.adminunit",
        object_repr="reference geography",
        after=counts,
    )
    return counts


def _store_successions(
    existing: dict[tuple[str, str, str], AdminUnit],
    successions: Iterable[tuple[str, str, bool, bool]],
) -> int:
    from .models import UnitSuccession

    have = set(UnitSuccession.objects.values_list("old_unit_id", "new_unit_id"))
    to_create = []
    for old_code, new_code, is_default, is_split in successions:
        old = existing[(MapVersion.LEGACY, UnitLevel.COMMUNE, old_code)]
        new = existing[(MapVersion.CURRENT, UnitLevel.COMMUNE, new_code)]
        if (old.pk, new.pk) not in have:
            to_create.append(
                UnitSuccession(old_unit=old, new_unit=new, is_default=is_default, is_split=is_split)
            )
    UnitSuccession.objects.bulk_create(to_create, batch_size=BATCH)
    return len(to_create)


def _store_province_populations(existing: dict[tuple[str, str, str], AdminUnit]) -> int:
    """Keep all three published series for the 63 provinces and their sums for the 34."""
    figures = read_province_populations()
    members: dict[str, list[str]] = defaultdict(list)
    for new_code, old_code in read_reference_geography().province_members:
        members[new_code].append(old_code)
    have = set(PopulationFigure.objects.values_list("unit_id", "series"))
    rows = []
    source = "vn_province_population.csv"
    for code, series_values in figures.items():
        unit = existing[(MapVersion.LEGACY, UnitLevel.PROVINCE, code)]
        for series, value in series_values.items():
            if (unit.pk, series) not in have:
                rows.append(PopulationFigure(unit=unit, series=series, value=value, source=source))
    for new_code, old_codes in members.items():
        unit = existing[(MapVersion.CURRENT, UnitLevel.PROVINCE, new_code)]
        for series in figures[old_codes[0]]:
            if (unit.pk, series) not in have:
                value = sum(figures[c][series] for c in old_codes)
                rows.append(
                    PopulationFigure(
                        unit=unit,
                        series=series,
                        value=value,
                        source=f"{source}: sum of {'+'.join(old_codes)}",
                    )
                )
    PopulationFigure.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def refresh_populations(province_ids: Iterable[int] | None = None) -> None:
    """Recompute the population each unit uses, and whether it is an estimate.

    Provinces take the series in use. Communes take an imported figure where one exists;
    the rest share what remains of the province equally and are marked as estimates.
    Districts are the sum of their communes (an estimate if any commune is).
    """
    series = population_series_in_use()
    provinces = AdminUnit.objects.filter(level=UnitLevel.PROVINCE)
    if province_ids is not None:
        provinces = provinces.filter(pk__in=list(province_ids))
    province_figures = dict(
        PopulationFigure.objects.filter(unit__in=provinces, series=series).values_list(
            "unit_id", "value"
        )
    )
    for province in provinces:
        province_pop = province_figures.get(province.pk)
        communes = list(
            AdminUnit.objects.filter(province=province, level=UnitLevel.COMMUNE).only(
                "id", "parent_id", "population", "population_series", "population_is_estimate"
            )
        )
        imported = dict(
            PopulationFigure.objects.filter(
                unit__in=communes, series=PopulationSeries.IMPORTED
            ).values_list("unit_id", "value")
        )
        rest = [c for c in communes if c.pk not in imported]
        remaining = max((province_pop or 0) - sum(imported.values()), 0)
        share, extra = divmod(remaining, len(rest)) if rest else (0, 0)
        before = {c.pk: _population_state(c) for c in communes}
        for c in communes:
            if c.pk in imported:
                c.population, c.population_series = imported[c.pk], PopulationSeries.IMPORTED
                c.population_is_estimate = False
        for position, c in enumerate(rest):
            if province_pop is None:
                c.population, c.population_series, c.population_is_estimate = None, "", False
            else:
                # The first `extra` communes take one more person so the sum is exact.
                c.population = share + (1 if position < extra else 0)
                c.population_series = PopulationSeries.ESTIMATE
                c.population_is_estimate = True
        _save_population_states([c for c in communes if _population_state(c) != before[c.pk]])
        province.population = province_pop
        province.population_series = series if province_pop is not None else ""
        province.population_is_estimate = False
        province.save(update_fields=POPULATION_FIELDS)
        _refresh_districts(province, communes)


def _refresh_districts(province: AdminUnit, communes: list[AdminUnit]) -> None:
    totals: dict[int, int] = defaultdict(int)
    estimated: dict[int, bool] = defaultdict(bool)
    for c in communes:
        if c.parent_id and c.population is not None:
            totals[c.parent_id] += c.population
            estimated[c.parent_id] |= c.population_is_estimate
    changed = []
    for d in AdminUnit.objects.filter(province=province, level=UnitLevel.DISTRICT):
        state = (
            totals.get(d.pk),
            PopulationSeries.SUM if d.pk in totals else "",
            estimated.get(d.pk, False),
        )
        if state != _population_state(d):
            d.population, d.population_series, d.population_is_estimate = state
            changed.append(d)
    _save_population_states(changed)


def _save_population_states(units: list[AdminUnit]) -> None:
    """One UPDATE per distinct value: estimates share one value per province, so a whole
    province's communes take two statements instead of a CASE over every row."""
    groups: dict[tuple[int | None, str, bool], list[int]] = defaultdict(list)
    for u in units:
        groups[_population_state(u)].append(u.pk)
    for (population, series, is_estimate), ids in groups.items():
        for start in range(0, len(ids), BATCH):
            AdminUnit.objects.filter(pk__in=ids[start : start + BATCH]).update(
                population=population,
                population_series=series,
                population_is_estimate=is_estimate,
            )


POPULATION_FIELDS = ["population", "population_series", "population_is_estimate"]


def _population_state(unit: AdminUnit) -> tuple[int | None, str, bool]:
    return unit.population, unit.population_series, unit.population_is_estimate


REQUIRED_COLUMNS = ("code", "population")


def import_commune_populations(
    content: str, *, actor: Any, map_version: str = MapVersion.LEGACY
) -> dict[str, int]:
    """Import ``code,population`` rows for communes; all rows or none.

    Every row is checked before anything is written: an unknown code, a commune outside the
    actor's jurisdiction or a bad number rejects the whole file with a line-by-line report.
    """
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.EDIT_REFERENCE)
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Expected a header line: code,population")
            % {"columns": ", ".join(missing)},
        )
    rows: list[tuple[int, str, str]] = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        rows.append((line, row.get("code", ""), row.get("population", "")))
    units = {
        u.code: u
        for u in AdminUnit.objects.filter(
            map_version=map_version, level=UnitLevel.COMMUNE, code__in=[c for _, c, _ in rows]
        )
    }
    errors: list[RowError] = []
    values: dict[int, int] = {}
    seen: dict[str, int] = {}
    for line, code, text in rows:
        unit = units.get(code)
        if unit is None:
            errors.append(
                RowError(line, "code", _("Unknown commune code “%(code)s”.") % {"code": code})
            )
            continue
        if code in seen:
            errors.append(
                RowError(
                    line,
                    "code",
                    _("Code repeated (first on line %(line)d).") % {"line": seen[code]},
                )
            )
            continue
        seen[code] = line
        if not jurisdiction.can(Capability.EDIT_REFERENCE, unit=unit):
            errors.append(
                RowError(
                    line,
                    "code",
                    _("Commune %(name)s is outside your jurisdiction.") % {"name": unit.name},
                )
            )
            continue
        cleaned = text.replace(".", "").replace(",", "").replace(" ", "")
        if not cleaned.isdigit() or int(cleaned) <= 0:
            errors.append(
                RowError(
                    line,
                    "population",
                    _("“%(value)s” is not a positive whole number.") % {"value": text},
                )
            )
            continue
        values[unit.pk] = int(cleaned)
    if not rows:
        raise ServiceError(ErrorCode.INVALID_FILE, _("The file has no data rows."))
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.") % {"count": len(errors)},
            details=[e.as_dict() for e in errors],
        )
    with transaction.atomic():
        existing = {
            f.unit_id: f
            for f in PopulationFigure.objects.select_for_update().filter(
                unit_id__in=values, series=PopulationSeries.IMPORTED
            )
        }
        created, changed = [], []
        for unit_id, value in values.items():
            fig = existing.get(unit_id)
            if fig is None:
                created.append(
                    PopulationFigure(
                        unit_id=unit_id,
                        series=PopulationSeries.IMPORTED,
                        value=value,
                        source="commune population import",
                    )
                )
            elif fig.value != value:
                fig.value = value
                changed.append(fig)
        PopulationFigure.objects.bulk_create(created)
        PopulationFigure.objects.bulk_update(changed, ["value"])
        province_ids = set(
            AdminUnit.objects.filter(pk__in=values).values_list("province_id", flat=True)
        )
        refresh_populations(province_ids)
        result = {"rows": len(values), "created": len(created), "updated": len(changed)}
        for pid in province_ids:
            record_change(
                actor=actor,
                action="geo.import_commune_populations",
                object_type="geo.populationfigure",
                object_repr="commune populations",
                area=AdminUnit.objects.get(pk=pid),
                after=result,
            )
    return result
