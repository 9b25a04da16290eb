-- title_zh: 推算全市总量与公开数据对照
-- title_en: Implied city totals against published totals
-- description_zh: 区数值 ÷ 报告所述比重 = 推算的洛阳全市总量（点值；按所述精度给出的范围见 jianxi/implied_totals.py），与公开的全市总量并列，注明来源类型；无公开数据的为空。
-- description_en: District value ÷ stated share = implied Luoyang total (a point; jianxi/implied_totals.py gives the range the stated precision allows), beside the published total and its source type; empty where none was found.
-- params: report_id
-- columns: report_id, fact_id, metric_zh, metric_en, value, unit, value_base, unit_base, bound, stretch, qualifier_zh, city_share_pct, implied_city_total, published_total, published_unit, ratio, source_type, source_title, source_title_en, source_url, source_quote
SELECT f.report_id, f.fact_id, f.metric_zh, f.metric_en, f.value, f.unit, f.value_base, f.unit_base, f.bound, f.stretch, f.qualifier_zh, f.city_share_pct,
       f.value / f.city_share_pct * 100 AS implied_city_total,
       r.value AS published_total, r.unit AS published_unit,
       (f.value / f.city_share_pct * 100) / r.value AS ratio,
       r.source_type, r.source_title, r.source_title_en, r.source_url, r.source_quote
FROM facts AS f
JOIN reports AS p ON p.report_id = f.report_id
LEFT JOIN city_totals_reference AS r
       ON r.indicator = f.indicator AND r.year = f.year AND r.area = p.parent_zh AND r.unit = f.unit
WHERE f.city_share_pct IS NOT NULL AND f.restates IS NULL AND f.measure = 'level'
  AND ($report_id IS NULL OR f.report_id = $report_id)
ORDER BY r.value IS NULL, f.city_share_pct DESC
