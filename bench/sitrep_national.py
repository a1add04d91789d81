"""Situation reports on the whole 2020-03 → 2022-01 dataset (issue 3's `sitrep_national`).

The fixture: the national portal's daily totals for all 63 provinces loaded as aggregate
counts (`counts import-aggregates`), and the same totals as a line list of individual
cases (about 2.1 million rows, each day's cases spread over the province's communes),
with the line list's daily counts (per commune and detection setting, rolled up to districts
and provinces) built by `counts rebuild`. Cases go in with one raw
statement stream: the fixture measures reads, not imports.

Figures (warm: each report is built once untimed first): the national report and Bạc
Liêu's, on 31/10/2021. The baseline is what a report without incremental counts would
do: count the line list's cases up to that date.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .harness import Figure, Options, benchmark, compare

SERIES = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/data/vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv"
)
DATE = dt.date(2021, 10, 31)
# Detection settings drawn for the generated cases (the real series has totals only): an
# illustrative mix of 2021, so the report's figures by setting are exercised at scale.
SETTINGS = ("community", "quarantine", "lockdown", "screening", "imported", "other_province")
SETTING_WEIGHTS = (35, 40, 18, 4, 1, 2)
BASELINE = "Case.objects.filter(reported_on__lte=date).count() (recounting the line list)"


def _load(system: Any) -> int:
    from django.db import connection, transaction
    from django.utils import timezone

    from chongdich.geo.models import AdminUnit
    from chongdich.surveillance import services
    from chongdich.surveillance.aggregates import read_aggregate_file

    content = SERIES.read_text(encoding="utf-8")
    services.import_aggregate_counts(read_aggregate_file(content), actor=system)
    communes: dict[str, list[int]] = {}
    for code, pk in AdminUnit.objects.filter(map_version="legacy", level="commune").values_list(
        "province__code", "pk"
    ):
        communes.setdefault(code, []).append(pk)
    rng = random.Random(2021)
    now = timezone.now()
    columns = (
        "full_name, id_number, phone, address, sex, commune_id, reported_on, test_type, "
        "detection_setting, dedupe_key, outcome, is_demo, created_at, updated_at, "
        "comorbidities, comorbidity_notes, doses, place_of_care"
    )
    total = 0
    batch: list[tuple[Any, ...]] = []

    def flush() -> None:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.copy(f"COPY surveillance_case ({columns}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * 18)
                cursor.executemany(
                    f"INSERT INTO surveillance_case ({columns}) VALUES ({marks})", batch
                )
        batch.clear()

    with transaction.atomic(), SERIES.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cases = int(row["new_cases"] or 0)
            day = dt.date.fromisoformat(row["date"])
            for _ in range(cases):
                batch.append(
                    (
                        f"Ca {total}",
                        "",
                        "",
                        "",
                        "unknown",
                        rng.choice(communes[row["gso_code"]]),
                        day,
                        "",
                        rng.choices(SETTINGS, SETTING_WEIGHTS)[0],
                        None,  # no duplicate key: NULL, which the unique index allows
                        "under_treatment",
                        False,
                        now,
                        now,
                        "[]",
                        "",
                        "[]",
                        "",
                    )
                )
                total += 1
            if len(batch) >= 50_000:
                flush()
        flush()
    services.rebuild_line_list_counts(actor=system)
    return total


@benchmark("sitrep_national", "national and provincial situation reports over 2.1 million cases")
def sitrep_national(options: Options) -> Iterator[Figure]:
    from django.db import connection

    from chongdich.accounts.models import User
    from chongdich.geo.queries import resolve_area_code
    from chongdich.geo.services import load_reference_geography
    from chongdich.surveillance.models import Case
    from chongdich.surveillance.sitrep import build_sitrep

    system = User.objects.create(username="bench-system", is_system=True)
    load_reference_geography(actor=system)
    cases = _load(system)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    baclieu = resolve_area_code("95")

    def recount() -> int:
        return Case.objects.filter(reported_on__lte=DATE).count()

    national = build_sitrep(None, DATE, user=system)["figures"]["cumulative_cases"]
    line_list = [c["value"] for c in national["candidates"] if c["kind"] == "line_list"]
    assert line_list == [recount()], (line_list, recount())  # same answer, or no figure
    rounds = options.rounds(9)
    for name, area in (("sitrep_national", None), ("sitrep_province", baclieu)):
        value, baseline = compare(
            lambda area=area: build_sitrep(area, DATE, user=system), recount, rounds=rounds
        )
        yield Figure(name, value * 1000, "ms", f"{BASELINE}; {cases:,} cases", baseline * 1000)
