"""A server-rendered SVG bar chart of the epi curve (no JavaScript; see docs/adr/0002)."""

from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, PAD = 720, 180, 4


def epi_curve_chart(curve: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Bars of raw new cases; suspect days drawn apart, with their corrected value marked."""
    if not curve:
        return None
    top = max(max(d["new_cases"] or 0, d["corrected_new_cases"]) for d in curve) or 1
    step = (WIDTH - 2 * PAD) / len(curve)
    bars = []
    for i, day in enumerate(curve):
        raw = day["new_cases"] or 0
        height = min(raw, top) / top * (HEIGHT - 2 * PAD)
        corrected = day["corrected_new_cases"] / top * (HEIGHT - 2 * PAD)
        bars.append(
            {
                "x": round(PAD + i * step, 1),
                "width": round(max(step - 1, 1), 1),
                "y": round(HEIGHT - PAD - height, 1),
                "height": round(height, 1),
                "corrected_y": round(HEIGHT - PAD - corrected, 1),
                "suspect": day["suspect"],
                "title": f"{day['date']}: {raw}"
                + (f" ({day['suspect']})" if day["suspect"] else ""),
            }
        )
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "top": top}
