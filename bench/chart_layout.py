"""Measure how the charts lay out in a real browser: `python -m bench.chart_layout [--size 390x844 ...]`.

For every chart page in both languages it counts the chart texts (titles, subtitles, ticks, legend
entries, value labels, the source line) that run outside their chart's box, the tick labels that
overlap each other, and a modebar or legend drawn over the title. A measurement for issue 12's phone
layout, printed as a Markdown table; tests/test_browser.py asserts the same count is 0 on every chart view.
"""

from __future__ import annotations

from typing import Annotated

import typer
from playwright.sync_api import sync_playwright

from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, OFFENDERS, PHONE, running_app

PAGES = ["", "share_of_city", "years", "sectors"]


def main(
    size: Annotated[list[str] | None, typer.Option("--size", help="Viewport, e.g. 390x844 (repeatable).")] = None,
    detail: Annotated[bool, typer.Option("--detail", help="List every offending element.")] = False,
) -> None:
    sizes = [tuple(int(n) for n in s.split("x")) for s in (size or ["390x844", "1400x900"])]
    rows = []
    with running_app() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, height in sizes:
            for lang in ("zh", "en"):
                for path in PAGES:
                    device = PHONE if width <= 640 else {}
                    context = browser.new_context(viewport={"width": width, "height": height}, **device)
                    page = context.new_page()
                    page.goto(f"{url}/{path}?lang={lang}")
                    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
                    page.wait_for_timeout(2500)
                    found = page.evaluate(OFFENDERS)
                    rows.append((f"{width}×{height}", lang, path or "overview", found))
                    context.close()
        browser.close()
    typer.echo("| viewport | language | page | offending chart texts |\n|---|---|---|---|")
    for viewport, lang, page_name, found in rows:
        typer.echo(f"| {viewport} | {lang} | {page_name} | {len(found)} |")
        if detail:
            for item in found:
                typer.echo(f"|  |  |  | {item} |")


if __name__ == "__main__":
    typer.run(main)
