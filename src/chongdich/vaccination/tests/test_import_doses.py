"""Dose files as provinces send them: Vietnamese headers and values, all or none, the same
file twice adds nothing, a corrected line replaces the stored count."""

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
from chongdich.vaccination import services
from chongdich.vaccination.dosefile import read_dose_file
from chongdich.vaccination.models import DoseImportBatch, DoseRecord

pytestmark = pytest.mark.django_db

HEADER = "Mã xã,Ngày tiêm,Nhóm tuổi,Mũi,Vắc xin,Số lượng\n"
GOOD = (
    HEADER
    + "31813,25/10/2021,18-49,Mũi 1,AstraZeneca,1.200\n"
    + "31813,25/10/2021,50-64,Mũi 2,Pfizer,300\n"
    + "31816,26/10/2021,65+,nhắc lại,Vero Cell,40\n"
)


def load(content: str | bytes, actor: Any, name: str = "lieu.csv", **kwargs: Any) -> dict[str, Any]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    parsed = read_dose_file(data, name, province=kwargs.pop("province", None))
    return services.import_doses(
        parsed,
        file_name=name,
        content_sha256=hashlib.sha256(data).hexdigest(),
        actor=actor,
        **kwargs,
    )


def test_vietnamese_headers_and_values_become_dose_rows(baclieu_officer: Any, baclieu: Any) -> None:
    result = load(GOOD, baclieu_officer, province=baclieu)
    assert (result["created"], result["updated"], result["doses"]) == (3, 0, 1540)
    first = DoseRecord.objects.get(commune__code="31813", age_group="18-49")
    assert (first.dose_number, first.brand, first.doses) == (1, "astrazeneca", 1200)
    booster = DoseRecord.objects.get(commune__code="31816")
    assert (booster.age_group, booster.dose_number, booster.brand) == ("65+", 3, "sinopharm")
    assert DoseImportBatch.objects.get().doses == 1540


def test_the_same_file_twice_adds_nothing_and_a_correction_replaces(baclieu_officer: Any) -> None:
    load(GOOD, baclieu_officer)
    again = load(GOOD, baclieu_officer)
    assert again["already_imported"] and again["created"] == 0
    corrected = HEADER + "31813,25/10/2021,18-49,1,AZ,1250\n"
    result = load(corrected, baclieu_officer, name="sua.csv")
    assert (result["created"], result["updated"]) == (0, 1)
    assert DoseRecord.objects.get(commune__code="31813", age_group="18-49").doses == 1250
    assert DoseRecord.objects.count() == 3


def test_every_bad_line_is_reported_and_nothing_is_stored(
    baclieu_officer: Any, baclieu: Any
) -> None:
    bad = (
        HEADER
        + "31813,25/10/2021,18-49,1,AstraZeneca,100\n"
        + "99999,25/10/2021,18-49,1,AstraZeneca,100\n"  # unknown commune
        + "31813,31/02/2021,18-49,1,AstraZeneca,100\n"  # no such date
        + "31813,25/10/2021,30-40,4,Sputnik Light,-5\n"  # age group, dose, vaccine, count
        + "31813,01/01/2021,18-49,1,AstraZeneca,100\n"  # before the campaign
        + "31813,25/10/2021,18-49,1,AstraZeneca,7\n"  # same key as line 2
        + "01234,25/10/2021,18-49,1,Pfizer,7\n"  # a commune of another province
    )
    with pytest.raises(ServiceError) as caught:
        load(bad, baclieu_officer, province=baclieu)
    details = caught.value.details
    where = {(d["line"], d["column"]) for d in details}
    assert (3, "Mã xã") in where and (4, "Ngày tiêm") in where and (6, "Ngày tiêm") in where
    assert {(5, "Nhóm tuổi"), (5, "Mũi"), (5, "Vắc xin"), (5, "Số lượng")} <= where
    assert (7, "Ngày tiêm") in where and (8, "Mã xã") in where
    reasons = " ".join(d["reason"] for d in details)
    assert "dòng 2" in reasons.lower() or "line 2" in reasons.lower()
    assert DoseRecord.objects.count() == 0 and DoseImportBatch.objects.count() == 0


def test_missing_columns_are_named(baclieu_officer: Any) -> None:
    with pytest.raises(ServiceError) as caught:
        load("Mã xã,Ngày tiêm\n31813,25/10/2021\n", baclieu_officer)
    assert "age group" in str(caught.value.message) or "nhóm tuổi" in str(caught.value.message)


def test_xlsx_with_commune_names_is_read(baclieu_officer: Any, baclieu: Any) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["Xã/Phường", "Quận/Huyện", "Ngày tiêm", "Nhóm tuổi", "Mũi", "Vắc xin", "Số lượng"]
    )
    sheet.append(["Xã Vĩnh Trạch", "Thành phố Bạc Liêu", "27/10/2021", "12-17", 1, "Pfizer", 80])
    buffer = io.BytesIO()
    book.save(buffer)
    result = load(buffer.getvalue(), baclieu_officer, name="lieu.xlsx", province=baclieu)
    assert result["created"] == 1
    assert DoseRecord.objects.get().commune.code == "31834"


def test_an_officer_cannot_import_another_provinces_doses(camau_officer: Any) -> None:
    with pytest.raises(ServiceError) as caught:
        load(GOOD, camau_officer)
    assert caught.value.code == "forbidden"
    assert DoseRecord.objects.count() == 0


def test_the_command_imports_and_reports_errors_by_line(
    system: Any, baclieu: Any, tmp_path: Path
) -> None:
    good = tmp_path / "lieu.csv"
    good.write_text(GOOD, encoding="utf-8")
    out = io.StringIO()
    call_command("vaccination", "import", str(good), "--province", "95", stdout=out)
    assert '"created": 3' in out.getvalue()
    bad = tmp_path / "sai.csv"
    bad.write_text(HEADER + "31813,25/10/2021,18-49,1,Unknown,10\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("vaccination", "import", str(bad), stderr=err)
    assert "dòng/line 2, cột/column Vắc xin" in err.getvalue()


def test_populations_by_age_group_are_imported_or_refused_by_line(
    system: Any, tmp_path: Path
) -> None:
    from chongdich.vaccination.models import AgePopulation

    good = tmp_path / "dan-so.csv"
    good.write_text("Mã,Nhóm tuổi,Dân số\n31813,18-49,7000\n31813,65+,900\n", encoding="utf-8")
    out = io.StringIO()
    call_command("vaccination", "populations", str(good), stdout=out)
    assert '"rows": 2' in out.getvalue()
    row = AgePopulation.objects.get(area__code="31813", age_group="18-49")
    assert (row.population, row.is_estimate) == (7000, False)
    bad = tmp_path / "sai.csv"
    bad.write_text("Mã,Nhóm tuổi,Dân số\n31813,18-49,-1\n77777,30-40,5\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("vaccination", "populations", str(bad), stderr=err)
    assert "dòng/line 2, cột/column Dân số" in err.getvalue()
    assert "dòng/line 3, cột/column Nhóm tuổi" in err.getvalue()
    assert AgePopulation.objects.count() == 2
