"""An uploaded saved web page reads as its article (no menus, scripts or markup), with what
the page says of its title, date and address; a text file reads exactly as before; a file
whose characters cannot be known is refused, never read with replacement characters."""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from chongdich.intake.saved_pages import (
    MAX_BYTES,
    PageProblem,
    UnreadablePage,
    is_html,
    read_saved_page,
)

PAGES = Path(__file__).parent / "saved_pages"
VNEXPRESS = (PAGES / "vnexpress_bac_lieu.html").read_bytes()

# What an officer should see of the VnExpress-like page: the article only, its table's
# rows as lines, its list's bullets as "- ", the &nbsp; of "TP&nbsp;Bạc Liêu" kept.
VNEXPRESS_TEXT = """\
Sáng 31/10, Sở Y tế Bạc Liêu cho biết trong 24 giờ qua tỉnh ghi nhận 414 ca dương tính, \
nâng tổng số ca nhiễm lên 2.828 ca. Hiện còn 2.099 ca đang điều trị, 26 ca tử vong.

Tỉnh đã tiêm vắc xin ngừa Covid-19 mũi 1 đạt 60,65%, mũi 2 đạt 15,44%.

Nhân viên y tế lấy mẫu xét nghiệm tại TP\u00a0Bạc Liêu. Ảnh: Hoàng Nam

Dịp này, Tỉnh ủy, UBND tỉnh Bình Dương hỗ trợ tỉnh Bạc Liêu 3 tỉ đồng, 15 máy thở, \
100 máy tạo ô xy để phòng, chống dịch.

Số ca mắc mới theo địa phương ngày 31/10:

Địa phương | Ca mới | Tổng số ca
TP Bạc Liêu | 161 | 1.205
Huyện Hòa Bình | 87 | 402
Thị xã Giá Rai | 55 | 311

Các biện pháp tỉnh áp dụng:

- Xét nghiệm diện rộng tại các xã có ca trong cộng đồng;
- Lập trạm y tế lưu động & tổ Covid cộng đồng.

Hoàng Nam"""

# Written for these tests: a short bulletin, as Notepad or Word would save it.
BULLETIN = (
    "Bản tin sáng 5/11 của Sở Y tế Bạc Liêu.\r\n\r\n"
    "Tổng số ca khỏi bệnh, ra viện lũy kế: 1.791 người.\r\n"
)


def _cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258 as legacy editors wrote it: â ê ô ă ơ ư đ are letters of
    the code page, the five tones are combining marks after them."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        out += (letter + "".join(tones)).encode("cp1258")
    return bytes(out)


