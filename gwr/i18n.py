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
BOUNDS = {
    "point": ("确数", "as stated"),
    "approx": ("约数", "approximate"),
    "at_least": ("含本数的下限", "at least"),
    "more_than": ("不含本数的下限", "more than"),
    "at_most": ("上限", "at most"),
    "range": ("区间", "range"),
}
# The Data page's wording filter: a bound, or a stretch goal of any bound.
WORDINGS = {
    "point": ("确数", "as stated"),
    "approx": ("约数（约、近、余、左右）", "approximate (约, 近, 余, 左右)"),
    "at_least": ("下限，含本数（以上）", "at least, ≥ (以上)"),
    "more_than": ("下限，不含本数（超过）", "more than, > (超过)"),
    "at_most": ("上限（以内、不超过）", "at most, ≤ (以内, 不超过)"),
    "stretch": ("努力目标（力争、争取、确保、努力）", "stretch goal (力争, 争取, 确保, 努力)"),
}
MEASURES = {"level": ("数量", "level"), "ratio": ("比率", "ratio"), "growth_rate": ("增速", "growth rate")}
DIMENSIONS = {
    "money_cny": ("金额", "money"),
    "money_usd": ("金额（美元）", "money (US$)"),
    "people": ("人数", "people"),
    "person_times": ("人次", "person-times"),
    "count": ("数量", "counts"),
    "area": ("面积", "area"),
    "length": ("长度", "length"),
    "weight": ("重量", "weight"),
    "time": ("时间", "time"),
    "percent": ("比率与增速", "rates and shares"),
    "multiple": ("倍数", "multiples"),
}
MEMBER_TYPES = {
    "park": ("产业园", "Industrial park"),
    "lead_enterprise": ("龙头企业", "Lead enterprise"),
    "enterprise": ("企业", "Enterprise"),
    "project": ("项目", "Project"),
    "institution": ("机构", "Institution"),
}
SCOPES = {"city": ("全市", "in the city"), "province": ("全省", "in the province"), "country": ("全国", "in China")}
# Where a published total comes from (city_totals_reference.source_type, and the report itself).
SOURCE_TYPES = {
    "official": ("官方", "official"),
    "secondary": ("转引", "secondary"),
    "report": ("本报告", "the report"),
}
YEAR_ROLES = {
    "results": ("{year}年（实绩）", "{year} (results)"),
    "targets": ("{year}年（目标）", "{year} (targets)"),
    "later_targets": ("{year}年（远期目标）", "{year} (longer-term targets)"),
    "context": ("{year}年（仅背景数字）", "{year} (context only)"),
}

