"""Small server-side SVG charts (no JavaScript): a line with its interval band."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 720, 240, 48, 12, 12, 28


@dataclass
class Series:
    values: list[float | None]
    css: str
    low: list[float | None] | None = None
    high: list[float | None] | None = None
    offset: int = 0  # index of the first value on the shared x axis


def line_chart(
    n_points: int,
    series: list[Series],
    *,
    labels: list[str],
    title: str,
    hline: float | None = None,
    hline_label: str = "",
) -> str:
    """An accessible SVG with a title; ``labels`` are the x-axis dates (first, middle, last)."""
    values = [
        v
        for s in series
        for arr in (s.values, s.low or [], s.high or [])
        for v in arr
        if v is not None
    ]
    top = max([*values, hline or 0.0, 1e-9]) * 1.05
    span = max(n_points - 1, 1)

    def x(i: int) -> float:
        return PAD_L + (WIDTH - PAD_L - PAD_R) * i / span

    def y(v: float) -> float:
        return PAD_T + (HEIGHT - PAD_T - PAD_B) * (1 - v / top)

    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" class="chart">'
        f"<title>{escape(title)}</title>"
    ]
    for frac in (0, 0.5, 1):
        v = top / 1.05 * frac
        parts.append(
            f'<line class="grid" x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{y(v):.1f}" '
            f'y2="{y(v):.1f}"/><text class="axis" x="{PAD_L - 4}" y="{y(v) + 4:.1f}" '
            f'text-anchor="end">{_fmt(v)}</text>'
        )
    for s in series:
        if s.low and s.high:
            upper = [(x(s.offset + i), y(v)) for i, v in enumerate(s.high) if v is not None]
            lower = [(x(s.offset + i), y(v)) for i, v in enumerate(s.low) if v is not None]
            pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in upper + lower[::-1])
            parts.append(f'<polygon class="band {s.css}" points="{pts}"/>')
        pts = " ".join(
            f"{x(s.offset + i):.1f},{y(v):.1f}" for i, v in enumerate(s.values) if v is not None
        )
        parts.append(f'<polyline class="line {s.css}" points="{pts}"/>')
    if hline is not None:
        parts.append(
            f'<line class="limit" x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{y(hline):.1f}" '
            f'y2="{y(hline):.1f}"/><text class="axis limit-label" x="{WIDTH - PAD_R}" '
            f'y="{y(hline) - 4:.1f}" text-anchor="end">{escape(hline_label)}</text>'
        )
    for i, anchor in ((0, "start"), (n_points // 2, "middle"), (n_points - 1, "end")):
        if 0 <= i < len(labels):
            parts.append(
                f'<text class="axis" x="{x(i):.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="{anchor}">{escape(labels[i])}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if v >= 10 else f"{v:.2f}".replace(".", ",")
