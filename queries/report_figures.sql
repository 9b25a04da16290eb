-- title_zh: 报告中的数字及其原文
-- title_en: Figures and their clauses in the report
-- description_zh: 用于在报告原文中标出每个数字：编号、原文、所在章节、位置和数值。
-- description_en: What the report page needs to highlight every figure: id, clause, section, locator and value.
-- params: report_id
-- columns: report_id, fact_id, section, locator, quote, metric_zh, metric_en, value, unit, value_base, unit_base, bound, stretch, qualifier_zh, year, kind
SELECT report_id, fact_id, section, locator, quote, metric_zh, metric_en, value, unit, value_base, unit_base, bound, stretch, qualifier_zh,
       year, kind
FROM facts
WHERE ($report_id IS NULL OR report_id = $report_id)
ORDER BY fact_id
