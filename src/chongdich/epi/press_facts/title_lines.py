"""An English headline written in title case ("Vietnam Confirms 11 New COVID-19 Cases,
Imposes Quarantines And Evacuations"), read in ordinary case: the words the count patterns
read ("Confirms", "New", "Cases", …) in lower case, names as written. Each line keeps its
length (spans stay those of the text)."""

from __future__ import annotations

import re

# a count in a title-cased line: "11 New", "3,500 Cases", "120 More"
_TITLED_COUNT = re.compile(
    r"\d\s+(?:New|More|Additional|Local|Community|Imported|Domestic|Cases?|Infections?"
    r"|Deaths?|COVID-19\s+Cases)\b"
)
# the common words of such headlines the patterns read in lower case
_WORDS = re.compile(
    r"\b(?:New|More|Additional|Local|Community|Imported|Domestic|Domestically|Cases?"
    r"|Infections?|Deaths?|Confirm(?:s|ed)?|Report(?:s|ed)?|Record(?:s|ed)?|Log(?:s|ged)?"
    r"|Register(?:s|ed)?|Detect(?:s|ed)?|Announce(?:s|d)?|Add(?:s|ed)?|In|And|Of|On|The|With"
    r"|Transmitted|Transmissions?)\b"
)
_WORD = re.compile(r"[A-Za-z][a-z]+")


def with_title_lines_recased(text: str) -> str:
    """``text`` with its title-cased English lines holding a count in ordinary case."""
    if "New" not in text and "Cases" not in text and "Infections" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("#") or not _TITLED_COUNT.search(line):
            continue
        words = [w for w in _WORD.findall(line) if len(w) > 3]
        if len(words) < 3 or any(w[0].islower() for w in words):
            continue  # every longer word capitalised: a title, not a sentence
        recased = _WORDS.sub(lambda m: m.group().lower(), line[1:])
        lines[index] = line[:1] + recased
    return "\n".join(lines)
