-- title_zh: 占全市比重
-- title_en: Shares of the city total
-- description_zh: 报告写明占全市比重的每个数字，及由此推算的全市总量（数值 ÷ 比重）。
-- description_en: Every figure whose share of the Luoyang total the report states, with the implied city total (value ÷ share).
-- params: report_id, sectors
-- columns: report_id, fact_id, indicator, year, sector, metric_zh, metric_en, value, unit, value_base, unit_base, bound, stretch, qualifier_zh, city_share_pct, city_rank, implied_city_total, quote, locator
SELECT report_id, fact_id, indicator, year, sector, metric_zh, metric_en, value, unit, value_base, unit_base,
       bound, stretch, qualifier_zh, city_share_pct, city_rank,
       CASE WHEN measure = 'level' THEN value / city_share_pct * 100 END AS implied_city_total,
       quote, locator
FROM facts
WHERE city_share_pct IS NOT NULL AND restates IS NULL AND ($report_id IS NULL OR report_id = $report_id)
  AND ($sectors IS NULL OR list_contains($sectors, sector))
ORDER BY city_share_pct DESC, fact_id
