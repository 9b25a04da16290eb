"""Reading a government work report from a file into plain text.

The drafting tool finds every number in a new report, so it first needs the report's text from
whatever file a person hands it: plain text, PDF, Word (.docx) or a saved web page. The format is
sniffed from the bytes, never taken from the suffix alone. Anything this module cannot read well is
refused with an InputError of one or two sentences that name the file, say what is wrong and what
to do. Time and memory are bounded: the size is checked before the file is read, a Word file's zip
directory before anything is unpacked, and a PDF is read page by page against a page and time budget.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import docx
from bs4 import BeautifulSoup
from lxml import etree
from pypdf import PasswordType, PdfReader

MB = 1024 * 1024
MAX_BYTES = 50 * MB
MAX_PAGES = 500
PDF_SECONDS = 120.0
ZIP_MAX_MEMBERS = 2_000
ZIP_MAX_BYTES = 100 * MB
ZIP_MAX_RATIO = 200
# A part this small cannot hurt however well it compresses; the ratio test is for the large ones.
ZIP_RATIO_FLOOR = 1 * MB
CHINESE_SHARE = 0.30

# Messages for a person. {name} is the file's name, never its full path.
NOT_FOUND = "{name} was not found; check the file's name and folder."
NOT_READABLE = "{name} cannot be read ({reason}); choose the report file itself."
EMPTY = "{name} is empty (0 bytes); choose the file that holds the report."
TOO_LARGE = "{name} is {size:.1f} MB, over the {limit} MB limit; a work report is far smaller, so check that this is the right file."
NOT_A_DOCUMENT = "{name} is not a text, PDF, Word or HTML document; supply the report as .txt, .pdf, .docx or .html."
OLD_WORD = "{name} is an old Word or WPS file (.doc, .wps), which this tool does not read; save it as .docx or as text and try again."
NOT_DECODABLE = "{name} is neither UTF-8 nor GB18030 (GBK) text; save it as UTF-8 and try again."
NO_TEXT = "{name} holds no text; choose the file that holds the report."
PDF_ENCRYPTED = (
    "{name} is encrypted with a password; save a copy without the password, or a text or Word copy, and try again."
)
PDF_SCANNED = "{name} holds no text layer, so it is probably a scan; this tool does not do OCR, so supply a text (.txt) or Word (.docx) copy."
PDF_DAMAGED = "{name} is a damaged or incomplete PDF; download it again or supply a text or Word copy."
PDF_TOO_MANY_PAGES = "{name} has {pages} pages, over the {limit}-page limit; a work report is far shorter, so check that this is the right file."
PDF_TOO_SLOW = "{name} took over {seconds:.0f} seconds to read and was stopped at page {page} of {pages}; supply a text or Word copy instead."
WORD_DAMAGED = "{name} is a damaged Word (.docx) or zip file; open it in Word, save it again and try again."
ZIP_TOO_MANY_MEMBERS = "{name} holds {count} files inside, over the {limit} a Word document needs; it may be a zip bomb, so it was not opened."
ZIP_TOO_LARGE = (
    "{name} would unpack to {size:.1f} MB, over the {limit} MB limit; it may be a zip bomb, so it was not opened."
)
ZIP_TOO_COMPRESSED = "{name} holds a part ({member}) compressed over {limit} to 1, far beyond a real Word document; it may be a zip bomb, so it was not opened."
OTHER_LANGUAGE = "{name} is in another language: only {share} % of its letters are Chinese characters. This tool reads Chinese government work reports; supply the report in Chinese."


class InputError(Exception):
    """A file the tool cannot read; the message says which, why, and what to do."""


@dataclass(frozen=True)
class Source:
    path: Path
    kind: str  # "txt" | "pdf" | "html" | "docx"
    # txt and pdf: one line per line of the original (a PDF's layout lines); html and docx: one
    # line per paragraph.
    text: str
    paragraphs_native: bool  # True when each line is a paragraph (html, docx)
    sha256: str  # of the file's bytes
    pages: int | None  # PDF page count


def read(path: Path) -> Source:
    """The report in the file at path as text; InputError for anything that cannot be read well."""
    path = Path(path)
    data = _read_bytes(path)
    kind = _sniff(data, path)
    pages = None
    if kind == "pdf":
        text, pages = _pdf_text(data, path)
    elif kind == "docx":
        text = _docx_text(data, path)
    elif kind == "html":
        text = _html_text(data)
    else:
        text = _txt_text(data, path)
    text = _clean(text)
    if kind == "pdf":
        text = text.translate(_PDF_TWINS)
    if not text.strip():
        raise _error(NO_TEXT, path)
    check_language(text, path.name)
    return Source(path, kind, text, kind in ("html", "docx"), hashlib.sha256(data).hexdigest(), pages)


_LETTER = re.compile(r"[^\W\d_]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def check_language(text: str, name: str) -> None:
    """Refuse a text in which fewer than CHINESE_SHARE of the letters are Chinese characters."""
    _, letters = _LETTER.subn("", text)
    _, chinese = _CJK.subn("", text)
    share = chinese / letters if letters else 0.0
    if share < CHINESE_SHARE:
        raise InputError(OTHER_LANGUAGE.format(name=name, share=int(share * 100)))


def _error(template: str, path: Path, **values: object) -> InputError:
    return InputError(template.format(name=path.name, **values))


def _read_bytes(path: Path) -> bytes:
    try:
        status = path.stat()
    except FileNotFoundError:
        raise _error(NOT_FOUND, path) from None
    except OSError as exc:
        raise _error(NOT_READABLE, path, reason=exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(status.st_mode):
        reason = "it is a folder" if stat.S_ISDIR(status.st_mode) else "it is not a regular file"
        raise _error(NOT_READABLE, path, reason=reason)
    if status.st_size > MAX_BYTES:
        raise _error(TOO_LARGE, path, size=status.st_size / MB, limit=MAX_BYTES // MB)
    if status.st_size == 0:
        raise _error(EMPTY, path)
    try:
        with path.open("rb") as file:
            # read(n) allocates n bytes up front: ask for what stat found, plus one to see growth.
            data = file.read(status.st_size + 1)
    except OSError as exc:
        raise _error(NOT_READABLE, path, reason=exc.strerror or type(exc).__name__) from None
    if len(data) > status.st_size:  # the file grew after stat: it is being written
        raise _error(NOT_READABLE, path, reason="it is still being written")
    if not data:
        raise _error(EMPTY, path)
    return data


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and WPS documents
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(rb"<(?:html|head|body|meta|title|p|div|span|br|table|h[1-6])[\s/>]", re.IGNORECASE)
_HTML_SUFFIXES = {".htm", ".html", ".shtml", ".xhtml"}
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL:
# no UTF-8 or GB18030 text holds them, every binary format is full of them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def _sniff(data: bytes, path: Path) -> str:
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        _check_zip(data, path)
        return "docx"
    if head.startswith(_OLE):
        if path.suffix.lower() in {".doc", ".dot", ".wps", ".wpt"}:
            raise _error(OLD_WORD, path)
        raise _error(NOT_A_DOCUMENT, path)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "txt"
    if head.startswith(b"{\\rtf") or len(data) - len(data.translate(None, _CONTROL_BYTES)) > len(data) // 100:
        raise _error(NOT_A_DOCUMENT, path)
    if _HTML_START.search(head) or (path.suffix.lower() in _HTML_SUFFIXES and _HTML_TAG.search(head)):
        return "html"
    return "txt"


def _check_zip(data: bytes, path: Path) -> None:
    """Refuse a damaged zip, a zip bomb, or a zip that is not a Word document, before unpacking."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _error(WORD_DAMAGED, path) from None
    if len(members) > ZIP_MAX_MEMBERS:
        raise _error(ZIP_TOO_MANY_MEMBERS, path, count=len(members), limit=f"{ZIP_MAX_MEMBERS:,}")
    unpacked = sum(member.file_size for member in members)
    if unpacked > ZIP_MAX_BYTES:
        raise _error(ZIP_TOO_LARGE, path, size=unpacked / MB, limit=ZIP_MAX_BYTES // MB)
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > ZIP_RATIO_FLOOR and ratio > ZIP_MAX_RATIO:
            raise _error(ZIP_TOO_COMPRESSED, path, member=member.filename[:80], limit=ZIP_MAX_RATIO)
    if "word/document.xml" not in {member.filename for member in members}:
        raise _error(NOT_A_DOCUMENT, path)


def _txt_text(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codecs_to_try = ("utf-16",)
    else:
        # Chinese government sites and Windows tools still write GBK; GB18030 is its superset.
        codecs_to_try = ("utf-8-sig", "gb18030")
    for codec in codecs_to_try:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise _error(NOT_DECODABLE, path)


# PDF fonts often map glyphs to the look-alike radicals rather than the ideographs (⽣ for 生, ⻓ for
# 长). NFKC maps the Kangxi radicals and compatibility ideographs back; the CJK Radicals Supplement
# has no decomposition, so it is mapped by Unicode's EquivalentUnifiedIdeograph.txt (UCD 15.0).
_RADICALS = str.maketrans(
    "⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳",
    "厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑𫜹忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟",
)
# Glyphs a PDF font shares between a simplified character and its traditional or typographic twin come
# back as the twin (Noto CJK's 户 extracts as 戶); a mainland report writes neither twin.
_PDF_TWINS = str.maketrans({"戶": "户", "⸺": "——", "⸻": "———"})
_COMPATIBLE = re.compile(r"[\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_RADICALS)
    return _COMPATIBLE.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)


def _pdf_text(data: bytes, path: Path) -> tuple[str, int]:
    if b"%%EOF" not in data[-1024:]:  # cut off: pypdf would rebuild what it can and say nothing
        raise _error(PDF_DAMAGED, path)
    # pypdf raises many kinds of exception on a malformed file (its own, KeyError, ValueError,
    # zlib.error, RecursionError ...); every one of them means the same thing to the reader.
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise _error(PDF_ENCRYPTED, path)
        pages = len(reader.pages)
    except InputError:
        raise
    except Exception:
        raise _error(PDF_ENCRYPTED if b"/Encrypt" in data else PDF_DAMAGED, path) from None
    if pages == 0:
        raise _error(PDF_DAMAGED, path)
    if pages > MAX_PAGES:
        raise _error(PDF_TOO_MANY_PAGES, path, pages=pages, limit=MAX_PAGES)
    deadline = time.monotonic() + PDF_SECONDS
    texts = []
    for number in range(1, pages + 1):
        try:
            texts.append(reader.pages[number - 1].extract_text())
        except Exception:
            raise _error(PDF_DAMAGED, path) from None
        if number < pages and time.monotonic() > deadline:
            raise _error(PDF_TOO_SLOW, path, seconds=PDF_SECONDS, page=number, pages=pages)
    text = "\n".join(texts)
    if not _LETTER.search(text):
        raise _error(PDF_SCANNED, path)
    return text, pages


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BLOCK_CONTAINERS = {f"{{{_W}}}{tag}" for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml")}
# A paragraph's own text in order: text, tabs and breaks of its runs, but not text boxes anchored in
# it, the fallback copy of alternate content, or text moved away or deleted in tracked changes.
_PARAGRAPH_PIECES = etree.XPath(
    "(.//w:r/w:t | .//w:r/w:tab | .//w:r/w:br | .//w:r/w:cr | .//w:r/w:noBreakHyphen)"
    "[not(ancestor::w:txbxContent or ancestor::mc:Fallback or ancestor::w:del or ancestor::w:moveFrom)]",
    namespaces={"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"},
)
_PIECE_TEXT = {f"{{{_W}}}tab": "\t", f"{{{_W}}}br": "\n", f"{{{_W}}}cr": "\n", f"{{{_W}}}noBreakHyphen": "-"}


def _docx_text(data: bytes, path: Path) -> str:
    try:
        body = docx.Document(BytesIO(data)).element.body
        paragraphs = list(_docx_paragraphs(body))
    except Exception:  # python-docx and lxml raise many kinds on a broken package
        raise _error(WORD_DAMAGED, path) from None
    # A line break inside a paragraph (Shift+Enter) separates lines as a paragraph break does.
    lines = (line.strip() for paragraph in paragraphs for line in paragraph.split("\n"))
    return "\n".join(line for line in lines if line)


def _docx_paragraphs(element: etree._Element) -> Iterator[str]:
    """Each paragraph's text in document order, table cells and content controls included."""
    for child in element.iterchildren():
        if child.tag == f"{{{_W}}}p":
            yield "".join(
                (piece.text or "") if piece.tag == f"{{{_W}}}t" else _PIECE_TEXT[piece.tag]
                for piece in _PARAGRAPH_PIECES(child)
            )
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _docx_paragraphs(child)


_DROPPED = ["script", "style", "nav", "header", "footer", "noscript", "template", "iframe"]
_BLOCKS = [
    *("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "ul", "ol"),
    *("dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "address", "figure"),
    *("figcaption", "center", "form"),
]
_BREAK = "\x1e"  # stands for a paragraph break until whitespace is collapsed; HTML text has none
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_GBK_LABELS = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "csgb2312", "chinese"}


def _html_text(data: bytes) -> str:
    soup = BeautifulSoup(_decode_html(data).replace(_BREAK, ""), "lxml")
    for tag in soup.find_all(_DROPPED):
        if not tag.decomposed:
            tag.decompose()
    root = _main_container(soup.body or soup)
    for tag in root.find_all("br"):
        tag.replace_with(_BREAK)
    for tag in root.find_all(_BLOCKS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    lines = (" ".join(piece.split()) for piece in root.get_text().split(_BREAK))
    return "\n".join(line for line in lines if line)


def _decode_html(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    declared = None
    if match := _META_CHARSET.search(data[:4096]):
        label = match.group(1).decode("ascii").lower()
        declared = "gb18030" if label in _GBK_LABELS else label
    # UTF-8 first: bytes that decode as UTF-8 are UTF-8 in practice, and sites that re-encode a page
    # often keep its old <meta charset>.
    for codec in ("utf-8", declared, "gb18030"):
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("utf-8", errors="replace")


def _main_container(root):
    """The article when one element holds at least half the page's text, else the whole page.

    The article is an <article>, or the element whose own <p> children hold the most text.
    """
    candidates = root.find_all("article")
    if not candidates:
        weights: dict[int, list] = {}
        for paragraph in root.find_all("p"):
            entry = weights.setdefault(id(paragraph.parent), [paragraph.parent, 0])
            entry[1] += _visible_length(paragraph)
        candidates = [max(weights.values(), key=lambda entry: entry[1])[0]] if weights else []
    best = max(candidates, key=_visible_length, default=None)
    if best is not None and 2 * _visible_length(best) >= _visible_length(root):
        return best
    return root


def _visible_length(element) -> int:
    return len("".join(element.get_text().split()))
