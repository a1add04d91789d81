"""The maker of donated vaccine doses an English gift's own sentence does not name: the one a
sentence right after it gives them ("Japan already supplied Vietnam with one million vaccine
shots … The two million jabs are AstraZeneca's COVID-19 vaccine"), else the only maker the
article names ("-Astra Zeneca vaccine provided free of charge-", "All the AstraZeneca doses
that Japan gave Việt Nam …"); none when the article names several."""

from __future__ import annotations

import re

from .items import brand_named
from .shared import Sentence

# "The doses are …", "The two million jabs are AstraZeneca's …"
_THE_DOSES_ARE = re.compile(
    r"\s*(?:The|These|Those|All\s+the)\s+(?:[\w-]+\s+){0,3}?(?:doses|jabs|shots|vaccines)\s+"
    r"(?:are|were)\s+"
)
_LOOK_AHEAD = 2


def maker_of_the_doses(sentences: list[Sentence], index: int, article_makers: set[str]) -> str:
    """The maker of the doses the sentence at ``index`` gives, when it names none."""
    for later in sentences[index + 1 : index + 1 + _LOOK_AHEAD]:
        said = _THE_DOSES_ARE.match(later.text)
        if said is not None:
            maker = brand_named(later.text[said.end() :])
            if maker:
                return maker
    return next(iter(article_makers)) if len(article_makers) == 1 else ""
