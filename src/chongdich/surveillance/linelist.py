"""Reading case line lists (CSV or XLSX) with the headers provinces actually use.

Headers are matched after folding case and diacritics ("Họ tên", "HO TEN" and "họ và tên"
are the same column). Addresses in free Vietnamese text are resolved to pre-2025 communes
with ``vietnamadminunits``' parser, or given directly by a commune code column. Nothing is
written here. :func:`check_row` holds every rule of one row and words the report (line,
column, reason); ``linelist_frame.read_line_list`` reads a whole file in bulk and hands it
the rows that need a closer look.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.epi.comorbidities import read_comorbidities
from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

from .models import CaseOutcome, DetectionSetting, Sex, TestType


def fold(text: str) -> str:
    """Lower case, no diacritics, letters and digits only: 'Xã/Phường' -> 'xaphuong'."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


# Our field -> the headers that mean it (folded). Order matters only for reading.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("hoten", "hovaten", "tenbenhnhan", "fullname", "name"),
    "birth_year": ("namsinh", "birthyear", "yearofbirth"),
    "age": ("tuoi", "age"),
    "sex": ("gioitinh", "gioi", "sex", "gender"),
    "id_number": (
        "cccd",
        "cmnd",
        "cccdcmnd",
        "cmndcccd",
        "socccd",
        "socmnd",
        "sodinhdanh",
        "idnumber",
    ),
    "phone": ("sodienthoai", "dienthoai", "sdt", "phone"),
    "address": ("diachi", "noio", "address", "diachithuongtru", "diachinoio"),
    "commune_name": ("xaphuong", "xa", "phuong", "phuongxa", "commune"),
    "district_name": ("quanhuyen", "huyen", "quan", "huyenthixa", "district"),
    "province_name": ("tinh", "tinhthanhpho", "tinhthanh", "province"),
    "commune_code": ("maxa", "maxaphuong", "communecode"),
    "sampled_on": ("ngaylaymau", "sampledon", "sampledate"),
    "reported_on": ("ngaybaocao", "ngaycongbo", "ngaycoketqua", "ngayxacdinh", "reportedon"),
    "test_type": ("loaixetnghiem", "xetnghiem", "testtype"),
    "detection_setting": ("noiphathien", "phathientai", "hoancanhphathien", "detectionsetting"),
    "comorbidities": ("benhnen", "benhlynen", "comorbidities"),
    "pregnant": ("mangthai", "cothai", "pregnant"),
    "dose_1": ("ngaytiemmui1", "mui1", "dose1"),
    "dose_2": ("ngaytiemmui2", "mui2", "dose2"),
    "dose_3": ("ngaytiemmui3", "mui3", "muibosung", "dose3"),
    "outcome": ("tinhtrang", "ketqua", "ketquadieutri", "outcome"),
    "outcome_on": ("ngaykhoi", "ngayravien", "ngaytuvong", "ngayketthuc", "outcomeon"),
    "place_of_care": ("noidieutri", "noicachly", "placeofcare"),
}
OUTCOME_VALUES = {
    "": CaseOutcome.UNDER_TREATMENT,
    "dangdieutri": CaseOutcome.UNDER_TREATMENT,
    "khoi": CaseOutcome.RECOVERED,
    "khoibenh": CaseOutcome.RECOVERED,
    "ravien": CaseOutcome.RECOVERED,
    "tuvong": CaseOutcome.DIED,
    "chet": CaseOutcome.DIED,
}
YES_NO = {
    "": None,
    "co": True,
    "x": True,
    "yes": True,
    "1": True,
    "khong": False,
    "no": False,
    "0": False,
}
SEX_VALUES = {
    "nam": Sex.MALE,
    "male": Sex.MALE,
    "m": Sex.MALE,
    "nu": Sex.FEMALE,
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "": Sex.UNKNOWN,
    "khongro": Sex.UNKNOWN,
}
TEST_VALUES = {
    "rtpcr": TestType.RT_PCR,
    "pcr": TestType.RT_PCR,
    "testnhanh": TestType.ANTIGEN,
    "khangnguyen": TestType.ANTIGEN,
    "antigen": TestType.ANTIGEN,
    "testnhanhkhangnguyen": TestType.ANTIGEN,
    "": "",
}
SETTING_VALUES = {
    "congdong": DetectionSetting.COMMUNITY,
    "community": DetectionSetting.COMMUNITY,
    "khucachly": DetectionSetting.QUARANTINE,
    "cachly": DetectionSetting.QUARANTINE,
    "quarantine": DetectionSetting.QUARANTINE,
    "phongtoa": DetectionSetting.LOCKDOWN,
    "khuphongtoa": DetectionSetting.LOCKDOWN,
    "lockdown": DetectionSetting.LOCKDOWN,
    "sangloc": DetectionSetting.SCREENING,
    "screening": DetectionSetting.SCREENING,
    "nhapcanh": DetectionSetting.IMPORTED,
    "imported": DetectionSetting.IMPORTED,
    "ngoaitinh": DetectionSetting.OTHER_PROVINCE,
    "vetutinhkhac": DetectionSetting.OTHER_PROVINCE,
    "tutinhkhacve": DetectionSetting.OTHER_PROVINCE,
    "": "",
}


