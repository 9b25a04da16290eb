-- title_zh: 一个指标在各报告中的数字
-- title_en: One indicator in every report
-- description_zh: 所选指标在每份已载入报告中的数字：地区、报告年份、数字所属年份与类型（实绩、目标）、各报告自己的数值、单位与措辞，以及换算到基本单位的数值（仅当基本单位相同才可换算比较）和所述占全市比重。
-- description_en: The chosen indicator's figures in every loaded report: place, report year, the figure's year and kind (result, target), each report's own value, unit and wording, the value in the base unit (comparable only where the base unit is the same), and any stated share of the city.
-- params: indicator
-- columns: report_id, place_zh, place_en, parent_zh, parent_en, parent_code, admin_code, report_year, fact_id, year, kind, measure, metric_zh, metric_en, value, value_high, unit, value_base, unit_base, bound, stretch, qualifier_zh, city_share_pct, city_rank, quote
SELECT f.report_id, r.place_zh, r.place_en, r.parent_zh, r.parent_en, r.parent_code, r.admin_code,
       CAST(left(CAST(r.delivered AS VARCHAR), 4) AS INTEGER) AS report_year,
       f.fact_id, f.year, f.kind, f.measure, f.metric_zh, f.metric_en, f.value, f.value_high, f.unit, f.value_base,
       f.unit_base, f.bound, f.stretch, f.qualifier_zh, f.city_share_pct, f.city_rank, f.quote
FROM facts AS f
JOIN reports AS r USING (report_id)
WHERE f.indicator = $indicator AND f.restates IS NULL
ORDER BY f.measure, f.kind, f.year DESC, r.parent_code, r.admin_code, f.fact_id
