"""The situation report as Markdown and as an XLSX workbook (the CLI and the page's export)."""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _

from chongdich.formatting import grouped


def _number(value: Any) -> str:
    return grouped(value)


def sitrep_markdown(report: dict[str, Any]) -> str:
    area = report["area"]
    lines = [
        f"# {_('Situation report')}: {area['name']} ({area['code']}), {report['date']}",
        "",
        f"| {_('Figure')} | {_('Value')} | {_('Source')} | {_('Other sources')} |",
        "| --- | ---: | --- | --- |",
    ]
    for figure in report["figures"].values():
        source = figure["source"]
        others = [
            f"{_number(c['value'])} ({c['source']})"
            for c in figure["candidates"]
            if source is None or c["source_key"] != source["source_key"]
        ]
        flag = " ⚠" if figure["conflict"] else ""
        lines.append(
            f"| {figure['label']} | {_number(figure['value'])}{flag} "
            f"| {source['source'] if source else '—'} | {'; '.join(others) or '—'} |"
        )
    if report["conflicts"]:
        lines += [
            "",
            "⚠ " + _("Sources disagree; a user has not chosen yet where no choice is shown."),
        ]
    if report["epi_curve"]:
        lines += [
            "",
            f"## {_('New cases by day')} ({report['epi_curve_source']})",
            "",
            f"| {_('Date')} | {_('New cases')} | {_('Corrected')} | {_('Deaths')} | {_('Check')} |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for day in report["epi_curve"]:
            cells = [day["new_cases"], day["corrected_new_cases"], day["new_deaths"]]
            numbers = " | ".join(_number(c) for c in cells)
            lines.append(f"| {day['date']} | {numbers} | {day['suspect'] or ''} |")
    return "\n".join(lines) + "\n"


def sitrep_xlsx(report: dict[str, Any]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "sitrep"
    sheet.append([_("Area"), report["area"]["name"], report["area"]["code"]])
    sheet.append([_("Date"), report["date"]])
    sheet.append([])
    sheet.append([_("Figure"), _("Value"), _("Source"), _("Conflict"), _("Other sources")])
    for figure in report["figures"].values():
        source = figure["source"]
        others = "; ".join(
            f"{c['value']} ({c['source']})"
            for c in figure["candidates"]
            if source is None or c["source_key"] != source["source_key"]
        )
        sheet.append(
            [
                figure["label"],
                figure["value"],
                source["source"] if source else None,
                "x" if figure["conflict"] else None,
                others or None,
            ]
        )
    curve = book.create_sheet("epi_curve")
    curve.append(["date", "new_cases", "corrected_new_cases", "new_deaths", "suspect"])
    for day in report["epi_curve"]:
        curve.append(
            [
                day["date"],
                day["new_cases"],
                day["corrected_new_cases"],
                day["new_deaths"],
                day["suspect"],
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
