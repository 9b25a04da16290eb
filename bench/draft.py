"""The drafting tool against our curated tables: `python -m bench.draft [--repeat 5] [--misses]`.

Drafts the shipped Jianxi text and pairs its candidates with the curated facts (digits) and claims
(numerals and quantity words) by place (`gwr.data.draft.compare`). Prints recall and precision of
(value, unit, bound, kind, year), overall and per wording class (point, approx, lower bound, upper
bound, range, stretch), how often the indicator guess is right, and the drafting time as a ratio to
the coverage scan of the same text, both timed in this run (medians of `repeat`).

Recall: curated rows with a right candidate, of all curated rows. Precision: right candidates, of all
candidates proposed as figures. In the stretch class a candidate is right only with the curated row's
stretch word as well. A benchmark, not a test: nothing here asserts a figure.
"""

from __future__ import annotations

import statistics
import time

import pandas as pd
import typer

from gwr.data.coverage import uncovered, uncovered_words
from gwr.data.draft import compare, drafting
from gwr.data.report import load_from, squash
from gwr.data.validation import read_tables
from gwr.paths import DATA_DIR, REPORT_TEXT
from gwr.rules import wording

CLASSES = {
    "point": lambda r: r["bound"] == "point" and not r["stretch"],
    "approx": lambda r: r["bound"] == "approx",
    "lower bound": lambda r: r["bound"] in ("at_least", "more_than"),
    "upper bound": lambda r: r["bound"] == "at_most",
    "range": lambda r: r["bound"] == "range",
    "stretch": lambda r: bool(r["stretch"]),
}


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Curated rows as text, as the candidates are, with a claim's bound read from its words."""
    frame = frame.copy()
    if "bound" not in frame:
        frame["bound"] = [wording.bound_of(q if isinstance(q, str) else "").value for q in frame["qualifier_zh"]]
    frame["stretch"] = frame["stretch"].fillna("")
    return frame


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "— (0/0)"


def score(draft: drafting.Draft, facts: pd.DataFrame, claims: pd.DataFrame, report) -> dict:
    """Pairs and figures of one draft against the curated tables."""
    candidates = draft.candidates
    places = compare.candidate_places(candidates, report, draft.document.text)
    digits = candidates["numeral"] == "0"
    result = {}
    for name, curated, mask, anchors in (
        ("facts (digits)", _plain(facts), digits, compare.fact_anchors(facts, report)),
        ("claims (words)", _plain(claims[claims["value"].notna()]), ~digits, None),
    ):
        if anchors is None:
            anchors = compare.claim_anchors(curated, report)
        subset = candidates[mask]
        sub_places = [places[i] for i in subset.index]
        found = compare.pairs(subset.reset_index(drop=True), sub_places, curated, anchors)
        result[name] = (subset.reset_index(drop=True), curated.reset_index(drop=True), found)
    return result


