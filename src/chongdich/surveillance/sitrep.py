"""The situation report of an area on a date: the seeds' figures, each with its sources.

Every figure lists its candidates (situation reports from official documents or the press,
the case line list, daily totals per source). When they disagree the report says so and
shows them side by side; the value shown is the user's choice (``FigureChoice``) if one
was made, otherwise the first candidate in this order: reports (official before press,
then in the order the sources were registered), line list, daily totals (national portal,
entered by hand, press dashboards). Generated demo records come last and never count as
a conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

import numpy as np
from django.db.models import F, Min, Q, Sum, Value
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.series_quality import check_series
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.geo.queries import area_code

from .models import (
    CountSource,
    DailyCaseCount,
    DetectionSetting,
    FigureChoice,
    LineListCount,
    SituationReport,
    setting_column,
)

FIGURES: dict[str, Any] = {
    "cumulative_cases": gettext_lazy("Cumulative cases"),
    "new_cases_24h": gettext_lazy("New in 24 h"),
    "community_cases_24h": gettext_lazy("Community (24 h)"),
    "imported_cases": gettext_lazy("Imported"),
    "local_cases": gettext_lazy("Local"),
    "under_treatment": gettext_lazy("Under treatment"),
    "recovered": gettext_lazy("Recovered"),
    "deaths": gettext_lazy("Deaths"),
    "first_dose_pct": gettext_lazy("First dose (%)"),
    "second_dose_pct": gettext_lazy("Second dose (%)"),
}
# How a daily-count source counts as provenance (ISSUE 3 §6: line list, official, press).
COUNT_SOURCE_KIND = {
    CountSource.NCSC: "official",
    CountSource.MANUAL: "official",
    CountSource.VNEXPRESS: "press",
    CountSource.LINE_LIST: "line_list",
}
COUNT_SOURCE_ORDER = [CountSource.NCSC, CountSource.MANUAL, CountSource.VNEXPRESS]
KIND_LABELS = {
    "official": gettext_lazy("official"),
    "press": gettext_lazy("press"),
    "line_list": gettext_lazy("line list"),
    "doses": gettext_lazy("dose records"),
}
EPI_CURVE_DAYS = 60
# A daily series gives a cumulative total only if it starts with the epidemic: Việt Nam's
# series (national portal) start in March 2020; a series starting later (the VnExpress
# dashboard from April 2021) would understate the total, so it offers daily figures only.
SERIES_COMPLETE_FROM = dt.date(2020, 3, 31)


@dataclass
class Candidate:
    value: int | float
    kind: str  # "official", "press", "line_list"
    source_key: str  # "report:<id>", "daily:<source>", "line_list"
    source: str  # readable: the document's publisher and title, or the data set
    is_demo: bool = False


def build_sitrep(area: AdminUnit | None, date: dt.date, *, user: Any) -> dict[str, Any]:
    """The report as a plain dict (the API, the CLI's json/md/xlsx and the page share it)."""
    _require_view(area, user)
    members = _member_units(area)
    candidates = _report_candidates(area, date)
    _add_line_list_candidates(candidates, members, date)
    curve_source, curve = _add_daily_candidates(candidates, members, date)
    _add_dose_candidates(candidates, area, date)
    choices = (
        {c.field: c for c in FigureChoice.objects.filter(area=area, as_of=date)} if area else {}
    )
    figures = {name: _figure(name, candidates.get(name, []), choices.get(name)) for name in FIGURES}
    return {
        "area": _describe_area(area),
        "date": date.isoformat(),
        "figures": figures,
        "conflicts": [name for name, f in figures.items() if f["conflict"]],
        "epi_curve_source": curve_source,
        "epi_curve": curve,
        "data_quality": [p for p in curve if p["suspect"]],
    }


def _require_view(area: AdminUnit | None, user: Any) -> None:
    jurisdiction = accessible_to(user)
    if area is not None:
        jurisdiction.require(Capability.VIEW, unit=area)
        return
    jurisdiction.require(Capability.VIEW)
    if not jurisdiction.scope(Capability.VIEW).is_national:
        raise ServiceError(ErrorCode.FORBIDDEN)


def _describe_area(area: AdminUnit | None) -> dict[str, Any]:
    if area is None:
        return {"code": "VN", "name": "Việt Nam", "level": "nation", "map": None}
    return {
        "code": area_code(area),
        "name": area.name,
        "level": area.level,
        "map": area.map_version,
    }


def _member_units(area: AdminUnit | None) -> list[AdminUnit]:
    """The pre-2025 units whose records make up the area (records are kept on that map)."""
    legacy = AdminUnit.objects.filter(map_version=MapVersion.LEGACY)
    if area is None:
        return list(legacy.filter(level=UnitLevel.PROVINCE))
    if area.map_version == MapVersion.LEGACY:
        return [area]
    old_communes = legacy.filter(level=UnitLevel.COMMUNE, successors__is_default=True).filter(
        Q(successors__new_unit=area) | Q(successors__new_unit__province=area)
    )
    if area.level == UnitLevel.PROVINCE:
        # Provinces merged whole in 2025: the old provinces all of whose communes went here.
        province_ids = set(old_communes.values_list("province_id", flat=True))
        return list(legacy.filter(pk__in=province_ids))
    return list(old_communes)


def _report_candidates(area: AdminUnit | None, date: dt.date) -> dict[str, list[Candidate]]:
    candidates: dict[str, list[Candidate]] = {}
    if area is None:
        return candidates
    reports = SituationReport.objects.filter(area=area, as_of=date).select_related("source")
    ordered = sorted(reports, key=lambda r: (r.source.kind != "official", r.source_id))
    for report in ordered:
        label = " — ".join(filter(None, [report.source.publisher, report.source.title]))
        kind = "official" if report.source.kind == "official" else "press"
        for name in FIGURES:
            value = getattr(report, name)
            if value is not None:
                value = float(value) if isinstance(value, Decimal) else value
                candidates.setdefault(name, []).append(
                    Candidate(value, kind, f"report:{report.pk}", label)
                )
    return candidates


def _add_line_list_candidates(
    candidates: dict[str, list[Candidate]], members: list[AdminUnit], date: dt.date
) -> None:
    """From the line list's daily counts, kept up to date by every write, so a report never
    recounts the cases themselves (generated demo cases are not counted).

    Every member unit (province, district or commune) has its own rolled-up rows, so the
    nation sums 63 province rows a day. The figures by detection setting are given only
    when every case concerned states its setting: imported and local over the whole
    period, community for the day.
    """
    today = Q(date=date)
    stated = sum((F(setting_column(s)) for s in DetectionSetting.values), Value(0))
    totals = LineListCount.objects.filter(area__in=members, date__lte=date).aggregate(
        cumulative=Sum("new_cases"),
        new=Sum("new_cases", filter=today),
        stated=Sum(stated),
        stated_today=Sum(stated, filter=today),
        imported=Sum(setting_column(DetectionSetting.IMPORTED)),
        community=Sum(setting_column(DetectionSetting.COMMUNITY), filter=today),
    )
    cumulative = totals["cumulative"]
    if not cumulative:
        return
    new = totals["new"] or 0
    found: list[tuple[str, int]] = [("cumulative_cases", cumulative), ("new_cases_24h", new)]
    if totals["stated"] == cumulative:
        imported = totals["imported"] or 0
        found += [("imported_cases", imported), ("local_cases", cumulative - imported)]
    if (totals["stated_today"] or 0) == new:
        found.append(("community_cases_24h", totals["community"] or 0))
    label = _("Case line list")
    for name, value in found:
        candidates.setdefault(name, []).append(Candidate(value, "line_list", "line_list", label))


def _add_dose_candidates(
    candidates: dict[str, list[Candidate]], area: AdminUnit | None, date: dt.date
) -> None:
    """Coverage computed from the area's own dose records (vaccination app), next to the
    coverage reports state: adults with a first dose, adults fully vaccinated."""
    if area is None:
        return
    from chongdich.vaccination.queries import SOURCE_DOSES, coverage_for

    found = coverage_for([area], [date])[area.pk][0]
    if found.kind != SOURCE_DOSES or found.from_unit is None or found.from_unit.pk != area.pk:
        return  # a parent's figure or a reported one is not this area's records
    for name, indicator in (
        ("first_dose_pct", "adult_first_dose_pct"),
        ("second_dose_pct", "adult_full_pct"),
    ):
        value = found.values.get(indicator)
        if value is not None:
            candidates.setdefault(name, []).append(
                Candidate(
                    round(float(value), 2),
                    "doses",
                    "vaccination:doses",
                    str(KIND_LABELS["doses"]),
                    is_demo=found.is_demo,
                )
            )


def _add_daily_candidates(
    candidates: dict[str, list[Candidate]], members: list[AdminUnit], date: dt.date
) -> tuple[str | None, list[dict[str, Any]]]:
    counts = DailyCaseCount.objects.filter(area__in=members, date__lte=date)
    curve_source: str | None = None
    curve: list[dict[str, Any]] = []
    # order_by(): the model's default ordering would make DISTINCT run over every row.
    present = set(counts.order_by().values_list("source", flat=True).distinct())
    for source in [s for s in COUNT_SOURCE_ORDER if s in present]:
        of_source = counts.filter(source=source)
        totals = of_source.aggregate(
            cases=Sum("new_cases"), deaths=Sum("new_deaths"), first=Min("date")
        )
        today = of_source.filter(date=date).aggregate(cases=Sum("new_cases"))
        is_demo = of_source.filter(is_demo=True).exists()
        label = str(CountSource(source).label)
        kind = COUNT_SOURCE_KIND[CountSource(source)]
        found = [("new_cases_24h", today["cases"])]
        if totals["first"] <= SERIES_COMPLETE_FROM:
            found += [("cumulative_cases", totals["cases"]), ("deaths", totals["deaths"])]
        for name, value in found:
            if value is not None:
                candidates.setdefault(name, []).append(
                    Candidate(value, kind, f"daily:{source}", label, is_demo=is_demo)
                )
        if curve_source is None:
            curve_source = source
            curve = _epi_curve(of_source, date)
    return curve_source, curve


def _epi_curve(counts: Any, date: dt.date) -> list[dict[str, Any]]:
    """The last EPI_CURVE_DAYS days of one source, raw and corrected, suspect days marked.

    The check looks at a longer stretch than it shows, so the first days shown have the
    15 days before them to be judged against.
    """
    start = date - dt.timedelta(days=EPI_CURVE_DAYS + 30)
    by_day = dict(
        counts.filter(date__gte=start)
        .values("date")
        .annotate(cases=Sum("new_cases"), deaths=Sum("new_deaths"))
        .values_list("date", "cases")
    )
    deaths = dict(
        counts.filter(date__gte=start)
        .values("date")
        .annotate(deaths=Sum("new_deaths"))
        .values_list("date", "deaths")
    )
    if not by_day:
        return []
    first = min(by_day)
    days = [first + dt.timedelta(days=i) for i in range((date - first).days + 1)]
    raw = np.array([by_day.get(d, np.nan) for d in days], dtype=np.float64)
    corrected, points = check_series(raw)
    reasons = {p.index: p.reason for p in points}
    shown_from = max(0, len(days) - EPI_CURVE_DAYS)
    return [
        {
            "date": days[i].isoformat(),
            "new_cases": None if np.isnan(raw[i]) else int(raw[i]),
            "corrected_new_cases": round(float(corrected[i]), 1),
            "new_deaths": deaths.get(days[i]),
            "suspect": reasons.get(i),
        }
        for i in range(shown_from, len(days))
    ]


def _figure(name: str, candidates: list[Candidate], choice: FigureChoice | None) -> dict[str, Any]:
    ranked = [c for c in candidates if not c.is_demo] + [c for c in candidates if c.is_demo]
    real_values = {c.value for c in ranked if not c.is_demo}
    chosen = None
    if choice is not None:
        chosen = next((c for c in ranked if c.source_key == choice.source_key), None)
    shown = chosen or (ranked[0] if ranked else None)
    return {
        "label": str(FIGURES[name]),
        "value": shown.value if shown else None,
        "source": _as_dict(shown) if shown else None,
        "chosen_by_user": chosen is not None,
        "conflict": len(real_values) > 1,
        "candidates": [_as_dict(c) for c in ranked],
    }


def _as_dict(candidate: Candidate) -> dict[str, Any]:
    return {**asdict(candidate), "kind_label": str(KIND_LABELS[candidate.kind])}
