"""How to cite the report and this data package (GB/T 7714 and APA)."""

from __future__ import annotations

from jianxi import package

PROJECT = "Jianxi report explorer"


def report(style: str) -> str:
    source = package.descriptor()["sources"][0]
    if style == "gbt7714":
        return f"涧西区人民政府. {source['title']}[R]. 洛阳: 涧西区人民政府, 2023."
    return (
        "People's Government of Jianxi District. (2023, February 21). "
        "Government work report [政府工作报告]. Luoyang: People's Government of Jianxi District."
    )


def data(style: str, chart_title: str | None = None) -> str:
    version = package.descriptor()["version"]
    if style == "gbt7714":
        part = f"{chart_title}//" if chart_title else ""
        return f"{part}{PROJECT}. 涧西区2023年政府工作报告数据: {version}[DS]. 2026."
    part = f"{chart_title}. In " if chart_title else ""
    return (
        f"{part}{PROJECT}. (2026). Jianxi District 2023 Government Work Report as data (Version {version}) [Data set]."
    )
