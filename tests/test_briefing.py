"""Briefing exports: every chart, in both languages, with titles and source; clear advice without a browser."""

import html
import re
import struct
from datetime import date

import pytest
from typer.testing import CliRunner

from gwr import charts as charts_module
from gwr import citation, i18n, reports
from gwr.charts import briefing
from gwr.store import db

SOURCE_ZH = "来源：涧西区人民政府《政府工作报告》"
AUTHOR_ZH = "涧西区报告数据项目贡献者"
AUTHOR_EN = "Jianxi report explorer contributors"
PLACEHOLDERS = ("URL not set", "网址未设置", "JIANXI_PUBLIC_URL")
REPORT = reports.shipped()


@pytest.fixture(scope="module")
def con():
    return db.build()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_dashboard_chart_is_in_the_batch(con, lang):
    charts = briefing.charts_for(lang, con)
    names = [c.name for c in charts]
    assert len(names) == len(set(names))
    sectors = db.execute(con, "sectors")["sector"]
    expected = 5 + sum(
        len(charts_module.sector_groups(db.execute(con, "sector_figures", sector=s))[0]) for s in sectors
    )
    assert len(charts) == expected
    pairs = [c for c in charts if c.name.startswith("results-2022-vs-targets-2023")]
    assert len(pairs) == 2  # the like-for-like default, and the view with the † pairs added
    for chart in charts:
        assert chart.caption
        assert any(("数据版本" if lang == "zh" else "data version") in a.text for a in chart.figure.layout.annotations)


SECTOR_SLIDE = {
    "zh": "涧西区 · 市场主体：2022年实绩 → 2023年目标（口径一致的指标）",
    "en": "Jianxi District · Enterprises: 2022 results → 2023 targets (like-for-like indicators)",
}


def slide_title(figure) -> str:
    return html.unescape(charts_module.for_slide(figure, "cite me", height=900).layout.title.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_slide_titles_name_the_district_and_the_filter(con, lang):
    """A slide travels without its page: its title names the district, and the sector its rows are,
    before the chart's own title (kept whole); a citation keeps the chart's own title."""
    district, sector_names = REPORT.words(lang)["place"], [i18n.sector_name(s, lang) for s in i18n.SECTORS]
    batch = briefing.charts_for(lang, con)
    for chart in batch:
        title = slide_title(chart.figure)
        assert district in title and title.endswith(chart.caption), title
        if chart.name.startswith("sector-"):
            assert i18n.sector_name(chart.name.split("-")[1], lang) in title
        else:  # a chart of every sector names none
            assert not [name for name in sector_names if f"{name}：" in title or f"{name}: " in title], title
    every_sector = next(chart for chart in batch if chart.name == "results-2022-vs-targets-2023")
    assert slide_title(every_sector.figure) == f"{district} · {every_sector.caption}"
    enterprises = charts_module.year_pairs(db.execute(con, "year_pairs", sector="enterprises"), lang, report=REPORT)
    assert slide_title(enterprises) == SECTOR_SLIDE[lang]
    assert charts_module.title_of(charts_module.for_slide(enterprises, "cite me")) == charts_module.title_of(
        enterprises
    )
    for sector in db.execute(con, "year_pairs")["sector"].unique():
        figure = charts_module.year_pairs(
            db.execute(con, "year_pairs", sector=sector), lang, unlike=True, report=REPORT
        )
        assert slide_title(figure).startswith(f"{district} · {i18n.sector_name(sector, lang)}")


def test_missing_browser_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(briefing.BriefingError, match="apt-get install chromium fonts-noto-cjk"):
        briefing.find_browser()
    result = CliRunner().invoke(briefing.app, ["--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "BROWSER_PATH" in result.output


def test_browser_path_that_is_not_a_file(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chrome"))
    with pytest.raises(briefing.BriefingError, match="not a file"):
        briefing.find_browser()


def test_bad_size_and_format_are_explained(tmp_path):
    with pytest.raises(briefing.BriefingError, match="1600x900"):
        briefing.export(tmp_path, ["zh"], "png", "big")
    with pytest.raises(briefing.BriefingError, match="png, svg, pdf"):
        briefing.export(tmp_path, ["zh"], "gif", "1600x900")


@pytest.mark.parametrize("url", [None, "https://jianxi.example.org"])
def test_contact_sheet_and_slides_cite_without_a_placeholder(con, tmp_path, monkeypatch, url):
    """No browser needed: the contact sheet's and the slides' citation lines, with and without a public URL."""
    if url:
        monkeypatch.setenv("JIANXI_PUBLIC_URL", url)
    else:
        monkeypatch.delenv("JIANXI_PUBLIC_URL", raising=False)
    entries = [
        (lang, chart, tmp_path / lang / f"{chart.name}.png")
        for lang in ("zh", "en")
        for chart in briefing.charts_for(lang, con)[:2]
    ]
    index = briefing.contact_sheet(tmp_path, entries, "png").read_text(encoding="utf-8")
    assert not [mark for mark in PLACEHOLDERS if mark in index]
    kind = "[DB/OL]" if url else "[DB]"
    assert f"{kind}//{AUTHOR_ZH}" in index and f"{kind}//{AUTHOR_EN}" in index
    assert (url in index) if url else ("[DB/OL]" not in index and "http" not in index)
    assert (
        "涧西区人民政府. 涧西区2023年政府工作报告: 2023年2月21日在涧西区第十六届人民代表大会第三次会议上[R]." in index
    )
    for lang in ("zh", "en"):  # the slides' line, as export() and the app's briefing view make it
        line = citation.dataset(lang, date.today(), citation.public_url()).apa
        assert not [mark for mark in PLACEHOLDERS if mark in line] and line.endswith(f" {url}" if url else "].")


def test_export_renders_cjk_text_at_slide_size(con, tmp_path, monkeypatch):
    """A real render through Chromium, for a few charts: PNG at the asked size, SVG with the Chinese text."""
    monkeypatch.delenv("JIANXI_PUBLIC_URL", raising=False)
    few = briefing.charts_for("zh", con)[:3]
    monkeypatch.setattr(briefing, "charts_for", lambda lang, connection=None: few)
    written = briefing.export(tmp_path / "png", ["zh"], "png", "1600x900")
    assert len(written) == 3
    width, height = struct.unpack(">II", written[0].read_bytes()[16:24])
    assert width == 1600 and height >= 900
    svg = briefing.export(tmp_path / "svg", ["zh"], "svg", "1200x675")[1].read_text(encoding="utf-8")
    assert SOURCE_ZH in svg and few[1].caption in svg
    assert f"{AUTHOR_ZH}. (2026). 涧西区2023年政府工作报告数据 (版本 3.1.0) [数据集]." in svg  # the slide's citation
    assert not [mark for mark in PLACEHOLDERS if mark in svg]
    index = (tmp_path / "png" / "index.html").read_text(encoding="utf-8")
    assert index.count("<figure") == 3 and f"[DB]//{AUTHOR_ZH}" in index and "[图表]" in index
    assert re.search(r'src="zh/growth-targets-2023\.png"', index)
