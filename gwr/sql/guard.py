"""Which visitor SQL may run: exactly one read-only SELECT over the app's own tables.

DuckDB's own parser decides. `json_serialize_sql` serialises only SELECT statements, so anything it
cannot serialise is refused; the serialised tree is then walked so that every table a query reads is
one of ours (or a CTE it defines) and no table function or system function reaches outside.
This is one of several layers: the worker that runs the query also has external access disabled, a
read-only database, locked configuration and resource limits.
"""

from __future__ import annotations

import contextlib
import difflib
import getpass
import json
import os
import re
import socket
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache

import duckdb

from gwr import i18n

MAX_LENGTH = 4000

ALLOWED_TABLE_FUNCTIONS = {"range", "generate_series", "unnest"}
ALLOWED_REFS = {"BASE_TABLE", "SUBQUERY", "JOIN", "TABLE_FUNCTION", "EXPRESSION_LIST", "EMPTY", "SHOW_REF"}
FORBIDDEN_FUNCTIONS = {
    "current_setting",
    "getvariable",
    "getenv",
    "query",
    "query_table",
    "json_execute_serialized_sql",
}
FORBIDDEN_PREFIXES = ("duckdb_", "pragma_", "read_", "parquet_", "sniff_", "glob", "iceberg_", "delta_", "sqlite_")
ALLOWED_SCHEMAS = {"", "main"}


@dataclass(frozen=True)
class Notice:
    """A message for the visitor, by catalog key (gwr.i18n.TEXT), with the rule it is about.

    The text is `sql_<rule>` formatted with `params`, followed by the sentences of the `extra` keys; for an
    engine error (`engine_class` set) it is instead `sql_engine_<class>`, which explains that kind of error.
    `engine` is DuckDB's own message, cleaned by `engine_text`, to be shown as DuckDB wrote it.
    """

    rule: str
    params: dict = field(default_factory=dict)
    extra: tuple[str, ...] = ()
    engine: str = ""
    engine_class: str = ""

    def text(self, lang: str) -> str:
        first = f"sql_engine_{self.engine_class}" if self.engine_class else f"sql_{self.rule}"
        separator = i18n.t("sql_value_separator", lang)
        params = {k: separator.join(map(str, v)) if isinstance(v, list | tuple) else v for k, v in self.params.items()}
        sentences = [i18n.t(key, lang).format(**params) for key in (first, *self.extra)]
        return i18n.t("sql_sentence_separator", lang).join(sentences)

    def message(self, lang: str) -> str:
        """Everything shown, as one text: the notice, then DuckDB's own message."""
        return "\n\n".join(filter(None, [self.text(lang), self.engine]))

    @property
    def zh(self) -> str:
        return self.message("zh")

    @property
    def en(self) -> str:
        return self.message("en")


class Refusal(Notice):
    """Why a query was not run."""


@dataclass(frozen=True)
class Checked:
    """A query that may run, with the named parameters it uses."""

    sql: str
    parameters: tuple[str, ...] = field(default_factory=tuple)


def refusal(rule: str, **params) -> Refusal:
    return Refusal(rule, params)


def table_refusal(qualified: str, name: str, tables: set[str]) -> Refusal:
    """Refuse a table, naming the tables there are and, if one is close to `name`, suggesting it."""
    listed = sorted(tables)
    close = difflib.get_close_matches(name.lower(), sorted(tables), n=1)
    extra = ("sql_table_close",) if close else ()
    return Refusal("table", {"name": qualified, "tables": listed, **({"close": close[0]} if close else {})}, extra)


def engine_refusal(rule: str, error: BaseException | str, secrets=()) -> Refusal:
    """A refusal that carries DuckDB's own explanation (the parser's, say), cleaned."""
    return Refusal(rule, engine=engine_text(str(error), secrets), engine_class=engine_class(error))


# --- what of DuckDB's own message a visitor may see --------------------------------------------

