"""Fill empty msgstr entries of every catalogue from a {msgid: translation} dict file.

    .venv/bin/python scripts/fill_translations.py TRANSLATIONS.py

For a first translation of many entries at once; reviewing the .po by hand stays the norm.
"""

import runpy
import sys
from pathlib import Path

import polib

translations: dict[str, str] = runpy.run_path(sys.argv[1])["VI"]
root = Path(__file__).resolve().parent.parent / "src" / "chongdich"
for po_path in sorted(root.glob("**/locale/vi/LC_MESSAGES/django.po")):
    catalogue = polib.pofile(str(po_path))
    filled = 0
    for entry in catalogue:
        if entry.msgid in translations and (not entry.msgstr or entry.fuzzy):
            entry.msgstr = translations[entry.msgid]
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
            filled += 1
    catalogue.metadata["Language"] = "vi"
    catalogue.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    catalogue.save()
    left = len(catalogue.untranslated_entries())
    print(f"{po_path.relative_to(root)}: filled {filled}, untranslated {left}")
