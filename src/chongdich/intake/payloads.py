"""Checks on facts an officer adds by hand (the ones the reader missed): the same payload
schema as the extractor's (docs/cli.md), every value checked before anything is stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.translation import gettext as _

from chongdich.epi.press_facts import STAT_FIELDS
from chongdich.errors import ErrorCode, ServiceError
from chongdich.logistics.models import SupportItemCode

PERCENT_STATS = ("vaccine_dose1_pct", "vaccine_dose2_pct")
LEVEL_STATS = ("level", "previous_level")
# The extractor's counts, and the commune counts the review page also takes.
COUNT_STATS = (
    *(
        f
        for f in STAT_FIELDS
        if f not in {*PERCENT_STATS, *LEVEL_STATS, "cumulative_is_lower_bound"}
    ),
    "communes_at_level_4",
    "communes_total",
)
FIGURES = (*COUNT_STATS, *PERCENT_STATS, *LEVEL_STATS)

# The extractor's item codes (the seeds' gold schema, docs/cli.md), and those of them
# that the logistics ledger names otherwise.
EXTRACTOR_ITEMS = (
    "money_vnd",
    "vaccine_dose",
    "ventilator",
    "oxygen_concentrator",
    "pulse_oximeter",
    "oxygen_cylinder",
    "thermometer",
    "pcr_machine",
    "test_kit",
    "mask",
    "ppe_kit",
    "ambulance",
    "hospital_bed",
    "medical_staff",
)
LEDGER_ITEMS = {"pulse_oximeter": "spo2_meter", "ppe_kit": "ppe"}


def ledger_item(code: str) -> str:
    """The logistics ledger's code for an item code of the extractor's schema."""
    return LEDGER_ITEMS.get(code, code)


def _invalid(message: str, field: str) -> ServiceError:
    return ServiceError(ErrorCode.INVALID_INPUT, message, details={"field": field})


def locate_quote(text: str, quote: str, start: int | None = None) -> tuple[int, int]:
    """Where in the article the quoted words are: at ``start`` when the officer selected
    them there (the same words may occur twice), else their first occurrence."""
    quote = quote.strip()
    if not quote:
        raise _invalid(
            _("Select or quote the words of the article the fact is read from."), "quote"
        )
    if start is not None and text[start : start + len(quote)] == quote:
        return start, start + len(quote)
    found = text.find(quote)
    if found < 0:
        raise _invalid(_("The quoted words are not in the article."), "quote")
    return found, found + len(quote)


def _date(value: Any, field: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise _invalid(_("Enter dates as YYYY-MM-DD."), field) from None


def _figure(name: str, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(_("A figure is a number."), name)
    if name in PERCENT_STATS:
        if not 0 <= value <= 100:
            raise _invalid(_("A coverage rate lies between 0 and 100%."), name)
        return float(value)
    if value != int(value) or value < 0:
        raise _invalid(_("A count is a whole number, 0 or more."), name)
    if name in LEVEL_STATS and value not in (1, 2, 3, 4):
        raise _invalid(_("A level is 1, 2, 3 or 4."), name)
    return int(value)


def checked_stats(payload: dict[str, Any], span: tuple[int, int]) -> dict[str, Any]:
    """A province-statistics fact in the extractor's schema, each figure read at ``span``."""
    unknown = set(payload) - {"province", "as_of", "cumulative_is_lower_bound", *FIGURES}
    if unknown:
        raise _invalid(_("Unknown figures: %(names)s") % {"names": ", ".join(sorted(unknown))}, "")
    figures = {
        name: _figure(name, payload[name]) for name in FIGURES if payload.get(name) is not None
    }
    if not figures:
        raise _invalid(_("Enter at least one figure."), "value")
    out: dict[str, Any] = dict.fromkeys(STAT_FIELDS)
    out.update(
        province=str(payload.get("province") or "").strip() or None,
        scope="province",
        as_of=_date(payload.get("as_of"), "as_of"),
        cumulative_is_lower_bound=bool(payload.get("cumulative_is_lower_bound")) or None,
        **figures,
    )
    out["spans"] = {name: list(span) for name in figures}
    out["confidence"] = 1.0
    return out


def checked_support(payload: dict[str, Any], span: tuple[int, int]) -> dict[str, Any]:
    """A support event in the extractor's schema, its items read at ``span``."""
    donor = str(payload.get("donor") or "").strip()
    if not donor:
        raise _invalid(_("Name the donor."), "donor")
    items = []
    for item in payload.get("items") or []:
        code = str(item.get("item") or "")
        if ledger_item(code) not in SupportItemCode.values:
            raise _invalid(_("Bad support item: %(item)s") % {"item": code}, "item")
        quantity = item.get("quantity")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
            raise _invalid(_("The quantity is a whole number above 0."), "quantity")
        detail = str(item.get("detail") or "").strip()
        items.append({"item": code, "quantity": quantity, "detail": detail, "span": list(span)})
    if not items:
        raise _invalid(_("Enter the item given and its quantity."), "item")
    return {
        "donor": donor,
        "recipient": str(payload.get("recipient") or "").strip() or None,
        "recipient_facility": str(payload.get("recipient_facility") or "").strip() or None,
        "items": items,
        "date": _date(payload.get("date"), "date"),
        "span": list(span),
        "confidence": 1.0,
    }
