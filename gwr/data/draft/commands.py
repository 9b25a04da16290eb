"""The curator's commands: draft a report, check a draft, review its candidates, build a package.

python -m gwr.data draft FILE OUT [--year 2024]
python -m gwr.data check-draft OUT
python -m gwr.data review OUT [--unsure] ...        (gwr.data.draft.curation)
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gwr.data.draft import checks, drafting, output, reading

# Bad input gets one message; these say what kind of problem it is (the exit code).
EXIT_INPUT, EXIT_OUTPUT = 2, 3


def draft_command(
    file: Annotated[Path, typer.Argument(help="The report: .txt, .pdf, .html or .docx (a whole report or a passage of one).")],
    out: Annotated[Path, typer.Argument(help="A new folder for the draft package.")],
    year: Annotated[
        int | None, typer.Option(help="The year the report was delivered (its targets' year), when the text does not say.")
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
