"""Extraction quality over the annotated press corpus (docs/intake-annotation.md).

dev/, test/ and test2/ are development data (test/ and test2/ were held out until their
first scores, docs/INTAKE.md); test3/ was held out until its one score at the end of the
issue-8 quality work and is development data since branch `intake-general`. test4/ was
scored once held out (0.712, docs/INTAKE.md) and is development data since branch
`intake-test4-dev` (its errors were read and fixed by phrasing family: 0.980). The floors
are the last measured figures (docs/INTAKE.md) less 0.02: a regression guard. test5/ was
scored once held out (0.665) and is development data since branch `intake-tagger` (its
errors were read to train and cross-validate the learned taggers of ADR 0033, which were
not kept; no rule changed, so it still scores 0.665). test6/ was scored once held out by
that branch (0.534, docs/INTAKE.md). Since branch `intake-rules7` test5/ and test6/ are
development data (their errors were read and fixed by phrasing family: 0.960 and 0.956,
fitted); their floors are those less 0.02. test7/ (branch `intake-test7`) was the held-out
set, neither read nor scored by that branch; scored once after it was merged: 0.819 (0.794
with the extractor before it). Since branch `intake-rules8` test7/ is development data (its
errors were read and fixed by phrasing family: 0.941, fitted); its floor is that less 0.02.
test8/ (branch `intake-test8`, annotated without reading or running the extractor) was scored
once held out after intake-rules8 was merged: 0.322 (the same with the extractor before it).
Since branch `intake-rules9` test8/ is development data (its errors were read and fixed by
phrasing family: 0.980, fitted); its floor is that less 0.02. test9/ (branch `intake-test9`,
annotated without reading or running the extractor) was scored once held out after
intake-rules9 was merged: 0.582 (0.592 with the extractor before it). Since branch
`intake-rules10` test9/ is development data (its errors were read and fixed by mechanism:
levels in any layout and in English, support frames, English articles: 0.882, fitted); its
floor is that less 0.02. test10/ (branch `intake-test10`, annotated without reading or
running the extractor) was scored once held out after intake-rules10 was merged: 0.439
(0.426 with the extractor before it). Since branch `intake-rules11` test10/ is development
data (its errors were read and fixed by mechanism: 0.775, fitted); its floor is that less
0.02. test11/ (branch `intake-test11`, annotated without reading or running the extractor)
was scored once held out after intake-rules11 was merged: 0.474 (the same with the
extractor before it). Since branch `intake-rules12` test11/ is development data (its errors
were read and fixed by mechanism: 0.988, fitted); its floor is that less 0.02. test12/
(branch `intake-test12`, annotated without reading or running the extractor) was scored
once held out with the rules of intake-rules11: 0.639; test13/ (branch `intake-test13`,
drawn by a fixed procedure, annotated without reading or running the extractor) likewise:
0.584. Both were scored again after intake-rules12 was merged (still unseen by it). Since
branch `intake-rules13` test12/ and test13/ are development data (their errors were read and
fixed by mechanism: 0.938 and 0.985, fitted); their floors are those less 0.02
(docs/INTAKE.md). test14/ (branch
`intake-test14`, drawn by a fixed procedure and annotated under a frozen guideline, with
doubtful facts that count neither way) was scored once held out after intake-rules12: 0.246;
test15/ (branch `intake-test15`, drawn and annotated the same way) likewise: 0.713. Both were
scored again after intake-rules13 was merged (still unseen by it). Since branch
`intake-rules14` test14/ and test15/ are development data (their errors were read and fixed
by mechanism: 0.925 and 0.923, fitted); their floors are those less 0.02. test16/
(branch `intake-test16`, drawn and annotated like test14) was scored once held out after
intake-rules13: 0.727; scored again after intake-rules14 was merged (still unseen by it).
Since branch `intake-rules15` test16/ is development data (its errors were read and fixed by
mechanism: 0.932, fitted); its floor is that less 0.02. test17/
(branch `intake-test17`, drawn and annotated like test14) was scored once held out after
intake-rules14: 0.742; scored again after intake-rules15 was merged (still unseen by it).
Since branch `intake-rules16` test17/ is development data (its errors were read and fixed by
mechanism, three decided annotations brought in line with written rules: 1.000, fitted); its
floor is that less 0.02. test18/ to test22/ (branches `intake-test18` … `intake-test22`,
drawn and annotated like test14, in session 10) were scored once held out with the reader of
main at 7d79e71: 0.889, 0.605, 0.909, 0.820, 0.290; their floors are those less 0.02 until a
round reads them. Since branch `intake-rules17` test18/, test19/ and test22/ are development
data (their errors were read and fixed by mechanism, the province lists and tables read as a
family of layouts, no annotation changed: 0.918, 0.910 and 0.945, fitted); their floors are
those less 0.02. test20/ and test21/ stay held out. test23/ and test24/ (branches
`intake-test23`, `intake-test24`, drawn and annotated like test14) were scored once held out
after intake-rules17: 0.592 and 0.693. Since branch `intake-rules18` test20/, test21/,
test23/ and test24/ are development data (their errors were read and fixed by mechanism,
tables and province lines read as a family of layouts, no annotation changed: 0.909, 0.833,
0.934 and 0.879, fitted); their floors are those less 0.02. test25/ and test26/ (branches
`intake-test25`, `intake-test26`, drawn and annotated like test14) were scored once held out
at c3e1244 (after intake-rules17, before intake-rules18): 0.583 and 0.424. Since branch
`intake-rules19` test25/ and test26/ are development data (their errors were read and fixed by
mechanism, the lists and windows that take their meaning from the sentence before read as a
family, no annotation changed: 0.679 and 0.800, fitted); their floors are those less 0.02.
test27/ and test28/ (branches `intake-test27`, `intake-test28`, drawn and annotated like
test14) were scored once held out at 10b26ea (after intake-rules18): 0.834 and 0.800; their
floors are those less 0.02. test29/ (English pages) and test30/ (branches `intake-test29`,
`intake-test30`, drawn and annotated like test14) were scored once held out after
intake-rules19 and the summed lists (with the fix of a crash on English thousands commas that
test29 revealed): 0.477 and 0.429; their floors are those less 0.02. Since branch
`intake-rules20` test27/ to test30/ are development data (their errors were read and fixed by
mechanism, the English pages' phrasings read as a family, no annotation changed: 0.917,
0.800, 0.716 and 0.444, fitted); their floors are those less 0.02. test31/ (English pages)
and test32/ (branches `intake-test31`, `intake-test32`, drawn and annotated like test14)
were scored once held out at 9ee46bb (before intake-rules20): 0.808 and 0.452. Since branch
`intake-rules21` test31/ and test32/ are development data (their errors were read and fixed by
mechanism, the English pages' totals and day counts read as a family of phrasings, no
annotation changed: 0.886 and 0.606, fitted); their floors are those less 0.02. test33/
(English pages) and test34/ (branches `intake-test33`, `intake-test34`, drawn and annotated
like test14) were scored once held out at d1bc4d6 (after intake-rules20): 0.571 and 0.958;
their floors are those less 0.02. Since branch `intake-rules22` test33/ is development data
(its errors were read and fixed by mechanism, the English province lists and the national
running total read as families of phrasings, no annotation changed: 0.678, fitted); its
floor is that less 0.02. test35/ and test36/ (English pages; branches `intake-test35`,
`intake-test36`, drawn and annotated like test14) were scored once held out at b4e8272
(before intake-rules22): 0.581 and 0.194, and again after it, still unseen: 0.577 and 0.233;
their floors are the later scores less 0.02. Since branch `intake-rules23` test35/ and
test36/ are development data (their errors were read and fixed by mechanism, English
sentence kinds read as families: running totals, allocations, day counts, coverage, places,
one gold fact corrected: 0.939 and 0.993, fitted); their floors are just under those.
test37/, test38/ and test39/ (English pages; branches `intake-test37`, `intake-test38`,
`intake-test39`, drawn and annotated like test14)
were scored once held out at 3c50839 (the reader of session 10's end): 0.832, 0.845 and
0.220; their floors are those less 0.02. test40/ and test41/ (English pages; branches
`intake-test40`, `intake-test41`, drawn and annotated like test14, from the last English pages
the stored search returned) were scored once held out at the same commit: 0.128 and 0.056,
and again, still unseen, after intake-rules23 (0.315, 0.224) and after intake-rules24 (0.437,
0.224; at b5f788d 0.454, 0.218); their floors are the last scores less 0.02. Since branch
`intake-rules24` (merged at 252ef33, then b5f788d) test37/ to test39/ are development data
(their errors were read and fixed by sentence kind: allocations of donated doses, running
totals, the day's counts and their parts, gift rolls; one test38 gold date corrected: 0.970,
0.983 and 0.995, fitted); their floors are those less 0.02. test42/ to test47/ (session 12,
branches `annotate-test42` … `annotate-test47`) are Vietnamese articles from a new source, the
copies of press text kept in public code repositories (the library's `code` store; the `pages`
store was spent), drawn by a fixed procedure of exact strings and annotated under the frozen
guideline like test14; each was scored once held out with the reader of 8f45c5b: test42
0.942, test43 0.574, test44 no decided fact (6 false tuples, no floor), test45 0.400, test46
0.936, test47 0.803; test48 crashed that reader ("834,394", a count grouped with commas) and
scored 0.395 once the crash was fixed (4c5193a), test49 0.714. Their floors are those less 0.02.
Since branch `intake-rules25` test42/ to test45/ are development data (their errors were read
and fixed by sentence kind: Việt Nam receiving a foreign gift, the country's totals kept,
totals and day counts by label, the vaccine fund and a company's own people as receivers, a
district's level, directives by clause, "lần lượt"; no gold corrected: 0.972, 0.763, 3 false
tuples and 0.974, fitted); the floors of test42, test43 and test45 are those less 0.02, and
test44 (no decided fact) may predict at most the 3 tuples it predicts (the doubtful gift's
second reading). Since branch `intake-rules26` test46/ to test49/ are development data (their
errors were read and fixed by Vietnamese sentence kind: a bulletin's window deaths and totals
to date, provinces by rank, lists of standing counts, a total told by its parts of origin,
the world's figures, a morning bulletin's day, support for a city with its region, dispatch
numbers and documents cited as a basis; no gold corrected: 0.969, 0.970, 0.757 and 0.769,
fitted); their floors are those less 0.02, and the floors of the sets that rose with them
(test4, test12, test13, test20, test27, test28, test30) are their new scores less 0.02.
test50/ to test55/ (session 13, branches `test50` … `test55`) were drawn from the code store
like test42 with new strings (the store is nearly spent: 6, 13, 7, 0, 16 and 11 articles; test53
found none, its draw is recorded in SOURCES.md) and scored once on arrival with the reader of
3b23caf: 0.571, 0.588, 0.933, 0.931 and 0.909; their floors are those less 0.02. test56/ to
test62/ (session 13) were drawn from the stored search pages, which still hold Vietnamese pages
for queries naming a province or a kind of support, and scored once on arrival with the same
reader: test56 0.644, test57 0.857, test58 0.776, test59 0.677, test60 0.533, test61
0.827, test62 0.381; their floors are those less 0.02.
Since branch `intake-rules27` test50/ to test59/ (no test53/) are development data (their
errors were read and fixed by sentence kind: running totals of less than the province,
windows and origins, givers' clauses and funds as receivers, teasers' counts, totals by
phrasing, one province's share of the day; no gold corrected): test50 1.000, test51 0.690,
test52 0.933, test54 0.948, test55 0.909, test56 0.840, test57 0.963, test58 0.854 and
test59 1.000, fitted; their floors are those less 0.02. test4, test12, test18 and test27
rose with them (0.988, 0.944, 0.939, 0.923): their floors are those less 0.02.
test60/ to test62/ were scored again, still unseen, after intake-rules26 and intake-rules27
(0.571, 0.836 and 0.381). Since branch `intake-rules28` they are development data (their
errors were read and fixed by sentence kind: trade words joined by "và" in a company's name,
a town or district as the subject after its province; no gold corrected): test60 0.580,
test61 0.836 and test62 0.571, fitted; their floors are those less 0.02.
test63/ to test65/ (session 13) were drawn from the stored search pages like test60 and scored
once on arrival with the session's last reader (bd9544a): 0.876, 0.833 and 0.817; their floors
are those less 0.02.
Since branch `intake-rules30` test63/ to test65/ are development data (their directive and
support errors were read and fixed by sentence kind, with those of the other development sets:
two provinces joined by "và" applying a central directive, measures naming an area, gifts for
another cause; no gold corrected): test63 0.906, test64 0.833 and test65 0.867, fitted; the
floors of test63 and test65 are those less 0.02 (test64 did not move).
test66/ to test70/ (session 14, drawn from the stored search pages like test60) were scored
once held out with the session-start reader (844a0b4): 0.739, 0.681, 0.000 (test68 has no
decided fact: 2 false tuples), 1.000 and 0.679. Since branch `intake-rules31` they are
development data (their errors were read and fixed by sentence kind: level notices, a
bulletin's own phrasings, patients by how they are held or found, a period's parts, a
hospital's day, a national bulletin's split by place, patients treated at home, other
articles under a heading; no gold corrected): test66 1.000, test67 0.897, test69 1.000 and
test70 0.978, fitted; their floors are those less 0.02, and test68 may predict no tuple.
Since branch `intake-rules29` test63/ to test65/ are development data, their statistics read
with test60/ to test62/'s (fixed by sentence kind: provinces' shares and shared counts,
outcomes' totals and periods, community counts by their words, the country's day with no
case, labels apart from their counts, long ranges and windows, teasers of another day;
no gold corrected): test60 0.917, test61 0.936, test62 0.800, test63 0.895, test64 1.000
and test65 0.913, fitted; their floors are those less 0.02.
With rules29, rules30 and rules31 merged (session 14): test63 0.925 and test65 0.966; their
floors are those less 0.02.
test71/ to test79/ (session 14) were drawn from the stored search pages by dated queries
("sáng 5/6 thêm ca mắc COVID-19 tỉnh", …; test71–test73, test76, test78, test79) and by
province queries on vaccination, lockdowns and bulletins (test74, test75, test77), and scored
once held out with the session's last reader (6425b8e): 0.974, 0.982, 0.903, 0.550, 0.893,
0.971, 0.836, 0.922 and 0.952 (the session-start reader: 0.973, 0.979, 0.903, 0.550, 0.886,
0.971, 0.821, 0.922, 0.952); their floors are those less 0.02.
Since branch `intake-rules32` the six sets of dated queries (test71–test73, test76, test78,
test79) are development data (their errors were read and fixed by sentence kind: the
Ministry's announced count with no "mới", a day all imported or all in the community, a
bulletin's leader, commas grouping thousands, the day's split after "Trong N ca … mới có",
a total's split by origin, a wave's recovered, a dated headline's day outcomes, a level's
list past a bracketed note; test/024's recovered of a period removed from the gold, as the
guideline's "Periods for recovered and deaths" writes): test71 0.978, test72 0.990, test73
0.909, test76 0.975, test78 0.937 and test79 0.990, fitted; their floors are those less 0.02.
Since branch `intake-rules33` test74, test75 and test77 are development data (their errors
were read and fixed by sentence kind: a lockdown a province orders itself, the Ministry's
allocation in a coverage page's words, a coverage rate dated by the sentence it goes on with
or "đến nay", a total at a part of a day, a bulletin's labelled running total; no gold
corrected): test74 0.717, test75 0.930 and test77 0.873, fitted; their floors are those less
0.02.
test80/ to test83/ (session 14, drawn while rules32 and rules33 ran: dated queries for test80
and test81, province queries on vaccination and field hospitals for test82 and test83) were
scored once held out with the session's last reader (0fdcc60): 0.917, 0.971, 1.000 and 0.769
(the session-start reader: 0.915, 0.967, 1.000, 0.769); their floors are those less 0.02.
Since branch `intake-rules34` test80/ and test81/ are development data, and test71/, test73/,
test76/, test31/ and test33/ were read again, for articles read exactly (their errors were
read and fixed by sentence kind: a headline's day against the body's window of a day, a split
after a province list cut short, a correction of an earlier day's report, totals of one kind
of case or of the wave, outcomes just had, headed or numbered, English respective runs and
standing counts; test/024's domestic wave count removed from the gold, as the guideline's
"Domestic totals" writes): test80 0.984, test81 0.977, test71 0.983, test73 0.917, test76
0.977, test31 0.921 and test33 0.856, fitted; their floors are those less 0.02.
Since branch `intake-rules35` (session 15) test74, test78, test83, test77, test19, test25,
test29, test30 and test32 were read again for articles read exactly (their errors fixed by
sentence kind: a day's count "hôm nay (30/9)", a total's deaths "đã tử vong", those under
treatment in English, a coverage "bao phủ 1 mũi", a province's own level assessment and its
day, a group's zero, a headline's "Thêm N ca tử vong", an English report's rank, sums of the
days past, marks against an average, rapid tests' positives, "one" in the community, a
campaign's takings, gifts valued by a range, goods handed to a province's own districts,
codes ending "TƯ", totals in thousands by word, a domestic day with its patients' numbers;
no gold corrected): test74 0.756, test78 0.952, test83 0.923, test77 0.893, test19 0.937,
test25 0.845, test29 0.937, test30 0.588 and test32 0.625, fitted; their floors are those
less 0.02.
test84/ to test89/, test91/ and test92/ (session 15, drawn while rules34 and rules35 ran:
dated queries; test90 was not drawn) were scored once held out with the session-start reader
(027674b: 0.500, 0.928, 0.000, 0.812, 0.989, 0.931, 0.977, 0.855) and again with the reader
after both rounds, which had not seen them (80eccc6: 0.500, 0.934, 0.000, 0.816, 0.990, 0.933,
0.978, 0.866); their floors are those less 0.02 (test86 has no decided fact: at most its 3
false tuples).
"""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from chongdich.epi.press_eval import read_gold, score
from chongdich.intake.extraction import extract_annotated, extract_file_record

