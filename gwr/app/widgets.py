"""Widgets whose state lives in the URL, as codes (gwr.app.url_state), and expanders built only while open."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from gwr import i18n
from gwr.app import frame, url_state


def _restore(key: str, read, aliases: tuple[str, ...] = ()) -> None:
    """Before a URL-bound widget is drawn for the first time in a session, take its value from the
    URL (its key, or an older name of it in `aliases`); a value that matches nothing is named in a
    notice and the default view is shown."""
    if key in st.session_state:
        return
    raw = [value for name in (key, *aliases) for value in st.query_params.get_all(name)]
    for name in aliases:
        st.query_params.pop(name, None)
    value, unknown = read(raw)
    st.session_state[key] = value
    if unknown:
        setting = frame.echo(f"{key}={', '.join(unknown)}")
        st.warning(i18n.t("url_unknown", frame.language()).format(setting=setting))


def _publish(key: str, default) -> None:
    """The widget's value as codes in the URL; absent when it is the default."""
    value = st.session_state.get(key)
    encoded = url_state.encode(value)
    if encoded is None or value == default:
        st.query_params.pop(key, None)
    else:
        frame.to_url(key, encoded)


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
    value = container.multiselect(
        label, options=options, format_func=format_func, key=key, placeholder=i18n.t("all", frame.language()), **kwargs
    )
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
