"""Citations of a figure, a chart and the data package, against written examples of GB/T 7714-2015 and
APA 7; BibTeX and RIS read back by maintained parsers; CITATION.cff valid against the CFF 1.2.0 schema.

The examples below were written by hand from the standards' patterns:
- GB/T 7714-2015 report: 主要责任者. 题名: 其他题名信息[R]. 出版地: 出版者, 出版年: 引文页码. (the
  locator stands where a page would);
- GB/T 7714-2015 online database: 主要责任者. 题名[DB/OL]. 版本项. 出版者, 出版年[引用日期]. 获取和访问路径.
  (no place: the standard allows leaving it out for an online resource without one);
- GB/T 7714-2015 database not online: 主要责任者. 题名[DB]. 版本项. 出版者, 出版年. (引用日期 and
  获取和访问路径 belong to an online resource; this is the form without a public URL);
- GB/T 7714-2015 contribution: 析出责任者. 析出题名[DB/OL]//整体责任者. 整体题名. 版本项. …;
- APA 7 data set: Author. (Year). Title (Version x) [Data set]. URL (publisher left out: same as author;
  without a URL the entry ends at the bracket);
- APA 7 non-English work: original title, then its English translation in square brackets;
- APA 7 in-text citation without pages: heading and paragraph number.
"""

import json
from datetime import date
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
import yaml

from gwr import citation
from gwr.data import package
from gwr.data.report import load
from gwr.paths import ROOT

ACCESSED = date(2026, 11, 28)
URL = "https://jianxi.example.org"
CHART_URL = "https://jianxi.example.org/share_of_city?lang=English"
QUOTE = "全年进出口总值达到92.8亿元"
SECTION = "一、2022年工作回顾 / 经济运行稳中向好"
CHART_ZH = "涧西区占洛阳全市的比重（2022年，报告所述）"
CHART_EN = "Jianxi's share of the Luoyang total (2022, as the report states)"

REPORT_GBT = "涧西区人民政府. 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R]. 洛阳: 涧西区人民政府, 2023: 一（一）第1段·四是."
REPORT_GBT_WITH_URL = "涧西区人民政府. 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R/OL]. 洛阳: 涧西区人民政府, 2023: 一（一）第1段·四是[2026-11-28]. https://www.example.gov.cn/report.pdf"
REPORT_APA_ZH = (
    "涧西区人民政府. (2023年2月21日). 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上."
)
REPORT_APA_EN = (
    "Jianxi District People's Government. (2023, February 21). 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上 "
    "[Jianxi District 2023 government work report: Delivered at the Third Session of the 16th People's Congress of Jianxi District on 21 February 2023]."
)

# Without a public URL: GB/T 7714 [DB] (no 引用日期, no 获取和访问路径), APA without a URL.
DATASET_GBT_ZH = "涧西区报告数据项目贡献者. 涧西区2023年政府工作报告数据[DB]. 3.1.0版. 涧西区报告数据项目贡献者, 2026."
DATASET_GBT_EN = "Jianxi report explorer contributors. Jianxi District 2023 Government Work Report as data[DB]. Version 3.1.0. Jianxi report explorer contributors, 2026."
DATASET_APA_ZH = "涧西区报告数据项目贡献者. (2026). 涧西区2023年政府工作报告数据 (版本 3.1.0) [数据集]."
DATASET_APA_EN = "Jianxi report explorer contributors. (2026). Jianxi District 2023 Government Work Report as data (Version 3.1.0) [Data set]."
CHART_GBT_ZH = "涧西区报告数据项目贡献者. 涧西区占洛阳全市的比重（2022年，报告所述）[DB]//涧西区报告数据项目贡献者. 涧西区2023年政府工作报告数据. 3.1.0版. 涧西区报告数据项目贡献者, 2026."
CHART_GBT_EN = "Jianxi report explorer contributors. Jianxi's share of the Luoyang total (2022, as the report states)[DB]//Jianxi report explorer contributors. Jianxi District 2023 Government Work Report as data. Version 3.1.0. Jianxi report explorer contributors, 2026."
CHART_APA_ZH = "涧西区报告数据项目贡献者. (2026). 涧西区占洛阳全市的比重（2022年，报告所述） [图表]. 涧西区2023年政府工作报告数据 (版本 3.1.0)."
CHART_APA_EN = "Jianxi report explorer contributors. (2026). Jianxi's share of the Luoyang total (2022, as the report states) [Chart]. Jianxi District 2023 Government Work Report as data (Version 3.1.0)."