ENGINE_CLASSES = {
    "ParserException": "parser",
    "SyntaxException": "parser",
    "BinderException": "binder",
    "CatalogException": "catalog",
    "ConversionException": "conversion",
    "OutOfRangeException": "out_of_range",
    "InvalidInputException": "invalid_input",
    "TypeMismatchException": "type_mismatch",
    "InvalidTypeException": "type_mismatch",
    "NotImplementedException": "not_implemented",
    "PermissionException": "permission",
}
ENGINE_PREFIXES = {
    "Parser Error": "parser",
    "Syntax Error": "parser",
    "Binder Error": "binder",
    "Catalog Error": "catalog",
    "Conversion Error": "conversion",
    "Out of Range Error": "out_of_range",
    "Invalid Input Error": "invalid_input",
    "Type Mismatch Error": "type_mismatch",
    "Not implemented Error": "not_implemented",
    "Permission Error": "permission",
}
MAX_ENGINE_CHARS = 2000
WITHHELD = "…"

# A path: a URL or file scheme, two or more /-separated segments not glued to a name before them (so
# that a/b/c, a division, is none), a system folder, a home (~/x) or a Windows drive.
PATH = re.compile(
    r"\b[A-Za-z][\w+.-]*://\S*"
    r"|(?<![\w)\]./])~?/(?:[^\s/'\"(),;]+/)+[^\s/'\"(),;]*"
    r"|(?<![\w)\]./])/(?:tmp|home|etc|proc|sys|dev|var|usr|root|opt|mnt|run|srv|private|Users|work)\b\S*"
    r"|\b[A-Za-z]:\\\S*"
)
# Words that say a line is about the sandbox's machine, its settings, its temporary files or its
# environment, none of which help a visitor with their query.
PRIVATE_WORDS = re.compile(
    r"\b(?:settings?|configuration|config|temp|tmp|temporary|environment|env|getenv|hostname|pid|platform|"
    r"extensions?)\b|\b(?:linux|osx|windows|wasm)_\w+|\bv\d+\.\d+\.\d+",
    re.IGNORECASE,
)
# Statements that change the machine, and environment variables: in capitals only, so that the words
# "set", "load" or "path" of an ordinary message ("Set operations can only …") stay.
PRIVATE_CAPITALS = re.compile(
    r"\b(?:SET|RESET|PRAGMA|INSTALL|LOAD|ATTACH|HOME|PATH|TMPDIR|TEMP|TMP|USER|PYTHONPATH|LD_\w+)\b|\$[A-Z_]{2,}\b"
)
ECHO = re.compile(r"^LINE \d+:")


@cache
def setting_names() -> frozenset[str]:
    """DuckDB's setting names that cannot be mistaken for a word (memory_limit, not schema)."""
    with duckdb.connect() as connection:
        names = {row[0].lower() for row in connection.execute("SELECT name FROM duckdb_settings()").fetchall()}
    return frozenset(name for name in names if "_" in name)


@cache
def environment_literals() -> tuple[str, ...]:
    """Strings of this machine a message must not show: its folders, host and user."""
    found = {os.getcwd(), tempfile.gettempdir(), os.path.expanduser("~"), sys.prefix, sys.executable}
    found.add(socket.gethostname())
    with contextlib.suppress(Exception):
        found.add(getpass.getuser())
    return tuple(sorted((s for s in found if len(s) >= 4), key=len, reverse=True))


def _private(line: str, secrets: tuple[str, ...]) -> bool:
    lowered = line.lower()
    words = set(re.findall(r"[a-z_][a-z0-9_]*", lowered))
    return bool(
        any(s.lower() in lowered for s in secrets)
        or PATH.search(line)
        or PRIVATE_WORDS.search(line)
        or PRIVATE_CAPITALS.search(line)
        or words & setting_names()
    )


