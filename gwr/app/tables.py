"""Table builders: pure functions from a query result to the table a page shows, in one language.

Each keeps the query's columns (a page filters by them: fact_id, sector, like_for_like, restates …)
and adds the columns a visitor reads, formatted by the one formatter (gwr.formatting) and named
by the one catalog (gwr.i18n). gwr.app.results.table builds each once per query, parameters and
language and shares it, as it does figures: formatting row by row was a fifth of a page run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gwr import charts, formatting, i18n
from gwr.app import url_state
from gwr.data import report
from gwr.rules import comparison, implied_totals, ledger

if TYPE_CHECKING:
    import pandas as pd


def _records(frame: pd.DataFrame) -> list[dict]:
    """The rows as dicts, made once: each `iterrows` pass turned the whole frame into Series."""
    return frame.to_dict("records")


def kinds_by_year(frame: pd.DataFrame) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The kinds of figure (actual, target …) each year holds, for i18n.year_name: ((2022, ("actual",
    "target")), …), a tuple so that it can key a cache."""
    return tuple((int(year), tuple(sorted(set(kinds)))) for year, kinds in frame.groupby("year")["kind"])


def facts(frame: pd.DataFrame, lang: str, kinds: tuple[tuple[int, tuple[str, ...]], ...]) -> pd.DataFrame:
    """The Data page's table; a year is named by what every year of the data holds (`kinds`, from
    kinds_by_year of all facts), so a filter does not rename it."""
    rows = _records(frame)
    kinds_by_year = dict(kinds)
    return frame.assign(
        year=[i18n.year_name(y, kinds_by_year, lang, row=True) for y in frame["year"]],
        metric=[i18n.metric(r, lang) for r in rows],
        figure=[formatting.figure(r, lang) for r in rows],
        wording=[formatting.wording_text(row, lang) for row in rows],
        kind=[i18n.kind_name(k, lang) for k in frame["kind"]],
        sector=[i18n.sector_name(s, lang) for s in frame["sector"]],
        measure=[i18n.measure_name(m, lang) for m in frame["measure"]],
        share=[formatting.share(s, lang) or None for s in frame["city_share_pct"]],
        rank=[formatting.rank(r, lang) or None for r in frame["city_rank"]],
        link=[url_state.report_url(r["fact_id"], lang, r["report_id"]) for r in rows],
        locator=[report.locator_label(code, lang) for code in frame["locator"]],
        pair_note=[i18n.data_text(r, "pair_note", lang) for r in rows],
        note=[i18n.data_text(r, "note", lang) for r in rows],
    )


