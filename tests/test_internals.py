"""Streamlit internals (gwr.app.internals): on the Streamlit they were checked against, a shared table's
Arrow IPC bytes are written once and sent as written; on any other, Streamlit's own path runs."""

import gc

import pyarrow as pa
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from gwr.app import internals, results
from gwr.store import memo


def decoded(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def _draw_fields_table():
    import streamlit as st

    from gwr.app import results

    st.dataframe(results.fields_table("facts", "en").arrow(["name", "type"]))


def test_streamlit_sends_a_shared_tables_kept_bytes_without_writing_them(monkeypatch):
    """Fails if Streamlit writes the table itself: the bytes it sends are the ones kept for it."""
    table = results.fields_table("facts", "en").arrow(["name", "type"])
    assert decoded(internals._WRITTEN[id(table)]).equals(table)  # kept as Streamlit writes them
    marked = internals._streamlit_writes(pa.table({"kept": ["these bytes"]}))
    monkeypatch.setitem(internals._WRITTEN, id(table), marked)
    at = AppTest.from_function(_draw_fields_table, default_timeout=30).run()
    assert not at.exception
    assert at.dataframe[0].proto.arrow_data.data == marked


def test_a_shared_table_is_the_same_object_on_every_draw():
    shown = results.fields_table("facts", "en")
    assert shown.arrow(["name", "type"]) is shown.arrow(["name", "type"])
    assert shown.arrow(["type", "name"]).column_names == ["type", "name"]


def test_kept_bytes_go_with_their_table():
    table = internals.written_once(pa.table({"a": list(range(100))}))
    key = id(table)
    assert key in internals._WRITTEN
    del table
    gc.collect()
    assert key not in internals._WRITTEN


def test_any_other_table_is_written_as_before():
    other = pa.table({"b": ["x", "y"]})
    assert dataframe_util.convert_arrow_table_to_arrow_bytes is internals._arrow_bytes
    assert decoded(dataframe_util.convert_arrow_table_to_arrow_bytes(other)).equals(other)
    assert id(other) not in internals._WRITTEN


def test_another_streamlit_gets_its_own_path_and_the_same_table(monkeypatch):
    """On a Streamlit the internals were not checked against, nothing of Streamlit's is replaced: its
    own writer runs on every draw and the table arrives whole; putting the check back restores the gain."""
    try:
        assert not internals.install("0.0.0")
        assert dataframe_util.convert_arrow_table_to_arrow_bytes is internals._streamlit_writes
        table = internals.written_once(pa.table({"c": [1, 2, 3]}))
        assert id(table) not in internals._WRITTEN  # nothing kept: Streamlit writes it
        memo.clear()
        at = AppTest.from_function(_draw_fields_table, default_timeout=30).run()
        assert not at.exception
        assert decoded(at.dataframe[0].proto.arrow_data.data).column_names == ["name", "type"]
    finally:
        assert internals.install()
        memo.clear()
    assert dataframe_util.convert_arrow_table_to_arrow_bytes is internals._arrow_bytes


def test_routing_a_first_request_touches_nothing_on_another_streamlit(monkeypatch):
    from streamlit.runtime.pages_manager import PagesManager

    monkeypatch.setattr(PagesManager, "uses_pages_directory", True)
    internals.route_through_frame("0.0.0")  # would rerun the script (and fail outside one) if it acted
    assert PagesManager.uses_pages_directory is True


def test_only_the_checked_version_is_supported():
    assert internals.supported(internals.TESTED_STREAMLIT)
    assert not internals.supported("1.68.0")
