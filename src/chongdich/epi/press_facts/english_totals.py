"""Running totals as English pages write them, read on the rewritten text (``english_text``):
the country's or a province's recoveries, deaths and cases to date, in the many ways a
bulletin's last paragraph, a wire story or an encyclopedia's lead puts them.

- a total's share: "… stands at 1,113, of which 1,026 have recovered", "of whom 55 were
  successfully treated", "169 of those patients have recovered", "Out of the total …, 395 or
  50.1 percent have made full recovery";
- a count named as standing: "The number of cured cases is 4,590", "The accumulative number
  of recovered cases remained at 2,618", "the death toll remains at 35", "The national
  death count is now 21,269", "the total deaths is nearly 33,000", "putting the nation's
  total death toll … at 22,531";
- the perfect with a total's word: "A total of 21 patients have been discharged", "1,876
  patients have recovered so far", "822,065 patients have recovered while 22,135 people have
  died", "The country has recorded 44 deaths", "there have been 10 fatalities";
- cases to date: "the country's 268 infections", "has resulted in 11,624,000 confirmed
  cases", "There has now been 789 people testing positive … since the first case", "has so
  far had 1,512 COVID-19 patients".

The day's outcomes ("Ten patients were given the all-clear on April 3", "two more deaths
today") have no field (docs/intake-annotation.md): a standing count, a share of a total or
a word of the total is what makes these totals.
"""

from __future__ import annotations

import re

from .english_dates import MONTHS
from .english_numbers import SCALED_COUNT, english_number
from .shared import COVID

