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


def layout_graph(graph: dict[str, Any], *, column: int = 150, row: int = 46) -> dict[str, Any]:
    """Positions for a transmission graph: one column per generation, one row per node."""
    per_generation: dict[int, int] = {}
    position: dict[str, tuple[int, int]] = {}
    for node in graph["nodes"]:
        g = node["generation"]
        index = per_generation.get(g, 0)
        per_generation[g] = index + 1
        position[node["id"]] = (30 + g * column, 30 + index * row)
    nodes = [{**n, "x": position[n["id"]][0], "y": position[n["id"]][1]} for n in graph["nodes"]]
    edges = [
        {
            "x1": position[e["from"]][0],
            "y1": position[e["from"]][1],
            "x2": position[e["to"]][0],
            "y2": position[e["to"]][1],
        }
        for e in graph["edges"]
        if e["from"] in position and e["to"] in position
    ]
    width = 60 + column * (max(per_generation, default=0) + 1)
    height = 60 + row * max(per_generation.values(), default=1)
    return {"nodes": nodes, "edges": edges, "width": width, "height": height}
