"""An uploaded article as the reader should see it: the text of a saved web page without its
markup, or a text file decoded without guessing.

No Django here: the review queue (``services.submit_saved_page``) and the CLI
(``extraction.extract_file_record``) both call :func:`read_saved_page`. What it cannot
read it refuses with an :class:`UnreadablePage` naming the problem; it never replaces
characters it cannot decode, so the highlights always sit on what the page says.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from html.parser import HTMLParser

__all__ = [
    "HTML_SUFFIXES",
    "MAX_BYTES",
    "PageProblem",
    "SavedPage",
    "UnreadablePage",
    "is_html",
    "read_saved_page",
]

# A saved article page is 50–500 KB; 5 MB leaves room for pages with inline images while
# keeping a wrong file (a video, an archive) from being read into memory and parsed.
MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Where a page may declare its charset; pages put long scripts before their <meta>.
_DECLARATION_WINDOW = 64 * 1024


class PageProblem(StrEnum):
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"  # NUL bytes: a Word/PDF file, or UTF-16 without its BOM
    UNKNOWN_ENCODING = "unknown_encoding"  # neither a BOM, nor UTF-8, nor a declared charset
    UNSUPPORTED_CHARSET = "unsupported_charset"  # declared, but Python has no such codec
    WRONG_CHARSET = "wrong_charset"  # declared, but the bytes are not in it
    NO_TEXT = "no_text"  # a page whose article text is drawn by scripts


class UnreadablePage(ValueError):
    """An upload refused before anything is stored; ``problem`` says why."""

    def __init__(self, problem: PageProblem, message: str, *, charset: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.charset = charset


@dataclass(frozen=True)
class SavedPage:
    """The article of an upload, and what the page itself says about it ("" or None where
    it says nothing)."""

    text: str
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    site_name: str = ""
    encoding: str = "utf-8"
    is_html: bool = False


def read_saved_page(data: bytes, filename: str = "", content_type: str = "") -> SavedPage:
    """The article of an uploaded file: a plain text file's text unchanged, a saved web
    page's article text with its title, publication date and address."""
    if len(data) > MAX_BYTES:
        raise UnreadablePage(
            PageProblem.TOO_LARGE,
            f"{len(data)} bytes: larger than the {MAX_BYTES // (1024 * 1024)} MB allowed",
        )
    html = is_html(data, filename, content_type)
    text, encoding = _decode(data, html=html)
    if "\x00" in text:
        raise UnreadablePage(PageProblem.NOT_TEXT, "NUL characters: not a text file")
    if not html:
        return SavedPage(text=text, encoding=encoding)
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    article = unicodedata.normalize("NFC", parser.article_text())
    if not article:
        raise UnreadablePage(PageProblem.NO_TEXT, "the page holds no article text")
    return SavedPage(
        text=article,
        title=unicodedata.normalize("NFC", parser.title()),
        published=parser.published(),
        url=parser.address(),
        site_name=unicodedata.normalize("NFC", parser.site_name()),
        encoding=encoding,
        is_html=True,
    )


def is_html(data: bytes, filename: str = "", content_type: str = "") -> bool:
    """A web page by its name, else by its declared type, else by how it starts."""
    name = filename.lower()
    if name.endswith(HTML_SUFFIXES):
        return True
    if name.endswith(".txt"):
        return False  # a .txt upload behaves as it always has
    if content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return True
    head = _head_text(data[:1024]).lstrip().lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2 :].lstrip()
    while head.startswith("<!--"):  # "saved from url" comments come before <html>
        end = head.find("-->")
        head = head[end + 3 :].lstrip() if end >= 0 else ""
    return head.startswith(("<!doctype html", "<html"))


# ---------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
# The WHATWG Encoding Standard reads these labels as windows-1252, as browsers do.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"}


