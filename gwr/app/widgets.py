"""Widgets whose state lives in the URL, as codes (gwr.app.url_state), and expanders built only while open."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import streamlit as st

from gwr import i18n
from gwr.app import frame, url_state


def _page() -> str:
    """The page being drawn, as its URL path ("" for the default page, and for a page run alone)."""
    return urlsplit(st.context.url).path.strip("/") if st.context.url else ""


def _kept(page: str) -> str:
    """Where a page keeps its URL-bound widgets' values as they stood in its URL (not a widget key,
    so it outlives the widgets: Streamlit forgets the state of every widget a run did not draw)."""
    return f"_kept_{page}"


_DRAWN_ON = "_drawn_on"  # UI state: the page each URL-bound widget key was last drawn on


def _arrived_bare() -> bool:
    """Whether the URL says nothing but the language: a sidebar link, which carries no query."""
    return set(st.query_params.keys()) <= {i18n.KEY}


def _restore(key: str, read, aliases: tuple[str, ...] = ()) -> None:
    """Before a URL-bound widget is drawn for the first time on a visit of its page, take its value
    from the URL (its key, or an older name of it in `aliases`); a value that matches nothing is named
    in a notice and the default view is shown.

    Coming back to a page through the sidebar (a URL with nothing but ?lang=) first puts back in the
    URL the filters the page had when it was left, so the widgets read them as from the link it had:
    the URL and the widgets agree. A link that names anything else opens what it names.

    A widget of another page with the same key (Data's and Share of city's sector) is not this one:
    Streamlit hands its value to the next page's widget of that key on the first run there."""
    page, drawn_on = _page(), st.session_state.setdefault(_DRAWN_ON, {})
    if key in st.session_state and drawn_on.get(key) == page:
        return
    drawn_on[key] = page
    if _arrived_bare():
        for name, encoded in st.session_state.get(_kept(page), {}).items():
            frame.to_url(name, encoded)
    raw = [value for name in (key, *aliases) for value in st.query_params.get_all(name)]
    for name in aliases:
        st.query_params.pop(name, None)
    value, unknown = read(raw)
    st.session_state[key] = value
    if unknown:
        setting = frame.echo(f"{key}={', '.join(unknown)}")
        st.warning(i18n.t("url_unknown", frame.language()).format(setting=setting))


def relabel(key: str, labels: tuple[str, ...]) -> None:
    """Tell the browser the widget's value again when its options' labels changed (a language
    switch; a count in a label).

    Streamlit keeps a select's value in the browser as the labels of the chosen options, and sends
    it only when the value changes on the server; the value here is codes, which a language switch
    does not change, so the chips kept the old language's labels. Reading the value before the widget
    is drawn turns the browser's labels into codes with the labels they were made with, and setting it
    sends it back with the new ones."""
    seen = f"_labels_{key}"
    if st.session_state.get(seen) not in (None, labels) and key in st.session_state:
        st.session_state[key] = st.session_state[key]
    st.session_state[seen] = labels


def _publish(key: str, default) -> None:
    """The widget's value as codes in the URL; absent when it is the default. The page keeps the same
    for when it is left and come back to (_restore)."""
    value = st.session_state.get(key)
    encoded = url_state.encode(value)
    kept = st.session_state.setdefault(_kept(_page()), {})
    if encoded is None or value == default:
        st.query_params.pop(key, None)
        kept.pop(key, None)
    else:
        frame.to_url(key, encoded)
        kept[key] = encoded


def select(container, label: str, key: str, options: list, format_func, default=None, label_of=None):
    """A selectbox bound to ?key=<code>; `label_of(option, lang)` lets old label-form links match."""

    def read(raw):
        reading = url_state.match(raw, options, label_of)
        return (reading.values[0] if reading.values else default), reading.unknown

    _restore(key, read)
    if st.session_state[key] not in options:
        st.session_state[key] = default
    # Streamlit shows a None value as "no choice" with its placeholder, so None's own label goes there.
    placeholder = format_func(None) if None in options else None
    relabel(key, tuple(map(format_func, options)))
    value = container.selectbox(label, options=options, format_func=format_func, key=key, placeholder=placeholder)
    _publish(key, default)
    return value


def multiselect(
    container, label: str, key: str, options: list, format_func, label_of=None, aliases: tuple[str, ...] = (), **kwargs
) -> list:
    """A multiselect bound to ?key=<code>,<code>; empty means every option (no filter)."""

    def read(raw):
        reading = url_state.match(raw, options, label_of)
        return list(reading.values), reading.unknown

    _restore(key, read, aliases)
    relabel(key, tuple(map(format_func, options)))
    # No "Select all" row: its words are Streamlit's own, in English only, and an empty choice
    # already means every option.
    value = container.multiselect(
        label, options=options, format_func=format_func, key=key, placeholder=i18n.t("all", frame.language()),
        select_all=False, **kwargs,
    )  # fmt: skip
    _publish(key, [])
    return value


def toggle(container, label: str, key: str, **kwargs) -> bool:
    """A switch bound to ?key=1 (off when absent)."""

    def read(raw):
        found = url_state.tokens(raw)[:1]
        unknown = tuple(v for v in found if v.lower() not in ("1", "true", "0", "false"))
        return bool(found) and found[0].lower() in ("1", "true"), unknown

    _restore(key, read)
    value = container.toggle(label, key=key, **kwargs)
    _publish(key, False)
    return value


def text(container, label: str, key: str, max_chars: int, **kwargs) -> str:
    """A text input bound to ?key=<text> (free text, not a code)."""
    _restore(key, lambda raw: ((raw[0][:max_chars] if raw else ""), ()))
    value = container.text_input(label, key=key, max_chars=max_chars, **kwargs)
    _publish(key, "")
    return value


def expander(label: str, key: str, expanded: bool = False):
    """An expander whose content is built and sent only while it is open (opening it reruns the
    page): the container to fill, or None while closed. Tables behind a closed expander cost a
    page run their conversion to Arrow on every run otherwise."""
    section = st.expander(label, expanded=expanded, key=f"expander_{key}", on_change="rerun")
    return section if section.open else None


def link_to_view(lang: str) -> None:
    """A copyable link that reopens the current view (every state of it is in the URL, as codes);
    in the sidebar, so not in briefing view, which hides it."""
    if frame.briefing():
        return
    query = urlencode(st.query_params.to_dict())
    base = (st.context.url or "").split("?")[0]
    popover = st.sidebar.popover(i18n.t("copy_link", lang), icon=":material/link:", key="copy_link", on_change="rerun")
    if popover.open:  # built only while open, like the citations
        with popover:
            st.caption(i18n.t("copy_link_help", lang))
            st.code(f"{base}?{query}", language=None, wrap_lines=True)
