"""The app as a visitor sees it: `streamlit run app.py` on a free loopback port, driven by Debian's
Chromium through Playwright. Every page in both languages renders its charts without an error box;
one filter and one download work. Full-page screenshots go to artifacts/screenshots/ (git-ignored)."""

import re

import pytest
from browsing import DEVICES, LANGUAGES, PAGES, PHONE, SHOTS, assert_no_error, running_app, wait_for_app


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders_in_the_browser(server, page, path, lang):
    charts, title_zh, title_en = PAGES[path]
    page.goto(f"{server}/{path}?lang={LANGUAGES[lang]}")
    wait_for_app(page, charts)
    assert page.locator("h1").first.inner_text() == (title_zh if lang == "zh" else title_en)
    assert_no_error(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{path or 'overview'}-{lang}.png", full_page=True)


def test_language_switch_writes_the_url(server, page):
    page.goto(f"{server}/share_of_city")
    wait_for_app(page, 1)
    page.get_by_text("English", exact=True).first.click()
    page.wait_for_function("document.querySelector('h1').innerText === \"Jianxi District's share of Luoyang\"")
    assert "lang=en" in page.url
    data_link = page.get_by_test_id("stSidebarNavLink").filter(has_text="Data")
    data_link.wait_for()  # the navigation is drawn again in English after the switch
    page.wait_for_timeout(500)
    data_link.click()
    page.wait_for_url(re.compile(r"/data\?.*lang=en"))
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').innerText === 'Data'")


def test_filter_narrows_the_table_and_csv_downloads(server, page, tmp_path):
    page.goto(f"{server}/data")
    wait_for_app(page, 0)
    before = page.get_by_text("个数字").first.inner_text()
    search = page.get_by_label("搜索")
    search.fill("小巨人")
    search.press("Enter")
    page.wait_for_function(
        "[...document.querySelectorAll('p')].some(p => p.innerText.includes('个数字') && !p.innerText.startsWith('"
        + before.split()[0]
        + "'))"
    )
    page.wait_for_url(re.compile(r"[?&]q="))  # the filter is in the link
    with page.expect_download() as download_info:
        page.get_by_role("button", name="下载 CSV（Excel 可直接打开）").click()
    target = tmp_path / "rows.csv"
    download_info.value.save_as(target)
    content = target.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf" + b"report_id,fact_id,")  # every row names its report
    assert "小巨人" in content.decode("utf-8-sig")
    assert_no_error(page)


def test_briefing_view_has_no_chrome(server, page):
    page.goto(f"{server}/years?briefing=1")
    wait_for_app(page, 3)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert_no_error(page)
    page.screenshot(path=SHOTS / "years-briefing.png", full_page=True)


@pytest.mark.parametrize("path", ["share_of_city", "sql"])
def test_deep_link_as_the_servers_first_request(browser, path):
    """A shared link opened before anyone else visited: the frame (navigation, language) is there and
    no "page not found" dialog covers the page."""
    with running_app() as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(f"{url}/{path}?lang=English")
        wait_for_app(page, PAGES[path][0])
        assert page.locator("h1").first.inner_text() == PAGES[path][2]
        assert page.get_by_test_id("stSidebarNavLink").count() == len(PAGES)
        assert page.get_by_role("dialog").count() == 0
        assert_no_error(page)
        context.close()


CUT_OFF = """() => [...document.querySelectorAll('[data-testid="stMetricLabel"] p, [data-testid="stMetricValue"] div')]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)"""
# A card is a bordered metric; its notes (the metric's muted line) must be inside the border, and the
# cards of a row must be as tall as each other.
NOTES_OUTSIDE_CARDS = """() => [...document.querySelectorAll('[data-testid="stMetric"]')].filter(card => {
    const note = card.querySelector('[data-testid="stMetricDelta"]');
    if (!note || getComputedStyle(card).borderTopWidth === '0px') return true;
    const box = note.getBoundingClientRect(), frame = card.getBoundingClientRect();
    return box.top < frame.top || box.bottom > frame.bottom || box.left < frame.left || box.right > frame.right;
}).length"""
CARD_HEIGHTS_BY_ROW = """() => {
    const rows = {};
    for (const card of document.querySelectorAll('[data-testid="stMetric"]')) {
        const box = card.getBoundingClientRect();
        (rows[Math.round(box.top)] ??= []).push(Math.round(box.height));
    }
    return Object.values(rows);
}"""


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_cards_hold_their_notes_and_nothing_is_cut_off(server, desktop, lang):
    page = desktop
    page.goto(f"{server}/?lang={lang}")
    wait_for_app(page, 1)
    assert page.locator('[data-testid="stMetric"]').count() == 8
    assert page.evaluate(CUT_OFF) == []
    assert page.evaluate(NOTES_OUTSIDE_CARDS) == 0
    rows = page.evaluate(CARD_HEIGHTS_BY_ROW)
    assert [len(row) for row in rows] == [4, 4]  # four to a row at 1400 px
    assert all(len(set(row)) == 1 for row in rows), rows
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"overview-cards-{lang}-1400.png")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_data_page_first_screen_starts_with_the_figure(server, desktop, lang):
    page = desktop
    page.goto(f"{server}/data?lang={lang}")
    wait_for_app(page, 0)
    page.wait_for_selector('[data-testid="stDataFrame"] [role="columnheader"]', state="attached", timeout=30_000)
    grid = page.locator('[data-testid="stDataFrame"]').first
    assert grid.bounding_box()["y"] < 900 / 2  # the table starts on the first screen
    headers = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stDataFrame"] [role="columnheader"]')]
        .map(h => h.innerText.trim())"""
    )
    expected = (
        ["指标", "数值", "措辞", "年度", "类型"] if lang == "zh" else ["Indicator", "Figure", "Wording", "Year", "Kind"]
    )
    assert headers[:5] == expected
    page.screenshot(path=SHOTS / f"data-first-screen-{lang}-1400.png")


# Facts spread over the report: part 一 (its first and fifth headings), part 二, part 三 (two headings),
# the glossary. Each must land with its clause in view on a laptop-sized window, without scrolling.
LANDING_FACTS = [
    "2022-imports-exports",
    "2022-returnee-driven-employment",
    "2023-target-new-urban-jobs",
    "2023-high-tech-enterprises",
    "2023-public-kindergartens-completed",
    "2023-glossary-rcep-members",
]
LAPTOP = {"width": 1280, "height": 720}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_report_link_lands_on_the_clause(server, browser, lang):
    context = browser.new_context(viewport=LAPTOP)
    tab = context.new_page()
    try:
        for fact_id in LANDING_FACTS:
            tab.goto(f"{server}/report?fact={fact_id}&lang={LANGUAGES[lang]}")
            wait_for_app(tab, 0)
            mark = tab.locator("mark#selected-clause")
            mark.wait_for(timeout=30_000)
            assert_no_error(tab)
            box = mark.bounding_box()
            assert box is not None, fact_id
            assert box["y"] >= 0 and box["y"] + box["height"] <= LAPTOP["height"], (fact_id, box)
            assert tab.evaluate("window.scrollY") == 0
            scrolled = tab.evaluate("document.querySelector('[data-testid=\"stMain\"]')?.scrollTop ?? 0")
            assert scrolled == 0, fact_id
            assert fact_id in mark.get_attribute("title")
            if fact_id == LANDING_FACTS[0]:
                SHOTS.mkdir(parents=True, exist_ok=True)
                tab.screenshot(path=SHOTS / f"report-landing-{lang}.png")
    finally:
        context.close()


def test_clicked_point_shows_its_figure_above_the_chart_and_in_the_url(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(f"{server}/share_of_city?lang=English")
        wait_for_app(tab, 1)
        tab.locator(".js-plotly-plot .point").first.scroll_into_view_if_needed()
        bar = tab.locator(".js-plotly-plot .point").first.bounding_box()
        x, y = bar["x"] + 8, bar["y"] + bar["height"] / 2  # inside the bar, however short it is
        tab.mouse.move(x - 4, y)
        tab.mouse.move(x, y)
        tab.wait_for_timeout(300)
        tab.mouse.click(x, y)
        tab.wait_for_function("/[?&]point=[a-z0-9-]+/.test(location.search)", timeout=30_000)
        selected = tab.get_by_text("Selected figure").first
        selected.wait_for(timeout=30_000)
        chart_top = tab.locator(".js-plotly-plot").first.bounding_box()["y"]
        assert selected.bounding_box()["y"] < chart_top
        assert tab.get_by_text("Where in the report: Part ").first.is_visible()
        assert tab.get_by_role("button", name="Cite this figure").first.is_visible()
        SHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=SHOTS / "clicked-point-en.png")
    finally:
        context.close()


# Every visible text node of a page (not code blocks, tables drawn on canvas, or hidden hover layers).
VISIBLE_TEXT = r"""() => {
  const out = [];
  const skip = el => el.closest('[data-testid="stCode"], [data-testid="stSkipToContent"], .hoverlayer, script, style');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement, text = walker.currentNode.textContent.trim();
    if (!text || !el || skip(el)) continue;
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    const holder = el.closest('[data-testid]');
    out.push([text, holder ? holder.getAttribute('data-testid') : '']);
  }
  return out;
}"""
ENGLISH_PROSE = re.compile(r"[A-Za-z]{2,}(?:[\s,'’-]+[A-Za-z]{2,}){2,}")
CJK = re.compile(r"[\u3400-\u9fff]")
# In the English view, Chinese may stand in quotation marks or brackets (the report's words beside
# their translation), in the report's own text (the Report page), as the language switch's 中文, and
# as these few terms the English text uses as names.
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’|\([^()]*\)|（[^（）]*）")
ENGLISH_ALLOWS = ("中文", "风口", "百亿级")
BOTH_LANGUAGES = "语言 / Language"  # the switch's own label, readable whichever language is on
REPORT_TEXT = "stHtml"


def wrong_language(texts: list, lang: str) -> list[str]:
    found = []
    for text, holder in texts:
        if text == BOTH_LANGUAGES:
            continue
        if lang == "zh" and ENGLISH_PROSE.search(text):
            found.append(text)
        if lang == "en" and holder != REPORT_TEXT:
            rest = QUOTED.sub("", text)
            for allowed in ENGLISH_ALLOWS:
                rest = rest.replace(allowed, "")
            if CJK.search(rest):
                found.append(text)
    return found


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("path", list(PAGES))
def test_visible_text_is_in_the_visitors_language(server, browser, path, lang):
    context = browser.new_context(viewport={"width": 1400, "height": 3000})
    page = context.new_page()
    page.goto(f"{server}/{path}?lang={lang}")
    wait_for_app(page, PAGES[path][0])
    assert wrong_language(page.evaluate(VISIBLE_TEXT), lang) == []
    context.close()


def test_a_selected_table_row_shows_its_figure_above_the_table(server, desktop):
    """Cite this figure from a table row: selecting a row of the Data page shows the figure's clause,
    locator, citation and link above the table."""
    page = desktop
    page.goto(f"{server}/data?lang=en&q=小巨人")
    wait_for_app(page, 0)
    page.wait_for_selector('[data-testid="stDataFrame"] [role="columnheader"]', state="attached", timeout=30_000)
    grid = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    page.mouse.click(grid["x"] + 18, grid["y"] + 35 + 17)  # the first row's selection box
    cite = page.get_by_role("button", name="Cite this figure")
    cite.wait_for(timeout=30_000)
    table_now = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    assert cite.bounding_box()["y"] < table_now["y"]  # above the table
    assert page.get_by_text("Where in the report").first.is_visible()


# Every chart a page draws by default, by its key (?chart=<key> in briefing view shows it alone).
SLIDES = [
    ("", "growth_targets"),
    ("share_of_city", "city_shares"),
    ("years", "year_pairs"),
    ("years", "years_growth"),
    ("years", "completion"),
    ("sectors", "sector_count"),
    ("sectors", "sector_people"),
]
FONT_SIZES = r"""() => {
  const size = el => el ? parseFloat(getComputedStyle(el).fontSize || el.style.fontSize) : 0;
  const title = document.querySelector('.js-plotly-plot .gtitle');
  const notes = [...document.querySelectorAll('.js-plotly-plot .annotation-text')];
  const source = notes.find(n => /来源|Source/.test(n.textContent));
  return [size(title), size(source)];
}"""


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize(("path", "key"), SLIDES)
def test_briefing_slide_shows_one_chart_that_fits(server, browser, path, key, lang):
    context = browser.new_context(viewport={"width": 1600, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}?lang={lang}&briefing=1&chart={key}")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)  # the slide hides the page title
    page.wait_for_timeout(500)
    assert page.locator(".js-plotly-plot").count() == 1
    visible_inputs = page.locator('input:visible, textarea:visible, [role="switch"]:visible, button:visible')
    assert visible_inputs.count() == 0
    box = page.locator(".js-plotly-plot .main-svg").first.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 900 and box["x"] + box["width"] <= 1600
    title, source = page.evaluate(FONT_SIZES)
    assert title > 0 and source >= title / 2, (title, source)
    assert page.get_by_text("Data set]" if lang == "en" else "数据集]").count() == 1  # the citation line
    page.screenshot(path=SHOTS / f"slide-{key}-{lang}.png")
    context.close()


SLIDE_OR_MESSAGE = """() => document.querySelectorAll('.js-plotly-plot .main-svg').length === 1
    || !!document.querySelector('.st-key-slide_message [data-testid="stAlertContainer"]')"""


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("view", ["years?sector=enterprises", "sectors?sector=enterprises", "share_of_city", ""])
def test_every_chart_offers_its_slide_with_the_filters_and_language(server, browser, view, lang):
    """Each chart's "Slide" link opens that chart alone, with the page's filters and language."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{view}{'&' if '?' in view else '?'}lang={lang}")
    wait_for_app(page, 1)
    links = page.get_by_role("link", name=re.compile(r"^(Slide|幻灯片) ↗$"))
    assert links.count() == page.locator(".js-plotly-plot").count() >= 1
    for href in [links.nth(i).get_attribute("href") for i in range(links.count())]:
        assert f"lang={lang}" in href and "briefing=1" in href and "chart=" in href, href
        assert "sector=" not in view or "sector=enterprises" in href, href
        slide = context.new_page()
        slide.set_viewport_size({"width": 1600, "height": 900})
        slide.goto(server + href)
        slide.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        assert slide.locator(".js-plotly-plot").count() == 1
        slide.close()
    context.close()


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize(
    "view", ["years?chart=year_pairs&sector=trade", "years?chart=no_such_chart", "sectors?chart=no_such_chart"]
)
def test_a_slide_that_cannot_be_drawn_says_so_and_links_back(server, browser, view, lang):
    """A slide of a chart with no rows for its filters, or of no chart, names the chart and links back."""
    context = browser.new_context(viewport={"width": 1600, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{view}&briefing=1&lang={lang}")
    page.wait_for_function(SLIDE_OR_MESSAGE, timeout=60_000)
    message = page.locator(".st-key-slide_message")
    assert message.is_visible() and page.locator(".js-plotly-plot").count() == 0
    assert view.split("chart=")[1].split("&")[0] in message.inner_text()
    back = message.get_by_role("link")
    href = back.get_attribute("href")
    assert "briefing" not in href and "chart=" not in href and f"lang={lang}" in href
    page.screenshot(path=SHOTS / f"slide-missing-{view.split('?')[0]}-{lang}.png")
    page.goto(server + href)
    page.wait_for_selector("h1", timeout=60_000)
    assert page.locator(".st-key-slide_message").count() == 0
    context.close()


# Chart texts (titles, subtitles, ticks, legend entries, value labels, the source line) that run
# outside their chart's box, tick labels that overlap, and a modebar or legend over the title.
OFFENDERS = r"""() => {
  const bad = [];
  const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  document.querySelectorAll('.js-plotly-plot').forEach((plot, index) => {
    const box = plot.querySelector('.main-svg').getBoundingClientRect();
    const texts = plot.querySelectorAll('.infolayer text, .xtick text, .ytick text, .legendtext, .textpoint text, ' +
      '.annotation-text, .g-xtitle text, .g-ytitle text');
    texts.forEach(text => {
      const r = text.getBoundingClientRect();
      if (r.width > 0 && !inside(r, box)) bad.push(`chart ${index}: outside: ${text.textContent.slice(0, 30)}`);
    });
    // A value label beside a marker or bar must not run into the row names.
    const names = [...plot.querySelectorAll('.ytick text')].map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
    plot.querySelectorAll('.textpoint text').forEach(text => {
      const r = text.getBoundingClientRect();
      if (r.width > 0 && names.some(n => overlap(r, n))) bad.push(`chart ${index}: over a row name: ${text.textContent.slice(0, 30)}`);
    });
    for (const axis of ['.xtick text', '.ytick text']) {
      const ticks = [...plot.querySelectorAll(axis)].map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
      for (let a = 0; a < ticks.length; a++)
        for (let b = a + 1; b < ticks.length; b++)
          if (overlap(ticks[a], ticks[b])) bad.push(`chart ${index}: ${axis} labels overlap`);
    }
    for (const heading of plot.querySelectorAll('.infolayer .gtitle, .infolayer .gtitle-subtitle')) {
      for (const cover of [plot.querySelector('.modebar'), plot.querySelector('.legend')]) {
        if (cover && overlap(cover.getBoundingClientRect(), heading.getBoundingClientRect()))
          bad.push(`chart ${index}: ${cover.getAttribute('class')} over the ${heading.getAttribute('class')}`);
      }
    }
  });
  return bad;
}"""


def chart_views() -> list[tuple[str, int]]:
    """Every chart view, with the number of charts it draws: the chart pages' default views, the
    2022 → 2023 page with the pairs that are not like for like, and the Sectors page for each sector."""
    from gwr import charts
    from gwr.store import db

    views = [("", 1), ("share_of_city", 1), ("years", 3), ("years?unlike=1", 3)]
    for sector in db.run("sectors")["sector"]:
        views.append(
            (f"sectors?sector={sector}", len(charts.sector_groups(db.run("sector_figures", sector=sector))[0]))
        )
    return views


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("device", list(DEVICES))
def test_chart_texts_stay_inside_their_charts(server, browser, device, lang):
    """Issue 12: at 390×844 as a phone and at 1400×900, every chart view in both languages has no chart
    text outside its chart, no overlapping tick labels and nothing over a title."""
    viewport, emulation = DEVICES[device]
    context = browser.new_context(viewport=viewport, **emulation)
    page = context.new_page()
    found = {}
    for view, count in chart_views():
        page.goto(f"{server}/{view}{'&' if '?' in view else '?'}lang={lang}")
        page.wait_for_selector("h1", timeout=60_000)
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2 * {count}")
        page.wait_for_timeout(700)  # Plotly's automargin redraw
        assert page.locator(".js-plotly-plot").count() == count, view
        if offending := page.evaluate(OFFENDERS):
            found[view] = offending
    context.close()
    assert sum(map(len, found.values())) == 0, found


# What a finger would touch at the title and at the first chart (where on the first screen) is the title
# and the chart themselves.
UNCOVERED = """() => ['h1', '.js-plotly-plot'].filter(selector => {
    const element = document.querySelector(selector), box = element.getBoundingClientRect();
    if (box.top >= window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + Math.min(box.width, 390) / 2, Math.max(box.top, 0) + 10);
    return !(hit && element.contains(hit));
})"""


def phone_with_the_sidebar_open(server, browser, lang):
    """A phone's tab on the Overview, its sidebar opened by a tap."""
    context = browser.new_context(viewport=DEVICES["phone"][0], **PHONE)
    page = context.new_page()
    page.goto(f"{server}/?lang={lang}")
    wait_for_app(page, PAGES[""][0])
    page.locator('[data-testid="stExpandSidebarButton"]').tap()
    return context, page


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_tap_on_a_page_link_leaves_the_page_uncovered_on_a_phone(server, browser, lang):
    context, page = phone_with_the_sidebar_open(server, browser, lang)
    page.locator('[data-testid="stSidebarNav"] a[href*="share_of_city"]').tap()
    page.wait_for_url("**/share_of_city**")
    wait_for_app(page, PAGES["share_of_city"][0])
    page.wait_for_timeout(800)  # the sidebar's closing transition
    assert page.evaluate(UNCOVERED) == []
    assert f"lang={lang}" in page.url  # the tap kept the visitor's language
    heading = page.locator("h1").first.inner_text()
    assert heading == PAGES["share_of_city"][1 if lang == "zh" else 2]
    context.close()


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_language_switch_on_a_phone_closes_the_sidebar(server, browser, lang):
    context, page = phone_with_the_sidebar_open(server, browser, lang)
    other = "en" if lang == "zh" else "zh"
    page.locator('[data-testid="stSidebar"] [data-testid="stButtonGroup"] button').filter(
        has_text=LANGUAGES[other]
    ).tap()
    page.wait_for_function(
        f"document.querySelector('h1') && document.querySelector('h1').innerText === {PAGES[''][1 if other == 'zh' else 2]!r}"
    )
    page.wait_for_url(f"**lang={other}**")
    wait_for_app(page, PAGES[""][0])
    page.wait_for_timeout(800)  # the sidebar's closing transition
    assert page.evaluate(UNCOVERED) == []
    context.close()


def test_copy_link_copies_by_a_tap_on_a_phone(server, browser):
    context = browser.new_context(viewport=DEVICES["phone"][0], **PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(f"{server}/data?lang=en&sector=trade")
    wait_for_app(page, 0)
    page.locator('[data-testid="stExpandSidebarButton"]').tap()
    page.get_by_text("Copy link to this view").tap()
    copy = page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"] button')
    copy.wait_for()
    assert copy.evaluate("b => getComputedStyle(b).visibility") == "visible"  # no hover on a touch screen
    copy.tap()
    page.wait_for_timeout(300)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(server) and "sector=trade" in copied and "lang=en" in copied
    context.close()


def test_a_citation_popover_fills_when_opened(server, desktop):
    """Citations are built only while their popover is open: opening one reruns the page and shows them."""
    desktop.goto(f"{server}/?lang=en")
    wait_for_app(desktop, PAGES[""][0])
    assert desktop.get_by_text("[DB]//").count() == 0
    desktop.get_by_role("button", name="Cite this chart").click()
    desktop.get_by_text("[DB]//", exact=False).first.wait_for(timeout=30_000)
    assert desktop.get_by_role("button", name="BibTeX").count() + desktop.get_by_text("BibTeX").count() >= 1
