"""Province figures as English pages write them, read on the rewritten text (Vietnamese
province names and digit marks, ``english_text``): a bulletin's labelled totals
("Cumulative number of patients who have died: 19 patients", "Number of patients currently
being treated: 95") and vaccination coverage ("28,92 per cent of adults receiving at least
one vaccine dose", "the second dose to 100% of its people aged 18 and above").
"""

from __future__ import annotations

import re

from ..vn_numbers import parse_percent
from .english_coverage import COVERAGE_PATTERNS, NOT_COVERAGE
from .english_dates import MONTHS
from .english_numbers import COUNT_WORD, SCALED_COUNT, english_number
from .english_totals import english_totals, parts_of_the_total
from .english_treated import treated_counts
from .shared import COVID, NUM, english_count

# A count in digits or in words ("six imported cases")
_COUNT = rf"(?P<n>{NUM}|{COUNT_WORD})"
_INCLUDE = r"(?:include|includes|included|comprise|comprises|consist\s+of|including)"
_CASES = r"(?:cases|infections|transmissions)"
# The day's count in digits or words, "one" too ("documented one more COVID-19 infection"),
# perhaps rounded ("more than 10,000 new infections").
_DAY_COUNT = (
    rf"(?:(?:more\s+than|over|nearly|almost|about|around)\s+)?(?:{NUM}|{COUNT_WORD}|(?i:one)\b)"
)
_ONE_OR_MORE = r"(?:cases?|infections?|transmissions?)"
_REPORTED = (
    r"(?:reported|recorded|confirmed|logged|registered|detected|announced|documented|tallied)"
)
_REPORTS = r"(?:reports|records|confirms|logs|registers|detects|announces)"
# (not a week's or a period's: "323 new cases from October 25-31", "in the past week")
_NOT_A_PERIOD = (
    r"(?![^.;]{0,30}\b(?:from\s+(?!the\s+community)|between|since|(?:this|last)\s+week"
    r"|(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous)\s+(?!24\b)"
    # (a week's compared with the week before: "(decreased 15% compared to previous week)")
    r"|compared\s+(?:to|with)\s+(?:the\s+)?(?:previous|last)\s+week))"
)
# A week named before the count: "During the week (from 12 – 18 Jul), a total of 20,684 new
# cases were reported"
_WEEK_BEFORE = re.compile(
    r"\b(?:[Dd]uring|[Oo]ver|[Ii]n|[Ff]or)\s+(?:the\s+|this\s+)?(?:past\s+|last\s+|previous\s+)?week\b"
)
_COVID_WORD = rf"(?:{COVID}|coronavirus|novel\s+coronavirus|nCoV)"
_INFECTED = r"(?:cases|infections|patients)"
# ("now stand at 989", "unchanged at 2,852 cases", "with death toll hitting 11,064")
_LEVEL_REACHED = (
    r"(?:reached|reaches|rose\s+to|rises\s+to|rise\s+to|climbed\s+to|climbs\s+to"
    r"|increased\s+to|jumped\s+to|surged\s+to|grew\s+to|stands?\s+at|stood\s+at|hit|hits"
    r"|hitting|(?:remains?|remained|unchanged|is\s+now|is)\s+at)"
)
# A level written rounded or in millions: "Vietnam's caseload has hit over 11.4 million".
_LEVEL = rf"(?:(?:more\s+than|over|nearly|almost|about|around)\s+)?{SCALED_COUNT}"
_LOCAL = r"(?:local|locally[- ]transmitted|domestic(?:ally[- ]transmitted)?)"
# The verbs that set a count to a level, any tense.
_RAISING = (
    r"bringing|raising|taking|pushing|making|brings|raises|takes|pushes|brought|raised|took"
    r"|pushed"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A bulletin's sentence: "The 4,589 new cases include six imported cases and 4,583 local
# infections …; 717 of these cases were detected in the community", "An additional 178 COVID
# related deaths were announced, bringing the total to 18,936"; the count a body or place
# reported ("Hanoi reported 32 new COVID-19 infections, including seven in the community",
# "The Health Ministry confirmed 102 new community transmissions"), its running total ("has
# logged 3,695 cases since …", "pushing the infection tally during the new wave to 5,562").
BULLETIN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "new_cases_24h",
        # ("The 10,657 new COVID-19 cases reported include …")
        re.compile(
            rf"(?P<n>{NUM})\s+new\s+(?:{COVID}\s+)?(?:cases|infections)\s+"
            rf"(?:{_REPORTED}\s+)?{_INCLUDE}\b"
        ),
    ),
    (
        "new_cases_24h",
        re.compile(
            rf"(?<!has )(?<!have )(?<!had )\b{_REPORTED}\s+"
            # (the adjective before the count or after it: "an additional 849 cases")
            rf"(?:(?:(?:an?\s+)?(?:additional|further|another)\s+)(?P<m>{NUM})\s+(?:new\s+)?"
            # ("recorded ten more new Covid-19 cases")
            rf"|(?P<n>{_DAY_COUNT})\s+(?:new|more|additional)\s+(?:new\s+)?)"
            r"(?:community\s+|local\s+|locally[- ]transmitted\s+|domestic\s+)?"
            rf"(?:{_COVID_WORD}\s+)?{_ONE_OR_MORE}\b"
            rf"{_NOT_A_PERIOD}"
        ),
    ),
    (
        # the count before its verb: "4,411 new infections were recorded on Wednesday", "A
        # further 3,636 COVID-19 cases were reported in Viet Nam on Thursday", a headline's
        # "8,758 new cases reported on Wednesday"
        "new_cases_24h",
        re.compile(
            rf"(?:\b(?:an?\s+)?(?:additional|further|another)\s+(?P<m>{NUM})\s+(?:new\s+)?"
            rf"|(?<![\d.,])(?P<n>{NUM}|{COUNT_WORD})\s+(?:new|more|additional)\s+)"
            # ("A total of 9,521 new coronavirus cases were announced on Saturday")
            rf"(?:{_COVID_WORD}\s+)?{_CASES}\s+(?:(?:were|have\s+been|had\s+been)\s+)?{_REPORTED}\b"
            rf"{_NOT_A_PERIOD}"
        ),
    ),
    (
        # a count before its verb and its place, on a day: "two cases were reported in the
        # Southern Province of Tay Ninh, 117th and 118th cases, on the same day"; a count split
        # by place: "In total, 12,103 infections were discovered, with 5,481 in …"
        "new_cases_24h",
        re.compile(
            rf"(?<![\d.,])(?P<n>{NUM}|{COUNT_WORD})\s+(?:{_COVID_WORD}\s+)?{_CASES}\s+"
            rf"(?:were|have\s+been)\s+(?:{_REPORTED}|discovered|found)\b"
            rf"(?=\s+in\b[^.;]{{0,80}}?\b(?:on\s+the\s+same\s+day|today|on\s+{_WEEKDAY})\b"
            rf"|\s*,\s*with\s+{NUM}\s+in\b)"
        ),
    ),
    (
        # one case in words: "The Ho Chi Minh City Health Department on January 30 announced a
        # COVID-19 case", "Hanoi recorded another COVID-19 infection case in the early morning"
        "new_cases_24h",
        re.compile(
            rf"\b(?:{_REPORTED}|announced)\s+(?P<one>an?|another|one\s+more)\s+(?:new\s+)?"
            rf"(?:{_COVID_WORD}\s+)?(?:infection\s+)?case\b(?!\s+of\b)"
        ),
    ),
    (
        # the day's count after its province, a rank or a hotspot: "Hanoi reported the most
        # with 282 cases", "HCM City reported the highest number of new cases with 1,255",
        # "Long An remains the largest hotspot with 1,229 new cases"
        "new_cases_24h",
        # ("the highest number of infections on the day with 169 cases", "Of the new cases,
        # most are in HCM City with 599 infections", "remained the epidemic hotspot with
        # 13,005 cases on Wednesday")
        re.compile(
            rf"\b(?:with\s+(?P<n>{NUM})\s+new\s+(?:{_COVID_WORD}\s+)?{_CASES}\b"
            r"|(?:the\s+)?(?:most|highest\s+number(?:\s+of\s+(?:new\s+)?(?:cases|infections))?)"
            r"(?:\s+(?:on|of)\s+the\s+day|\s+today|\s+(?:are|were)\s+in\s+[^,;.\d]{1,40}?)?"
            rf"\s+with\s+(?P<m>{NUM})(?!\s+and\b)"
            rf"|with\s+(?P<k>{NUM})\s+(?:{_COVID_WORD}\s+)?{_CASES}\s+(?=(?:on\s+{_WEEKDAY}|today)\b))"
            rf"{_NOT_A_PERIOD}"
        ),
    ),
    (
        # the rank's count in brackets: "Ho Chi Minh reported the highest number of new
        # infections (1,554)", "still had the highest number of new infections (927 cases)"
        "new_cases_24h",
        re.compile(
            r"\b(?:the\s+)?(?:most|highest\s+number)(?:\s+of\s+(?:new\s+)?(?:cases|infections))?"
            rf"\s*\(\s*(?P<n>{NUM})(?:\s+(?:new\s+)?(?:cases|infections))?\s*\)"
        ),
    ),
    (
        # the day's count as people found: "3 people were detected infected with COVID-19 on
        # Friday"
        "new_cases_24h",
        re.compile(
            rf"(?<![\d.,])(?P<n>{NUM}|{COUNT_WORD})\s+(?:people|persons|patients)\s+"
            r"(?:were|have\s+been)\s+(?:detected|found|confirmed|tested)\s+(?:as\s+)?"
            r"(?:infected|positive)\b"
        ),
    ),
    (
        # the country's day in a number seen: "Nationally, Vietnam saw nearly 47,000 daily
        # cases"
        "new_cases_24h",
        re.compile(
            rf"\bsaw\s+(?P<n>{_DAY_COUNT})\s+(?:new|daily)\s+(?:{_COVID_WORD}\s+)?{_CASES}\b"
        ),
    ),
    (
        # a count reported "today": "Today, the Ministry of Health reported 15,311 cases of
        # COVID-19", "Health officials reported 822 cases today"
        "new_cases_24h",
        re.compile(
            rf"(?:\b[Tt]oday\b[^.;]{{0,80}}?)\b{_REPORTED}\s+(?P<n>{_DAY_COUNT})\s+"
            rf"(?:{_COVID_WORD}\s+)?{_CASES}\b"
            rf"|\b{_REPORTED}\s+(?P<m>{_DAY_COUNT})\s+(?:{_COVID_WORD}\s+)?{_CASES}\b"
            r"(?=(?:\s+of\s+\S+)?\s+today\b)"
        ),
    ),
    (
        # the day's community cases: "45 new community transmissions were reported in …" (the
        # community's alone, not the day's count)
        "community_cases",
        re.compile(
            rf"(?<![\d.,])(?P<n>{NUM}|{COUNT_WORD})\s+new\s+community\s+"
            r"(?:transmissions|cases|infections)\b"
        ),
    ),
    (
        # "The Ministry of Health confirmed 890 COVID-19 cases over the last 24 hours"
        "new_cases_24h",
        re.compile(
            rf"\b{_REPORTED}\s+(?P<n>{NUM})\s+(?:{_COVID_WORD}\s+)?{_CASES}\s+"
            r"(?:over|in|during)\s+the\s+(?:last|past)\s+24\s+hours"
        ),
    ),
    (
        # the present tense of a headline or a lead: "Viet Nam reports 11,214 new cases"
        "new_cases_24h",
        re.compile(
            rf"\b{_REPORTS}\s+(?P<n>{_DAY_COUNT})\s+(?:new|more|additional)\s+"
            rf"(?:{COVID}\s+)?{_ONE_OR_MORE}\b{_NOT_A_PERIOD}"
        ),
    ),
    (
        "cumulative_cases",
        re.compile(
            rf"\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|officially\s+)?{_REPORTED}\s+"
            rf"(?:a\s+total\s+of\s+)?(?P<n>{NUM})\s+(?:{_COVID_WORD}\s+)?(?:confirmed\s+)?{_CASES}\b"
            r"(?![^.;]{0,40}\b(?:today|on\s+the\s+day|in\s+the\s+(?:past|last)\s+24))"
        ),
    ),
    (
        # the day's count raised: "thus raising its daily count to 2,301", "sent today's
        # caseload to 9,667"
        "new_cases_24h",
        # ("raising the total tally of the day to 261", "The latest cases brought Sunday's
        # infection tally to 190")
        re.compile(
            rf"\b(?:{_RAISING}|sen(?:t|ds|ding))\s+(?:(?:the|its)\s+)?"
            rf"(?:(?:daily|day's|today's|the\s+day's|{_WEEKDAY}'s)\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:tally|total|caseload|count)|(?:total\s+)?(?:tally|total|count)\s+of\s+the\s+day)"
            rf"\s+(?:to|at)\s+(?P<n>{NUM})"
        ),
    ),
    (
        "cumulative_cases",
        re.compile(
            # (or past: "The new cases raised the national count to 95,400")
            # (or kept: "keeping the national count at 841")
            # (or kept: "had managed to keep its coronavirus tally to 2,269 cases")
            # (or present, or with no article: "This brings the total number of cases …",
            # "bringing total infection cases to 121", "the nation's overall cases to 642")
            rf"\b(?:{_RAISING}|keeping|keep|kept)\s+"
            rf"(?:(?:the|its)\s+)?(?:(?!daily\b|day's|today's|{_WEEKDAY}'s)[\w'-]+\s+){{0,3}}?"
            r"(?:tally|total|caseload|case\s+count|(?<=national\s)count|(?<=nationwide\s)count"
            # ("raising the number of infections in the province to 2,301")
            r"|number\s+of\s+(?:infections|cases)|overall\s+(?:cases|infections))\b"
            # (not the day's: "raising the total tally of the day to 261")
            r"(?!(?:\s+tally)?\s+of\s+the\s+day\b)"
            # (not one kind's: "the country's total domestic cases to 21,180")
            r"(?!\s+(?:domestic|local|locally[\w-]*|community|imported)\b)"
            r"(?:\s+[\w-]+){0,8}?\s+(?:to|at)\s+"
            rf"(?P<n>{NUM})"
        ),
    ),
    (
        # a running total as a level reached: "the country's COVID-19 tally now stands at
        # 1,204", "the number of COVID-19 cases in Vietnam reached 640", "the number of people
        # to have been infected … now stands at 9,310", "Vietnam's COVID-19 cases rise to 640"
        "cumulative_cases",
        re.compile(
            rf"(?:\b(?<![Dd]aily )(?<!day's )(?<!vaccination )(?<!vaccine )(?:tally|caseload)"
            rf"|\bnumber\s+of\s+(?:{_COVID_WORD}\s+)?(?:confirmed\s+)?{_INFECTED}"
            rf"|\b(?:people|persons|patients)\s+(?:to|who)\s+have\s+been\s+infected"
            # ("The national count reached 3,120")
            r"|\b(?:national|nationwide)\s+(?:case\s+)?count"
            rf"|(?<![Nn]ew )(?<![Dd]aily )\b{_COVID_WORD}\s+(?:cases|infections))"
            rf"[^.;\d]{{0,40}}?\s(?:now\s+)?{_LEVEL_REACHED}\s+(?P<n>{_LEVEL})"
        ),
    ),
    (
        # "509 cases had been confirmed throughout the country"
        "cumulative_cases",
        re.compile(
            # ("where three cases of coronavirus have been confirmed")
            rf"(?<![\d.,])(?P<n>{NUM}|{COUNT_WORD})\s+(?:{_COVID_WORD}\s+)?(?:confirmed\s+)?"
            rf"{_CASES}(?:\s+of\s+{_COVID_WORD})?\s+(?:had|have)\s+(?:so\s+far\s+)?been\s+{_REPORTED}\b"
            # (not a period's: "1,100 cases have been announced since the start of this month")
            r"(?![^.;]{0,40}\b(?:today|on\s+the\s+day|in\s+the\s+(?:past|last)\s+24"
            r"|since\s+(?!the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:pandemic|outbreak"
            r"|epidemic))|this\s+month|(?:this|last|past)\s+week))"
        ),
    ),
    (
        # the toll as a level reached: "the death toll rose to 23", "the country's death toll
        # rose by two on Sunday to five", "raising the number of fatalities in Vietnam to
        # six", "The new deaths brought the overall toll in the country to 8,277"
        "deaths",
        re.compile(
            r"\b(?:death\s+toll|(?:overall|total|national)\s+toll"
            r"|number\s+of\s+(?:fatalities|deaths))\b"
            rf"[^.;\d]{{0,40}}?\s(?:now\s+)?(?:{_LEVEL_REACHED}|rose\s+by\s+\w+(?:\s+\w+){{0,3}}?\s+to"
            # ("the death toll tripled from 2 to 6 over the weekend")
            rf"|\w+\s+from\s+{NUM}\s+to|to)\s+"
            rf"{_COUNT}"
        ),
    ),
    (
        # a death told with the tally it makes: "One more COVID-19 patient dies in Vietnam,
        # tally now at 18"
        "deaths",
        re.compile(
            r"\b(?:dies|died)\b[^.;\d]{0,60}?,\s*(?:the\s+|its\s+)?tally\s+(?:is\s+)?(?:now\s+)?"
            rf"(?:at|{_LEVEL_REACHED})\s+{_COUNT}"
        ),
    ),
    (
        "imported_cases",
        re.compile(rf"\b{_INCLUDE}\s+{_COUNT}\s+imported\s+(?:cases|infections)"),
    ),
    (
        # ("including two imported and 3,617 local cases")
        "local_cases",
        re.compile(
            rf"\bimported\s+(?:(?:cases|infections)\s*)?,?\s*and\s+{_COUNT}\s+{_LOCAL}\s+"
            r"(?:cases|infections)"
        ),
    ),
    (
        "imported_cases",
        re.compile(
            rf"{_COUNT}\s+imported\s+(?:(?:cases|infections)\s*)?,?\s*and\s+"
            rf"(?:{NUM}|[a-z]+)\s+{_LOCAL}\s+(?:cases|infections)"
        ),
    ),
    (
        # the split written as clauses: "of which 4,404 were domestic cases", "3,618 were
        # domestic infections and 18 were imported"
        "local_cases",
        re.compile(
            rf"{_COUNT}\s+(?:(?:cases|infections)\s+)?(?:were|are)\s+{_LOCAL}\s+(?:cases|infections)\b"
        ),
    ),
    (
        # "The remaining 873 cases are community infections"
        "community_cases",
        re.compile(
            rf"{_COUNT}\s+(?:(?:cases|infections)\s+)?(?:were|are)\s+community\s+"
            r"(?:cases|infections|transmissions)\b"
        ),
    ),
    (
        "imported_cases",
        re.compile(rf"{_COUNT}\s+(?:were|are)\s+imported\b"),
    ),
    (
        # "with 44 of them imported and 14,934 others locally infected"
        "imported_cases",
        re.compile(rf"{_COUNT}\s+of\s+(?:them|these|which)\s+(?:were\s+)?imported\b"),
    ),
    (
        "local_cases",
        re.compile(
            rf"\bimported\s+and\s+{_COUNT}\s+(?:others?\s+)?(?:were\s+)?"
            r"(?:locally[- ](?:infected|transmitted)|domestically[- ]transmitted)"
        ),
    ),
    (
        "community_cases",
        re.compile(
            rf"{_COUNT}\s+of\s+(?:these|the|them|which)\s+(?:cases\s+|infections\s+)?"
            r"(?:were\s+)?(?:detected|found|recorded|identified)\s+in\s+the\s+community"
        ),
    ),
    (
        # the split's clause: "Among these, 6,387 are detected in the community" (not "There
        # were 279 cases detected in the community", which a study's outbreak total writes too)
        # ("Among these, 1,261 cases are detected in the community", "Among the new patients
        # 4,734 were discovered in the community")
        "community_cases",
        re.compile(
            rf"{_COUNT}\s+(?:(?:cases|infections)\s+)?(?:were|are)\s+"
            r"(?:detected|found|recorded|identified|discovered)\s+in\s+the\s+community"
        ),
    ),
    (
        "community_cases",
        re.compile(
            # ("…, including one in the community, 23 in quarantine facilities": "one" too)
            rf"\b(?:including|comprising)\s+(?:(?P<one>one)|{_COUNT})\s+(?:cases?\s+|infections?\s+)?"
            r"(?:(?:detected|found|recorded|identified)\s+)?in\s+the\s+community"
        ),
    ),
    (
        "deaths",
        re.compile(
            rf"\bdeaths?\b[^.;]{{0,60}}?\b(?:bringing|raising|taking|pushing)\s+the\s+"
            rf"(?:total(?:\s+number)?|tally|death\s+toll|toll)\s+(?:to|at)\s+(?P<n>{NUM})"
        ),
    ),
    (
        # "Health ministry also confirmed 1,402 recoveries on Thursday, bringing the total to
        # 758,488"
        "recovered",
        re.compile(
            rf"\brecover(?:ies|ed)\b[^.;]{{0,60}}?\b(?:bringing|raising|taking|pushing)\s+the\s+"
            rf"(?:total(?:\s+number)?|tally)\s+(?:to|at)\s+(?P<n>{NUM})"
        ),
    ),
    (
        # "the toll has mounted to 20,223 deaths"
        "deaths",
        re.compile(
            r"\b(?:the|its)\s+toll\s+(?:has\s+)?(?:mounted|risen|rose|climbed|increased)\s+to\s+"
            rf"(?P<n>{NUM})\s+deaths\b"
        ),
    ),
    (
        # the day named first: "On Tuesday morning, the health ministry confirmed 132 COVID-19
        # cases in Bac Giang"
        "new_cases_24h",
        re.compile(
            rf"^\W*[Oo]n\s+(?:{_WEEKDAY}|(?:{'|'.join(MONTHS)})\s+\d{{1,2}})"
            r"(?:\s+(?:morning|afternoon|evening|night))?,\s+[^.;\d]{0,60}?\b"
            rf"{_REPORTED}\s+(?P<n>{NUM})\s+(?:{_COVID_WORD}\s+)?{_CASES}\b{_NOT_A_PERIOD}"
        ),
    ),
    (
        # a province's day named with its day: "Long An reported 517 cases on Tuesday"
        "new_cases_24h",
        re.compile(
            rf"\b{_REPORTED}\s+(?P<n>{NUM})\s+(?:{_COVID_WORD}\s+)?{_CASES}\s+on\s+"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|(?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\s+\d{1,2}\b)"
        ),
    ),
)