TEXT = {
    "language": ("语言 / Language", "语言 / Language"),
    "report_picker": ("报告", "Report"),
    "report_label": ("{place}{year}年报告", "{place}, {year} report"),
    "source": (
        "来源：{issuer}《政府工作报告》（{delivered}）",
        "Source: {issuer}, Government Work Report ({delivered})",
    ),
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
    "page_years": ("{reviewed} → {targeted}", "{reviewed} → {targeted}"),
    "page_sectors": ("领域", "Sectors"),
    "page_data": ("数据", "Data"),
    "page_sql": ("SQL", "SQL"),
    "page_report": ("报告原文", "Report"),
    "page_ledger": ("目标与结果", "Targets → results"),
    "page_compare": ("地区与年份对比", "Compare reports"),
    "alt_share_sums": (
        "条形表示各区县所述占全市比重（{n}行），以及每个城市与年份的合计。",
        "Bars show the districts' stated shares of their city ({n} rows), and each city and year's sum.",
    ),
    "sources_many": ("来源：{reports}政府工作报告", "Sources: the Government Work Reports of {reports}"),
    "sources_separator": ("、", "; "),
    "report_place_year": ("{place}{year}年", "{place} {year}"),
    "compare_title": ("地区与年份对比", "Compare places and years"),
    "compare_caption": (
        "一个指标在各份已载入报告中的数字，各按报告自己的单位与措辞；只有基本单位相同的数字放在一起比较，不作换算以外的推算。",
        "One indicator in every loaded report, each in the report's own unit and wording; only figures with the "
        "same base unit are set side by side, and nothing is converted beyond that base unit.",
    ),
    "compare_indicator": ("指标", "Indicator"),
    "compare_indicator_option": ("{name}（{reports}份报告）", "{name} ({reports} reports)"),
    "compare_group": ("{measure}（基本单位：{unit}）", "{measure} (base unit: {unit})"),
    "compare_group_caption": (
        "同一基本单位的数字可以并列比较；不同类型或单位的数字分表列出。",
        "Figures of one base unit can be read side by side; other measures and units are in their own tables.",
    ),
    "compare_place": ("地区", "Place"),
    "compare_report": ("报告", "Report"),
    "compare_year_kind": ("年份与类型", "Year and kind"),
    "compare_share": ("所述占全市比重", "Share of the city (as stated)"),
    "compare_shares": (
        "{indicator}：各区县所述占全市比重及合计",
        "{indicator}: the districts' stated shares of their city, and their sum",
    ),
    "compare_shares_caption": (
        "各区县报告各自所述的比重，按城市与年份并列相加。合计超过100%说明这些说法不能同时成立（口径或四舍五入不同，或有误）；合计不足100%只说明其余区县未载入或未说。",
        "Each district's report states its own share; here they are added up by city and year. A sum above 100% "
        "means these claims cannot all hold (different scopes, rounding, or an error); a sum below 100% only "
        "means the other districts are not loaded or do not say.",
    ),
    "compare_sum": ("合计", "Sum"),
    "compare_sum_over": (
        "合计{sum}，超过100%：各报告的说法不能同时成立",
        "sum {sum}, over 100%: the reports' claims cannot all hold",
    ),
    "compare_sum_under": ("合计{sum}（{places}）", "sum {sum} ({places})"),
    "compare_city_year": ("{city}，{year}年", "{city}, {year}"),
    "compare_no_shares": (
        "没有报告给出这个指标占全市的比重。",
        "No report states a share of the city for this indicator.",
    ),
    "compare_one_report": (
        "目前只载入了一份报告。加入其他地区或年份的报告后（见 README 的“Adding a report”），这里可以并列比较。",
        "Only one report is loaded. Add other places' or years' reports (“Adding a report” in the README) to compare them here.",
    ),
    "axis_share_of_city": ("占全市比重（%，报告所述）", "Share of the city total (%, as the reports state)"),
    # The ledger (pages/ledger.py, gwr/rules/ledger.py): each year's targets against the next report's results.
    "ledger_title": ("目标与结果：{place}", "Targets and results: {place}"),
    "ledger_caption": (
        "每年报告提出的当年目标，与下一年报告所说的当年结果并列，按指标对应。完成与否只按两边的数字界限判断"
        "（以上、超过、以内、约、区间）；“力争”等努力用语不改变判断。约数目标（左右、约）没有给出幅度，只列差距、不作判定。",
        "Each report's targets for its year beside the result the next report claims for that year, matched by "
        "indicator. Whether a target was met is decided by the two figures' bounds only (以上 at least, 超过 more than, 以内 at most, "
        "约 ≈, ranges); a stretch word such as “力争” never changes it. An approximate target (左右, 约) states no "
        "tolerance: it gets the distance, no verdict.",
    ),
    "ledger_year": ("{year}年：{target_report} → {result_report}", "{year}: {target_report} → {result_report}"),
    "ledger_year_caption": (
        "{year}年目标出自{target_report}，{year}年结果出自{result_report}。",
        "Targets for {year} from the {target_report}; results for {year} from the {result_report}.",
    ),
    "ledger_report_missing": ("（未载入）{year}年报告", "{year} report (not loaded)"),
    "ledger_no_later": (
        "{year}年的结果要看{next}年的政府工作报告，尚未载入：以下目标均为“尚无下年报告”。加入该报告的方法见 README 的“Adding a report”一节。",
        "The results for {year} are in the {next} Government Work Report, which is not loaded: every target "
        "below is not yet reported. To add that report, see “Adding a report” in the README (`make draft "
        "FILE=… OUT=…`, then review and `python -m gwr.data build`).",
    ),
    "ledger_no_earlier": (
        "{year}年的政府工作报告未载入，其中的{year}年目标不在本数据中；以下只列{next}年报告对{year}年目标的自述。",
        "The {year} Government Work Report is not loaded, so its targets for {year} are not in these data; "
        "below are only the {next} report's own statements about its {year} targets.",
    ),
    "ledger_summary": ("共{n}项目标：{counts}。", "{n} targets: {counts}."),
    "ledger_target": ("目标", "Target"),
    "ledger_result": ("结果", "Result"),
    "ledger_verdict": ("判定", "Verdict"),
    "ledger_distance": ("差距（结果 − 目标）", "Distance (result − target)"),
    "ledger_note": ("说明", "Note"),
    "ledger_target_link": ("目标原文", "Target's sentence"),
    "ledger_result_link": ("结果原文", "Result's sentence"),
    "ledger_statements": ("{next}年报告对{year}年目标的自述", "What the {next} report says about its {year} targets"),
    "ledger_statements_caption": (
        "报告自己的说法（如“完成全年目标的110%”），照录，不是本站的判定。",
        "The report's own statements (such as “110% of the annual target”), as it makes them: its claims, not our verdicts.",
    ),
    "ledger_statement": ("报告所述", "The report says"),
    "ledger_unpaired": (
        "{next}年报告给出、但{year}年报告未提目标的结果（{n}项）",
        "Results in the {next} report with no target in the {year} report ({n})",
    ),
    "ledger_empty": ("这一年没有可列的目标或结果。", "Nothing to list for this year."),
    "ledger_chart_title": (
        "{place}：{year}年的增速与比率目标，与{next}年报告所说的结果",
        "{place}: rate targets for {year}, and the results the {next} report states",
    ),
    "ledger_chart_subtitle": (
        "判定只看两边的数字界限；约数目标不作判定，只列差距。",
        "Verdicts from the figures' bounds only; an approximate target gets the distance, no verdict.",
    ),
    "ledger_chart_axis": ("目标与结果（%）", "Target and result (%)"),
    "alt_ledger": (
        "每行一个指标（{n}个），空心菱形为目标，实心圆点为结果，颜色表示判定。",
        "Each of {n} indicators' target (a hollow diamond) and result (a dot, coloured by its verdict).",
    ),
    "ledger_verdict_met": ("已完成", "Met"),
    "ledger_verdict_not_met": ("未完成", "Not met"),
    "ledger_verdict_undecided": ("无法判定", "Undecided"),
    "ledger_verdict_no_verdict": ("不作判定", "No verdict"),
    "ledger_verdict_not_yet_reported": ("尚无下年报告", "Not yet reported"),
    "ledger_verdict_result_not_stated": ("下年报告未提结果", "Result not stated"),
    "ledger_verdict_target_not_stated": ("未提出目标", "Target not stated"),
    "ledger_verdict_not_comparable": ("不可比", "Not comparable"),
    "ledger_reason_unit": (
        "目标与结果单位不同（如总量对增速），不作判定",
        "target and result are in different units (e.g. a level against a growth rate): no verdict",
    ),
    "ledger_reason_measure": (
        "目标与结果的指标类型不同（总量、比率、增速），不作判定",
        "target and result measure different things (level, ratio, growth rate): no verdict",
    ),
    "ledger_reason_definition": (
        "目标与结果口径不同，见口径说明",
        "target and result differ in scope or definition: see the note",
    ),
    "ledger_reason_approx_target": (
        "目标为约数（左右、约），未说明幅度，只列差距，不作判定",
        "the target is approximate (左右, 约) with no stated tolerance: distance only, no verdict",
    ),
    "ledger_reason_approx_result": (
        "结果为约数，可能高于也可能低于目标",
        "the result is approximate: it may lie either side of the target",
    ),
    "ledger_reason_overlap": (
        "结果为上下限或区间，跨越目标线，无法判定",
        "the result is a bound or range that spans the target: undecided",
    ),
    "ledger_just_met": (
        "以不超过0.1个百分点达标；结果集中在目标线附近是文献记载的现象，仅作提示",
        "met by at most 0.1 percentage point; results bunching just past their targets is a pattern noted in "
        "the literature, shown for information only",
    ),
    "ledger_points": ("{n}个百分点", "{n} pp"),
    "ledger_distance_range": ("{low}至{high}", "{low} to {high}"),
    "sector": ("领域", "Sector"),
    "year": ("年度", "Year"),
    "kind": ("类型", "Kind"),
    "search": ("搜索", "Search"),
    "all": ("全部", "All"),
    "quote": ("原文", "Clause in the report"),
    "open_in_report": ("在报告原文中查看", "Open in the report"),
    "pair_note": ("口径说明", "Not like for like"),
    "claim": ("报告称{claim}", "report: {claim}"),
    "share_of_city": ("占全市{share}", "{share} of the city's total"),
    "rank_disputed": (
        "公开来源对区县排名说法不一，见[占全市比重]({url})",
        "published sources disagree on the ranking: see [Share of city]({url})",
    ),
    "shares_title": (
        "{place}占{parent}的比重（{reviewed}年，报告所述）",
        "{place}'s share of the {parent} total ({reviewed}, as the report states)",
    ),
    "purpose": (
        "报告中的每个数字都链接到原文语句；可下载、可用 SQL 查询、可引用。",
        "Every number here links to its sentence in the report; download it, query it with SQL, cite it.",
    ),
    "sentence_link": ("原文", "sentence"),
    # Counts (gwr.rules.counts)
    "count_rows_figures": ("{rows}，{figures}", "{rows}, {figures}"),
    "figure_definition": (
        "不重复的数字 = restates 为空的行（其余各行重复报告中前文已出现的数字）",
        "distinct figures = rows where restates IS NULL (the other rows repeat a figure stated earlier)",
    ),
    "show_restatements": (
        "显示{n}（同一数字在报告中再次出现）",
        "Show {n} (repeating a figure stated earlier)",
    ),
    "restatements_left_out": (
        "图表不含{n}，以免重复计数。",
        "The charts leave out {n}, so no figure is counted twice.",
    ),
    "figure": ("数值", "Figure"),
    "wording": ("措辞", "Wording"),
    "stretch_goal": ("{word}", "stretch goal ({word})"),
    "wording_filter": ("措辞", "Wording"),
    "share": ("占全市（报告称）", "Share of city (report)"),
    "rank": ("全市排名（报告称）", "City rank (report)"),
    "measure": ("度量", "Measure"),
    "note": ("备注", "Note"),
    "restates": ("重复表述自", "Restates"),
    "fact_id": ("编号", "Fact id"),
    "download_csv": ("下载 CSV（Excel 可直接打开）", "Download CSV (opens cleanly in Excel)"),
    "download_parquet": ("下载 Parquet", "Download Parquet"),
    "download_package": ("下载完整数据包（zip）", "Download the whole data package (zip)"),
    "implied_no_whole": ("{range}（无整数符合所述比重）", "{range} (no whole number fits the stated share)"),
    "within_range": ("✓ 在推算范围内", "✓ within the implied range"),
    "outside_range": ("✗ 超出推算范围", "✗ outside the implied range"),
    # Claims without a digit (claims.csv)
    "claimed_ranks": ("报告自述的排名、等级、“首个”与“最”", "Ranks, grades, firsts and superlatives the report claims"),
    "claimed_ranks_caption": (
        "以下均为报告自己的说法，并非统计部门发布的排名；能找到公开来源的（如区县GDP），见本页下方对照。",
        "All of these are the report's own statements, not rankings published by a statistics bureau; where a "
        "published source exists (district GDP), it is compared below.",
    ),
    "the_report_says": ("报告称", "The report says"),
    "word_targets": ("用文字表述的{targeted}年目标", "{targeted} targets stated in words"),
    "word_targets_caption": (
        "倍增、全覆盖、排名、等级和中文数字表述的目标，与{reviewed}年的对应表述（如有）并列；这些不计算变化。",
        "Targets stated as doubling, full coverage, a rank, a grade or in Chinese numerals, beside the {reviewed} "
        "statement of the same indicator where there is one; no change is computed for them.",
    ),
    "sector_option": ("{name}（{figures}）", "{name} ({figures})"),
    "no_published": ("未找到公开数据", "no published figure found"),
    "no_rows": ("没有符合条件的数字。", "No figures match."),
    "selected_point": ("所选数字", "Selected figure"),
    # Pages: titles and captions
    "overview_title": ("{place}{year}年政府工作报告 · 数据", "{place} {year} Government Work Report · Data"),
    "overview_caption": (
        "{issuer}于{delivered}在{meeting}上所作报告：回顾{reviewed}年，部署{targeted}年。",
        "Delivered by the {issuer} to the {meeting} on {delivered}: a review of {reviewed} and the targets for "
        "{targeted}.",
    ),
    "headline_results": ("{reviewed}年主要成绩", "Headline results of {reviewed}"),
    "about_data": ("关于本报告与数据", "About the report and the data"),
    "about_data_text": (
        "报告正文与名词解释中的每个数字都整理为一行数据（{summary}），保留原文单位与“以上、约、力争”等限定词，"
        "并附原文语句，可在“报告原文”页逐句核对。",
        "Every figure of the report and its glossary is a row of data ({summary}), with the report's own unit and "
        "qualifiers (以上, 约, 力争 …) and the clause it comes from; check any of them on the Report page.",
    ),
    "rows": ("行", "Rows"),
    "distinct_figures": ("不重复的数字", "Distinct figures"),
    "results_2022": ("{reviewed}年实绩", "{reviewed} results"),
    "targets_2023": ("{targeted}年目标", "{targeted} targets"),
    "share_title": ("{place}占{parent}的比重", "{place}'s share of {parent}"),
    "share_caption": (
        "报告写明“占全市……%”的数字（比重与排名均为报告自述）。推算全市总量 = 区数值 ÷ 比重；与公开的全市总量对照，可检验报告数字。",
        "Figures for which the report states a share of the city total (shares and ranks are the report's own "
        "claims). Implied city total = district value ÷ share; set against published city totals, it cross-checks "
        "the report.",
    ),
    "implied_totals": ("推算全市总量与公开数据", "Implied city totals against published totals"),
    "share_short": ("占全市（报告称）", "Share (report)"),
    "implied_total": ("推算全市总量（按所述精度的范围）", "Implied city total (range the stated precision allows)"),
    "published_total": ("公开的全市总量", "Published city total"),
    "published_check": ("公开值是否在范围内", "Published within range?"),
    "source_type_title": ("来源（类型）", "Source (type)"),
    "source_link": ("来源链接", "Source link"),
    "implied_caption": (
        "比重与数值都是四舍五入后的数字（如 64% 可为 63.5%–64.5%），所以推算的全市总量是一个范围；企业等计数取整数。"
        "“超过”类数字的推算值为下限。来源类型：“官方”为政府网站，“转引”为引用市统计局数据的汇编。",
        "Shares and values are rounded as written (64% may be 63.5%–64.5%), so the implied city total is a range; "
        "counts of firms and teams are whole numbers. For figures stated as “more than”, it is a lower bound. Source "
        "type: official = a government website; secondary = a compilation citing the city's statistics bureau.",
    ),
    "gdp_sources": ("区县GDP：来源之间的分歧", "District GDP: the sources disagree"),
    "area": ("地区", "Area"),
    "gdp": ("地区生产总值", "GDP"),
    "unit": ("单位", "Unit"),
    "report_claim": ("报告表述", "Report's claim"),
    "source_type": ("来源类型", "Source type"),
    "source_title": ("来源", "Source"),
    "gdp_disagree": (
        "报告称{place}GDP“总量稳居全市第一”；上表中的公开来源对区县GDP及排名说法不一，不能同时成立。此处并列各来源，不作裁定。",
        "The report says {place}'s GDP ranks first in the city; the published sources above disagree on district GDP "
        "and on which district ranks first, and cannot all hold. We show them side by side without resolving it.",
    ),
    "years_title": ("{reviewed}年实绩 → {targeted}年目标", "{reviewed} results → {targeted} targets"),
    "years_caption": (
        "同一指标既有{reviewed}年实绩、又有{targeted}年目标的，并列比较。",
        "Indicators with both a {reviewed} result and a {targeted} target, side by side.",
    ),
    "sectors_title": ("领域与产业集群", "Sectors and industry clusters"),
    "sector_figures": ("本领域全部数字", "All figures of this sector"),
    "clusters": ("产业集群与“风口”方向", "Industry clusters and fengkou (tailwind) directions"),
    "no_members": ("报告未将具体企业或项目归入该方向。", "The report assigns no named enterprise or project to it."),
    "member_type": ("类型", "Type"),
    "member_name": ("名称", "Name"),
    "figure_in_report": ("报告数字", "Figure in the report"),
    "data_title": ("数据", "Data"),
    "data_caption": (
        "每行一个数字，附原文语句。筛选后的结果可下载；链接可分享当前筛选。",
        "One row per figure, with the clause it comes from. Download the filtered rows; the link keeps the filters.",
    ),
    # Charts: titles and axes
    "chart_growth_targets": (
        "{targeted}年主要预期目标（增速与比率）",
        "Main targets for {targeted} (growth rates and ratios)",
    ),
    "axis_target_pct": ("目标值（%）", "Target (%)"),
    "axis_share_pct": ("占全市比重（%，报告所述）", "Share of the city total (%, as the report states)"),
    "chart_targets_met": (
        "{reviewed}年目标完成情况：报告所述与本站计算",
        "{reviewed} targets: the report's statement, and our arithmetic",
    ),
    "targets_cannot_tell": (
        "报告没有给出与增速目标对应的{reviewed}年增速实绩，{reviewed}年政府工作报告提出的目标也不在本数据中，{place}其余目标是否完成，在此无从判断。",
        "No {reviewed} growth result matches a growth target, and the {reviewed} report's targets are not in "
        "these data: whether {place} met its other targets cannot be told here.",
    ),
    "targets_not_loaded": (
        "{reviewed}年政府工作报告提出的目标不在本数据中，{place}其余{reviewed}年目标是否完成，在此无从判断。",
        "The {reviewed} report's own targets are not in these data: whether {place} met its other {reviewed} "
        "targets cannot be told here.",
    ),
    "targets_see_ledger": (
        "{reviewed}年报告提出的各项目标与本报告所说结果的逐项对照，见“目标与结果”页。",
        "Each target of the {reviewed} report against the results this report states: see Targets → results.",
    ),
    "check_stated": ("报告所述", "stated by the report"),
    "check_computed": ("本站据两句引文计算", "computed here from two quotes"),
    "check_stated_text": ("{pct}（报告所述）", "{pct}, as the report states"),
    "check_computed_text": ("{pct}（本站计算：{result} ÷ {target}）", "{pct}, computed here: {result} ÷ {target}"),
    "reason_result_is_bound": ("实绩不是确数，不计算完成率", "the result is not a point figure: no ratio computed"),
    "target_2022": ("{reviewed}年目标", "{reviewed} target"),
    "check_basis": ("依据", "Basis"),
    "check_ratio": ("实绩占目标", "Result as % of target"),
    "axis_result_of_target": ("实绩占目标（%）", "Result as % of target"),
    "axis_value_unit": ("数值（{unit}）", "Value ({unit})"),
    "cite_chart": ("引用此图", "Cite this chart"),
    "slide_link": ("幻灯片", "Slide"),
    "slide_link_help": (
        "本图单独成页（1600×900 适用），带当前筛选条件和语言，便于截图或放映。",
        "This chart alone on a page (fits 1600×900), with the current filters and language, for a screenshot or a talk.",
    ),
    "slide_missing": (
        "没有可显示的幻灯片：本页在当前筛选条件下没有图表 {chart}（图表不存在，或没有数据）。",
        "No slide to show: this page has no chart {chart} with these filters (no such chart, or no rows to draw).",
    ),
    "slide_back": ("返回本页", "Back to the page"),
    # A chart's accessible name (gwr.app.display.alt_text): its title, then one sentence of what it shows.
    "alt_year_pairs": (
        "每个指标一行，对比{n}个指标的{reviewed}年实绩与{targeted}年目标，各标数值与单位。",
        "Markers set each of {n} indicators' {reviewed} result beside its {targeted} target, each labelled with its value and unit.",
    ),
    "alt_growth_targets": (
        "条形表示{n}项{targeted}年增速与比率目标，各标其下限或确数。",
        "Bars show {n} growth-rate and ratio targets for {targeted}, each labelled with its bound.",
    ),
    "alt_target_completion": (
        "条形表示{n}项{reviewed}年目标的完成率，区分报告所述与本站计算。",
        "Bars show how far {n} targets of {reviewed} were completed, the report's statement told apart from our arithmetic.",
    ),
    "alt_city_shares": (
        "条形表示{place}{n}个指标占{parent}总量的比重（报告所述）。",
        "Bars show {place}'s share of {parent}'s total for {n} indicators, as the report states them.",
    ),
    "alt_sector": (
        "条形表示本领域同一量纲的{n}个指标的{reviewed}年实绩与{targeted}年目标，各标数值与单位。",
        "Bars show {n} indicators of this sector measured alike, {reviewed} results and {targeted} targets, each labelled with its value and unit.",
    ),
    "chart_data": ("图中数字", "Figures in this chart"),
    "sentence_end": ("。", ". "),
    "label_value": ("{label}：{value}", "{label}: {value}"),  # a table's cell in a phone's row
    "count_unit": ("数量", "number"),
    "chart_sector_dimension": (
        "{sector}：{dimension}（{reviewed}年实绩与{targeted}年目标）",
        "{sector}: {dimension} ({reviewed} results and {targeted} targets)",
    ),
    "sector_dimension_subtitle": (
        "每行一个指标；{scale}。标签为报告原数字",
        "One row per indicator; {scale}. Labels give the report's figures",
    ),
    "unlike_key": ("；† 两年口径不同，不能读作变化", "; † not like for like, not a change"),
    "scale_log": ("对数刻度，使小数值也清晰可见", "log scale, so small values stay visible"),
    "scale_linear": ("线性刻度", "linear scale"),
    "standalone_figures": ("单独的数字", "Figures that stand alone"),
    "standalone_caption": (
        "同一量纲下只有一个指标的数字不单独成图，列在此表中。",
        "Figures whose dimension holds only one indicator get no chart of their own; they are listed here.",
    ),
    "legend_year_kind": ("{year}年{kind}", "{year} {kind}"),  # kind: kind_word, lower case in English
    # URL state (gwr.app.url_state)
    "url_unknown": (
        "链接中的 {setting} 不对应任何选项，已显示默认视图。",
        "The link's {setting} matches no option, so the default view is shown.",
    ),
    "data_dictionary": ("数据字典", "Data dictionary"),
    "dictionary_table": ("数据表", "Table"),
    "select_row_to_cite": (
        "选中一行，可查看其原文、位置与引用格式。",
        "Select a row to see its clause, where the report says it, and how to cite it.",
    ),
    "cluster": ("集群", "Cluster"),
    "copy_link": ("复制本视图链接", "Copy link to this view"),
    "copy_link_help": (
        "此链接保存当前页面、语言与全部筛选，打开即重现同一视图。",
        "This link holds the page, the language and every filter; opening it reopens this view.",
    ),
    # Comparisons (gwr.rules.comparison)
    "change": ("变化", "Change"),
    "reason_separator": ("；", "; "),
    "reason_not_like_for_like": ("两年口径不同，不计算变化", "not like for like: no change computed"),
    "reason_both_approx": ("两年均为约数", "both approximate"),
    "reason_both_lower_bounds": (
        "两年均为下限（超过、以上），实际变化未知",
        "both lower bounds (“more than”, “at least”): change unknown",
    ),
    "reason_upper_bound": (
        "一侧为上限（以内、不超过），实际变化未知",
        "a side is an upper bound: the true change is unknown",
    ),
    "reason_one_lower_bound": ("一侧为下限，实际变化未知", "one side is a lower bound: the true change is unknown"),
    "reason_one_approx": ("一侧为约数，不计算变化", "one side is approximate: no change computed"),
    "reason_range": ("一侧为区间，不计算变化", "one side is a range: no change computed"),
    "comparison_rule": (
        "只有两年数字都是确数（或都是约数，标 ≈）且口径一致时才计算变化。"
        "任一侧为“超过、以上”等下限或“以内”等上限时，只列出两个数字，不给百分比，因为实际变化未知；"
        "“力争、争取、确保”等努力目标照录，不影响计算；"
        "标 † 的两年口径不同，变化记为“—”，并附口径说明。",
        "A change is computed only when both figures are as stated (or both approximate, shown with ≈) and measure "
        "the same thing. Where either side is a bound (> more than, ≥ at least, ≤ at most), both figures are shown "
        "without a percentage, because the true change is unknown; a stretch goal (力争, 争取, 确保) is labelled "
        "and computed like any target; pairs marked † are not like for like: "
        "their change is “—” and their note says why.",
    ),
    "show_unlike": ("同时显示口径不同的{n}（†）", "Also show {n} not like for like (†)"),
    "legend_2022": ("{reviewed}年实绩", "{reviewed} result"),
    "legend_2023": ("{targeted}年目标", "{targeted} target"),
    "legend_unlike": ("† 口径不同", "† not like for like"),  # its mark, hollow on a dotted line, says how it is drawn
    "legend_lower_bound": ("下限（以上、超过）", "lower bound (≥, >)"),
    # Slide titles (gwr.charts.style.slide_title): the district and the filter before the chart's title.
    "slide_title": ("{place} · {title}", "{place} · {title}"),
    "scoped_title": ("{scope}：{title}", "{scope}: {title}"),
    # The unit of a count the report gives in 个 (units.csv: items), which English writes with a noun.
    "count_noun": ("个", "items"),
    # Quote marks of chart labels: open and close double, open and close single. Fonts draw “ ” as wide
    # as a Chinese character, so English labels take straight ones (gwr.charts.wrap.label_text).
    "quote_marks": ("“”‘’", "\"\"''"),
    "pairs_title": (
        "{reviewed}年实绩 → {targeted}年目标（口径一致的指标）",
        "{reviewed} results → {targeted} targets (like-for-like indicators)",
    ),
    "pairs_title_unlike": (
        "{reviewed}年实绩 → {targeted}年目标（含口径不同的指标）",
        "{reviewed} results → {targeted} targets (including pairs not like for like)",
    ),
    "pairs_subtitle_like": (
        "{shown}，数字为报告原文",
        "{shown}, figures as the report gives them",
    ),
    "pairs_subtitle_unlike": (
        "{shown}，其中标 † 的口径不同，不能读作变化：{unlike}",
        "{shown}; not like for like, so not a change (marked †): {unlike}",
    ),
    "pairs_axis": (
        "{targeted}年目标相对{reviewed}年实绩（{reviewed}年 = 100，对数刻度）",
        "{targeted} target relative to the {reviewed} result ({reviewed} = 100, log scale)",
    ),
    "indicator": ("指标", "Indicator"),
    "result_2022": ("{reviewed}年实绩", "{reviewed} result"),
    "target_2023": ("{targeted}年目标", "{targeted} target"),
    # SQL page (issue 9)
    "sql_title": ("SQL 查询", "SQL"),
    "sql_caption": (
        "用 DuckDB SQL 查询本应用的数据表：每次一条只读的 SELECT 语句，时限 {seconds} 秒，最多返回 {rows} 行。"
        "链接中保存查询文本；打开链接时只显示、不运行，按“运行”才执行。",
        "Query the app's tables with DuckDB SQL: one read-only SELECT at a time, {seconds} s limit, at most {rows} "
        "rows. The link keeps the query text; opening a link shows it and runs nothing until you press Run.",
    ),
    "sql_canned": ("示例查询", "Canned queries"),
    "sql_canned_none": ("—", "—"),
    "sql_canned_option": ("{title} · {name}", "{title} · {name}"),
    "sql_editor": ("SQL", "SQL"),
    "sql_parameters": ("参数（留空为 NULL；逗号分隔为列表）", "Parameters (empty = NULL; commas make a list)"),
    "sql_parameter_values": ("可选值（{table}.{column}）：{values}", "Valid values ({table}.{column}): {values}"),
    "sql_value_separator": ("、", ", "),
    "sql_run": ("运行", "Run"),
    "sql_result_note": ("{rows} · {ms} 毫秒", "{rows} · {ms} ms"),
    "sql_truncated": ("（只显示前 {rows} 行）", " (only the first {rows} shown)"),
    "sql_download": ("下载结果 CSV", "Download result as CSV"),
    "sql_engine_text": ("DuckDB 的原始信息：", "DuckDB's own message:"),
    "sql_tables": ("数据表结构", "Tables and columns"),
    "sql_sentence_separator": ("", " "),
    # Refusals (gwr.sql.guard): the query was not run
    "sql_empty": ("请输入一条 SELECT 查询。", "Type one SELECT query."),
    "sql_too_long": ("查询过长（上限 {limit} 个字符）。", "The query is too long (at most {limit} characters)."),
    "sql_syntax": ("无法解析该查询。", "The query could not be parsed."),
    "sql_multiple": ("一次只能运行一条语句。", "Only one statement can run at a time."),
    "sql_not_select": (
        "只允许只读的 SELECT 查询；不允许 {statement}。",
        "Only read-only SELECT queries are allowed, not {statement}.",
    ),
    "sql_not_select_other": ("只允许只读的 SELECT 查询。", "Only read-only SELECT queries are allowed."),
    "sql_table": (
        "只能查询本应用的数据表；不允许读取 “{name}”。可查询的表：{tables}。",
        "Only the app's own tables can be queried, not “{name}”. The tables are: {tables}.",
    ),
    "sql_table_close": ("是否想查询 “{close}”？", "Did you mean “{close}”?"),
    "sql_function": ("不允许使用函数 {name}()。", "The function {name}() is not allowed."),
    "sql_parameters_mixed": ("不能混用命名参数与位置参数。", "Named and positional parameters cannot be mixed."),
    # Failures (gwr.sql.sandbox, gwr.sql.worker): the query ran but gave no answer
    "sql_busy": ("当前查询较多，请稍后再试。", "Many queries are running; please try again in a moment."),
    "sql_stopped": (
        "查询超过 {seconds} 秒或占用资源过多，已强制停止。",
        "The query took longer than {seconds} s or too many resources and was stopped.",
    ),
    "sql_parameter": ("缺少参数值：{names}", "Missing parameter values: {names}"),
    "sql_columns": ("结果列数过多（上限 {limit}）。", "Too many columns (at most {limit})."),
    "sql_timeout": (
        "查询超过 {seconds} 秒时限，已停止。",
        "The query ran past the {seconds} s time limit and was stopped.",
    ),
    "sql_memory": ("查询占用内存过多，已停止。", "The query needed too much memory and was stopped."),
    "sql_error": ("查询出错。", "The query failed."),
    # DuckDB's error classes, explained above DuckDB's own text (sql_engine_<class>)
    "sql_engine_parser": (
        "语法错误（Parser Error）：DuckDB 无法读懂这条语句。请检查标出位置附近的关键字拼写、逗号、括号和引号"
        "是否成对；字符串用单引号 'text'，列名用双引号 \"name\"。",
        "Parser Error: DuckDB could not read the statement. Check the spelling of keywords near the marked "
        "position, commas, and that brackets and quotes are paired; strings take single quotes 'text', names "
        'double quotes "name".',
    ),
    "sql_engine_binder": (
        "绑定错误（Binder Error）：语句读懂了，但其中的某个列名、表别名或聚合无法与数据表对应。请检查列名拼写"
        "（下方 Candidate bindings 列出相近的列）、多表连接时是否需写明表名（如 f.sector），以及未聚合的列是否"
        "已写入 GROUP BY。",
        "Binder Error: the statement was read, but a column name, table alias or aggregate does not match the "
        "tables. Check the column's spelling (Candidate bindings below lists close ones), whether a join needs "
        "the table named (f.sector), and that every column not aggregated is in GROUP BY.",
    ),
    "sql_engine_catalog": (
        "目录错误（Catalog Error）：找不到所写的表、函数或类型。请检查名称拼写（下方 Did you mean 给出相近的名称），"
        "可用的表见页面下方“数据表结构”。",
        "Catalog Error: a table, function or type of that name does not exist. Check its spelling (Did you mean "
        "below suggests a close name); the tables are listed under “Tables and columns” below.",
    ),
    "sql_engine_conversion": (
        "转换错误（Conversion Error）：某个值无法转换成所需的类型，例如把文字当作数字比较。请检查比较两边的类型"
        "（year 是整数，写 2022 而不是 '2022年'），必要时用 TRY_CAST。",
        "Conversion Error: a value could not be converted to the type needed, such as text compared with a "
        "number. Check the types on both sides of a comparison (year is an integer: 2022, not '2022年'); "
        "TRY_CAST gives NULL instead of an error.",
    ),
    "sql_engine_out_of_range": (
        "数值越界（Out of Range Error）：计算结果超出了该类型能表示的范围。请把数值先转换为更大的类型"
        "（如 ::BIGINT 或 ::DOUBLE）再计算，或检查下标是否越界。",
        "Out of Range Error: a result does not fit its type. Cast to a wider type first (::BIGINT or ::DOUBLE) "
        "or check an index or date that is out of range.",
    ),
    "sql_engine_invalid_input": (
        "输入无效（Invalid Input Error）：某个函数收到了它无法处理的值，如格式不符的日期、正则表达式或 JSON。"
        "请检查下方所指函数的参数。",
        "Invalid Input Error: a function was given a value it cannot handle, such as a malformed date pattern, "
        "regular expression or JSON. Check the arguments of the function named below.",
    ),
    "sql_engine_type_mismatch": (
        "类型不匹配（Type Mismatch Error）：运算或函数两侧的类型不一致。请用 CAST 统一类型。",
        "Type Mismatch Error: the types on the two sides of an operation or function do not agree. Make them "
        "agree with CAST.",
    ),
    "sql_engine_not_implemented": (
        "暂不支持（Not implemented Error）：DuckDB 尚不支持这种写法。请换一种写法。",
        "Not implemented Error: DuckDB does not support this yet. Try another way of writing it.",
    ),
    "sql_engine_permission": (
        "不允许（Permission Error）：本页的查询只能读取应用的数据表，不能访问文件、网络或设置。",
        "Permission Error: queries here can only read the app's tables, not files, the network or settings.",
    ),
    "sql_engine_other": (
        "查询出错：DuckDB 无法执行这条语句，原因见下方 DuckDB 的原始信息。",
        "The query failed: DuckDB could not run it; its own message below says why.",
    ),
    # Citations and locators (issue 10)
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
    "locator": ("位置", "Where in the report"),
    "locator_help": (
        "按报告自身的结构：部分、标题、标题下第几段、段内条目（一是、二是……）。报告中未编号的标题（如“一年来”各段）按顺序计数。",
        "By the report's own outline: part, heading, paragraph under the heading, item within the paragraph (一是, 二是 …). "
        "Headings the report does not number (such as its 一年来 headings) are counted in order.",
    ),
    "report_title": ("报告原文", "The report"),
    "report_caption": (
        "黄色标记为已整理成数据的数字原文，悬停可见其编号；深色标记为所选数字。文本为报告原文，已去除换行与页码。",
        "Yellow marks are clauses captured as data (hover to see their ids); the dark mark is the selected figure. "
        "The report's text, with line breaks and page numbers removed.",
    ),
    "no_such_figure": ("没有编号为 {id} 的数字。", "There is no figure with the id {id}."),
    "selected_in_report": ("所选数字", "Selected figure"),
    "section_label": ("章节", "Section"),
    "glossary": ("名词解释", "Glossary"),
    "search_help": (
        "可搜索原文（中文），也可搜索指标名称（中英文）和名词解释（中英文）。",
        "Searches the report's Chinese text, the metrics' names (Chinese and English) and the glossary (Chinese and English).",
    ),
    "hit_text": ("原文", "Report text"),
    "hit_metric": ("指标", "Metric"),
    "hit_glossary": ("名词解释", "Glossary"),
    # A claim in the report's words, in English with our rendering (tables.district_gdp_sources).
    "translated_claim": ("{meaning}（“{words}”）", "{meaning} (our translation of “{words}”)"),
    # The Report page's sections in English (gwr.app.report_sections); Chinese shows the report's headings.
    "section_opening": ("封面与导言", "Opening"),
    "section_part": ("第{part}部分：{title}", "Part {part}: {title}"),
    "section_heading": ("第{part}部分（{heading_number}）{heading}", "Part {part}, §({heading_number}) ({heading})"),
    "section_glossary": ("名词解释 / {heading}（{term}）", "Glossary: {term} ({heading})"),
    "section_glossary_term": ("名词解释 / {term}", "Glossary: {term}"),
    "report_part_1": ("一、2022年工作回顾", "review of 2022"),
    "report_part_2": ("二、2023年目标任务", "goals and tasks for 2023"),
    "report_part_3": ("三、2023年重点工作安排", "key work for 2023"),
}


