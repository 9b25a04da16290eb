-- title_zh: 公开来源与报告不一致的排名说法
-- title_en: Rank claims that published sources dispute
-- description_zh: 报告称全市第一的数字中，公开来源载有另一区县更高数值的情形；每行一个这样的来源。
-- description_en: Figures the report ranks first in the city for which a published source gives another district a higher value; one row per such source.
-- params: report_id
-- columns: fact_id, indicator, city_rank, value, unit, area, area_value, source_type, source_title, source_url
SELECT f.fact_id, f.indicator, f.city_rank, f.value, f.unit, r.area, r.value AS area_value,
       r.source_type, r.source_title, r.source_url
FROM facts AS f
JOIN city_totals_reference AS r ON r.indicator = f.indicator AND r.year = f.year AND r.unit = f.unit
WHERE f.city_rank = 1 AND f.restates IS NULL AND ($report_id IS NULL OR f.report_id = $report_id) AND r.area NOT IN ('洛阳市', '涧西区') AND r.value > f.value
ORDER BY f.fact_id, r.value DESC
