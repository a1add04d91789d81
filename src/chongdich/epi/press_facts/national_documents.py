"""A central document the sentence says the centre issues ("Sáng 31.3, Thủ tướng Chính phủ
Nguyễn Xuân Phúc đã ký ban hành Chỉ thị số 16 …", "Chính phủ vừa ban hành Nghị quyết số
21/NQ-CP về mua và sử dụng vắc xin", "Ngày 28/4, Bộ Y tế có Công văn số 2598/BYT-DP gửi UBND
các tỉnh, thành phố", "Chỉ thị 16/CT-TTg … được Thủ tướng ký ban hành ngày
31/3/2020", "Chỉ thị 15 mà Thủ tướng ban hành trước đó") is the country's: `province` null
(docs/intake-annotation.md, "A national directive with no province", 285), even where the
article's figures are a province's, so long as the sentence names no province.

The centre must be the issuing verb's subject, with no comma between ("Thực hiện Chỉ thị số
16/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh đã ban hành …" is the province's act)."""

from __future__ import annotations

import re

_KIND = (
    r"(?:[Cc]hỉ thị|[Cc]ông văn|[Cc]ông điện|[Qq]uyết định|[Tt]hông báo|[Nn]ghị quyết"
    r"|[Kk]ế hoạch|[Hh]ướng dẫn)"
)
_CENTRE_ISSUING = re.compile(
    r"(?:Thủ tướng|Chính phủ|Bộ Y tế|Bộ trưởng Bộ Y tế)(?![\wà-ỹ])"
    r"(?:(?!UBND|Ủy ban|tỉnh|thành phố)[^.;,:]){0,40}?\s"
    # ("Thủ tướng … vừa ra Chỉ thị số 15/CT-TTg", "Bộ Y tế có Công văn số 2598/BYT-DP gửi
    # UBND các tỉnh", "Bộ Y tế tiếp tục gửi Công điện số 665/CĐ-BYT"): the verb before its kind
    rf"(?:ban hành|ký|(?:ra|có|gửi|phát đi)(?=\s+(?:\w+\s+)?{_KIND}))(?![\wà-ỹ])"
)
_GATE = ("ban hành", "ký", " ra ", " có ", "gửi", "phát đi")


def issued_by_the_centre_here(s: str) -> bool:
    """The sentence reports the centre issuing a document."""
    if not any(word in s for word in _GATE):
        return False
    return _CENTRE_ISSUING.search(s) is not None
