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
    r"(?P<after>(?:được|mà|do)\s+)?(?:Thủ tướng|Chính phủ|Bộ Y tế|Bộ trưởng Bộ Y tế)(?![\wà-ỹ])"
    r"(?:(?!UBND|Ủy ban|tỉnh|thành phố)[^.;,:]){0,40}?\s"
    # ("Thủ tướng … vừa ra Chỉ thị số 15/CT-TTg", "Bộ Y tế có Công văn số 2598/BYT-DP gửi
    # UBND các tỉnh", "Bộ Y tế tiếp tục gửi Công điện số 665/CĐ-BYT"): the verb before its kind
    r"(?P<verb>(?:ký\s+)?ban hành|ký|ra|có|gửi|phát đi)(?![\wà-ỹ])"
)
# What the verb issues, before the number: a document's kind ("ký ban hành Chỉ thị số 16";
# not "chờ Thủ tướng ban hành chỉ đạo"), with its number after the weak verbs ("cho đến khi
# có thông báo mới" issues nothing).
_ISSUES_A_KIND = re.compile(rf"\s+(?:\w+\s+)?{_KIND}")
_ISSUES_A_NUMBER = re.compile(rf"\s+(?:\w+\s+)?{_KIND}(?:\s+\w+)?\s+(?:số\s*)?\d")
_GATE = ("ban hành", "ký", " ra ", " có ", "gửi", "phát đi")


def issued_by_the_centre_here(s: str, number_at: int) -> bool:
    """The sentence reports the centre issuing the document numbered at ``number_at``: the
    centre and its verb before the number, or after it as the agent of a passive or a
    relative clause ("Chỉ thị 16/CT-TTg … được Thủ tướng ký ban hành", "Chỉ thị 15 mà Thủ
    tướng ban hành"; not "Nghị quyết số 128/NQ-CP của Chính phủ … ban hành Quy định …")."""
    if not any(word in s for word in _GATE):
        return False
    for m in _CENTRE_ISSUING.finditer(s):
        if m.start() > number_at and m.group("after"):
            return True  # "… được Thủ tướng ký ban hành ngày 31/3/2020"
        if m.end() > number_at:
            continue
        strong = m.group("verb") in {"ban hành", "ký", "ký ban hành"}
        if (_ISSUES_A_KIND if strong else _ISSUES_A_NUMBER).match(s, m.end()):
            return True
    return False
