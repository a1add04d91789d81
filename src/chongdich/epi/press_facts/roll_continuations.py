"""A roll's clause that opens with its giving verb ("Trước đó, Novaland cũng đã đóng góp 100
tỷ đồng vào Quỹ …; Trao tặng trực tiếp máy lọc máu …; Trao tặng 2 xe cấp cứu …") names no
new giver: it goes on with the giver of the clause before, whose verb list the semicolons
split. Read as a roll, "Trao" was a giver and "Novaland cũng" another."""

from __future__ import annotations

import re

# A clause's first words are a giving verb, capitalised after the semicolon or not.
_VERB_FIRST = re.compile(
    r"\s*(?:(?:[Đđ]ã|[Cc]ũng|[Cc]òn|[Vv]ừa|[Tt]iếp tục)\s+)*"
    r"(?:[Tt]rao tặng|[Tt]rao|[Tt]ặng|[Gg]ửi tặng|[Hh]ỗ trợ|[Ủủ]ng hộ|[Tt]ài trợ"
    r"|[Đđ]óng góp|[Qq]uyên góp|[Bb]àn giao)(?![\wà-ỹ])"
)
# Adverbs between a giver and its verb: "Novaland cũng đã đóng góp".
_ADVERBS_TAIL = re.compile(r"(?:\s+(?:đã|cũng|còn|vừa|sẽ|tiếp tục))+\s*$")


def opens_with_a_giving_verb(clause: str) -> bool:
    """Whether the clause (after its semicolon) starts with the giving verb itself."""
    return _VERB_FIRST.match(clause) is not None


def without_adverbs(name: str) -> str:
    """The giver's name without the adverbs left before its verb ("Novaland cũng")."""
    return _ADVERBS_TAIL.sub("", name)