# (at a sentence's start too: "More than 3,827 COVID-19 patients have been discharged")
_ABOUT = (
    r"(?:(?P<bound>[Mm]ore\s+than|[Oo]ver|[Aa]bove)\s+"
    r"|(?:[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Ss]ome|[Jj]ust|[Oo]nly)\s+)?"
)
_N = rf"{_ABOUT}(?P<n>{SCALED_COUNT})"
# (with where they are: "A total of 31 patients in Vietnam have been discharged")
_PEOPLE = (
    r"(?:patients|people|persons|cases|infections|individuals)"
    r"(?:\s+in\s+(?:the\s+country|[A-Z]\w+(?:\s+[A-Z]\w+){0,3}))?"
)
_DISEASE = rf"(?:{COVID}|coronavirus|nCoV|\bvirus\b)"
_RECOVERED_WORDS = (
    r"(?:now\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:subsequently\s+|successfully\s+|fully\s+)?"
    r"(?:recovered|cured|discharged|treated(?:\s+successfully)?|given\s+the\s+all[-\s]clear"
    r"|made\s+(?:a\s+)?full\s+recovery)"
)
# a share's verb may be past ("of whom 55 were successfully treated"); a total's alone is
# perfect ("have been discharged"), the past being the day's ("were discharged today")
_RECOVERED = rf"(?:(?:have|has|had|were|was)\s+)?{_RECOVERED_WORDS}"
_RECOVERED_PERFECT = rf"(?:have|has|had)\s+{_RECOVERED_WORDS}"
_DIED = r"(?:have|has|had)\s+(?:so\s+far\s+)?died"
# The noun of a standing count of recoveries or deaths, and what sets its level.
_RECOVERED_NOUN = (
    rf"(?:number\s+of\s+(?:{_DISEASE}\s+)?(?:(?:fully|successfully)\s+)?"
    r"(?:cured|recovered|recoveries|discharged)"
    rf"(?:\s+{_PEOPLE})?|number\s+of\s+{_PEOPLE}\s+(?:who\s+have\s+)?(?:recovered|cured))"
)
_DEATHS_NOUN = (
    rf"(?:death\s+(?:toll|count|tally)|(?:overall|total|national)\s+(?:toll|deaths|fatalities)"
    rf"|number\s+of\s+(?:{_DISEASE}\s+)?(?:(?:related|linked)\s+)?(?:fatalities|deaths))"
)
_STANDS = (
    r"(?:(?:now\s+)?(?:is|was|stands?\s+at|stood\s+at|remains?(?:\s+at)?|remained(?:\s+at)?"
    r"|reached|reaches|rose\s+to|rises\s+to|climbed\s+to|increased\s+to|hit|hitting)"
    r"|has\s+(?:now\s+)?(?:reached|risen\s+to|climbed\s+to|increased\s+to|hit))(?:\s+now)?"
    # ("The Covid-19 death tally is now at 9,349")
    r"(?:\s+at)?"
)
# A count set by a verb before its noun: "bringing the total number of cured cases in
# Vietnam to 85", "putting the nation's total death toll since the pandemic began at 22,531".
_SETTING = r"\b(?:bringing|raising|taking|pushing|putting|keeping|increasing)\s+(?:the|its)\s+"
# A word that makes a count the day's or one kind's: "250 new Covid-19 cases", "more than 700
# local cases to date" (a domestic-only total is no total, docs/intake-annotation.md).
_ONE_KIND = r"(?:new|more|additional|daily|local|locally[\w-]*|domestic|community|imported)\b"
# Within a clause (a count's thousands mark is no stop).
_CLAUSE = r"(?:[^.;]|(?<=\d)[.,](?=\d))"
# Between a noun and its level: words, no figure, no other clause.
_GAP = rf"(?:[^.;:\d]|{COVID}){{0,60}}?"
# A total in the sentence before a share of it ("of which …", "with 10 patients having").
# (a total written in digits, never a count's words: "Three of the 14 patients")
_WRITTEN_TOTAL = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
_SHARE_OF = r"\b(?:of\s+(?:which|whom|them|those|these)|[Oo]ut\s+of\s+the\s+total\b[^.;]{0,80}?,)"
# The day's, said in the sentence: "Two more deaths have been reported today".
_THE_DAY = re.compile(
    r"\b(?:today|yesterday|on\s+the\s+day|(?:in|over)\s+the\s+(?:past|last)\s+\d+\s+hours"
    r"|more|new|additional|further|another)\b"
)
# Recoveries and deaths counted from a day other than the epidemic's first are a period's
# (docs/intake-annotation.md, "Periods for recovered and deaths"), a wave's too: "since July
# 31", "since the fourth wave … began", "In the current outbreak, which began on April 27";
# not "since the pandemic began", "since the start of the outbreak".
_OUTCOMES = frozenset({"recovered", "deaths"})
_A_PERIOD = re.compile(
    r"\bsince\s+(?:(?:late|early|mid)[\s-]+)?(?:\d|last\b|the\s+(?:\w+\s+)?wave\b"
    rf"|(?:{'|'.join(MONTHS)})\b)"
    r"|\b(?:wave|outbreak)\b[^.;]{0,30}?\b(?:began|started|starting|hit)\b"
    r"|\b(?:latest|current|fourth|third|new)\s+wave\b"
)
_CASES = r"(?:cases|infections)"
_KIND_OF_CASES = rf"(?:{_DISEASE}\s+)?(?:confirmed\s+)?{_CASES}\b"
# "1,515 polymerase chain reaction-positive confirmed coronavirus disease 2019 (COVID-19)
# cases": the disease named among up to eight words, none of the day's or of one kind
_LONG_NAMED_CASES = rf"(?=[^.;]{{0,80}}?{_DISEASE})(?:(?!{_ONE_KIND})[\w()-]+\s+){{1,8}}?{_CASES}\b"
_REPORTED = r"(?:recorded|reported|confirmed|documented|registered)"
# "cases of COVID-19", "cases of the new coronavirus", "cases of the coronavirus disease
# (COVID-19)"
_CASES_OF_THE_DISEASE = (
    rf"{_CASES}\s+of\s+(?:the\s+)?(?:new\s+|novel\s+)?{_DISEASE}(?:\s+disease)?(?:\s+\({COVID}\))?"
)
_SO_FAR = r"(?:so\s+far\s+|now\s+)?"
_TO_DATE = rf"(?={_CLAUSE}{{0,20}}?\b(?:so\s+far|to\s+date|while\b{_CLAUSE}{{0,40}}?\bdied))"
_BARE_N = rf"(?<![\d.,])(?P<n>{SCALED_COUNT})"