def _page(head: str = "", body: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


# ---------------------------------------------------------------- saved web pages


def test_a_vnexpress_like_page_reads_as_its_article_without_menus_scripts_or_related_news():
    page = read_saved_page(VNEXPRESS, "Bạc Liêu ghi nhận thêm 414 ca.html", "text/html")
    assert page.is_html
    assert page.text == VNEXPRESS_TEXT
    for junk in (
        "Thời sự",
        "Tìm kiếm",
        "9.999",
        "7.777",
        "8888",
        "Tin liên quan",
        "321 ca",
        "5.555",
        "6.666",
        "Lên đầu trang",
        "Chia sẻ",
        "giấy phép",
        "<",
        "googletag",
    ):
        assert junk not in page.text, junk


def test_the_page_says_its_title_date_and_address():
    page = read_saved_page(VNEXPRESS, "page.html")
    assert page.title == "Bạc Liêu ghi nhận thêm 414 ca Covid-19, Bình Dương hỗ trợ máy thở"
    # article:published_time, not the later pubdate meta nor the header's "today"
    assert page.published == dt.date(2021, 10, 31)
    assert page.url == (
        "https://vnexpress.net/bac-lieu-ghi-nhan-them-414-ca-covid-19-binh-duong-ho-tro-4380000.html"
    )


META_CASES = {
    "og:title over <title>": (
        '<title>Tin - VnExpress</title><meta property="og:title" content="Tin Bạc Liêu">',
        "",
        ("Tin Bạc Liêu", None, ""),
    ),
    "<title> with its site suffix": (
        "<title> Tin  Bạc Liêu - VnExpress </title>",
        "",
        ("Tin Bạc Liêu - VnExpress", None, ""),
    ),
    "published_time with a zone, over datePublished": (
        '<meta property="article:published_time" content="2021-10-31T23:30:00-05:00">'
        '<meta itemprop="datePublished" content="2021-11-01">',
        "",
        ("", dt.date(2021, 10, 31), ""),
    ),
    "datePublished over pubdate": (
        '<meta name="pubdate" content="2021-11-02">',
        '<time itemprop="datePublished" datetime="2021-11-01T07:00:00Z">1/11</time><p>x</p>',
        ("", dt.date(2021, 11, 1), ""),
    ),
    "pubdate written the Vietnamese way": (
        '<meta name="pubdate" content="31/10/2021 08:15">',
        "<p>x</p>",
        ("", dt.date(2021, 10, 31), ""),
    ),
    "<time> of the article, not of the menu": (
        "",
        '<nav><time datetime="2021-12-01">hôm nay</time></nav>'
        '<article><time datetime="2021-10-30T06:00+07:00">30/10</time><p>Bài viết dài.</p>'
        "</article>",
        ("", dt.date(2021, 10, 30), ""),
    ),
    "a date that is no date is passed over": (
        '<meta property="article:published_time" content="hôm qua">'
        '<meta name="pubdate" content="2021-02-30">',
        '<p><time datetime="2021-10-29">29/10</time> Bài.</p>',
        ("", dt.date(2021, 10, 29), ""),
    ),
    "og:url over canonical": (
        '<link rel="canonical" href="https://a.vn/2"><meta property="og:url" '
        'content="https://a.vn/1">',
        "",
        ("", None, "https://a.vn/1"),
    ),
    "canonical when og:url is relative": (
        '<meta property="og:url" content="/tin/1"><link rel="alternate canonical" '
        'href="https://a.vn/tin/1">',
        "",
        ("", None, "https://a.vn/tin/1"),
    ),
}


@pytest.mark.parametrize("head, body, expected", META_CASES.values(), ids=META_CASES.keys())
def test_metadata_precedence(head, body, expected):
    page = read_saved_page(_page(head, body or "<p>Bài viết.</p>"), "a.html")
    assert (page.title, page.published, page.url) == expected


def test_an_article_body_is_preferred_and_a_teaser_card_is_not_the_article():
    body = (
        "<div class=menu>Trang chủ</div>"
        '<div itemprop="articleBody"><p>Bạc Liêu ghi nhận 414 ca.</p></div>'
        "<article><p>Tin khác rất dài " + "x " * 50 + "</p></article>"
    )
    assert read_saved_page(_page(body=body), "a.htm").text == "Bạc Liêu ghi nhận 414 ca."
    # The only <article> is a small card beside the real text: the body is read instead.
    body = (
        "<div><p>Sáng 31/10, Bạc Liêu ghi nhận 414 ca dương tính, nâng tổng số lên 2.828 ca"
        " trên địa bàn tỉnh, trong đó 26 ca tử vong.</p></div>"
        "<article><a>Cà Mau: 321 ca</a></article>"
    )
    text = read_saved_page(_page(body=body), "a.html").text
    assert text.startswith("Sáng 31/10") and "Cà Mau: 321 ca" in text


def test_blocks_end_lines_and_entities_are_decoded():
    body = (
        "<div>Một<br>Hai<br/>Ba</div><h2>Tiêu&nbsp;đề &amp; số&#160;liệu</h2>"
        "<ol><li>Mục <b>một</b></li><li><p>Mục hai</p></li></ol>"
        "<p>\n   nhiều    khoảng\ttrắng\n</p><p></p><p> </p><p>&nbsp;</p>"
        "<blockquote>Trích dẫn</blockquote>"
        "<table><tr><th>A</th><td>1<br>2</td></tr></table>"
        "<p hidden>ẩn</p><template><p>mẫu</p></template><p>Hết &lt;p&gt;</p>"
    )
    assert read_saved_page(_page(body=body), "a.html").text == (
        "Một\nHai\nBa\n\nTiêu\u00a0đề & số\u00a0liệu\n\n- Mục một\n- Mục hai\n\n"
        "nhiều khoảng trắng\n\nTrích dẫn\n\nA | 1 2\n\nHết <p>"
    )


def test_a_page_whose_text_is_drawn_by_scripts_is_refused():
    page = _page("<title>Ứng dụng</title>", '<div id="app"></div><script>render()</script>')
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(page, "app.html")
    assert refused.value.problem == PageProblem.NO_TEXT


@pytest.mark.parametrize(
    "data, name, content_type, expected",
    [
        (b"<p>x</p>", "bai.HTM", "", True),
        (b"<p>x</p>", "bai.xhtml", "", True),
        (b"<p>x</p>", "upload", "text/html; charset=utf-8", True),
        (b"  <!doctype HTML><p>x</p>", "", "application/octet-stream", True),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "", "", True),
        (b"<!-- saved from url=(0022)https://a.vn/ -->\n<html>", "bai", "", True),
        (codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le"), "", "", True),
        (b"<html><p>a .txt file is text</p></html>", "bai.txt", "text/html", False),
        (b"Bac Lieu <b>414</b> ca", "bai", "text/plain", False),
    ],
)
def test_what_counts_as_a_web_page(data, name, content_type, expected):
    assert is_html(data, name, content_type) is expected


# ---------------------------------------------------------------- decoding


def test_a_plain_text_file_passes_through_unchanged():
    text = "Bạc Liêu <b>ghi nhận</b> 414 ca.\u00a0 \n\n\n\t- 2.828 ca  \r\n"
    page = read_saved_page(text.encode(), "bai.txt", "text/plain")
    assert (page.text, page.title, page.published, page.url) == (text, "", None, "")
    assert not page.is_html


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_unicode_text_export_is_read(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    page = read_saved_page(bom + BULLETIN.encode(codec), "ban-tin.txt")
    assert page.text == BULLETIN
    assert page.encoding == codec


def test_a_utf8_bom_is_not_part_of_the_text():
    page = read_saved_page(codecs.BOM_UTF8 + BULLETIN.encode(), "ban-tin.txt")
    assert page.text == BULLETIN


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1258">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    ],
)
def test_a_page_declared_windows_1258_is_read_in_that_charset(declaration):
    html = (
        f"<html><head>{declaration}<title>Bạc Liêu ghi nhận 414 ca</title></head>"
        "<body><p>Tổng số ca nhiễm lên 2.828 ca; Bình Dương hỗ trợ 15 máy thở.</p></body></html>"
    )
    data = _cp1258(html)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    page = read_saved_page(data, "bai.htm")
    assert page.encoding == "cp1258"
    assert page.title == "Bạc Liêu ghi nhận 414 ca"
    assert page.text == "Tổng số ca nhiễm lên 2.828 ca; Bình Dương hỗ trợ 15 máy thở."


def test_a_text_file_not_in_utf8_is_refused_not_mangled():
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(_cp1258(BULLETIN), "ban-tin.txt", "text/plain")
    assert refused.value.problem == PageProblem.UNKNOWN_ENCODING


def test_a_page_in_a_charset_other_than_it_declares_is_refused():
    html = '<html><head><meta charset="utf-8"></head><body><p>Bạc Liêu</p></body></html>'
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(_cp1258(html), "bai.html")
    assert (refused.value.problem, refused.value.charset) == (PageProblem.WRONG_CHARSET, "utf-8")
    html = '<html><head><meta charset="TCVN3"></head><body><p>B\xb9c Li\xaau</p></body></html>'
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(html.encode("latin-1"), "bai.html")
    assert (refused.value.problem, refused.value.charset) == (
        PageProblem.UNSUPPORTED_CHARSET,
        "TCVN3",
    )
    html = '<html><head><meta charset="shift_jis"></head><body><p>\x82\xff</p></body></html>'
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(html.encode("latin-1"), "bai.html")
    assert (refused.value.problem, refused.value.charset) == (
        PageProblem.WRONG_CHARSET,
        "shift_jis",
    )


def test_utf16_without_its_bom_or_a_binary_file_is_refused():
    for data in (BULLETIN.encode("utf-16-le"), b"PK\x03\x04\x14\x00\x00\x00word/document.xml"):
        with pytest.raises(UnreadablePage) as refused:
            read_saved_page(data, "bai.txt")
        assert refused.value.problem == PageProblem.NOT_TEXT


def test_a_file_over_the_limit_is_refused_before_it_is_read():
    with pytest.raises(UnreadablePage) as refused:
        read_saved_page(b"\xff" * (MAX_BYTES + 1), "lon.html")
    assert refused.value.problem == PageProblem.TOO_LARGE
    assert read_saved_page(b"a" * MAX_BYTES, "vua.txt").text == "a" * MAX_BYTES


def _page_with_lead(description: str, lead_inside: bool = False) -> bytes:
    lead = "<p>Sáng 2/11, Bạc Liêu ghi nhận 312 ca mắc mới, trong đó 40 ca cộng đồng.</p>"
    return f"""<!doctype html><html><head>
<meta name="description" content="{description}"></head><body>
<nav><a href="/">Trang chủ</a></nav>
<h1>Bạc Liêu thêm 312 ca</h1>
{"" if lead_inside else '<p class="description">' + description + "</p>"}
<article class="fck_detail">{lead if lead_inside else ""}
<p>Trong đó, TP Bạc Liêu có 120 ca, huyện Hòa Bình 60 ca, các địa phương khác 132 ca. Tỉnh
đang điều trị 2.099 bệnh nhân tại các cơ sở thu dung và tại nhà.</p></article>
<footer>Bản quyền</footer></body></html>""".encode()


def test_the_lead_laid_out_above_the_article_is_kept_from_the_pages_description():
    description = "Sáng 2/11, Bạc Liêu ghi nhận 312 ca mắc mới, trong đó 40 ca cộng đồng."
    text = read_saved_page(_page_with_lead(description), "bai.html").text
    assert text.startswith(description + "\n\nTrong đó, TP Bạc Liêu có 120 ca")
    assert "Trang chủ" not in text and "Bản quyền" not in text


def test_a_description_the_article_already_holds_or_a_cut_teaser_is_not_added():
    held = "Sáng 2/11, Bạc Liêu ghi nhận 312 ca mắc mới, trong đó 40 ca cộng đồng."
    text = read_saved_page(_page_with_lead(held, lead_inside=True), "bai.html").text
    assert text.count("312 ca mắc mới") == 1
    cut = "Sáng 2/11, Bạc Liêu ghi nhận 312 ca mắc mới, trong đó 40 ca cộng đồng, tỉnh..."
    assert not read_saved_page(_page_with_lead(cut), "bai.html").text.startswith("Sáng 2/11")
