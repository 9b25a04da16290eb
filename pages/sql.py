"""SQL: visitors run their own read-only DuckDB SQL, or the app's canned queries, in a sandbox."""

import re

import pandas as pd
import streamlit as st

from gwr import i18n, paths
from gwr.app import frame, picker, results, widgets
from gwr.data import package
from gwr.rules import counts
from gwr.sql import guard, sandbox
from gwr.sql.sandbox import MAX_ROWS, SOFT_SECONDS, Answer
from gwr.store import queries
from gwr.store.queries import SQL

PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")

lang = frame.page("sql_title", "sql_caption", seconds=f"{SOFT_SECONDS:g}", rows=MAX_ROWS)

canned = queries.load_all()


def load_canned() -> None:
    name = st.session_state.get("canned")
    if name:
        st.session_state["sql"] = canned[name].sql


def canned_label(name: str | None) -> str:
    if name is None:
        return i18n.t("sql_canned_none", lang)
    return i18n.t("sql_canned_option", lang).format(title=canned[name].title[lang], name=name)


st.selectbox(
    i18n.t("sql_canned", lang), options=[None, *canned], format_func=canned_label, key="canned", on_change=load_canned
)
description = st.empty()

# Twice the limit, so that a query a little too long gets the clear refusal rather than silent cutting.
sql = st.text_area(
    i18n.t("sql_editor", lang), key="sql", bind="query-params", height=220, max_chars=2 * guard.MAX_LENGTH
)
chosen = canned.get(st.session_state.get("canned"))
if chosen and (sql or "").strip() == chosen.sql:
    description.caption(chosen.description[lang])  # only while the editor holds exactly that query


def parse_parameter(text: str):
    """A typed parameter value: empty → NULL, 2022 → int, a, b → list."""
    text = text.strip()
    if not text:
        return None
    if "," in text:
        return [parse_parameter(part) for part in text.split(",") if part.strip()]
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def valid_values(name: str) -> str:
    """The caption listing what `$name` may be, when it names a column with few values ('' otherwise)."""
    found = sandbox.parameter_column(name, package.descriptor(paths.data_dir()))
    values = results.sql_pool().values(*found) if found else None
    if not values:
        return ""
    listed = i18n.t("sql_value_separator", lang).join(str(v) for v in values)
    table, column = (frame.escape_markdown(name) for name in found)
    return i18n.t("sql_parameter_values", lang).format(table=table, column=column, values=frame.escape_markdown(listed))


names = list(dict.fromkeys(PARAMETER.findall(sql or "")))[:10]
# $report_id starts as the report the picker shows, and follows it when it changes (empty: every report).
shown = picker.current().report_id
if "report_id" in names and st.session_state.get("_sql_report") != shown:
    st.session_state["param_report_id"] = st.session_state["_sql_report"] = shown
params = {}
if names:
    st.caption(i18n.t("sql_parameters", lang))
    for column, name in zip(st.columns(min(len(names), 4)) * 3, names, strict=False):
        params[name] = parse_parameter(column.text_input(f"${name}", key=f"param_{name}", max_chars=200))
        if caption := valid_values(name):
            column.caption(caption)

if st.button(i18n.t("sql_run", lang), type="primary"):
    is_canned = any((sql or "").strip() == query.sql for query in canned.values())
    result = results.sql_pool().run(sql or "", params, canned=is_canned)
    if isinstance(result, Answer):
        columns = [f"{c}_{i}" if result.columns.count(c) > 1 else c for i, c in enumerate(result.columns)]
        table = pd.DataFrame(result.rows, columns=columns)
        note = i18n.t("sql_result_note", lang).format(
            rows=i18n.count(len(table), "row", lang), ms=f"{result.seconds * 1000:.0f}"
        )
        if result.truncated:
            note += i18n.t("sql_truncated", lang).format(rows=MAX_ROWS)
        st.markdown(note)
        st.dataframe(table, hide_index=True, width="stretch")
        st.download_button(
            i18n.t("sql_download", lang),
            data=table.to_csv(index=False).encode("utf-8-sig"),
            file_name="query_result.csv",
            mime="text/csv",
            on_click="ignore",
        )
    else:
        st.error(frame.escape_markdown(result.text(lang)))
        if result.engine:  # DuckDB's own words, as it wrote them (a code block shows them literally)
            st.caption(i18n.t("sql_engine_text", lang))
            st.code(result.engine, language=None, wrap_lines=True)

if (schema := widgets.expander(i18n.t("sql_tables", lang), "sql_tables")) is not None:
    with schema:
        for resource in package.descriptor()["resources"]:
            st.markdown(f"**{resource['name']}** · {package.resource_text(resource, 'title', lang)}")
            if resource["name"] == "facts":
                st.caption(
                    f"{counts.summary(results.query(SQL.facts_filtered), lang)} · {i18n.t('figure_definition', lang)}"
                )
            st.dataframe(package.fields_table(resource["name"], lang), hide_index=True, width="stretch")
