"""One catalog for every interface string (jianxi/i18n.py): every entry has both languages with the
same fields; pages, the chart builders and the shared UI ask for keys and never choose a language
inline or write interface text of their own."""

import ast
import re
import string

import pytest

from gwr import i18n, reports
from gwr.paths import ROOT

# The pages, the chart builders and the app's shared screen parts (frame, widgets, citations, displays).
SCREEN_MODULES = ("frame", "widgets", "results", "display", "cite")
CODE = [
    *sorted((ROOT / "pages").glob("*.py")),
    *sorted(p for p in (ROOT / "gwr" / "charts").glob("*.py") if p.name != "briefing.py"),
    *(ROOT / "gwr" / "app" / f"{name}.py" for name in SCREEN_MODULES),
]
EVERY_MODULE = [*sorted((ROOT / "gwr").rglob("*.py")), *sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py"]
CJK = re.compile(r"[\u3400-\u9fff]")
# Streamlit calls whose first argument (or label=) is text a visitor reads.
SHOWN = {
    "title", "header", "subheader", "caption", "markdown", "write", "text", "info", "warning", "error", "success",
    "button", "download_button", "selectbox", "multiselect", "text_input", "text_area", "toggle", "checkbox",
    "radio", "expander", "popover", "metric", "tabs", "number_input", "segmented_control", "TextColumn",
    "LinkColumn", "NumberColumn", "Column",
}  # fmt: skip


def tree(path):
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", list(i18n.TEXT))
def test_every_entry_has_both_languages_with_the_same_fields(key):
    zh, en = i18n.TEXT[key]
    assert (zh.strip() and en.strip()) or key.endswith("_separator"), key
    assert fields(zh) == fields(en), key


def catalog_call(node) -> bool:
    """`Report.text(key, lang, …)`: a catalog key and a language, filled with a report's fields. Never
    `st.text`, which takes its body as its one positional argument."""
    return isinstance(node.func, ast.Attribute) and node.func.attr == "text" and len(node.args) >= 2


def test_every_key_asked_for_exists():
    asked = set()
    for path in EVERY_MODULE:
        for node in ast.walk(tree(path)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and (node.func.attr == "t" or catalog_call(node))
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                asked.add((path.name, node.args[0].value))
    missing = [(name, key) for name, key in asked if key not in i18n.TEXT]
    assert asked and not missing, missing


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_inline_language_choice(path):
    """No `lang == "zh"` (or "en") outside the catalog and the formatter."""
    choices = [
        node.lineno
        for node in ast.walk(tree(path))
        if isinstance(node, ast.Compare)
        and any(isinstance(c, ast.Constant) and c.value in i18n.LANGUAGES for c in [node.left, *node.comparators])
    ]
    assert not choices, f"{path.name}: inline language choice on lines {choices}"


def _literal_text(node) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_interface_text_outside_the_catalog(path):
    """No Chinese anywhere in the code, and no words written straight into a Streamlit call."""
    found = []
    for node in ast.walk(tree(path)):
        literal = _literal_text(node)
        if CJK.search(literal):
            found.append((node.lineno, literal))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SHOWN
            and not catalog_call(node)
        ):
            shown = [*node.args[:1], *(k.value for k in node.keywords if k.arg in ("label", "body", "help"))]
            for argument in shown:
                text = _literal_text(argument)
                if re.search(r"[A-Za-z]{2,}", re.sub(r"`[^`]*`|\*\*|:material/\w+:", "", text)):
                    found.append((node.lineno, text))
    assert not found, f"{path.name}: {found}"


def test_page_tops_hold_no_html():
    """frame.page sends a page's title, caption, lead and first heading as Markdown without raw HTML
    (it would cost every first visit Streamlit's rehype-raw bundle, issue 24): those catalog entries
    must be text and Markdown only."""
    keys = [
        argument.value
        for path in (ROOT / "pages").glob("*.py")
        for node in ast.walk(tree(path))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "frame.page"
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
    ]
    assert len(keys) == 9 + 8 + 2  # nine titles, eight captions, the home page's lead and first section
    for key in keys:
        assert not re.search(r"[<>]", "".join(i18n.TEXT[key])), key


def test_no_markdown_asks_for_raw_html():
    """Raw HTML in st.markdown or st.caption (unsafe_allow_html) makes a visitor's browser fetch another
    50 kB of Streamlit's JavaScript before the page is drawn; style and script go through st.html."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "gwr").rglob("*.py"), ROOT / "app.py"]
        for node in ast.walk(tree(path))
        if isinstance(node, ast.keyword) and node.arg == "unsafe_allow_html"
    ]
    assert found == []


@pytest.mark.parametrize(("n", "noun", "en", "zh"), [
    (1, "pair", "1 pair", "1对指标"), (2, "pair", "2 pairs", "2对指标"), (1, "indicator", "1 indicator", "1个指标"),
    (1, "restatement", "1 restatement", "1行重复表述"), (0, "match", "0 matches", "0处"),
    (1200, "row", "1,200 rows", "1200行"),
])  # fmt: skip
def test_counts_agree_with_their_number(n, noun, en, zh):
    assert i18n.count(n, noun, "en") == en and i18n.count(n, noun, "zh") == zh


def test_kinds_in_a_sentence_are_lower_case_in_english():
    assert i18n.t("legend_year_kind", "en").format(year=2022, kind=i18n.kind_word("actual", "en")) == "2022 result"
    assert reports.shipped().text("legend_2022", "en") == "2022 result"  # the dumbbell's legend says the same
    assert i18n.kind_word("target", "zh") == "目标"
