"""Accessibility as a browser sees it (issue 23): axe-core finds no serious or critical violation on any
page, in either language, on a phone or a desktop; every chart has an accessible name that starts with
its title and adds no more than its camera to the tab order; the page links are named by their titles
alone and show where the keyboard is.

axe-core is the copy the `axe-playwright-python` package (pinned in requirements-dev.txt) ships."""

import ast
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from browsing import DEVICES, LANGUAGES, PAGES, wait_for_app, wait_settled

from gwr import reports
from gwr.paths import ROOT

# app.py's pages: (script, title key, icon, URL path), read from the router without running it.
PAGE_SPECS = ast.literal_eval(re.search(r"^PAGES = (\(.*?^\))", (ROOT / "app.py").read_text(), re.M | re.S)[1])

AXE = Axe()
# WCAG 2.1 A and AA, and axe's best practices (heading order, landmarks).
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
}
BLOCKING = ("serious", "critical")


def _view(browser, device: str):
    viewport, emulation = DEVICES[device]
    return browser.new_context(viewport=viewport, **emulation)


@pytest.mark.parametrize("device", list(DEVICES))
def test_axe_finds_no_serious_violation_on_any_page(server, browser, device):
    context = _view(browser, device)
    page = context.new_page()
    found = {}
    for path, (charts, *_titles) in PAGES.items():
        for lang in LANGUAGES:
            page.goto(f"{server}/{path}?lang={lang}")
            wait_for_app(page, charts)
            wait_settled(page)
            violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
            blocking = [
                f"{v['id']} ({v['impact']}): {node['html'][:120]}"
                for v in violations
                if v["impact"] in BLOCKING
                for node in v["nodes"]
            ]
            if blocking:
                found[f"{path or 'overview'}?lang={lang}"] = blocking
    context.close()
    assert found == {}


CHART_ACCESS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(chart => {
    const selector = '[role="figure"][aria-label], [role="img"][aria-label]';
    const named = chart.matches(selector) ? chart : chart.querySelector(selector);
    const title = chart.querySelector('.gtitle');
    const stops = [...chart.querySelectorAll('a[href], button, input, [tabindex]')].filter(e => e.tabIndex >= 0);
    return {
        name: named ? named.getAttribute('aria-label') : null,
        title: title ? title.textContent : null,
        stops: stops.map(e => e.getAttribute('aria-label') || e.getAttribute('data-title') || e.tagName),
    };
})"""


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("device", list(DEVICES))
def test_every_chart_has_an_accessible_name_and_one_tab_stop_at_most(server, browser, device, lang):
    context = _view(browser, device)
    page = context.new_page()
    for path, (charts, *_titles) in PAGES.items():
        if not charts:
            continue
        page.goto(f"{server}/{path}?lang={lang}")
        wait_for_app(page, charts)
        found = page.evaluate(CHART_ACCESS)
        assert found, path
        for chart in found:
            # Its title, then a sentence of what it shows (gwr.app.display.alt_text).
            assert chart["name"] and chart["title"], (path, chart)
            name, title = ("".join(text.split()) for text in (chart["name"], chart["title"]))  # wrapped lines
            assert name.startswith(title) and len(name) > len(title) + 15, (path, chart)
            # The camera on a desktop (Plotly's modebar had eight buttons a chart); none on a phone.
            assert len(chart["stops"]) <= (1 if device == "desktop" else 0), (path, chart["stops"])
    context.close()


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_links_are_named_by_their_titles_and_show_focus(server, desktop, lang):
    desktop.goto(f"{server}/?lang={lang}")
    wait_for_app(desktop, PAGES[""][0])
    links = desktop.locator('[data-testid="stSidebarNav"] a')
    names = [" ".join(links.nth(i).aria_snapshot().split("\n")[0].split('"')[1::2]) for i in range(links.count())]
    # A screen reader hears "Overview", not the icon's ligature word ("dashboard Overview").
    names_shown = [reports.shipped().text(key, lang) for _script, key, *_rest in PAGE_SPECS]
    assert names == names_shown  # the years page is named by the shipped report's years
    for _ in range(40):  # Tab from the top of the page until the keyboard reaches the first page link
        desktop.keyboard.press("Tab")
        if desktop.evaluate("document.activeElement.closest('[data-testid=\"stSidebarNav\"]') !== null"):
            break
    else:
        pytest.fail("Tab never reached the page links")
    outline = desktop.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] != "none" and float(outline[1].removesuffix("px")) >= 2, outline
