"""The Arrow IPC bytes of a shared table, written once instead of on every draw.

st.dataframe writes a pyarrow table's Arrow IPC bytes on every run
(`streamlit.dataframe_util.convert_arrow_table_to_arrow_bytes`). The tables the pages show are made
once and shared by every session (`ui.Shown`), so their bytes never change. Writing them is cheap
alone, but pyarrow gives the GIL away several times while it writes, and on a busy instance each time
hands the GIL to another thread and waits to get it back: about 20 context switches per table per run
with 20 sessions (docs/benchmarks.md, sixth pass).

`written_once(table)` writes a table's bytes with Streamlit's own function and keeps them while the
table lives. Importing this module puts a lookup in front of that function: Streamlit sends the kept
bytes for that same table object, and writes any other table itself, as before.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from streamlit import dataframe_util

if TYPE_CHECKING:
    import pyarrow as pa

_streamlit_writes = dataframe_util.convert_arrow_table_to_arrow_bytes
_WRITTEN: dict[int, bytes] = {}  # id(table) → its bytes, while the table lives (weakref.finalize)


def written_once(table: pa.Table) -> pa.Table:
    """`table`, its Arrow IPC bytes written now and kept for Streamlit until the table is freed."""
    if id(table) not in _WRITTEN:
        _WRITTEN[id(table)] = _streamlit_writes(table)
        # A freed table's id can be reused: its entry goes when it goes.
        weakref.finalize(table, _WRITTEN.pop, id(table), None)
    return table


def _arrow_bytes(table: pa.Table) -> bytes:
    written = _WRITTEN.get(id(table))
    return _streamlit_writes(table) if written is None else written


# st.dataframe looks the function up in its module on every draw (streamlit/elements/arrow.py).
dataframe_util.convert_arrow_table_to_arrow_bytes = _arrow_bytes
