"""All writes for epidemic levels: rule-set versions, indicators, weekly assessments, changes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi import level_rules
from chongdich.epi.level_reasons import explain
from chongdich.epi.level_rules import LevelInputError, RuleSet
from chongdich.epi.levels import UnitInputs, assess, validate
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel, UnitSuccession
from chongdich.surveillance import services as surveillance
from chongdich.surveillance.models import DailyCaseCount, LevelAnnouncement

from .models import LevelAssessment, RuleSetCode, RuleSetOverride, UnitIndicator

# Which daily series a unit's counts come from, best first.
SOURCE_PRIORITY = ("line_list", "manual", "ncsc", "vnexpress")
COVERAGE_FIELDS = (
    "adult_first_dose_pct",
    "age50_full_pct",
    "population_full_pct",
    "high_risk_full_pct",
)
INDICATOR_FIELDS = (
    "adult_first_dose_pct",
    "age50_full_pct",
    "population_full_pct",
    "high_risk_full_pct",
    "capacity_met",
    "free_beds_per_100k",
)


def _province(code: str, map_version: str) -> AdminUnit:
    unit = AdminUnit.objects.filter(
        map_version=map_version, level=UnitLevel.PROVINCE, code=code
    ).first()
    if unit is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    return unit


def rule_set_for(province: AdminUnit, on: dt.date, code: str | None = None) -> RuleSet:
    """The rule set in force on a date (or the one named), with the province's newest changes."""
    try:
        base = level_rules.get_rule_set(code, on)
    except LevelInputError as exc:
        raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from None
    override = (
        RuleSetOverride.objects.filter(province=province, rule_set=base.code)
        .order_by("-version")
        .first()
    )
    if override is None:
        return base
    return level_rules.apply_overrides(
        base, override.changes, f"{base.version}+{province.code}v{override.version}"
    )


def set_rule_set_override(
    province: AdminUnit, rule_set: str, changes: dict[str, Any], *, note: str = "", actor: Any
) -> RuleSetOverride:
    """A new version of the province's changes to a rule set; the old versions stay."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=province)
    if province.level != UnitLevel.PROVINCE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Rule sets are set by a province."))
    if rule_set not in RuleSetCode.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown rule set “%(code)s”.") % {"code": rule_set}
        )
    with transaction.atomic():
        last = (
            RuleSetOverride.objects.select_for_update()
            .filter(province=province, rule_set=rule_set)
            .order_by("-version")
            .first()
        )
        changes = _merge_changes(last.changes if last else {}, changes)
        try:
            level_rules.apply_overrides(level_rules.RULE_SETS[rule_set], changes, "check")
        except LevelInputError as exc:
            raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from None
        override = RuleSetOverride.objects.create(
            province=province,
            rule_set=rule_set,
            version=(last.version + 1) if last else 1,
            changes=changes,
            note=note,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        record_change(
            actor=actor,
            action="levels.set_rule_set_override",
            obj=override,
            area=province,
            before=last.changes if last else None,
            after=snapshot(override, ["rule_set", "version", "changes", "note"]),
        )
    return override


def _merge_changes(previous: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """A new version starts from the last one; in a list, "default" keeps the last value."""
    merged = dict(previous)
    for key, value in new.items():
        old = previous.get(key)
        if isinstance(value, list) and isinstance(old, list) and len(old) == len(value):
            value = [
                _merge_changes({"x": o}, {"x": v})["x"]
                if isinstance(v, list)
                else (o if v == "default" else v)
                for o, v in zip(old, value, strict=True)
            ]
        merged[key] = value
    return merged


def record_unit_indicator(
    area: AdminUnit,
    as_of: dt.date,
    *,
    actor: Any,
    source: str = "",
    is_demo: bool = False,
    **values: Any,
) -> UnitIndicator:
    """Vaccination coverage and capacity of a unit as of a date; re-recording updates it."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    unknown = set(values) - set(INDICATOR_FIELDS)
    if unknown:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=sorted(unknown))
    for name, value in values.items():
        if name.endswith("_pct") and value is not None and not 0 <= value <= 100:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("%(name)s must be between 0 and 100.") % {"name": name},
            )
        if name == "free_beds_per_100k" and value is not None and value < 0:
            raise ServiceError(ErrorCode.INVALID_INPUT, _("Free beds cannot be negative."))
    with transaction.atomic():
        indicator, created = UnitIndicator.objects.select_for_update().get_or_create(
            area=area, as_of=as_of, defaults={**values, "source": source, "is_demo": is_demo}
        )
        before = None if created else snapshot(indicator)
        if not created:
            for name, value in {**values, "source": source, "is_demo": is_demo}.items():
                setattr(indicator, name, value)
            indicator.save()
        record_change(
            actor=actor,
            action="levels.record_unit_indicator",
            obj=indicator,
            area=area,
            before=before,
            after=snapshot(indicator),
        )
    return indicator


