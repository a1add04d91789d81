"""All writes to surveillance records: checked, in one transaction, audited."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import polars as pl
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from .linelist import dedupe_key
from .models import (
    Case,
    CountSource,
    DailyCaseCount,
    DetectionSetting,
    LevelAnnouncement,
    LineListCount,
    SituationReport,
    setting_column,
)


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
    detection_setting: str = "",
    is_demo: bool = False,
) -> Case:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if isinstance(reported_on, str):
        reported_on = dt.date.fromisoformat(reported_on)
    if commune.level != UnitLevel.COMMUNE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A case lives in a commune."))
    if not full_name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The full name is required."))
    if detection_setting and detection_setting not in DetectionSetting.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("Unknown detection setting “%(setting)s”.") % {"setting": detection_setting},
        )
    this_year = dt.datetime.now(tz=dt.UTC).year
    if birth_year is not None and not 1900 <= birth_year <= this_year:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Birth year out of range."))
    key = dedupe_key(id_number, full_name, birth_year, commune.pk, reported_on)
    already = ServiceError(ErrorCode.CONFLICT, _("This person is already in the line list."))
    with transaction.atomic():
        if not is_demo and Case.objects.filter(dedupe_key=key, is_demo=False).exists():
            raise already
        try:
            # The unique index decides when another transaction stored the person meanwhile.
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
                    detection_setting=detection_setting,
                    is_demo=is_demo,
                    dedupe_key=key,
                    created_by=actor if getattr(actor, "pk", None) else None,
                )
        except IntegrityError:
            raise already from None
        _add_line_list_counts([case])
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


def _add_line_list_counts(cases: list[Case]) -> None:
    """Keep the line list's daily counts in step with every case written: the commune's
    ``DailyCaseCount`` and the ``LineListCount`` rows (by detection setting) of the commune,
    its district and its province.

    Generated demo cases are examples for the line-list pages and do not feed the counts,
    which for the demo come from the real provincial series.
    """
    by_setting: dict[tuple[int, dt.date, str], int] = {}
    for case in cases:
        if not case.is_demo:
            full = (case.commune_id, case.reported_on, case.detection_setting or "")
            by_setting[full] = by_setting.get(full, 0) + 1
    _add_to_line_list_counts(by_setting)


def _add_to_line_list_counts(by_setting: dict[tuple[int, dt.date, str], int]) -> None:
    """Add (commune, day, detection setting) → new cases to the commune's
    ``DailyCaseCount`` and to the ``LineListCount`` rows of the commune, district, province."""
    increments: dict[tuple[int, dt.date], int] = {}
    for (commune_id, date, _setting), n in by_setting.items():
        increments[(commune_id, date)] = increments.get((commune_id, date), 0) + n
    if not increments:
        return
    _upsert_daily_counts(increments)
    _upsert_line_list_rows(_rolled_up(by_setting))


def _upsert_daily_counts(increments: dict[tuple[int, dt.date], int]) -> None:
    """Add to the communes' line-list ``DailyCaseCount`` rows in one statement; the database
    adds to a row that exists (ON CONFLICT … DO UPDATE), so a case written at the same time
    by another transaction is never lost."""
    from django.db import connection

    table = DailyCaseCount._meta.db_table
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    _upsert_rows(
        table,
        {
            "area_id": "bigint",
            "date": "date",
            "source": "text",
            "new_cases": "integer",
            "is_demo": "boolean",
            "created_at": "timestamptz",
            "updated_at": "timestamptz",
        },
        [
            (area_id, date, CountSource.LINE_LIST.value, n, False, now, now)
            for (area_id, date), n in sorted(increments.items())
        ],
        conflict="area_id, date, source",
        update=f"new_cases = {table}.new_cases + excluded.new_cases, "
        "updated_at = excluded.updated_at",
    )


def _upsert_rows(
    table: str,
    columns: dict[str, str],
    rows: list[tuple[Any, ...]],
    *,
    conflict: str,
    update: str,
) -> None:
    """INSERT … ON CONFLICT … DO UPDATE of many rows in one statement, whatever their number:
    the rows travel as one parameter per column (arrays, PostgreSQL) or one JSON array
    (SQLite, which caps the number of parameters). ``columns``: name -> PostgreSQL type."""
    from django.db import connection

    if not rows:
        return
    if connection.vendor == "postgresql":
        source = "SELECT * FROM unnest({})".format(
            ", ".join(f"%s::{kind}[]" for kind in columns.values())
        )
        params: list[Any] = [list(column) for column in zip(*rows, strict=True)]
    else:
        picks = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
        # "WHERE true": SQLite's parser would read ON CONFLICT as a join condition.
        source = f"SELECT {picks} FROM json_each(%s) WHERE true"
        params = [json.dumps(rows, default=str)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) {source} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {update}",
            params,
        )


# The LineListCount columns after area and date, in this order in every row tuple.
LINE_LIST_COLUMNS = ("new_cases", *(setting_column(s) for s in DetectionSetting.values))


def _rolled_up(
    by_setting: dict[tuple[int, dt.date, str], int],
) -> dict[tuple[int, dt.date], list[int]]:
    """(commune, day, setting) → cases, summed into rows for the commune, its district and
    its province: [new_cases, one count per detection setting]."""
    settings = list(DetectionSetting.values)
    targets = _roll_up_targets({commune_id for commune_id, _, _ in by_setting})
    rows: dict[tuple[int, dt.date], list[int]] = {}
    for (commune_id, date, setting), n in by_setting.items():
        for area_id in targets[commune_id]:
            row = rows.setdefault((area_id, date), [0] * len(LINE_LIST_COLUMNS))
            row[0] += n
            if setting in settings:
                row[1 + settings.index(setting)] += n
    return rows


def _roll_up_targets(commune_ids: set[int]) -> dict[int, list[int]]:
    """Each commune's own unit, its district (when it has one) and its province."""
    targets = {}
    found = AdminUnit.objects.filter(pk__in=commune_ids).values_list(
        "pk", "parent_id", "parent__level", "province_id"
    )
    for pk, parent_id, parent_level, province_id in found.iterator(chunk_size=5000):
        units = [pk]
        if parent_id is not None and parent_level == UnitLevel.DISTRICT:
            units.append(parent_id)
        if province_id is not None and province_id not in units:
            units.append(province_id)
        targets[pk] = units
    return targets


