"""Made-up report packages for the scale benchmarks: `python -m bench.fixtures --reports 50 --out DIR`.

Each package is a MADE-UP county report (never shipped as data), drafted, curated and built by the
curator's own commands into DIR/<report_id>/1.0.0/; point the app at them with GWR_REPORTS_DIR=DIR.
Package i is place i // 5's report delivered in 2021 + i % 5: up to five consecutive reports of one
place, each setting its year's targets and reviewing the previous year's results of the same indicators
(so every target but the last has its result in the next report). Places are counties of made-up cities,
four to a city, and state their share of the city's GDP (占全市的…%): the shares of one city and year
add up to about 100, sometimes more. Each place's figures come from the seed and the place alone, so the
same seed gives the same packages, however many are built.

`build_report` is the curator's part, shared with the tests' made-up reports (tests/made_up_reports.py):
draft a text, correct the candidates the drafter read wrong (`edit`), accept every candidate that names
an indicator, reject the rest, fill the register and build.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from tqdm import tqdm

from gwr.data.draft import curation, drafting, output
from gwr.data.draft.reading import read

DEFAULT_OUT = Path(tempfile.gettempdir()) / "gwr-fixtures" / "reports"
FIRST_YEAR, YEARS_PER_PLACE, PLACES_PER_CITY = 2021, 5, 4
MOST_REPORTS = 99 * PLACES_PER_CITY * YEARS_PER_PLACE  # admin codes 99CCPP: cities 01-99
# MADE UP: a county report's review and targets, with the figures filled in per package.
TEMPLATE = """（虚构示例：以下文字为基准测试而编写，不是任何真实报告。）
{place}{year}年政府工作报告
——{year}年1月{day}日在{place}第十八届人民代表大会第{session}次会议上
一、{last}年工作回顾
过去一年，全县实现地区生产总值{gdp}亿元，占全市的{gdp_share}%，增长{gdp_growth}%；一般公共预算收入{revenue}亿元，增长{revenue_growth}%；
规模以上工业增加值增长{industry}%，固定资产投资增长{investment}%，城镇调查失业率{unemployment}%。新增市场主体超过{entities}户，城镇新增就业{jobs}人。
二、{year}年工作安排
{year}年经济社会发展的主要预期目标是：地区生产总值增长{gdp_target}%左右，一般公共预算收入增长{revenue_target}%，
规模以上工业增加值增长{industry_target}%以上，固定资产投资增长{investment_low}%—{investment_high}%，城镇调查失业率控制在5.5%以内。
"""
SESSIONS = "一二三四五"
# The template's figures: the year reviewed's results, the year's targets (the same indicators).
RESULTS = ("gdp_growth", "revenue", "revenue_growth", "industry", "investment", "unemployment", "entities", "jobs")
TARGETS = ("gdp_target", "revenue_target", "industry_target", "investment_low", "investment_high")


# --- the curator's part: draft, correct, decide, fill the register, build --------------------------------


def draft(body: str, out: Path) -> Path:
    """The draft of a text at `out`, as `python -m gwr.data draft` writes it."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "report.txt"
        source.write_text(body, encoding="utf-8")
        read_source = read(source)
        drafted = drafting.draft_text(read_source.text, read_source.paragraphs_native)
        output.write(drafted, read_source, out)
    return out


def correct(folder: Path, corrections: dict[str, dict[str, str]]) -> None:
    """Edit the candidate whose quote is each key with its changes (the curator's `edit`); a quote that
    is no candidate's, or more than one's, is an error that names it."""
    for quote, changes in corrections.items():
        draft_now = curation.load(folder)
        found = draft_now.candidates.index[draft_now.candidates["quote"] == quote]
        if len(found) != 1:
            raise ValueError(f"{len(found)} candidates quote {quote!r}: the correction needs exactly one")
        curation.edit(draft_now, draft_now.candidates.loc[found[0], "candidate_id"], changes)


def decide(folder: Path) -> None:
    """Accept every candidate still proposed that names an indicator, reject the rest (edited ones stay)."""
    frame = pd.read_csv(folder / output.CANDIDATES, dtype=str, keep_default_na=False)
    proposed = frame["status"] == "proposed"
    frame.loc[proposed, "status"] = ["accepted" if named else "rejected" for named in frame.loc[proposed, "indicator"]]
    frame.to_csv(folder / output.CANDIDATES, index=False, lineterminator="\n")


def fill_register(folder: Path, fields: dict[str, str]) -> None:
    register = pd.read_csv(folder / output.REPORT, dtype=str, keep_default_na=False)
    for column, value in fields.items():
        register.loc[0, column] = value
    register.to_csv(folder / output.REPORT, index=False, lineterminator="\n")


def build_report(
    body: str,
    report_id: str,
    register: dict[str, str],
    into: Path,
    corrections: dict[str, dict[str, str]] | None = None,
) -> Path:
    """A text made a package at into/<report_id>/1.0.0/ by the curator's steps (the module's docstring)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = draft(body, Path(scratch) / "draft")
        correct(folder, corrections or {})
        decide(folder)
        fill_register(folder, register)
        return curation.build(folder, report_id, into)


def report_id(place: str, year: int) -> str:
    """made-up-east-2023: the place, then the year delivered, as the shipped report's id."""
    return f"made-up-{place}-{year}"


