"""The attribution header of a saved article: lines "# key: value" before the first blank
line ("# source: URL", "# outlet: Báo Bạc Liêu", "# published: 2021-11-20").

Saved press excerpts carry where they came from (docs/intake-annotation.md); the header is
metadata, not article text, so the extractor reads the text after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["Attribution", "split_attribution"]

_LINE = re.compile(r"#\s*(?P<key>[\w-]+)\s*:\s*(?P<value>.*)")


@dataclass
class Attribution:
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def outlet(self) -> str | None:
        return self.fields.get("outlet") or None

    @property
    def published(self) -> dt.date | None:
        """The header's publication date; None when absent, "unknown" or not a date."""
        try:
            return dt.date.fromisoformat(self.fields.get("published", "").strip())
        except ValueError:
            return None


def split_attribution(text: str) -> tuple[Attribution, str]:
    """(header, article text). Text without a header comes back unchanged."""
    if not text.startswith("#"):
        return Attribution(), text
    fields: dict[str, str] = {}
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            position += len(line)
            break
        match = _LINE.fullmatch(stripped)
        if not match:
            return Attribution(), text  # a heading "# ..." of the article, not a header
        fields[match.group("key").lower()] = match.group("value").strip()
        position += len(line)
    return Attribution(fields), text[position:]
