"""Made-up report packages for the scale benchmarks: `python -m bench.fixtures --reports 50 --out DIR`.

Each package is a MADE-UP county report (never shipped as data): the same short text of the genre with
its own place, year and figures, drafted, curated (every candidate the codebook names is accepted, the
rest rejected) and built by the curator's own commands into DIR/<report_id>/1.0.0/. Point the app at
them with GWR_REPORTS_DIR=DIR. Built in this order, the same seed gives the same packages.
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
# MADE UP: a county report's review and targets, with the figures filled in per package.
TEMPLATE = """（虚构示例：以下文字为基准测试而编写，不是任何真实报告。）
{place}{year}年政府工作报告
——{year}年1月{day}日在{place}第十八届人民代表大会第四次会议上
一、{last}年工作回顾
过去一年，全县实现地区生产总值{gdp}亿元，增长{gdp_growth}%；一般公共预算收入{revenue}亿元，增长{revenue_growth}%；
规模以上工业增加值增长{industry}%，固定资产投资增长{investment}%。新增市场主体超过{entities}户，城镇新增就业{jobs}人。
二、{year}年工作安排
{year}年经济社会发展的主要预期目标是：地区生产总值增长{gdp_target}%左右，一般公共预算收入增长{revenue_target}%，
规模以上工业增加值增长{industry_target}%以上，固定资产投资增长{investment_low}%—{investment_high}%，城镇调查失业率控制在5.5%以内。
"""


def text(index: int, rng: random.Random) -> tuple[str, str, int]:
    """The made-up report of package `index`: (text, place, year delivered)."""
    place, year = f"虚构{index:03d}县", 2021 + index % 5
    figures = {
        "gdp": round(rng.uniform(80, 600), 1),
        "gdp_growth": round(rng.uniform(3, 9), 1),
        "revenue": round(rng.uniform(3, 40), 1),
        "revenue_growth": round(rng.uniform(1, 12), 1),
        "industry": round(rng.uniform(3, 12), 1),
        "investment": round(rng.uniform(2, 15), 1),
        "entities": rng.randrange(1000, 9000, 100),
        "jobs": rng.randrange(2000, 20000),
        "gdp_target": rng.choice((5, 5.5, 6, 6.5, 7)),
        "revenue_target": rng.choice((4, 5, 6)),
        "industry_target": rng.choice((6, 7, 8)),
        "investment_low": 8,
        "investment_high": 10,
    }
    body = TEMPLATE.format(place=place, year=year, last=year - 1, day=1 + index % 28, **figures)
    return body, place, year


def build_one(index: int, into: Path, rng: random.Random) -> Path:
    body, place, year = text(index, rng)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "report.txt"
        source.write_text(body, encoding="utf-8")
        read_source = read(source)
        draft = drafting.draft_text(read_source.text, read_source.paragraphs_native)
        out = Path(scratch) / "draft"
        output.write(draft, read_source, out)
        frame = pd.read_csv(out / output.CANDIDATES, dtype=str, keep_default_na=False)
        frame["status"] = ["accepted" if indicator else "rejected" for indicator in frame["indicator"]]
        frame.to_csv(out / output.CANDIDATES, index=False, lineterminator="\n")
        register = pd.read_csv(out / output.REPORT, dtype=str, keep_default_na=False)
        city, county = 1 + index // 99, 1 + index % 99
        columns = ["issuer_zh", "place_zh", "admin_level", "issuer_en", "place_en", "admin_code", "parent_zh",
                   "parent_en", "parent_code", "meeting_en"]  # fmt: skip
        register.loc[0, columns] = [
            f"{place}人民政府",
            place,
            "county",
            f"Made-up County {index:03d} People's Government",
            f"Made-up County {index:03d}",
            f"99{city:02d}{county:02d}",
            f"虚构{city:02d}市",
            f"Made-up City {city:02d}",
            f"99{city:02d}00",
            "Fourth Session of the 18th People's Congress (made up)",
        ]
        register.to_csv(out / output.REPORT, index=False, lineterminator="\n")
        return curation.build(out, f"made-up-{index:03d}-{year}", into)


def main(
    reports: int = typer.Option(50, help="How many made-up report packages to build."),
    out: Annotated[Path, typer.Option(help="Where they go.")] = DEFAULT_OUT,
    seed: int = typer.Option(25, help="The figures' random seed."),
) -> None:
    rng = random.Random(seed)
    for index in tqdm(range(reports), desc="made-up packages"):
        build_one(index, out, rng)
    typer.echo(f"{reports} made-up report packages in {out}; serve them with GWR_REPORTS_DIR={out}")


if __name__ == "__main__":
    typer.run(main)
