"""The ALL row of `chongdich intake evaluate` for each set of the press corpus read by one
tree's reader, and the sets pooled: how a round checks that no set dropped. Each line ends
with the per-article figures (articles read exactly, mean F1 of the articles with facts),
which weigh a one-fact page as much as a 60-province bulletin; pooled over the sets too.

    .venv/bin/python scripts/intake_scores.py TREE SET [SET ...]

TREE is a checkout (its src/ is put first on the path; its corpus is read); a SET is a name
under TREE/src/chongdich/data/press_corpus/ or a folder.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

EVALUATE = "import sys; from chongdich.cli import main; sys.argv[0] = 'chongdich'; sys.exit(main())"


def main(tree: Path, sets: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    tp = predicted = expected = 0
    articles = clean = scored = 0
    f1_sum = 0.0
    for name in sets:
        folder = Path(name) if "/" in name else tree / "src/chongdich/data/press_corpus" / name
        command = [sys.executable, "-c", EVALUATE, "intake", "evaluate", "--format", "json"]
        run = subprocess.run([*command, str(folder)], capture_output=True, text=True, env=env)
        if run.returncode:
            print(f"{folder.name:8s} ERROR {run.stderr.strip().splitlines()[-1:]}", flush=True)
            continue
        report = json.loads(run.stdout)
        row = next(f for f in report["fields"] if f["field"] == "ALL")
        # (a tree from before the per-article figures: none)
        each = report.get("articles") or {"articles": 0, "clean": 0, "scored": 0, "mean_f1": 0}
        articles, clean, scored = (
            articles + each["articles"],
            clean + each["clean"],
            scored + each["scored"],
        )
        f1_sum += each["mean_f1"] * each["scored"]
        tp, predicted, expected = (
            tp + row["tp"],
            predicted + row["predicted"],
            expected + row["expected"],
        )
        print(
            f"{folder.name:8s} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}"
            f"  tp {row['tp']} pred {row['predicted']} gold {row['expected']}"
            f"  | articles {each['clean']}/{each['articles']} exact, mean F1 {each['mean_f1']:.3f}",
            flush=True,
        )
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    mean = f1_sum / scored if scored else 1.0
    print(
        f"POOLED   P {p:.3f} R {r:.3f} F1 {f1:.3f}  tp {tp} pred {predicted} gold {expected}"
        f"  | articles {clean}/{articles} exact, mean F1 {mean:.3f}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), sys.argv[2:])
