"""The data package: its descriptor, its tables read as text, and pandera schemas built from it.

The descriptor (data/datapackage.json) is the single statement of every table's columns, types
and vocabularies; the schemas, the DuckDB column types and the data dictionary test all read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from gwr.paths import DATA_DIR

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

PANDAS_TYPES = {"string": str, "number": "float64", "integer": "Int64"}
DUCKDB_TYPES = {"string": "VARCHAR", "number": "DOUBLE", "integer": "INTEGER"}
# The descriptor's texts (title, description) are English; the same key with this suffix holds the Chinese.
TEXT_LANGUAGES = {"en": "", "zh": "_zh"}
FIELDS_TABLE_HEADERS = {
    "en": {"name": "name", "type": "type", "description": "description"},
    "zh": {"name": "列名", "type": "类型", "description": "说明"},
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located as precisely as the rule allows."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        column = f" [{self.column}]" if self.column else ""
        return f"{where}{column}: {self.message}"


class DataError(Exception):
    """The data cannot be used; carries the problems that say why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def plain_number(value: float | None) -> str:
    """A number as a CSV cell: no exponent, no float noise ('' for none): 1410000000.0000002 → '1410000000'."""
    if value is None or value != value:  # None or NaN
        return ""
    value = round(float(value), 6)
    return str(int(value)) if value == int(value) else f"{value:f}".rstrip("0")


def csv_line(index: int) -> int:
    """Line in the CSV file of a 0-based data row (line 1 is the header)."""
    return index + 2


@cache
def _descriptor_cached(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def descriptor(data_dir: Path = DATA_DIR) -> dict:
    return _descriptor_cached(data_dir / "datapackage.json")


def resource(name: str, data_dir: Path = DATA_DIR) -> dict:
    return next(r for r in descriptor(data_dir)["resources"] if r["name"] == name)


def resource_names(data_dir: Path = DATA_DIR) -> list[str]:
    return [r["name"] for r in descriptor(data_dir)["resources"]]


def field_names(name: str, data_dir: Path = DATA_DIR) -> list[str]:
    return [f["name"] for f in resource(name, data_dir)["schema"]["fields"]]


def display_path(name: str, data_dir: Path = DATA_DIR) -> str:
    """How problems name a table's file: data/<path>."""
    return f"data/{resource(name, data_dir)['path']}"


def read_text_table(path: Path) -> pd.DataFrame:
    """Read a CSV with every cell as text ('' for empty), so that types are judged by the schema."""
    import pandas as pd  # here: a first page answered from kept results never reads a table

    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _checks(field: dict) -> list[pa.Check]:
    import pandera.pandas as pa  # here, not at the top: a start whose data validated before never needs it

    c = field.get("constraints", {})
    checks = []
    if "enum" in c:
        checks.append(pa.Check.isin(c["enum"], error=f"must be one of: {', '.join(c['enum'])}"))
    if "pattern" in c:
        checks.append(pa.Check.str_matches(c["pattern"], error=f"must match the pattern {c['pattern']}"))
    if "minimum" in c:
        checks.append(pa.Check.ge(c["minimum"], error=f"must be at least {c['minimum']}"))
    if "exclusiveMinimum" in c:
        checks.append(pa.Check.gt(c["exclusiveMinimum"], error=f"must be greater than {c['exclusiveMinimum']}"))
    if "maximum" in c:
        checks.append(pa.Check.le(c["maximum"], error=f"must be at most {c['maximum']}"))
    return checks


def schema(name: str, data_dir: Path = DATA_DIR) -> pa.DataFrameSchema:
    import pandera.pandas as pa

    columns = {}
    for field in resource(name, data_dir)["schema"]["fields"]:
        constraints = field.get("constraints", {})
        columns[field["name"]] = pa.Column(
            PANDAS_TYPES[field["type"]],
            checks=_checks(field),
            nullable=not constraints.get("required", False),
            unique=constraints.get("unique", False),
            coerce=True,
            required=True,
        )
    return pa.DataFrameSchema(columns, strict=True, ordered=False, name=name)


def typed(name: str, frame: pd.DataFrame, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Empty cells become missing values and every column gets its declared type."""
    return schema(name, data_dir).validate(frame.replace("", None), lazy=True)


def load_into(connection, tables: dict[str, pd.DataFrame], data_dir: Path = DATA_DIR) -> None:
    """Create every table of the package in a DuckDB connection, typed as declared (no sniffing)."""
    for res in descriptor(data_dir)["resources"]:
        fields = res["schema"]["fields"]
        # Table and column names come from our own descriptor, never from a visitor.
        columns = ", ".join(f'"{f["name"]}" {DUCKDB_TYPES[f["type"]]}' for f in fields)
        names = ", ".join(f'"{f["name"]}"' for f in fields)
        connection.execute(f'CREATE TABLE "{res["name"]}" ({columns})')
        connection.register("incoming", tables[res["name"]])
        connection.execute(f'INSERT INTO "{res["name"]}" SELECT {names} FROM incoming')
        connection.unregister("incoming")


def resource_text(resource: dict, key: str, lang: str) -> str:
    """A text of the descriptor in one language: key for English, key_zh for Chinese
    (resource_text(r, "title", "zh") is r["title_zh"]). Works for a resource or a field."""
    if lang not in TEXT_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(TEXT_LANGUAGES)}, not {lang!r}")
    return resource[key + TEXT_LANGUAGES[lang]]


@cache
def fields_table(name: str, lang: str = "en") -> pd.DataFrame:
    """A table's columns, types and meanings in one language, for the data dictionary on screen
    (shared; read-only). Column names and types are identifiers and stay as declared."""
    import pandas as pd

    fields = resource(name)["schema"]["fields"]
    table = pd.DataFrame(
        {
            "name": [f["name"] for f in fields],
            "type": [f["type"] for f in fields],
            "description": [resource_text(f, "description", lang) for f in fields],
        }
    )
    return table.rename(columns=FIELDS_TABLE_HEADERS[lang])


def archive(data_dir: Path = DATA_DIR, folder: str = "jianxi-2023-report-data", shared_from: Path = DATA_DIR) -> bytes:
    """A whole data package (descriptor, tables, dictionary, report text) as a zip file, its files under
    `folder`; a further report's package also gets the tables it shares with the shipped one (units,
    indicators …, from `shared_from`), so the download stands on its own."""
    import io
    import zipfile

    described = descriptor(data_dir)
    names = ["datapackage.json", described["sources"][0]["path"], *(r["path"] for r in described["resources"])]
    files = [(data_dir / name, name) for name in names + ["README.md"] * (data_dir / "README.md").is_file()]
    shipped = {r["name"]: r["path"] for r in descriptor(shared_from)["resources"]}
    files += [(shared_from / shipped[name], shipped[name]) for name in described.get("shared", [])]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive_file:
        for path, name in files:
            archive_file.write(path, f"{folder}/{name}")
    return buffer.getvalue()