CORPUS = Path(__file__).resolve().parents[2] / "data" / "press_corpus"
# Every annotated set (the module docstring says which are development data).
ALL_PARTS = (
    *("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9"),
    *("test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17"),
    *("test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25"),
    *("test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33"),
    *("test34", "test35", "test36", "test37", "test38", "test39"),
    *("test40", "test41", "test42", "test43", "test44", "test45", "test46", "test47"),
    *("test48", "test49", "test50", "test51", "test52", "test54", "test55"),
    *("test56", "test57", "test58", "test59", "test60"),
    *("test61", "test62", "test63", "test64", "test65"),
    *("test66", "test67", "test68", "test69", "test70"),
    *("test71", "test72", "test73", "test74", "test75", "test76", "test77", "test78", "test79"),
    *("test80", "test81", "test82", "test83"),
    *("test84", "test85", "test86", "test87", "test88", "test89", "test91", "test92"),
)


def _f1(part: str) -> float:
    folder = CORPUS / part
    gold = read_gold(folder / "gold.jsonl")
    return {row.field: row for row in score(extract_annotated(folder, gold), gold)}["ALL"].f1


@pytest.mark.parametrize(
    ("part", "floor"),
    [
        ("dev", 0.98),
        ("test", 0.98),
        ("test2", 0.98),
        ("test3", 0.94),  # 0.959 since givers no rule names are not reported
        ("test4", 0.97),
        ("test5", 0.939),
        ("test6", 0.936),
        ("test7", 0.921),
        ("test8", 0.96),
        ("test9", 0.862),
        ("test10", 0.755),
        ("test11", 0.968),
        ("test12", 0.926),
        ("test13", 0.975),
        ("test14", 0.905),
        ("test15", 0.903),
        ("test16", 0.912),
        ("test17", 0.98),
        ("test18", 0.919),
        ("test19", 0.917),
        ("test20", 0.897),
        ("test21", 0.813),
        ("test22", 0.925),
        ("test23", 0.914),
        ("test24", 0.859),
        ("test25", 0.825),
        ("test26", 0.78),
        ("test27", 0.903),
        ("test28", 0.882),
        ("test29", 0.917),
        ("test30", 0.568),
        ("test31", 0.901),
        ("test32", 0.605),
        ("test33", 0.836),
        ("test34", 0.938),
        ("test35", 0.935),
        ("test36", 0.99),
        ("test37", 0.95),
        ("test38", 0.963),
        ("test39", 0.975),
        ("test40", 0.434),
        ("test41", 0.198),
        ("test42", 0.952),
        ("test43", 0.743),
        ("test45", 0.954),
        ("test46", 0.949),
        ("test47", 0.95),
        ("test48", 0.737),
        ("test49", 0.749),
        ("test50", 0.98),
        ("test51", 0.67),
        ("test52", 0.913),
        ("test54", 0.928),
        ("test55", 0.889),
        ("test56", 0.82),
        ("test57", 0.943),
        ("test58", 0.834),
        ("test59", 0.98),
        ("test60", 0.897),
        ("test61", 0.916),
        ("test62", 0.78),
        ("test63", 0.905),
        ("test64", 0.98),
        ("test65", 0.946),
        ("test66", 0.98),
        ("test67", 0.877),
        ("test69", 0.98),
        ("test70", 0.958),
        ("test71", 0.963),
        ("test72", 0.97),
        ("test73", 0.897),
        ("test74", 0.736),
        ("test75", 0.91),
        ("test76", 0.957),
        ("test77", 0.873),
        ("test78", 0.932),
        ("test79", 0.97),
        ("test80", 0.964),
        ("test81", 0.957),
        ("test82", 0.98),
        ("test83", 0.903),
        ("test84", 0.48),
        ("test85", 0.914),
        ("test87", 0.796),
        ("test88", 0.97),
        ("test89", 0.913),
        ("test91", 0.958),
        ("test92", 0.846),
    ],
)
def test_the_corpus_scores_at_least_its_measured_floor(part, floor):
    assert _f1(part) >= floor