def _upsert_line_list_rows(rows: dict[tuple[int, dt.date], list[int]]) -> None:
    """Add to the rows in one statement; a row another import writes at the same time is
    added to by the database itself (ON CONFLICT … DO UPDATE), never overwritten."""
    table = LineListCount._meta.db_table
    _upsert_rows(
        table,
        {"area_id": "bigint", "date": "date"} | dict.fromkeys(LINE_LIST_COLUMNS, "integer"),
        [(area_id, date, *row) for (area_id, date), row in sorted(rows.items())],
        conflict="area_id, date",
        update=", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in LINE_LIST_COLUMNS),
    )


CASE_COLUMNS = (
    "full_name",
    "id_number",
    "phone",
    "address",
    "birth_year",
    "sex",
    "commune_id",
    "reported_on",
    "sampled_on",
    "test_type",
    "detection_setting",
    "dedupe_key",
    "import_batch_id",
    "outcome",
    "is_demo",
    "created_by_id",
    "created_at",
    "updated_at",
    "comorbidities",
    "comorbidity_notes",
    "is_pregnant",
    "doses",
    "outcome_on",
    "place_of_care",
)


def _insert_cases(rows: pl.DataFrame, batch: Any) -> None:
    """Insert checked rows (``linelist_frame.SCHEMA``) in one statement stream: COPY of CSV
    written by polars on PostgreSQL, executemany on SQLite (the loads the ``import_1m``
    baselines time). The rows name their batch, not a creator: the batch says who imported
    them (``Case.entered_by``), and a foreign key less is one check less per row."""
    from django.db import connection

    table, columns = Case._meta.db_table, ", ".join(CASE_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Django's error classes, as for execute(): the caller catches IntegrityError.
            with connection.wrap_database_errors, cursor.copy(CASE_COPY_SQL) as copy:
                for chunk in case_csv_chunks(rows, batch.pk):
                    copy.write(chunk)
        else:
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            values = case_tuples(rows, batch.pk, now)
            marks = ", ".join(["%s"] * len(CASE_COLUMNS))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


# Text columns that are never NULL: COPY must read an empty CSV field there as "".
NOT_NULL_TEXT = (
    "full_name",
    "id_number",
    "phone",
    "address",
    "sex",
    "test_type",
    "detection_setting",
    "outcome",
    "comorbidity_notes",
    "place_of_care",
)
CSV_CHUNK_ROWS = 50_000
# Empty text stays empty (not NULL) in the text columns polars writes as "".
CASE_COPY_SQL = (
    f"COPY {Case._meta.db_table} ({', '.join(CASE_COLUMNS)}) FROM STDIN WITH (FORMAT csv, "
    f"FORCE_NOT_NULL ({', '.join(NOT_NULL_TEXT)}))"
)


def _case_frame(rows: pl.DataFrame, batch_id: int | None, now: str) -> pl.DataFrame:
    """The rows in ``CASE_COLUMNS`` order with the batch's constant columns added."""
    constant = {
        "import_batch_id": pl.lit(batch_id, dtype=pl.Int64),
        "is_demo": pl.lit(False),
        "created_by_id": pl.lit(None, dtype=pl.Int64),
        "created_at": pl.lit(now),
        "updated_at": pl.lit(now),
    }
    return rows.select(constant[c].alias(c) if c in constant else pl.col(c) for c in CASE_COLUMNS)


def case_csv_chunks(
    rows: pl.DataFrame, batch_id: int | None, *, chunk_rows: int = CSV_CHUNK_ROWS
) -> Iterator[bytes]:
    """The rows as CSV for ``COPY … (FORMAT csv)``, a slice at a time, so that the
    server stores one slice while polars writes the next."""
    data = _case_frame(rows, batch_id, timezone.now().isoformat())
    for start in range(0, data.height, chunk_rows):
        yield (
            data.slice(start, chunk_rows)
            .write_csv(include_header=False, date_format="%Y-%m-%d")
            .encode()
        )


def case_tuples(rows: pl.DataFrame, batch_id: int | None, now: Any) -> Any:
    """The rows as parameter tuples for SQLite's executemany, zipped from whole columns
    (building them row by row cost more than the load itself); ``now`` as the connection
    takes a timestamp."""
    data = rows.with_columns(
        pl.col(c).dt.strftime("%Y-%m-%d") for c in ("reported_on", "sampled_on", "outcome_on")
    )
    constant = {
        "import_batch_id": batch_id,
        "is_demo": False,
        "created_by_id": None,
        "created_at": now,
        "updated_at": now,
    }
    return zip(  # an iterator: the driver consumes it without a list of a million
        *(
            itertools.repeat(constant[c], data.height) if c in constant else data[c].to_list()
            for c in CASE_COLUMNS
        ),
        strict=True,
    )


def _stored_keys(keys: pl.Series) -> list[str]:
    """The keys among ``keys`` that stored real cases already have: one probe of the
    ``surveillance_case_one_per_person`` index per key, in a single statement (a key list as
    one parameter: SQLite caps the number of parameters). The condition ``NOT is_demo`` is
    the index's own, so that both databases use it."""
    from django.db import connection

    table = Case._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A join on the unnested array, not "= ANY(%s)": the planner turns that into a
            # scan of the whole table filtered through the array.
            cursor.execute(
                f"SELECT replace(c.dedupe_key::text, '-', '') FROM unnest(%s::uuid[]) AS k(key) "
                f"JOIN {table} AS c ON c.dedupe_key = k.key WHERE NOT c.is_demo",
                [keys.to_list()],
            )
        else:
            # json_each as the outer loop: one index probe per key (the IN (subquery)
            # form sorts all keys into a temporary b-tree first, six times slower).
            cursor.execute(
                f"SELECT c.dedupe_key FROM json_each(%s) AS k CROSS JOIN {table} AS c "
                'ON c.dedupe_key = k.value WHERE NOT "is_demo"',
                [json.dumps(keys.to_list())],
            )
        return [key for (key,) in cursor.fetchall()]


def import_line_list(
    parsed: Any,
    *,
    file_name: str,
    content_sha256: str,
    actor: Any,
    province: AdminUnit | None = None,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Store a checked line list (``linelist_frame.read_line_list``): every new case or none.

    The same file again adds nothing (its SHA-256 is remembered); a person already stored
    (same ID number, or same name, birth year, commune and date) is skipped and counted.
    One transaction, one audit row for the batch (with its counts).

    The database is the duplicate check: the rows are stored first, in a savepoint, and the
    unique index ``surveillance_case_one_per_person`` refuses the batch if any of them names
    a person already stored. Only then are the stored keys looked up, and the batch stored
    again without those people. A file of new people, the common case, costs no look-up.
    """
    from .models import ImportBatch

    jurisdiction = accessible_to(actor)
    for commune in parsed.communes.values():
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if province is not None:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=province)
    with transaction.atomic():
        _serialise_line_list_imports()
        previous = ImportBatch.objects.filter(sha256=content_sha256).first()
        if previous is not None:
            return _already_imported(parsed, previous, dry_run)
        rows: pl.DataFrame = parsed.frame
        if dry_run:
            stored = _stored_keys(rows["dedupe_key"])
            return _counts(parsed, rows.height - len(stored), dry_run=True)
        batch = _new_import_batch(
            file_name, content_sha256, province, parsed.row_count, rows.height, actor
        )
        new_rows = _store_new_cases(rows, batch)
        result = _counts(parsed, new_rows.height, dry_run=False)
        if result["duplicates"]:
            batch.created_count, batch.duplicate_count = result["created"], result["duplicates"]
            batch.save(update_fields=["created_count", "duplicate_count", "updated_at"])
        _add_frame_to_line_list_counts(
            new_rows.group_by("commune_id", "reported_on", "detection_setting").len()
        )
        record_change(
            actor=actor,
            action="surveillance.import_line_list",
            obj=batch,
            area=province,
            after={k: v for k, v in result.items() if k != "dry_run"} | {"file": file_name},
        )
    return result | {"batch": batch.pk}


def import_line_list_file(
    content: bytes,
    file_name: str,
    *,
    actor: Any,
    province: AdminUnit | None = None,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Read, check and store a line-list file: ``read_line_list`` then ``import_line_list``,
    the same result and the same guarantees, faster for a file of new people.

    Such a file is checked a slice at a time and each checked slice is handed to a thread
    that stores it (COPY on PostgreSQL, executemany on SQLite), so that the database stores
    slice k while this thread checks slice k+1. Duplicates, inside the file or against
    stored cases, are left to the unique index. At a slice with a row that is wrong or
    unusual, or if the index refuses a row, the whole attempt is rolled back and the file
    takes the ordinary path, which explains every refusal and skips the people already
    stored. Dry runs take the ordinary path.
    """
    import hashlib

    from .linelist_frame import read_line_list

    sha256 = hashlib.sha256(content).hexdigest()
    if not dry_run:
        try:
            return _stream_line_list(content, file_name, sha256, actor=actor, province=province)
        except _NotPlain:
            pass
    parsed = read_line_list(content, file_name, province=province)
    return import_line_list(
        parsed,
        file_name=file_name,
        content_sha256=sha256,
        actor=actor,
        province=province,
        dry_run=dry_run,
    )


def _new_import_batch(
    file_name: str,
    sha256: str,
    province: AdminUnit | None,
    row_count: int,
    created_count: int,
    actor: Any,
) -> Any:
    from .models import ImportBatch

    return ImportBatch.objects.create(
        file_name=file_name[:255],
        sha256=sha256,
        province=province,
        row_count=row_count,
        created_count=created_count,
        created_by=actor if getattr(actor, "pk", None) else None,
    )


def _add_frame_to_line_list_counts(by_setting: pl.DataFrame) -> None:
    """Add a frame of (commune_id, reported_on, detection_setting, count) to the counts."""
    _add_to_line_list_counts(
        {(commune, day, setting): n for commune, day, setting, n in by_setting.iter_rows()}
    )


class _NotPlain(Exception):
    """The file needs the ordinary path (a refused or unusual row, or a known person)."""


STREAM_SLICE_ROWS = 100_000


def _stream_line_list(
    content: bytes, file_name: str, sha256: str, *, actor: Any, province: AdminUnit | None
) -> dict[str, Any]:
    from .linelist import CommuneResolver
    from .linelist_frame import check_slice, read_table_frame
    from .models import ImportBatch

    jurisdiction = accessible_to(actor)
    if province is not None:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=province)
    table, columns = read_table_frame(content, file_name)
    resolver = CommuneResolver(province)
    counts: list[pl.DataFrame] = []
    with transaction.atomic():
        _serialise_line_list_imports()
        previous = ImportBatch.objects.filter(sha256=sha256).first()
        if previous is not None:
            raise _NotPlain  # the ordinary path words "already imported"
        batch = _new_import_batch(file_name, sha256, province, table.height, table.height, actor)
        # While the store thread works, this one must not touch the database.
        try:
            with _case_store(batch) as store:
                for start in range(0, table.height, STREAM_SLICE_ROWS):
                    part = table.slice(start, STREAM_SLICE_ROWS)
                    rows, errors = check_slice(part, columns, resolver, first_row=start)
                    if errors:
                        raise _NotPlain
                    store(rows)
                    counts.append(
                        rows.group_by("commune_id", "reported_on", "detection_setting").len()
                    )
        except IntegrityError:
            raise _NotPlain from None
        by_setting = (
            pl.concat(counts).group_by("commune_id", "reported_on", "detection_setting").sum()
        )
        # Inside the transaction, so a refusal here still stores nothing.
        for commune_id in by_setting["commune_id"].unique().to_list():
            unit = resolver.by_id[commune_id]
            jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=unit)
        _add_frame_to_line_list_counts(by_setting)
        result = {"rows": table.height, "created": table.height, "duplicates": 0}
        record_change(
            actor=actor,
            action="surveillance.import_line_list",
            obj=batch,
            area=province,
            after=result | {"file": file_name},
        )
    return result | {"dry_run": False, "batch": batch.pk}


