"""The ALL row of `chongdich intake evaluate` for each set of the press corpus read by one
tree's reader, and the sets pooled: how a round checks that no set dropped.

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
    for name in sets:
        folder = Path(name) if "/" in name else tree / "src/chongdich/data/press_corpus" / name
        command = [sys.executable, "-c", EVALUATE, "intake", "evaluate", "--format", "json"]
        run = subprocess.run([*command, str(folder)], capture_output=True, text=True, env=env)
        if run.returncode:
            print(f"{folder.name:8s} ERROR {run.stderr.strip().splitlines()[-1:]}", flush=True)
            continue
        row = next(f for f in json.loads(run.stdout)["fields"] if f["field"] == "ALL")
        tp, predicted, expected = (
            tp + row["tp"],
            predicted + row["predicted"],
            expected + row["expected"],
        )
        print(
            f"{folder.name:8s} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}"
            f"  tp {row['tp']} pred {row['predicted']} gold {row['expected']}",
            flush=True,
        )
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"POOLED   P {p:.3f} R {r:.3f} F1 {f1:.3f}  tp {tp} pred {predicted} gold {expected}")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), sys.argv[2:])
