-- title_zh: 领域内全部数字
-- title_en: All figures of a sector
-- description_zh: 所选领域各年度的全部数字（不含重复表述），附单位的量纲（dimension），同一量纲的数字可共用一条坐标轴。
-- description_en: Every figure of the chosen sector in every year (restatements left out), with the dimension of its unit, so figures of one dimension can share a chart axis.
-- params: report_id, sector
-- columns: report_id, fact_id, indicator, year, kind, metric_zh, metric_en, value, unit, value_base, unit_base, dimension, measure, bound, stretch, qualifier_zh, city_share_pct, city_rank, pair_note, pair_note_zh, quote, locator
SELECT f.report_id, f.fact_id, f.indicator, f.year, f.kind, f.metric_zh, f.metric_en, f.value, f.unit, f.value_base, f.unit_base,
       u.dimension, f.measure, f.bound, f.stretch, f.qualifier_zh, f.city_share_pct, f.city_rank, f.pair_note,
       f.pair_note_zh, f.quote, f.locator
FROM facts AS f
JOIN units AS u USING (unit)
WHERE f.sector = $sector AND f.restates IS NULL AND ($report_id IS NULL OR f.report_id = $report_id)
ORDER BY u.dimension, f.indicator, f.year, f.kind
