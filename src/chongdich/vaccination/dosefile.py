"""Reading dose files (CSV or XLSX): one row per commune, day, age group, dose number and
brand. Headers and values are matched after folding case and diacritics, like the case
line list (``surveillance.linelist``, whose reading pieces this reuses). Nothing is written
here: :func:`read_dose_file` returns checked rows or every reason, by line and column, why
the file cannot be taken.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.surveillance.linelist import CommuneResolver, fold, parse_date, read_table

from .models import AgeGroup, Brand, DoseNumber

# Việt Nam's first COVID-19 vaccinations: 8 March 2021. An earlier date is a typing error.
FIRST_VACCINATION_DAY = dt.date(2021, 3, 8)

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "commune_code": ("maxa", "maxaphuong", "communecode"),
    "commune_name": ("xaphuong", "xa", "phuong", "phuongxa", "commune"),
    "district_name": ("quanhuyen", "huyen", "quan", "district"),
    "date": ("ngay", "ngaytiem", "date"),
    "age_group": ("nhomtuoi", "dotuoi", "agegroup"),
    "dose_number": ("mui", "muitiem", "muiso", "dose", "dosenumber"),
    "brand": ("vacxin", "vaccine", "loaivacxin", "tenvacxin", "brand"),
    "doses": ("soluong", "somui", "soluottiem", "doses", "count"),
}
AGE_BY_RANGE = {
    (0, 11): AgeGroup.CHILD,
    (12, 17): AgeGroup.ADOLESCENT,
    (18, 49): AgeGroup.ADULT,
    (50, 64): AgeGroup.OLDER_ADULT,
}
BRANDS = {
    "astrazeneca": Brand.ASTRAZENECA,
    "az": Brand.ASTRAZENECA,
    "vaxzevria": Brand.ASTRAZENECA,
    "pfizer": Brand.PFIZER,
    "pfizerbiontech": Brand.PFIZER,
    "comirnaty": Brand.PFIZER,
    "moderna": Brand.MODERNA,
    "spikevax": Brand.MODERNA,
    "sinopharm": Brand.SINOPHARM,
    "verocell": Brand.SINOPHARM,
    "sinopharmverocell": Brand.SINOPHARM,
    "sputnikv": Brand.SPUTNIK_V,
    "sputnik": Brand.SPUTNIK_V,
    "abdala": Brand.ABDALA,
    "covaxin": Brand.COVAXIN,
    "janssen": Brand.JANSSEN,
    "hayatvax": Brand.HAYAT_VAX,
}
BOOSTER_WORDS = ("nhaclai", "bosung", "booster", "tang cuong")


@dataclass
class DoseRow:
    line: int
    commune: AdminUnit
    date: dt.date
    age_group: str
    dose_number: int
    brand: str
    doses: int

    @property
    def key(self) -> tuple[int, dt.date, str, int, str]:
        return (self.commune.pk, self.date, self.age_group, self.dose_number, self.brand)


@dataclass
class DoseFile:
    rows: list[DoseRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    row_count: int = 0


def map_columns(headers: list[str]) -> dict[str, str]:
    folded = {fold(h): h for h in headers if h}
    found: dict[str, str] = {}
    for ours, names in HEADER_SYNONYMS.items():
        for name in names:
            if name in folded and ours not in found:
                found[ours] = folded[name]
    return found


def parse_age_group(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    if text in AgeGroup.values:
        return text
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if len(numbers) == 2:
        return AGE_BY_RANGE.get((numbers[0], numbers[1]))
    if numbers == [65] and (
        "+" in text or "trở lên" in text or "tro len" in text or "tren" in text
    ):
        return AgeGroup.ELDERLY
    return None


def parse_dose_number(value: Any) -> int | None:
    text = fold(str(value or ""))
    if any(word.replace(" ", "") in text for word in BOOSTER_WORDS):
        return DoseNumber.BOOSTER
    digits = re.sub(r"\D", "", text)
    if digits in ("1", "2", "3"):
        return int(digits)
    return None


def parse_count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    # "1.234" and "1 234" are Vietnamese thousands.
    text = re.sub(r"[\s.,]", "", str(value or ""))
    return int(text) if text.isdigit() else None


def read_dose_file(
    content: bytes, file_name: str, *, province: AdminUnit | None = None
) -> DoseFile:
    table = read_table(content, file_name)
    headers = list(table[0].keys()) if table else []
    columns = map_columns(headers)
    has_place = "commune_code" in columns or "commune_name" in columns
    missing = [
        label
        for label, ok in (
            (_("commune (code or name)"), has_place),
            (_("date"), "date" in columns),
            (_("age group"), "age_group" in columns),
            (_("dose number"), "dose_number" in columns),
            (_("vaccine"), "brand" in columns),
            (_("number of doses"), "doses" in columns),
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
    parsed = DoseFile(columns=columns, row_count=len(table))
    errors: list[RowError] = []
    seen: dict[tuple[int, dt.date, str, int, str], int] = {}
    today = timezone.localdate()
    for line, raw in enumerate(table, start=2):
        row, row_errors = _check_row(line, raw, columns, resolver, province, today)
        errors += row_errors
        if row is None:
            continue
        first = seen.setdefault(row.key, line)
        if first != line:
            errors.append(
                RowError(
                    line,
                    columns["date"],
                    _("Same commune, day, age group, dose and vaccine as line %(line)d.")
                    % {"line": first},
                )
            )
            continue
        parsed.rows.append(row)
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.")
            % {"count": len({e.line for e in errors})},
            details=[e.as_dict() for e in errors[:1000]],
        )
    return parsed


def _cell(raw: dict[str, Any], columns: dict[str, str], name: str) -> Any:
    header = columns.get(name)
    return raw.get(header) if header else None


def _check_row(
    line: int,
    raw: dict[str, Any],
    columns: dict[str, str],
    resolver: CommuneResolver,
    province: AdminUnit | None,
    today: dt.date,
) -> tuple[DoseRow | None, list[RowError]]:
    errors: list[RowError] = []

    def refuse(name: str, reason: str) -> None:
        errors.append(RowError(line, columns.get(name, name), reason))

    commune = _commune(raw, columns, resolver, province, refuse)
    raw_date = _cell(raw, columns, "date")
    try:
        date = parse_date(raw_date)
    except ValueError:
        date = None
    if date is None:
        refuse("date", _("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": raw_date or ""})
    elif date < FIRST_VACCINATION_DAY or date > today:
        refuse(
            "date",
            _("%(date)s is outside the vaccination campaign (8/3/2021 to today).")
            % {"date": date.strftime("%d/%m/%Y")},
        )
    age = parse_age_group(_cell(raw, columns, "age_group"))
    if age is None:
        refuse(
            "age_group",
            _("Unknown age group “%(value)s” (0-11, 12-17, 18-49, 50-64, 65+).")
            % {"value": _cell(raw, columns, "age_group") or ""},
        )
    dose = parse_dose_number(_cell(raw, columns, "dose_number"))
    if dose is None:
        refuse(
            "dose_number",
            _("Unknown dose “%(value)s” (1, 2 or booster).")
            % {"value": _cell(raw, columns, "dose_number") or ""},
        )
    brand = BRANDS.get(fold(str(_cell(raw, columns, "brand") or "")))
    if brand is None:
        refuse(
            "brand",
            _("Unknown vaccine “%(value)s”.") % {"value": _cell(raw, columns, "brand") or ""},
        )
    count = parse_count(_cell(raw, columns, "doses"))
    if count is None:
        refuse(
            "doses",
            _("The number of doses must be a whole number, not “%(value)s”.")
            % {"value": _cell(raw, columns, "doses") or ""},
        )
    if errors or commune is None or date is None or age is None or dose is None:
        return None, errors
    assert brand is not None and count is not None
    return DoseRow(line, commune, date, age, dose, brand, count), []


def _commune(
    raw: dict[str, Any],
    columns: dict[str, str],
    resolver: CommuneResolver,
    province: AdminUnit | None,
    refuse: Any,
) -> AdminUnit | None:
    code = str(_cell(raw, columns, "commune_code") or "").strip()
    if code:
        commune = resolver.by_code.get(code.zfill(5))
        if commune is None:
            refuse("commune_code", _("Unknown commune code “%(code)s”.") % {"code": code})
            return None
    else:
        name = str(_cell(raw, columns, "commune_name") or "").strip()
        district = str(_cell(raw, columns, "district_name") or "").strip()
        commune = resolver.by_text(", ".join(p for p in (name, district) if p)) if name else None
        if commune is None:
            refuse(
                "commune_name" if "commune_name" in columns else "commune_code",
                _("Commune “%(name)s” not found.") % {"name": name},
            )
            return None
    if province is not None and commune.province_id != province.pk:
        refuse(
            "commune_code" if code else "commune_name",
            _("%(commune)s is not in %(province)s.")
            % {"commune": commune.name, "province": province.name},
        )
        return None
    return commune
