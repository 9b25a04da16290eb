"""Interface text in Chinese and English (pure data and lookups; no Streamlit here)."""

from __future__ import annotations

LANGUAGES = {"zh": "中文", "en": "English"}
DEFAULT = "zh"
KEY = "lang"

SECTORS = {
    "economy": ("经济总量", "Economy"),
    "investment": ("项目投资", "Investment"),
    "enterprises": ("市场主体", "Enterprises"),
    "finance": ("金融财税", "Finance"),
    "consumption": ("消费", "Consumption"),
    "trade": ("外贸开放", "Trade"),
    "industry": ("产业", "Industry"),
    "innovation": ("科技创新", "Innovation"),
    "talent": ("人才", "Talent"),
    "urban": ("城市建设", "Urban"),
    "rural": ("乡村振兴", "Rural"),
    "reform": ("改革", "Reform"),
    "employment": ("就业", "Employment"),
    "education": ("教育", "Education"),
    "social_security": ("社会保障", "Social security"),
    "elderly_care": ("养老", "Elderly care"),
    "health": ("医疗卫生", "Health"),
    "safety": ("安全稳定", "Safety"),
    "governance": ("政府建设", "Governance"),
    "culture_tourism": ("文化旅游", "Culture & tourism"),
}

KINDS = {"actual": ("实绩", "Result"), "target": ("目标", "Target"), "context": ("背景数字", "Context")}
QUALIFIERS = {
    "exact": ("确数", "exact"),
    "at_least": ("下限（超过、以上）", "lower bound"),
    "approx": ("约数", "approximate"),
}
MEASURES = {"level": ("数量", "level"), "ratio": ("比率", "ratio"), "growth_rate": ("增速", "growth rate")}
YEAR_ROLES = {
    "results": ("{year}年（实绩）", "{year} (results)"),
    "targets": ("{year}年（目标）", "{year} (targets)"),
    "later_targets": ("{year}年（远期目标）", "{year} (longer-term targets)"),
    "context": ("{year}年（仅背景数字）", "{year} (context only)"),
}

