"""Where the project's shared real data lives (``../shared/data`` next to the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA = Path(
    os.environ.get(
        "CHONGDICH_SHARED_DATA", Path(__file__).resolve().parents[4].parent / "shared" / "data"
    )
)