# With a public URL: GB/T 7714 [DB/OL] with access date and URL, APA with the URL.
DATASET_GBT_ZH_URL = "涧西区报告数据项目贡献者. 涧西区2023年政府工作报告数据[DB/OL]. 3.1.0版. 涧西区报告数据项目贡献者, 2026[2026-11-28]. https://jianxi.example.org"
DATASET_GBT_EN_URL = "Jianxi report explorer contributors. Jianxi District 2023 Government Work Report as data[DB/OL]. Version 3.1.0. Jianxi report explorer contributors, 2026[2026-11-28]. https://jianxi.example.org"
DATASET_APA_ZH_URL = (
    "涧西区报告数据项目贡献者. (2026). 涧西区2023年政府工作报告数据 (版本 3.1.0) [数据集]. https://jianxi.example.org"
)
DATASET_APA_EN_URL = "Jianxi report explorer contributors. (2026). Jianxi District 2023 Government Work Report as data (Version 3.1.0) [Data set]. https://jianxi.example.org"
CHART_GBT_ZH_URL = "涧西区报告数据项目贡献者. 涧西区占洛阳全市的比重（2022年，报告所述）[DB/OL]//涧西区报告数据项目贡献者. 涧西区2023年政府工作报告数据. 3.1.0版. 涧西区报告数据项目贡献者, 2026[2026-11-28]. https://jianxi.example.org/share_of_city?lang=English"
CHART_GBT_EN_URL = "Jianxi report explorer contributors. Jianxi's share of the Luoyang total (2022, as the report states)[DB/OL]//Jianxi report explorer contributors. Jianxi District 2023 Government Work Report as data. Version 3.1.0. Jianxi report explorer contributors, 2026[2026-11-28]. https://jianxi.example.org/share_of_city?lang=English"
CHART_APA_ZH_URL = "涧西区报告数据项目贡献者. (2026). 涧西区占洛阳全市的比重（2022年，报告所述） [图表]. 涧西区2023年政府工作报告数据 (版本 3.1.0). https://jianxi.example.org/share_of_city?lang=English"
CHART_APA_EN_URL = "Jianxi report explorer contributors. (2026). Jianxi's share of the Luoyang total (2022, as the report states) [Chart]. Jianxi District 2023 Government Work Report as data (Version 3.1.0). https://jianxi.example.org/share_of_city?lang=English"

IN_TEXT_ZH = "（涧西区人民政府，2023，一（一）第1段·四是；涧西区报告数据项目贡献者，2026）"
IN_TEXT_EN = "(Jianxi District People's Government, 2023, Part 1, §(1), para. 1, item 4; Jianxi report explorer contributors, 2026)"
FIGURE_GBT_ZH = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_ZH}"
FIGURE_GBT_EN = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_EN}"
FIGURE_GBT_ZH_URL = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_ZH_URL}"
FIGURE_GBT_EN_URL = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_EN_URL}"
FIGURE_APA_ZH = f"{IN_TEXT_ZH}\n\n{REPORT_APA_ZH}\n{DATASET_APA_ZH}"
FIGURE_APA_EN = f"{IN_TEXT_EN}\n\n{REPORT_APA_EN}\n{DATASET_APA_EN}"
FIGURE_APA_ZH_URL = f"{IN_TEXT_ZH}\n\n{REPORT_APA_ZH}\n{DATASET_APA_ZH_URL}"
FIGURE_APA_EN_URL = f"{IN_TEXT_EN}\n\n{REPORT_APA_EN}\n{DATASET_APA_EN_URL}"

