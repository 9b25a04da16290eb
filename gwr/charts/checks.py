"""The 2022 target checks: the report's own completion statements as the report's, our division of a
result by its target as ours (gwr.rules.comparison.target_check decides which a row is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from gwr import formatting, i18n
from gwr.charts import phone, style, wrap
from gwr.charts.wrap import escape
from gwr.rules import comparison

if TYPE_CHECKING:
    import pandas as pd

    from gwr.reports import Report


def check_side(row: pd.Series | dict, side: str) -> dict:
    """One side (result or target) of a target_vs_result_2022 row, as a fact row for the formatter."""
    return {"value": row[f"{side}_value"], "value_base": row[f"{side}_base"], "unit": row[f"{side}_unit"],
            "unit_base": row[f"{side}_unit_base"], "bound": row[f"{side}_bound"], "stretch": row[f"{side}_stretch"],
            "qualifier_zh": row[f"{side}_qualifier_zh"]}  # fmt: skip


def check_pct(row: pd.Series | dict) -> str:
    """A target check's ratio: '110%', '≈ 98%'; '—' where the comparison rule allows none."""
    if formatting.missing(row["completion_pct"]):
        return "—"
    return f"{'≈ ' if row['approx'] else ''}{row['completion_pct']:.0f}%"


def check_text(row: pd.Series | dict, lang: str) -> str:
    """What a target check says, and whose claim it is: the report's ratio as the report's, or ours
    with the result and the target it divides, each with its wording (the catalog's check_*_text)."""
    pct = check_pct(row)
    if row["check"] == comparison.Check.STATED:
        return i18n.t("check_stated_text", lang).format(pct=pct)
    result, target = (style.value_label(check_side(row, side), lang) for side in ("result", "target"))
    return i18n.t("check_computed_text", lang).format(pct=pct, result=result, target=target)


CHECK_STYLES = {
    comparison.Check.STATED: {"marker_color": "#59A14F"},
    # Our arithmetic is drawn hatched and lighter: the same scale, a different claimant.
    comparison.Check.COMPUTED: {"marker": {"color": "#D7EBD4", "line": {"color": "#59A14F", "width": 1.5},
                                           "pattern": {"shape": "/", "fgcolor": "#59A14F", "size": 6}}},
}  # fmt: skip


def target_completion(
    frame: pd.DataFrame, lang: str, note: str = "targets_cannot_tell", compact: bool = False, *, report: Report
) -> go.Figure:
    """2022 results against 2022 targets, each bar saying whose claim it is: the report's own
    completion statements (solid) and the ratios the comparison rule allows us to compute from a
    target's and a result's quotes (hatched, with both figures and their wording). Pairs the rule
    rejects are not drawn. The subtitle (`note`, a catalog key the page chooses from what is loaded) says
    what these data cannot tell, or where the ledger tells it. On a phone (`compact`) the
    line under each label says whose claim the bar is."""
    frame = comparison.assess_targets(frame)
    frame = frame[frame["check"] != comparison.Check.NOT_COMPARABLE].reset_index(drop=True)
    rows = frame.to_dict("records")
    texts = [check_text(r, lang) for r in rows]
    percents = [check_pct(r) for r in rows]
    fig = go.Figure()
    if compact:
        blocks = [
            wrap.axis_label(r, lang, compact=True)
            + "".join(f"<br>{style.grey(line)}" for line in wrap.wrap_text(text, *phone.PHONE_NOTE))
            for text, r in zip(texts, rows, strict=True)
        ]
        labels = phone.label_rows(fig, blocks)  # top row first, as on a desktop
    else:
        labels = [wrap.axis_label(r, lang) for r in rows]
    for check, look in CHECK_STYLES.items():
        shown = [i for i, r in enumerate(rows) if r["check"] == check]
        if not shown:
            continue
        fig.add_trace(
            go.Bar(
                x=[rows[i]["completion_pct"] for i in shown], y=[labels[i] for i in shown], orientation="h",
                name=i18n.t(f"check_{check}", lang), text=[(percents if compact else texts)[i] for i in shown],
                textposition="outside", cliponaxis=False, constraintext="none",
                customdata=[[rows[i]["result_fact"], escape(wrap.metric(rows[i], lang)), escape(texts[i]),
                             style.hover_text(rows[i]["result_quote"]), style.hover_text(rows[i]["target_quote"] or "")] for i in shown],
                hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br><br>“%{customdata[3]}”<br>%{customdata[4]}"
                "<extra></extra>", **look, **({"width": phone.MARK_PX} if compact else {}),
            )
        )  # fmt: skip
    fig.add_vline(x=100, line={"color": "#E15759", "dash": "dash"})
    title, x_title = report.text("chart_targets_met", lang), i18n.t("axis_result_of_target", lang)
    subtitle = report.text(note, lang)
    values = [r["completion_pct"] for r in rows]
    if compact:
        fig.update_xaxes(range=phone.outside_range(values, percents), ticksuffix="%", nticks=5)
        # The two claimants' names are long: one legend row each.
        fig = phone.layout(fig, title, lang, x_title=x_title, subtitle=subtitle, legend_rows=2, report=report)
        return fig.update_layout(legend={"entrywidth": 1})
    fig.update_layout(barmode="relative", legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1])
    fig.update_xaxes(range=[0, max(130, max(values, default=100) * 1.25) * 1.6], ticksuffix="%")
    row_px = max(56, 24 + 16 * wrap.line_count(labels))
    return style.layout(fig, title, lang, height=190 + row_px * len(frame), x_title=x_title, subtitle=subtitle,
                        legend=True, report=report)  # fmt: skip
