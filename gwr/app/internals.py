"""Every reach into Streamlit's private modules, in one place, each behind one check of the version.

Two gains need Streamlit's internals; each was measured or needed against Streamlit 1.67.0
(`TESTED_STREAMLIT`). With any other version neither is touched and Streamlit's own path runs: the app
still works, a little slower (Arrow bytes) or with a deep link's first request drawn without the frame
until the next click (routing). `tests/test_internals.py` runs both paths.

- **Arrow bytes written once.** st.dataframe writes a pyarrow table's Arrow IPC bytes on every run
  (`streamlit.dataframe_util.convert_arrow_table_to_arrow_bytes`). The tables the pages show are made
  once and shared by every session (`gwr.app.results.Shown`), so their bytes never change. Writing
  them is cheap alone, but pyarrow gives the GIL away several times while it writes, and on a busy
  instance each time hands the GIL to another thread and waits to get it back: about 20 context
  switches per table per run with 20 sessions (docs/benchmarks.md, sixth pass). `written_once(table)`
  writes a table's bytes with Streamlit's own function and keeps them while the table lives; a lookup
  in front of that function sends the kept bytes for that same table object, and writes any other
  table itself, as before.
- **A deep link's first request goes through the frame.** While no session has called st.navigation
  yet, Streamlit treats the pages/ folder the legacy way and runs a requested page alone, without the
  frame (language switch, navigation, footer). Clearing that flag and rerunning lets app.py route the
  same URL.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import streamlit as st
from streamlit import dataframe_util

if TYPE_CHECKING:
    import pyarrow as pa

TESTED_STREAMLIT = "1.67.0"

_streamlit_writes = dataframe_util.convert_arrow_table_to_arrow_bytes
_WRITTEN: dict[int, bytes] = {}  # id(table) → its bytes, while the table lives (weakref.finalize)
_active = False  # whether the lookup is in front of Streamlit's writer


def supported(version: str) -> bool:
    """Whether this Streamlit is the one the internals below were checked against."""
    return version == TESTED_STREAMLIT


def _arrow_bytes(table: pa.Table) -> bytes:
    written = _WRITTEN.get(id(table))
    return _streamlit_writes(table) if written is None else written


def install(version: str = st.__version__) -> bool:
    """Put the kept-bytes lookup in front of Streamlit's writer if `version` is supported, else leave
    (or put back) Streamlit's own; return whether the lookup is in place. Runs on import."""
    global _active
    _active = supported(version)
    # st.dataframe looks the function up in its module on every draw (streamlit/elements/arrow.py).
    dataframe_util.convert_arrow_table_to_arrow_bytes = _arrow_bytes if _active else _streamlit_writes
    if not _active:
        _WRITTEN.clear()
    return _active


def written_once(table: pa.Table) -> pa.Table:
    """`table`, its Arrow IPC bytes written now and kept for Streamlit until the table is freed (only
    while the lookup is in place: otherwise Streamlit writes them on every draw, as it does by itself)."""
    if _active and id(table) not in _WRITTEN:
        _WRITTEN[id(table)] = _streamlit_writes(table)
        # A freed table's id can be reused: its entry goes when it goes.
        weakref.finalize(table, _WRITTEN.pop, id(table), None)
    return table


def route_through_frame(version: str = st.__version__) -> None:
    """Send a deep link that is the server's first request through app.py (see the module's notes);
    nothing on a Streamlit this was not checked against."""
    if not supported(version):
        return
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


install()