TOTAL_PATTERNS: tuple[tuple[str, str], ...] = (
    # a share of a total
    ("recovered", rf"{_SHARE_OF}\s*,?\s*{_N}(?:\s+or\s+[^;]{{1,20}}?)?\s+{_RECOVERED}"),
    ("recovered", rf"{_N}\s+of\s+(?:those|them|these|whom)\s+(?:{_PEOPLE}\s+)?{_RECOVERED}"),
    # a share of a total written with it: "926 of 1,063 COVID-19 patients in Vietnam have fully
    # recovered", "Three of the 14 patients have been discharged" (the total too, below)
    (
        "recovered",
        rf"{_N}\s+of\s+(?:the\s+)?{_WRITTEN_TOTAL}\s+(?:{_DISEASE}\s+)?{_PEOPLE}\s+{_RECOVERED_PERFECT}",
    ),
    (
        "cumulative_cases",
        rf"(?<![\w.,]){SCALED_COUNT}\s+of\s+(?:the\s+)?(?P<n>{_WRITTEN_TOTAL})\s+(?:{_DISEASE}\s+)?"
        rf"{_PEOPLE}\s+{_RECOVERED_PERFECT}",
    ),
    ("recovered", rf"\bwith\s+{_N}\s+(?:{_PEOPLE}\s+)?having\s+(?:been\s+)?recovered\b"),
    # a standing count
    ("recovered", rf"\b{_RECOVERED_NOUN}\b{_GAP}\s{_STANDS}\s+{_N}"),
    ("recovered", rf"{_SETTING}(?:[\w'-]+\s+){{0,2}}?{_RECOVERED_NOUN}\b{_GAP}\s(?:to|at)\s+{_N}"),
    ("deaths", rf"\b{_DEATHS_NOUN}\b{_GAP}\s{_STANDS}\s+{_N}"),
    ("deaths", rf"{_SETTING}(?:[\w'-]+\s+){{0,3}}?{_DEATHS_NOUN}\b{_GAP}\s(?:to|at)\s+{_N}"),
    # the perfect with a total's word
    (
        "recovered",
        rf"\b[Aa]\s+total(?:\s+of)?\s+{_N}\s+(?:{_DISEASE}\s+)?{_PEOPLE}\s+{_RECOVERED_PERFECT}",
    ),
    (
        "recovered",
        rf"{_BARE_N}\s+(?:{_DISEASE}\s+)?{_PEOPLE}\s+(?:have|has)\s+(?:been\s+)?"
        rf"(?:recovered|cured|discharged)\b{_TO_DATE}",
    ),
    ("deaths", rf"\bwhile\s+{_N}\s+(?:{_PEOPLE}\s+)?{_DIED}"),
    (
        "deaths",
        rf"{_BARE_N}\s+(?:{_DISEASE}\s+)?(?:related\s+)?(?:deaths|fatalities)\s+have\s+"
        rf"{_SO_FAR}been\s+(?:reported|recorded|confirmed)\b",
    ),
    (
        "deaths",
        rf"\b(?:has|have)\s+{_SO_FAR}{_REPORTED}\s+{_N}\s+(?:{_DISEASE}\s+)?(?:deaths|fatalities)\b",
    ),
    (
        "deaths",
        rf"\b[Tt]here\s+(?:have|has)\s+{_SO_FAR}been\s+{_N}\s+(?:{_DISEASE}\s+)?(?:deaths|fatalities)\b",
    ),
    # cases to date
    (
        "cumulative_cases",
        rf"\b(?:[Tt]he\s+country's|Viet\s?[Nn]am's)\s+{_N}\s+{_KIND_OF_CASES}"
        r"(?!\s+(?:in|over|during|on|of\s+the\s+day)\b)",
    ),
    ("cumulative_cases", rf"\bresulted\s+in\s+{_N}\s+{_KIND_OF_CASES}"),
    (
        "cumulative_cases",
        rf"\b[Tt]here\s+(?:has|have)\s+{_SO_FAR}been\s+{_N}\s+(?:people|persons|cases)\s+"
        r"(?:who\s+(?:have\s+)?)?(?:testing|tested)\s+positive",
    ),
    (
        "cumulative_cases",
        rf"\b(?:has|have)\s+{_SO_FAR}had\s+{_N}\s+(?:{_DISEASE}\s+)?(?:patients|{_CASES})\b",
    ),
    (
        "cumulative_cases",
        rf"\b(?:has|have)\s+{_SO_FAR}{_REPORTED}\s+{_N}\s+(?:{_CASES_OF_THE_DISEASE}"
        rf"|(?:{_DISEASE}\s+)?infections\b|{_LONG_NAMED_CASES})",
    ),
    # a place's share of the country's total, to date: "Vinh Phuc, which reported 11 out of
    # the 16 confirmed cases …", and the place's total a part is taken of: "… with 383
    # confirmed cases out of 684 cases reported in Hai Duong province"
    (
        "cumulative_cases",
        rf"\b(?:reported|recorded|confirmed|had|has)\s+{_N}\s+(?:confirmed\s+)?(?:cases\s+)?"
        r"out\s+of\s+(?:the\s+)?[\d.,]+\s+(?:confirmed\s+)?(?:cases|infections)\b",
    ),
    (
        "cumulative_cases",
        rf"\bout\s+of\s+(?:the\s+)?{_N}\s+(?:confirmed\s+)?(?:cases|infections)\s+"
        r"(?:reported|recorded|confirmed|detected)\s+in\b",
    ),
    # patients since the epidemic began: "Vietnam has registered 826,837 patients since the
    # COVID-19 pandemic first struck it early last year" (the whole epidemic's, no period)
    (
        "cumulative_cases",
        rf"\b(?:has|have)\s+{_SO_FAR}{_REPORTED}\s+{_N}\s+(?:{_DISEASE}\s+)?patients\s+since\s+"
        rf"the\s+(?:{_DISEASE}\s+)?(?:pandemic|epidemic|outbreak)\s+(?:first\s+)?"
        r"(?:struck|began|started|hit|broke\s+out)\b",
    ),
    # a total at a day: "As of April 3 morning, Vietnam had 233 cases confirmed positive", "as
    # of September 19, 2020, there were 1,068 laboratory-defined cases of the coronavirus …"
    (
        "cumulative_cases",
        rf"\b(?:[Aa]s\s+of|[Bb]y|[Uu]p\s+to)\s[^.;]{{0,40}}?\b(?:had|there\s+were)\s+{_N}\s+"
        rf"(?:(?!{_ONE_KIND})[\w-]+\s+)?(?:{_DISEASE}\s+)?(?:confirmed\s+)?(?:{_CASES}|patients)\b",
    ),
    # a count with its recoveries is a total: "HCM City recorded 45 infections, with 10
    # patients having recovered"
    (
        "cumulative_cases",
        rf"{_BARE_N}\s+(?:{_DISEASE}\s+)?{_CASES}\s*,\s*with\s+[\d.,]+\s+(?:{_PEOPLE}\s+)?"
        r"having\s+(?:been\s+)?recovered\b",
    ),
    # a province's or the country's total with its deaths: "the most affected locale with
    # 1,649,654 confirmed cases and 1,238 deaths"
    (
        "cumulative_cases",
        rf"\bwith\s+{_N}\s+(?:confirmed\s+)?{_CASES}\b"
        # ("with 732 confirmed cases and no deaths")
        r"(?=\s*,?\s+and\s+(?:(?:nearly\s+|about\s+)?[\d.,]+|no)\s+deaths)",
    ),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in TOTAL_PATTERNS)
