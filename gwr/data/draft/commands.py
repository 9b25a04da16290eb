"""The curator's commands: draft a report, check a draft, review its candidates, build a package.

python -m gwr.data draft FILE OUT [--year 2024]
python -m gwr.data check-draft OUT
python -m gwr.data review OUT [--unsure]
python -m gwr.data accept OUT c0001,c0004-c0009 | sure | all
python -m gwr.data reject OUT c0002 [--why "a name"]
python -m gwr.data edit OUT c0003 indicator=gdp qualifier_zh=力争…以上
python -m gwr.data build OUT --id luoyang-yanshi-2024
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gwr.data.draft import checks, curation, drafting, output, reading
from gwr.paths import REPORTS_DIR

# Bad input gets one message; these say what kind of problem it is (the exit code).
EXIT_INPUT, EXIT_OUTPUT = 2, 3


def draft_command(
    file: Annotated[
        Path, typer.Argument(help="The report: .txt, .pdf, .html or .docx (a whole report or a passage of one).")
    ],
    out: Annotated[Path, typer.Argument(help="A new folder for the draft package.")],
    year: Annotated[
        int | None,
        typer.Option(help="The year the report was delivered (its targets' year), when the text does not say."),
    ] = None,
) -> None:
    """Draft a package from a report: every candidate figure with its clause, every other number with its reason."""
    try:
        output.check_writable(out)
        source = reading.read(file)
        draft = drafting.draft_text(source.text, source.paragraphs_native, year)
        todo = output.write(draft, source, out)
    except (reading.InputError, drafting.NoFigures) as error:
        message = str(error) if isinstance(error, reading.InputError) else f"{file.name} holds {error}."
        typer.echo(f"{message} Nothing was written.", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    except output.OutputExists as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    candidates = draft.candidates
    unsure = int((candidates["unsure"] == "1").sum())
    typer.echo(
        f"Drafted {out}: {len(candidates)} candidates ({unsure} unsure: see why_unsure), "
        f"{len(draft.non_figures)} non-figures; reviews {draft.years.reviews or '?'}, targets {draft.years.targets or '?'}."
    )
    typer.echo(f"Still to fill in {out / output.REPORT}: {', '.join(todo)}.")
    typer.echo(f"Next: python -m gwr.data review {out}")


def check_draft_command(out: Annotated[Path, typer.Argument(help="The draft package's folder.")]) -> None:
    """Check a draft package: its tables, its offsets and quotes, and that every number is accounted for."""
    tables, problems = checks.check(out)
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        typer.echo(f"{len(problems)} problem(s) found.", err=True)
        raise typer.Exit(1)
    candidates = tables["candidates"]
    typer.echo(
        f"Valid draft: {len(candidates)} candidates ({int(candidates['unsure'].sum())} unsure), "
        f"{len(tables['non_figures'])} non-figures; every number of the text is accounted for."
    )


def _report(problems) -> None:
    """The checks' messages after a change: each problem, or that the draft is valid."""
    for problem in problems:
        typer.echo(str(problem), err=True)
    typer.echo(f"{len(problems)} problem(s) in the draft." if problems else "The draft is valid.")


def _curating(action):
    """Run a curation step; a refused change prints its problems and exits 1, changing nothing."""
    try:
        return action()
    except curation.CurationError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        typer.echo("Nothing was changed.", err=True)
        raise typer.Exit(1) from None


def review_command(
    out: Annotated[Path, typer.Argument(help="The draft package's folder.")],
    unsure: Annotated[bool, typer.Option("--unsure", help="Only the candidates the rules were unsure of.")] = False,
    status: Annotated[
        str | None, typer.Option(help="Only candidates of this status (proposed, accepted, edited, rejected).")
    ] = None,
) -> None:
    """List a draft's candidates (the unsure first) with what the rules read and why they were unsure."""
    draft = _curating(lambda: curation.load(out))
    frame = draft.candidates.sort_values(["unsure", "candidate_id"], ascending=[False, True])
    if unsure:
        frame = frame[frame["unsure"] == "1"]
    if status:
        frame = frame[frame["status"] == status]
    for _, c in frame.iterrows():
        high = f"–{c['value_high']}" if c["value_high"] else ""
        typer.echo(
            f"{c['candidate_id']} {c['status']:8} {c['value']}{high} {c['unit']} {c['bound']} {c['stretch']} "
            f"{c['measure']} {c['kind']} {c['year']} {c['indicator'] or '(no indicator)'} | {c['quote']} | {c['locator']}"
        )
        if c["why_unsure"]:
            typer.echo(f"      unsure: {c['why_unsure']}")
    counts = draft.candidates["status"].value_counts()
    typer.echo(", ".join(f"{counts.get(s, 0)} {s}" for s in drafting.STATUSES) + f" of {len(draft.candidates)}.")


def accept_command(
    out: Annotated[Path, typer.Argument(help="The draft package's folder.")],
    ids: Annotated[str, typer.Argument(help="c0001,c0003 · c0001-c0010 · sure (proposed, not unsure) · all")],
) -> None:
    """Accept candidates as figures of the report."""
    _report(_curating(lambda: curation.decide(curation.load(out), ids, "accepted")))


def reject_command(
    out: Annotated[Path, typer.Argument(help="The draft package's folder.")],
    ids: Annotated[str, typer.Argument(help="c0001,c0003 · c0001-c0010 · all")],
    why: Annotated[str, typer.Option(help="Why they are no figures (kept with the non-figure).")] = "",
) -> None:
    """Reject candidates: they become listed non-figures of the package."""
    _report(_curating(lambda: curation.decide(curation.load(out), ids, "rejected", why)))


def edit_command(
    out: Annotated[Path, typer.Argument(help="The draft package's folder.")],
    candidate_id: Annotated[str, typer.Argument(help="The candidate, e.g. c0012.")],
    changes: Annotated[list[str], typer.Argument(help="column=value, e.g. indicator=gdp qualifier_zh=力争…以上")],
) -> None:
    """Edit a candidate's fields; its bound and stretch word follow from qualifier_zh, its quote from start and end."""
    pairs = {}
    for change in changes:
        column, sep, value = change.partition("=")
        if not sep:
            typer.echo(f"{change!r} is not column=value.", err=True)
            raise typer.Exit(1)
        pairs[column.strip()] = value.strip()
    _report(_curating(lambda: curation.edit(curation.load(out), candidate_id, pairs)))


def build_command(
    out: Annotated[Path, typer.Argument(help="The draft package's folder, every candidate decided.")],
    report_id: Annotated[str, typer.Option("--id", help="The report's stable id, e.g. luoyang-yanshi-2024.")] = "",
    version: Annotated[str, typer.Option(help="The package version; a correction is a new version.")] = "1.0.0",
    into: Annotated[Path, typer.Option(help="Where report packages live.")] = REPORTS_DIR,
) -> None:
    """Build the report's package from a decided draft, validate it, and keep it (never over an accepted one)."""
    target = _curating(lambda: curation.build(out, report_id, into, version))
    typer.echo(f"Built {target}: valid, every number accounted for. The app loads it beside the shipped report.")
