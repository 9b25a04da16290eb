"""Citations of a further report: the MADE UP districts' packages (tests/made_up_reports.py) and a made-up
county's (bench.fixtures), each built by the curator's commands. Every style, in both languages, names
that report's issuer, year and package version, and never prints a placeholder, "None", "nan", a
template's brace or "not recorded"; the shipped report, reached as the app reaches it, is cited as
before; the pages' popovers cite the report in ?report=.
"""

import math
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import bibtexparser
import pandas as pd
import pytest
import rispy
from made_up_reports import EAST_2023, EAST_2024, WEST_2024

from bench.fixtures import build_one
from gwr import citation
from gwr.data import package
from gwr.data.loading import package_folder
from gwr.data.report import parse_locator
from gwr.paths import DATA_DIR, ROOT, SHIPPED_REPORT_ID
from gwr.reports import Report
from gwr.reports import shipped as shipped_report

ACCESSED = date(2026, 11, 28)
URL = "https://jianxi.example.org"
REPORT_URL = "https://www.example.gov.cn/east-2024.pdf"
LOCATOR = parse_locator("一、第1段")
CHART = "东区占虚构市全市的比重"
# What must never be printed: Python's and pandas' empties, the register's
# word for a URL not recorded, the old placeholders (a template's brace is checked apart: BibTeX has its own).
NEVER = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|<NA>|not recorded|URL not set|网址未设置|JIANXI_PUBLIC_URL")
# (report id, issuer zh, issuer en, year delivered, 出版地, package title zh, package title en)
EXPECTED = {
    EAST_2023: ("东区人民政府", "East District People's Government (made up)", 2023, "虚构市", "东区2023年政府工作报告数据",
                "East District (made up) 2023 Government Work Report as data"),
    EAST_2024: ("东区人民政府", "East District People's Government (made up)", 2024, "虚构市", "东区2024年政府工作报告数据",
                "East District (made up) 2024 Government Work Report as data"),
    WEST_2024: ("西区人民政府", "West District People's Government (made up)", 2024, "虚构市", "西区2024年政府工作报告数据",
                "West District (made up) 2024 Government Work Report as data"),
}  # fmt: skip
SHIPPED_FIGURE_GBT = (
    "[1] 涧西区人民政府. 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R]. "
    "洛阳: 涧西区人民政府, 2023: 一（一）第1段·四是.\n"
    "[2] 涧西区报告数据项目贡献者. 涧西区2023年政府工作报告数据[DB]. 3.1.0版. 涧西区报告数据项目贡献者, 2026."
)
PROJECT = ("涧西区报告数据项目贡献者", "Jianxi report explorer contributors")  # author and publisher of every package


def _report(folder: Path) -> Report:
    """The register row a package holds, read as the app's register query gives it (empty cells NaN)."""
    return Report.from_row(pd.read_csv(folder / "reports.csv").iloc[0])


def _key(report_id: str) -> str:
    """The start of a further report's BibTeX keys: its id, with underscores."""
    return report_id.replace("-", "_")


def _work(folder: Path) -> citation.Work:
    return citation.work_of(_report(folder), package.descriptor(folder), package.descriptor(DATA_DIR))


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    """A made-up county's package (bench.fixtures: 虚构000县 of 虚构01市, delivered in 2021)."""
    return build_one(0, tmp_path_factory.mktemp("county") / "reports", seed=25)


def _every_form(work: citation.Work, lang: str, url: str | None) -> list[citation.Citation]:
    return [
        citation.figure(LOCATOR, lang, ACCESSED, url, work=work),
        citation.chart(CHART, lang, ACCESSED, url, work=work),
        citation.dataset(lang, ACCESSED, url, work=work),
    ]