def _head_text(data: bytes) -> str:
    """The start of a file as text, for sniffing: UTF-16 by its BOM, else byte by byte."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="ignore")
    return data.decode("latin-1")


def _decode(data: bytes, *, html: bool) -> tuple[str, str]:
    """(text, encoding): a BOM, else strict UTF-8, else (a page) the charset it declares.

    UTF-8 comes before the declaration: Vietnamese text in a legacy charset is never valid
    UTF-8 by chance, while pages re-saved as UTF-8 often keep their old declaration."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                raise UnreadablePage(
                    PageProblem.UNKNOWN_ENCODING, f"starts as {encoding} but is not"
                ) from None
    if b"\x00" in data:
        raise UnreadablePage(PageProblem.NOT_TEXT, "NUL bytes: not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else ""
    if not declared:
        raise UnreadablePage(
            PageProblem.UNKNOWN_ENCODING, "not UTF-8 or UTF-16 text, and no charset declared"
        )
    label = "windows-1252" if declared.lower() in _WINDOWS_1252_LABELS else declared
    try:
        encoding = codecs.lookup(label).name
    except LookupError:
        raise UnreadablePage(
            PageProblem.UNSUPPORTED_CHARSET, f"unknown charset {declared!r}", charset=declared
        ) from None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        raise UnreadablePage(
            PageProblem.WRONG_CHARSET, f"not {declared} as it says", charset=declared
        ) from None


def _declared_charset(data: bytes) -> str:
    """The charset of the page's <meta charset> or <meta http-equiv> ("" when none)."""
    match = _META_CHARSET.search(data[:_DECLARATION_WINDOW])
    return match.group(1).decode("ascii") if match else ""


# ---------------------------------------------------------------- HTML


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Elements whose content is never the article's (menus, scripts, forms, embedded frames);
# audio/video/canvas/object only hold "your browser cannot show this" fallbacks.
_DROPPED = _names(
    "script style noscript template svg math nav header footer aside form button iframe"
    " select textarea object embed audio video canvas head title"
)
# Elements that end a line, and those that also end a paragraph (a blank line after).
_LINE_BLOCKS = _names(
    "address article body center dd details div dl dt fieldset figcaption figure hgroup"
    " hr html legend li main section summary tbody thead tfoot tr br caption"
)
_PARAGRAPHS = _names("p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol")
_VOID = _names("area base br col embed hr img input link meta param source track wbr")
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; U+00A0 is text and stays
_LINE_BREAK, _PARAGRAPH_BREAK, _BULLET = 1, 2, 3  # a piece's kind; 0 is text
# An <article> with less than this share of the body's text is a teaser card of a page
# whose article is elsewhere (itemprop="articleBody" says what it is, and is always kept).
_MIN_ARTICLE_SHARE = 0.2
_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})|\s*(\d{1,2})/(\d{1,2})/(\d{4})")


@dataclass
class _Table:
    cells: int = 0  # cells so far on the current row
    in_cell: bool = False


@dataclass
class _Piece:
    text: str
    containers: frozenset[int]  # the <article>/articleBody/<body> elements it lies in
    kind: int = 0  # text, or the end of a line or of a paragraph