@dataclass
class CaseRow:
    line: int
    full_name: str
    commune: AdminUnit
    reported_on: dt.date
    sampled_on: dt.date | None = None
    birth_year: int | None = None
    sex: str = Sex.UNKNOWN
    id_number: str = ""
    phone: str = ""
    address: str = ""
    test_type: str = ""
    detection_setting: str = ""
    comorbidities: list[str] = field(default_factory=list)
    comorbidity_notes: str = ""
    is_pregnant: bool | None = None
    doses: list[dict[str, Any]] = field(default_factory=list)
    outcome: str = CaseOutcome.UNDER_TREATMENT
    outcome_on: dt.date | None = None
    place_of_care: str = ""

    @cached_property
    def dedupe_key(self) -> str:
        return dedupe_key(
            self.id_number, self.full_name, self.birth_year, self.commune.pk, self.reported_on
        )


def dedupe_key_text(
    id_number: str, full_name: str, birth_year: int | None, commune_id: int, reported_on: dt.date
) -> str:
    """What names a person: the ID number when there is one; else name + birth year +
    commune + date (issue 3)."""
    if id_number.strip():
        return f"id:{fold(id_number)}"
    return f"p:{fold(full_name)}|{birth_year or ''}|{commune_id}|{reported_on.isoformat()}"


def dedupe_key(
    id_number: str, full_name: str, birth_year: int | None, commune_id: int, reported_on: dt.date
) -> str:
    """The stored duplicate key: the first 128 bits of the SHA-256 of ``dedupe_key_text``,
    as 32 hex characters (the key column holds no readable personal data; ADR 0062)."""
    text = dedupe_key_text(id_number, full_name, birth_year, commune_id, reported_on)
    return hashlib.sha256(text.encode()).hexdigest()[:KEY_HEX_LENGTH]


KEY_HEX_LENGTH = 32  # 128 bits: a uuid column on PostgreSQL, char(32) on SQLite


def read_table(content: bytes, file_name: str) -> list[dict[str, Any]]:
    """Rows as {header: value} from CSV (UTF-8) or XLSX."""
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(content)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("The file is not UTF-8 text. Save it as “CSV UTF-8” or as XLSX and try again."),
        ) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def _read_xlsx(content: bytes) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:
        raise ServiceError(
            ErrorCode.INVALID_FILE, _("The file is not a readable XLSX workbook.")
        ) from None
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
    return [
        {h: v for h, v in zip(header, row, strict=False) if h}
        for row in rows
        if any(v not in (None, "") for v in row)
    ]


def map_columns(headers: list[str]) -> dict[str, str]:
    folded = {fold(h): h for h in headers if h}
    return {
        ours: folded[name]
        for ours, names in HEADER_SYNONYMS.items()
        for name in names
        if name in folded
    }


def parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)


@lru_cache(maxsize=200_000)
def _parse_address_to_code(address: str) -> str | None:
    from vietnamadminunits import parse_address

    try:
        unit = parse_address(address, mode="LEGACY", level=3)
    except Exception:  # the parser raises on text it cannot read at all
        return None
    return getattr(unit, "ward_code", None)


