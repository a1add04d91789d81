"""Every interface text has its Vietnamese translation: the site is Vietnamese first."""

from __future__ import annotations

import io
import re
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "chongdich"

# Literal msgids as written in templates and code: {% translate "..." %} and _("...").
TEMPLATE_MSGID = re.compile(r"""{%\s*translate\s+"([^"]+)"\s*%}""")
CODE_MSGID = re.compile(r"""(?<![\w.])_\(\s*"([^"\\]+)"\s*[,)]""")


def translated_msgids() -> set[str]:
    return {
        entry.msgid
        for po in PACKAGE.glob("**/locale/vi/LC_MESSAGES/django.po")
        for entry in polib.pofile(str(po))
        if entry.msgstr and not entry.fuzzy
    }


def msgids_in_sources() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in PACKAGE.glob("**/templates/**/*.html"):
        for msgid in TEMPLATE_MSGID.findall(path.read_text(encoding="utf-8")):
            # Django looks a template literal up with "%" doubled, as makemessages wrote it.
            found.setdefault(msgid.replace("%", "%%"), str(path.relative_to(PACKAGE)))
    for path in PACKAGE.glob("**/*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for msgid in CODE_MSGID.findall(path.read_text(encoding="utf-8")):
            found.setdefault(msgid, str(path.relative_to(PACKAGE)))
    return found


def test_every_catalogue_is_complete() -> None:
    try:
        call_command("compile_catalogue", "--check", stdout=io.StringIO())
    except CommandError as exc:
        pytest.fail(str(exc))


def test_every_text_in_templates_and_code_is_in_a_catalogue() -> None:
    known = translated_msgids()
    missing = {m: where for m, where in msgids_in_sources().items() if m not in known}
    assert not missing, f"run scripts/messages.sh and translate: {missing}"


def test_the_compiled_catalogue_is_used() -> None:
    call_command("compile_catalogue", stdout=io.StringIO())
    with translation.override("vi"):
        assert translation.gettext("Sign in") == "Đăng nhập"
