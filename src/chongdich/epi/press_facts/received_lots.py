"""Gift sentences that the lead explains, and gifts summed over months.

- The lot a receiver took "accordingly", right after the lead naming the giver: "Ngày 24/1,
  Công ty A đã trao tặng Sở Y tế tỉnh B một số vật tư y tế. … Theo đó, Sở Y tế đã tiếp nhận
  55 nghìn test xét nghiệm …" is the lead's gift, given by the lead's giver (as a ceremony's
  sentence, "Tại lễ bàn giao, …", is); any sentence opening "Theo đó," takes the lead's day.
- Gifts summed over months: "Trước đó, từ tháng 6/2021 đến tháng 11/2021, Công ty A đã trao
  tặng … hơn 100 nghìn test" is a running total, not an event (docs/intake-annotation.md,
  "Earlier gifts summed over months", 277); a gift over two days stays one (200).
"""

from __future__ import annotations

import re

# A sentence opening "Theo đó," tells the lead's gift in detail, on the lead's day (as "Cụ
# thể," does, docs/intake-annotation.md "Dates of support").
ACCORDINGLY = re.compile(r"Theo đó,")
ACCORDINGLY_RECEIVED = re.compile(
    r"(?:Theo đó|Cụ thể là),[^.;]{0,60}?\s(?:đã\s+|vừa\s+)?(?:tiếp nhận|nhận được)(?![\wà-ỹ])"
)
_MONTH = r"tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
_OVER_MONTHS = re.compile(
    rf"[Tt]ừ (?:đầu\s+|cuối\s+)?{_MONTH}\s*(?:,\s*)?(?:đến|tới)\s+(?:hết\s+)?"
    rf"(?:{_MONTH}|nay)"
)


def over_months(s: str) -> bool:
    """The sentence sums gifts from one month to another, or to now."""
    return "tháng" in s and _OVER_MONTHS.search(s) is not None
