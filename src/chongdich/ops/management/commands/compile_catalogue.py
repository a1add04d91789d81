"""Compile every Vietnamese/English catalogue of the package (.po → .mo).

Each app keeps its own catalogue in ``<app>/locale/<lang>/LC_MESSAGES/django.po``; the
project-wide templates use ``src/chongdich/locale``. ``--check`` also fails when an entry
is untranslated or fuzzy, so a page never shows an English msgid to a Vietnamese user.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


def find_catalogues(root: Path) -> list[Path]:
    return sorted(root.glob("**/locale/*/LC_MESSAGES/django.po"))


def incomplete_entries(catalogue: polib.POFile) -> list[str]:
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    return [f"untranslated: {m!r}" for m in untranslated] + [f"fuzzy: {m!r}" for m in fuzzy]


class Command(BaseCommand):
    help = "Biên dịch bản dịch giao diện / compile the interface translations"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="fail if any entry is untranslated or fuzzy / báo lỗi nếu còn mục chưa dịch",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        root = Path(settings.PACKAGE_DIR)
        problems: list[str] = []
        catalogues = find_catalogues(root)
        if not catalogues:
            raise CommandError(f"no catalogue under {root}")
        for po_path in catalogues:
            catalogue = polib.pofile(str(po_path))
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            name = po_path.relative_to(root)
            if options["check"]:
                problems += [f"{name}: {p}" for p in incomplete_entries(catalogue)]
            self.stdout.write(f"{name}: {catalogue.percent_translated()}% translated")
        if problems:
            raise CommandError("incomplete catalogues:\n" + "\n".join(problems))
