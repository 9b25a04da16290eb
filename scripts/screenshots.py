"""Refresh the screenshots in docs/screenshots from the running app: `python -m scripts.screenshots`.

Each is taken in Chromium from `streamlit run app.py`, the way a visitor sees the page: a phone
(390×844, a phone's user agent and touch), a desktop window (1400×900) and a briefing slide
(1600×900). A phone's chart is also taken alone, from a window tall enough to hold all of it.
"""

from __future__ import annotations

from pathlib import Path

import typer
from playwright.sync_api import sync_playwright

from tests.browsing import CHROMIUM, CHROMIUM_ARGS, PHONE, running_app

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# name: (path with query, viewport, phone?, charts to wait for)
SHOTS = {
    "phone_overview_zh": ("?lang=zh", (390, 844), True, 1),
    "phone_share_zh": ("share_of_city?lang=zh", (390, 844), True, 1),
    "phone_share_en": ("share_of_city?lang=en", (390, 844), True, 1),
    "phone_data_en": ("data?lang=en&sector=trade,finance", (390, 844), True, 0),
    "phone_data_zh": ("data?lang=zh", (390, 844), True, 0),
    "phone_share_chart_zh": ("share_of_city?lang=zh", (390, 2000), True, 1),
    "phone_years_chart_en": ("years?lang=en", (390, 1400), True, 3),
    "phone_sectors_chart_en": ("sectors?sector=urban&lang=en", (390, 2400), True, 2),
    "overview": ("?lang=zh", (1400, 900), False, 1),
    "share_en": ("share_of_city?lang=en", (1400, 900), False, 1),
    "years": ("years?lang=zh", (1400, 900), False, 3),
    "sectors_en": ("sectors?sector=urban&lang=en", (1400, 900), False, 2),
    "slide_years_en": ("years?lang=en&briefing=1&chart=year_pairs", (1600, 900), False, 1),
    "slide_sector_count_zh": ("sectors?sector=urban&lang=zh&briefing=1&chart=sector_count", (1600, 900), False, 1),
    "slide_trade_money_en": ("sectors?sector=trade&lang=en&briefing=1&chart=sector_money_cny", (1600, 900), False, 1),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with running_app() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (path, (width, height), phone, charts) in SHOTS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, **(PHONE if phone else {}))
            page = context.new_page()
            page.goto(f"{url}/{path}")
            page.wait_for_selector("h1", state="attached", timeout=60_000)  # a slide hides its h1
            page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2 * {charts}")
            page.wait_for_timeout(1500)
            if name.endswith(("_chart_zh", "_chart_en")):
                page.locator(".js-plotly-plot").first.screenshot(path=OUT / f"{name}.png")
            else:
                page.screenshot(path=OUT / f"{name}.png")
            typer.echo(f"{name}.png")
            context.close()
        browser.close()


if __name__ == "__main__":
    typer.run(main)
