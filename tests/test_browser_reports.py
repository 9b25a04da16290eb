"""Across reports in a real browser, in both languages, at 1400×900 and at 390×844 with a phone's user
agent: the ledger of two consecutive MADE-UP reports (tests/made_up_reports.py) shows every verdict
class in its words; with Jianxi alone it lists the targets as not yet reported; the sidebar's report
picker keeps every other filter of the URL."""

from __future__ import annotations

import re

import pytest
from browsing import DEVICES, assert_no_error, running_app, wait_for_app, wait_settled
from made_up_reports import EAST_2024

from gwr import i18n
from gwr.rules import ledger

LANGS = ["zh", "en"]


@pytest.fixture(scope="module")
def served(made_up_reports, browser):
    """The app with the made-up reports beside Jianxi's, and the module's browser."""
    with running_app({"GWR_REPORTS_DIR": str(made_up_reports)}) as url:
        yield url, browser


def open_tab(browser, device: str):
    viewport, extra = DEVICES[device]
    context = browser.new_context(viewport=viewport, **extra)
    return context, context.new_page()


def main_text(page) -> str:
    """What the page shows: its text, and its tables' cells (a phone's rows are text; a desktop's grid is
    drawn on a canvas, so its cells are read through the grid's own copy for screen readers)."""
    grids = page.locator('[data-testid="stDataFrame"] table').all_inner_texts()
    return page.locator('[data-testid="stMain"]').inner_text() + "\n".join(grids)


def shown_verdicts(page, lang: str) -> set[ledger.Verdict]:
    """The verdicts the page gives: each year's count line (共61项目标：尚无下年报告 61。), the tables'
    verdict column (a desktop grid's cells, as far as it draws them; a phone row's "判定：…")."""
    counts = (
        page.locator('[data-testid="stMain"] p')
        .filter(has_text=re.compile(r"^\d+ targets: |^共\d+项目标"))
        .all_inner_texts()
    )
    cells = {cell.strip() for cell in page.locator('[data-testid="stDataFrame"] table td').all_inner_texts()}
    rows = page.locator('[data-testid="stMain"]').inner_text()
    found = set()
    for code in ledger.Verdict:
        word = i18n.t(ledger.label_key(code), lang)
        in_row = i18n.t("label_value", lang).format(label=i18n.t("ledger_verdict", lang), value=word)
        if in_row in rows or word in cells or any(f"{word} " in line for line in counts):
            found.add(code)
    return found


@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("lang", LANGS)
def test_the_ledger_of_two_consecutive_reports_shows_every_verdict(served, device, lang):
    url, browser = served
    context, page = open_tab(browser, device)
    try:
        page.goto(f"{url}/ledger?report={EAST_2024}&lang={lang}")
        wait_for_app(page, 0)
        assert_no_error(page)
        # The results without a target are behind their expander, built when it is opened.
        page.locator('[data-testid="stExpander"] summary').first.click()
        inside = page.locator('[data-testid="stExpander"] [data-testid="stElementContainer"]').first
        inside.wait_for()
        inside.scroll_into_view_if_needed()
        wait_settled(page)
        assert shown_verdicts(page, lang) == set(ledger.Verdict)
        text = main_text(page)
        assert i18n.t(ledger.NOTE_JUST_MET, lang)[:20] in text
        assert "106%" in text  # the report's own statement, apart from the verdicts
        page.screenshot(path=f"artifacts/ledger-made-up-{lang}-{device}.png")
    finally:
        context.close()


@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("lang", LANGS)
def test_jianxi_alone_lists_its_targets_as_not_yet_reported(server, browser, device, lang):
    context, page = open_tab(browser, device)
    try:
        page.goto(f"{server}/ledger?lang={lang}")
        wait_for_app(page, 0)
        assert_no_error(page)
        assert shown_verdicts(page, lang) == {ledger.Verdict.NOT_YET_REPORTED}
        text = main_text(page)
        assert "Adding a report" in text and "110%" in text
        # One report loaded: no picker in the sidebar.
        assert page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_picker_keeps_every_other_filter(served, lang):
    url, browser = served
    context, page = open_tab(browser, "desktop")
    try:
        page.goto(f"{url}/data?sector=economy&wording=at_least&lang={lang}")
        wait_for_app(page, 0)
        picker = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]')
        picker.locator("input").first.click()
        label = i18n.t("report_label", lang).format(
            place="东区" if lang == "zh" else "East District (made up)", year=2024
        )
        page.get_by_role("option", name=label).click()
        page.wait_for_url(re.compile(f"report={EAST_2024}"))
        wait_settled(page)
        query = page.url.split("?", 1)[1]
        assert "sector=economy" in query and "wording=at_least" in query and f"lang={lang}" in query
        assert ("东区" if lang == "zh" else "East District") in main_text(page)
        # Another page through the sidebar keeps the report.
        page.locator('[data-testid="stSidebarNav"] a[href$="/ledger"]').click()
        page.wait_for_url(re.compile(r"/ledger\?"))
        wait_for_app(page, 0)
        assert f"report={EAST_2024}" in page.url
    finally:
        context.close()


@pytest.mark.parametrize("device", list(DEVICES))
def test_axe_finds_no_serious_violation_across_reports(served, device):
    """The screens only further reports draw (the picker, the ledger with its chart and every verdict,
    compare with its shares chart), in both languages, by axe-core's WCAG A/AA rules."""
    from test_browser_access import AXE, AXE_OPTIONS, BLOCKING

    url, browser = served
    context, page = open_tab(browser, device)
    found = {}
    try:
        for path in (f"ledger?report={EAST_2024}", "compare?indicator=gdp", f"?report={EAST_2024}"):
            for lang in LANGS:
                page.goto(f"{url}/{path}&lang={lang}")
                wait_for_app(page, 1)
                wait_settled(page)
                violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
                blocking = [
                    f"{v['id']}: {n['html'][:100]}" for v in violations if v["impact"] in BLOCKING for n in v["nodes"]
                ]
                if blocking:
                    found[f"{path}&lang={lang}"] = blocking
    finally:
        context.close()
    assert found == {}
