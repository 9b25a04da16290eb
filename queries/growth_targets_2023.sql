-- title_zh: 2023年主要预期目标（增速）
-- title_en: Main 2023 targets (growth rates)
-- description_zh: 报告第二部分的增速和比率目标，单位为%。
-- description_en: The growth-rate and ratio targets of part 二 of the report, in %.
-- params: report_id
-- columns: report_id, fact_id, indicator, sector, metric_zh, metric_en, value, unit, value_base, unit_base, measure, bound, stretch, qualifier_zh, quote, locator
SELECT report_id, fact_id, indicator, sector, metric_zh, metric_en, value, unit, value_base, unit_base, measure, bound, stretch, qualifier_zh, quote, locator
FROM facts JOIN reports AS r USING (report_id)
WHERE year = r.targets_year AND kind = 'target' AND unit = '%'
  AND ($report_id IS NULL OR report_id = $report_id)
ORDER BY value DESC, fact_id
