import shutil
from pathlib import Path

import pytest

from gwr.paths import DATA_DIR


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the data folder that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("_parts"))
    return target


@pytest.fixture
def served_copy(data_copy: Path, monkeypatch):
    """A private data copy that the app serves (JIANXI_DATA_DIR), with Streamlit's caches emptied
    before and after, so a test may break it and see what a visitor would."""
    import streamlit as st

    from gwr.store import memo

    monkeypatch.setenv("JIANXI_DATA_DIR", str(data_copy))
    st.cache_resource.clear()
    st.cache_data.clear()
    memo.clear()
    yield data_copy
    monkeypatch.delenv("JIANXI_DATA_DIR")
    st.cache_resource.clear()
    st.cache_data.clear()
    memo.clear()
