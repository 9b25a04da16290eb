-- title_zh: 无阿拉伯数字的表述
-- title_en: Claims without a digit
-- description_zh: 报告中不含阿拉伯数字的排名、等级、中文数字数量、零、倍增、全覆盖和隐含占比，附原文用词及其补充的数字（若有）。
-- description_en: Ranks, grades, quantities in Chinese numerals or words, zero, doubling, full coverage and implied shares the report states without a digit, with the exact words and the digit figure the claim completes, if any.
-- params: report_id
-- columns: report_id, claim_id, indicator, year, kind, section, sector, claim_type, metric_zh, metric_en, words_zh, value, unit, rank, scope, grade, city_share_pct, stretch, qualifier_zh, fact_id, fact_value, fact_unit, quote, note
SELECT c.report_id, c.claim_id, c.indicator, c.year, c.kind, c.section, c.sector, c.claim_type, c.metric_zh, c.metric_en,
       c.words_zh, c.value, c.unit, c.rank, c.scope, c.grade, c.city_share_pct, c.stretch, c.qualifier_zh,
       c.fact_id, f.value AS fact_value, f.unit AS fact_unit, c.quote, c.note
FROM claims AS c
LEFT JOIN facts AS f USING (fact_id)
WHERE c.restates IS NULL AND ($report_id IS NULL OR c.report_id = $report_id)
ORDER BY c.year, c.sector, c.claim_id
