import shutil
from pathlib import Path

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, running_app
from playwright.sync_api import Page, sync_playwright

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


# --- the browser tests (tests/browsing.py): one app for the whole run, one Chromium a module ---


@pytest.fixture(scope="session")
def server():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")  # not longer: Playwright's loop would stay running under later asyncio.run()
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def desktop(browser) -> Page:
    """A tab the size of a desktop screen, 1400×900, for checks of what the first screen shows."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def made_up_reports(tmp_path_factory) -> Path:
    """The made-up districts' report packages (tests/made_up_reports.py), built once for the session: the
    folder to serve with monkeypatch.setenv("GWR_REPORTS_DIR", str(made_up_reports))."""
    from made_up_reports import build

    reports = tmp_path_factory.mktemp("made-up") / "reports"
    build(reports)
    return reports


def _clear_shared() -> None:
    import streamlit as st

    from gwr.store import memo

    for clear in (st.cache_resource.clear, st.cache_data.clear, memo.clear):
        clear()


@pytest.fixture
def serve_reports(monkeypatch):
    """serve_reports(folder): the app serves the shipped data with the packages under `folder` beside it
    (GWR_REPORTS_DIR), Streamlit's caches and the shared results emptied now and after the test."""

    def serve(folder: Path) -> Path:
        monkeypatch.setenv("GWR_REPORTS_DIR", str(folder))
        _clear_shared()
        return folder

    yield serve
    _clear_shared()


@pytest.fixture
def served_reports(made_up_reports, serve_reports) -> Path:
    """The made-up packages (made_up_reports) served beside the shipped report."""
    return serve_reports(made_up_reports)


@pytest.fixture
def kept_downloads(monkeypatch):
    """The in-memory media stores AppTest runs write download buttons' data to, kept to be read back."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import app_test

    stores = []

    class Kept(MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            stores.append(self)

    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", Kept)
    return stores
