"""Results every session shares, made once per input: functools.lru_cache, and one call to empty them all.

st.cache_resource hashes each call's arguments with its own hasher; with the dozen lookups of a page
run (queries, tables, figures, rows) that was an eighth of the run. These results are keyed by small
hashable values (names, codes, tuples of them), which lru_cache hashes as Python does. Two sessions
that miss at once may both compute a result; one of them is kept. Treat a result as read-only.
"""

from __future__ import annotations

import functools

_ALL: list = []


def shared(maxsize: int | None = 512):
    """Decorator: the function's results, made once per arguments and shared (at most `maxsize`)."""

    def wrap(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _ALL.append(cached)
        return cached

    return wrap


def clear() -> None:
    """Empty every shared result (a test that serves another copy of the data)."""
    for cached in _ALL:
        cached.cache_clear()