_BULLETIN_WORDS = (
    "new ",
    "oday",
    "saw ",
    "infected",
    "highest number",
    "with ",
    "24 hours",
    "toll",
    "number of",
    "reached",
    "stands at",
    "been",
    "rise",
    "rose",
    "climb",
    "increased",
    "hit",
    "imported",
    "domestic",
    " more ",
    "additional",
    "further",
    "another",
    "community",
    "death",
    "tally",
    "total",
    "overall",
    "On ",
    "announced",
    "reported",
    "discovered",
    " count",
    "has ",
    "have ",
    "had ",
)

_PEOPLE = r"(?:patients|cases|people|persons|infections)"
ENGLISH_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "cumulative_cases": (
        # "Accumulated from the beginning of the epidemic season until now, the province has
        # recorded 1.905 Covid-19 patients"
        re.compile(
            r"(?:[Aa]ccumulated|[Cc]umulative(?:ly)?|[Ii]n total)\b[^.;:]{0,90}?"
            r"(?:recorded|registered|confirmed|reported)\s*"
            rf"(?P<n>{NUM})\s+(?:{COVID}\s+)?{_PEOPLE}"
        ),
    ),
    "recovered": (
        re.compile(
            rf"(?:[Cc]umulative|[Tt]otal)\s+number\s+of\s+{_PEOPLE}\s+(?:who\s+)?(?:have\s+|had\s+)?"
            rf"(?:recovered|been\s+discharged)[^.;:\d]{{0,60}}:\s*(?P<n>{NUM})"
        ),
    ),
    "deaths": (
        re.compile(
            rf"(?:[Cc]umulative|[Tt]otal)\s+number\s+of\s+(?:{_PEOPLE}\s+(?:who\s+)?"
            rf"(?:have\s+|had\s+)?died|deaths)[^.;:\d]{{0,30}}:\s*(?P<n>{NUM})"
        ),
    ),
    "under_treatment": (
        re.compile(
            rf"[Nn]umber\s+of\s+{_PEOPLE}\s+(?:currently\s+|still\s+|now\s+)?"
            rf"(?:being\s+treated|under\s+treatment|receiving\s+treatment)[^.;:\d]{{0,30}}:"
            rf"\s*(?P<n>{NUM})"
        ),
        # "Among the 242 active COVID-19 cases currently under treatment in Vietnam, 13 are in a
        # critical condition": the patients treated, a share of them after
        re.compile(
            rf"\b(?:[Aa]mong|[Oo]f)\s+the\s+(?P<n>{NUM})\s+(?:active\s+)?(?:{COVID}\s+)?"
            r"(?:cases|patients)\s+(?:currently\s+|still\s+|now\s+)?"
            r"(?:under\s+treatment|being\s+treated|receiving\s+treatment)\b"
        ),
    ),
    **COVERAGE_PATTERNS,
}
# Words the patterns need (substring tests first: most sentences, and every Vietnamese one,
# hold none of them).
_TOTAL_WORDS = ("umber of", "ccumulated", "umulative", "n total", "under treatment")
_DOSE_WORDS = ("dose", "shot", "jab", "vaccinated", "inoculated", "immuni")


