"""Which visitor SQL may run: exactly one read-only SELECT over the app's own tables.

DuckDB's own parser decides. `json_serialize_sql` serialises only SELECT statements, so anything it
cannot serialise is refused; the serialised tree is then walked so that every table a query reads is
one of ours (or a CTE it defines) and no table function or system function reaches outside.
This is one of several layers: the worker that runs the query also has external access disabled, a
read-only database, locked configuration and resource limits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import duckdb

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
    """A message for the visitor in both languages, with the rule it is about."""

    rule: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Refusal(Notice):
    """Why a query was not run."""


@dataclass(frozen=True)
class Checked:
    """A query that may run, with the named parameters it uses."""

    sql: str
    parameters: tuple[str, ...] = field(default_factory=tuple)


def refusal(rule: str, detail: str = "") -> Refusal:
    messages = {
        "empty": ("请输入一条 SELECT 查询。", "Type one SELECT query."),
        "too_long": (
            f"查询过长（上限 {MAX_LENGTH} 个字符）。",
            f"The query is too long (at most {MAX_LENGTH} characters).",
        ),
        "syntax": (f"无法解析该查询：{detail}", f"The query could not be parsed: {detail}"),
        "multiple": ("一次只能运行一条语句。", "Only one statement can run at a time."),
        "not_select": (
            f"只允许只读的 SELECT 查询；不允许 {detail}。",
            f"Only read-only SELECT queries are allowed, not {detail}.",
        ),
        "table": (
            f"只能查询本应用的数据表；不允许读取 “{detail}”。",
            f"Only the app's own tables can be queried, not “{detail}”.",
        ),
        "function": (f"不允许使用函数 {detail}()。", f"The function {detail}() is not allowed."),
        "parameters": (
            "不能混用命名参数与位置参数。",
            "Named and positional parameters cannot be mixed.",
        ),
    }
    zh, en = messages[rule]
    return Refusal(rule, zh, en)


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


def check(sql: str, connection: duckdb.DuckDBPyConnection, tables: set[str]) -> Checked | Refusal:
    """Decide whether `sql` may run against `tables`, using `connection` only to parse."""
    text = sql.strip().rstrip(";").strip()
    if not text:
        return refusal("empty")
    if len(sql) > MAX_LENGTH:
        return refusal("too_long")
    try:
        statements = duckdb.extract_statements(text)
    except Exception as error:  # parser errors are not always duckdb.Error
        return refusal("syntax", str(error).splitlines()[0][:200])
    if len(statements) != 1:
        return refusal("multiple") if statements else refusal("empty")
    try:
        statement_type = statements[0].type
    except Exception:  # e.g. UPDATE EXTENSIONS raises ValueError on inspection
        return refusal("not_select", "this statement")
    if statement_type != duckdb.StatementType.SELECT:
        return refusal("not_select", str(statement_type.name))
    try:
        (serialised,) = connection.execute("SELECT json_serialize_sql(?)", [text]).fetchone()
        tree = json.loads(serialised)
    except Exception as error:
        return refusal("syntax", str(error).splitlines()[0][:200])
    if tree.get("error"):
        message = tree.get("error_message", "")
        if "parameters" in message:
            return refusal("parameters")
        return refusal("not_select", message[:120] or "this statement")
    allowed_tables = {t.lower() for t in tables} | _cte_names(tree)
    problems: list[Refusal] = []
    parameters: list[str] = []

    def visit(node: dict) -> None:
        kind = str(node.get("type"))
        is_table_ref = "class" not in node and "sample" in node and not kind.endswith("_NODE")
        if is_table_ref:
            if kind not in ALLOWED_REFS:
                problems.append(refusal("not_select", str(kind)))
            elif kind == "BASE_TABLE":
                name = node.get("table_name", "")
                schema = node.get("schema_name", "").lower()
                if name.lower() not in allowed_tables or node.get("catalog_name") or schema not in ALLOWED_SCHEMAS:
                    qualified = ".".join(p for p in (node.get("catalog_name"), node.get("schema_name"), name) if p)
                    problems.append(refusal("table", qualified))
            elif kind == "TABLE_FUNCTION":
                name = node.get("function", {}).get("function_name", "").lower()
                if name not in ALLOWED_TABLE_FUNCTIONS:
                    problems.append(refusal("function", name))
        if node.get("class") == "FUNCTION":
            name = str(node.get("function_name", "")).lower()
            if name in FORBIDDEN_FUNCTIONS or name.startswith(FORBIDDEN_PREFIXES):
                problems.append(refusal("function", name))
        if node.get("class") == "PARAMETER" and node.get("identifier"):
            parameters.append(node["identifier"])

    _walk(tree.get("statements", []), visit)
    if problems:
        return problems[0]
    return Checked(text, tuple(dict.fromkeys(parameters)))