@contextmanager
def _case_store(batch: Any) -> Iterator[Callable[[pl.DataFrame], None]]:
    """A function that queues checked rows for storing by another thread, which stores
    them while the caller checks the next ones. Leaving the block waits for the last rows
    and raises (as Django's IntegrityError when a constraint refused a row) any error the
    store met. PostgreSQL: one COPY, sent by psycopg's writer thread. SQLite: executemany
    per slice on the same connection, in a thread of ours (the module releases the GIL
    while SQLite works)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from psycopg.copy import QueuedLibpqWriter

        with (
            connection.wrap_database_errors,
            connection.cursor() as cursor,
            cursor.copy(CASE_COPY_SQL, writer=QueuedLibpqWriter(cursor.cursor)) as copy,
        ):

            def send(rows: pl.DataFrame) -> None:
                for chunk in case_csv_chunks(rows, batch.pk):
                    copy.write(chunk)

            yield send
        return
    store = _SqliteStore(connection, batch.pk)
    try:
        yield store.put
    finally:
        store.finish()


class _SqliteStore:
    """executemany of queued slices in a thread, on the caller's SQLite connection and
    transaction (Django opens SQLite connections with check_same_thread=False)."""

    def __init__(self, connection: Any, batch_id: int) -> None:
        import queue
        import threading

        self.raw = connection.connection
        self.batch_id = batch_id
        self.now = connection.ops.adapt_datetimefield_value(timezone.now())
        marks = ", ".join(["?"] * len(CASE_COLUMNS))
        self.sql = f"INSERT INTO {Case._meta.db_table} ({', '.join(CASE_COLUMNS)}) VALUES ({marks})"
        self.queue: queue.Queue[pl.DataFrame | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._work, name="line-list-store", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while (rows := self.queue.get()) is not None:
            if self.error is None:  # after an error, only drain the queue
                try:
                    self.raw.executemany(self.sql, case_tuples(rows, self.batch_id, self.now))
                except BaseException as exc:  # handed to the caller's thread
                    self.error = exc

    def put(self, rows: pl.DataFrame) -> None:
        self._raise()
        self.queue.put(rows)

    def finish(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self._raise()

    def _raise(self) -> None:
        import sqlite3

        if isinstance(self.error, sqlite3.IntegrityError):
            raise IntegrityError(*self.error.args) from self.error
        if self.error is not None:
            raise self.error


def _store_new_cases(rows: pl.DataFrame, batch: Any) -> pl.DataFrame:
    """Store the rows whose person is not stored yet; return them. All rows first: when the
    unique index refuses one, the savepoint undoes the attempt and the clashing keys are
    looked up (any other refusal, looked up or not, is raised by the second attempt)."""
    try:
        with transaction.atomic():
            _insert_cases(rows, batch)
        return rows
    except IntegrityError:
        stored = _stored_keys(rows["dedupe_key"])
    new_rows = rows.filter(~pl.col("dedupe_key").is_in(stored))
    _insert_cases(new_rows, batch)
    return new_rows


def _counts(parsed: Any, created: int, *, dry_run: bool) -> dict[str, Any]:
    return {
        "rows": parsed.row_count,
        "created": created,
        "duplicates": parsed.frame.height - created,
        "dry_run": dry_run,
    }


def _already_imported(parsed: Any, previous: Any, dry_run: bool) -> dict[str, Any]:
    return {
        "rows": parsed.row_count,
        "created": 0,
        "duplicates": 0,
        "already_imported": previous.pk,
        "batch": previous.pk,
        "dry_run": dry_run,
    }


def _serialise_line_list_imports() -> None:
    """One line-list import at a time, so two files naming the same person (or the same file
    twice) cannot both miss the other's rows in the duplicate check. SQLite already queues
    writers at BEGIN IMMEDIATE; PostgreSQL takes a transaction-level advisory lock."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LINE_LIST_IMPORT_LOCK])


