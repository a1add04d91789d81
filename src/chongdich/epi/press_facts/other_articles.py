"""Other articles a page prints after its own: a heading on a line of its own ("Các tin
khác", "Tin liên quan", "Tin cùng chuyên mục", "Bài viết liên quan") opens a list of other
articles' titles and teasers, which are not part of the article (docs/intake-annotation.md,
264: "Titles of related articles the page prints … are not part of the article").
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^[ \t]*(?:Các tin khác|Tin khác|Tin liên quan|Các tin liên quan|Tin cùng chuyên mục"
    r"|Bài viết liên quan|Các bài viết liên quan|Các bài viết khác|TIN LIÊN QUAN|CÁC TIN KHÁC)"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def without_other_articles(text: str) -> str:
    """``text`` with the other articles after such a heading blanked out (same length, so
    that spans stay put)."""
    if "tin" not in text.lower() and "bài viết" not in text.lower():
        return text
    heading = _HEADING.search(text)
    if heading is None:
        return text
    return text[: heading.start()] + _NOT_A_LINE_BREAK.sub(" ", text[heading.start() :])
