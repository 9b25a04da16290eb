"""Briefing exports: every chart the dashboard shows, as slide-ready image files, plus a contact sheet.

    python -m gwr.charts.briefing --out DIR [--lang zh|en|both] [--format png|svg|pdf] [--size 1600x900]

One Chromium session renders the whole batch (kaleido 1.x keeps it running between charts). The
browser is found through BROWSER_PATH or the PATH; without one, the command says what to install.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Annotated

import plotly.graph_objects as go
import typer
from tqdm import tqdm

from gwr import charts, citation, i18n, reports
from gwr.store import db
from gwr.store.queries import SQL

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FORMATS = ("png", "svg", "pdf")
INSTALL_HINT = (
    "No Chromium or Chrome was found, and the export needs one to draw the charts.\n"
    "  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk\n"
    "  Elsewhere:      install Chrome or Chromium and set BROWSER_PATH to its executable.\n"
    "fonts-noto-cjk (or another CJK font) is needed for Chinese text."
)


class BriefingError(Exception):
    """Something the person running the export must fix; the message says what."""


@dataclass(frozen=True)
class Chart:
    name: str
    figure: go.Figure

    @property
    def caption(self) -> str:
        return charts.title_of(self.figure)


def find_browser() -> str:
    """BROWSER_PATH if it points at a file, else the first Chromium or Chrome on the PATH."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if Path(configured).is_file():
            return configured
        raise BriefingError(f"BROWSER_PATH is set to {configured}, which is not a file.\n{INSTALL_HINT}")
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise BriefingError(INSTALL_HINT)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def charts_for(lang: str, connection=None) -> list[Chart]:
    """Every chart of the dashboard's pages in one language, for the shipped report (the queries bind it
    when told no other): the default views and every sector."""
    con = connection or db.build()
    shown = reports.shipped()
    found = [
        Chart(
            "growth-targets-2023", charts.growth_targets(db.execute(con, SQL.growth_targets_2023), lang, report=shown)
        ),
        Chart("share-of-luoyang-2022", charts.city_shares(db.execute(con, SQL.city_shares), lang, report=shown)),
        Chart("results-2022-vs-targets-2023", charts.year_pairs(db.execute(con, SQL.year_pairs), lang, report=shown)),
        Chart(
            "results-2022-vs-targets-2023-with-unlike-pairs",
            charts.year_pairs(db.execute(con, SQL.year_pairs), lang, unlike=True, report=shown),
        ),
        Chart(
            "target-completion-2022",
            charts.target_completion(db.execute(con, SQL.target_vs_result_2022), lang, report=shown),
        ),
    ]
    for sector in db.execute(con, SQL.sectors)["sector"]:
        figures = db.execute(con, SQL.sector_figures, sector=sector)
        for dimension in charts.sector_groups(figures)[0]:
            figure = charts.sector_dimension(figures, dimension, sector, lang, report=shown)
            found.append(Chart(f"sector-{sector}-{_slug(dimension)}", figure))
    return found


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise BriefingError(f"--size must look like 1600x900, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def contact_sheet(out: Path, entries: list[tuple[str, Chart, Path]], fmt: str) -> Path:
    """An index.html listing every image with its caption and a citation line (GB/T 7714 and APA)."""
    items = []
    for lang, chart, path in entries:
        rel = path.relative_to(out).as_posix()
        picture = f'<img src="{escape(rel)}" alt="{escape(chart.caption)}" loading="lazy">' if fmt != "pdf" else ""
        items.append(
            f'<figure lang="{lang}">{picture}<figcaption><a href="{escape(rel)}">{escape(chart.caption)}</a>'
            f"<br><small>{escape(citation.data('gbt7714', chart.caption, lang))}</small>"
            f"<br><small>{escape(citation.data('apa', chart.caption, lang))}</small></figcaption></figure>"
        )
    html = (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Jianxi briefing charts</title>'
        "<style>body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em}"
        "figure{display:inline-block;width:46%;margin:1%;vertical-align:top}img{width:100%;border:1px solid #ddd}"
        "</style></head><body>"
        f"<h1>涧西区2023年政府工作报告 · 图表 / Jianxi 2023 report · charts</h1>"
        f"<p>{escape(citation.report('gbt7714'))}<br>{escape(citation.report('apa', 'en'))}</p>"
        + "".join(items)
        + "</body></html>"
    )
    index = out / "index.html"
    index.write_text(html, encoding="utf-8")
    return index


def _batch_kaleido():
    """kaleido.Kaleido that keeps each tab loaded between figures.

    Kaleido 1.5 reloads a tab (plotly.js and all, about 0.2 s) after every figure; in a batch of
    one process the reload buys nothing, and skipping it makes a figure cost about 0.05 s.
    """
    import kaleido

    class BatchKaleido(kaleido.Kaleido):
        async def _return_kaleido_tab(self, tab) -> None:
            await self.tabs_ready.put(tab)

    if not hasattr(kaleido.Kaleido, "_return_kaleido_tab"):  # a kaleido whose internals changed: plain class
        return kaleido.Kaleido
    return BatchKaleido


async def _render(work: list[tuple[str, Chart, Path, dict]], tabs: int) -> None:
    kaleido_class = _batch_kaleido()
    progress = tqdm(total=len(work), desc="Rendering charts", unit="chart")
    async with kaleido_class(n=tabs, timeout=90, mathjax=False) as renderer:

        async def one(chart: Chart, path: Path, opts: dict) -> None:
            errors = await renderer.write_fig(chart.figure, path=path, opts=opts)
            if errors:
                raise BriefingError(f"could not render {chart.name}: {errors[0]}")
            progress.update()

        await asyncio.gather(*(one(chart, path, opts) for _, chart, path, opts in work))
    progress.close()


def export(out: Path, langs: list[str], fmt: str, size: str, scale: float = 1.0, tabs: int = 2) -> list[Path]:
    """Render every chart in every language to out/<lang>/<name>.<fmt> in one Chromium session;
    write out/index.html; return the files written."""
    if fmt not in FORMATS:
        raise BriefingError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    width, height = _size(size)
    os.environ["BROWSER_PATH"] = find_browser()
    connection = db.build()
    work = []
    for lang in langs:
        (out / lang).mkdir(parents=True, exist_ok=True)
        for chart in charts_for(lang, connection):
            # A chart too tall for the slide even with its text at the smallest scale keeps its height.
            tall = int((chart.figure.layout.height or 0) * charts.SLIDE_SCALE[0])
            slide_height = max(height, tall)
            cite_line = citation.dataset(lang, date.today(), citation.public_url()).apa  # the title is above it
            slide = Chart(chart.name, charts.for_slide(chart.figure, cite_line, height=slide_height))
            opts = {"format": fmt, "width": width, "height": slide_height, "scale": scale}
            work.append((lang, slide, out / lang / f"{chart.name}.{fmt}", opts))
    asyncio.run(_render(work, tabs))
    contact_sheet(out, [(lang, chart, path) for lang, chart, path, _ in work], fmt)
    return [path for _, _, path, _ in work]


app = typer.Typer(add_completion=False, help=__doc__)


@app.command()
def main(
    out: Annotated[Path, typer.Option("--out", help="Folder for the images and index.html.")],
    lang: Annotated[str, typer.Option("--lang", help="zh, en or both.")] = "both",
    fmt: Annotated[str, typer.Option("--format", help="png, svg or pdf.")] = "png",
    size: Annotated[
        str, typer.Option("--size", help="Width x height in pixels (tall charts keep their height).")
    ] = "1600x900",
    scale: Annotated[float, typer.Option("--scale", help="Pixel density multiplier for PNG.")] = 1.0,
) -> None:
    """Export every dashboard chart for slides and reports."""
    langs = list(i18n.LANGUAGES) if lang == "both" else [lang]
    if any(code not in i18n.LANGUAGES for code in langs):
        typer.echo(f"--lang must be zh, en or both, not {lang!r}", err=True)
        raise typer.Exit(2)
    started = time.perf_counter()
    try:
        written = export(out, langs, fmt, size, scale)
    except BriefingError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from None
    typer.echo(f"Wrote {len(written)} charts and {out / 'index.html'} in {time.perf_counter() - started:.1f} s.")


if __name__ == "__main__":
    app()
