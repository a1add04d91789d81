"""Line-list import against a raw load of the same rows (issue 3's `import_1m`).

Rows are generated from Bạc Liêu's real daily totals (September–December 2021): each day
gets as many cases as were reported, with realistic Vietnamese names, birth years, ID
numbers for most, free-text addresses naming real communes, sample and report dates.
The operation is the whole product path: read the CSV, map the headers, resolve every
address to a commune, check every row, find duplicates, store all in one transaction with
the audit row and the incremental daily counts. The baseline inserts the same cases with
one ``executemany`` (SQLite) or ``COPY`` (PostgreSQL) and nothing else.

A second baseline loads the rows exactly as the import stores them: the same columns and
values, with the duplicate key (and its index), the import batch and the creator (two
foreign keys checked per row), by the same ``executemany`` / ``COPY``; the batch row is
created and the rows built before the clock starts. Its ratio isolates the import's own
work (reading, checking, the duplicate look-up, the counts, the audit row) from what storing
a case costs anyway. The three sides alternate within each round, each on emptied tables.

The default is 20,000 rows so that a run takes a minute; ``CHONGDICH_BENCH_ROWS=1000000``
gives the issue's figure (several minutes per round).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .harness import Figure, Options, benchmark

PROVINCE = "Tỉnh Bạc Liêu"
ROWS = int(os.environ.get("CHONGDICH_BENCH_ROWS", "20000"))
SERIES = (
    Path(__file__).resolve().parent.parent
    / "src/chongdich/data/vn_covid_baclieu_daily_2021-09_2021-12.csv"
)
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Hoàng", "Minh", "Ngọc", "Thanh", "Hữu", "Kim", "Quốc", "Thu"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hạnh",
    "Hùng",
    "Khoa",
    "Lan",
    "Linh",
    "Mai",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tú",
    "Vy",
    "Yến",
    "Lộc",
    "Nhi",
]


def _line_list(rows: int) -> bytes:
    from chongdich.geo.models import AdminUnit

    communes = list(
        AdminUnit.objects.filter(
            map_version="legacy", level="commune", province__code="95"
        ).select_related("parent")
    )
    with SERIES.open(encoding="utf-8") as fh:
        days = [
            (
                dt.date.fromisoformat(r["date"]),
                int(r["new_cases_ncsc_case_by_day_snapshot_2022_01_22"] or 0),
            )
            for r in csv.DictReader(fh)
        ]
    total = sum(n for _, n in days)
    rng = random.Random(2021)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "STT",
            "Họ tên",
            "Năm sinh",
            "Giới tính",
            "CCCD",
            "Số điện thoại",
            "Địa chỉ",
            "Ngày lấy mẫu",
            "Ngày báo cáo",
            "Loại xét nghiệm",
            "Nơi phát hiện",
        ]
    )
    line = 0
    for day, count in days:
        for _ in range(round(count * rows / total)):
            line += 1
            commune = rng.choice(communes)
            sex = rng.choice(["Nam", "Nữ"])
            middle = "Thị" if sex == "Nữ" and rng.random() < 0.7 else rng.choice(MIDDLE)
            name = f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)} {line}"
            writer.writerow(
                [
                    line,
                    name,
                    rng.randint(1935, 2019),
                    sex,
                    # 12 digits, unique per line (3^18 is a bijection mod 10^9): random
                    # draws collide by the hundred in a million rows, and a duplicate is
                    # (rightly) an error that stops the whole file.
                    f"095{line * 387_420_489 % 10**9:09d}" if rng.random() < 0.8 else "",
                    f"09{rng.randint(10**7, 10**8 - 1)}",
                    f"Ấp {rng.randint(1, 12)}, {commune.name}, {commune.parent.name}, {PROVINCE}",
                    (day - dt.timedelta(days=1)).strftime("%d/%m/%Y"),
                    day.strftime("%d/%m/%Y"),
                    rng.choice(["RT-PCR", "Test nhanh"]),
                    rng.choice(["Cộng đồng", "Khu cách ly", "Khu phong tỏa"]),
                ]
            )
    return out.getvalue().encode("utf-8")


def _raw_load(rows: list[Any]) -> None:
    """One ``COPY`` of ready CSV (PostgreSQL) or ``executemany`` of ready tuples (SQLite)
    of case rows in the importer's column order, committed: the loader the import uses."""
    from django.db import connection, transaction

    from chongdich.surveillance.services import CASE_COLUMNS, CASE_COPY_SQL

    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(CASE_COPY_SQL) as copy:
                for chunk in rows:
                    copy.write(chunk)
        else:
            marks = ", ".join(["%s"] * len(CASE_COLUMNS))
            cursor.executemany(
                f"INSERT INTO surveillance_case ({', '.join(CASE_COLUMNS)}) VALUES ({marks})", rows
            )


