"""The report text as reading HTML, with every captured figure's clause marked.

All text is HTML-escaped before any tag is added, so nothing from the data or a visitor can
inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from itertools import pairwise

import pandas as pd

from gwr.data.report import Report

PAGE_NUMBER = re.compile(r"—\d+—")
PARAGRAPH_START = re.compile(r"(?<=[。！？])(?=(?:[一二三四五六七八九]是|一方面|另一方面|各位代表))")
MARK = '<mark title="{title}" style="background:{color};padding:0 1px;border-radius:2px">'
COLORS = {"normal": "#FFF3B0", "selected": "#FFB74D"}
# The selected clause stands out among the yellow marks: dark ground, white bold text, an outline.
SELECTED_MARK = (
    '<mark id="{anchor}" data-selected="1" title="{title}" style="background:#8E2C0B;color:#fff;font-weight:600;'
    'padding:1px 3px;border-radius:3px;outline:2px solid #8E2C0B">'
)
SENTENCE_END = re.compile(r"(?<=[。！？；])")
PARAGRAPH_STYLE = "line-height:1.9;margin:0 0 0.8em 0"
HEADING_STYLE = "margin:1em 0 0.5em 0;font-size:1.1rem;font-weight:700"


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


def _marked(text: str, clauses: list[tuple[str, str]], selected: str | None, anchor: str = "selected-in-text") -> str:
    """Escaped text with each clause in a <mark>; the selected fact's mark stands out."""
    out, cursor = [], 0
    for start, end, fact_ids in _spans(text, clauses):
        out.append(escape(text[cursor:start]))
        title = escape(", ".join(fact_ids))
        if selected in fact_ids:
            opening = SELECTED_MARK.format(anchor=anchor, title=title)
        else:
            opening = MARK.format(title=title, color=COLORS["normal"])
        out.append(opening + escape(text[start:end]) + "</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def marked_html(text: str, clauses: list[tuple[str, str]], selected: str | None = None) -> str:
    """Escaped paragraphs of text with each clause in a <mark>; the selected fact's mark stands out."""
    paragraphs = PARAGRAPH_START.split(_marked(text, clauses, selected))
    return "".join(f'<p style="{PARAGRAPH_STYLE}">{p}</p>' for p in paragraphs if p)


def section_html(report: Report, name: str, clauses: list[tuple[str, str]], selected: str | None = None) -> str:
    """A section of the report as reading HTML: its heading as a heading, then its paragraphs as the
    report breaks them, every clause marked and the selected one standing out."""
    start, end = report.section_span(name)
    cuts = sorted({start, end, *(p for p in report.paragraph_starts if start < p < end)})
    headings = {s: e for s, e in report.heading_spans if start <= s < end}
    cuts = sorted({*cuts, *headings, *(e for e in headings.values() if e < end)})
    out = []
    for block_start, block_end in pairwise(cuts):
        text = PAGE_NUMBER.sub("", report.squashed[block_start:block_end])
        if not text:
            continue
        if block_start in headings:
            out.append(f'<h2 style="{HEADING_STYLE}">{escape(text)}</h2>')
        else:
            out.append(f'<p style="{PARAGRAPH_STYLE}">{_marked(text, clauses, selected)}</p>')
    return "".join(out)


def context_html(report: Report, offset: int, quote: str, fact_id: str, clauses: list[tuple[str, str]]) -> str:
    """The sentence holding a clause with the sentence before and after it (within its paragraph),
    the clause in the strong mark (anchor "selected-clause"), other clauses in yellow."""
    start, end = report.paragraph_span(offset)
    paragraph = PAGE_NUMBER.sub("", report.squashed[start:end])
    at = paragraph.find(quote)
    bounds = [0] + [m.start() for m in SENTENCE_END.finditer(paragraph) if 0 < m.start() < len(paragraph)]
    bounds.append(len(paragraph))
    first = max(i for i, b in enumerate(bounds) if b <= max(at, 0))
    last = min(i for i, b in enumerate(bounds) if b >= max(at, 0) + len(quote))
    lo, hi = bounds[max(first - 1, 0)], bounds[min(last + 1, len(bounds) - 1)]
    text = ("…" if lo > 0 else "") + paragraph[lo:hi] + ("…" if hi < len(paragraph) else "")
    body = _marked(text, [(fact_id, quote), *[c for c in clauses if c[0] != fact_id]], fact_id, "selected-clause")
    return f'<p style="{PARAGRAPH_STYLE};font-size:1.05rem">{body}</p>'


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


@dataclass(frozen=True)
class Hit:
    kind: str  # text, metric or glossary
    section: str
    label: str  # what matched: the metric or the term, in the visitor's language; empty for text
    sentence: str  # the report's words to show
    mark: str  # the part of the sentence to mark


def search(
    report: Report, needle: str, facts: pd.DataFrame, glossary: pd.DataFrame | None, lang: str, limit: int = 50
) -> list[Hit]:
    """What a search finds: sentences of the report holding the needle (Chinese text, whitespace
    ignored); figures whose metric name holds it in either language (their clause); glossary terms
    whose Chinese or English term or gloss holds it (the report's definition; None: a report without
    glossary rows)."""
    squashed = re.sub(r"\s+", "", needle)
    if not squashed:
        return []
    folded = needle.strip().casefold()
    hits: list[Hit] = []
    for _, row in facts.iterrows():
        names = (str(row["metric_zh"]), str(row["metric_en"]), str(row["fact_id"]))
        if any(folded in name.casefold() for name in names):
            label = row["metric_zh"] if lang == "zh" else row["metric_en"]
            hits.append(Hit("metric", row["section"], f"{label} · {row['fact_id']}", row["quote"], row["quote"]))
    for _, row in glossary.iterrows() if glossary is not None else ():
        words = (str(row["term_zh"]), str(row["term_en"]), str(row["definition_en"]))
        if any(folded in word.casefold() for word in words):
            label = row["term_zh"] if lang == "zh" else f"{row['term_zh']} · {row['term_en']}"
            definition = f"{row['term_zh']}：{row['definition_zh']}"
            hits.append(Hit("glossary", f"名词解释 / {row['term_zh']}", label, definition, row["term_zh"]))
    hits += [Hit("text", section, "", sentence, squashed) for section, sentence in sentences_with(report, squashed)]
    return hits[:limit]
