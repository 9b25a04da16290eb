"""gwr: a government work report (政府工作报告) as data, and the explorer that shows it.

One folder per part, so a path says what a file does:

- `data/`: the data pipeline: the report text and its outline, the package and its descriptor, the
  validation rules, coverage of every number, the data command line (`python -m gwr.data`).
- `rules/`: what a figure means wherever it is shown: its wording (bound, stretch word), the
  comparison of two years and the target check, what a count counts, implied city totals.
- `store/`: the data as the app reads it: DuckDB over the validated tables, the named queries of
  queries/*.sql, results shared across sessions and kept across starts.
- `app/`: the Streamlit screens' shared pieces: the frame, URL state, widgets, shared results,
  display, citation popovers, tables, downloads, and the one module that touches Streamlit internals.
- `charts/`: pure figure builders, their text and phone layout, slides and the briefing export.
- `sql/`: the SQL page's sandbox: the guard, the worker pool, the worker process.

At the top: `paths`, and what screens, charts and exports all use: `i18n` (the string catalog),
`formatting` (the one formatter of a value) and `citation`.
"""
