-- title_zh: 各区县所述占全市比重及其合计
-- title_en: The districts' stated shares of their city, and their sum
-- description_zh: 所选指标中，同一城市（parent_code）、同一年份、同一类型（measure）的结果（kind = actual，取回顾该年的报告）所述占全市比重，逐个地区并列，并给出合计；合计超过100%的说明各报告的说法不能同时成立。
-- description_en: For the chosen indicator, the shares of their city that the districts' results state (kind = actual, from the report reviewing that year), per city (parent_code), year and measure, side by side with their sum; a sum above 100% means the reports' claims cannot all hold.
-- params: indicator
-- columns: parent_zh, parent_en, parent_code, year, measure, report_id, report_year, place_zh, place_en, metric_zh, metric_en, fact_id, value, unit, value_base, unit_base, bound, qualifier_zh, city_share_pct, quote, places, share_sum
WITH shares AS (
    SELECT r.parent_zh, r.parent_en, r.parent_code, f.year, f.measure, f.report_id,
           CAST(left(CAST(r.delivered AS VARCHAR), 4) AS INTEGER) AS report_year, r.place_zh, r.place_en, r.admin_code,
           f.metric_zh, f.metric_en,
           f.fact_id, f.value, f.unit, f.value_base, f.unit_base, f.bound, f.qualifier_zh, f.city_share_pct, f.quote
    FROM facts AS f
    JOIN reports AS r USING (report_id)
    WHERE f.indicator = $indicator AND f.kind = 'actual' AND f.year = r.reviews_year AND f.restates IS NULL
      AND f.city_share_pct IS NOT NULL
)
SELECT parent_zh, parent_en, parent_code, year, measure, report_id, report_year, place_zh, place_en, metric_zh, metric_en,
       fact_id, value, unit,
       value_base, unit_base, bound, qualifier_zh, city_share_pct, quote,
       count(*) OVER city AS places, sum(city_share_pct) OVER city AS share_sum
FROM shares
WINDOW city AS (PARTITION BY parent_code, year, measure)
ORDER BY parent_code, year DESC, measure, city_share_pct DESC, admin_code
