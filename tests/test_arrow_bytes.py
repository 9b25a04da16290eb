"""A shared table's Arrow IPC bytes are written once and sent as written (gwr.app.arrow_bytes)."""

import gc

import pyarrow as pa
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from gwr.app import arrow_bytes, ui


def decoded(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def _draw_fields_table():
    import streamlit as st

    from gwr.app import ui

    st.dataframe(ui.fields_table("facts", "en").arrow(["name", "type"]))


def test_streamlit_sends_a_shared_tables_kept_bytes_without_writing_them(monkeypatch):
    """Fails if Streamlit writes the table itself: the bytes it sends are the ones kept for it."""
    table = ui.fields_table("facts", "en").arrow(["name", "type"])
    assert decoded(arrow_bytes._WRITTEN[id(table)]).equals(table)  # kept as Streamlit writes them
    marked = arrow_bytes._streamlit_writes(pa.table({"kept": ["these bytes"]}))
    monkeypatch.setitem(arrow_bytes._WRITTEN, id(table), marked)
    at = AppTest.from_function(_draw_fields_table, default_timeout=30).run()
    assert not at.exception
    assert at.dataframe[0].proto.arrow_data.data == marked


def test_a_shared_table_is_the_same_object_on_every_draw():
    shown = ui.fields_table("facts", "en")
    assert shown.arrow(["name", "type"]) is shown.arrow(["name", "type"])
    assert shown.arrow(["type", "name"]).column_names == ["type", "name"]


def test_kept_bytes_go_with_their_table():
    table = arrow_bytes.written_once(pa.table({"a": list(range(100))}))
    key = id(table)
    assert key in arrow_bytes._WRITTEN
    del table
    gc.collect()
    assert key not in arrow_bytes._WRITTEN


def test_any_other_table_is_written_as_before():
    other = pa.table({"b": ["x", "y"]})
    assert dataframe_util.convert_arrow_table_to_arrow_bytes is arrow_bytes._arrow_bytes
    assert decoded(dataframe_util.convert_arrow_table_to_arrow_bytes(other)).equals(other)
    assert id(other) not in arrow_bytes._WRITTEN