def year_pairs(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """2022 result → 2023 target pairs, assessed by the one comparison rule, with both figures."""
    pairs = comparison.assess(frame)
    rows = _records(pairs)
    return pairs.assign(
        metric=[i18n.metric(r, lang) + ("" if r["like_for_like"] else charts.PAIR_NOTE_MARK) for r in rows],
        figure_2022=[formatting.pair_side(r, 2022, lang) for r in rows],
        figure_2023=[formatting.pair_side(r, 2023, lang) for r in rows],
        change=[comparison.change_text(r, lang) for r in rows],
        pair_note=[i18n.data_text(r, "pair_note", lang) for r in rows],
        link=[url_state.report_url(r["fact_2023"], lang, r["report_id"]) for r in rows],
        fact_id=pairs["fact_2023"],
    )


def word_targets(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = _records(frame)
    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        side_2022=[formatting.word_side(r, 2022, lang) for r in rows],
        side_2023=[formatting.word_side(r, 2023, lang) for r in rows],
    )


def implied_city_totals(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = _records(frame)
    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        district=[formatting.figure(r, lang) for r in rows],
        share=[formatting.share(s, lang) for s in frame["city_share_pct"]],
        implied=[implied_totals.text(r, lang) for r in rows],
        published=[implied_totals.published_text(r, lang) for r in rows],
        check=[implied_totals.check(r, lang) for r in rows],
        link=[url_state.report_url(r["fact_id"], lang, r["report_id"]) for r in rows],
        source=[
            f"{i18n.source_type_name(r['source_type'], lang)} · {source_title(r, lang)}"
            if isinstance(r["source_type"], str)
            else "—"
            for r in rows
        ],
    )


def claimed_ranks(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = _records(frame)
    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        claim=[formatting.claim(r, lang) for r in rows],
        year=[str(y) for y in frame["year"]],
        kind=[i18n.kind_name(k, lang) for k in frame["kind"]],
    )


def source_title(row: dict, lang: str) -> str:
    """A source's title: in Chinese as it is; in English our translation, with the Chinese title to
    search for in brackets."""
    return row["source_title"] if lang == "zh" else f"{row['source_title_en']} ({row['source_title']})"


def _translated_claim(row: dict, lang: str) -> str | None:
    """The report's words for a rank: in Chinese as written; in English what they mean, marked as our
    translation, with the words."""
    if not isinstance(row["words_zh"], str):
        return None
    meaning = formatting.claim({**row, "words_zh": None}, lang)  # the rank alone: 1st in Luoyang
    return i18n.t("translated_claim", lang).format(meaning=meaning, words=row["words_zh"])


def district_gdp_sources(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Each source's district GDP, with the area, the report's claim, the source's type and title in
    `lang` (the sources' own sentences stay as written)."""
    rows = _records(frame)
    return frame.assign(
        area=[r["area"] if lang == "zh" else r["area_en"] for r in rows],
        gdp=[formatting.figure(r, lang) for r in rows],
        claim=[_translated_claim(r, lang) for r in rows],
        source_type=[i18n.source_type_name(t, lang) for t in frame["source_type"]],
        source_title=[source_title(r, lang) for r in rows],
    )


def sector_figures(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = _records(frame)
    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        figure=[formatting.figure(r, lang) for r in rows],
        kind=[i18n.kind_name(k, lang) for k in frame["kind"]],
        pair_note=[i18n.data_text(r, "pair_note", lang) for r in rows],
        link=[url_state.report_url(r["fact_id"], lang, r["report_id"]) for r in rows],
    )


def cluster_members(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    def figure(r: dict) -> str:
        if r["value"] == r["value"]:  # not NaN
            return formatting.figure(r, lang)
        if isinstance(r["words_zh"], str):
            return formatting.claim(
                {**r, "value": r["claim_value"], "unit": r["claim_unit"], "stretch": r["claim_stretch"]}, lang
            )
        return ""

    rows = _records(frame)
    return frame.assign(
        member_type=[i18n.member_type_name(m, lang) for m in frame["member_type"]],
        name=[i18n.proper_name(r, lang) for r in rows],
        figure=[figure(r) for r in rows],
    )


def target_checks(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """2022 results against 2022 targets, by the one rule (gwr.rules.comparison.target_check): whose
    claim each ratio is, the two figures with their wording, or why no ratio is computed."""
    checks = comparison.assess_targets(frame)
    rows = _records(checks)

    def basis(r: dict) -> str:
        if r["check"] == comparison.Check.NOT_COMPARABLE:
            return i18n.t(r["reason"], lang)
        return i18n.t(f"check_{r['check']}", lang)

    def side(r: dict, name: str) -> str | None:
        return None if formatting.missing(r[f"{name}_fact"]) else formatting.figure(charts.check_side(r, name), lang)

    return checks.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        basis=[basis(r) for r in rows],
        ratio=[charts.check_pct(r) for r in rows],
        result=[side(r, "result") if r["check"] != comparison.Check.STATED else None for r in rows],
        target=[side(r, "target") for r in rows],
        link=[url_state.report_url(r["result_fact"], lang, r["report_id"]) for r in rows],
        fact_id=checks["result_fact"],
    )


def ledger_rows(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The ledger's rows, judged by the one rule (gwr.rules.ledger): each side's figure with its
    wording, the verdict, the distance as exact as the figures allow, and why (the rule's reason, a
    pair note, the neutral note on a target met by ≤ 0.1 pp); each side linked to its own report's
    sentence."""
    rows = _records(frame)
    entries = [ledger.judge_row(r) for r in rows]

    def figure(r: dict, prefix: str) -> str:
        side = ledger.side(r, prefix)
        return formatting.figure(side, lang) if side else "—"

    def notes(r: dict, entry: ledger.Entry) -> str:
        parts = [i18n.t(entry.reason, lang)] if entry.reason else []
        parts += [i18n.t(ledger.NOTE_JUST_MET, lang)] if entry.just_met else []
        for prefix in ("target_", "result_"):
            note = r.get(f"{prefix}pair_note_zh" if lang == "zh" else f"{prefix}pair_note")
            parts += [note] if isinstance(note, str) and note.strip() and note not in parts else []
        return "；".join(parts) if lang == "zh" else "; ".join(parts)

    def link(r: dict, prefix: str, report: str) -> str | None:
        fact = r[f"{prefix}fact"]
        return None if formatting.missing(fact) else url_state.report_url(fact, lang, r[report])

    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        target=[figure(r, "target_") for r in rows],
        result=[figure(r, "result_") for r in rows],
        verdict=[e.verdict.value for e in entries],
        verdict_text=[i18n.t(ledger.label_key(e.verdict), lang) for e in entries],
        distance=[
            ledger.distance_text(e, r["target_unit_base"] or r["result_unit_base"], lang)
            for r, e in zip(rows, entries, strict=True)
        ],
        why=[notes(r, e) for r, e in zip(rows, entries, strict=True)],
        just_met=[e.just_met for e in entries],
        unpaired=frame["target_fact"].isna(),
        target_link=[link(r, "target_", "target_report") for r in rows],
        result_link=[link(r, "result_", "result_report") for r in rows],
    )


def ledger_statements(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The reports' own statements about their targets, as their claims (formatting.figure with the
    report's words), each linked to its sentence."""
    rows = _records(frame)
    return frame.assign(
        metric=[i18n.metric(r, lang) for r in rows],
        statement=[formatting.figure(r, lang) for r in rows],
        link=[url_state.report_url(r["fact_id"], lang, r["result_report"]) for r in rows],
    )


def compare_rows(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One indicator in every report: the place, the report, the figure's year and kind, the figure in
    the report's own unit and wording (formatting.figure), the share it states; grouped by measure and
    base unit (`group`), the only figures a reader may set side by side."""
    rows = _records(frame)
    return frame.assign(
        place=[f"{r['place_' + lang]} · {r['parent_' + lang]}" for r in rows],
        report=[i18n.t("report_label", lang).format(place=r[f"place_{lang}"], year=r["report_year"]) for r in rows],
        year_kind=[
            i18n.t("legend_year_kind", lang).format(year=r["year"], kind=i18n.kind_word(r["kind"], lang)) for r in rows
        ],
        figure=[formatting.figure(r, lang) for r in rows],
        share=[formatting.share(s, lang) or None for s in frame["city_share_pct"]],
        group=[f"{r['measure']}|{r['unit_base']}" for r in rows],
        link=[url_state.report_url(r["fact_id"], lang, r["report_id"]) for r in rows],
    )
