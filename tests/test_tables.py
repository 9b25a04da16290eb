"""Table builders: every row of the query kept, every read column filled, in both languages."""

import re

import pytest

from gwr.app import tables
from gwr.store import db
from gwr.store.queries import SQL

BUILDERS = [
    (tables.facts, SQL.facts_filtered, {}, ["metric", "figure", "wording", "year", "kind", "locator", "link"]),
    (tables.year_pairs, SQL.year_pairs, {}, ["metric", "figure_2022", "figure_2023", "change", "link", "fact_id"]),
    (tables.word_targets, SQL.word_targets_2023, {}, ["metric", "side_2023"]),
    (
        tables.implied_city_totals,
        SQL.implied_city_totals,
        {},
        ["metric", "district", "share", "implied", "check", "link"],
    ),
    (tables.claimed_ranks, SQL.claimed_ranks, {}, ["metric", "claim", "year", "kind"]),
    (tables.district_gdp_sources, SQL.district_gdp_sources, {}, ["area", "gdp", "source_type", "source_title"]),
    (tables.sector_figures, SQL.sector_figures, {"sector": "urban"}, ["metric", "figure", "kind", "link"]),
    (
        tables.cluster_members,
        SQL.cluster_members,
        {"cluster_id": "plan_37425_major_projects"},
        ["member_type", "name", "figure"],
    ),
]


@pytest.fixture(scope="module")
def con():
    return db.build()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    ("builder", "query", "params", "columns"), BUILDERS, ids=lambda arg: getattr(arg, "__name__", None)
)
def test_table_keeps_every_row_and_fills_what_a_visitor_reads(con, builder, query, params, columns, lang):
    frame = db.execute(con, query, **params)
    args = (
        (tables.kinds_by_year(frame),) if builder is tables.facts else ()
    )  # the facts table names years by all of them
    table = builder(frame, lang, *args)
    assert len(table) == len(frame) > 0
    for column in columns:
        assert table[column].notna().all() and (table[column].astype(str) != "").any(), column


def test_year_pairs_table_uses_the_one_comparison_rule(con):
    table = tables.year_pairs(db.execute(con, "year_pairs"), "en")
    firms = table[table["metric"].str.contains("High-tech enterprises")].iloc[0]
    assert firms["figure_2022"] == "> 450 firms" and "%" not in firms["change"]
    unlike = table[~table["like_for_like"]]
    assert unlike["metric"].str.endswith("†").all() and not unlike["change"].str.contains("%").any()


def test_facts_table_words_shares_as_the_reports_claims(con):
    every = db.execute(con, "facts_filtered")
    table = tables.facts(every, "en", tables.kinds_by_year(every))
    shares = table["share"].dropna()
    assert len(shares) > 5 and shares.str.startswith("report: ").all()


def test_a_year_keeps_its_name_when_a_filter_leaves_it_alone(con):
    """2025 holds only targets, later than 2023's: it is a longer-term year even in a table of 2025 alone."""
    every = db.execute(con, "facts_filtered")
    kinds = tables.kinds_by_year(every)
    assert "actual" in dict(kinds)[2022] and dict(kinds)[2025] == ("target",)
    alone = tables.facts(db.execute(con, "facts_filtered", years=(2025,)), "en", kinds)
    assert len(alone) and (alone["year"] != "2025").all() and alone["year"].str.contains("2025").all()
    results = tables.facts(db.execute(con, "facts_filtered", years=(2022,)), "en", kinds)
    assert (results["year"] == "2022").all()


def test_a_shown_table_keeps_the_rows_asked_for_and_sends_them_as_built():
    """results.table filters once, inside the shared result; st.dataframe gets the same rows as Arrow."""
    from gwr.app import results
    from gwr.rules import counts

    every = results.table(tables.year_pairs, SQL.year_pairs, "en")
    like = results.table(tables.year_pairs, SQL.year_pairs, "en", keep={"like_for_like": [True]})
    assert like is results.table(tables.year_pairs, SQL.year_pairs, "en", keep={"like_for_like": (True,)})
    assert 0 < len(like) < len(every) and like.frame["like_for_like"].all()
    sent = like.arrow(["metric", "change", "fact_id"])
    assert sent.column_names == ["metric", "change", "fact_id"]
    assert sent.to_pandas().equals(like.frame[["metric", "change", "fact_id"]])

    facts = results.table(tables.facts, SQL.facts_filtered, "en", results.kinds_by_year())
    figures = results.table(tables.facts, SQL.facts_filtered, "en", results.kinds_by_year(), keep={"restates": [None]})
    assert len(figures) == counts.figures(facts.frame) < len(facts)


CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese an English cell may show: the original in quotation marks or brackets, beside its English.
BESIDE = re.compile(r"“[^”]*”|\([^()]*\)")
GDP_SOURCES_EN = {
    "area": {"Jianxi District", "Luolong District"},
    "source_type": {"the report", "official", "secondary"},
    "claim": {"1st in the city (our translation of “总量稳居全市第一”)"},
}
GDP_SOURCES_ZH = {
    "area": {"涧西区", "洛龙区"},
    "source_type": {"本报告", "官方", "转引"},
    "claim": {"全市第一（“总量稳居全市第一”）"},
}


def test_gdp_sources_read_in_the_visitors_language(con):
    """Names of areas, the report's claim, source types and titles in English on an English page
    (the Chinese beside, in brackets or quotes, as the original) and in Chinese on a Chinese one."""
    frame = db.execute(con, SQL.district_gdp_sources)
    english, chinese = tables.district_gdp_sources(frame, "en"), tables.district_gdp_sources(frame, "zh")
    for column, expected in GDP_SOURCES_EN.items():
        assert set(english[column].dropna()) == expected, column
    for column, expected in GDP_SOURCES_ZH.items():
        assert set(chinese[column].dropna()) == expected, column
    for text in english[["area", "claim", "source_type", "source_title"]].stack().dropna():
        assert not CJK.search(BESIDE.sub("", text)), text
    assert english["source_title"].str.contains("(洛龙区2023年国民经济和社会发展计划)", regex=False).any()
    for text in chinese[["area", "claim", "source_type", "source_title"]].stack().dropna():
        assert not re.search(r"[A-Za-z]{2,}", text), text


def test_implied_totals_name_the_source_type_in_the_visitors_language(con):
    frame = db.execute(con, SQL.implied_city_totals)
    sources = {lang: set(tables.implied_city_totals(frame, lang)["source"]) - {"—"} for lang in ("zh", "en")}
    assert sources["zh"] and all(s.split(" · ")[0] in ("官方", "转引") for s in sources["zh"])
    assert all(not re.search(r"[A-Za-z]{2,}", s) for s in sources["zh"])
    assert all(s.split(" · ")[0] in ("official", "secondary") for s in sources["en"])
