-- title_zh: 公开来源与报告不一致的排名说法
-- title_en: Rank claims that published sources dispute
-- description_zh: 报告称全市第一的数字中，公开来源载有另一区县更高数值的情形；每行一个这样的来源。
-- description_en: Figures the report ranks first in the city for which a published source gives another district a higher value; one row per such source.
-- params: report_id
-- columns: report_id, fact_id, indicator, city_rank, value, unit, area, area_value, source_type, source_title, source_url
SELECT f.report_id, f.fact_id, f.indicator, f.city_rank, f.value, f.unit, r.area, r.value AS area_value,
       r.source_type, r.source_title, r.source_url
FROM facts AS f
JOIN reports AS p ON p.report_id = f.report_id
JOIN city_totals_reference AS r ON r.indicator = f.indicator AND r.year = f.year AND r.unit = f.unit
-- Another district's published figure of the report's own city (the reference holds the city's row too).
WHERE f.city_rank = 1 AND f.restates IS NULL AND ($report_id IS NULL OR f.report_id = $report_id)
  AND r.area NOT IN (p.parent_zh, p.place_zh) AND r.value > f.value
  AND EXISTS (SELECT 1 FROM city_totals_reference AS c WHERE c.area = p.parent_zh)
ORDER BY f.fact_id, r.value DESC