class CommuneResolver:
    """Pre-2025 communes by code or by address text, memoised for the whole file."""

    def __init__(self, province: AdminUnit | None) -> None:
        self.province = province
        self._names: dict[str, list[AdminUnit]] | None = None
        self.by_code = {
            u.code: u
            for u in AdminUnit.objects.filter(
                map_version=MapVersion.LEGACY, level=UnitLevel.COMMUNE
            ).only("id", "code", "name", "short_name", "province_id", "parent_id")
        }
        self.by_id = {u.pk: u for u in self.by_code.values()}

    def by_text(self, address: str) -> AdminUnit | None:
        found = self._by_parser(address)
        return found if found is not None else self._by_name_in_province(address)

    def _by_name_in_province(self, address: str) -> AdminUnit | None:
        """'xã Vĩnh Trạch' alone: the parser wants the district too, but within one
        province a commune name is often unique, and then it is the commune meant."""
        if self.province is None:
            return None
        if self._names is None:
            names: dict[str, list[AdminUnit]] = {}
            for unit in self.by_code.values():
                if unit.province_id == self.province.pk:
                    names.setdefault(fold(unit.short_name), []).append(unit)
            self._names = names
        for part in address.split(","):
            key = re.sub(r"^(xa|phuong|thitran|tt)", "", fold(part))
            matches = self._names.get(key, [])
            if len(matches) == 1:
                return matches[0]
        return None

    def _by_parser(self, address: str) -> AdminUnit | None:
        text = address.strip()
        if self.province is not None:
            # "TP Bạc Liêu" names the city, not the province: always give the parser the
            # province, which it reads from the end of the address.
            text = f"{text}, {self.province.name}"
        code = _parse_address_to_code(text)
        return self.by_code.get(code) if code else None


def _text(raw: dict[str, Any], columns: dict[str, str], name: str) -> str:
    header = columns.get(name)
    value = raw.get(header) if header else None
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def check_row(
    line: int, raw: dict[str, Any], columns: dict[str, str], resolver: CommuneResolver
) -> tuple[CaseRow | None, list[RowError]]:
    errors: list[RowError] = []

    def fail(name: str, reason: str) -> None:
        errors.append(RowError(line, columns.get(name, name), reason))

    name = _text(raw, columns, "full_name")
    if not name:
        fail("full_name", _("The full name is required."))
    commune = _resolve_commune(raw, columns, resolver, fail)
    dates: dict[str, dt.date | None] = {}
    for key in ("reported_on", "sampled_on"):
        value = raw.get(columns[key]) if key in columns else None
        try:
            dates[key] = parse_date(value)
        except ValueError:
            fail(key, _("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": value})
            dates[key] = None
    reported, sampled = dates["reported_on"], dates["sampled_on"]
    today = timezone.localdate()
    if reported is None and not any(e.column == columns.get("reported_on") for e in errors):
        fail("reported_on", _("The report date is required."))
    for key, value in (("reported_on", reported), ("sampled_on", sampled)):
        if value is not None and value > today:
            fail(
                key, _("The date %(date)s is in the future.") % {"date": value.strftime("%d/%m/%Y")}
            )
    if reported and sampled and sampled > reported:
        fail("reported_on", _("Reported before the sample was taken."))
    birth_year = _birth_year(raw, columns, reported, fail)
    sex = SEX_VALUES.get(fold(_text(raw, columns, "sex")))
    if sex is None:
        fail(
            "sex", _("“%(value)s” is not a sex (Nam, Nữ).") % {"value": _text(raw, columns, "sex")}
        )
    test_type = TEST_VALUES.get(fold(_text(raw, columns, "test_type")))
    if test_type is None:
        fail(
            "test_type",
            _("“%(value)s” is not a test (RT-PCR, test nhanh).")
            % {"value": _text(raw, columns, "test_type")},
        )
    setting = SETTING_VALUES.get(fold(_text(raw, columns, "detection_setting")))
    if setting is None:
        fail(
            "detection_setting",
            _("“%(value)s” is not a detection setting.")
            % {"value": _text(raw, columns, "detection_setting")},
        )
    clinical = _clinical_fields(raw, columns, reported, fail)
    if errors or commune is None or reported is None:
        return None, errors
    return (
        CaseRow(
            **clinical,
            line=line,
            full_name=name,
            commune=commune,
            reported_on=reported,
            sampled_on=sampled,
            birth_year=birth_year,
            sex=sex or Sex.UNKNOWN,
            id_number=_text(raw, columns, "id_number"),
            phone=_text(raw, columns, "phone"),
            address=_text(raw, columns, "address"),
            test_type=test_type or "",
            detection_setting=setting or "",
        ),
        errors,
    )