def test_test44_predicts_no_more_than_its_measured_false_tuples():
    # test44 has no decided fact: its score is the false tuples it predicts (6 when held
    # out, 3 since intake-rules25)
    folder = CORPUS / "test44"
    gold = read_gold(folder / "gold.jsonl")
    rows = {row.field: row for row in score(extract_annotated(folder, gold), gold)}
    assert rows["ALL"].predicted <= 3


def test_test86_predicts_no_more_than_its_measured_false_tuples():
    # test86 has no decided fact: its score is the false tuples it predicts (3 when held out)
    folder = CORPUS / "test86"
    gold = read_gold(folder / "gold.jsonl")
    rows = {row.field: row for row in score(extract_annotated(folder, gold), gold)}
    assert rows["ALL"].predicted <= 3


def test_test68_predicts_no_tuple():
    # test68 has no decided fact: its score is the false tuples it predicts (2 when held
    # out, none since intake-rules31)
    folder = CORPUS / "test68"
    gold = read_gold(folder / "gold.jsonl")
    rows = {row.field: row for row in score(extract_annotated(folder, gold), gold)}
    assert rows["ALL"].predicted == 0


def test_every_article_has_an_annotation_and_a_source():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for part in ALL_PARTS:
        files = {p.name for p in (CORPUS / part).glob("*.txt")}
        annotated = {r["file"] for r in read_gold(CORPUS / part / "gold.jsonl")}
        assert files == annotated, part
        for name in files:
            assert f"| {part} | {name} |" in sources, name
            assert (CORPUS / part / name).read_text(encoding="utf-8").startswith("# source: ")