@benchmark(
    "import_1m",
    f"line-list import of {ROWS:,} generated rows vs a raw load of the same rows"
    " (bare, and as the import stores them)",
)
def import_linelist(options: Options) -> Iterator[Figure]:
    import polars as pl
    from django.db import connection
    from django.utils import timezone

    from chongdich.accounts.models import User
    from chongdich.geo.services import load_reference_geography
    from chongdich.surveillance import services
    from chongdich.surveillance.linelist import _parse_address_to_code
    from chongdich.surveillance.linelist_frame import read_line_list
    from chongdich.surveillance.models import DailyCaseCount, ImportBatch, LineListCount

    system = User.objects.create(username="bench-system", is_system=True)
    load_reference_geography(actor=system)
    content = _line_list(ROWS)
    checked = read_line_list(content, "bench.csv").frame
    postgres = connection.vendor == "postgresql"

    def load_form(frame: pl.DataFrame, batch_id: int | None) -> list[Any]:
        """The rows as the import hands them to the driver: CSV written by polars for COPY,
        tuples zipped from the columns for executemany (built untimed)."""
        if postgres:
            return list(services.case_csv_chunks(frame, batch_id))
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        return list(services.case_tuples(frame, batch_id, now))

    # The bare baseline: the same rows without a duplicate key (NULL, so its index stays
    # empty) and without a batch; the import's rows carry both (and no creator, as here).
    bare_rows = load_form(checked.with_columns(dedupe_key=pl.lit(None, dtype=pl.String)), None)
    counter = iter(range(10**9))

    def clear() -> None:
        # Raw SQL: the ORM's cascade collection of a million rows would dominate the run.
        # TRUNCATE on PostgreSQL leaves no dead rows and index pages behind (DELETE did:
        # each round then loaded into a bloated table).
        with connection.cursor() as cursor:
            if postgres:
                cursor.execute(
                    "TRUNCATE surveillance_case, surveillance_importbatch, "
                    "surveillance_linelistcount CASCADE"
                )
            else:
                cursor.execute("DELETE FROM surveillance_case")
        ImportBatch.objects.all().delete()
        DailyCaseCount.objects.filter(source="line_list").delete()
        LineListCount.objects.all().delete()
        _parse_address_to_code.cache_clear()  # every round reads its addresses afresh
        if postgres:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE surveillance_case")

    def product() -> None:
        # What ``chongdich cases import`` runs (the tables are emptied between rounds, the
        # batches with them, so the file is new every time).
        result = services.import_line_list_file(content, "bench.csv", actor=system)
        assert result["created"] == checked.height, result

    def raw() -> None:
        _raw_load(bare_rows)

    # The second baseline: exactly the rows the import stores (keys, batch), by the same
    # loader; the batch is made and the rows written before the clock starts.
    stored_rows: list[Any] = []

    def clear_and_make_batch() -> None:
        clear()
        batch = ImportBatch.objects.create(
            file_name="bench.csv",
            sha256=hashlib.sha256(str(next(counter)).encode()).hexdigest(),
            row_count=checked.height,
            created_count=checked.height,
            created_by=system,
        )
        stored_rows[:] = load_form(checked, batch.pk)

    def stored() -> None:
        _raw_load(stored_rows)

    def stored_all(with_keys: bool) -> Callable[[], None]:
        """Untimed, after each side: every row is in the table (with its key or not)."""

        def check() -> None:
            from chongdich.surveillance.models import Case

            keyed = Case.objects.filter(dedupe_key__isnull=False).count()
            assert Case.objects.count() == checked.height, Case.objects.count()
            assert keyed == (checked.height if with_keys else 0), keyed

        return check

    clear()
    rounds = _alternate(
        [
            (clear, product, stored_all(True)),
            (clear, raw, stored_all(False)),
            (clear_and_make_batch, stored, stored_all(True)),
        ],
        options.rounds(3),
    )
    value, baseline, stored_baseline = (statistics.median(times) for times in rounds)
    loader = "COPY" if postgres else "executemany"
    yield Figure("import_1m", value, "s", f"{loader} of the same {checked.height:,} rows", baseline)
    yield Figure(
        "import_1m_vs_stored_rows",
        value,
        "s",
        f"{loader} of the same {checked.height:,} rows as stored (dedup key, batch)",
        stored_baseline,
    )


def _alternate(
    sides: list[tuple[Callable[[], Any], Callable[[], Any], Callable[[], Any]]], rounds: int
) -> list[list[float]]:
    """Seconds of each side (an untimed preparation, the timed call, an untimed check of
    what it stored) over ``rounds`` rounds, the sides alternating within each round:
    ``harness.compare`` for more than one baseline. Round 0 is an untimed warm-up."""
    times: list[list[float]] = [[] for _ in sides]
    for i in range(rounds + 1):
        for (prepare, timed, check), side_times in zip(sides, times, strict=True):
            prepare()
            start = time.perf_counter()
            timed()
            elapsed = time.perf_counter() - start
            check()
            if i > 0:
                side_times.append(elapsed)
    return times
