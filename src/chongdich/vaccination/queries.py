"""Coverage of any unit as of any date, and which figure is used.

Precedence (docs/vaccination.md): starting from the unit and walking up to its province,
the first unit that has a figure gives it; at one unit,

1. the dose table, when every commune of the unit with people has dose records;
2. else the coverage the unit reported (``ReportedCoverage``, latest as of the date);
3. else the coverage entered on the levels page (``levels.UnitIndicator``).

The dose table is read once per call and computed for every unit and date at once
(``epi.coverage``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
from django.db.models import QuerySet
from django.utils import timezone

from chongdich.accounts.scoping import visible_to
from chongdich.epi.coverage import (
    AGE_GROUPS,
    CENSUS_2019_SHARES,
    INDICATORS,
    TARGET_ADULT_FIRST,
    TARGET_AGE50_FULL,
    Coverage,
    DoseTable,
    coverage_as_of,
    roll_up,
)
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel, UnitSuccession
from chongdich.levels.models import UnitIndicator

from .models import AgePopulation, DoseRecord, NationalDoseDay, ReportedCoverage, VaccineLot

EPOCH = dt.date(2021, 1, 1)
AGE_INDEX = {g: i for i, g in enumerate(AGE_GROUPS)}
SOURCE_DOSES, SOURCE_REPORTED, SOURCE_INDICATOR = "doses", "reported", "indicator"
SOURCE_LABELS = {
    SOURCE_DOSES: ("bảng liều tiêm", "dose table"),
    SOURCE_REPORTED: ("tỷ lệ địa phương báo cáo", "coverage reported"),
    SOURCE_INDICATOR: ("chỉ số nhập tay (trang cấp độ)", "indicator entered on the levels page"),
}


@dataclass
class UnitCoverage:
    values: dict[str, float | None] = field(default_factory=dict)
    kind: str = ""  # SOURCE_*; "" when nothing is known
    source: str = ""  # readable: where the figure comes from
    from_unit: AdminUnit | None = None  # the unit whose figure it is (an ancestor maybe)
    as_of: dt.date | None = None
    is_demo: bool = False
    population_is_estimate: bool = False

    def text(self, language: str = "vi") -> str:
        if not self.kind:
            return ""
        label = SOURCE_LABELS[self.kind][0 if language == "vi" else 1]
        where = f" ({self.from_unit.name})" if self.from_unit is not None else ""
        when = f", {self.as_of:%d/%m/%Y}" if self.as_of else ""
        detail = f": {self.source}" if self.source else ""
        return f"{label}{where}{when}{detail}"

    def misses(self, name: str, target: float) -> bool:
        value = self.values.get(name)
        return value is None or value < target


class Commune(NamedTuple):
    pk: int
    parent_id: int | None
    province_id: int | None
    population: int | None


def _communes_of(provinces: list[int]) -> list[Commune]:
    # Plain tuples: 10,040 model instances would cost seconds on a national page.
    return [
        Commune(*row)
        for row in AdminUnit.objects.filter(
            map_version=MapVersion.LEGACY, level=UnitLevel.COMMUNE, province_id__in=provinces
        )
        .order_by("id")
        .values_list("id", "parent_id", "province_id", "population")
    ]


def _population_matrix(
    communes: list[Commune], provinces: list[int]
) -> tuple[np.ndarray, np.ndarray]:
    """(communes, age groups) people; where a commune has no imported age groups, its total
    split by the 2019 census structure, flagged as estimated."""
    pos = {c.pk: i for i, c in enumerate(communes)}
    pop = np.zeros((len(communes), len(AGE_GROUPS)))
    estimated = np.ones(len(communes), dtype=bool)
    have = np.zeros(len(communes), dtype=bool)
    rows = AgePopulation.objects.filter(
        area__province_id__in=provinces, area__level=UnitLevel.COMMUNE
    ).values_list("area_id", "age_group", "population", "is_estimate")
    for area_id, group, value, is_estimate in rows:
        i = pos.get(area_id)
        if i is None:
            continue
        pop[i, AGE_INDEX[group]] = value
        have[i] = True
        estimated[i] &= is_estimate
    totals = np.array([c.population or 0 for c in communes], dtype=np.float64)
    shares = np.array(CENSUS_2019_SHARES) / 100.0
    pop[~have] = totals[~have, None] * shares[None, :]
    return pop, estimated


def _dose_table(
    communes: list[Commune], provinces: list[int], last: dt.date
) -> tuple[DoseTable, np.ndarray, bool]:
    pos = {c.pk: i for i, c in enumerate(communes)}
    rows = list(
        DoseRecord.objects.filter(commune__province_id__in=provinces, date__lte=last).values_list(
            "commune_id", "date", "age_group", "dose_number", "doses", "is_demo"
        )
    )
    unit = np.array([pos[r[0]] for r in rows], dtype=np.int64)
    table = DoseTable(
        unit=unit,
        day=np.array([(r[1] - EPOCH).days for r in rows], dtype=np.int64),
        age_group=np.array([AGE_INDEX[r[2]] for r in rows], dtype=np.int64),
        dose_number=np.array([r[3] for r in rows], dtype=np.int64),
        count=np.array([r[4] for r in rows], dtype=np.float64),
    )
    has = np.zeros(len(communes), dtype=bool)
    has[unit] = True
    return table, has, any(r[5] for r in rows)


def computed_coverage(
    units: list[AdminUnit], dates: list[dt.date]
) -> dict[int, list[dict[str, float] | None]]:
    """{unit id: per date, the four indicators from the dose table, or None where the dose
    table does not cover the unit (some commune with people has no dose record)}.

    Doses are kept on the pre-2025 communes; a unit of the 2025 map sums the old communes
    whose default successor lies in it (``geo.UnitSuccession``)."""
    legacy = [u for u in units if u.map_version == MapVersion.LEGACY]
    current = [u for u in units if u.map_version == MapVersion.CURRENT]
    provinces = {u.province_id or u.pk for u in legacy}
    successor: dict[int, tuple[int, int | None]] = {}
    if current:
        current_provinces = {u.province_id or u.pk for u in current}
        links = UnitSuccession.objects.filter(
            is_default=True,
            old_unit__level=UnitLevel.COMMUNE,
            new_unit__province_id__in=current_provinces,
        ).values_list(
            "old_unit_id", "new_unit_id", "new_unit__province_id", "old_unit__province_id"
        )
        for old_id, new_id, new_province, old_province in links:
            successor[old_id] = (new_id, new_province)
            if old_province is not None:
                provinces.add(old_province)
    if (
        not dates
        or not DoseRecord.objects.filter(
            commune__province_id__in=provinces, date__lte=max(dates)
        ).exists()
    ):
        return {}  # the usual case on a national page before any dose is entered
    province_ids = sorted(provinces)
    communes = _communes_of(province_ids)
    population, _estimated = _population_matrix(communes, province_ids)
    table, has, _demo = _dose_table(communes, province_ids, max(dates))
    days = np.array([(d - EPOCH).days for d in dates], dtype=np.int64)
    base = coverage_as_of(table, population, days, n_units=len(communes))
    counts = has | ~(population.sum(axis=1) > 0)  # a commune without people needs no doses
    found: dict[int, list[dict[str, float] | None]] = {}

    def keep(ids: list[int], cov: Any, complete: np.ndarray) -> None:
        pct = cov.percentages()
        for g, unit_id in enumerate(ids):
            if complete[g]:
                found[unit_id] = [
                    {name: float(pct[name][g, j]) for name in INDICATORS} for j in range(len(dates))
                ]

    def group_by(keys: list[int | None]) -> None:
        member = np.array([k is not None for k in keys], dtype=bool)
        ids = sorted({k for k in keys if k is not None})
        if not ids:
            return
        index = {k: g for g, k in enumerate(ids)}
        rows = np.flatnonzero(member)
        group = np.array([index[keys[i]] for i in rows], dtype=np.int64)  # type: ignore[index]
        complete = np.ones(len(ids), dtype=bool)
        np.logical_and.at(complete, group, counts[rows])
        sub = Coverage(
            base.adult_first[rows],
            base.age50_full[rows],
            base.all_full[rows],
            base.population[rows],
        )
        keep(ids, roll_up(sub, group, len(ids)), complete)

    keep([c.pk for c in communes], base, has)
    group_by([c.parent_id for c in communes])
    group_by([c.province_id for c in communes])
    if successor:
        group_by([successor.get(c.pk, (None, None))[0] for c in communes])
        group_by([successor.get(c.pk, (None, None))[1] for c in communes])
    wanted = {u.pk for u in units}
    return {k: v for k, v in found.items() if k in wanted}


def coverage_for(units: list[AdminUnit], dates: list[dt.date]) -> dict[int, list[UnitCoverage]]:
    """The coverage used for each unit at each date, with where it comes from."""
    ancestors = _ancestors(units)
    everyone = {u.pk: u for u in units} | {a.pk: a for chain in ancestors.values() for a in chain}
    computed = computed_coverage(list(everyone.values()), dates)
    reported: dict[int, list[ReportedCoverage]] = defaultdict(list)
    for row in ReportedCoverage.objects.filter(area_id__in=everyone).select_related("source"):
        reported[row.area_id].append(row)
    indicators: dict[int, list[UnitIndicator]] = defaultdict(list)
    for ind in UnitIndicator.objects.filter(area_id__in=everyone):
        indicators[ind.area_id].append(ind)
    demo_doses = DoseRecord.objects.filter(is_demo=True).exists()
    result: dict[int, list[UnitCoverage]] = {}
    for unit in units:
        chain = [unit, *ancestors.get(unit.pk, [])]
        result[unit.pk] = [
            _first_known(chain, j, date, computed, reported, indicators, demo_doses)
            for j, date in enumerate(dates)
        ]
    return result


def _first_known(
    chain: list[AdminUnit],
    j: int,
    date: dt.date,
    computed: dict[int, list[dict[str, float] | None]],
    reported: dict[int, list[ReportedCoverage]],
    indicators: dict[int, list[UnitIndicator]],
    demo_doses: bool,
) -> UnitCoverage:
    for unit in chain:
        values = computed.get(unit.pk, [None] * (j + 1))[j]
        if values is not None:
            return UnitCoverage(
                values=dict(values),
                kind=SOURCE_DOSES,
                from_unit=unit,
                as_of=date,
                is_demo=demo_doses,
            )
        rows = [r for r in reported.get(unit.pk, []) if r.as_of <= date]
        if rows:
            row = max(rows, key=lambda r: r.as_of)
            return UnitCoverage(
                values={name: getattr(row, name) for name in (*INDICATORS, "adult_full_pct")},
                kind=SOURCE_REPORTED,
                source=row.source_label,
                from_unit=unit,
                as_of=row.as_of,
            )
        found = [
            r
            for r in indicators.get(unit.pk, [])
            if r.as_of <= date and any(getattr(r, n) is not None for n in INDICATORS)
        ]
        if found:
            ind = max(found, key=lambda r: r.as_of)
            return UnitCoverage(
                values={name: getattr(ind, name) for name in INDICATORS},
                kind=SOURCE_INDICATOR,
                source=ind.source,
                from_unit=unit,
                as_of=ind.as_of,
                is_demo=ind.is_demo,
            )
    return UnitCoverage()


def _ancestors(units: list[AdminUnit]) -> dict[int, list[AdminUnit]]:
    parent_ids = {u.parent_id for u in units if u.parent_id}
    parents = {p.pk: p for p in AdminUnit.objects.filter(pk__in=parent_ids)}
    grand_ids = {p.parent_id for p in parents.values() if p.parent_id} - set(parents)
    parents |= {p.pk: p for p in AdminUnit.objects.filter(pk__in=grand_ids)}
    chains: dict[int, list[AdminUnit]] = {}
    for unit in units:
        chain, current = [], unit
        while current.parent_id and current.parent_id in parents:
            current = parents[current.parent_id]
            chain.append(current)
        chains[unit.pk] = chain
    return chains


def history(unit: AdminUnit, *, start: dt.date, end: dt.date) -> list[tuple[dt.date, UnitCoverage]]:
    """Weekly coverage of a unit (weeks ending on ``end``, ``end`` − 7 … back to ``start``)."""
    dates: list[dt.date] = []
    day = end
    while day >= start:
        dates.append(day)
        day -= dt.timedelta(days=7)
    dates.reverse()
    return list(zip(dates, coverage_for([unit], dates)[unit.pk], strict=True))


def lots_for(user: Any) -> QuerySet[VaccineLot]:
    return visible_to(VaccineLot.objects.all(), user).select_related(
        "holder", "area", "shipment", "document"
    )


def doses_for(user: Any) -> QuerySet[DoseRecord]:
    return visible_to(DoseRecord.objects.all(), user).select_related("commune")


def reported_for(user: Any) -> QuerySet[ReportedCoverage]:
    return visible_to(ReportedCoverage.objects.all(), user).select_related("area", "source")


def national_series() -> QuerySet[NationalDoseDay]:
    return NationalDoseDay.objects.all()


# A lot within this many days of its expiry date is flagged: time to use or pass it on.
EXPIRY_WARNING_DAYS = 30


def expires_soon(lot: VaccineLot, today: dt.date | None = None) -> bool:
    today = today or timezone.localdate()
    return lot.doses_left > 0 and (lot.expires_on - today).days <= EXPIRY_WARNING_DAYS


def misses_targets(cov: UnitCoverage) -> bool:
    """Below QĐ 4800's 70 % (adults, ≥ 1 dose) or 80 % (50+, full course), or unknown."""
    return cov.misses("adult_first_dose_pct", TARGET_ADULT_FIRST) or cov.misses(
        "age50_full_pct", TARGET_AGE50_FULL
    )
