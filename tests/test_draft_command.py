"""`python -m gwr.data draft FILE OUT` (make draft) and `check-draft OUT`: every input format gives the
same draft, bad input gets one message and writes nothing, and the checks catch a broken draft.

The report texts are MADE UP (test_draft_figures.COUNTY), but for the shipped Jianxi text.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from documents import (
    MB,
    encrypted_copy,
    paragraphs_html,
    peak_memory,
    print_pdf,
    write_docx,
    write_html,
    zip_with_zeros,
)
from test_draft_figures import COUNTY
from typer.testing import CliRunner

from gwr.data.cli import app
from gwr.data.draft import output
from gwr.paths import REPORT_TEXT

REQUIRED_COLUMNS = {"value", "unit", "bound", "stretch", "measure", "kind", "year", "indicator", "quote"}
KEY = ["value", "value_high", "unit", "bound", "stretch", "measure", "kind", "year", "quote"]
NOTHING_WRITTEN = "Nothing was written."
NO_FIGURES = (
    "plain.txt holds no figure of a government work report: no number with a unit (亿元, 个, %). Nothing was written."
)
OUTPUT_EXISTS = "{out} exists and is not an empty folder: a draft is never written over one (it may hold a curator's work). Give a new folder."
runner = CliRunner()


def draft(file: Path, out: Path, *extra: str):
    return runner.invoke(app, ["draft", str(file), str(out), *extra])


def candidates(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / output.CANDIDATES, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def county_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "county.pdf"
    path.write_bytes(print_pdf(paragraphs_html(COUNTY)))
    return path


def test_the_shipped_report_drafts_into_a_valid_draft(tmp_path):
    out = tmp_path / "d"
    result = draft(REPORT_TEXT, out)
    assert result.exit_code == 0, result.output
    assert set(candidates(out).columns) >= REQUIRED_COLUMNS
    assert sorted(p.name for p in out.iterdir()) == [
        "candidates.csv",
        "datapackage.json",
        "non_figures.csv",
        "report.csv",
        "source",
    ]
    checked = runner.invoke(app, ["check-draft", str(out)])
    assert checked.exit_code == 0, checked.output
    assert "every number of the text is accounted for" in checked.output
    register = pd.read_csv(out / output.REPORT, dtype=str, keep_default_na=False).iloc[0]
    assert (register["place_zh"], register["delivered"], register["reviews_year"], register["targets_year"]) == (
        "涧西区", "2023-02-21", "2022", "2023",
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["txt", "html", "docx", "pdf"])
def test_every_format_gives_the_same_candidates(tmp_path, kind, county_pdf):
    text_file = tmp_path / "county.txt"
    text_file.write_text(COUNTY, encoding="utf-8")
    file = {
        "txt": lambda: text_file,
        "html": lambda: write_html(tmp_path / "county.html", COUNTY),
        "docx": lambda: write_docx(tmp_path / "county.docx", COUNTY),
        "pdf": lambda: county_pdf,
    }[kind]()
    assert draft(text_file, tmp_path / "from-txt").exit_code == 0
    result = draft(file, tmp_path / kind)
    assert result.exit_code == 0, result.output
    assert candidates(tmp_path / kind)[KEY].equals(candidates(tmp_path / "from-txt")[KEY])
    assert runner.invoke(app, ["check-draft", str(tmp_path / kind)]).exit_code == 0


def _bad_inputs(tmp_path: Path, pdf: Path) -> dict[str, tuple[Path, str]]:
    """name → (file, the start of its one message)."""
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_copy(pdf.read_bytes(), "secret", "owner", "AES-256"))
    bomb = tmp_path / "bomb.docx"
    zip_with_zeros(bomb, "word/media/zeros.bin", 300 * MB)
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(os.urandom(4096))
    english = tmp_path / "english.txt"
    english.write_text(
        "The county's output grew by 6.5 per cent in 2024, to 21.9 billion yuan.\n" * 20, encoding="utf-8"
    )
    plain = tmp_path / "plain.txt"
    plain.write_text("（虚构示例）一年来，我们坚持稳中求进，推动高质量发展，人民生活持续改善。", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    from PIL import Image

    Image.new("RGB", (200, 200), "white").save(scan)
    return {
        "200 MB": (big, "big.txt is 200.0 MB, over the 50 MB limit"),
        "binary garbage": (garbage, "garbage.txt is not a text, PDF, Word or HTML document"),
        "another language": (english, "english.txt is in another language"),
        "no figure": (plain, NO_FIGURES),
        "scanned PDF": (scan, "scan.pdf holds no text layer"),
        "encrypted PDF": (locked, "locked.pdf is encrypted with a password"),
        "zip bomb": (bomb, "bomb.docx would unpack to 300.0 MB, over the 100 MB limit"),
    }


BAD_INPUTS = ["200 MB", "binary garbage", "another language", "no figure", "scanned PDF", "encrypted PDF", "zip bomb"]


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_gets_one_message_and_nothing_is_written(tmp_path, case, county_pdf):
    file, message = _bad_inputs(tmp_path, county_pdf)[case]
    out = tmp_path / "out"
    result, peak = peak_memory(lambda: draft(file, out))
    assert peak < 50 * MB  # bounded memory, whatever the file's size
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert result.output.strip().endswith(NOTHING_WRITTEN)
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no scratch folder left


def test_a_folder_with_files_is_never_written_over(tmp_path):
    out = tmp_path / "work"
    out.mkdir()
    (out / "candidates.csv").write_text("a curator's work\n", encoding="utf-8")
    result = draft(REPORT_TEXT, out)
    assert result.exit_code == 3
    assert result.output.strip() == OUTPUT_EXISTS.format(out=out)
    assert (out / "candidates.csv").read_text(encoding="utf-8") == "a curator's work\n"


@pytest.fixture(scope="module")
def shipped_draft(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "d"
    assert draft(REPORT_TEXT, out).exit_code == 0
    return out


def _broken(shipped_draft: Path, tmp_path: Path, table: str, change) -> list[str]:
    out = tmp_path / "d"
    shutil.copytree(shipped_draft, out)
    frame = pd.read_csv(out / table, dtype=str, keep_default_na=False)
    frame = change(frame)
    frame.to_csv(out / table, index=False, lineterminator="\n")
    result = runner.invoke(app, ["check-draft", str(out)])
    assert result.exit_code == 1
    return result.output.strip().splitlines()


def test_check_finds_a_quote_that_is_not_the_text(shipped_draft, tmp_path):
    def change(frame):
        frame.loc[0, "quote"] = "全区实现地区生产总值714亿元"
        return frame

    lines = _broken(shipped_draft, tmp_path, "candidates.csv", change)
    assert lines[0] == f"{tmp_path / 'd'}/candidates.csv:2 [quote]: is not the text between offsets 473 and 497"


def test_check_finds_a_bound_its_words_do_not_say(shipped_draft, tmp_path):
    def change(frame):
        frame.loc[0, "bound"] = "at_least"
        return frame

    lines = _broken(shipped_draft, tmp_path, "candidates.csv", change)
    assert lines[0] == f"{tmp_path / 'd'}/candidates.csv:2 [bound]: must be point for the words ''"


def test_check_finds_a_number_no_row_accounts_for(shipped_draft, tmp_path):
    def change(frame):
        return frame.drop(index=frame.index[frame["number"] == "25425"][0])

    lines = _broken(shipped_draft, tmp_path, "non_figures.csv", change)
    assert lines[0].startswith(f"{tmp_path / 'd'}/candidates.csv: '25425' at offset ")
    assert lines[0].endswith("is neither a candidate nor a listed non-figure")


def test_check_finds_an_accepted_row_without_an_indicator(shipped_draft, tmp_path):
    def change(frame):
        frame.loc[0, ["status", "indicator"]] = ["accepted", "gross_output"]
        return frame

    lines = _broken(shipped_draft, tmp_path, "candidates.csv", change)
    assert lines[0] == (
        f"{tmp_path / 'd'}/candidates.csv:2 [indicator]: 'gross_output' is not an indicator of the codebook "
        "(data/indicators.csv); add it there or name another"
    )
