"""Givers written as a counted group with no name at a ceremony: "Tại buổi lễ, có 36 tập
đoàn, tổ chức, ngân hàng, tập thể, cá nhân đăng ký ủng hộ … 235 tỷ đồng thông qua Ủy ban
Trung ương MTTQ Việt Nam". The group gives (no name to report), not the leader the article
names at the ceremony; and "thông qua" names the body the sum goes to."""

from __future__ import annotations

import re

# A count of givers of several kinds, then the giving verb: "36 tập đoàn, tổ chức, …, cá nhân".
_COUNTED_GROUP = re.compile(
    r"(?<![\wà-ỹ])(?:\d+|nhiều|hàng (?:chục|trăm))\s+(?:tập đoàn|doanh nghiệp|tổ chức|đơn vị"
    r"|ngân hàng|cơ quan|tập thể|cá nhân)(?:\s*,\s*[a-zà-ỹđ ]{2,20}){0,8}"
    r"\s+(?:đã\s+)?(?:đăng ký\s+)?(?:ủng hộ|đóng góp|quyên góp|trao tặng|tặng)"
)


def givers_a_counted_group(s: str, verb_end: int) -> bool:
    """Whether a counted group of givers with no name stands before the giving verb ending
    at ``verb_end`` of ``s``."""
    if "ủng hộ" not in s and "góp" not in s and "tặng" not in s:
        return False
    return _COUNTED_GROUP.search(s, 0, verb_end + 1) is not None


# A giver joining the Government's fight with no receiver named: "Cùng Chính phủ chống dịch
# Covid-19, Cường Đô La cùng bạn bè quyên góp một tỷ đồng". No province receives: not the
# province a later story of the page is about.
_WITH_THE_GOVERNMENT = re.compile(
    r"(?:[Cc]ùng|chung tay (?:cùng|với)|chia sẻ (?:khó khăn )?với)\s+(?:với\s+)?Chính phủ"
)


def with_the_government(s: str) -> bool:
    """Whether sentence ``s`` gives "with the Government", naming no receiver."""
    return "Chính phủ" in s and _WITH_THE_GOVERNMENT.search(s) is not None
