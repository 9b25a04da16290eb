"""Report files of every format, built in code for the drafting tests: a PDF printed by Chromium,
a Word document written by python-docx, an HTML page. The texts are the tests' own, made up."""

from __future__ import annotations

import html as html_lib
import io
import tracemalloc
import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter

MB = 1024 * 1024


def print_pdf(body_html: str) -> bytes:
    """An HTML body printed to PDF by Debian's Chromium with a CJK font (fonts-noto-cjk)."""
    from playwright.sync_api import sync_playwright

    page_html = (
        '<html><head><meta charset="utf-8"><style>body { font-family: "Noto Serif CJK SC"; }</style></head>'
        f"<body>{body_html}</body></html>"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            page.set_content(page_html)
            return page.pdf()
        finally:
            browser.close()


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.split("\n") if line.strip())


def write_docx(path: Path, text: str) -> Path:
    document = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    document.save(path)
    return path


def write_html(path: Path, text: str) -> Path:
    path.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><script>var x = "999亿元";</script></head>'
        f"<body><nav>首页 1 2 3</nav><article>{paragraphs_html(text)}</article></body></html>",
        encoding="utf-8",
    )
    return path


def encrypted_copy(pdf: bytes, user_password: str, owner_password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_with_zeros(path: Path, member: str, size: int) -> None:
    """A zip holding a Word document part and a member of size zero bytes, written in chunks."""
    chunk = bytes(MB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open(member, "w", force_zip64=True) as out:
            for _ in range(size // MB):
                out.write(chunk)


def peak_memory(call):
    """call()'s result, or the exception it raised, and the most memory Python allocated meanwhile."""
    tracemalloc.start()
    try:
        try:
            result = call()
        except Exception as error:  # the refusals under test raise; the caller asserts which
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
