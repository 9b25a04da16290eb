"""The report text as reading HTML, with every captured figure's clause marked.

All text is HTML-escaped before any tag is added, so nothing from the data or a visitor can
inject markup.
"""

from __future__ import annotations

import re
from html import escape

from jianxi.report import Report

PAGE_NUMBER = re.compile(r"—\d+—")
PARAGRAPH_START = re.compile(r"(?<=[。！？])(?=(?:[一二三四五六七八九]是|一方面|另一方面|各位代表))")
MARK = '<mark title="{title}" style="background:{color};padding:0 1px;border-radius:2px">'
COLORS = {"normal": "#FFF3B0", "selected": "#FFB74D"}


def section_text(report: Report, name: str) -> str:
    """The squashed text of one section of the outline, without page-number lines."""
    names = report.section_names
    index = names.index(name)
    start = 0 if index == 0 else report.sections[index - 1].start
    end = report.sections[index].start if index < len(report.sections) else len(report.squashed)
    return PAGE_NUMBER.sub("", report.squashed[start:end])


def _spans(text: str, clauses: list[tuple[str, str]]) -> list[tuple[int, int, list[str]]]:
    """Merged (start, end, fact_ids) intervals where the clauses occur in text."""
    hits = []
    for fact_id, clause in clauses:
        at = text.find(clause)
        while clause and at != -1:
            hits.append((at, at + len(clause), fact_id))
            at = text.find(clause, at + 1)
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, fact_id in sorted(hits):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], fact_id])
        else:
            merged.append((start, end, [fact_id]))
    return merged


def marked_html(text: str, clauses: list[tuple[str, str]], selected: str | None = None) -> str:
    """Escaped paragraphs of text with each clause in a <mark>; the selected fact's mark stands out."""
    out, cursor = [], 0
    for start, end, fact_ids in _spans(text, clauses):
        out.append(escape(text[cursor:start]))
        color = COLORS["selected" if selected in fact_ids else "normal"]
        out.append(MARK.format(title=escape(", ".join(fact_ids)), color=color) + escape(text[start:end]) + "</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    paragraphs = PARAGRAPH_START.split("".join(out))
    return "".join(f'<p style="line-height:1.9;margin:0 0 0.8em 0">{p}</p>' for p in paragraphs if p)


def sentences_with(report: Report, needle: str, limit: int = 50) -> list[tuple[str, str]]:
    """(section, sentence) pairs whose sentence contains the needle (whitespace ignored)."""
    needle = re.sub(r"\s+", "", needle)
    found = []
    if not needle:
        return found
    for name in report.section_names:
        for sentence in re.split(r"(?<=[。！？；])", section_text(report, name)):
            if needle in sentence:
                found.append((name, sentence))
                if len(found) >= limit:
                    return found
    return found
