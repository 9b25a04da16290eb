-- title_zh: 可跨报告对比的指标
-- title_en: Indicators to compare across reports
-- description_zh: 已载入报告中出现过的每个指标（codebook 的 indicator），及其出现在几份报告、几个地区中；按出现的报告数从多到少排列。
-- description_en: Every indicator (the codebook's) the loaded reports state, with how many reports and places state it; most reports first.
-- params:
-- columns: indicator, name_zh, name_en, reports, places
SELECT f.indicator, i.name_zh, i.name_en, count(DISTINCT f.report_id) AS reports, count(DISTINCT r.admin_code) AS places
FROM facts AS f
JOIN reports AS r USING (report_id)
JOIN indicators AS i USING (indicator)
WHERE f.restates IS NULL
GROUP BY f.indicator, i.name_zh, i.name_en
ORDER BY reports DESC, places DESC, f.indicator
