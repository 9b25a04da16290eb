"""What frame.page draws at the top of a page, read back from an AppTest run."""

from streamlit.testing.v1 import AppTest


def page_title(at: AppTest) -> str:
    """The page's title: the first line of its first Markdown element (frame.page draws the title, the
    caption and the page style as one element)."""
    first = at.main.markdown[0].value.split("\n\n")[0]
    assert first.startswith("# "), first
    return first.removeprefix("# ")
