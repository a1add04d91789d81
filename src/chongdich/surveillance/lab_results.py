"""Reading test-result files (CSV or XLSX): one test per line, Vietnamese headers.

The columns laboratories and testing sites send: "Ngày lấy mẫu", "Loại xét nghiệm"
(RT-PCR, test nhanh), "Kết quả" (Dương tính, Âm tính), "Nơi xét nghiệm" / "Phòng xét
nghiệm", and where the sample was taken: "Mã xã" or an address / "Xã/Phường", resolved as
for line lists. Nothing is written here: :func:`read_test_results` returns the checked
rows, or every reason, by line and column, why the file cannot be taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.geo.models import AdminUnit

from .linelist import (
    HEADER_SYNONYMS,
    TEST_VALUES,
    CommuneResolver,
    _resolve_commune,
    _text,
    fold,
    parse_date,
    read_table,
)

TEST_HEADERS: dict[str, tuple[str, ...]] = {
    "sampled_on": HEADER_SYNONYMS["sampled_on"] + ("ngayxetnghiem",),
    "test_type": HEADER_SYNONYMS["test_type"],
    "result": ("ketqua", "ketquaxetnghiem", "result"),
    "site": (
        "noixetnghiem",
        "phongxetnghiem",
        "donvixetnghiem",
        "diemxetnghiem",
        "noilaymau",
        "site",
        "lab",
    ),
    **{
        k: HEADER_SYNONYMS[k]
        for k in ("commune_code", "address", "commune_name", "district_name", "province_name")
    },
}
RESULT_VALUES = {
    "duongtinh": True,
    "positive": True,
    "dt": True,
    "amtinh": False,
    "negative": False,
    "at": False,
}


@dataclass
class TestRow:
    __test__ = False  # not a pytest test class despite its name

    line: int
    commune: AdminUnit
    sampled_on: dt.date
    test_type: str
    is_positive: bool
    site: str = ""


@dataclass
class TestFile:
    __test__ = False

    rows: list[TestRow] = field(default_factory=list)
    row_count: int = 0


def read_test_results(
    content: bytes, file_name: str, *, province: AdminUnit | None = None
) -> TestFile:
    table = read_table(content, file_name)
    headers = list(table[0].keys()) if table else []
    folded = {fold(h): h for h in headers if h}
    columns = {
        ours: folded[name]
        for ours, names in TEST_HEADERS.items()
        for name in names
        if name in folded
    }
    has_place = any(k in columns for k in ("commune_code", "address", "commune_name"))
    missing = [
        label
        for label, ok in (
            (_("sample date"), "sampled_on" in columns),
            (_("test"), "test_type" in columns),
            (_("result"), "result" in columns),
            (_("address or commune"), has_place),
        )
        if not ok
    ]
    if missing:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Headers found: %(headers)s.")
            % {"columns": ", ".join(missing), "headers": ", ".join(headers) or "—"},
        )
    if not table:
        raise ServiceError(ErrorCode.INVALID_FILE, _("The file has no data rows."))
    resolver = CommuneResolver(province)
    parsed = TestFile(row_count=len(table))
    errors: list[RowError] = []
    for line, raw in enumerate(table, start=2):
        row, row_errors = _check_row(line, raw, columns, resolver)
        errors += row_errors
        if row is not None:
            parsed.rows.append(row)
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.")
            % {"count": len({e.line for e in errors})},
            details=[e.as_dict() for e in errors[:1000]],
        )
    return parsed


def _check_row(
    line: int, raw: dict[str, Any], columns: dict[str, str], resolver: CommuneResolver
) -> tuple[TestRow | None, list[RowError]]:
    errors: list[RowError] = []

    def fail(name: str, reason: str) -> None:
        errors.append(RowError(line, columns.get(name, name), reason))

    commune = _resolve_commune(raw, columns, resolver, fail)
    value = raw.get(columns["sampled_on"])
    sampled: dt.date | None = None
    try:
        sampled = parse_date(value)
    except ValueError:
        fail("sampled_on", _("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": value})
    else:
        if sampled is None:
            fail("sampled_on", _("The sample date is required."))
        elif sampled > timezone.localdate():
            fail(
                "sampled_on",
                _("The date %(date)s is in the future.") % {"date": sampled.strftime("%d/%m/%Y")},
            )
    test_type = TEST_VALUES.get(fold(_text(raw, columns, "test_type")))
    if not test_type:
        fail(
            "test_type",
            _("“%(value)s” is not a test (RT-PCR, test nhanh).")
            % {"value": _text(raw, columns, "test_type")},
        )
    result = RESULT_VALUES.get(fold(_text(raw, columns, "result")) or "?")
    if result is None:
        fail(
            "result",
            _("“%(value)s” is not a result (Dương tính, Âm tính).")
            % {"value": _text(raw, columns, "result")},
        )
    if errors or commune is None or sampled is None or result is None or not test_type:
        return None, errors
    site = _text(raw, columns, "site")[:200]
    return TestRow(line, commune, sampled, test_type, result, site), errors
