"""Reading a report file into text (gwr.data.draft.reading): every format, and every refusal.

Every fixture is built here in tmp_path; the PDFs are printed by Chromium from HTML.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import docx
import pytest
from documents import encrypted_copy, peak_memory, print_pdf, zip_with_zeros
from PIL import Image
from pypdf import PdfWriter

from gwr.data.draft import reading
from gwr.data.draft.reading import InputError, check_language, read

# Made up for these tests in the style of a county government work report: not the words or the
# figures of any real report.
MADE_UP = (
    "（虚构示例）政府工作报告\n"
    "2024年，全县实现地区生产总值218.6亿元，增长6.5%；一般公共预算收入12.3亿元。\n"
    "城乡居民人均可支配收入分别达到41250元和19860元，分别增长5.2%和7.1%。\n"
    "\n"
    "新建改建农村公路86公里，新增城镇就业3200人。"
)
FIGURES = ("2024", "218.6", "6.5%", "12.3", "41250", "19860", "5.2%", "7.1%", "86", "3200")
SECOND_PAGE = "（虚构示例）2025年，全县地区生产总值预期增长6%左右。"

HTML_TEXT = (
    "（虚构示例）政府工作报告\n"
    "2024年，全县实现地区生产总值218.6亿元，增长6.5%；一般公共预算收入12.3亿元。\n"
    "城乡居民人均可支配收入分别达到41250元和19860元，\n"
    "分别增长5.2%和7.1%。\n"
    "指标\n"
    "2024年\n"
    "地区生产总值\n"
    "218.6亿元"
)
DOCX_TEXT = (
    "（虚构示例）政府工作报告\n"
    "2024年，全县实现地区生产总值218.6亿元，增长6.5%；一般公共预算收入12.3亿元。\n"
    "城乡居民人均可支配收入分别达到41250元和19860元，\n"
    "分别增长5.2%和7.1%。\n"
    "主要指标\n"
    "地区生产总值\n"
    "218.6亿元\n"
    "新增城镇就业\n"
    "3200人\n"
    "新建改建农村公路86公里。"
)

NOT_FOUND = "missing.txt was not found; check the file's name and folder."
FOLDER = "reports cannot be read (it is a folder); choose the report file itself."
EMPTY = "empty.txt is empty (0 bytes); choose the file that holds the report."
BLANK = "blank.txt holds no text; choose the file that holds the report."
TOO_LARGE = (
    "big.txt is 200.0 MB, over the 50 MB limit; a work report is far smaller, so check that this is the right file."
)
NOT_A_DOCUMENT = "{name} is not a text, PDF, Word or HTML document; supply the report as .txt, .pdf, .docx or .html."
OLD_WORD = "report.doc is an old Word or WPS file (.doc, .wps), which this tool does not read; save it as .docx or as text and try again."
NOT_DECODABLE = "latin.txt is neither UTF-8 nor GB18030 (GBK) text; save it as UTF-8 and try again."
ENCRYPTED = (
    "locked.pdf is encrypted with a password; save a copy without the password, or a text or Word copy, and try again."
)
SCANNED = "scan.pdf holds no text layer, so it is probably a scan; this tool does not do OCR, so supply a text (.txt) or Word (.docx) copy."
DAMAGED_PDF = "{name} is a damaged or incomplete PDF; download it again or supply a text or Word copy."
TOO_MANY_PAGES = "long.pdf has 501 pages, over the 500-page limit; a work report is far shorter, so check that this is the right file."
TOO_SLOW = "slow.pdf took over 0 seconds to read and was stopped at page 1 of 2; supply a text or Word copy instead."
DAMAGED_WORD = "{name} is a damaged Word (.docx) or zip file; open it in Word, save it again and try again."
ZIP_MEMBERS = "many.docx holds 2001 files inside, over the 2,000 a Word document needs; it may be a zip bomb, so it was not opened."
ZIP_SIZE = "bomb.docx would unpack to 300.0 MB, over the 100 MB limit; it may be a zip bomb, so it was not opened."
ZIP_RATIO = "dense.docx holds a part (word/media/zeros.bin) compressed over 200 to 1, far beyond a real Word document; it may be a zip bomb, so it was not opened."
OTHER_LANGUAGE = "{name} is in another language: only {share} % of its letters are Chinese characters. This tool reads Chinese government work reports; supply the report in Chinese."

ENGLISH = "In 2024 the county's gross domestic product reached 21.86 billion yuan, up 6.5 per cent.\n" * 20
RUSSIAN = "В 2024 году валовой региональный продукт уезда достиг 21,86 млрд юаней, рост 6,5 %.\n" * 20
MB = 1024 * 1024


def refusal(path: Path) -> str:
    """The message read() gives for path; the test fails unless it raises InputError."""
    with pytest.raises(InputError) as caught:
        read(path)
    assert type(caught.value) is InputError
    return str(caught.value)


def squashed(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    """The made-up report printed by Chromium on two pages."""
    paragraphs = "".join(f"<p>{line}</p>" for line in MADE_UP.split("\n") if line)
    return print_pdf(f'{paragraphs}<p style="break-before: page">{SECOND_PAGE}</p>')


def write_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("（虚构示例）政府工作报告")
    document.add_paragraph("\u3000\u30002024年，全县实现地区生产总值218.6亿元，增长6.5%；一般公共预算收入12.3亿元。")
    document.add_paragraph(
        "城乡居民人均可支配收入分别达到41250元和19860元，\n分别增长5.2%和7.1%。"
    )  # a soft line break
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "主要指标"  # one cell spanning two columns, read once
    table.cell(1, 0).text = "地区生产总值"
    table.cell(1, 1).text = "218.6亿元"
    table.cell(2, 0).text = "新增城镇就业"
    table.cell(2, 1).text = "3200人"
    document.add_paragraph("新建改建农村公路86公里。")
    document.save(str(path))


# Text files


@pytest.mark.parametrize(
    ("encoding", "newline"), [("utf-8", "\n"), ("utf-8-sig", "\n"), ("gb18030", "\r\n"), ("utf-16", "\r\n")]
)
def test_text_file_is_read_line_for_line(tmp_path, encoding, newline):
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(MADE_UP.replace("\n", newline).encode(encoding))
    source = read(path)
    assert source.text == MADE_UP
    assert (source.kind, source.paragraphs_native, source.pages) == ("txt", False, None)
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.path == path


def test_look_alike_radicals_become_ideographs(tmp_path):
    path = tmp_path / "radicals.txt"
    path.write_text("（虚构示例）全县地区⽣产总值增⻓6.5%，城乡居⺠收⼊增⻓5.2%。", encoding="utf-8")
    assert read(path).text == "（虚构示例）全县地区生产总值增长6.5%，城乡居民收入增长5.2%。"


def test_a_passage_is_checked_for_language():
    check_language(MADE_UP, "the passage")
    with pytest.raises(InputError) as caught:
        check_language("GDP reached 21.86 billion yuan（虚构）, up 6.5 per cent.", "the passage")
    assert str(caught.value) == OTHER_LANGUAGE.format(name="the passage", share=6)


@pytest.mark.parametrize(("name", "text", "share"), [("english.txt", ENGLISH, 0), ("russian.txt", RUSSIAN, 0)])
def test_text_in_another_language_is_refused(tmp_path, name, text, share):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert refusal(path) == OTHER_LANGUAGE.format(name=name, share=share)


def test_text_in_neither_encoding_is_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Rapport 2024: croissance de 6,5 %, café\n".encode("latin-1"))
    assert refusal(path) == NOT_DECODABLE


# PDF


def test_pdf_is_read_page_by_page(tmp_path, report_pdf):
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf)
    source = read(path)
    assert (source.kind, source.paragraphs_native, source.pages) == ("pdf", False, 2)
    text = squashed(source.text)
    for figure in FIGURES:
        assert figure in text
    assert squashed(SECOND_PAGE) in text
    assert "生产总值" in text and "增长" in text  # the fonts' look-alike radicals were mapped back
    assert source.text.index("3200人") < source.text.index("2025年")


def test_kind_comes_from_the_content_not_the_suffix(tmp_path, report_pdf):
    path = tmp_path / "report.txt"
    path.write_bytes(report_pdf)
    assert read(path).kind == "pdf"


def test_pdf_with_a_password_is_refused(tmp_path, report_pdf):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_copy(report_pdf, "secret", "owner", "AES-128"))
    assert refusal(path) == ENCRYPTED


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_pdf_with_only_an_owner_password_is_read(tmp_path, report_pdf, algorithm):
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypted_copy(report_pdf, "", "owner", algorithm))
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(report_pdf)
    assert read(path).text == read(plain).text


def test_scanned_pdf_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(path)
    assert refusal(path) == SCANNED


def test_truncated_pdf_is_refused(tmp_path, report_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(report_pdf[: len(report_pdf) // 2])
    assert refusal(path) == DAMAGED_PDF.format(name="cut.pdf")


def test_malformed_pdf_is_refused(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    assert refusal(path) == DAMAGED_PDF.format(name="broken.pdf")


def test_pdf_over_the_page_limit_is_refused(tmp_path):
    writer = PdfWriter()
    for _ in range(501):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "long.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert refusal(path) == TOO_MANY_PAGES


def test_pdf_reading_stops_at_the_time_limit(tmp_path, report_pdf, monkeypatch):
    monkeypatch.setattr(reading, "PDF_SECONDS", 0.0)
    path = tmp_path / "slow.pdf"
    path.write_bytes(report_pdf)
    assert refusal(path) == TOO_SLOW


# HTML

GBK_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>政府工作报告</title>
<script>var total = "9999亿元";</script><style>p { text-indent: 2em; }</style></head>
<body>
<nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a> 2023年</nav>
<header>某县人民政府门户网站</header>
<div class="side"><p>相关链接：2022年报告</p></div>
<div class="article">
<h1>（虚构示例）政府工作报告</h1>
<p>&nbsp;&nbsp;\u3000\u30002024年，全县实现地区生产总值218.6亿元，增长6.5%；一般公共预算收入12.3亿元。</p>
<p>\u3000\u3000城乡居民人均可支配收入分别达到41250元和19860元，<br>分别增长5.2%和7.1%。</p>
<table><tr><td>指标</td><td>2024年</td></tr><tr><td>地区生产总值</td><td>218.6亿元</td></tr></table>
</div>
<footer>版权所有 某县人民政府 2025年</footer>
</body></html>
"""