# --- the benchmark's places, years and figures ----------------------------------------------------------


def _city_shares(seed: int, city: int, year: int) -> list[float]:
    """The GDP shares of a city's places in a year: about 100 in all, up to a few points over or under."""
    rng = random.Random(f"{seed}:city:{city}:{year}")
    weights = [rng.uniform(1, 3) for _ in range(PLACES_PER_CITY)]
    return [round(min(max(100 * w / sum(weights) + rng.uniform(-1.5, 1.5), 0.1), 99.9), 1) for w in weights]


def _city_gdp(seed: int, city: int, year: int) -> float:
    rng = random.Random(f"{seed}:city-gdp:{city}")
    total = rng.uniform(1500, 4000)
    for _ in range(FIRST_YEAR - 1, year):
        total *= 1 + rng.uniform(0.03, 0.07)
    return total


def _near(rng: random.Random, target: float, spread: float) -> float:
    """A result near its target; one in five is the target plus 0.1 (reports bunch just above a target)."""
    return round(target + 0.1 if rng.random() < 0.2 else target + rng.uniform(-spread, spread), 1)


def _place_years(seed: int, place: int) -> dict[int, dict[str, float]]:
    """Each year's targets and results of a place, from the seed and the place alone."""
    rng = random.Random(f"{seed}:place:{place}")
    figures = {}
    for year in range(FIRST_YEAR - 1, FIRST_YEAR + YEARS_PER_PLACE):
        target = {
            "gdp_target": rng.choice((5, 5.5, 6, 6.5, 7)),
            "revenue_target": rng.choice((4, 5, 6)),
            "industry_target": rng.choice((6, 7, 8)),
            "investment_low": rng.choice((6, 8)),
        }
        figures[year] = {
            **target,
            "investment_high": target["investment_low"] + 2,
            "gdp_growth": _near(rng, target["gdp_target"], 1.5),
            "revenue": round(rng.uniform(3, 40), 1),
            "revenue_growth": _near(rng, target["revenue_target"], 3),
            "industry": _near(rng, target["industry_target"], 3),
            "investment": _near(rng, target["investment_low"] + 1, 4),
            "unemployment": round(rng.uniform(4.6, 5.8), 1),
            "entities": rng.randrange(1000, 9000, 100),
            "jobs": rng.randrange(2000, 20000),
        }
    return figures


def place_of(index: int) -> tuple[int, int]:
    """Package index → (place, year delivered)."""
    return index // YEARS_PER_PLACE, FIRST_YEAR + index % YEARS_PER_PLACE


def text(index: int, seed: int) -> str:
    """The made-up report of package `index`: the previous year's results, its year's targets."""
    place, year = place_of(index)
    city, member = divmod(place, PLACES_PER_CITY)
    figures = _place_years(seed, place)
    share = _city_shares(seed, city, year - 1)[member]
    results = {key: figures[year - 1][key] for key in RESULTS}
    targets = {key: figures[year][key] for key in TARGETS}
    return TEMPLATE.format(
        place=f"虚构{place:03d}县", year=year, last=year - 1, day=1 + place % 28, session=SESSIONS[year - FIRST_YEAR],
        gdp=round(_city_gdp(seed, city, year - 1) * share / 100, 1), gdp_share=share, **results, **targets,
    )  # fmt: skip


def register(index: int) -> dict[str, str]:
    """What the curator fills in the register: the made-up place's names and codes."""
    place, year = place_of(index)
    city, member = divmod(place, PLACES_PER_CITY)
    return {
        "issuer_zh": f"虚构{place:03d}县人民政府",
        "place_zh": f"虚构{place:03d}县",
        "admin_level": "county",
        "issuer_en": f"Made-up County {place:03d} People's Government",
        "place_en": f"Made-up County {place:03d}",
        "admin_code": f"99{city + 1:02d}{member + 1:02d}",
        "parent_zh": f"虚构{city + 1:02d}市",
        "parent_en": f"Made-up City {city + 1:02d}",
        "parent_code": f"99{city + 1:02d}00",
        "meeting_en": f"Session {year - FIRST_YEAR + 1} of the 18th People's Congress (made up)",
    }


def build_one(index: int, into: Path, seed: int) -> Path:
    place, year = place_of(index)
    return build_report(text(index, seed), report_id(f"{place:03d}", year), register(index), into)


def main(
    reports: int = typer.Option(50, help="How many made-up report packages to build."),
    out: Annotated[Path, typer.Option(help="Where they go.")] = DEFAULT_OUT,
    seed: int = typer.Option(25, help="The figures' random seed."),
) -> None:
    if reports > MOST_REPORTS:
        raise typer.BadParameter(f"at most {MOST_REPORTS}: the made-up admin codes run out", param_hint="--reports")
    for index in tqdm(range(reports), desc="made-up packages"):
        build_one(index, out, seed)
    typer.echo(f"{reports} made-up report packages in {out}; serve them with GWR_REPORTS_DIR={out}")


if __name__ == "__main__":
    typer.run(main)
