-- title_zh: 区县地区生产总值：各来源对照
-- title_en: District GDP: what each source says
-- description_zh: 报告所述涧西区GDP及“全市第一”，与公开来源中的区县GDP并列；来源之间存在分歧，不作裁定。
-- description_en: The report's Jianxi GDP and its "first in the city" claim beside published district GDP figures; the sources disagree and are shown unresolved.
-- params:
-- columns: area, value, unit, value_base, unit_base, claim, source_type, source_title, source_url, source_quote
WITH sources AS (
    SELECT '涧西区' AS area, value, unit,
           CASE WHEN city_rank = 1 THEN '总量稳居全市第一' END AS claim,
           'report' AS source_type, '涧西区2023年政府工作报告' AS source_title, NULL AS source_url,
           quote AS source_quote
    FROM facts WHERE indicator = 'gdp' AND year = 2022 AND kind = 'actual'
    UNION ALL
    SELECT area, value, unit, NULL AS claim, source_type, source_title, source_url, source_quote
    FROM city_totals_reference
    WHERE indicator = 'gdp' AND area <> '洛阳市'
)
SELECT s.area, s.value, s.unit, s.value * u.factor AS value_base, u.unit_base, s.claim, s.source_type,
       s.source_title, s.source_url, s.source_quote
FROM sources AS s
JOIN units AS u USING (unit)
ORDER BY s.value DESC
