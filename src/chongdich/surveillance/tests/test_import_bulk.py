# ruff: noqa: E501  (rows of a line list are data)
"""The bulk (column-wise) reading of line lists takes exactly what the row check takes, and
bad files still leave everything stored as it was (ADR 0061). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

import polars as pl
import pytest

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.surveillance import services
from chongdich.surveillance.linelist import (
    CommuneResolver,
    check_row,
    dedupe_key,
    fold,
    map_columns,
)
from chongdich.surveillance.linelist_frame import (
    _rows_frame,
    fold_column,
    read_frame,
    read_line_list,
)
from chongdich.surveillance.models import Case, DailyCaseCount, ImportBatch, LineListCount

HEADER = "Họ tên,Năm sinh,Tuổi,Giới tính,CCCD,Địa chỉ,Mã xã,Ngày lấy mẫu,Ngày báo cáo,Loại xét nghiệm,Nơi phát hiện,Bệnh nền,Mang thai,Mũi 1,Mũi 2,Mũi 3,Tình trạng,Ngày khỏi\n"
# Plain rows (taken in bulk) and unusual but valid ones (ISO or compact dates, a zero-padded
# year, spaces, upper case, only a second dose): both paths must store the same values.
MIXED = HEADER + (
    'Nguyễn Văn An,1980,,Nam,095080001234,"Ấp 1, xã Vĩnh Trạch, TP Bạc Liêu",,30/10/2021,31/10/2021,RT-PCR,Cộng đồng,Tiểu đường,,01/08/2021,01/09/2021,,Khỏi,10/11/2021\n'
    "Trần Thị Bình,,41,Nữ,,,31834,2021-10-30,2021-10-31,Test nhanh,Khu cách ly,,Có,,05/09/2021,,,\n"
    "  LÊ VĂN CƯỜNG ,01972,,NAM,,,31834,,20211031,rt-pcr,KHU PHONG TỎA,,,,,,Đang điều trị,\n"
    'Phạm Thị Dung,2001,,nữ,,"xã Vĩnh Trạch, TP Bạc Liêu",,1/9/2021,2.9.2021,,,"cao huyết áp; đau lưng",Không,01/08/2021,,01/10/2021,Tử vong,05/09/2021\n'
)


def load(content: str | bytes, actor: Any, **kwargs: Any) -> dict[str, Any]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    parsed = read_line_list(data, "ds.csv", province=kwargs.get("province"))
    return services.import_line_list(
        parsed,
        file_name="ds.csv",
        content_sha256=hashlib.sha256(data).hexdigest(),
        actor=actor,
        **kwargs,
    )


def test_bulk_reading_takes_what_the_row_check_takes(baclieu: Any) -> None:
    content = MIXED.encode("utf-8")
    bulk = read_line_list(content, "ds.csv", province=baclieu).frame
    table = read_frame(content, "ds.csv")
    columns = map_columns(table.columns)
    resolver = CommuneResolver(baclieu)
    rows = []
    for line, raw in enumerate(table.iter_rows(named=True), start=2):
        row, errors = check_row(line, raw, columns, resolver)
        assert row is not None and not errors, errors
        rows.append(row)
    by_row = _rows_frame(rows).with_columns(
        dedupe_key=pl.Series([r.dedupe_key for r in rows], dtype=pl.String)
    )
    assert bulk.to_dicts() == by_row.to_dicts()
    # And the stored key is the one a case entered through the form gets.
    cuong = bulk.filter(pl.col("line") == 4).row(0, named=True)
    assert cuong["dedupe_key"] == dedupe_key(
        "", "LÊ VĂN CƯỜNG", 1972, cuong["commune_id"], dt.date(2021, 10, 31)
    )
    assert (cuong["full_name"], cuong["sex"], cuong["detection_setting"]) == (
        "LÊ VĂN CƯỜNG",
        "male",
        "lockdown",
    )


def test_folding_in_bulk_is_folding_one_by_one() -> None:
    # The duplicate keys of stored cases were made by ``fold``: the bulk fold must agree on
    # every text, Vietnamese or not, or a person already stored would be stored again.
    rng = random.Random(3)
    letters = [chr(c) for c in (*range(0x20, 0x250), *range(0x1E00, 0x1F00), 0x300, 0x301, 0x34F)]
    texts = ["Đặng Văn Ấp", "NGUYỄN THỊ HỒNG", "095080001234", "İ ẞ ß ǅ ﬁ ① 日本", "e\u0301", ""]
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 15))) for _ in range(5000)]
    assert fold_column(pl.Series(texts)).to_list() == [fold(t) for t in texts]


def test_a_case_entered_in_the_form_is_a_duplicate_in_a_file(
    baclieu_officer: Any, baclieu: Any
) -> None:
    commune = AdminUnit.objects.get(map_version="legacy", level="commune", code="31834")
    services.create_case(
        commune=commune,
        reported_on=dt.date(2021, 10, 31),
        full_name="Lê Văn Cường",
        birth_year=1972,
        actor=baclieu_officer,
    )
    result = load(MIXED, baclieu_officer, province=baclieu)
    assert (result["created"], result["duplicates"]) == (3, 1)
    assert Case.objects.filter(birth_year=1972).count() == 1


def test_all_clinical_fields_are_stored_as_read(baclieu_officer: Any, baclieu: Any) -> None:
    load(MIXED, baclieu_officer, province=baclieu)
    dung = Case.objects.get(full_name="Phạm Thị Dung")
    assert dung.doses == [{"dose": 1, "on": "2021-08-01"}, {"dose": 3, "on": "2021-10-01"}]
    assert (dung.comorbidities, dung.comorbidity_notes, dung.is_pregnant) == (
        ["hypertension"],
        "đau lưng",
        False,
    )
    assert (dung.outcome, dung.outcome_on, dung.sampled_on) == (
        "died",
        dt.date(2021, 9, 5),
        dt.date(2021, 9, 1),
    )
    binh = Case.objects.get(full_name="Trần Thị Bình")
    assert (binh.birth_year, binh.is_pregnant, binh.doses) == (
        1980,
        True,
        [{"dose": 2, "on": "2021-09-05"}],
    )


BAD = HEADER + (
    "Ngô Văn E,1980,,Nam,,,99999,,31/10/2021,,,,,,,,,\n"  # unknown commune code
    "Đỗ Văn G,,-5,Nam,,,31834,,31/10/2021,,,,,,,,,\n"  # negative age
    "Hồ Văn H,1980,,Nam,,,31834,,31/02/2021,,,,,,,,,\n"  # no such day
    "Vũ Văn I,1980,,Nam,,,31834,,31/10/2099,,,,,,,,,\n"  # in the future
    "Lý Văn K,1980,,Người,,,31834,,31/10/2021,,,,,,,,,\n"  # not a sex
    "Lý Văn M,1980,,Nam,,,31834,,31/10/2021,,,,,01/09/2021,01/08/2021,,,\n"  # dose 2 before 1
    "Lý Văn N,1980,,Nam,,,31834,,31/10/2021,,,,,,,,Khỏi,01/10/2021\n"  # recovered before reported
    "Lý Văn K,1980,,Nam,,,31834,,31/10/2021,,,,,,,,,\n"
    "Lý Văn K,1980,,Nam,,,31834,,31/10/2021,,,,,,,,,\n"  # the same person twice
)


def test_bad_rows_are_all_reported_and_nothing_stored_changes(
    baclieu_officer: Any, baclieu: Any
) -> None:
    load(MIXED, baclieu_officer, province=baclieu)
    before = (
        Case.objects.count(),
        sorted(DailyCaseCount.objects.values_list("area_id", "date", "new_cases")),
        sorted(LineListCount.objects.values_list("area_id", "date", "new_cases")),
        ImportBatch.objects.count(),
    )
    with pytest.raises(ServiceError) as err:
        load(BAD, baclieu_officer, province=baclieu)
    assert err.value.code == "invalid_file"
    assert [(d["line"], d["column"]) for d in err.value.details] == [
        (2, "Mã xã"),
        (3, "Tuổi"),
        (4, "Ngày báo cáo"),
        (5, "Ngày báo cáo"),
        (6, "Giới tính"),
        (7, "Mũi 2"),
        (8, "Ngày khỏi"),
        (10, "Họ tên"),
    ]
    assert "8" in err.value.message  # eight lines are wrong
    assert "9" in err.value.details[-1]["reason"]  # the same person as line 9
    after = (
        Case.objects.count(),
        sorted(DailyCaseCount.objects.values_list("area_id", "date", "new_cases")),
        sorted(LineListCount.objects.values_list("area_id", "date", "new_cases")),
        ImportBatch.objects.count(),
    )
    assert after == before


def test_a_file_larger_than_a_statements_parameter_limit_is_deduplicated(
    baclieu_officer: Any, baclieu: Any
) -> None:
    # SQLite refuses more than 32,766 parameters in one statement: the look-up of stored
    # people must not depend on the file's size.
    codes = list(
        AdminUnit.objects.filter(map_version="legacy", level="commune", province=baclieu)
        .order_by("code")
        .values_list("code", flat=True)
    )
    lines = ["Họ tên,Năm sinh,CCCD,Mã xã,Ngày báo cáo,Nơi phát hiện"]
    lines += [
        f"Người {i},1980,{95_000_000_000 + i},{codes[i % len(codes)]},{1 + i % 28:02d}/10/2021,Cộng đồng"
        for i in range(33_000)
    ]
    first = "\n".join(lines[:1001]) + "\n"
    assert load(first, baclieu_officer, province=baclieu)["created"] == 1000
    result = load("\n".join(lines) + "\n", baclieu_officer, province=baclieu)
    assert (result["created"], result["duplicates"]) == (32_000, 1000)
    province = LineListCount.objects.filter(area=baclieu)
    assert sum(province.values_list("new_cases", flat=True)) == 33_000
    assert sum(province.values_list("community_cases", flat=True)) == 33_000