class _PageParser(HTMLParser):
    """One pass over the page: the text of every element not dropped, each piece with the
    containers it lies in, and the metadata of <head> and of the page's markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[_Piece] = []
        self.meta: dict[str, str] = {}
        self.times: list[tuple[str, frozenset[int], bool]] = []  # (datetime, where, dropped)
        self.title_parts: list[str] = []
        self.canonical = ""
        self.body: int | None = None
        self.articles: list[int] = []
        self.article_bodies: list[int] = []
        self._open: Counter[str] = Counter()  # open elements by name
        self._dropped: list[tuple[str, int]] = []  # (name, how many were open) of each
        self._containers: list[tuple[str, int, int]] = []  # (name, open count, id)
        self._tables: list[_Table] = []  # the open tables, innermost last
        self._in_title = False
        self._in_pre = 0
        self._lists = 0  # open <ul>/<ol>
        self._next_id = 0

    # -- the tree, as far as it matters here

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self._read_metadata(tag, attributes)
        if tag in _VOID:
            self._void(tag)
            return
        self._open[tag] += 1
        if tag == "title" and not self.title_parts and not self._open["svg"]:
            self._in_title = True  # the page's first <title>; an <svg>'s names an image
        if tag == "body":
            self._dropped.clear()  # a <head> left open ends where the body starts
        if self._dropped:
            return
        if tag in _DROPPED or _is_hidden(attributes):
            self._dropped.append((tag, self._open[tag]))
            return
        self._enter_container(tag, attributes)
        self._start_block(tag)

    def handle_endtag(self, tag: str) -> None:
        level = self._open[tag]
        if tag in _VOID or level == 0:
            return  # </br>, or a stray end tag
        self._open[tag] -= 1
        if tag == "title":
            self._in_title = False
        if self._dropped:
            if self._dropped[-1] == (tag, level):
                self._dropped.pop()
            return
        if tag in {"body", "html"}:
            return  # what follows </body> is still the body's, as browsers show it
        self._end_block(tag)
        if self._containers and self._containers[-1][:2] == (tag, level):
            self._containers.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta .../>, <svg/>: an element with no content
        self._read_metadata(tag, {name: value or "" for name, value in attrs})
        self._void(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._dropped:
            return
        if self._in_pre:
            self._emit(data.replace("\r\n", "\n"))
        else:
            self._emit(_SPACES.sub(" ", data))

    def _void(self, tag: str) -> None:
        if tag in {"br", "hr"} and not self._dropped:
            self._emit_break(_LINE_BREAK)

    # -- blocks, lists, tables

    def _start_block(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre += 1
        elif tag == "table":
            self._tables.append(_Table())
        elif tag == "tr" and self._tables:
            self._tables[-1].cells = 0
            self._tables[-1].in_cell = False
        elif tag in {"td", "th"} and self._tables:
            row = self._tables[-1]
            if row.cells:
                self._emit(" | ")
            row.cells += 1
            row.in_cell = True
            return
        if tag in _PARAGRAPHS:
            self._emit_break(_PARAGRAPH_BREAK)
        elif tag in _LINE_BLOCKS:
            self._emit_break(_LINE_BREAK)
        if tag in {"ul", "ol"}:
            self._lists += 1
        elif tag == "li":
            self._emit("", _BULLET)

    def _end_block(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = max(0, self._in_pre - 1)
        elif tag == "table" and self._tables:
            self._tables.pop()
        elif tag in {"td", "th", "tr"} and self._tables:
            self._tables[-1].in_cell = False
        elif tag in {"ul", "ol"} and self._lists:
            self._lists -= 1
            if not self._lists:
                self._open["li"] = 0  # items left open end with their list
        if tag in _PARAGRAPHS:
            self._emit_break(_PARAGRAPH_BREAK)
        elif tag in _LINE_BLOCKS:
            self._emit_break(_LINE_BREAK)

    def _in_cell(self) -> bool:
        return bool(self._tables) and self._tables[-1].in_cell

    def _emit(self, text: str, kind: int = 0) -> None:
        if text or kind:
            where = frozenset(ident for _, _, ident in self._containers)
            self.pieces.append(_Piece(text, where, kind))

    def _emit_break(self, kind: int) -> None:
        # Inside a table cell a paragraph is a space, so that a row reads as one line; in a
        # list item it is a line, so that items follow one another.
        if self._in_cell():
            self._emit(" ")
        elif kind == _PARAGRAPH_BREAK and self._lists and self._open["li"]:
            self._emit("", _LINE_BREAK)
        else:
            self._emit("", kind)

    # -- containers and metadata

    def _enter_container(self, tag: str, attributes: dict[str, str]) -> None:
        is_body = tag == "body"
        is_article = tag == "article"
        is_article_body = "articlebody" in attributes.get("itemprop", "").lower().split()
        if not (is_body or is_article or is_article_body):
            return
        ident = self._next_id
        self._next_id += 1
        self._containers.append((tag, self._open[tag], ident))
        if is_body and self.body is None:
            self.body = ident
        if is_article:
            self.articles.append(ident)
        if is_article_body:
            self.article_bodies.append(ident)

    def _read_metadata(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "meta":
            content = attributes.get("content", "").strip()
            for key in ("property", "name", "itemprop"):
                name = attributes.get(key, "").strip().lower()
                if name and content:
                    self.meta.setdefault(name, content)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = self.canonical or attributes.get("href", "").strip()
        elif tag == "time" and attributes.get("datetime"):
            where = frozenset(ident for _, _, ident in self._containers)
            self.times.append((attributes["datetime"], where, bool(self._dropped)))
        if tag != "meta" and "datepublished" in attributes.get("itemprop", "").lower().split():
            # <time itemprop="datePublished" datetime="…">, <span itemprop=… content="…">
            value = attributes.get("datetime") or attributes.get("content") or ""
            if value:
                self.meta.setdefault("datepublished", value)

    # -- what the page holds

    def article_text(self) -> str:
        chosen = self._chosen_container()
        text = _tidy(_lines([p for p in self.pieces if chosen is None or chosen in p.containers]))
        lead = self._lead_outside(text) if chosen != self.body else ""
        return f"{lead}\n\n{text}" if lead else text

    def _lead_outside(self, text: str) -> str:
        """The page's summary when the article element leaves it out: outlets such as
        VnExpress lay the lead paragraph (sapo), which often carries the day's figure, above
        <article>, and repeat it as the page's description."""
        lead = _SPACES.sub(" ", self.meta.get("og:description") or self.meta.get("description", ""))
        lead = lead.strip(" ")
        if len(lead) < 40 or lead.endswith(("...", "…")):
            return ""  # too short to be a lead, or a cut teaser of the body
        folded = _SPACES.sub(" ", text)
        return "" if lead[:60] in folded else lead

    def _chosen_container(self) -> int | None:
        """The article body, else the longest <article> unless it holds little of the
        body's text, else <body>, else (no <body>) the whole page."""
        sizes: Counter[int] = Counter()
        for piece in self.pieces:
            size = len(piece.text.strip())
            for ident in piece.containers:
                sizes[ident] += size
        total = sum(
            len(p.text.strip())
            for p in self.pieces
            if self.body is None or self.body in p.containers
        )
        marked = max(self.article_bodies, key=lambda ident: sizes[ident], default=None)
        if marked is not None and sizes[marked]:
            return marked
        longest = max(self.articles, key=lambda ident: sizes[ident], default=None)
        if longest is not None and sizes[longest] and sizes[longest] >= _MIN_ARTICLE_SHARE * total:
            return longest
        return self.body

    def title(self) -> str:
        for value in (self.meta.get("og:title", ""), "".join(self.title_parts)):
            value = _SPACES.sub(" ", value).strip(" ")
            if value:
                return value
        return ""

    def published(self) -> dt.date | None:
        chosen = self._chosen_container()
        times = [t for t, where, dropped in self.times if chosen in where and not dropped]
        times += [t for t, _, dropped in self.times if not dropped]
        candidates = [
            self.meta.get("article:published_time", ""),
            self.meta.get("datepublished", ""),
            self.meta.get("pubdate", ""),
            *times,
        ]
        for value in candidates:
            date = _date_of(value)
            if date is not None:
                return date
        return None

    def site_name(self) -> str:
        """The outlet as the page names itself ("Báo Bạc Liêu"): a provincial paper's
        bulletin that names no province is about the paper's province."""
        return _SPACES.sub(" ", self.meta.get("og:site_name", "")).strip(" ")

    def address(self) -> str:
        for value in (self.meta.get("og:url", ""), self.canonical):
            if value.lower().startswith(("http://", "https://")) and not _SPACES.search(value):
                return value
        return ""