# BibTeX fields as bibtexparser reads them back (outer braces removed), RIS as rispy does.
REPORT_BIBTEX = {
    "author": "{涧西区人民政府}",
    "title": "{涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上}",
    "institution": "涧西区人民政府",
    "address": "洛阳",
    "type": "政府工作报告",
    "year": "2023",
    "month": "2",
    "date": "2023-02-21",
    "note": "一（一）第1段·四是",
    "language": "chinese",
}
DATASET_BIBTEX_ZH = {
    "author": "{涧西区报告数据项目贡献者}",
    "title": "{涧西区2023年政府工作报告数据}",
    "year": "2026",
    "version": "3.1.0",
    "publisher": "涧西区报告数据项目贡献者",
    "language": "chinese",
}
DATASET_BIBTEX_EN = {
    "author": "{Jianxi report explorer contributors}",
    "title": "{Jianxi District 2023 Government Work Report as data}",
    "year": "2026",
    "version": "3.1.0",
    "publisher": "Jianxi report explorer contributors",
    "language": "english",
}
BIBTEX_ONLINE = {"url": "https://jianxi.example.org", "urldate": "2026-11-28"}
REPORT_RIS = {
    "type_of_reference": "RPRT",
    "authors": ["涧西区人民政府"],
    "title": "涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上",
    "year": "2023",
    "date": "2023/02/21",
    "place_published": "洛阳",
    "publisher": "涧西区人民政府",
    "notes": ["一（一）第1段·四是"],
    "language": "zh",
}
DATASET_RIS_ZH = {
    "type_of_reference": "DATA",
    "authors": ["涧西区报告数据项目贡献者"],
    "title": "涧西区2023年政府工作报告数据",
    "year": "2026",
    "edition": "3.1.0",
    "publisher": "涧西区报告数据项目贡献者",
    "language": "zh",
}
DATASET_RIS_EN = {
    "type_of_reference": "DATA",
    "authors": ["Jianxi report explorer contributors"],
    "title": "Jianxi District 2023 Government Work Report as data",
    "year": "2026",
    "edition": "3.1.0",
    "publisher": "Jianxi report explorer contributors",
    "language": "en",
}
RIS_ONLINE = {"urls": ["https://jianxi.example.org"], "access_date": "2026/11/28"}
PLACEHOLDERS = ("URL not set", "网址未设置", "JIANXI_PUBLIC_URL")


@pytest.fixture
def locator():
    return load().locate(QUOTE, SECTION)


@pytest.mark.parametrize(
    ("lang", "url", "gbt7714", "apa"),
    [
        ("zh", None, FIGURE_GBT_ZH, FIGURE_APA_ZH),
        ("en", None, FIGURE_GBT_EN, FIGURE_APA_EN),
        ("zh", URL, FIGURE_GBT_ZH_URL, FIGURE_APA_ZH_URL),
        ("en", URL, FIGURE_GBT_EN_URL, FIGURE_APA_EN_URL),
    ],
)
def test_figure_in_both_standards_and_languages(locator, lang, url, gbt7714, apa):
    cited = citation.figure(locator, lang, ACCESSED, url)
    assert (cited.gbt7714, cited.apa) == (gbt7714, apa)


@pytest.mark.parametrize(
    ("title", "lang", "url", "gbt7714", "apa"),
    [
        (CHART_ZH, "zh", None, CHART_GBT_ZH, CHART_APA_ZH),
        (CHART_EN, "en", None, CHART_GBT_EN, CHART_APA_EN),
        (CHART_ZH, "zh", CHART_URL, CHART_GBT_ZH_URL, CHART_APA_ZH_URL),
        (CHART_EN, "en", CHART_URL, CHART_GBT_EN_URL, CHART_APA_EN_URL),
    ],
)
def test_chart_in_both_standards_and_languages(title, lang, url, gbt7714, apa):
    cited = citation.chart(title, lang, ACCESSED, url)
    assert (cited.gbt7714, cited.apa) == (gbt7714, apa)


