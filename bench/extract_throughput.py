"""Reading articles into facts: articles per second on one core (goal ≥ 100, issue 8)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from .harness import Figure, Options, benchmark, compare

SEEDS = Path(__file__).resolve().parents[1] / "src" / "chongdich" / "data" / "seeds"
BASELINE = "underthesea word segmentation of the same articles"


@benchmark("extract_throughput", "extract facts from the five seed articles, in articles/s")
def extract_throughput(options: Options) -> Iterator[Figure]:
    from underthesea import word_tokenize

    from chongdich.epi.press_facts import extract_facts

    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines() if line]
    articles = [
        ((SEEDS / g["file"]).read_text(encoding="utf-8"), dt.date.fromisoformat(g["published"]))
        for g in gold
    ]
    batch = articles * 20  # 100 articles per round

    def extract_all() -> None:
        for text, published in batch:
            extract_facts(text, published)

    def segment_all() -> None:
        for text, _ in batch:
            word_tokenize(text)

    extract_s, segment_s = compare(extract_all, segment_all, rounds=options.rounds(5))
    yield Figure(
        "extract_throughput", len(batch) / extract_s, "a/s", BASELINE, len(batch) / segment_s
    )
