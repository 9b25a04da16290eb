"""The report text: squashing, number readings, the outline of sections."""

from jianxi.report import FRONT_MATTER, load, number_values, squash

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