# A total the sentence says is one to date ("So far Vietnam has 10 confirmed cases of
# coronavirus", "the province had so far nine COVID-19 patients", "Vietnam has had so far more
# than 11.53 million people infected"): the plain "has N cases" otherwise may be a day's.
_TO_DATE_SAID = re.compile(r"\b(?:[Ss]o\s+far|[Tt]o\s+date|[Ii]n\s+all)\b")
_TO_DATE_TOTALS = (
    (
        "cumulative_cases",
        re.compile(
            rf"\b(?:has|have|had)\s+(?:had\s+)?(?:so\s+far\s+)?{_N}\s+(?:confirmed\s+)?"
            rf"(?:{_DISEASE}\s+)?(?:{_CASES}|patients|(?:people|persons)\s+infected)\b"
        ),
    ),
)
# The perfect of a count standing alone, with no word of the day: "804,664 patients have
# recovered.", "More than 3,827 COVID-19 patients have been discharged from hospital after
# making a full recovery", "More than 800,000 people have been infected with the virus" (the
# day's is past or dated: "were discharged today", "have recovered on Monday").
_STANDING_PERFECT = (
    (
        "recovered",
        re.compile(
            rf"^\W*{_N}\s+(?:{_DISEASE}\s+)?{_PEOPLE}\s+(?:have|has)\s+{_RECOVERED_WORDS}\b"
        ),
    ),
    (
        "cumulative_cases",
        re.compile(rf"^\W*{_N}\s+(?:people|persons)\s+have\s+(?:now\s+)?been\s+infected\b"),
    ),
)
_OF_A_DAY = re.compile(
    r"\b(?:today|yesterday|on\s+the\s+day|during\s+the\s+day|(?:in|over)\s+the\s+(?:past|last)"
    r"|new|additional|further|another|more(?!\s+than)|[Oo]n\s+(?:Monday|Tuesday|Wednesday"
    rf"|Thursday|Friday|Saturday|Sunday|{'|'.join(MONTHS)}|\d))\b"
)
_TOTAL_WORDS = (
    "recover", "cured", "discharged", "treated", "all-clear", "died", "death", "fatalit",
    "toll", "country's", "nam's", "resulted", "positive", "has ", "have ", "had ", "out of ",
)  # fmt: skip