_TO_DATE = re.compile(r"\b(?:[Ss]o\s+far|[Tt]o\s+date|[Ii]n\s+total)\b")
_SPLIT_FIELDS = frozenset({"imported_cases", "local_cases", "community_cases"})
_ROUNDED = re.compile(r"(?:more\s+than|over|nearly|almost|about|around)\s+")
_BOUND = re.compile(r"more\s+than|over")


def _count_of(written: str) -> int | None:
    """A count in digits or words, "one" too."""
    return 1 if written.lower() == "one" else english_number(written)


def english_figures(s: str) -> list[tuple[int, str, object, tuple[int, int]]]:
    """(position, field, value, span) of the English figures of one sentence."""
    totals = any(word in s for word in _TOTAL_WORDS)
    rates = ("%" in s or "per" in s or " of them" in s) and any(w in s for w in _DOSE_WORDS)
    bulletin = any(word in s for word in _BULLETIN_WORDS)
    running = english_totals(s) + treated_counts(s)  # "42 patients under treatment in …"
    if not totals and not rates and not bulletin and not running:
        return []
    found: list[tuple[int, str, object, tuple[int, int]]] = []
    for name, pattern in BULLETIN_PATTERNS if bulletin else ():
        for match in pattern.finditer(s):
            groups = match.groupdict()
            if groups.get("one") is not None:
                found.append((match.start("one"), name, 1, match.span("one")))
                continue
            group = next(g for g in ("n", "m", "k") if groups.get(g) is not None)
            rounded = _ROUNDED.match(match.group(group))
            start = match.start(group) + (rounded.end() if rounded else 0)
            count = _count_of(s[start : match.end(group)])
            if count is not None:
                found.append((start, name, count, (start, match.end(group))))
                if name == "cumulative_cases" and rounded and _BOUND.match(rounded.group()):
                    found.append((start, "cumulative_is_lower_bound", True, (start, start)))
    found = [f for f in found if not _of_other_things(s, f)] + running
    for total in sorted({f[3][1] for f in found if f[1] == "cumulative_cases"}):
        found += parts_of_the_total(s, total)
    if _TO_DATE.search(s):
        # "So far, the country counted 1,433 imported cases and 2,056 domestic infections":
        # a total's parts, not the day's split (test13's "A total's parts")
        found = [f for f in found if f[1] not in _SPLIT_FIELDS]
    week = _WEEK_BEFORE.search(s) if "week" in s else None
    if week:
        found = [f for f in found if f[1] != "new_cases_24h" or f[0] < week.start()]
    for name, patterns in ENGLISH_PATTERNS.items():
        if not (rates if name.endswith("_pct") else totals):
            continue
        for pattern in patterns:
            for match in pattern.finditer(s):
                written = match.group("n")
                if name.endswith("_pct"):
                    if NOT_COVERAGE.search(match.group()):
                        continue
                    try:
                        value: object = parse_percent(written)
                    except ValueError:
                        continue
                else:
                    count = english_count(written)
                    if count is None:
                        continue
                    value = count
                figure = (match.start("n"), name, value, match.span("n"))
                if not _of_other_things(s, figure):
                    found.append(figure)
    # one figure read by two patterns ("The death toll remains at 35": a standing count and a
    # level reached) is one figure
    unique: dict[tuple[str, tuple[int, int]], tuple[int, str, object, tuple[int, int]]] = {}
    for figure in found:
        unique.setdefault((figure[1], figure[3]), figure)
    return list(unique.values())