def _resolve_commune(
    raw: dict[str, Any], columns: dict[str, str], resolver: CommuneResolver, fail: Any
) -> AdminUnit | None:
    code = _text(raw, columns, "commune_code")
    if code:
        commune = resolver.by_code.get(code.zfill(5))
        if commune is None:
            fail("commune_code", _("Unknown commune code “%(code)s”.") % {"code": code})
        elif resolver.province is not None and commune.province_id != resolver.province.pk:
            fail(
                "commune_code",
                _("%(commune)s is not in %(province)s.")
                % {"commune": commune.name, "province": resolver.province.name},
            )
            return None
        return commune
    parts = [
        _text(raw, columns, k)
        for k in ("address", "commune_name", "district_name", "province_name")
    ]
    text = ", ".join(p for p in parts if p)
    commune = resolver.by_text(text) if text else None
    if commune is None:
        column = "address" if "address" in columns else "commune_name"
        fail(column, _("No commune found in “%(address)s”.") % {"address": text})
    elif resolver.province is not None and commune.province_id != resolver.province.pk:
        fail(
            "address",
            _("%(commune)s is not in %(province)s.")
            % {"commune": commune.name, "province": resolver.province.name},
        )
        return None
    return commune


def _birth_year(
    raw: dict[str, Any], columns: dict[str, str], reported: dt.date | None, fail: Any
) -> int | None:
    year_text, age_text = _text(raw, columns, "birth_year"), _text(raw, columns, "age")
    this_year = timezone.localdate().year
    if year_text:
        if not year_text.isdigit() or not 1900 <= int(year_text) <= this_year:
            fail("birth_year", _("“%(value)s” is not a birth year.") % {"value": year_text})
            return None
        return int(year_text)
    if age_text:
        if not age_text.isdigit() or int(age_text) > 120:
            fail("age", _("“%(value)s” is not an age.") % {"value": age_text})
            return None
        return (reported.year if reported else this_year) - int(age_text)
    return None


def _clinical_fields(
    raw: dict[str, Any], columns: dict[str, str], reported: dt.date | None, fail: Any
) -> dict[str, Any]:
    """Comorbidities, pregnancy, vaccine doses, outcome and place of care of one row."""
    codes, unknown = read_comorbidities(_text(raw, columns, "comorbidities"))
    pregnant = YES_NO.get(fold(_text(raw, columns, "pregnant")), "bad")
    if pregnant == "bad":
        fail(
            "pregnant",
            _("“%(value)s” is not yes or no (Có, Không).")
            % {"value": _text(raw, columns, "pregnant")},
        )
        pregnant = None
    today = timezone.localdate()
    doses: list[dict[str, Any]] = []
    for number in (1, 2, 3):
        key = f"dose_{number}"
        value = raw.get(columns[key]) if key in columns else None
        try:
            given = parse_date(value)
        except ValueError:
            fail(key, _("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": value})
            continue
        if given is None:
            continue
        if given > today:
            fail(
                key, _("The date %(date)s is in the future.") % {"date": given.strftime("%d/%m/%Y")}
            )
        elif doses and given <= dt.date.fromisoformat(doses[-1]["on"]):
            fail(key, _("A dose cannot come before or on the day of the previous one."))
        doses.append({"dose": number, "on": given.isoformat()})
    outcome = OUTCOME_VALUES.get(fold(_text(raw, columns, "outcome")))
    if outcome is None:
        fail(
            "outcome",
            _("“%(value)s” is not an outcome (Đang điều trị, Khỏi, Tử vong).")
            % {"value": _text(raw, columns, "outcome")},
        )
    value = raw.get(columns["outcome_on"]) if "outcome_on" in columns else None
    try:
        outcome_on = parse_date(value)
    except ValueError:
        fail("outcome_on", _("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": value})
        outcome_on = None
    if outcome_on and reported and outcome_on < reported:
        fail("outcome_on", _("The outcome comes before the report date."))
    return {
        "comorbidities": codes,
        "comorbidity_notes": "; ".join(unknown)[:300],
        "is_pregnant": pregnant,
        "doses": doses,
        "outcome": outcome or CaseOutcome.UNDER_TREATMENT,
        "outcome_on": outcome_on,
        "place_of_care": _text(raw, columns, "place_of_care")[:200],
    }
