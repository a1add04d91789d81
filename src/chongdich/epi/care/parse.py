"""Reading the triage contract's JSON (docs/care.md): every problem is reported at once,
each with its path (``patients[3].spo2``), a code and a message in Vietnamese and English."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from .codes import COMORBIDITY_CODES, SYMPTOMS
from .model import CareInputError, Patient, input_error
from .rules import check_as_of

TOP_FIELDS = ("as_of", "province", "patients")
# field: (kind, lowest, highest) — ranges refuse impossible readings, not abnormal ones.
NUMBERS: dict[str, tuple[str, float, float]] = {
    "age_years": ("int", 0, 130),
    "age_months": ("int", 0, 11),
    "doses": ("int", 0, 10),
    "respiratory_rate": ("float", 0, 120),
    "spo2": ("float", 1, 100),
    "pulse": ("float", 0, 300),
    "systolic": ("float", 0, 300),
    "diastolic": ("float", 0, 250),
}
BOOLS = (
    "pregnant",
    "obese",
    "comorbidities_stable",
    "can_self_care",
    "has_phone",
    "has_caregiver",
)
PATIENT_FIELDS = frozenset({"id", "comorbidities", "symptoms", "last_dose_on", *NUMBERS, *BOOLS})


def _wrong(path: str, what_vi: str, what_en: str, value: Any) -> dict[str, str]:
    shown = json_repr(value)
    return input_error(
        path,
        "wrong_type",
        f"Phải là {what_vi}, nhận được {shown}",
        f"must be {what_en}, got {shown}",
    )


def json_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _date(value: Any, path: str, errors: list[dict[str, str]]) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    errors.append(_wrong(path, "ngày YYYY-MM-DD", "a date YYYY-MM-DD", value))
    return None


def _number(value: Any, name: str, path: str, errors: list[dict[str, str]]) -> float | None:
    kind, low, high = NUMBERS[name]
    if value is None:
        return None
    is_num = isinstance(value, int | float) and not isinstance(value, bool)
    if not is_num or not math.isfinite(value) or (kind == "int" and value != int(value)):
        what = ("số nguyên", "a whole number") if kind == "int" else ("số", "a number")
        errors.append(_wrong(path, what[0], what[1], value))
        return None
    if not low <= value <= high:
        errors.append(
            input_error(
                path,
                "out_of_range",
                f"Phải từ {low:g} đến {high:g}, nhận được {value:g}",
                f"must be {low:g} to {high:g}, got {value:g}",
            )
        )
        return None
    return float(value)


def _codes(
    value: Any, path: str, known: Callable[[str], bool], errors: list[dict[str, str]]
) -> tuple[str, ...]:
    if not isinstance(value, list):
        errors.append(_wrong(path, "danh sách mã", "a list of codes", value))
        return ()
    out: list[str] = []
    for i, code in enumerate(value):
        if not isinstance(code, str) or not known(code):
            errors.append(
                input_error(
                    f"{path}[{i}]",
                    "unknown_code",
                    f"Mã không hợp lệ: {json_repr(code)} (xem docs/care.md)",
                    f"unknown code {json_repr(code)} (see docs/care.md)",
                )
            )
        elif code not in out:
            out.append(code)
    return tuple(out)


def parse_patient(
    item: Any, path: str, as_of: dt.date | None
) -> tuple[Patient | None, list[dict[str, str]]]:
    errors: list[dict[str, str]] = []
    if not isinstance(item, dict):
        return None, [_wrong(path, "một đối tượng", "an object", item)]
    for key in sorted(set(item) - PATIENT_FIELDS):
        errors.append(
            input_error(
                f"{path}.{key}",
                "unknown_field",
                f"Trường không có trong hợp đồng: {key}",
                f"unknown field {key}",
            )
        )
    pid = item.get("id")
    if not isinstance(pid, str) or not pid.strip():
        errors.append(
            input_error(
                f"{path}.id", "required", "Thiếu mã bệnh nhân (chuỗi)", "id (a string) is required"
            )
        )
    values: dict[str, Any] = {}
    for name in NUMBERS:
        x = _number(item.get(name), name, f"{path}.{name}", errors)
        values[name] = None if x is None else (int(x) if NUMBERS[name][0] == "int" else x)
    for name in BOOLS:
        b = item.get(name)
        if b is not None and not isinstance(b, bool):
            errors.append(
                _wrong(f"{path}.{name}", "true, false hoặc null", "true, false or null", b)
            )
            b = None
        values[name] = b
    last = item.get("last_dose_on")
    values["last_dose_on"] = None if last is None else _date(last, f"{path}.last_dose_on", errors)
    values["comorbidities"] = _codes(
        item.get("comorbidities", []),
        f"{path}.comorbidities",
        COMORBIDITY_CODES.__contains__,
        errors,
    )
    values["symptoms"] = _codes(
        item.get("symptoms", []), f"{path}.symptoms", SYMPTOMS.__contains__, errors
    )
    errors.extend(_consistency(values, path, as_of))
    if errors:
        return None, errors
    return Patient(id=str(pid), **values), []


def _consistency(v: dict[str, Any], path: str, as_of: dt.date | None) -> list[dict[str, str]]:
    errors = []
    if v["age_months"] is not None and v["age_years"] not in (None, 0):
        errors.append(
            input_error(
                f"{path}.age_months",
                "inconsistent",
                "age_months chỉ dùng cho trẻ dưới 1 tuổi (age_years 0 hoặc null)",
                "age_months is only for children under 1 (age_years 0 or null)",
            )
        )
    last = v["last_dose_on"]
    if last is not None and v["doses"] == 0:
        errors.append(
            input_error(
                f"{path}.last_dose_on",
                "inconsistent",
                "Có ngày tiêm mũi cuối nhưng số mũi là 0",
                "a last dose date with 0 doses",
            )
        )
    if last is not None and as_of is not None and last > as_of:
        errors.append(
            input_error(
                f"{path}.last_dose_on",
                "future_date",
                f"Ngày tiêm {last:%d/%m/%Y} sau ngày đánh giá {as_of:%d/%m/%Y}",
                f"last dose {last.isoformat()} is after as_of {as_of.isoformat()}",
            )
        )
    if v["systolic"] is not None and v["diastolic"] is not None and v["diastolic"] > v["systolic"]:
        errors.append(
            input_error(
                f"{path}.diastolic",
                "inconsistent",
                "Huyết áp tâm trương lớn hơn tâm thu",
                "diastolic above systolic",
            )
        )
    return errors


def parse_patients(payload: Any) -> tuple[dt.date, str | None, list[Patient]]:
    """The contract's input → (as_of, province, patients); raises CareInputError with every
    problem found."""
    if not isinstance(payload, dict):
        raise CareInputError(
            [_wrong("", "một đối tượng JSON {as_of, province, patients}", "a JSON object", payload)]
        )
    errors: list[dict[str, str]] = []
    for key in sorted(set(payload) - set(TOP_FIELDS)):
        errors.append(
            input_error(
                key,
                "unknown_field",
                f"Trường không có trong hợp đồng: {key}",
                f"unknown field {key}",
            )
        )
    as_of = None
    if "as_of" not in payload:
        errors.append(
            input_error("as_of", "required", "Thiếu as_of (YYYY-MM-DD)", "as_of is required")
        )
    else:
        as_of = _date(payload["as_of"], "as_of", errors)
        if as_of is not None:
            errors.extend(check_as_of(as_of))
    province = payload.get("province")
    if province is not None and not (isinstance(province, str) and province.strip()):
        errors.append(
            _wrong("province", "mã tỉnh (chuỗi) hoặc null", "a province code or null", province)
        )
        province = None
    items = payload.get("patients")
    patients: list[Patient] = []
    if not isinstance(items, list):
        errors.append(_wrong("patients", "danh sách bệnh nhân", "a list of patients", items))
        items = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        patient, problems = parse_patient(item, f"patients[{i}]", as_of)
        errors.extend(problems)
        pid = item.get("id") if isinstance(item, dict) else None
        if isinstance(pid, str) and pid in seen:
            errors.append(
                input_error(
                    f"patients[{i}].id",
                    "duplicate_id",
                    f"Mã bệnh nhân trùng: {pid}",
                    f"duplicate id {pid}",
                )
            )
        if isinstance(pid, str):
            seen.add(pid)
        if patient is not None:
            patients.append(patient)
    if errors or as_of is None:
        raise CareInputError(errors)
    return as_of, province, patients
