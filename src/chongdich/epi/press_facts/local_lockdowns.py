"""Lockdowns a province orders itself, not under the Prime Minister's directive named near.

The Prime Minister's directives 15, 16 and 19 (cited bare, "Chỉ thị 15", or as "16/CT-TTg")
order distancing; a lockdown of a few places ("phong tỏa 9 khu vực", "thực hiện phong tỏa
thêm 3 khu vực", "tạm thời bị phong tỏa") is the local authority's own act. It is the
directive's measure only when the sentence cites the directive for it ("Phong tỏa … theo
Chỉ thị số 16/CT-TTg", guideline 163), so:

- named in a sentence that cites no document, it is not given to a Prime Minister's
  directive cited before or after;
- in a sentence whose directive follows another measure's clause ("phong tỏa xã A với hơn
  15.000 dân, thực hiện giãn cách xã hội hai huyện … theo Chỉ thị 16"), it is that
  clause's, not the lockdown's;
- after ", trừ" ("… theo Chỉ thị 19 …, trừ các địa bàn, khu vực còn đang thực hiện phong
  tỏa") it is an exception, as in brackets.
"""

from __future__ import annotations

import re
from typing import Any

_PRIME_MINISTERS_BARE = frozenset({"15", "16", "19"})
_EXCEPTED_AFTER_A_COMMA = re.compile(r",\s*(?:ngoại\s+)?trừ\s[^.;()]*$")
# Another measure's clause between the lockdown and the document the sentence cites.
_ANOTHER_MEASURES_CLAUSE = re.compile(
    r",\s*(?:và\s+)?(?:thực\s+hiện|áp\s+dụng)\s+(?:giãn\s+cách|cách\s+ly\s+xã\s+hội)"
)


def prime_ministers_directive(directive: dict[str, Any]) -> bool:
    """15, 16 or 19 cited bare as a "Chỉ thị", or any number of the Prime Minister's."""
    number = directive["document"]
    if "TTg" in number:
        return True
    return number in _PRIME_MINISTERS_BARE and directive.get("document_kind") in {
        "Chỉ thị",
        None,
    }


def excepted_after_a_comma(text: str, start: int, position: int) -> bool:
    """ ", trừ các địa bàn, khu vực còn đang thực hiện phong tỏa": an exception."""
    return "trừ" in text[start:position] and bool(
        _EXCEPTED_AFTER_A_COMMA.search(text, start, position)
    )


def lockdown_of_its_own(
    text: str, position: int, end: int, targets: list[dict[str, Any]], same_sentence: bool
) -> list[dict[str, Any]]:
    """The targets a lockdown named at ``position`` (its word ending at ``end``) keeps: the
    Prime Minister's directives are left out unless the sentence cites them for it."""
    kept = []
    for target in targets:
        if prime_ministers_directive(target):
            if not same_sentence:
                continue
            cited_at = target["span"][0]
            if cited_at > end and _ANOTHER_MEASURES_CLAUSE.search(text, end, cited_at):
                continue
        kept.append(target)
    return kept
