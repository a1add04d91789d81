"""A correction of an earlier day's report ("Sở Y tế tỉnh A báo cáo đính chính 2 ca nhập
cảnh được thông báo vào ngày 9/9 điều chỉnh lại thành 2 ca nhiễm ghi nhận trong nước",
"… đính chính: 03 ca … đã công bố ngày 4/10 điều chỉnh thành …") gives no figure of the day:
its counts are the earlier day's, moved from one kind to another."""

from __future__ import annotations

import re

# the correction named ("đính chính", "điều chỉnh lại/thành") with the earlier report it
# corrects ("được thông báo vào ngày 9/9", "đã công bố ngày …", "đã báo cáo trước đó")
_CORRECTION = re.compile(
    r"(?:đính chính|điều chỉnh)"
    r"[^.;]{0,200}?(?:thông báo|công bố|báo cáo)(?:\s+vào)?\s+(?:ngày|hôm|trước đó)"
    r"|(?:thông báo|công bố|báo cáo)(?:\s+vào)?\s+(?:ngày|hôm|trước đó)[^.;]{0,200}?"
    r"(?:điều chỉnh|đính chính)"
)


def corrects_an_earlier_report(sentence: str) -> bool:
    """``sentence`` corrects the figures of a report of an earlier day."""
    if "đính chính" not in sentence and "điều chỉnh" not in sentence:
        return False
    return _CORRECTION.search(sentence) is not None