_STAT_FIELDS = {
    "province", "as_of", "cumulative_cases", "cumulative_is_lower_bound", "new_cases_24h",
    "community_cases", "imported_cases", "local_cases", "under_treatment", "recovered",
    "deaths", "vaccine_dose1_pct", "vaccine_dose2_pct", "level", "previous_level",
    "communes_at_level_1", "communes_at_level_2", "communes_at_level_3", "communes_at_level_4",
    "communes_total", "icu_beds_established",
}  # fmt: skip
_ITEM_CODES = {
    "money_vnd", "vaccine_dose", "pcr_machine", "ventilator", "oxygen_concentrator",
    "pulse_oximeter", "oxygen_cylinder", "thermometer", "test_kit", "mask", "ppe_kit",
    "ambulance", "hospital_bed", "medical_staff",
}  # fmt: skip


def _province_display_names() -> set[str]:
    """The registry's names, with its display name for Hồ Chí Minh City (as annotated)."""
    with (CORPUS.parent / "vn_provinces_63_reference.csv").open(encoding="utf-8") as f:
        names = {row["name_vi"] for row in csv.DictReader(f)}
    return (names - {"Thành phố Hồ Chí Minh"}) | {"TP HCM"}


def _is_date_or_none(value) -> bool:
    return value is None or dt.date.fromisoformat(value).isoformat() == value


