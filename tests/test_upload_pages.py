"""The three file-upload pages (line list, test results, doses) share one view and one error
table: a Bạc Liêu officer gets every refusal in Vietnamese and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chongdich.surveillance.models import Case, TestResult
from chongdich.vaccination.models import DoseRecord

PAGES = ["/surveillance/cases/import/", "/surveillance/tests/import/", "/vaccination/doses/import/"]


@pytest.fixture
def officer_client(baclieu_officer: Any) -> Client:
    from conftest import PERSONA_PASSWORD

    client = Client()
    assert client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    return client


def _stored() -> tuple[int, int, int]:
    return Case.objects.count(), TestResult.objects.count(), DoseRecord.objects.count()


@pytest.mark.parametrize("url", PAGES)
def test_an_upload_without_a_file_or_with_an_unknown_province_is_refused_in_vietnamese(
    officer_client: Client, url: str
) -> None:
    before = _stored()
    page = officer_client.post(url, {"province": "95"}).content.decode()
    assert "Hãy chọn một tệp CSV hoặc XLSX." in page
    csv = SimpleUploadedFile("x.csv", b"a,b\n1,2\n", content_type="text/csv")
    page = officer_client.post(url, {"province": "999", "file": csv}).content.decode()
    assert "Không có tỉnh nào mang mã “999”." in page
    assert _stored() == before


BAD_FILES = {
    "/surveillance/cases/import/": "Họ tên,Năm sinh,Giới tính,Địa chỉ,Ngày lấy mẫu,Ngày báo cáo\n"
    'Trần Văn B,1990,Nam,"xã Vĩnh Trạch",02/11/2021,31/10/2021\n',
    "/surveillance/tests/import/": "Ngày lấy mẫu,Loại xét nghiệm,Nơi xét nghiệm,Kết quả,Mã xã\n"
    "31/10/2099,RT-PCR,CDC Bạc Liêu,Dương tính,31834\n",
    "/vaccination/doses/import/": "Mã xã,Ngày tiêm,Nhóm tuổi,Mũi,Vắc xin,Số lượng\n"
    "31813,25/10/2021,30-40,Mũi 1,AstraZeneca,10\n",
}


@pytest.mark.parametrize("url", PAGES)
def test_a_file_with_bad_lines_lists_them_under_vietnamese_headers(
    officer_client: Client, url: str
) -> None:
    before = _stored()
    csv = SimpleUploadedFile("bad.csv", BAD_FILES[url].encode(), content_type="text/csv")
    page = officer_client.post(url, {"province": "95", "file": csv}).content.decode()
    assert '<table class="table" id="import-errors">' in page
    assert "<th>Dòng</th><th>Cột</th><th>Lý do</th>" in page
    assert "<td>2</td>" in page  # the bad row is line 2 of the file
    assert _stored() == before