TEXT = {
    "app_title": ("涧西区2023年政府工作报告 · 数据", "Jianxi District 2023 Government Work Report · Data"),
    "language": ("语言 / Language", "语言 / Language"),
    "source": (
        "来源：涧西区人民政府《政府工作报告》（2023年2月21日）",
        "Source: Jianxi District People's Government, Government Work Report (21 Feb 2023)",
    ),
    "source_short": ("来源：涧西区2023年政府工作报告", "Source: Jianxi District 2023 Government Work Report"),
    "licence": (
        "整理数据以 CC BY 4.0 提供；数字均为报告原文所述，并非统计部门发布。",
        "Curated data under CC BY 4.0; figures are as the report states them, not statistics-bureau releases.",
    ),
    "data_version": ("数据版本", "data version"),
    "data_error": ("数据文件有误，应用无法启动。", "The data files are invalid, so the app cannot start."),
    "data_error_help": (
        "请修正以下问题后运行 `make validate` 复核：",
        "Fix these problems, then check again with `make validate`:",
    ),
    "page_overview": ("概览", "Overview"),
    "page_share": ("占全市比重", "Share of city"),
    "page_years": ("2022 → 2023", "2022 → 2023"),
    "page_sectors": ("领域", "Sectors"),
    "page_data": ("数据", "Data"),
    "page_report": ("报告原文", "Report"),
    "sector": ("领域", "Sector"),
    "year": ("年度", "Year"),
    "kind": ("类型", "Kind"),
    "search": ("搜索", "Search"),
    "all": ("全部", "All"),
    "quote": ("原文", "Clause in the report"),
    "open_in_report": ("在报告原文中查看", "Open in the report"),
    "pair_note": ("口径说明", "Not like for like"),
    "claim": ("报告称{claim}", "report: {claim}"),
    "share_of_city": ("占全市{share}", "{share} of Luoyang's total"),
    "rank_disputed": (
        "公开来源对区县排名说法不一，见[占全市比重]({url})",
        "published sources disagree on the ranking: see [Share of city]({url})",
    ),
    "shares_title": (
        "涧西区占洛阳全市的比重（2022年，报告所述）",
        "Jianxi's share of the Luoyang total (2022, as the report states)",
    ),
    "purpose": (
        "报告中的每个数字都链接到原文语句；可下载、可用 SQL 查询、可引用。",
        "Every number here links to its sentence in the report; download it, query it with SQL, cite it.",
    ),
    "sentence_link": ("原文", "sentence"),
    # Counts (jianxi.counts)
    "count_figures": ("{figures}个数字", "{figures} figures"),
    "count_rows_figures": ("{rows}行，{figures}个不重复的数字", "{rows} rows, {figures} distinct figures"),
    "figure_definition": (
        "不重复的数字 = restates 为空的行（其余各行重复报告中前文已出现的数字）",
        "distinct figures = rows where restates IS NULL (the other rows repeat a figure stated earlier)",
    ),
    "show_restatements": (
        "显示 {n} 行重复表述（同一数字在报告中再次出现）",
        "Show the {n} restatements (rows repeating a figure stated earlier)",
    ),
    "restatements_left_out": (
        "图表不含 {n} 行重复表述，以免重复计数。",
        "The charts leave out {n} restatements, so no figure is counted twice.",
    ),
    "figure": ("数值", "Figure"),
    "qualifier": ("限定", "Qualifier"),
    "share": ("占全市（报告称）", "Share of city (report)"),
    "rank": ("全市排名（报告称）", "City rank (report)"),
    "measure": ("度量", "Measure"),
    "restates": ("重复表述自", "Restates"),
    "fact_id": ("编号", "Fact id"),
    "download_csv": ("下载 CSV（Excel 可直接打开）", "Download CSV (opens cleanly in Excel)"),
    "download_parquet": ("下载 Parquet", "Download Parquet"),
    "download_package": ("下载完整数据包（zip）", "Download the whole data package (zip)"),
    "implied_no_whole": ("{range}（无整数符合所述比重）", "{range} (no whole number fits the stated share)"),
    "within_range": ("✓ 在推算范围内", "✓ within the implied range"),
    "outside_range": ("✗ 超出推算范围", "✗ outside the implied range"),
    "sector_option": ("{name}（{figures}个数字）", "{name} ({figures} figures)"),
    "no_published": ("未找到公开数据", "no published figure found"),
    "no_rows": ("没有符合条件的数字。", "No figures match."),
    "cite_data": ("引用本数据", "How to cite"),
    "selected_point": ("所选数字", "Selected figure"),
    # Comparisons (jianxi.comparison)
    "change": ("变化", "Change"),
    "reason_separator": ("；", "; "),
    "reason_not_like_for_like": ("两年口径不同，不计算变化", "not like for like: no change computed"),
    "reason_both_approx": ("两年均为约数", "both approximate"),
    "reason_both_lower_bounds": (
        "两年均为下限（超过、以上），实际变化未知",
        "both lower bounds (“more than”): change unknown",
    ),
    "reason_one_lower_bound": ("一侧为下限，实际变化未知", "one side is a lower bound: the true change is unknown"),
    "reason_one_approx": ("一侧为约数，不计算变化", "one side is approximate: no change computed"),
    "comparison_rule": (
        "只有两年数字都是确数（或都是约数，标 ≈）且口径一致时才计算变化。"
        "任一侧为“超过、以上”等下限时，只列出两个数字，不给百分比，因为实际变化未知；"
        "标 † 的两年口径不同，变化记为“—”，并附口径说明。",
        "A change is computed only when both figures are exact (or both approximate, shown with ≈) and measure "
        "the same thing. Where either side is a lower bound (“more than”, “at least”), both figures are shown "
        "without a percentage, because the true change is unknown; pairs marked † are not like for like: "
        "their change is “—” and their note says why.",
    ),
    "show_unlike": ("同时显示口径不同的 {n} 对指标（†）", "Also show the {n} pairs that are not like for like (†)"),
    "legend_2022": ("2022年实绩", "2022 result"),
    "legend_2023": ("2023年目标", "2023 target"),
    "legend_unlike": ("† 口径不同（虚线、空心）", "† not like for like (dotted, hollow)"),
    "pairs_title": (
        "2022年实绩 → 2023年目标（口径一致的指标）",
        "2022 results → 2023 targets (like-for-like indicators)",
    ),
    "pairs_title_unlike": (
        "2022年实绩 → 2023年目标（含口径不同的指标）",
        "2022 results → 2023 targets (including pairs not like for like)",
    ),
    "pairs_subtitle_like": (
        "{shown}个指标，两端标注报告原数字",
        "{shown} indicators, each end labelled with the report's figure",
    ),
    "pairs_subtitle_unlike": (
        "{shown}个指标，其中 {unlike} 个标 † 的口径不同，不能读作变化",
        "{shown} indicators; the {unlike} marked † are not like for like and are not a change",
    ),
    "pairs_axis": (
        "2023年目标相对2022年实绩（2022年 = 100，对数刻度）",
        "2023 target relative to the 2022 result (2022 = 100, log scale)",
    ),
    "indicator": ("指标", "Indicator"),
    "result_2022": ("2022年实绩", "2022 result"),
    "target_2023": ("2023年目标", "2023 target"),
    # Citations and locators (issue 10)
    "cite_chart": ("引用此图", "Cite this chart"),
    "cite_figure": ("引用此数字", "Cite this figure"),
    "cite_dataset": ("引用本数据集", "Cite the dataset"),
    "style_gbt": ("GB/T 7714-2015", "GB/T 7714-2015"),
    "style_apa": ("APA（第7版）", "APA 7th edition"),
    "apa_in_text_note": (
        "第一行为文内引用，其后为参考文献条目。",
        "The first line is the in-text citation; the reference list entries follow.",
    ),
    "figure_cites_report": (
        "数字的出处是报告本身（附位置），并注明所用数据集及其版本。",
        "A figure cites the report itself, at the clause's location, and the data set and version it was taken from.",
    ),
    "download_bibtex": ("下载 BibTeX", "Download BibTeX"),
    "download_ris": ("下载 RIS", "Download RIS"),
    "reference_managers": (
        "Zotero、EndNote 等文献管理软件可导入。",
        "Zotero, EndNote and other reference managers import these.",
    ),
    "url_not_set": (
        "本应用的公开网址尚未设置，引文中注明“网址未设置”。部署者在 JIANXI_PUBLIC_URL 中设置（见 README）。",
        "The app's public URL is not set, so citations say so. Whoever deploys the app sets JIANXI_PUBLIC_URL (see README).",
    ),
    "locator": ("位置", "Where in the report"),
    "locator_help": (
        "按报告自身的结构：部分、标题、标题下第几段、段内条目（一是、二是……）。第一部分的九个“一年来”标题在报告中未编号，按顺序计数。",
        "By the report's own outline: part, heading, paragraph under the heading, item within the paragraph (一是, 二是 …). "
        "Part 1's nine 一年来 headings are unnumbered in the report and are counted in order.",
    ),
    "report_title": ("报告原文", "The report"),
    "report_caption": (
        "黄色标记为已整理成数据的数字原文，悬停可见其编号；深色标记为所选数字。文本取自报告PDF，已去除换行与页码。",
        "Yellow marks are clauses captured as data (hover to see their ids); the dark mark is the selected figure. "
        "Text extracted from the report's PDF, with line breaks and page numbers removed.",
    ),
    "no_such_figure": ("没有编号为 “{id}” 的数字。", "There is no figure with the id “{id}”."),
    "selected_in_report": ("所选数字", "Selected figure"),
    "section_label": ("章节", "Section"),
    "glossary": ("名词解释", "Glossary"),
    "search_help": (
        "可搜索原文（中文），也可搜索指标名称（中英文）和名词解释（中英文）。",
        "Searches the report's Chinese text, the metrics' names (Chinese and English) and the glossary (Chinese and English).",
    ),
    "search_hits": ("{n} 处", "{n} matches"),
    "hit_text": ("原文", "Report text"),
    "hit_metric": ("指标", "Metric"),
    "hit_glossary": ("名词解释", "Glossary"),
}


