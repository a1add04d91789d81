# ruff: noqa: E501  (rows of a line list are data)
"""Line lists as provinces send them: Vietnamese headers, free-text addresses, all or none."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

from chongdich.errors import ServiceError
from chongdich.surveillance import services
from chongdich.surveillance.linelist_frame import read_line_list
from chongdich.surveillance.models import Case, DailyCaseCount, ImportBatch, LineListCount

HEADER = "STT,Họ tên,Năm sinh,Giới tính,CCCD,Địa chỉ,Ngày lấy mẫu,Ngày báo cáo,Loại xét nghiệm,Nơi phát hiện\n"
GOOD = (
    HEADER
    + '1,Nguyễn Văn An,1980,Nam,095080001234,"Ấp 1, xã Vĩnh Trạch, TP Bạc Liêu",30/10/2021,31/10/2021,RT-PCR,Cộng đồng\n'
    + '2,Trần Thị Bình,1995,Nữ,,"Phường 1, thành phố Bạc Liêu, Bạc Liêu",30/10/2021,31/10/2021,Test nhanh,Khu cách ly\n'
    + '3,Lê Văn Cường,1972,Nam,,"xã Vĩnh Trạch, thành phố Bạc Liêu",,31/10/2021,,\n'
)


def load(content: str | bytes, actor: Any, name: str = "ds.csv", **kwargs: Any) -> dict[str, Any]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    parsed = read_line_list(data, name, province=kwargs.pop("province", None))
    return services.import_line_list(
        parsed,
        file_name=name,
        content_sha256=hashlib.sha256(data).hexdigest(),
        actor=actor,
        **kwargs,
    )


def test_vietnamese_headers_and_addresses_become_cases_in_their_communes(
    baclieu_officer: Any, baclieu: Any
) -> None:
    result = load(GOOD, baclieu_officer, province=baclieu)
    assert (result["created"], result["duplicates"]) == (3, 0)
    an = Case.objects.get(full_name="Nguyễn Văn An")
    assert (an.commune.code, an.commune.name) == ("31834", "Xã Vĩnh Trạch")
    assert (an.sex, an.birth_year, an.test_type, an.detection_setting) == (
        "male",
        1980,
        "rt_pcr",
        "community",
    )
    assert Case.objects.get(full_name="Trần Thị Bình").detection_setting == "quarantine"
    # Daily counts per commune follow every write.
    counts = DailyCaseCount.objects.filter(source="line_list", date="2021-10-31")
    assert sum(c.new_cases for c in counts) == 3
    by_setting = LineListCount.objects.filter(date="2021-10-31", area__level="commune")
    assert sum(c.new_cases for c in by_setting) == 3
    province = LineListCount.objects.get(date="2021-10-31", area=baclieu)
    assert (province.new_cases, province.community_cases, province.quarantine_cases) == (3, 1, 1)


def test_the_same_file_twice_adds_nothing(baclieu_officer: Any, baclieu: Any) -> None:
    load(GOOD, baclieu_officer, province=baclieu)
    again = load(GOOD, baclieu_officer, province=baclieu)
    assert again["created"] == 0 and again["already_imported"]
    assert Case.objects.count() == 3 and ImportBatch.objects.count() == 1


def test_people_already_stored_are_skipped_as_duplicates(
    baclieu_officer: Any, baclieu: Any
) -> None:
    load(GOOD, baclieu_officer, province=baclieu)
    # Another file, same people (one found by ID number, one by name+year+commune+date).
    other = GOOD.replace("1,Nguyễn Văn An", "1,NGUYEN VAN AN (sửa)") + (
        '4,Phạm Thị Dung,2001,Nữ,,"xã Vĩnh Trạch, TP Bạc Liêu",,31/10/2021,,\n'
    )
    result = load(other, baclieu_officer, province=baclieu)
    assert (result["created"], result["duplicates"]) == (1, 3)


def test_every_bad_line_is_reported_and_nothing_is_imported(
    baclieu_officer: Any, baclieu: Any
) -> None:
    bad = (
        HEADER
        + '1,,1980,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",30/10/2021,31/10/2021,,\n'
        + '2,Ngô Văn E,1980,Nam,,"Không có địa chỉ này",30/10/2021,31/10/2021,,\n'
        + '3,Đỗ Văn G,1980,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",02/11/2021,31/10/2021,,\n'
        + '4,Hồ Văn H,1980,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",,31/10/2099,,\n'
        + '5,Vũ Văn I,18/3,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",,31/10/2021,,\n'
        + '6,Lý Văn K,1980,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",,31/10/2021,,\n'
        + '7,Lý Văn K,1980,Nam,,"xã Vĩnh Trạch, TP Bạc Liêu",,31/10/2021,,\n'
    )
    with pytest.raises(ServiceError) as err:
        load(bad, baclieu_officer, province=baclieu)
    report = [(d["line"], d["column"]) for d in err.value.details]
    assert report == [
        (2, "Họ tên"),
        (3, "Địa chỉ"),
        (4, "Ngày báo cáo"),
        (5, "Ngày báo cáo"),
        (6, "Năm sinh"),
        (8, "Họ tên"),
    ]
    assert "trước" in err.value.details[2]["reason"] or "before" in err.value.details[2]["reason"]
    assert not Case.objects.exists() and not DailyCaseCount.objects.exists()
    assert not LineListCount.objects.exists()


def test_a_commune_of_another_province_is_refused(baclieu_officer: Any, baclieu: Any) -> None:
    camau_row = (
        HEADER + '1,Phan Văn L,1980,Nam,,"Phường 5, thành phố Cà Mau, Cà Mau",,31/10/2021,,\n'
    )
    with pytest.raises(ServiceError):
        load(camau_row, baclieu_officer, province=baclieu)
    with pytest.raises(ServiceError) as err:
        load(camau_row, baclieu_officer)  # without --province: the jurisdiction refuses it
    assert err.value.code == "forbidden"
    assert not Case.objects.exists()


def test_a_file_that_is_not_utf8_gets_a_clear_message(baclieu_officer: Any) -> None:
    with pytest.raises(ServiceError) as err:
        load(GOOD.encode("utf-16"), baclieu_officer)  # as some office software saves
    assert err.value.code == "invalid_file" and "UTF-8" in str(err.value.message)


def test_missing_columns_are_named(baclieu_officer: Any) -> None:
    with pytest.raises(ServiceError) as err:
        load("STT,Tên\n1,An\n", baclieu_officer)
    assert (
        "Headers found" in str(err.value.message)
        or "Cột" in str(err.value.message)
        or "Thiếu" in str(err.value.message)
    )


def test_xlsx_files_with_commune_codes_and_ages_load(baclieu_officer: Any) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Tuổi", "Mã xã", "Ngày báo cáo"])
    sheet.append(["Đặng Văn M", 41, 31834, "31/10/2021"])
    out = io.BytesIO()
    book.save(out)
    result = load(out.getvalue(), baclieu_officer, name="ds.xlsx")
    assert result["created"] == 1
    case = Case.objects.get()
    assert (case.birth_year, case.commune.code) == (1980, "31834")


def test_incremental_counts_agree_with_a_rebuild(
    system: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    load(GOOD, baclieu_officer, province=baclieu)
    # Two commune series, and by setting: two communes, their district, the province.
    assert services.rebuild_line_list_counts(actor=system) == {
        "checked": 6,
        "corrected": 0,
        "added": 0,
        "removed": 0,
    }
    DailyCaseCount.objects.filter(source="line_list").update(
        new_cases=99
    )  # a write that bypassed us
    assert services.rebuild_line_list_counts(actor=system)["corrected"] == 2
    assert (
        sum(DailyCaseCount.objects.filter(source="line_list").values_list("new_cases", flat=True))
        == 3
    )


def test_the_cli_contract(tmp_path: Path, baclieu: Any) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(GOOD, encoding="utf-8")
    out = io.StringIO()
    call_command("cases", "import", str(path), "--province", "95", "--dry-run", stdout=out)
    assert '"created": 3' in out.getvalue() and not Case.objects.exists()
    call_command("cases", "import", str(path), "--province", "95", stdout=io.StringIO())
    assert Case.objects.count() == 3
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "1,,1980,Nam,,,,31/10/2021,,\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("cases", "import", str(bad), stderr=io.StringIO())


def test_a_commune_named_alone_is_found_when_unique_in_the_province(
    baclieu_officer: Any, baclieu: Any
) -> None:
    row = HEADER + '1,Phạm Văn N,1990,Nam,,"Ấp 3, xã Vĩnh Trạch",,31/10/2021,,\n'
    assert load(row, baclieu_officer, province=baclieu)["created"] == 1
    assert Case.objects.get().commune.code == "31834"


CLINICAL = (
    "Họ tên,Năm sinh,Địa chỉ,Ngày báo cáo,Bệnh nền,Mang thai,Mũi 1,Mũi 2,Tình trạng,Ngày khỏi,Nơi điều trị\n"
    'Võ Thị P,1990,"xã Vĩnh Trạch, TP Bạc Liêu",31/10/2021,"Tiểu đường; cao huyết áp; đau lưng",Có,01/08/2021,01/09/2021,Khỏi,10/11/2021,Tại nhà\n'
)


def test_comorbidities_pregnancy_doses_and_outcome_are_read(
    baclieu_officer: Any, baclieu: Any
) -> None:
    load(CLINICAL, baclieu_officer, province=baclieu)
    case = Case.objects.get()
    assert case.comorbidities == ["diabetes", "hypertension"]
    assert case.comorbidity_notes == "đau lưng"  # kept, not lost, not guessed
    assert case.is_pregnant is True
    assert case.doses == [{"dose": 1, "on": "2021-08-01"}, {"dose": 2, "on": "2021-09-01"}]
    assert (case.outcome, str(case.outcome_on), case.place_of_care) == (
        "recovered",
        "2021-11-10",
        "Tại nhà",
    )


def test_impossible_clinical_dates_are_refused(baclieu_officer: Any, baclieu: Any) -> None:
    bad = CLINICAL.replace("01/09/2021", "01/07/2021").replace("10/11/2021", "20/10/2021")
    with pytest.raises(ServiceError) as err:
        load(bad, baclieu_officer, province=baclieu)
    assert [d["column"] for d in err.value.details] == ["Mũi 2", "Ngày khỏi"]
    assert not Case.objects.exists()


def test_a_commune_code_of_another_province_is_refused(system: Any, baclieu: Any) -> None:
    content = "Họ tên,Mã xã,Ngày báo cáo\nNguyễn Văn X,32002,31/10/2021\n"  # 32002: Cà Mau
    with pytest.raises(ServiceError) as err:
        load(content, system, province=baclieu)
    assert [(d["line"], d["column"]) for d in err.value.details] == [(2, "Mã xã")]
    assert not Case.objects.exists()
