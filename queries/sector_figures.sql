-- title_zh: 领域内全部数字
-- title_en: All figures of a sector
-- description_zh: 所选领域两个年度的全部数字（不含重复表述），按单位分组。
-- description_en: Every figure of the chosen sector in both years (restatements left out), grouped by unit.
-- params: sector
-- columns: fact_id, indicator, year, kind, metric_zh, metric_en, value, unit, value_base, unit_base, measure, qualifier, qualifier_zh, city_share_pct, city_rank, pair_note, pair_note_zh, quote, locator
SELECT fact_id, indicator, year, kind, metric_zh, metric_en, value, unit, value_base, unit_base, measure,
       qualifier, qualifier_zh, city_share_pct, city_rank, pair_note, pair_note_zh, quote, locator
FROM facts
WHERE sector = $sector AND restates IS NULL
ORDER BY unit_base, year, value_base DESC
