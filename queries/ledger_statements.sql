-- title_zh: 报告对上一年目标的自述
-- title_en: The reports' own statements about their targets
-- description_zh: 与所选报告同一地区的每份报告中，对所回顾年份目标完成情况的自述（如“完成全年目标的110%”：kind = actual、measure = ratio、指标名含“目标”），照录为报告的说法，不是本站的判定。
-- description_en: What each report of the chosen report's place says about how its reviewed year's targets were met ("110% of the annual target": kind = actual, measure = ratio, a metric naming 目标), as the report's own claims, not our verdicts.
-- params: report_id
-- columns: ledger_year, result_report, fact_id, indicator, sector, metric_zh, metric_en, value, value_high, unit, value_base, unit_base, bound, stretch, qualifier_zh, quote
SELECT c.reviews_year AS ledger_year, f.report_id AS result_report, f.fact_id, f.indicator, f.sector,
       i.name_zh AS metric_zh, i.name_en AS metric_en, f.value, f.value_high, f.unit, f.value_base, f.unit_base, f.bound, f.stretch,
       f.qualifier_zh, f.quote
FROM facts AS f
JOIN reports AS c USING (report_id)
JOIN indicators AS i USING (indicator)
WHERE c.admin_code = (SELECT admin_code FROM reports WHERE report_id = $report_id)
  AND f.kind = 'actual' AND f.year = c.reviews_year AND f.restates IS NULL
  AND f.measure = 'ratio' AND f.metric_zh LIKE '%目标%'
ORDER BY ledger_year DESC, f.fact_id