def t(key: str, lang: str) -> str:
    zh, en = TEXT[key]
    return zh if lang == "zh" else en


def sector_name(sector: str, lang: str) -> str:
    zh, en = SECTORS.get(sector, (sector, sector))
    return zh if lang == "zh" else en


def kind_name(kind: str, lang: str) -> str:
    zh, en = KINDS.get(kind, (kind, kind))
    return zh if lang == "zh" else en


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def qualifier_name(code: str, lang: str) -> str:
    return _pick(QUALIFIERS.get(code, (code, code)), lang)


def measure_name(code: str, lang: str) -> str:
    return _pick(MEASURES.get(code, (code, code)), lang)


def year_name(year: int, kinds_by_year: dict[int, set[str]], lang: str, *, row: bool = False) -> str:
    """A year with what the data holds for it: 2022 (results), 2023 (targets), 2025 (longer-term
    targets), 2012 (context only). For a table row (`row`), the year alone unless it is a context or
    longer-term year, since the row's kind says the rest."""
    kinds = kinds_by_year.get(year, set())
    target_years = [y for y, k in kinds_by_year.items() if "target" in k and "actual" not in k]
    if "actual" in kinds:
        role = "results"
    elif "target" in kinds:
        role = "targets" if year == min(target_years) else "later_targets"
    else:
        role = "context"
    if row and role in ("results", "targets"):
        return str(year)
    return _pick(YEAR_ROLES[role], lang).format(year=year)


def metric(row, lang: str) -> str:
    return row["metric_zh"] if lang == "zh" else row["metric_en"]
