"""Data: the fact table with filters, downloads (CSV for Excel, Parquet, the whole package), the dictionary."""

import io

import streamlit as st

from jianxi import i18n, package, ui

lang = ui.page(
    ("数据", "Data"),
    (
        "每行一个数字，附原文语句。筛选后的结果可下载；链接可分享当前筛选。",
        "One row per figure, with the clause it comes from. Download the filtered rows; the link keeps the filters.",
    ),
)

cols = st.columns([2, 1, 1, 2])
sectors = cols[0].multiselect(
    i18n.t("sector", lang), options=list(i18n.SECTORS), format_func=lambda s: i18n.sector_name(s, lang),
    key="sectors", bind="query-params", placeholder=i18n.t("all", lang),
)  # fmt: skip
years = cols[1].multiselect(
    i18n.t("year", lang), options=[2012, 2022, 2023, 2025], key="years", bind="query-params",
    placeholder=i18n.t("all", lang),
)  # fmt: skip
kinds = cols[2].multiselect(
    i18n.t("kind", lang), options=list(i18n.KINDS), format_func=lambda k: i18n.kind_name(k, lang),
    key="kinds", bind="query-params", placeholder=i18n.t("all", lang),
)  # fmt: skip
search = cols[3].text_input(i18n.t("search", lang), key="q", bind="query-params", max_chars=100)

rows = ui.query(
    "facts_filtered",
    sectors=tuple(sectors) or None,
    years=tuple(years) or None,
    kinds=tuple(kinds) or None,
    search=search.strip() or None,
)
st.markdown(f"**{len(rows)}** {'个数字' if lang == 'zh' else 'figures'}")
if rows.empty:
    st.info(i18n.t("no_rows", lang))
shown = rows.assign(link=[ui.report_url(f, lang) for f in rows["fact_id"]])
st.dataframe(
    shown,
    hide_index=True,
    width="stretch",
    column_order=["fact_id", "year", "kind", "sector", "metric_zh" if lang == "zh" else "metric_en", "value", "unit",
                  "qualifier_zh", "city_share_pct", "city_rank", "quote", "pair_note", "link"],
    column_config={
        "value": st.column_config.NumberColumn(format="%g"),
        "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
    },
)  # fmt: skip


def parquet_bytes() -> bytes:
    buffer = io.BytesIO()
    rows.to_parquet(buffer, index=False)
    return buffer.getvalue()


# Files are made only when a button is clicked (a callable `data`), not on every rerun.
left, middle, right = st.columns(3)
left.download_button(
    "下载 CSV（Excel 可直接打开）" if lang == "zh" else "Download CSV (opens cleanly in Excel)",
    data=lambda: rows.to_csv(index=False).encode("utf-8-sig"),
    file_name="jianxi_2022_2023_filtered.csv",
    mime="text/csv",
    on_click="ignore",
)
middle.download_button(
    "下载 Parquet" if lang == "zh" else "Download Parquet",
    data=parquet_bytes,
    file_name="jianxi_2022_2023_filtered.parquet",
    mime="application/vnd.apache.parquet",
    on_click="ignore",
)
right.download_button(
    "下载完整数据包（zip）" if lang == "zh" else "Download the whole data package (zip)",
    data=package.archive,
    file_name="jianxi-2023-report-data.zip",
    mime="application/zip",
    on_click="ignore",
)

st.subheader("数据字典" if lang == "zh" else "Data dictionary")
for resource in package.descriptor()["resources"]:
    with st.expander(f"{resource['title']} · `{resource['path']}`"):
        st.markdown(resource["description"])
        st.dataframe(package.fields_table(resource["name"]), hide_index=True, width="stretch")
