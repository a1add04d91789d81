"""All writes to surveillance records: checked, in one transaction, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from .models import Case, CountSource, DailyCaseCount, LevelAnnouncement, SituationReport


def import_daily_counts(
    area: AdminUnit,
    rows: Iterable[tuple[dt.date, int, int | None]],
    *,
    source: str,
    actor: Any,
    is_demo: bool = False,
) -> dict[str, Any]:
    """Store (date, new cases, new deaths) for one area from one source; re-running updates."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    if source not in CountSource.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown source “%(source)s”.") % {"source": source}
        )
    rows = list(rows)
    for date, cases, deaths in rows:
        if cases < 0 or (deaths is not None and deaths < 0):
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("Negative count on %(date)s.") % {"date": date.isoformat()},
            )
    with transaction.atomic():
        existing = {
            c.date: c
            for c in DailyCaseCount.objects.select_for_update().filter(area=area, source=source)
        }
        created, changed = [], []
        for date, cases, deaths in rows:
            count = existing.get(date)
            if count is None:
                created.append(
                    DailyCaseCount(
                        area=area,
                        date=date,
                        source=source,
                        new_cases=cases,
                        new_deaths=deaths,
                        is_demo=is_demo,
                    )
                )
            elif (count.new_cases, count.new_deaths) != (cases, deaths):
                count.new_cases, count.new_deaths = cases, deaths
                changed.append(count)
        DailyCaseCount.objects.bulk_create(created)
        DailyCaseCount.objects.bulk_update(changed, ["new_cases", "new_deaths"])
        result = {"created": len(created), "updated": len(changed), "source": source}
        if created or changed:
            record_change(
                actor=actor,
                action="surveillance.import_daily_counts",
                object_type="surveillance.dailycasecount",
                object_repr=f"{area} ({source})",
                area=area,
                after=result,
            )
    return result


SITUATION_FIELDS = [
    "cumulative_cases",
    "new_cases_24h",
    "community_cases_24h",
    "imported_cases",
    "local_cases",
    "under_treatment",
    "recovered",
    "deaths",
    "first_dose_pct",
    "second_dose_pct",
    "communes_at_level_4",
    "communes_total",
]


def record_situation_report(
    area: AdminUnit, as_of: dt.date, source: Any, *, actor: Any, **figures: Any
) -> SituationReport:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    unknown = set(figures) - set(SITUATION_FIELDS)
    if unknown:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=sorted(unknown))
    with transaction.atomic():
        report, created = SituationReport.objects.select_for_update().get_or_create(
            area=area, as_of=as_of, source=source, defaults=figures
        )
        before = None if created else snapshot(report)
        if not created:
            for k, v in figures.items():
                setattr(report, k, v)
            report.save()
        record_change(
            actor=actor,
            action="surveillance.record_situation_report",
            obj=report,
            area=area,
            before=before,
            after=snapshot(report),
        )
    return report


def announce_level(
    area: AdminUnit,
    level: int,
    *,
    effective_at: dt.datetime,
    previous_level: int | None = None,
    source: Any = None,
    actor: Any,
) -> LevelAnnouncement:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    if level not in (1, 2, 3, 4) or previous_level not in (None, 1, 2, 3, 4):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A level is 1, 2, 3 or 4."))
    with transaction.atomic():
        announcement, created = LevelAnnouncement.objects.get_or_create(
            area=area,
            effective_at=effective_at,
            level=level,
            defaults={"previous_level": previous_level, "source": source},
        )
        if created:
            record_change(
                actor=actor,
                action="surveillance.announce_level",
                obj=announcement,
                area=area,
                after=snapshot(announcement),
            )
    return announcement


def create_case(
    *,
    commune: AdminUnit,
    reported_on: dt.date,
    full_name: str,
    actor: Any,
    id_number: str = "",
    phone: str = "",
    address: str = "",
    birth_year: int | None = None,
    sex: str = "unknown",
    is_demo: bool = False,
) -> Case:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if commune.level != UnitLevel.COMMUNE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A case lives in a commune."))
    if not full_name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The full name is required."))
    this_year = dt.datetime.now(tz=dt.UTC).year
    if birth_year is not None and not 1900 <= birth_year <= this_year:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Birth year out of range."))
    with transaction.atomic():
        case = Case.objects.create(
            commune=commune,
            reported_on=reported_on,
            full_name=full_name.strip(),
            id_number=id_number,
            phone=phone,
            address=address,
            birth_year=birth_year,
            sex=sex,
            is_demo=is_demo,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        record_change(
            actor=actor,
            action="surveillance.create_case",
            obj=case,
            area=commune,
            after=snapshot(case),
        )
    return case


def import_aggregate_counts(parsed: Any, *, actor: Any) -> dict[str, Any]:
    """Store a parsed aggregate file (see ``aggregates.read_aggregate_file``): all areas or none.

    Jurisdiction is checked for every area before anything is written.
    """
    jurisdiction = accessible_to(actor)
    for area in parsed.rows:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=area)
    totals = {"areas": len(parsed.rows), "created": 0, "updated": 0, "source": parsed.source}
    with transaction.atomic():
        for area, rows in parsed.rows.items():
            result = import_daily_counts(area, rows, source=parsed.source, actor=actor)
            totals["created"] += result["created"]
            totals["updated"] += result["updated"]
    totals["days_without_report"] = parsed.days_without_report
    return totals


def choose_figure(
    area: AdminUnit, as_of: dt.date, field: str, source_key: str, *, actor: Any, reason: str = ""
) -> Any:
    """Settle a disagreement between sources for one figure; every source stays stored."""
    from .models import FigureChoice
    from .sitrep import FIGURES, build_sitrep

    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    if field not in FIGURES:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown figure “%(field)s”.") % {"field": field}
        )
    offered = {
        c["source_key"]
        for c in build_sitrep(area, as_of, user=actor)["figures"][field]["candidates"]
    }
    if source_key not in offered:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("No source “%(source)s” gives this figure for this area and date.")
            % {"source": source_key},
        )
    with transaction.atomic():
        choice = (
            FigureChoice.objects.select_for_update()
            .filter(area=area, as_of=as_of, field=field)
            .first()
        )
        before = snapshot(choice) if choice else None
        if choice is None:
            choice = FigureChoice(area=area, as_of=as_of, field=field)
        choice.source_key, choice.reason = source_key, reason[:300]
        choice.chosen_by = actor if getattr(actor, "pk", None) else None
        choice.save()
        record_change(
            actor=actor,
            action="surveillance.choose_figure",
            obj=choice,
            area=area,
            before=before,
            after=snapshot(choice),
        )
    return choice
