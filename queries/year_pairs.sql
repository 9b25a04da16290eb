-- title_zh: 2022年成绩与2023年目标对照
-- title_en: 2022 results against 2023 targets
-- description_zh: 同一指标既有2022年实绩又有2023年目标的，并列两年数值、界限、努力目标措辞与基本单位；口径不同的注明差异（pair_note）。是否可计算变化由 jianxi/comparison.py 统一判定。
-- description_en: Indicators with both a 2022 result and a 2023 target, side by side with bounds, stretch words and base units; pairs that are not like for like carry their pair_note. Whether a change may be computed is decided in one place, jianxi/comparison.py.
-- params: report_id, sector
-- columns: report_id, indicator, sector, metric_zh, metric_en, fact_2022, fact_2023, value_2022, unit_2022, bound_2022, stretch_2022, qualifier_zh_2022, value_2023, unit_2023, bound_2023, stretch_2023, qualifier_zh_2023, value_base_2022, unit_base_2022, value_base_2023, unit_base_2023, comparable_units, pair_note, pair_note_zh, quote_2022, quote_2023
WITH actual AS (
    SELECT facts.* FROM facts JOIN reports AS r USING (report_id)
    WHERE year = r.reviews_year AND kind = 'actual' AND restates IS NULL AND measure = 'level' AND ($report_id IS NULL OR report_id = $report_id)
), target AS (
    SELECT facts.* FROM facts JOIN reports AS r USING (report_id)
    WHERE year = r.targets_year AND kind = 'target' AND restates IS NULL AND measure = 'level' AND ($report_id IS NULL OR report_id = $report_id)
)
SELECT t.report_id, t.indicator, t.sector, t.metric_zh, t.metric_en,
       a.fact_id AS fact_2022, t.fact_id AS fact_2023,
       a.value AS value_2022, a.unit AS unit_2022, a.bound AS bound_2022, a.stretch AS stretch_2022, a.qualifier_zh AS qualifier_zh_2022,
       t.value AS value_2023, t.unit AS unit_2023, t.bound AS bound_2023, t.stretch AS stretch_2023, t.qualifier_zh AS qualifier_zh_2023,
       a.value_base AS value_base_2022, a.unit_base AS unit_base_2022,
       t.value_base AS value_base_2023, t.unit_base AS unit_base_2023,
       a.unit_base = t.unit_base AS comparable_units,
       coalesce(t.pair_note, a.pair_note) AS pair_note,
       coalesce(t.pair_note_zh, a.pair_note_zh) AS pair_note_zh,
       a.quote AS quote_2022, t.quote AS quote_2023
FROM actual AS a
JOIN target AS t USING (report_id, indicator)
WHERE $sector IS NULL OR t.sector = $sector
ORDER BY t.sector, t.indicator