def test_html_page_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(GBK_PAGE.encode("gbk"))
    source = read(path)
    assert source.text == HTML_TEXT
    assert (source.kind, source.paragraphs_native, source.pages) == ("html", True, None)
    assert "9999" not in source.text and "首页" not in source.text and "版权" not in source.text


def test_utf8_page_with_a_stale_gbk_declaration_is_read(tmp_path):
    path = tmp_path / "report.htm"
    path.write_bytes(GBK_PAGE.encode("utf-8"))
    assert read(path).text == HTML_TEXT


def test_html_fragment_is_known_by_its_suffix_and_markup(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text("<p>（虚构示例）2024年，全县实现地区生产总值218.6亿元。</p><p>增长6.5%。</p>", encoding="utf-8")
    source = read(path)
    assert (source.kind, source.text) == ("html", "（虚构示例）2024年，全县实现地区生产总值218.6亿元。\n增长6.5%。")


# Word


def test_word_document_is_read_with_its_table(tmp_path):
    path = tmp_path / "report.docx"
    write_docx(path)
    source = read(path)
    assert source.text == DOCX_TEXT
    assert (source.kind, source.paragraphs_native, source.pages) == ("docx", True, None)


def test_zip_bomb_is_refused_quickly_in_little_memory(tmp_path):
    path = tmp_path / "bomb.docx"
    zip_with_zeros(path, "word/media/zeros.bin", 300 * MB)
    message, peak = peak_memory(lambda: refusal(path))
    assert message == ZIP_SIZE
    assert peak < 50 * MB  # never unpacked


def test_zip_member_compressed_beyond_reason_is_refused(tmp_path):
    path = tmp_path / "dense.docx"
    zip_with_zeros(path, "word/media/zeros.bin", 50 * MB)
    assert refusal(path) == ZIP_RATIO


def test_zip_with_too_many_members_is_refused(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(2000):
            archive.writestr(f"word/media/{number}.txt", "")
    assert refusal(path) == ZIP_MEMBERS


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cut.docx", b"PK\x03\x04" + bytes(range(256)) * 8),
        ("hollow.docx", None),  # a sound zip with a document part but no Word package around it
    ],
)
def test_damaged_word_file_is_refused(tmp_path, name, content):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    else:
        path.write_bytes(content)
    assert refusal(path) == DAMAGED_WORD.format(name=name)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "tables.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data.csv", "year,gdp\n2024,218.6\n")
    assert refusal(path) == NOT_A_DOCUMENT.format(name="tables.zip")


def test_old_word_file_is_refused(tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert refusal(path) == OLD_WORD


# Files that are not reports


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        out.truncate(200 * MB)
    message, peak = peak_memory(lambda: refusal(path))
    assert message == TOO_LARGE
    assert peak < 50 * MB  # never read


def test_empty_and_blank_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.touch()
    blank = tmp_path / "blank.txt"
    blank.write_text("\u3000\n  \r\n", encoding="utf-8")
    assert refusal(empty) == EMPTY
    assert refusal(blank) == BLANK


def test_binary_files_are_refused(tmp_path):
    noise = tmp_path / "noise.txt"
    noise.write_bytes(os.urandom(64 * 1024))
    picture = tmp_path / "picture.txt"
    Image.new("RGB", (64, 64), "red").save(picture, format="PNG")
    rtf = tmp_path / "report.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi 2024 GDP 218.6}")
    for path in (noise, picture, rtf):
        assert refusal(path) == NOT_A_DOCUMENT.format(name=path.name)


def test_missing_file_and_folder_are_refused(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    assert refusal(tmp_path / "missing.txt") == NOT_FOUND
    assert refusal(folder) == FOLDER