def schedule_level_change(
    area: AdminUnit,
    level: int,
    *,
    effective_at: dt.datetime,
    actor: Any,
    previous_level: int | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Announce a level from a given time (seed 000: from 12:00 on 2/11) and check the notice.

    Nhân Dân (13/10/2021) reports a change must be announced 48 hours ahead [S]: a shorter
    notice is recorded all the same (a province may act at once) and reported as such.
    """
    if timezone.is_naive(effective_at):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The effective time needs a time zone."))
    if previous_level is None:
        latest = (
            LevelAnnouncement.objects.filter(area=area, effective_at__lt=effective_at)
            .order_by("-effective_at")
            .first()
        )
        previous_level = latest.level if latest else None
    announcement = surveillance.announce_level(
        area, level, effective_at=effective_at, previous_level=previous_level, actor=actor
    )
    now = now or timezone.now()
    hours = (effective_at - now).total_seconds() / 3600
    return {
        "announcement": announcement,
        "notice_hours": round(hours, 1),
        "notice_required_hours": level_rules.NOTICE_HOURS,
        "notice_tag": level_rules.NOTICE_TAG,
        "meets_notice": hours >= level_rules.NOTICE_HOURS,
    }


# --- Weekly assessment -------------------------------------------------------------------------


def assess_province_weeks(
    province_code: str,
    *,
    map_version: str = "legacy",
    start: dt.date | None = None,
    end: dt.date | None = None,
    actor: Any,
) -> dict[str, Any]:
    """Assess every commune, district and the province itself for each week ending on
    ``end``, ``end`` − 7, ... back to ``start``; store the results (history) and return a
    summary. Each unit is computed from its own counts (or the sum of its members' counts)
    and population (DOMAIN.md §1.2, "recommended implementation")."""
    province = _province(province_code, map_version)
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=province)
    units = list(AdminUnit.objects.filter(province=province).order_by("level", "code"))
    data = _daily_matrix(units, _predecessors(units) if map_version == "current" else None)
    if data is None:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("No daily case counts for this province."))
    first_day, cases, deaths, has_counts, is_demo = data
    last_day = first_day + dt.timedelta(days=cases.shape[1] - 1)
    end = min(end or last_day, last_day)
    # A whole first week, and no week before NQ 128/NQ-CP and QĐ 4800 (12/10/2021).
    start = max(
        start or first_day,
        first_day + dt.timedelta(days=6),
        level_rules.QD4800.effective_from,
    )
    if start > end:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("No whole week of counts in that range."))
    weeks = []
    week_end = end
    while week_end >= start:
        weeks.append(week_end)
        week_end -= dt.timedelta(days=7)
    weeks.reverse()
    indicators = _indicators(units)
    coverage = _vaccination_coverage(units, weeks)
    population = np.array([u.population or 0 for u in units], dtype=np.float64)
    assessed = has_counts & (population > 0)
    index = np.flatnonzero(assessed)
    previous = _previous_levels(units, weeks[0])
    summary_weeks = []
    with transaction.atomic():
        LevelAssessment.objects.filter(area__in=units, as_of__in=weeks).delete()
        for week_end in weeks:
            rows, levels = _assess_week(
                province, units, index, week_end, first_day, cases, deaths, population,
                indicators, previous, is_demo, coverage,
            )  # fmt: skip
            LevelAssessment.objects.bulk_create(rows, batch_size=500)
            previous.update(levels)
            by_level: dict[int, int] = defaultdict(int)
            for unit, row in zip([units[i] for i in index], rows, strict=True):
                if unit.level == UnitLevel.COMMUNE:
                    by_level[row.level] += 1
            summary_weeks.append(
                {
                    "as_of": week_end.isoformat(),
                    "units": len(rows),
                    "communes": {str(k): by_level[k] for k in (1, 2, 3, 4)},
                }
            )
        result = {
            "province": province.name,
            "map_version": map_version,
            "weeks": summary_weeks,
            "units_without_data": int((~assessed).sum()),
        }
        record_change(
            actor=actor,
            action="levels.assess_province_weeks",
            object_type="levels.levelassessment",
            object_repr=f"{province} {weeks[0]}…{weeks[-1]}",
            area=province,
            after={"weeks": len(weeks), "first": str(weeks[0]), "last": str(weeks[-1])},
        )
    return result


def _predecessors(units: list[AdminUnit]) -> dict[int, list[int]]:
    """Current (2025) communes → the old communes whose centre lies in them (default links)."""
    found: dict[int, list[int]] = defaultdict(list)
    links = UnitSuccession.objects.filter(
        new_unit__in=units, is_default=True, old_unit__level=UnitLevel.COMMUNE
    ).values_list("new_unit_id", "old_unit_id")
    for new_id, old_id in links:
        found[new_id].append(old_id)
    return found


def _daily_matrix(
    units: list[AdminUnit], predecessors: dict[int, list[int]] | None = None
) -> tuple[dt.date, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Cases and deaths per unit per day, one source per unit; members summed upward.

    With ``predecessors`` (the 2025 map), a commune's series is the sum of its old
    communes' series, when every one of them has a series.
    """
    if predecessors:
        old_ids = sorted({i for ids in predecessors.values() for i in ids})
        old_units = list(AdminUnit.objects.filter(pk__in=old_ids))
        old = _daily_matrix(old_units)
        if old is None:
            return None
        first, old_cases, old_deaths, old_has, old_demo = old
        old_pos = {u.pk: i for i, u in enumerate(old_units)}
        cases = np.zeros((len(units), old_cases.shape[1]))
        deaths = np.full_like(cases, np.nan)
        own = np.zeros(len(units), dtype=bool)
        demo = np.zeros(len(units), dtype=bool)
        for i, unit in enumerate(units):
            olds = [old_pos[k] for k in predecessors.get(unit.pk, [])]
            if olds and old_has[olds].all():
                cases[i] = old_cases[olds].sum(axis=0)
                deaths[i] = _sum_known(old_deaths[olds])
                own[i], demo[i] = True, bool(old_demo[olds].any())
        return first, cases, deaths, *_roll_up(units, cases, deaths, own, demo)
    pos = {u.pk: i for i, u in enumerate(units)}
    rows = list(
        DailyCaseCount.objects.filter(area__in=units).values_list(
            "area_id", "date", "source", "new_cases", "new_deaths", "is_demo"
        )
    )
    if not rows:
        return None
    best: dict[int, str] = {}
    for area_id, _d, source, *_rest in rows:
        if area_id not in best or SOURCE_PRIORITY.index(source) < SOURCE_PRIORITY.index(
            best[area_id]
        ):
            best[area_id] = source
    first = min(r[1] for r in rows)
    last = max(r[1] for r in rows)
    days = (last - first).days + 1
    cases = np.zeros((len(units), days))
    deaths = np.full((len(units), days), np.nan)
    own = np.zeros(len(units), dtype=bool)
    demo = np.zeros(len(units), dtype=bool)
    for area_id, date, source, new_cases, new_deaths, is_demo in rows:
        if best[area_id] != source:
            continue
        i, d = pos[area_id], (date - first).days
        cases[i, d] = new_cases
        if new_deaths is not None:
            deaths[i, d] = new_deaths
        own[i] = True
        demo[i] |= is_demo
    return first, cases, deaths, *_roll_up(units, cases, deaths, own, demo)


def _sum_known(deaths: np.ndarray) -> np.ndarray:
    """Day by day, the sum of the known values; unknown where none is known."""
    total: np.ndarray = np.where(np.isnan(deaths).all(axis=0), np.nan, np.nansum(deaths, axis=0))
    return total


def _roll_up(
    units: list[AdminUnit], cases: np.ndarray, deaths: np.ndarray, own: np.ndarray, demo: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    pos = {u.pk: i for i, u in enumerate(units)}
    has = own.copy()
    # Sum communes into districts, then districts into the province, where a unit has no
    # series of its own and every member has one.
    for level in (UnitLevel.DISTRICT, UnitLevel.PROVINCE):
        for i, unit in enumerate(units):
            if unit.level != level or own[i]:
                continue
            members = [pos[c.pk] for c in units if c.parent_id == unit.pk]
            # Only a complete sum: a partial one would understate the unit's incidence.
            if members and has[members].all():
                cases[i] = cases[members].sum(axis=0)
                deaths[i] = _sum_known(deaths[members])
                has[i] = True
                demo[i] = demo[members].any()
    return has, demo


def _vaccination_coverage(
    units: list[AdminUnit], weeks: list[dt.date]
) -> dict[tuple[int, dt.date], Any]:
    """Coverage computed by the vaccination app (its dose table, else reported figures) for
    each unit and week; a unit where it knows nothing, or only a levels indicator, is left
    out and keeps its indicator row (docs/vaccination.md, "precedence")."""
    from chongdich.vaccination.queries import SOURCE_DOSES, SOURCE_REPORTED, coverage_for

    found = coverage_for(units, weeks)
    return {
        (unit_id, week): cov
        for unit_id, per_week in found.items()
        for week, cov in zip(weeks, per_week, strict=True)
        if cov.kind in (SOURCE_DOSES, SOURCE_REPORTED)
    }


def _indicators(units: list[AdminUnit]) -> dict[int, list[UnitIndicator]]:
    found: dict[int, list[UnitIndicator]] = defaultdict(list)
    for row in UnitIndicator.objects.filter(area__in=units).order_by("-as_of"):
        found[row.area_id].append(row)
    return found


def _indicator_for(
    unit: AdminUnit, on: dt.date, found: dict[int, list[UnitIndicator]], by_id: dict[int, Any]
) -> UnitIndicator | None:
    current: AdminUnit | None = unit
    while current is not None:
        for row in found.get(current.pk, []):
            if row.as_of <= on:
                return row
        current = by_id.get(current.parent_id) if current.parent_id else None
    return None


def _previous_levels(units: list[AdminUnit], before: dt.date) -> dict[int, int]:
    rows = LevelAssessment.objects.filter(area__in=units, as_of__lt=before).order_by("as_of")
    return {r.area_id: r.level for r in rows}


def _assess_week(
    province: AdminUnit,
    units: list[AdminUnit],
    index: np.ndarray,
    week_end: dt.date,
    first_day: dt.date,
    cases: np.ndarray,
    deaths: np.ndarray,
    population: np.ndarray,
    indicators: dict[int, list[UnitIndicator]],
    previous: dict[int, int],
    is_demo: np.ndarray,
    coverage: dict[tuple[int, dt.date], Any] | None = None,
) -> tuple[list[LevelAssessment], dict[int, int]]:
    rule_set = rule_set_for(province, week_end)
    d = (week_end - first_day).days
    n = len(index)
    inputs = UnitInputs.empty(n)
    inputs.population = population[index]
    inputs.cases_7d = cases[index, max(d - 6, 0) : d + 1].sum(axis=1)
    if d >= 13:
        inputs.cases_14d = cases[index, d - 13 : d + 1].sum(axis=1)
    window = deaths[index, max(d - 6, 0) : d + 1]
    known = ~np.isnan(window).all(axis=1)
    inputs.deaths_7d = np.where(known, np.nansum(window, axis=1), np.nan)
    by_id = {u.pk: u for u in units}
    sources: list[str] = []
    indicator_demo: list[bool] = []
    coverage_notes: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(index):
        unit = units[i]
        row = _indicator_for(unit, week_end, indicators, by_id)
        sources.append(_indicator_source(row, unit))
        indicator_demo.append(bool(row and row.is_demo))
        if row is not None:
            for name in INDICATOR_FIELDS:
                value = getattr(row, name)
                if value is not None:
                    getattr(inputs, name)[k] = float(value)
        used = (coverage or {}).get((unit.pk, week_end))
        if used is not None:
            # Coverage from the vaccination app (dose table, else reported) replaces the
            # coverage fields of the indicator row; capacity still comes from the row.
            for name in COVERAGE_FIELDS:
                value = used.values.get(name)
                getattr(inputs, name)[k] = np.nan if value is None else float(value)
            coverage_notes[k] = (used.text("vi"), used.text("en"))
            indicator_demo[-1] = indicator_demo[-1] or used.is_demo
        if unit.pk in previous:
            inputs.previous_level[k] = previous[unit.pk]
    try:
        validate(inputs)
        result = assess(inputs, rule_set, checked=True)
    except LevelInputError as exc:
        raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from None
    rows, levels = [], {}
    for k, i in enumerate(index):
        unit = units[i]
        reasons = explain(inputs, result, k)
        extra_vi, extra_en = _unit_notes(unit, sources[k])
        if k in coverage_notes:
            extra_vi.insert(0, f"Độ bao phủ vắc xin: {coverage_notes[k][0]}")
            extra_en.insert(0, f"Vaccine coverage: {coverage_notes[k][1]}")
        level = int(result.level[k])
        levels[unit.pk] = level
        rows.append(
            LevelAssessment(
                area=unit,
                as_of=week_end,
                rule_set=rule_set.code,
                rule_set_version=rule_set.version,
                level=level,
                level_min=int(result.level_min[k]),
                band=int(result.band_max[k]),
                cases_per_100k_week=round(float(result.rate[k]), 3),
                cases_week=float(inputs.cases_7d[k]),
                population=int(inputs.population[k]),
                population_is_estimate=unit.population_is_estimate,
                coverage_met=bool(result.coverage_met[k]),
                held_by_capacity=bool(result.held[k]),
                evidence=level_rules.TAGS[int(result.evidence[k])],
                reasons_vi=[r.text("vi") for r in reasons] + extra_vi,
                reasons_en=[r.text("en") for r in reasons] + extra_en,
                inputs={
                    **inputs.record(k),
                    "indicator_source": sources[k],
                    "coverage_source": coverage_notes.get(k, ("", ""))[1],
                },
                is_demo=bool(is_demo[i]) or indicator_demo[k],
            )
        )
    return rows, levels


def _indicator_source(row: UnitIndicator | None, unit: AdminUnit) -> str:
    if row is None:
        return ""
    where = "" if row.area_id == unit.pk else f" ({row.area})"
    return f"{row.source}{where}, {row.as_of.isoformat()}"


def _unit_notes(unit: AdminUnit, source: str) -> tuple[list[str], list[str]]:
    vi, en = [], []
    if source:
        vi.append(f"Số liệu tiêm chủng, năng lực: {source}")
        en.append(f"Vaccination and capacity data: {source}")
    if unit.population_is_estimate:
        vi.append("Dân số là ước tính (chia đều phần còn lại của tỉnh)")
        en.append("Population is an estimate (the province's remainder shared equally)")
    return vi, en
