"""A bulletin's running total on a line of its own under a label ("Cộng dồn: 9.302 ca.",
"Lũy kế: 1.204 ca", "Tổng cộng: 512 ca"): the total as it stands at the bulletin's report,
as "đến nay" does ("Đến nay" rule of test4, docs/intake-annotation.md)."""

from __future__ import annotations

import re

_RUNNING_LABEL = re.compile(
    r"\s*(?:[Cc]ộng\s+dồn|[Ll](?:ũy|uỹ)\s+kế|[Tt]ổng\s+cộng)(?:\s+(?:số\s+)?(?:ca|F0))?\s*:"
)


def a_running_label(s: str) -> bool:
    """The sentence opens with a running total's label and its colon."""
    return ":" in s[:30] and _RUNNING_LABEL.match(s) is not None