def t(key: str, lang: str) -> str:
    zh, en = TEXT[key]
    return zh if lang == "zh" else en


def sector_name(sector: str, lang: str) -> str:
    zh, en = SECTORS.get(sector, (sector, sector))
    return zh if lang == "zh" else en


# Counted nouns: Chinese measure word and noun; English singular and plural.
NOUNS = {
    "figure": ("个数字", "figure", "figures"),
    "distinct_figure": ("个不重复的数字", "distinct figure", "distinct figures"),
    "row": ("行", "row", "rows"),
    "restatement": ("行重复表述", "restatement", "restatements"),
    "pair": ("对指标", "pair", "pairs"),
    "indicator": ("个指标", "indicator", "indicators"),
    "match": ("处", "match", "matches"),
    "place": ("个地区", "place", "places"),
    "report": ("份报告", "report", "reports"),
}


def count(n: int, noun: str, lang: str) -> str:
    """A number with its noun, the one place plurals are made: 1 pair, 2 pairs; 1对指标, 2对指标."""
    zh, one, many = NOUNS[noun]
    if lang == "zh":
        return f"{n}{zh}"
    return f"{n:,} {one if n == 1 else many}"


def kind_word(kind: str, lang: str) -> str:
    """A kind of figure inside a sentence or a legend: result, target (lower case in English)."""
    word = kind_name(kind, lang)
    return word if lang == "zh" else word.lower()


