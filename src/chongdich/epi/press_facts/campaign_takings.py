"""What a campaign raised is its takings, not a gift (docs/intake-annotation.md: a sum
received over a campaign is a running total): "… chương trình “Chạy bộ …” do Báo A và
Ngân hàng B tổ chức, kêu gọi được 1,3 tỷ đồng ủng hộ miền Trung", "đã vận động được hơn
500 triệu đồng", "quyên góp được 2.000 suất quà". The gift handed over from it ("trao tặng
2.500 bộ đồ bảo hộ …") stays."""

from __future__ import annotations

import re

_RAISED = re.compile(
    r"(?:kêu gọi|vận động|quyên góp|huy động)\s+được\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$"
)


def raised_by_a_campaign(s: str, start: int) -> bool:
    """Whether the item at ``start`` of ``s`` is what a campaign raised."""
    return _RAISED.search(s, max(0, start - 40), start) is not None