def engine_text(message: str, secrets=()) -> str:
    """DuckDB's message as DuckDB wrote it, with its hints ("Candidate bindings: …", "Did you mean …?")
    and its LINE/caret pointer, but without any line that names a path, a temporary folder, a setting or
    the environment. The first line is kept with such details withheld, so the kind of error still shows.
    """
    secrets = tuple(s for s in (*secrets, *environment_literals()) if s)
    lines = message.replace("\r\n", "\n").strip("\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index == 0:
            kept.append(_headline(line, secrets))
        elif ECHO.match(line):
            # The visitor's own query, echoed with a caret line under it: kept whole or dropped whole.
            pointer = lines[index + 1] if index + 1 < len(lines) and not lines[index + 1].strip("^ ") else None
            if not any(s.lower() in line.lower() for s in secrets):
                kept.extend([line] if pointer is None else [line, pointer])
            index += 1 if pointer is None else 2
            continue
        elif not line.strip():
            if kept and kept[-1].strip():
                kept.append("")
        elif not _private(line, secrets):
            kept.append(line)
        index += 1
    text = "\n".join(kept).strip("\n")
    return text if len(text) <= MAX_ENGINE_CHARS else text[:MAX_ENGINE_CHARS] + WITHHELD


def _headline(line: str, secrets: tuple[str, ...]) -> str:
    prefix, colon, rest = line.partition(": ")
    if not colon or not prefix.endswith("Error"):
        prefix, rest = "", line
    if _private(rest, secrets):
        rest = WITHHELD
    return f"{prefix}: {rest}" if prefix else rest


def engine_class(error: BaseException | str) -> str:
    """The kind of DuckDB error (binder, parser, …), from its exception class or its message's prefix."""
    if isinstance(error, BaseException):
        for cls in type(error).__mro__:
            if cls.__name__ in ENGINE_CLASSES:
                return ENGINE_CLASSES[cls.__name__]
    prefix = str(error).partition(":")[0].strip()
    return ENGINE_PREFIXES.get(prefix, "other")


def _walk(node, visit) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _cte_names(tree) -> set[str]:
    names: set[str] = set()

    def visit(node: dict) -> None:
        cte_map = node.get("cte_map")
        if isinstance(cte_map, dict):
            names.update(entry.get("key", "").lower() for entry in cte_map.get("map", []))

    _walk(tree, visit)
    return names


def check(
    sql: str, connection: duckdb.DuckDBPyConnection, tables: set[str], secrets: tuple[str, ...] = ()
) -> Checked | Refusal:
    """Decide whether `sql` may run against `tables`, using `connection` only to parse.

    `secrets` are strings (the database file's path) that a refusal quoting DuckDB must not show."""
    text = sql.strip().rstrip(";").strip()
    if not text:
        return refusal("empty")
    if len(sql) > MAX_LENGTH:
        return refusal("too_long", limit=MAX_LENGTH)
    try:
        statements = duckdb.extract_statements(text)
    except Exception as error:  # parser errors are not always duckdb.Error
        return engine_refusal("syntax", error, secrets)
    if len(statements) != 1:
        return refusal("multiple") if statements else refusal("empty")
    try:
        statement_type = statements[0].type
    except Exception:  # e.g. UPDATE EXTENSIONS raises ValueError on inspection
        return refusal("not_select_other")
    if statement_type != duckdb.StatementType.SELECT:
        return refusal("not_select", statement=str(statement_type.name))
    try:
        (serialised,) = connection.execute("SELECT json_serialize_sql(?)", [text]).fetchone()
        tree = json.loads(serialised)
    except Exception as error:
        return engine_refusal("syntax", error, secrets)
    if tree.get("error"):
        message = tree.get("error_message", "")
        if "parameters" in message:
            return refusal("parameters_mixed")
        return refusal("not_select_other")
    allowed_tables = {t.lower() for t in tables} | _cte_names(tree)
    problems: list[Refusal] = []
    parameters: list[str] = []

    def visit(node: dict) -> None:
        kind = str(node.get("type"))
        is_table_ref = "class" not in node and "sample" in node and not kind.endswith("_NODE")
        if is_table_ref:
            if kind not in ALLOWED_REFS:
                problems.append(refusal("not_select", statement=str(kind)))
            elif kind == "BASE_TABLE":
                name = node.get("table_name", "")
                schema = node.get("schema_name", "").lower()
                if name.lower() not in allowed_tables or node.get("catalog_name") or schema not in ALLOWED_SCHEMAS:
                    qualified = ".".join(p for p in (node.get("catalog_name"), node.get("schema_name"), name) if p)
                    problems.append(table_refusal(qualified, name, tables))
            elif kind == "TABLE_FUNCTION":
                name = node.get("function", {}).get("function_name", "").lower()
                if name not in ALLOWED_TABLE_FUNCTIONS:
                    problems.append(refusal("function", name=name))
        if node.get("class") == "FUNCTION":
            name = str(node.get("function_name", "")).lower()
            if name in FORBIDDEN_FUNCTIONS or name.startswith(FORBIDDEN_PREFIXES):
                problems.append(refusal("function", name=name))
        if node.get("class") == "PARAMETER" and node.get("identifier"):
            parameters.append(node["identifier"])

    _walk(tree.get("statements", []), visit)
    if problems:
        return problems[0]
    return Checked(text, tuple(dict.fromkeys(parameters)))
