-- title_zh: 区县地区生产总值：各来源对照
-- title_en: District GDP: what each source says
-- description_zh: 报告所述涧西区GDP及“全市第一”，与公开来源中的区县GDP并列；来源之间存在分歧，不作裁定。
-- description_en: The report's Jianxi GDP and its "first in the city" claim beside published district GDP figures; the sources disagree and are shown unresolved.
-- params: report_id
-- columns: area, area_en, value, unit, value_base, unit_base, words_zh, claim_type, rank, scope, source_type, source_title, source_title_en, source_url, source_quote
WITH sources AS (
    -- The report's own row: its words for the rank (in its quote) and its title, with our English.
    SELECT r.place_zh AS area, r.place_en AS area_en, value, unit,
           CASE WHEN city_rank = 1 THEN '总量稳居全市第一' END AS words_zh, 'rank' AS claim_type, city_rank AS rank,
           'city' AS scope, 'report' AS source_type, r.place_zh || left(r.delivered, 4) || '年政府工作报告' AS source_title,
           r.place_en || ' Government Work Report ' || left(r.delivered, 4) AS source_title_en, NULL AS source_url,
           quote AS source_quote
    FROM facts JOIN reports AS r USING (report_id)
    WHERE indicator = 'gdp' AND year = r.reviews_year AND kind = 'actual' AND ($report_id IS NULL OR report_id = $report_id)
    UNION ALL
    -- The published figures of the other districts of the report's own city, when the reference has that city.
    SELECT c.area, c.area_en, c.value, c.unit, NULL AS words_zh, NULL AS claim_type, NULL AS rank, NULL AS scope,
           c.source_type, c.source_title, c.source_title_en, c.source_url, c.source_quote
    FROM city_totals_reference AS c JOIN reports AS r ON r.report_id = $report_id
    WHERE c.indicator = 'gdp' AND c.year = r.reviews_year AND c.area <> r.parent_zh
      AND EXISTS (SELECT 1 FROM city_totals_reference AS city WHERE city.area = r.parent_zh)
)
SELECT s.area, s.area_en, s.value, s.unit, s.value * u.factor AS value_base, u.unit_base, s.words_zh, s.claim_type,
       s.rank, s.scope, s.source_type, s.source_title, s.source_title_en, s.source_url, s.source_quote
FROM sources AS s
JOIN units AS u USING (unit)
ORDER BY s.value DESC
