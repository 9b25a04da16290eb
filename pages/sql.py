"""SQL: visitors run their own read-only DuckDB SQL, or the app's canned queries, in a sandbox."""

import re

import pandas as pd
import streamlit as st

from jianxi import counts, i18n, package, queries, sql_guard, ui
from jianxi.sandbox import MAX_ROWS, SOFT_SECONDS, Answer

PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")

lang = ui.page("sql_title", "sql_caption", seconds=f"{SOFT_SECONDS:g}", rows=MAX_ROWS)

canned = queries.load_all()


def load_canned() -> None:
    name = st.session_state.get("canned")
    if name:
        st.session_state["sql"] = canned[name].sql


st.selectbox(
    "示例查询" if lang == "zh" else "Canned queries",
    options=[None, *canned],
    format_func=lambda n: "—" if n is None else f"{canned[n].title[lang]} · {n}",
    key="canned",
    on_change=load_canned,
)
if st.session_state.get("canned"):
    st.caption(canned[st.session_state["canned"]].description[lang])

# Twice the limit, so that a query a little too long gets the clear refusal rather than silent cutting.
sql = st.text_area("SQL", key="sql", bind="query-params", height=220, max_chars=2 * sql_guard.MAX_LENGTH)


def parse_parameter(text: str):
    """A typed parameter value: empty → NULL, 2022 → int, a, b → list."""
    text = text.strip()
    if not text:
        return None
    if "," in text:
        return [parse_parameter(part) for part in text.split(",") if part.strip()]
    return int(text) if re.fullmatch(r"-?\d+", text) else text


names = list(dict.fromkeys(PARAMETER.findall(sql or "")))[:10]
params = {}
if names:
    st.caption(
        "参数（留空为 NULL；逗号分隔为列表）" if lang == "zh" else "Parameters (empty = NULL; commas make a list)"
    )
    for column, name in zip(st.columns(min(len(names), 4)) * 3, names, strict=False):
        params[name] = parse_parameter(column.text_input(f"${name}", key=f"param_{name}", max_chars=200))

if st.button("运行" if lang == "zh" else "Run", type="primary"):
    is_canned = any((sql or "").strip() == query.sql for query in canned.values())
    result = ui.sql_pool().run(sql or "", params, canned=is_canned)
    if isinstance(result, Answer):
        columns = [f"{c}_{i}" if result.columns.count(c) > 1 else c for i, c in enumerate(result.columns)]
        frame = pd.DataFrame(result.rows, columns=columns)
        note = (
            f"{len(frame)} 行 · {result.seconds * 1000:.0f} 毫秒"
            if lang == "zh"
            else f"{len(frame)} rows · {result.seconds * 1000:.0f} ms"
        )
        if result.truncated:
            note += f"（只显示前 {MAX_ROWS} 行）" if lang == "zh" else f" (only the first {MAX_ROWS} shown)"
        st.markdown(note)
        st.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(
            "下载结果 CSV" if lang == "zh" else "Download result as CSV",
            data=frame.to_csv(index=False).encode("utf-8-sig"),
            file_name="jianxi_query_result.csv",
            mime="text/csv",
            on_click="ignore",
        )
    else:
        st.error(ui.escape_markdown(result.text(lang)))

with st.expander("数据表结构" if lang == "zh" else "Tables and columns", expanded=False):
    for resource in package.descriptor()["resources"]:
        st.markdown(f"**{resource['name']}** · {resource['title']}")
        if resource["name"] == "facts":
            st.caption(f"{counts.summary(ui.query('facts_filtered'), lang)} · {i18n.t('figure_definition', lang)}")
        st.dataframe(package.fields_table(resource["name"]), hide_index=True, width="stretch")
