-- title_zh: 2022年主要成绩
-- title_en: Headline results of 2022
-- description_zh: 2022年的主要总量指标及其全市占比和排名，按报告顺序。
-- description_en: The main 2022 totals with their share of the city and rank, in report order.
-- params: report_id
-- columns: report_id, fact_id, indicator, sector, metric_zh, metric_en, value, unit, value_base, unit_base, bound, stretch, qualifier_zh, city_share_pct, city_rank, quote
SELECT report_id, fact_id, indicator, sector, metric_zh, metric_en, value, unit, value_base, unit_base,
       bound, stretch, qualifier_zh, city_share_pct, city_rank, quote
FROM facts JOIN reports AS r USING (report_id)
WHERE year = r.reviews_year AND kind = 'actual' AND restates IS NULL AND ($report_id IS NULL OR report_id = $report_id)
  AND indicator IN ('gdp', 'major_projects_investment', 'imports_exports', 'retail_sales',
                    'high_tech_enterprises', 'tech_smes', 'listed_companies', 'new_urban_jobs')
ORDER BY list_position(['gdp', 'major_projects_investment', 'imports_exports', 'retail_sales',
                        'high_tech_enterprises', 'tech_smes', 'listed_companies', 'new_urban_jobs'], indicator)