def report_scores(result: dict) -> None:
    typer.echo("| rows | curated | candidates | paired | recall | precision |\n|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for name, (candidates, curated, found) in result.items():
        right = sum(p.right for p in found)
        totals = [totals[0] + len(curated), totals[1] + len(candidates), totals[2] + len(found), totals[3] + right]
        typer.echo(
            f"| {name} | {len(curated)} | {len(candidates)} | {len(found)} | {_rate(right, len(curated))} "
            f"| {_rate(right, len(candidates))} |"
        )
    typer.echo(
        f"| all | {totals[0]} | {totals[1]} | {totals[2]} | {_rate(totals[3], totals[0])} | {_rate(totals[3], totals[1])} |"
    )
    candidates, curated, found = result["facts (digits)"]
    typer.echo("\n| wording class (facts) | curated | recall | candidates | precision |\n|---|---|---|---|---|")
    by_row = {p.row: p for p in found}
    by_candidate = {p.candidate: p for p in found}
    for label, test in CLASSES.items():
        rows = [i for i in range(len(curated)) if test(curated.iloc[i])]
        proposed = [i for i in range(len(candidates)) if test(candidates.iloc[i])]

        def right(pair, label=label) -> bool:  # a stretch goal is right only with its stretch word too
            stretch_agrees = candidates.iloc[pair.candidate]["stretch"] == (curated.iloc[pair.row]["stretch"] or "")
            return pair.right and (label != "stretch" or stretch_agrees)

        recall = sum(1 for i in rows if i in by_row and right(by_row[i]))
        precise = sum(1 for i in proposed if i in by_candidate and right(by_candidate[i]))
        typer.echo(
            f"| {label} | {len(rows)} | {_rate(recall, len(rows))} | {len(proposed)} | {_rate(precise, len(proposed))} |"
        )
    guessed = [p for p in found if candidates.iloc[p.candidate]["indicator"]]
    right = [p for p in found if candidates.iloc[p.candidate]["indicator"] == curated.iloc[p.row]["indicator"]]
    typer.echo(
        f"\nIndicator guess (facts, paired): right for {_rate(len(right), len(found))} of the paired rows; "
        f"a guess made for {len(guessed)}, right {_rate(len(right), len(guessed))} of those."
    )
    for field in compare.KEY:
        wrong = sum(1 for p in found if field in p.fields)
        typer.echo(f"- {field} differs in {wrong} paired rows")


def misses(result: dict) -> None:
    for name, (candidates, curated, found) in result.items():
        by_row = {p.row: p for p in found}
        typer.echo(f"\n## {name}: curated rows without a right candidate")
        for i in range(len(curated)):
            row = curated.iloc[i]
            pair = by_row.get(i)
            got = (
                ""
                if pair is None
                else " → " + ", ".join(f"{f}={candidates.iloc[pair.candidate][f]}" for f in pair.fields)
            )
            if pair is None or not pair.right:
                typer.echo(
                    f"- {compare._text(row['value'])} {row['unit']} {row['bound']} {row['kind']} {row['year']} "
                    f"| {squash(row['quote'])[:50]}{got}"
                )
        paired = {p.candidate for p in found if p.right}
        typer.echo(f"\n## {name}: candidates that are no curated row")
        for i in range(len(candidates)):
            if i not in paired and not any(p.candidate == i for p in found):
                c = candidates.iloc[i]
                typer.echo(f"- {c['value']} {c['unit']} {c['bound']} {c['kind']} {c['year']} | {c['quote'][:50]}")


def _median_seconds(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(
    repeat: int = typer.Option(5, help="Timed runs of each, medians reported."),
    show_misses: bool = typer.Option(False, "--misses", help="List curated rows missed and candidates unpaired."),
) -> None:
    tables, problems = read_tables(DATA_DIR)
    if problems:
        raise typer.Exit(f"The curated package does not load: {problems[0]}")
    text = REPORT_TEXT.read_text(encoding="utf-8")
    report = load_from(REPORT_TEXT)
    draft = drafting.draft_text(text)
    result = score(draft, tables["facts"], tables["claims"], report)
    report_scores(result)
    if show_misses:
        misses(result)

    def coverage_scan():
        load_from.cache_clear()
        scanned = load_from(REPORT_TEXT)
        uncovered(scanned, tables["facts"], tables["non_figures"])
        uncovered_words(scanned, tables["facts"], tables["claims"], tables["non_figures"])

    drafting_s = _median_seconds(lambda: drafting.draft_text(REPORT_TEXT.read_text(encoding="utf-8")), repeat)
    coverage_s = _median_seconds(coverage_scan, repeat)
    typer.echo(
        f"\nTime (median of {repeat}): drafting {drafting_s * 1000:.0f} ms, coverage scan {coverage_s * 1000:.0f} ms: "
        f"{drafting_s / coverage_s:.2f}× the coverage scan."
    )


if __name__ == "__main__":
    typer.run(main)
