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
    "rank_first": ("全市第一", "1st in Luoyang"),
    "share_of_city": ("占全市", "of Luoyang"),
    "no_published": ("未找到公开数据", "no published figure found"),
    "no_rows": ("没有符合条件的数字。", "No figures match."),
    "cite_data": ("引用本数据", "How to cite"),
    "selected_point": ("所选数字", "Selected figure"),
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


def metric(row, lang: str) -> str:
    return row["metric_zh"] if lang == "zh" else row["metric_en"]