def _bibtex_values(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {entry.key: {field.key: field.value for field in entry.fields} for entry in library.entries}


def _clean(cited: citation.Citation) -> None:
    """No placeholder or empty in any form; no template brace in the text forms or in a BibTeX value
    (its own braces aside: a corporate author is written {{…}}); BibTeX and RIS read back."""
    text = "\n".join((cited.gbt7714, cited.apa, cited.bibtex, cited.ris))
    assert not NEVER.findall(text), text
    assert not [form for form in (cited.gbt7714, cited.apa, cited.ris) if "{" in form or "}" in form]
    for entry in _bibtex_values(cited.bibtex).values():
        for value in entry.values():
            assert "{" not in value.removeprefix("{").removesuffix("}"), value
    for record in rispy.loads(cited.ris):
        assert all(value not in ("", [], None) for value in record.values())


@pytest.mark.parametrize("report_id", list(EXPECTED))
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("url", [None, URL])
def test_a_further_reports_citations_name_it_and_no_placeholder(made_up_reports, report_id, lang, url):
    issuer_zh, issuer_en, year, place, title_zh, title_en = EXPECTED[report_id]
    work = _work(made_up_reports / report_id / "1.0.0")
    figure, chart, data = _every_form(work, lang, url)
    for cited in (figure, chart, data):
        _clean(cited)
        assert "涧西区人民政府" not in cited.gbt7714 + cited.apa + cited.bibtex + cited.ris  # not the shipped report
        assert "涧西区2023年政府工作报告数据" not in cited.gbt7714 + cited.apa
    title, issuer, version = (
        (title_zh, issuer_zh, "1.0.0版") if lang == "zh" else (title_en, issuer_en, "Version 1.0.0")
    )
    author = PROJECT[0 if lang == "zh" else 1]
    report_gbt = (
        f"[1] {issuer_zh}. {issuer_zh[:2]}{year}年政府工作报告: {work.source.subtitle}[R]. {place}: {issuer_zh}, "
        f"{year}: 一、第1段.\n"
    )
    assert work.source.subtitle.startswith(f"{year}年1月") and work.source.subtitle.endswith("次会议上")
    assert figure.gbt7714.startswith(report_gbt)
    assert f"{author}. {title}[{'DB/OL' if url else 'DB'}]. {version}. {author}, 2026" in figure.gbt7714
    assert figure.apa.startswith(
        f"（{issuer}，{year}，一、第1段；{author}，2026）"
        if lang == "zh"
        else f"({issuer}, {year}, Part 1, para. 1; {author}, 2026)"
    )
    assert f"{title} ({'版本' if lang == 'zh' else 'Version'} 1.0.0)" in data.apa
    assert chart.gbt7714.startswith(f"{author}. {CHART}[") and f"//{author}. {title}. {version}." in chart.gbt7714
    entries = _bibtex_values(figure.bibtex)
    stem = _key(report_id)
    assert set(entries) == {f"{stem}_work_report", f"{stem}_data"}
    assert (entries[f"{stem}_work_report"]["year"], entries[f"{stem}_data"]["version"]) == (str(year), "1.0.0")
    report, dataset = rispy.loads(figure.ris)
    assert (report["authors"], report["year"], report["place_published"]) == ([issuer_zh], str(year), place)
    assert (dataset["title"], dataset["edition"], dataset["publisher"]) == (title, "1.0.0", author)
    assert ("urls" in dataset) == (url is not None) and "urls" not in report  # the report's URL is not recorded


def test_the_english_title_and_subtitle_come_from_the_register(made_up_reports):
    source = _work(made_up_reports / EAST_2024 / "1.0.0").source
    assert source.subtitle == "2024年1月9日在虚构市东区第五届人民代表大会第四次会议上"  # as the text prints it
    assert source.title_en == (
        "East District (made up) 2024 government work report: Delivered at the Fourth Session of the 5th "
        "People's Congress of East District (made up) on 9 January 2024"
    )
    apa = citation.apa_report("en", work=_work(made_up_reports / EAST_2024 / "1.0.0"))
    assert (
        apa
        == f"East District People's Government (made up). (2024, January 9). 东区2024年政府工作报告: {source.subtitle} [{source.title_en}]."
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_county_is_published_in_itself_and_a_register_gap_is_left_out(county, lang):
    """A county's government publishes in the county; a meeting the register leaves empty (NaN once
    read, None from the database) leaves the subtitle out, and never prints "nan"."""
    report = _report(county)
    assert (report.admin_level, report.place_zh) == ("county", "虚构000县")
    full = _work(county)
    assert (full.source.place_zh, full.source.title) == ("虚构000县", "虚构000县2021年政府工作报告")
    assert full.source.subtitle == "2021年1月1日在虚构000县第十八届人民代表大会第一次会议上"
    gap = replace(report, meeting_zh=math.nan, meeting_en=None, parent_zh=math.nan)
    work = citation.work_of(gap, package.descriptor(county), package.descriptor(DATA_DIR))
    assert (work.source.subtitle, work.source.title_en) == (None, "Made-up County 000 2021 government work report")
    for cited in [*_every_form(full, lang, None), *_every_form(work, lang, None)]:
        _clean(cited)
    assert citation.gbt_report(LOCATOR, ACCESSED, work=work) == (
        "虚构000县人民政府. 虚构000县2021年政府工作报告[R]. 虚构000县: 虚构000县人民政府, 2021: 一、第1段."
    )
    assert citation.apa_report("en", work=work) == (
        "Made-up County 000 People's Government. (2021, January 1). 虚构000县2021年政府工作报告 "
        "[Made-up County 000 2021 government work report]."
    )


def test_a_recorded_report_url_is_cited_and_not_recorded_is_not(made_up_reports):
    folder = made_up_reports / EAST_2024 / "1.0.0"
    descriptor = package.descriptor(folder)
    assert descriptor["sources"][0]["url"] == "not recorded"
    online = {**descriptor, "sources": [{**descriptor["sources"][0], "url": REPORT_URL}]}
    work = citation.work_of(_report(folder), online, package.descriptor(DATA_DIR))
    assert citation.gbt_report(LOCATOR, ACCESSED, work=work).endswith(
        f"会议上[R/OL]. 虚构市: 东区人民政府, 2024: 一、第1段[2026-11-28]. {REPORT_URL}"
    )
    cited = citation.figure(LOCATOR, "en", ACCESSED, None, work=work)
    _clean(cited)
    assert (
        f"Fourth Session of the 5th People's Congress of East District (made up) on 9 January 2024]. {REPORT_URL}"
        in cited.apa
    )
    assert rispy.loads(cited.ris)[0]["urls"] == [REPORT_URL]
    assert _bibtex_values(cited.bibtex)[f"{_key(EAST_2024)}_work_report"]["url"] == REPORT_URL


def test_the_shipped_report_reached_as_the_app_reaches_it_is_cited_as_before(made_up_reports):
    folder = package_folder(SHIPPED_REPORT_ID, DATA_DIR, made_up_reports)
    assert folder == DATA_DIR
    work = citation.work_of(shipped_report(), package.descriptor(folder), package.descriptor(DATA_DIR))
    assert work == citation.shipped()
    locator = parse_locator("一（一）第1段·四是")
    assert citation.figure(locator, "zh", ACCESSED, None, work=work).gbt7714 == SHIPPED_FIGURE_GBT
    assert citation.figure(locator, "zh", ACCESSED, None).gbt7714 == SHIPPED_FIGURE_GBT


# ---- The pages, with ?report=<a made-up report> -----------------------------------------------------


@pytest.fixture
def served_made_up(served_reports, monkeypatch):
    """The made-up packages served (conftest's served_reports), with no public URL."""
    monkeypatch.delenv("JIANXI_PUBLIC_URL", raising=False)
    return served_reports


def _with_every_popover_open(page: str, **params):
    from streamlit.testing.v1 import AppTest

    def run(opened=()):
        at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
        at.query_params.update(params)
        for key in opened:
            at.session_state[key] = True
        return at.run()

    closed = run()
    return run(tuple(popover.proto.id.split("-", 2)[2] for popover in closed.get("popover")))  # $$ID-<hash>-<key>


@pytest.mark.parametrize(
    ("page", "params"),
    [("overview", {}), ("share_of_city", {}), ("report", {"fact": "gdp"})],
)
@pytest.mark.parametrize("lang", ["中文", "English"])
def test_the_popovers_cite_the_report_in_the_url(served_made_up, kept_downloads, page, params, lang):
    folder = served_made_up / EAST_2024 / "1.0.0"
    if "fact" in params:  # the report's first GDP figure
        facts = pd.read_csv(folder / package.resource("facts", folder)["path"])
        params = {"fact": facts.loc[facts["indicator"] == params["fact"], "fact_id"].iloc[0]}
    at = _with_every_popover_open(page, report=EAST_2024, lang=lang, **params)
    assert not at.exception and at.get("popover")
    codes = [code.value for code in at.code]
    assert len(codes) == 2 * len(at.get("popover"))  # every popover is open: GB/T 7714 and APA each
    title = EXPECTED[EAST_2024][4 if lang == "中文" else 5]
    for code in codes:
        assert not NEVER.findall(code) and "{" not in code
        assert title in code and "涧西区2023年政府工作报告数据" not in code
    if page == "report":
        assert codes[0].startswith("[1] 东区人民政府. 东区2024年政府工作报告: 2024年1月9日在")
    files = [
        stores.get_file(button.proto.url.rsplit("/", 1)[-1])
        for button in at.get("download_button")
        for stores in kept_downloads[-1:]
    ]
    stem = _report(folder).file_stem()
    assert stem.endswith("_2023_2024_v1.0.0") and not stem.startswith("jianxi")
    assert files and all(f.filename.startswith(f"{stem}_") for f in files)
    contents = "".join(f.content.decode() for f in files)
    assert f"{_key(EAST_2024)}_data" in contents and "ET  - 1.0.0" in contents and not NEVER.findall(contents)


def _slide_line_app():
    """A script that prints what a slide's chart carries under it: cite.dataset_apa for the report shown."""
    import streamlit as st

    from gwr.app import cite, frame

    st.text(cite.dataset_apa(frame.language()))


@pytest.mark.parametrize(("lang", "title"), [("中文", EXPECTED[EAST_2024][4]), ("English", EXPECTED[EAST_2024][5])])
def test_a_slides_data_set_line_cites_the_report_in_the_url(served_made_up, lang, title):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_slide_line_app, default_timeout=60)
    at.query_params.update(report=EAST_2024, lang=lang)
    (line,) = [text.value for text in at.run().text]
    assert not at.exception
    version = "版本 1.0.0" if lang == "中文" else "Version 1.0.0"
    assert line.endswith(f"(2026). {title} ({version}) [{'数据集' if lang == '中文' else 'Data set'}].")