def _is_hidden(attributes: dict[str, str]) -> bool:
    style = attributes.get("style", "").replace(" ", "").lower()
    return "hidden" in attributes or "display:none" in style


def _date_of(value: str) -> dt.date | None:
    """The date of "2021-10-31", "2021-10-31T08:15:00+07:00", "31/10/2021 08:15"."""
    match = _DATE.match(value)
    if match is None:
        return None
    if match.group(1):
        year, month, day = match.group(1, 2, 3)
    else:
        day, month, year = match.group(4, 5, 6)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _lines(pieces: list[_Piece]) -> str:
    """The pieces as lines: the breaks between two texts make one break, the larger (the
    markup's own newlines and indentation between blocks are no text)."""
    lines: list[str] = []
    current: list[str] = []
    pending, bullet = 0, False
    for piece in pieces:
        if piece.kind == _BULLET:
            pending, bullet = max(pending, _LINE_BREAK), True
            continue
        if piece.kind:
            pending = max(pending, piece.kind)
            continue
        if pending:
            if not piece.text.strip(" \n"):
                continue
            lines.append("".join(current))
            lines.extend([""] * (pending - 1))
            current, pending = ["- "] if bullet else [], 0
            bullet = False
        current.append(piece.text)
    lines.append("".join(current))
    return "\n".join(lines)


def _tidy(text: str) -> str:
    """One space between words, no space at either end of a line, at most one blank line
    in a row, none at either end. A non-breaking space stays, but a line of nothing else
    (a spacer paragraph, <p>&nbsp;</p>) is blank."""
    lines = [_SPACES.sub(" ", line).strip(" ") for line in text.split("\n")]
    lines = [line if line.strip() else "" for line in lines]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)
