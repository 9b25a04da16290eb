-- title_zh: 用文字表述的2023年目标及其2022年对应
-- title_en: 2023 targets stated in words, with their 2022 counterpart
-- description_zh: 至少一侧为无阿拉伯数字表述（排名、倍增、全覆盖、中文数字等）的2022年实绩与2023年目标，按指标并列；无对应的一侧为空。
-- description_en: 2022 results and 2023 targets of one indicator where at least one side is a claim without a digit (a rank, doubling, full coverage, Chinese numerals …), side by side; a side with no counterpart is empty.
-- params: report_id
-- columns: indicator, sector, metric_zh, metric_en, id_2022, source_2022, claim_type_2022, words_2022, value_2022, unit_2022, rank_2022, grade_2022, scope_2022, bound_2022, stretch_2022, qualifier_zh_2022, value_base_2022, unit_base_2022, quote_2022, id_2023, source_2023, claim_type_2023, words_2023, value_2023, unit_2023, rank_2023, grade_2023, scope_2023, bound_2023, stretch_2023, qualifier_zh_2023, value_base_2023, unit_base_2023, quote_2023
WITH claim AS (
    SELECT * FROM claims WHERE restates IS NULL AND ($report_id IS NULL OR report_id = $report_id)
), side AS (
    SELECT report_id, indicator, year, kind, sector, metric_zh, metric_en, claim_id AS id, 'claim' AS source, claim_type,
           words_zh AS words, value, unit, rank, grade, scope, NULL AS bound, stretch, qualifier_zh,
           NULL::DOUBLE AS value_base, NULL AS unit_base, quote
    FROM claim
    UNION ALL
    SELECT report_id, indicator, year, kind, sector, metric_zh, metric_en, fact_id, 'fact', NULL, NULL, value, unit, NULL, NULL,
           NULL, bound, stretch, qualifier_zh, value_base, unit_base, quote
    FROM facts
    WHERE restates IS NULL AND EXISTS (SELECT 1 FROM claim AS c WHERE c.report_id = facts.report_id AND c.indicator = facts.indicator)
      AND ($report_id IS NULL OR report_id = $report_id)
)
SELECT t.indicator, t.sector, t.metric_zh, t.metric_en,
       a.id AS id_2022, a.source AS source_2022, a.claim_type AS claim_type_2022, a.words AS words_2022,
       a.value AS value_2022, a.unit AS unit_2022, a.rank AS rank_2022, a.grade AS grade_2022, a.scope AS scope_2022,
       a.bound AS bound_2022, a.stretch AS stretch_2022, a.qualifier_zh AS qualifier_zh_2022, a.value_base AS value_base_2022,
       a.unit_base AS unit_base_2022, a.quote AS quote_2022,
       t.id AS id_2023, t.source AS source_2023, t.claim_type AS claim_type_2023, t.words AS words_2023,
       t.value AS value_2023, t.unit AS unit_2023, t.rank AS rank_2023, t.grade AS grade_2023, t.scope AS scope_2023,
       t.bound AS bound_2023, t.stretch AS stretch_2023, t.qualifier_zh AS qualifier_zh_2023, t.value_base AS value_base_2023,
       t.unit_base AS unit_base_2023, t.quote AS quote_2023
FROM side AS t
JOIN reports AS y ON y.report_id = t.report_id
LEFT JOIN side AS a ON a.report_id = t.report_id AND a.indicator = t.indicator AND a.year = y.reviews_year AND a.kind = 'actual'
WHERE t.year = y.targets_year AND t.kind = 'target' AND (t.source = 'claim' OR a.source = 'claim')
ORDER BY t.sector, t.indicator
