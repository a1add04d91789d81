"""Per article of an annotated folder, the fact tuples the reader missed (-) and the false
ones it read (+), doubtful facts set aside: how a round of rules reads a development set.

    PYTHONPATH=src .venv/bin/python scripts/intake_errors.py \
        src/chongdich/data/press_corpus/test42 [FILE-FILTER]

Never run it on a held-out set (docs/INTAKE.md): its errors are the set's answers.
"""

import sys
from pathlib import Path

from chongdich.epi.press_eval import fact_tuples, read_gold
from chongdich.intake.extraction import extract_annotated


def main(folder: Path, wanted: str = "") -> None:
    gold = [r for r in read_gold(folder / "gold.jsonl") if wanted in r["file"]]
    for expected, read in zip(gold, extract_annotated(folder, gold), strict=True):
        want, got = fact_tuples(expected), fact_tuples(read)
        doubtful = fact_tuples({"file": expected["file"], **(expected.get("doubtful") or {})})
        lines = []
        for key in sorted(set(want) | set(got)):
            undecided = doubtful.get(key, set()) - want.get(key, set())
            w, g = want.get(key, set()) - undecided, got.get(key, set()) - undecided
            lines += [f"  - {key} {t[1:]}" for t in sorted(w - g, key=str)]
            lines += [f"  + {key} {t[1:]}" for t in sorted(g - w, key=str)]
        if lines:
            print(expected["file"], *lines, sep="\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
