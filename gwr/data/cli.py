"""Command line for the data package: validate, check coverage, fill derived columns.

python -m gwr.data validate
python -m gwr.data coverage     # digit numbers, and Chinese numerals and quantity words
python -m gwr.data derive
python -m gwr.data draft FILE OUT       # a new report's candidate figures (gwr.data.draft)
python -m gwr.data check-draft OUT
python -m gwr.data review|accept|reject|edit OUT …   # a curator's work on the draft
python -m gwr.data build OUT --id <report_id>          # the report's package, beside the shipped one
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import typer

from gwr.data import package
from gwr.data.coverage import uncovered, uncovered_words
from gwr.data.draft import commands
from gwr.data.report import load_from, tokens, word_tokens
from gwr.data.validation import check, read_tables
from gwr.paths import DATA_DIR
from gwr.rules import wording

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
DataDir = typer.Option(DATA_DIR, "--data-dir", help="Folder holding datapackage.json and the tables.")


@app.command("validate")
def validate_command(data_dir: Path = DataDir) -> None:
    """Check every table against the descriptor and the report; exit 1 on any problem."""
    tables, problems = check(data_dir)
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        typer.echo(f"{len(problems)} problem(s) found.", err=True)
        raise typer.Exit(1)
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in tables.items())
    typer.echo(f"Valid: {counts} rows.")


@app.command("coverage")
def coverage_command(data_dir: Path = DataDir) -> None:
    """List every number of the report, digits or Chinese numerals and quantity words, that is neither
    a fact, a claim nor a listed non-figure; exit 1 if any."""
    tables, problems = read_tables(data_dir)
    if problems:
        for problem in problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(1)
    report = load_from(data_dir / package.descriptor(data_dir)["sources"][0]["path"])
    digits = uncovered(report, tables["facts"], tables["non_figures"])
    words = uncovered_words(report, tables["facts"], tables["claims"], tables["non_figures"])
    for item in [*digits, *words]:
        typer.echo(str(item))
    for label, total, left in (
        ("digit numbers", len(tokens(report.squashed)), digits),
        ("Chinese numerals and quantity words", len(word_tokens(report.squashed)), words),
    ):
        typer.echo(f"{total - len(left)} of {total} {label} covered; {len(left)} left over.")
    if digits or words:
        raise typer.Exit(1)


def _derive_locators(data_dir: Path, name: str) -> None:
    """Fill the locator column of a table of quotes from the report text (rewrites the CSV in place)."""
    path = data_dir / package.resource(name, data_dir)["path"]
    frame = package.read_text_table(path)
    report = load_from(data_dir / package.descriptor(data_dir)["sources"][0]["path"])
    located = [report.locate(quote, section) for quote, section in zip(frame["quote"], frame["section"], strict=True)]
    frame["locator"] = [locator.code if locator else "" for locator in located]
    frame[package.field_names(name, data_dir)].to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    typer.echo(f"Derived the locator of {sum(map(bool, located))} of {len(frame)} rows of {path.name}.")


@app.command("derive")
def derive_command(data_dir: Path = DataDir) -> None:
    """Fill value_base and unit_base of the fact table from units.csv, bound and stretch of facts and
    claims from their qualifier_zh, and the locator of facts and claims from the report text (rewrites
    the CSVs in place)."""
    path = data_dir / package.resource("facts", data_dir)["path"]
    facts = package.read_text_table(path)
    units = package.read_text_table(data_dir / "units.csv").set_index("unit")
    unknown = sorted(set(facts["unit"]) - set(units.index))
    if unknown:
        typer.echo(f"Units not in units.csv: {', '.join(unknown)}", err=True)
        raise typer.Exit(1)
    factor = facts["unit"].map(units["factor"]).astype(float)
    base = pd.to_numeric(facts["value"]) * factor
    facts["value_base"] = [package.plain_number(v) for v in base]
    facts["unit_base"] = facts["unit"].map(units["unit_base"])
    highs = pd.to_numeric(facts["value_high"]).tolist() if "value_high" in facts else [None] * len(facts)
    facts["bound"] = [
        wording.bound_of(words, high).value for words, high in zip(facts["qualifier_zh"], highs, strict=True)
    ]
    facts["stretch"] = [wording.stretch_of(words) for words in facts["qualifier_zh"]]
    columns = package.field_names("facts", data_dir)
    facts.reindex(columns=columns, fill_value="").to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    typer.echo(f"Derived value_base and unit_base for {len(facts)} rows of {path.name}.")
    claims_path = data_dir / package.resource("claims", data_dir)["path"]
    claims = package.read_text_table(claims_path)
    claims["stretch"] = [wording.stretch_of(words) for words in claims["qualifier_zh"]]
    claims.reindex(columns=package.field_names("claims", data_dir), fill_value="").to_csv(
        claims_path, index=False, encoding="utf-8", lineterminator="\n"
    )
    typer.echo("Derived bound and stretch from qualifier_zh (gwr.rules.wording).")
    for name in ("facts", "claims"):
        _derive_locators(data_dir, name)


app.command("draft")(commands.draft_command)
app.command("check-draft")(commands.check_draft_command)
app.command("review")(commands.review_command)
app.command("accept")(commands.accept_command)
app.command("reject")(commands.reject_command)
app.command("edit")(commands.edit_command)
app.command("build")(commands.build_command)


if __name__ == "__main__":
    app()
