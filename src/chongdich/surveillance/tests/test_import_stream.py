"""``import_line_list_file``: a file is checked a slice at a time, each slice stored by
another thread (COPY on PostgreSQL, executemany on SQLite); whatever happens in a later
slice (a bad row, a person already stored, a person twice in the file) the result is the
ordinary path's, with nothing half-stored (ADR 0062). Slices of 2 rows here."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.surveillance import services
from chongdich.surveillance.linelist_frame import read_line_list
from chongdich.surveillance.models import Case, DailyCaseCount, ImportBatch

HEADER = (
    "Họ tên,Năm sinh,Giới tính,CCCD,Mã xã,Ngày lấy mẫu,Ngày báo cáo,Loại xét nghiệm,Nơi phát hiện\n"
)
PLAIN = [
    "Nguyễn Văn An,1980,Nam,095080001234,31834,30/10/2021,31/10/2021,RT-PCR,Cộng đồng\n",
    "Trần Thị Bình,1975,Nữ,,31834,29/10/2021,30/10/2021,Test nhanh,Khu cách ly\n",
    "Lê Văn Cường,1972,Nam,095072000001,31834,,31/10/2021,RT-PCR,Khu phong tỏa\n",
    "Phạm Thị Dung,2001,Nữ,,31834,01/09/2021,02/09/2021,,\n",
    "Huỳnh Văn Em,1990,Nam,095090000002,31834,01/10/2021,02/10/2021,RT-PCR,Cộng đồng\n",
]
STORED = ("full_name", "id_number", "birth_year", "sex", "commune_id", "reported_on")


@pytest.fixture(autouse=True)
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "STREAM_SLICE_ROWS", 2)


def run(lines: list[str], actor: Any, province: Any) -> dict[str, Any]:
    content = (HEADER + "".join(lines)).encode()
    return services.import_line_list_file(content, "ds.csv", actor=actor, province=province)


def stored() -> list[tuple[Any, ...]]:
    return sorted(Case.objects.values_list(*STORED, "dedupe_key", "import_batch_id"))


def test_a_file_of_new_people_is_stored_as_the_ordinary_path_stores_it(
    baclieu_officer: Any, baclieu: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The slices go straight to the store thread: the ordinary path must not be taken.
    monkeypatch.setattr(services, "import_line_list", None)
    result = run(PLAIN, baclieu_officer, baclieu)
    batch = ImportBatch.objects.get()
    assert result == {
        "rows": 5,
        "created": 5,
        "duplicates": 0,
        "dry_run": False,
        "batch": batch.pk,
    }
    streamed = stored()
    counts = sorted(DailyCaseCount.objects.values_list("area_id", "date", "new_cases"))
    assert AuditEvent.objects.filter(action="surveillance.import_line_list").count() == 1
    assert (batch.row_count, batch.created_count, batch.created_by) == (5, 5, baclieu_officer)
    assert {c.entered_by for c in Case.objects.all()} == {baclieu_officer}

    monkeypatch.undo()
    Case.objects.all().delete()
    DailyCaseCount.objects.all().delete()
    content = (HEADER + "".join(PLAIN)).encode()
    services.import_line_list(
        read_line_list(content, "ds.csv", province=baclieu),
        file_name="ds.csv",
        content_sha256="other",
        actor=baclieu_officer,
        province=baclieu,
    )
    ordinary_batch = ImportBatch.objects.get(sha256="other").pk
    assert [r[:-1] for r in streamed] == [r[:-1] for r in stored()]
    assert {r[-1] for r in stored()} == {ordinary_batch}
    assert counts == sorted(DailyCaseCount.objects.values_list("area_id", "date", "new_cases"))
    assert counts == [(counts[0][0], dt.date(2021, 9, 2), 1), *counts[1:]]


def test_a_bad_row_in_a_later_slice_stores_nothing_and_is_reported(
    baclieu_officer: Any, baclieu: Any
) -> None:
    lines = [*PLAIN, "Võ Thị Giang,1999,Nữ,,31834,01/11/2021,32/10/2021,RT-PCR,Cộng đồng\n"]
    with pytest.raises(ServiceError) as caught:
        run(lines, baclieu_officer, baclieu)
    assert [d["line"] for d in caught.value.details] == [7]
    assert not Case.objects.exists() and not ImportBatch.objects.exists()
    assert not DailyCaseCount.objects.exists()


def test_a_person_twice_in_the_file_is_reported_with_the_first_line(
    baclieu_officer: Any, baclieu: Any
) -> None:
    twice = [*PLAIN, PLAIN[0].replace("Nguyễn Văn An", "NGUYỄN VĂN AN")]
    with pytest.raises(ServiceError) as caught:
        run(twice, baclieu_officer, baclieu)
    assert [(d["line"], d["reason"]) for d in caught.value.details] == [
        (7, "Trùng người với dòng 2.")
    ]
    assert not Case.objects.exists() and not ImportBatch.objects.exists()


def test_people_already_stored_are_skipped_in_whichever_slice(
    baclieu_officer: Any, baclieu: Any
) -> None:
    run(PLAIN[3:4], baclieu_officer, baclieu)  # Phạm Thị Dung: the second slice's first row
    result = run(PLAIN, baclieu_officer, baclieu)
    assert (result["created"], result["duplicates"]) == (4, 1)
    assert Case.objects.count() == 5
    assert Case.objects.filter(full_name="Phạm Thị Dung").count() == 1
    # The same file again adds nothing.
    again = run(PLAIN, baclieu_officer, baclieu)
    assert (again["created"], again["already_imported"]) == (0, result["batch"])
    assert Case.objects.count() == 5
