"""Crafted links, in the browser: a value a visitor puts in the URL is shown, where a notice quotes it,
as plain text. Someone else's address in our link never becomes a link, an image or a frame on our
page, whatever the parameter and whatever the page."""

from urllib.parse import quote

import pytest
from browsing import PAGES, assert_no_error, wait_for_app

# Every parameter the pages read from the URL (widgets' keys, their older names, a chart's point, a
# slide's chart, the Report page's figure).
PARAMETERS = (
    "sector", "sectors", "year", "years", "kind", "kinds", "wording", "q", "restated", "unlike",
    "cluster", "table", "section", "fact", "point", "chart", "sql",
)  # fmt: skip
HOSTILE = {
    "bare address": "www.evil.example/x",
    "web address": "https://evil.example/login",
    "e-mail": "someone@evil.example",
    "Markdown link": "[official notice](https://evil.example/x)",
    "Markdown image": "![seal](https://evil.example/seal.png)",
    "HTML": '<a href="https://evil.example">x</a><img src="https://evil.example/i.png"><iframe src="https://evil.example">',
}
# Elements that point somewhere: none may point at the crafted host.
# (Our own links carry the page's URL, crafted values and all: what counts is where they lead.)
ELSEWHERE = """nodes => nodes.map(n => n.href || n.src || n.data || '')
    .filter(u => { const to = new URL(u, location.href); return to.protocol === 'mailto:' || to.hostname.includes('evil'); })"""
POINTING = "a[href], img[src], iframe[src], source[src], video[src], object[data], embed[src], link[href]"


@pytest.mark.parametrize("kind", list(HOSTILE))
@pytest.mark.parametrize("path", list(PAGES))
def test_no_crafted_value_becomes_a_link_an_image_or_a_frame(server, desktop, path, kind):
    value = HOSTILE[kind]
    query = "&".join(f"{name}={quote(value, safe='')}" for name in PARAMETERS)
    desktop.goto(f"{server}/{path}?lang=en&{query}")
    wait_for_app(desktop, 0)
    assert_no_error(desktop)
    pointing = desktop.eval_on_selector_all(POINTING, ELSEWHERE)
    assert pointing == [], f"{path} {kind}: {pointing}"
    # The notices quote the value, on one line and cut short, as text.
    notices = desktop.locator('[data-testid="stAlertContainer"]').all_inner_texts()
    assert all(len(line) < 400 for notice in notices for line in notice.splitlines()), notices


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_links_to_our_pages_open_in_the_same_tab(server, browser, lang):
    """Issue 23: a card's "sentence" link and a table's link column (window.open) load the Report page in
    the tab they are in (in WeChat a new tab is a second web view); a link elsewhere still opens apart."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/?lang={lang}")
    wait_for_app(page, PAGES[""][0])
    page.locator('[data-testid="stMetric"] a[href*="report?fact="]').first.click()
    page.wait_for_url("**/report?fact=**")
    wait_for_app(page, 0)
    assert len(context.pages) == 1
    page.wait_for_function("window.gwrSameTab === true")  # the app's script, sent after the page ran
    page.evaluate("window.open('/report?fact=2022-retail-sales&lang=en', '_blank', 'noopener,noreferrer')")
    page.wait_for_url("**/report?fact=2022-retail-sales**")
    wait_for_app(page, 0)
    assert len(context.pages) == 1
    page.wait_for_function("window.gwrSameTab === true")
    with context.expect_page():
        page.evaluate("window.open('http://elsewhere.invalid/', '_blank', 'noopener')")
    assert len(context.pages) == 2
    context.close()