@pytest.mark.parametrize(
    ("lang", "url", "gbt7714", "apa"),
    [
        ("zh", None, DATASET_GBT_ZH, DATASET_APA_ZH),
        ("en", None, DATASET_GBT_EN, DATASET_APA_EN),
        ("zh", URL, DATASET_GBT_ZH_URL, DATASET_APA_ZH_URL),
        ("en", URL, DATASET_GBT_EN_URL, DATASET_APA_EN_URL),
    ],
)
def test_dataset_in_both_standards_and_languages(lang, url, gbt7714, apa):
    cited = citation.dataset(lang, ACCESSED, url)
    assert (cited.gbt7714, cited.apa) == (gbt7714, apa)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("url", [None, URL])
def test_no_form_carries_a_placeholder(locator, lang, url):
    for cited in (
        citation.figure(locator, lang, ACCESSED, url),
        citation.chart(CHART_EN, lang, ACCESSED, url),
        citation.dataset(lang, ACCESSED, url),
    ):
        text = "".join((cited.gbt7714, cited.apa, cited.bibtex, cited.ris))
        assert not [mark for mark in PLACEHOLDERS if mark in text]
        assert ("/OL]" in cited.gbt7714) == (url is not None)


def test_english_citations_carry_no_chinese_but_the_report(locator):
    english = citation.dataset("en", ACCESSED, None).gbt7714 + citation.chart(CHART_EN, "en", ACCESSED, None).apa
    assert not any("\u4e00" <= char <= "\u9fff" for char in english)


def test_public_url_comes_from_the_setting_and_is_never_invented():
    assert citation.public_url({}) is None
    assert citation.public_url({"JIANXI_PUBLIC_URL": "not a url"}) is None
    assert citation.public_url({"JIANXI_PUBLIC_URL": "https://jianxi.example.org/"}) == URL
    assert citation.page_url(None, "report", fact="2022-gdp") is None
    assert citation.page_url(URL, "report", fact="2022-gdp") == "https://jianxi.example.org/report?fact=2022-gdp"


def test_report_url_is_not_recorded_until_a_real_one_is_added(locator, monkeypatch):
    source = package.descriptor()["sources"][0]
    assert source["url"] == "not recorded" and source["archived_url"] == "not recorded"
    monkeypatch.setitem(source, "url", "https://www.example.gov.cn/report.pdf")
    assert citation.gbt_report(locator, ACCESSED) == REPORT_GBT_WITH_URL
    cited = citation.figure(locator, "en", ACCESSED, None)
    assert citation.apa_report("en") == f"{REPORT_APA_EN} https://www.example.gov.cn/report.pdf"
    report = _bibtex_entries(cited.bibtex)["jianxi_government_2023_work_report"]
    assert (report["url"], report["urldate"]) == ("https://www.example.gov.cn/report.pdf", "2026-11-28")
    assert {"urls": ["https://www.example.gov.cn/report.pdf"], "access_date": "2026/11/28"}.items() <= rispy.loads(
        cited.ris
    )[0].items()


def test_the_report_is_catalogued_under_its_own_title_by_its_issuer():
    source = package.descriptor()["sources"][0]
    assert source["main_title"] == "涧西区2023年政府工作报告"
    assert source["title"] == f"{source['main_title']}——{source['subtitle']}"
    assert (source["issuer_zh"], source["issuer_en"]) == ("涧西区人民政府", "Jianxi District People's Government")
    assert source["issuer"] == "涧西区人民政府 (Jianxi District People's Government, Luoyang, Henan)"
    assert citation.report("gbt7714") == REPORT_GBT.removesuffix(": 一（一）第1段·四是.") + "."
    assert (citation.report("apa", "zh"), citation.report("apa", "en")) == (REPORT_APA_ZH, REPORT_APA_EN)


def _bibtex_entries(text: str) -> dict:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {entry.key: entry for entry in library.entries}


def _fields(entry) -> dict:
    return {field.key: field.value for field in entry.fields}


