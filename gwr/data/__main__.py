"""python -m gwr.data: the data command line (gwr.data.cli)."""

from gwr.data.cli import app

app()