@pytest.mark.parametrize("part", ALL_PARTS)
def test_every_annotation_uses_the_schemas_fields_codes_and_province_names(part):
    provinces = _province_display_names()
    for record in read_gold(CORPUS / part / "gold.jsonl"):
        where = f"{part}/{record['file']}"
        assert _is_date_or_none(record["published"]), where
        for stat in record["province_stats"]:
            assert set(stat) <= _STAT_FIELDS, (where, set(stat) - _STAT_FIELDS)
            assert stat["province"] is None or stat["province"] in provinces, where
            assert _is_date_or_none(stat.get("as_of")), where
        for event in record["support_events"]:
            assert _is_date_or_none(event["date"]), where
            assert event["items"], where
            for item in event["items"]:
                assert item["item"] in _ITEM_CODES, (where, item)
                assert isinstance(item["quantity"], int) and item["quantity"] > 0, where
        for directive in record["directives"]:
            assert directive["document"], where
            assert directive["province"] is None or directive["province"] in provinces, where
            assert _is_date_or_none(directive["date"]), where
            assert all(isinstance(m, str) and m for m in directive["measures"]), where


def test_no_article_is_in_two_sets():
    names = [p.name for part in ALL_PARTS for p in (CORPUS / part).glob("*.txt")]
    assert len(names) == len(set(names))


