"""Data: the fact table for reading, with filters, downloads (CSV for Excel, Parquet, the whole
package) and the data dictionary."""

import streamlit as st

from gwr import i18n
from gwr.app import display, export, frame, picker, results, tables, widgets
from gwr.data import package
from gwr.rules import counts
from gwr.store.queries import SQL

lang = frame.page("data_title", "data_caption")
report = picker.current()

by_year = results.kinds_by_year()
year_kinds = dict(by_year)
filters_row = st.container(horizontal=True, key="filters")  # one row on a desktop; on a phone one a line (PAGE_CSS)
sectors = widgets.multiselect(
    filters_row, i18n.t("sector", lang), "sector", list(i18n.SECTORS),
    format_func=lambda s: i18n.sector_name(s, lang), label_of=i18n.sector_name, aliases=("sectors",),
)  # fmt: skip
years = widgets.multiselect(
    filters_row, i18n.t("year", lang), "year", sorted(year_kinds),
    format_func=lambda y: i18n.year_name(y, year_kinds, lang), aliases=("years",), width=150,
)  # fmt: skip
kinds = widgets.multiselect(
    filters_row, i18n.t("kind", lang), "kind", list(i18n.KINDS),
    format_func=lambda k: i18n.kind_name(k, lang), label_of=i18n.kind_name, aliases=("kinds",), width=150,
)  # fmt: skip
wordings = widgets.multiselect(
    filters_row, i18n.t("wording_filter", lang), "wording", list(i18n.WORDINGS),
    format_func=lambda w: i18n.wording_name(w, lang), label_of=i18n.wording_name, width=200,
)  # fmt: skip
search = widgets.text(filters_row, i18n.t("search", lang), "q", max_chars=100)

filters = {"sectors": tuple(sectors) or None, "years": tuple(years) or None, "kinds": tuple(kinds) or None,
           "wordings": tuple(wordings) or None, "search": search.strip() or None}  # fmt: skip
rows, figures = results.count(SQL.facts_filtered, **filters)
restated = rows - figures
with_restated = widgets.toggle(
    st,
    i18n.t("show_restatements", lang).format(n=i18n.count(restated, "restatement", lang)),
    "restated",
    disabled=not restated,
)
shown = results.table(
    tables.facts, SQL.facts_filtered, lang, by_year, keep=None if with_restated else counts.FIGURE_ROWS, **filters
)
described = counts.describe(rows if with_restated else figures, figures, lang)
if shown.empty:
    st.info(i18n.t("no_rows", lang))

columns = {
    "metric": i18n.t("indicator", lang),
    "figure": i18n.t("figure", lang),
    "wording": i18n.t("wording", lang),
    "year": i18n.t("year", lang),
    "kind": i18n.t("kind", lang),
    "sector": i18n.t("sector", lang),
    "share": i18n.t("share", lang),
    "rank": i18n.t("rank", lang),
    "quote": i18n.t("quote", lang),
    "locator": i18n.t("locator", lang),
    "pair_note": i18n.t("pair_note", lang),
    "note": i18n.t("note", lang),
    "measure": i18n.t("measure", lang),
    **({"restates": i18n.t("restates", lang)} if with_restated else {}),
    "fact_id": i18n.t("fact_id", lang),
    "link": st.column_config.LinkColumn(i18n.t("open_in_report", lang), display_text="↗"),
}
display.fact_table(shown, columns, lang, "facts", described, level=0)


def shown_rows():
    """The rows shown, as the query gives them: what the files hold."""
    matching = results.query(SQL.facts_filtered, **filters)
    return matching if with_restated else matching[counts.is_figure(matching)]


# Files are made only when a button is clicked (a callable `data`), not on every rerun.
named = {"sector": sectors, "year": years, "kind": kinds, "wording": wordings, "q": search.strip(),
         "with-restatements": ["yes"] if with_restated else []}  # fmt: skip
downloads = st.container(horizontal=True)  # one row, wrapping on a phone
downloads.download_button(
    i18n.t("download_csv", lang),
    data=lambda: export.csv_bytes(export.typed(shown_rows())),
    file_name=export.file_name(report, named, "csv"),
    mime="text/csv",
    on_click="ignore",
)
downloads.download_button(
    i18n.t("download_parquet", lang),
    data=lambda: export.parquet_bytes(export.typed(shown_rows())),
    file_name=export.file_name(report, named, "parquet"),
    mime="application/vnd.apache.parquet",
    on_click="ignore",
)
downloads.download_button(
    i18n.t("download_package", lang),
    data=lambda: package.archive(picker.package_folder(report), report.file_stem()),
    file_name=f"{report.file_stem()}.zip",
    mime="application/zip",
    on_click="ignore",
)

# The dictionary is read now and then, so it is built and sent only while open (a link naming a
# table opens it).
named_table = "table" in st.query_params
if (dictionary := widgets.expander(i18n.t("data_dictionary", lang), "dictionary", expanded=named_table)) is not None:
    with dictionary:
        resources = {resource["name"]: resource for resource in package.descriptor()["resources"]}
        chosen = widgets.select(
            st, i18n.t("dictionary_table", lang), "table", list(resources),
            format_func=lambda name: f"{package.resource_text(resources[name], 'title', lang)} · {resources[name]['path']}",
            default=next(iter(resources)),
        )  # fmt: skip
        st.markdown(package.resource_text(resources[chosen], "description", lang))
        fields = results.fields_table(chosen, lang)
        display.dataframe(fields, {column: column for column in fields.frame.columns})  # headed in `lang` already