def _of_other_things(s: str, figure: tuple[int, str, object, tuple[int, int]]) -> bool:
    """A bulletin pattern's total that counts other things than cases: "… deaths, bringing
    the total to 18,936", "1.2 million doses …, bringing the total to 89,620,701", "liquid
    oxygen systems for 10 more hospitals …, raising the total to 23" (no case named); a day's
    count of doses ("Hà Nội will get the most with 120,960 doses")."""
    start, end = figure[3]
    if figure[1] == "new_cases_24h":
        return _DOSES_AFTER.match(s, end) is not None
    return figure[1] == "cumulative_cases" and bool(
        _NOT_CASES.search(s, max(0, start - 120), start)
        or _NOT_CASES_AFTER.match(s, end)
        or not _CASE_WORDS.search(s)
    )


_CASE_WORDS = re.compile(
    rf"\b(?:cases?|infections?|infected|patients?|positive|tally|caseload"
    rf"|(?:national|nationwide)\s+count)\b|{COVID}"
)
_NOT_CASES = re.compile(
    r"\b(?:deaths?|died|doses?|vaccin\w*|shots?|jabs?|tests?|recover\w*|cured|discharged)\b"
)
# the total's own noun ("… to 89,620,701 doses"); the total's parts after a comma ("to 95,400,
# with 58 deaths") leave it a count of cases
_NOT_CASES_AFTER = re.compile(rf"\s*(?:[\w-]+\s+)?{_NOT_CASES.pattern}")
_DOSES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:doses?|shots?|jabs?|vaccines?)\b")
