"""Measure how the charts lay out in a real browser: `python -m bench.chart_layout [--size 390x844 ...]`.

For every chart page in both languages it counts the chart texts (titles, subtitles, ticks, legend
entries, value labels, the source line) that run outside their chart's box, the tick labels that
overlap each other, and a modebar or legend drawn over the title. A measurement for issue 12's phone
layout, run on demand (not a test: at 390 px wide it does not yet reach zero), printed as a Markdown
table.
"""

from __future__ import annotations

from typing import Annotated

import typer
from playwright.sync_api import sync_playwright

from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, PHONE, running_app

PAGES = ["", "share_of_city", "years", "sectors"]
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
    for (const axis of ['.xtick text', '.ytick text']) {
      const ticks = [...plot.querySelectorAll(axis)].map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
      for (let a = 0; a < ticks.length; a++)
        for (let b = a + 1; b < ticks.length; b++)
          if (overlap(ticks[a], ticks[b])) bad.push(`chart ${index}: ${axis} labels overlap`);
    }
    const title = plot.querySelector('.infolayer .gtitle');
    for (const cover of [plot.querySelector('.modebar'), plot.querySelector('.legend')]) {
      if (cover && title && overlap(cover.getBoundingClientRect(), title.getBoundingClientRect()))
        bad.push(`chart ${index}: ${cover.getAttribute('class')} over the title`);
    }
  });
  return bad;
}"""


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