# Any constant unique in the project: the advisory lock key of line-list imports.
LINE_LIST_IMPORT_LOCK = 3_0050


def record_test_result(
    *,
    commune: AdminUnit,
    sampled_on: dt.date,
    test_type: str,
    is_positive: bool,
    actor: Any,
    site: str = "",
    case: Case | None = None,
    is_demo: bool = False,
) -> Any:
    """One test entered by hand or through the API."""
    from .models import TestResult, TestType

    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if commune.level != UnitLevel.COMMUNE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A test is placed in a commune."))
    if test_type not in TestType.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown test “%(test)s”.") % {"test": test_type}
        )
    if sampled_on > dt.datetime.now(tz=dt.UTC).date() + dt.timedelta(days=1):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The sample date is in the future."))
    if case is not None:
        accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=case.commune)
    with transaction.atomic():
        result = TestResult.objects.create(
            commune=commune,
            sampled_on=sampled_on,
            test_type=test_type,
            is_positive=is_positive,
            site=site.strip()[:200],
            case=case,
            is_demo=is_demo,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        record_change(
            actor=actor,
            action="surveillance.record_test_result",
            obj=result,
            area=commune,
            after=snapshot(result),
        )
    return result


def import_test_results(
    parsed: Any,
    *,
    file_name: str,
    content_sha256: str,
    actor: Any,
    province: AdminUnit | None = None,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Store a checked test-result file (``lab_results.read_test_results``): all or none;
    the same file again adds nothing (its SHA-256 is remembered, as for line lists)."""
    from .models import ImportBatch, TestResult

    jurisdiction = accessible_to(actor)
    for commune in {row.commune for row in parsed.rows}:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if province is not None:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=province)
    result = {
        "rows": parsed.row_count,
        "created": len(parsed.rows),
        "positive": sum(row.is_positive for row in parsed.rows),
        "dry_run": dry_run,
    }
    with transaction.atomic():
        _serialise_line_list_imports()
        previous = ImportBatch.objects.filter(sha256=content_sha256).first()
        if previous is not None:
            return result | {"created": 0, "positive": 0, "already_imported": previous.pk}
        if dry_run:
            return result
        batch = ImportBatch.objects.create(
            file_name=file_name[:255],
            sha256=content_sha256,
            province=province,
            row_count=parsed.row_count,
            created_count=len(parsed.rows),
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        TestResult.objects.bulk_create(
            [
                TestResult(
                    commune=row.commune,
                    sampled_on=row.sampled_on,
                    test_type=row.test_type,
                    is_positive=row.is_positive,
                    site=row.site,
                    import_batch=batch,
                    created_by=batch.created_by,
                )
                for row in parsed.rows
            ],
            batch_size=5000,
        )
        record_change(
            actor=actor,
            action="surveillance.import_test_results",
            obj=batch,
            area=province,
            after={k: v for k, v in result.items() if k != "dry_run"} | {"file": file_name},
        )
    return result | {"batch": batch.pk}


def rebuild_line_list_counts(*, actor: Any) -> dict[str, int]:
    """Recompute the line list's daily counts from the cases; report what differed.

    Both kept forms are checked: the commune ``DailyCaseCount`` rows and the
    ``LineListCount`` rows by detection setting of communes, districts and provinces. The
    incremental counts should always agree; a difference means a write bypassed the
    services, and the rebuild repairs it. ``checked``/``corrected``/``added`` count rows of
    both; ``removed`` the stored rows no case supports any more.
    """
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    if not accessible_to(actor).scope(Capability.EDIT_SURVEILLANCE).is_national:
        raise ServiceError(ErrorCode.FORBIDDEN)
    with transaction.atomic():
        by_setting = {
            (commune_id, date, setting or ""): n
            for commune_id, date, setting, n in Case.objects.filter(is_demo=False)
            .values_list("commune_id", "reported_on", "detection_setting")
            .annotate(n=Count("id"))
            .order_by()
            .iterator(chunk_size=20_000)
        }
        truth: dict[tuple[int, dt.date], int] = {}
        for (commune_id, date, _setting), n in by_setting.items():
            truth[(commune_id, date)] = truth.get((commune_id, date), 0) + n
        daily = _rebuild_commune_counts(truth)
        roll_up = _rebuild_line_list_rows(_rolled_up(by_setting))
        result = {k: daily[k] + roll_up[k] for k in ("checked", "corrected", "added", "removed")}
        if result["corrected"] or result["added"] or result["removed"]:
            record_change(
                actor=actor,
                action="surveillance.rebuild_line_list_counts",
                object_type="surveillance.dailycasecount",
                object_repr="line_list",
                after=result,
            )
    return result


def _rebuild_commune_counts(truth: dict[tuple[int, dt.date], int]) -> dict[str, int]:
    stored = {
        (c.area_id, c.date): c
        for c in DailyCaseCount.objects.select_for_update().filter(source=CountSource.LINE_LIST)
    }
    wrong = [c for key, c in stored.items() if truth.get(key) != c.new_cases]
    missing = [key for key in truth if key not in stored]
    fixed = [c for c in wrong if (c.area_id, c.date) in truth]
    for count in fixed:
        count.new_cases = truth[(count.area_id, count.date)]
    DailyCaseCount.objects.bulk_update(fixed, ["new_cases"], batch_size=5000)
    _delete_in_chunks(DailyCaseCount, [c.pk for c in wrong if (c.area_id, c.date) not in truth])
    DailyCaseCount.objects.bulk_create(
        [
            DailyCaseCount(area_id=a, date=d, source=CountSource.LINE_LIST, new_cases=truth[(a, d)])
            for a, d in missing
        ],
        batch_size=5000,
    )
    return {
        "checked": len(truth),
        "corrected": len(fixed),
        "added": len(missing),
        "removed": len(wrong) - len(fixed),
    }


def _rebuild_line_list_rows(truth: dict[tuple[int, dt.date], list[int]]) -> dict[str, int]:
    stored = {
        (area_id, date): (pk, list(values))
        for pk, area_id, date, *values in LineListCount.objects.select_for_update()
        .values_list("pk", "area_id", "date", *LINE_LIST_COLUMNS)
        .iterator(chunk_size=20_000)
    }
    wrong = [key for key, (_pk, values) in stored.items() if truth.get(key) != values]
    corrected = [key for key in wrong if key in truth]
    missing = [key for key in truth if key not in stored]
    # A wrong row is replaced by the true one (or just removed if no case supports it).
    _delete_in_chunks(LineListCount, [stored[key][0] for key in wrong])
    LineListCount.objects.bulk_create(
        [_line_list_row(a, d, truth[(a, d)]) for a, d in missing + corrected],
        batch_size=5000,
    )
    return {
        "checked": len(truth),
        "corrected": len(corrected),
        "added": len(missing),
        "removed": len(wrong) - len(corrected),
    }


def _line_list_row(area_id: int, date: dt.date, values: list[int]) -> LineListCount:
    return LineListCount(
        area_id=area_id, date=date, **dict(zip(LINE_LIST_COLUMNS, values, strict=True))
    )


def _delete_in_chunks(model: Any, pks: list[int]) -> None:
    for i in range(0, len(pks), 5000):
        model.objects.filter(pk__in=pks[i : i + 5000]).delete()
