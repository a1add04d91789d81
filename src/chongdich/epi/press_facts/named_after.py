"""A gift whose giver is named in the next sentence: "… trao 29 máy thở … cho 3 bệnh viện …
Số máy thở này do Tập đoàn X tài trợ." The sentence naming the giver lists no items; the
sentence before it lists them. Only that pair is read, and only when the earlier sentence
gave no event of its own (the rules read nothing in it, or read it without a giver).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from ..gazetteer import Mention
from .items import find_items
from .shared import Sentence, iso_date

# "Số máy thở này do …", "Lô hàng trên là của …", "Toàn bộ số thiết bị này do …", then the
# giver, then its verb.
_GIVER_OF_THESE = re.compile(
    r"^(?:Số|Lô|Toàn bộ(?: số)?|Các|Những)\s+[^.;,\d]{0,30}?\s*(?:này|trên)\s+"
    r"(?:là\s+)?(?:do|của)\s+$"
)
_OPENERS = ("Số ", "Lô ", "Toàn bộ ", "Các ", "Những ")
_GIVING_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|cũng)\s+)*(?:tài trợ|trao tặng|tặng|hỗ trợ|ủng hộ|viện trợ|trao)(?![\wà-ỹ])"
)
_GIVER_KINDS = frozenset({"company", "body", "group", "person", "hospital"})


def givers_named_after(
    sentences: list[Sentence],
    orgs: list[Mention],
    events: list[dict[str, Any]],
    recipient: str | None,
    date: dt.date | None,
) -> list[dict[str, Any]]:
    """Events for items of a sentence whose giver the next sentence names."""
    added: list[dict[str, Any]] = []
    for previous, sentence in itertools.pairwise(sentences):
        if not sentence.text.startswith(_OPENERS):
            continue  # most sentences: one prefix test
        giver = _giver(sentence, orgs)
        if giver is None or find_items(sentence.text):
            continue
        items = find_items(previous.text)
        if not items:
            continue
        own = [e for e in events if e["span"][0] == previous.start]
        if any(e["donor"] for e in own):
            continue  # the earlier sentence named its own giver
        if own:
            for event in own:
                event["donor"] = giver
            continue
        places = [
            o for o in orgs if o.kind == "province" and previous.start <= o.start < previous.end
        ]
        added.append(
            {
                "donor": giver,
                "recipient": places[0].name if places else recipient,
                "recipient_facility": None,
                "items": [
                    {
                        "item": i.code,
                        "quantity": i.quantity,
                        "detail": i.detail,
                        "span": [previous.start + i.start, previous.start + i.end],
                    }
                    for i in items
                ],
                "date": iso_date(date),
                "span": [previous.start, sentence.end],
                "confidence": 0.6,
            }
        )
    return added


def _giver(sentence: Sentence, orgs: list[Mention]) -> str | None:
    for org in orgs:
        at = org.start - sentence.start
        if not 0 < at < len(sentence.text) or org.kind not in _GIVER_KINDS:
            continue
        if _GIVER_OF_THESE.match(sentence.text[:at]) and _GIVING_AFTER.match(
            sentence.text, org.end - sentence.start
        ):
            return org.name
        return None
    return None