def kind_name(kind: str, lang: str) -> str:
    zh, en = KINDS.get(kind, (kind, kind))
    return zh if lang == "zh" else en


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def scope_name(code: str, lang: str) -> str:
    return _pick(SCOPES.get(code, SCOPES["city"]), lang)


def bound_name(code: str, lang: str) -> str:
    return _pick(BOUNDS.get(code, (code, code)), lang)


def wording_name(code: str, lang: str) -> str:
    return _pick(WORDINGS.get(code, (code, code)), lang)


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


def field(row, stem: str, lang: str):
    """A row's text in the visitor's language: field(row, "focus", "en") is row["focus_en"]."""
    return row[f"{stem}_{lang}"]


def data_text(row, column: str, lang: str):
    """A text column of the data in the visitor's language: `pair_note` is English, `pair_note_zh` Chinese."""
    return row[f"{column}_zh"] if lang == "zh" else row[column]


def name(row, lang: str) -> str:
    return field(row, "name", lang)


def proper_name(row, lang: str) -> str:
    """A named enterprise or project: the Chinese name, or in English our rendering with the original."""
    return row["name_zh"] if lang == "zh" else f"{row['name_en']} ({row['name_zh']})"


def source_type_name(code: str, lang: str) -> str:
    return _pick(SOURCE_TYPES.get(code, (code, code)), lang)


def dimension_name(code: str, lang: str) -> str:
    return _pick(DIMENSIONS.get(code, (code, code)), lang)


def member_type_name(code: str, lang: str) -> str:
    return _pick(MEMBER_TYPES.get(code, (code, code)), lang)


def metric(row, lang: str) -> str:
    return field(row, "metric", lang)
