"""A central document the sentence says the centre issues ("Sáng 31.3, Thủ tướng Chính phủ
Nguyễn Xuân Phúc đã ký ban hành Chỉ thị số 16 …", "Chính phủ vừa ban hành Nghị quyết số
21/NQ-CP về mua và sử dụng vắc xin", "Chỉ thị 16/CT-TTg … được Thủ tướng ký ban hành ngày
31/3/2020", "Chỉ thị 15 mà Thủ tướng ban hành trước đó") is the country's: `province` null
(docs/intake-annotation.md, "A national directive with no province", 285), even where the
article's figures are a province's, so long as the sentence names no province.

The centre must be the issuing verb's subject, with no comma between ("Thực hiện Chỉ thị số
16/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh đã ban hành …" is the province's act)."""

from __future__ import annotations

import re

_CENTRE_ISSUING = re.compile(
    r"(?:Thủ tướng|Chính phủ|Bộ Y tế|Bộ trưởng Bộ Y tế)(?![\wà-ỹ])"
    r"(?:(?!UBND|Ủy ban|tỉnh|thành phố)[^.;,:]){0,40}?\s(?:ban hành|ký)(?![\wà-ỹ])"
)


def issued_by_the_centre_here(s: str) -> bool:
    """The sentence reports the centre issuing a document."""
    if "ban hành" not in s and "ký" not in s:
        return False
    return _CENTRE_ISSUING.search(s) is not None