def test_the_evaluate_command_scores_a_folder_as_json():
    out = io.StringIO()
    call_command("intake", "evaluate", str(CORPUS / "test"), "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["files"] == 13
    overall = next(row for row in report["fields"] if row["field"] == "ALL")
    assert overall["f1"] >= 0.98
    articles = report["articles"]  # each article once, beside the facts' ALL row
    assert articles["articles"] == 13 and articles["clean"] <= 13
    assert articles["mean_f1"] >= 0.95


def test_the_outlet_names_the_province_of_a_bulletin_that_names_none():
    record = extract_file_record(CORPUS / "dev" / "007_hungyen_report_10_10.txt", None)
    assert record["published"] == "2021-10-10"  # from the header
    (stat,) = record["province_stats"]
    assert stat["province"] == "Hưng Yên" and stat["cumulative_cases"] == 297


def test_a_city_in_the_outlets_name_does_not_override_the_articles_province(tmp_path):
    article = tmp_path / "kg.txt"
    article.write_text(
        "# outlet: Pháp Luật TP.HCM\n# published: 2021-08-05\n\n"
        "Chiều 5-8, tỉnh Kiên Giang tiếp nhận tài trợ. Ba doanh nghiệp hỗ trợ 700 bộ đồ bảo hộ "
        "y tế.\n",
        encoding="utf-8",
    )
    (event,) = extract_file_record(article, None)["support_events"]
    assert event["recipient"] == "Kiên Giang"
