"""Citations of a figure, a chart and the data package, against written examples of GB/T 7714-2015 and
APA 7; BibTeX and RIS read back by maintained parsers; CITATION.cff valid against the CFF 1.2.0 schema.

The examples below were written by hand from the standards' patterns:
- GB/T 7714-2015 report: 主要责任者. 题名: 其他题名信息[R]. 出版地: 出版者, 出版年: 引文页码. (the
  locator stands where a page would);
- GB/T 7714-2015 online database: 主要责任者. 题名[DB/OL]. 版本项. 出版者, 出版年[引用日期]. 获取和访问路径.
  (no place: the standard allows leaving it out for an online resource without one);
- GB/T 7714-2015 contribution: 析出责任者. 析出题名[DB/OL]//整体责任者. 整体题名. 版本项. …;
- APA 7 data set: Author. (Year). Title (Version x) [Data set]. URL (publisher left out: same as author);
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

from jianxi import citation, package
from jianxi.paths import ROOT
from jianxi.report import load

ACCESSED = date(2026, 11, 28)
URL = "https://jianxi.example.org"
CHART_URL = "https://jianxi.example.org/share_of_city?lang=English"
QUOTE = "全年进出口总值达到92.8亿元"
SECTION = "一、2022年工作回顾 / 经济运行稳中向好"
CHART_ZH = "涧西区占洛阳全市的比重（2022年，报告所述）"
CHART_EN = "Jianxi's share of the Luoyang total (2022, as the report states)"

REPORT_GBT = "涧西区人民政府. 政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R]. 洛阳: 涧西区人民政府, 2023: 一（一）第1段·四是."
DATASET_GBT_ZH = "涧西区报告数据维护者. 涧西区2023年政府工作报告数据[DB/OL]. 2.0.0版. 涧西区报告数据维护者, 2026[2026-11-28]. [网址未设置]"
DATASET_GBT_EN = "Jianxi report explorer maintainers. Jianxi District 2023 Government Work Report as data[DB/OL]. Version 2.0.0. Jianxi report explorer maintainers, 2026[2026-11-28]. [URL not set]"
DATASET_GBT_ZH_URL = "涧西区报告数据维护者. 涧西区2023年政府工作报告数据[DB/OL]. 2.0.0版. 涧西区报告数据维护者, 2026[2026-11-28]. https://jianxi.example.org"
DATASET_APA_ZH = "涧西区报告数据维护者. (2026). 涧西区2023年政府工作报告数据 (版本 2.0.0) [数据集]. [网址未设置]"
DATASET_APA_EN = "Jianxi report explorer maintainers. (2026). Jianxi District 2023 Government Work Report as data (Version 2.0.0) [Data set]. [URL not set]"
DATASET_APA_EN_URL = "Jianxi report explorer maintainers. (2026). Jianxi District 2023 Government Work Report as data (Version 2.0.0) [Data set]. https://jianxi.example.org"
CHART_GBT_ZH = "涧西区报告数据维护者. 涧西区占洛阳全市的比重（2022年，报告所述）[DB/OL]//涧西区报告数据维护者. 涧西区2023年政府工作报告数据. 2.0.0版. 涧西区报告数据维护者, 2026[2026-11-28]. [网址未设置]"
CHART_GBT_EN = "Jianxi report explorer maintainers. Jianxi's share of the Luoyang total (2022, as the report states)[DB/OL]//Jianxi report explorer maintainers. Jianxi District 2023 Government Work Report as data. Version 2.0.0. Jianxi report explorer maintainers, 2026[2026-11-28]. https://jianxi.example.org/share_of_city?lang=English"
CHART_APA_ZH = "涧西区报告数据维护者. (2026). 涧西区占洛阳全市的比重（2022年，报告所述） [图表]. 涧西区2023年政府工作报告数据 (版本 2.0.0). [网址未设置]"
CHART_APA_EN = "Jianxi report explorer maintainers. (2026). Jianxi's share of the Luoyang total (2022, as the report states) [Chart]. Jianxi District 2023 Government Work Report as data (Version 2.0.0). https://jianxi.example.org/share_of_city?lang=English"
FIGURE_GBT_ZH = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_ZH}"
FIGURE_GBT_EN = f"[1] {REPORT_GBT}\n[2] {DATASET_GBT_EN}"
FIGURE_APA_ZH = (
    "（涧西区人民政府，2023，一（一）第1段·四是；涧西区报告数据维护者，2026）\n\n"
    "涧西区人民政府. (2023年2月21日). 政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上.\n"
    f"{DATASET_APA_ZH}"
)
FIGURE_APA_EN = (
    "(People's Government of Jianxi District, 2023, Part 1, §(1), para. 1, item 4; Jianxi report explorer maintainers, 2026)\n\n"
    "People's Government of Jianxi District. (2023, February 21). 政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上 "
    "[Government work report, delivered at the Third Session of the 16th People's Congress of Jianxi District on 21 February 2023].\n"
    f"{DATASET_APA_EN}"
)
REPORT_GBT_WITH_URL = "涧西区人民政府. 政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R/OL]. 洛阳: 涧西区人民政府, 2023: 一（一）第1段·四是[2026-11-28]. https://www.example.gov.cn/report.pdf"


@pytest.fixture
def locator():
    return load().locate(QUOTE, SECTION)


def test_figure_in_both_standards_and_languages(locator):
    assert citation.figure(locator, "zh", ACCESSED, None).gbt7714 == FIGURE_GBT_ZH
    assert citation.figure(locator, "en", ACCESSED, None).gbt7714 == FIGURE_GBT_EN
    assert citation.figure(locator, "zh", ACCESSED, None).apa == FIGURE_APA_ZH
    assert citation.figure(locator, "en", ACCESSED, None).apa == FIGURE_APA_EN


def test_chart_in_both_standards_and_languages():
    assert citation.chart(CHART_ZH, "zh", ACCESSED, None).gbt7714 == CHART_GBT_ZH
    assert citation.chart(CHART_EN, "en", ACCESSED, CHART_URL).gbt7714 == CHART_GBT_EN
    assert citation.chart(CHART_ZH, "zh", ACCESSED, None).apa == CHART_APA_ZH
    assert citation.chart(CHART_EN, "en", ACCESSED, CHART_URL).apa == CHART_APA_EN


def test_dataset_in_both_standards_and_languages():
    assert citation.dataset("zh", ACCESSED, None).gbt7714 == DATASET_GBT_ZH
    assert citation.dataset("en", ACCESSED, None).gbt7714 == DATASET_GBT_EN
    assert citation.dataset("zh", ACCESSED, URL).gbt7714 == DATASET_GBT_ZH_URL
    assert citation.dataset("zh", ACCESSED, None).apa == DATASET_APA_ZH
    assert citation.dataset("en", ACCESSED, None).apa == DATASET_APA_EN
    assert citation.dataset("en", ACCESSED, URL).apa == DATASET_APA_EN_URL


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


def _bibtex_entries(text: str) -> dict:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {entry.key: entry for entry in library.entries}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bibtex_parses(locator, lang):
    figure = _bibtex_entries(citation.figure(locator, lang, ACCESSED, None).bibtex)
    assert set(figure) == {"jianxi_government_2023_work_report", "jianxi_report_data"}
    report = figure["jianxi_government_2023_work_report"]
    assert report.entry_type == "techreport"
    assert report["note"] == "一（一）第1段·四是"
    assert report["institution"] == "涧西区人民政府"
    assert figure["jianxi_report_data"]["version"] == "2.0.0"
    (chart,) = _bibtex_entries(citation.chart("Share: 44.3% & more", lang, ACCESSED, CHART_URL).bibtex).values()
    assert chart["title"] == r"{Share: 44.3\% \& more}"
    assert chart["url"] == CHART_URL
    assert chart["urldate"] == "2026-11-28"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ris_parses(locator, lang):
    report, data = rispy.loads(citation.figure(locator, lang, ACCESSED, None).ris)
    assert report["type_of_reference"] == "RPRT"
    assert report["authors"] == ["涧西区人民政府"]
    assert report["notes"] == ["一（一）第1段·四是"]
    assert data["type_of_reference"] == "DATA"
    assert data["edition"] == "2.0.0"
    (dataset,) = rispy.loads(citation.dataset(lang, ACCESSED, URL).ris)
    assert dataset["urls"] == [URL]
    assert dataset["access_date"] == "2026/11/28"


def test_citation_cff_is_valid_and_agrees_with_the_descriptor():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parent / "schemas" / "citation-file-format-1.2.0.json").read_text())
    jsonschema.validate(cff, schema, format_checker=jsonschema.FormatChecker())
    descriptor = package.descriptor()
    assert cff["version"] == descriptor["version"]
    assert cff["title"] == descriptor["title_en"]
    assert cff["date-released"] == descriptor["created"]
    assert cff["references"][0]["title"] == descriptor["sources"][0]["title"]


def test_citation_cff_validation_can_fail():
    schema = json.loads((Path(__file__).parent / "schemas" / "citation-file-format-1.2.0.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"cff-version": "1.2.0", "title": "x"}, schema)
