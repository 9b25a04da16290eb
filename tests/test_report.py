"""The report text: squashing, number readings, the outline of sections."""

import pytest

from gwr.data.report import FRONT_MATTER, load, locator_label, number_values, parse_locator, squash

SECTIONS_IN_PART_ONE = 9
PART_THREE_HEADINGS = 9
GLOSSARY_TERMS = 47


def test_squash_removes_extraction_spaces_and_breaks():
    assert squash("生产总值 713 亿元，总量稳居\n全市第一") == "生产总值713亿元，总量稳居全市第一"


def test_fraction_reads_as_percentage_and_wan_scales():
    assert number_values("占全市总量的3/4") == {75.0}
    assert number_values("城镇新增就业1.4万人") == {1.4, 14000.0}
    assert number_values("退税14.1亿元") == {14.1, 1410000000.0}


def test_outline_has_every_heading():
    names = load().section_names
    assert names[0] == FRONT_MATTER
    assert sum(n.startswith("一、2022年工作回顾 / ") for n in names) == SECTIONS_IN_PART_ONE
    assert sum(n.startswith("三、2023年重点工作安排 / （") for n in names) == PART_THREE_HEADINGS
    assert sum(n.startswith("名词解释 / ") for n in names) == GLOSSARY_TERMS
    assert "名词解释 / 超级IP" in names


def test_section_and_line_of_a_quote():
    report = load()
    (offset,) = report.find_all("全区实现地区生产总值 713 亿元")
    assert report.section_at(offset) == "一、2022年工作回顾 / 经济运行稳中向好"
    assert report.line_at(offset) == 46
    (offset,) = report.find_all("设计产能5万台")
    assert report.section_at(offset).endswith("（二）抓好产业发展，高层级构建“风口”产业集群")


# Locators, read off the printed report by hand: (quote, section, code, English label).
LOCATED = [
    (
        "全年进出口总值达到92.8亿元",
        "一、2022年工作回顾 / 经济运行稳中向好",
        "一（一）第1段·四是",
        "Part 1, §(1), para. 1, item 4",
    ),
    (
        "既有建筑完成电梯加装102户",
        "一、2022年工作回顾 / 城市品质日新月异",
        "一（四）第1段·另一方面",
        "Part 1, §(4), para. 1, item 2",
    ),
    (
        "全区高新技术企业超过500家",
        "三、2023年重点工作安排 / （三）抓好科技创新，高动能助推产业发展",
        "三（三）第1段·三是",
        "Part 3, §(3), para. 1, item 3",
    ),
    ("城镇新增就业1.4万人", "二、2023年目标任务", "二、第3段", "Part 2, para. 3"),
    ("政协委员提案253件", "一、2022年工作回顾 / 政府效能持续提高", "一（九）第1段", "Part 1, §(9), para. 1"),
    (
        "各位代表，前进路上无坦途",
        "一、2022年工作回顾 / 政府效能持续提高",
        "一（九）第3段",
        "Part 1, §(9), para. 3",
    ),
    ("智慧岛：我省大力推动建设的标准化双创中心", "名词解释 / 智慧岛", "名词解释：智慧岛", "Glossary, entry 智慧岛"),
]


@pytest.mark.parametrize(("quote", "section", "code", "english"), LOCATED)
def test_locator_of_a_quote(quote, section, code, english):
    report = load()
    locator = report.locate(quote, section)
    assert locator.code == code
    assert locator.label("zh") == code
    assert locator.label("en") == english
    assert parse_locator(code).label("en") == english


def test_a_repeated_quote_is_located_in_its_section():
    report = load()
    jobs = "新增就业1.4万人"
    assert report.locate(jobs, "二、2023年目标任务").code == "二、第3段"
    assert (
        report.locate(jobs, "三、2023年重点工作安排 / （八）抓好民生实事，高质量优化公共服务").code
        == "三（八）第1段·一是"
    )


def test_paragraphs_end_at_headings_and_do_not_span_sections():
    report = load()
    (heading,) = report.find_all("一年来，我们借势乘势、善作善成，产业发展态势强劲。")
    (before,) = report.find_all("占全市总量的 44.3%。")
    assert report.paragraph_span(before)[1] <= heading
    for start in report.paragraph_starts:
        end = report.paragraph_span(start)[1]
        assert report.section_at(start) == report.section_at(end - 1)


def test_parse_locator_refuses_what_is_no_locator():
    assert parse_locator("line 803") is None
    assert locator_label("line 803", "en") == "line 803"