def english_totals(s: str) -> list[tuple[int, str, object, tuple[int, int]]]:
    """(position, field, value, span) of the running totals one English sentence states;
    a lower bound ("more than two million") also as ``cumulative_is_lower_bound``."""
    if not any(word in s for word in _TOTAL_WORDS):
        return []
    found: list[tuple[int, str, object, tuple[int, int]]] = []
    patterns = _COMPILED
    if _TO_DATE_SAID.search(s):
        patterns += _TO_DATE_TOTALS
    if not _OF_A_DAY.search(s):
        patterns += _STANDING_PERFECT
    for name, pattern in patterns:
        for match in pattern.finditer(s):
            if name == "deaths" and "have been" in match.group() and _THE_DAY.search(s):
                continue  # "Two more deaths have been reported today": the day's
            if name in _OUTCOMES and _A_PERIOD.search(s):
                continue  # "13 COVID-19 deaths since the fourth wave … began": a period's
            count = english_number(match.group("n"))
            if count is None:
                continue
            found.append((match.start("n"), name, count, match.span("n")))
            if name == "cumulative_cases" and match.groupdict().get("bound") is not None:
                found.append((match.start("n"), "cumulative_is_lower_bound", True, match.span("n")))
    return found


_PART = re.compile(
    # (in words too: "bringing its tally to 415 infections, with three deaths")
    rf"(?P<n>{SCALED_COUNT})\s+(?P<what>recoveries|recovered\s+patients|deaths|fatalities)\b"
)
# What stands between a total and its parts: "10,717,251, including 9,448,352 recoveries and
# 43,078 deaths", "449,489 confirmed cases, 228,816 recoveries, and 11,064 deaths", "11,624,000
# confirmed cases of COVID-19 and 43,206 deaths", "1,515 … confirmed coronavirus disease 2019
# (COVID-19) cases with 35 deaths", "two million COVID-19 infections and nearly 36,000 deaths".
# ("11.53 million people infected with Covid-19 and over 10.61 million recoveries", "2.34
# million cases of the new coronavirus and more than 38,300 deaths")
_BETWEEN_PARTS = re.compile(
    rf"\s*(?:(?:[\w()-]+\s+){{0,8}}?(?:{_CASES_OF_THE_DISEASE}|cases|infections"
    rf"|(?:people|persons)\s+infected(?:\s+with\s+(?:the\s+)?{_DISEASE})?))?\s*,?\s*"
    r"(?:and\s+|including\s+|with\s+)?(?:(?:nearly|almost|about|around|more\s+than|over)\s+)?"
)


def parts_of_the_total(s: str, end: int) -> list[tuple[int, str, object, tuple[int, int]]]:
    """The recoveries and deaths written right after a total that ends at ``end``."""
    found: list[tuple[int, str, object, tuple[int, int]]] = []
    for part in _PART.finditer(s, end, min(len(s), end + 200)):
        if not _BETWEEN_PARTS.fullmatch(s, end, part.start()):
            break
        name = "recovered" if part.group("what").startswith("recover") else "deaths"
        if _A_PERIOD.search(s):
            break  # "… has recorded nearly 2,500 cases and 21 deaths" of a wave: a period's
        count = english_number(part.group("n"))
        if count is not None:
            found.append((part.start("n"), name, count, part.span("n")))
        end = part.end()
    return found
