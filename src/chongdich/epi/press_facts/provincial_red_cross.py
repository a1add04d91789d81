"""A province's Red Cross gives to another province as its province ("Hội Chữ thập đỏ tỉnh
Nghệ An đã trao tặng 5.000 khẩu trang … cho người dân Hà Tĩnh": donor Nghệ An), as its front,
fund or department does (docs/intake-annotation.md, 177, 197, 247: "the city's Red Cross is
the city"). To its own province's units it keeps its name, as test6/145's annotation has it
(written before rule 177; the reader does not decide that conflict). A district's Red Cross
("Hội Chữ thập đỏ huyện …") and a Red Cross named with no province keep their names."""

from __future__ import annotations

import re

from ..gazetteer import canonical_province

_PROVINCIAL_RED_CROSS = re.compile(
    r"Hội Chữ thập [Đđ]ỏ\s+(?:tỉnh|[Tt]hành phố|TP\.?)\s*(?P<place>.+?)\s*$"
)


def red_cross_province(donor: str | None) -> str | None:
    """The province whose Red Cross the donor is, else None."""
    if not donor or not donor.startswith("Hội Chữ thập"):
        return None
    match = _PROVINCIAL_RED_CROSS.match(donor)
    return canonical_province(match.group("place")) if match else None
