"""Every widget in the visitor's language, and filters that come back with their page, in Chromium:
each selectbox and multiselect of every page opened in both languages shows no text of the other
language (nor Streamlit's own English); chosen chips follow a language switch both ways; a page left
and come back to through the sidebar has its filters again, in the URL and in the widgets."""

import re

import pytest
from browsing import DEVICES, LANGUAGES, PAGES, SHOTS, assert_no_error, wait_for_app
from test_browser import VISIBLE_TEXT, wrong_language

# Streamlit's own words in its selects (its frontend has no other language): none may show.
STREAMLIT_WORDS = ("Select all", "Choose an option", "Choose options", "No options to select")
SELECTORS = '[data-testid="stMain"] [data-testid="stSelectbox"], [data-testid="stMain"] [data-testid="stMultiSelect"]'
CHIPS = '[data-testid="stMultiSelect"] [data-tag] > span[title]'
# The links that set a value in every selector a page draws at first (the Data dictionary's table
# select is behind a closed expander).
FILTERED = {
    "data": "sector=trade,finance&year=2022&kind=actual&wording=approx",
    "share_of_city": "sector=trade,enterprises",
    "sectors": "sector=trade&cluster=direction_hydrogen_storage",
    "years": "sector=enterprises",
    "report": "",
    "ledger": "",
    "compare": "indicator=gdp",
    "sql": "",
    "": "",
}
CHIP_LABELS = {
    "zh": ["外贸开放", "金融财税", "2022年（实绩）", "实绩", "约数（约、近、余、左右）"],
    "en": ["Trade", "Finance", "2022 (results)", "Result", "approximate (约, 近, 余, 左右)"],
}


def open_page(browser, url: str, charts: int, viewport=None):
    context = browser.new_context(viewport=viewport or {"width": 1400, "height": 3000})
    page = context.new_page()
    page.goto(url)
    wait_for_app(page, charts)
    return context, page


def texts_with_each_dropdown_open(page) -> list:
    """The page's visible text, and again with each select's list open, one at a time."""
    found = page.evaluate(VISIBLE_TEXT)
    for i in range(page.locator(SELECTORS).count()):
        page.locator(SELECTORS).nth(i).locator("input").first.click()
        page.wait_for_selector('[role="listbox"] [role="option"]', timeout=10_000)
        found += page.evaluate(VISIBLE_TEXT)
        page.keyboard.press("Escape")
        page.wait_for_selector('[role="listbox"]', state="detached", timeout=10_000)
    return found


def other_language(found: list, lang: str) -> list[str]:
    return wrong_language(found, lang) + [text for text, _ in found if text in STREAMLIT_WORDS]


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("path", list(PAGES))
def test_open_dropdowns_are_in_the_visitors_language(server, browser, path, lang):
    query = "&".join(filter(None, [FILTERED[path], f"lang={lang}"]))
    context, page = open_page(browser, f"{server}/{path}?{query}", PAGES[path][0])
    found = texts_with_each_dropdown_open(page)
    assert_no_error(page)
    context.close()
    assert other_language(found, lang) == []


@pytest.mark.parametrize(("before", "after"), [("en", "zh"), ("zh", "en")])
@pytest.mark.parametrize("path", ["data", "share_of_city", "sectors"])
def test_chosen_options_follow_a_language_switch(server, browser, path, before, after):
    """Streamlit keeps a select's choice in the browser as labels: after the switch, chips, options
    and the whole page are in the new language."""
    context, page = open_page(browser, f"{server}/{path}?{FILTERED[path]}&lang={before}", PAGES[path][0])
    page.get_by_text(LANGUAGES[after], exact=True).first.click()
    title = PAGES[path][1 if after == "zh" else 2]
    page.wait_for_function(f"document.querySelector('h1').innerText === {title!r}")
    page.wait_for_timeout(800)
    if path == "data":
        assert page.locator(CHIPS).all_inner_texts() == CHIP_LABELS[after]
    found = texts_with_each_dropdown_open(page)
    assert_no_error(page)
    context.close()
    assert other_language(found, after) == []


COUNT = {"zh": re.compile(r"^(\d+)个数字"), "en": re.compile(r"^([\d,]+) figures?\b")}


def figures_shown(page, lang: str) -> int:
    """The Data page's count of the figures its table shows."""
    for text in page.locator('[data-testid="stMain"] p, [data-testid="stMain"] strong').all_inner_texts():
        if match := COUNT[lang].match(text.strip()):
            return int(match.group(1).replace(",", ""))
    raise AssertionError("no count of figures on the page")


def go_by_sidebar(page, path: str, charts: int) -> None:
    page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').click()
    page.wait_for_url(re.compile(rf"/{path}(\?|$)"))
    wait_for_app(page, charts)
    page.wait_for_timeout(800)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_filters_come_back_with_their_page_through_the_sidebar(server, browser, lang):
    context, page = open_page(browser, f"{server}/data?sector=trade,finance&lang={lang}", 0, DEVICES["desktop"][0])
    narrowed = figures_shown(page, lang)
    go_by_sidebar(page, "share_of_city", PAGES["share_of_city"][0])
    assert "sector=" not in page.url and page.locator(CHIPS).count() == 0  # Data's filters stay Data's
    go_by_sidebar(page, "data", 0)
    assert re.search(r"sector=trade(,|%2C)finance", page.url), page.url
    assert f"lang={lang}" in page.url
    assert page.locator(CHIPS).all_inner_texts() == CHIP_LABELS[lang][:2]
    assert figures_shown(page, lang) == narrowed
    assert_no_error(page)
    context.close()
    every = open_page(browser, f"{server}/data?lang={lang}", 0, DEVICES["desktop"][0])  # a new session
    assert figures_shown(every[1], lang) > narrowed and every[1].locator(CHIPS).count() == 0
    every[0].close()


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("device", list(DEVICES))
def test_screenshots_of_the_filters_and_gdp_sources(server, browser, device, lang):
    """Screenshots to look at (artifacts/screenshots/): Data with chosen chips and its sector list open,
    Share of city's GDP sources."""
    viewport, emulation = DEVICES[device]
    context = browser.new_context(viewport=viewport, **emulation)
    page = context.new_page()
    page.goto(f"{server}/data?{FILTERED['data']}&lang={lang}")
    wait_for_app(page, 0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(SELECTORS).first.locator("input").first.click()
    page.wait_for_selector('[role="listbox"] [role="option"]', timeout=10_000)
    page.screenshot(path=SHOTS / f"language-data-open-{device}-{lang}.png")
    page.keyboard.press("Escape")
    page.goto(f"{server}/share_of_city?{FILTERED['share_of_city']}&lang={lang}")
    wait_for_app(page, PAGES["share_of_city"][0])
    gdp = page.get_by_text("区县GDP" if lang == "zh" else "District GDP", exact=False).first
    gdp.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=SHOTS / f"language-share-gdp-{device}-{lang}.png")
    assert_no_error(page)
    context.close()
