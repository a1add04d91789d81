"""A central directive applied in a count of provinces, the provinces listed in a sentence
after it: "An additional 16 southern provinces and cities will apply social distancing under
Directive 16 … The provinces and cities are Cần Thơ City, Bình Phước, Tây Ninh, …", "Thủ
tướng đồng ý cho 6 tỉnh phía Nam áp dụng giãn cách xã hội theo Chỉ thị 16. Các tỉnh gồm: A,
B, C …": each listed province gets the document, with what the first sentence orders (the
entries keep the document's place in it, where the measures are read).

Only when the document's sentence names no province, and the list (three or more names)
comes within the next two sentences of its paragraph and cites no document itself."""

from __future__ import annotations

import re

from ..gazetteer import Mention, find_provinces
from .shared import Sentence

_COUNTED = re.compile(
    r"(?<![\w.,/\-–])\d{1,2}\s+(?:tỉnh|(?:(?:southern|northern|central)\s+)?provinces)(?![\wà-ỹ])"
)
_LIST_GAP = re.compile(
    r"[\s,;:]*(?:\([^()]{0,30}\)[\s,;:]*)?(?:(?:và|and)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?"
    r"(?:City\b\s*)?[\s,;:]*(?:(?:và|and)\s+)?"
)
_A_DOCUMENT = re.compile(r"[Cc]hỉ thị|[Nn]ghị quyết|[Qq]uyết định|[Cc]ông (?:văn|điện)|/")


def counted_provinces(s: str) -> bool:
    """The sentence names a count of provinces ("16 southern provinces", "6 tỉnh")."""
    return _COUNTED.search(s) is not None


def provinces_in_lists(s: str, provinces: list[Mention], gap: re.Pattern[str]) -> list[str]:
    """The provinces of ``s`` that stand in a run of three or more names joined by ``gap``
    (commas, "và", a bracketed note), each once, in order."""
    runs: list[list[Mention]] = []
    for mention in provinces:
        if runs and gap.fullmatch(s, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    names = [dict.fromkeys(m.name for m in run) for run in runs]
    return list(dict.fromkeys(n for group in names if len(group) >= 3 for n in group))


def _listed(s: str) -> list[str]:
    return provinces_in_lists(s, find_provinces(s), _LIST_GAP)


def provinces_listed_after(text: str, sentences: list[Sentence], holder: Sentence) -> list[str]:
    """The provinces a sentence within the next two of ``holder``'s paragraph lists."""
    following = [s for s in sentences if s.start >= holder.end][:2]
    for sentence in following:
        if "\n" in text[holder.end : sentence.start]:
            return []
        if _A_DOCUMENT.search(sentence.text):
            continue
        listed = _listed(sentence.text)
        if listed:
            return listed
    return []
