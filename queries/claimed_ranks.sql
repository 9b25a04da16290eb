-- title_zh: 报告自述的排名、等级、“首个”与“最”
-- title_en: Ranks, grades, firsts and superlatives the report claims
-- description_zh: 报告所称的排名（数字表中的 city_rank 与无数字表述的排名）、等级、梯队、“首个、首家”与“最大、最快”，均为报告自述，并非统计部门发布。
-- description_en: Every rank (city_rank of the fact table and ranks stated without a digit), grade, tier, "first" and superlative ("largest", "fastest") the report claims; all are the report's own statements, not statistics-bureau releases.
-- params: report_id
-- columns: report_id, id, source, year, kind, sector, metric_zh, metric_en, claim_type, words_zh, rank, scope, grade, stretch, quote
SELECT report_id, fact_id AS id, 'fact' AS source, year, kind, sector, metric_zh, metric_en, 'rank' AS claim_type,
       NULL AS words_zh, city_rank AS rank, 'city' AS scope, NULL AS grade, NULL AS stretch, quote
FROM facts
WHERE city_rank IS NOT NULL AND restates IS NULL AND ($report_id IS NULL OR report_id = $report_id)
UNION ALL
SELECT report_id, claim_id, 'claim', year, kind, sector, metric_zh, metric_en, claim_type, words_zh, rank, scope, grade, stretch,
       quote
FROM claims
WHERE claim_type IN ('rank', 'first', 'superlative', 'grade') AND restates IS NULL
  AND ($report_id IS NULL OR report_id = $report_id)
ORDER BY year, kind, sector, id
