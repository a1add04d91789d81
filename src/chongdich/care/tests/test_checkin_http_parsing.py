"""The check-in fronts validate bodies and build answers with plain pydantic models derived
from the ninja schemas (``checkin_http.plain_model``): for every JSON object they must give
what ``CheckinIn``/``CheckinOut`` give, errors included, to the byte."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pydantic
import pytest

from chongdich.care.api import CheckinIn, CheckinOut
from chongdich.care.checkin_http import ANSWER_FIELDS, CHECKIN_FIELDS, _ninja_details

BODIES: list[dict[str, Any]] = [
    {"idempotency_key": "phone-1", "measured_at": "2021-11-05T08:00:00+07:00", "spo2": 98},
    {"idempotency_key": "phone-2", "pulse": 80, "temperature": "36.8", "symptoms": ["cough"]},
    {"idempotency_key": "phone-3", "extra": "ignored", "respiratory_rate": 16.0},
    {},
    {"idempotency_key": 12},
    {"idempotency_key": "k", "spo2": "lots", "pulse": 80.5, "temperature": "hot"},
    {"idempotency_key": "k", "measured_at": "yesterday", "symptoms": "cough"},
    {"idempotency_key": "k", "symptoms": [1, None], "spo2": True},
    {"idempotency_key": None, "measured_at": 1636074000},
]


def _outcome(model: Any, body: dict[str, Any]) -> Any:
    try:
        return ("valid", model.model_validate(body).model_dump())
    except pydantic.ValidationError as exc:
        return ("invalid", _ninja_details(exc))


@pytest.mark.parametrize("body", BODIES)
def test_a_body_is_read_as_ninjas_schema_reads_it(body: dict[str, Any]) -> None:
    assert _outcome(CHECKIN_FIELDS, body) == _outcome(CheckinIn, body)


def test_the_answer_is_the_schemas_json() -> None:
    fields = {
        "id": 7,
        "episode_id": 3,
        "idempotency_key": "phone-1",
        "measured_at": dt.datetime(2021, 11, 5, 1, 0, tzinfo=dt.UTC),
        "severity": "moderate",
        "warnings": ["spo2_low"],
        "action": "transfer",
        "rule_set": "QĐ 4689",
        "created": True,
    }
    assert ANSWER_FIELDS(**fields).model_dump_json() == CheckinOut(**fields).model_dump_json()