@pytest.mark.parametrize(
    ("lang", "url", "expected"),
    [
        ("zh", None, DATASET_BIBTEX_ZH),
        ("en", None, DATASET_BIBTEX_EN),
        ("zh", URL, {**DATASET_BIBTEX_ZH, **BIBTEX_ONLINE}),
        ("en", URL, {**DATASET_BIBTEX_EN, **BIBTEX_ONLINE}),
    ],
)
def test_bibtex_parses_with_url_only_where_one_is_set(locator, lang, url, expected):
    figure = _bibtex_entries(citation.figure(locator, lang, ACCESSED, url).bibtex)
    assert set(figure) == {"jianxi_government_2023_work_report", "jianxi_report_data"}
    report, data = figure["jianxi_government_2023_work_report"], figure["jianxi_report_data"]
    assert (report.entry_type, data.entry_type) == ("techreport", "dataset")
    assert _fields(report) == REPORT_BIBTEX
    assert _fields(data) == expected
    (alone,) = _bibtex_entries(citation.dataset(lang, ACCESSED, url).bibtex).values()
    assert _fields(alone) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bibtex_escapes_a_charts_title(lang):
    (chart,) = _bibtex_entries(citation.chart("Share: 44.3% & more", lang, ACCESSED, CHART_URL).bibtex).values()
    assert chart["title"] == r"{Share: 44.3\% \& more}"
    assert (chart["url"], chart["urldate"]) == (CHART_URL, "2026-11-28")
    (offline,) = _bibtex_entries(citation.chart("Share", lang, ACCESSED, None).bibtex).values()
    assert "url" not in _fields(offline) and "urldate" not in _fields(offline)


@pytest.mark.parametrize(
    ("lang", "url", "expected"),
    [
        ("zh", None, DATASET_RIS_ZH),
        ("en", None, DATASET_RIS_EN),
        ("zh", URL, {**DATASET_RIS_ZH, **RIS_ONLINE}),
        ("en", URL, {**DATASET_RIS_EN, **RIS_ONLINE}),
    ],
)
def test_ris_parses_with_ur_only_where_a_url_is_set(locator, lang, url, expected):
    report, data = rispy.loads(citation.figure(locator, lang, ACCESSED, url).ris)
    assert report == REPORT_RIS
    assert data == expected
    assert rispy.loads(citation.dataset(lang, ACCESSED, url).ris) == [expected]
    (chart,) = rispy.loads(citation.chart(CHART_EN, lang, ACCESSED, url and CHART_URL).ris)
    assert ("urls" in chart, "access_date" in chart) == (url is not None, url is not None)


def test_citation_cff_is_valid_and_agrees_with_the_descriptor():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parent / "schemas" / "citation-file-format-1.2.0.json").read_text())
    jsonschema.validate(cff, schema, format_checker=jsonschema.FormatChecker())
    descriptor = package.descriptor()
    assert cff["version"] == descriptor["version"]
    assert cff["title"] == descriptor["title_en"]
    assert cff["date-released"] == descriptor["created"]
    assert cff["references"][0]["title"] == descriptor["sources"][0]["title"]
    (author,) = cff["authors"]
    assert author["name"] == next(c["title"] for c in descriptor["contributors"] if c["role"] == "author")
    assert author["name"] == "Jianxi report explorer contributors"
    issuer = descriptor["sources"][0]
    (report_author,) = cff["references"][0]["authors"]
    assert (report_author["name"], report_author["alias"]) == (issuer["issuer_zh"], issuer["issuer_en"])


def test_citation_cff_validation_can_fail():
    schema = json.loads((Path(__file__).parent / "schemas" / "citation-file-format-1.2.0.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"cff-version": "1.2.0", "title": "x"}, schema)


def test_readme_examples_are_what_the_code_gives(locator):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert citation.figure(locator, "zh", ACCESSED, None).gbt7714 in readme
    assert citation.figure(locator, "en", ACCESSED, "https://jianxi-report.streamlit.app").apa in readme
    assert not [mark for mark in PLACEHOLDERS[:2] if mark in readme]
