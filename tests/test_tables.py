"""Table builders: every row of the query kept, every read column filled, in both languages."""

import pytest

from jianxi import db, tables

BUILDERS = [
    ("facts", "facts_filtered", {}, ["metric", "figure", "qualifier", "kind", "locator", "link"]),
    ("year_pairs", "year_pairs", {}, ["metric", "figure_2022", "figure_2023", "change", "link", "fact_id"]),
    ("word_targets", "word_targets_2023", {}, ["metric", "side_2023"]),
    ("implied_city_totals", "implied_city_totals", {}, ["metric", "district", "share", "implied", "check", "link"]),
    ("claimed_ranks", "claimed_ranks", {}, ["metric", "claim", "year", "kind"]),
    ("district_gdp_sources", "district_gdp_sources", {}, ["gdp"]),
    ("sector_figures", "sector_figures", {"sector": "urban"}, ["metric", "figure", "kind", "link"]),
    (
        "cluster_members",
        "cluster_members",
        {"cluster_id": "plan_37425_major_projects"},
        ["member_type", "name", "figure"],
    ),
]


@pytest.fixture(scope="module")
def con():
    return db.build()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("builder", "query", "params", "columns"), BUILDERS)
def test_table_keeps_every_row_and_fills_what_a_visitor_reads(con, builder, query, params, columns, lang):
    frame = db.execute(con, query, **params)
    table = getattr(tables, builder)(frame, lang)
    assert len(table) == len(frame) > 0
    for column in columns:
        assert table[column].notna().all() and (table[column].astype(str) != "").any(), column


def test_year_pairs_table_uses_the_one_comparison_rule(con):
    table = tables.year_pairs(db.execute(con, "year_pairs"), "en")
    firms = table[table["metric"].str.contains("High-tech enterprises")].iloc[0]
    assert firms["figure_2022"] == "≥ 450 firms" and "%" not in firms["change"]
    unlike = table[~table["like_for_like"]]
    assert unlike["metric"].str.endswith("†").all() and not unlike["change"].str.contains("%").any()


def test_facts_table_words_shares_as_the_reports_claims(con):
    table = tables.facts(db.execute(con, "facts_filtered"), "en")
    shares = table["share"].dropna()
    assert len(shares) > 5 and shares.str.startswith("report: ").all()
