"""A gift still on its way: "1,1 triệu liều vaccine AstraZeneca do Hàn Quốc hỗ trợ dự kiến
về Việt Nam hôm nay" (the arrival in the item's own phrase, no comma between). Announced,
not given yet (as "sắp có", "sẽ nhận" before the item are): the teaser is no event. A gift
stated, then its arrival after a comma ("Đức hỗ trợ Việt Nam 2 triệu liều …, dự kiến về Hà
Nội tuần tới") stays an event."""

from __future__ import annotations

import re

# After the item, in its phrase (no comma): "dự kiến (sẽ) về / đến / được chuyển", "sẽ về".
_ON_ITS_WAY = re.compile(
    r"[^.;:,]{0,60}?\b(?:dự kiến\s+(?:sẽ\s+)?(?:về|đến|tới|được chuyển|được bàn giao|cập cảng)"
    r"|sẽ\s+(?:về|được chuyển)\s+(?:đến|tới|Việt Nam))"
)


def on_its_way(s: str, item_end: int) -> bool:
    """Whether the item ending at ``item_end`` of ``s`` is said to arrive later."""
    return ("dự kiến" in s or "sẽ" in s) and _ON_ITS_WAY.match(s, item_end) is not None
