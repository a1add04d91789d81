"""Facts from a Vietnamese press article or official report: province statistics,
support events and directives, each with its source span and a confidence.

The extractor is rules over gazetteers (provinces from the geography registry,
hospitals, national bodies) and patterns of the Vietnamese the press uses; underthesea's
NER is asked only for a donor no gazetteer names (see docs/adr/0030-intake-extractor.md).
No Django here: the review queue in ``chongdich.intake`` calls :func:`extract_facts`.

Modules: ``shared`` (numbers, dates, sentences), ``stat_*``, ``bulletin_lists`` and
``statistics`` (province statistics), ``items``, ``support_cues``, ``support_parties`` and
``support`` (support events), ``directives``, and ``extract`` (the entry point).
"""

from .directives import MEASURES
from .extract import extract_facts
from .items import ITEM_PATTERNS
from .shared import STAT_FIELDS, ArticleFacts, find_published_date, split_sentences

__all__ = [
    "ITEM_PATTERNS",
    "MEASURES",
    "STAT_FIELDS",
    "ArticleFacts",
    "extract_facts",
    "find_published_date",
    "split_sentences",
]
