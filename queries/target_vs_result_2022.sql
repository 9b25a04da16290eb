-- title_zh: 2022年目标完成情况：报告所述与两句引文之比
-- title_en: 2022 targets: the report's own statements, and results against targets from two quotes
-- description_zh: 报告自身给出的2022年完成率（如“完成全年目标的110%”，source = report），以及同一指标的2022年目标与2022年实绩两句引文（source = quotes），由 jianxi/comparison.py 判定能否相除。报告没有给出2022年的增速实绩，2022年政府工作报告的目标也不在本数据中。
-- description_en: The report's own 2022 completion statements (such as "110% of the annual target", source = report), and an indicator's 2022 target quoted beside its 2022 result (source = quotes), for jianxi/comparison.py to decide whether one may be divided by the other. The report gives no 2022 growth results, and the 2022 report's own targets are not in these data.
-- params: report_id
-- columns: report_id, source, indicator, metric_zh, metric_en, stated_pct, result_fact, result_year, result_kind, result_measure, result_value, result_unit, result_base, result_unit_base, result_bound, result_stretch, result_qualifier_zh, result_quote, target_fact, target_year, target_kind, target_measure, target_value, target_unit, target_base, target_unit_base, target_bound, target_stretch, target_qualifier_zh, target_quote
SELECT report_id, 'report' AS source, indicator, metric_zh, metric_en, value AS stated_pct,
       fact_id AS result_fact, year AS result_year, kind AS result_kind, measure AS result_measure,
       value AS result_value, unit AS result_unit, value_base AS result_base, unit_base AS result_unit_base,
       bound AS result_bound, stretch AS result_stretch, qualifier_zh AS result_qualifier_zh, quote AS result_quote,
       NULL AS target_fact, NULL::BIGINT AS target_year, NULL AS target_kind, NULL AS target_measure,
       NULL::DOUBLE AS target_value, NULL AS target_unit, NULL::DOUBLE AS target_base, NULL AS target_unit_base,
       NULL AS target_bound, NULL AS target_stretch, NULL AS target_qualifier_zh, NULL AS target_quote
FROM facts JOIN reports AS r USING (report_id)
WHERE year = r.reviews_year AND kind = 'actual' AND measure = 'ratio' AND metric_zh LIKE '%目标%' AND restates IS NULL
  AND ($report_id IS NULL OR report_id = $report_id)
UNION ALL
SELECT a.report_id, 'quotes', a.indicator, a.metric_zh, a.metric_en, NULL,
       a.fact_id, a.year, a.kind, a.measure, a.value, a.unit, a.value_base, a.unit_base,
       a.bound, a.stretch, a.qualifier_zh, a.quote,
       t.fact_id, t.year, t.kind, t.measure, t.value, t.unit, t.value_base, t.unit_base,
       t.bound, t.stretch, t.qualifier_zh, t.quote
FROM facts AS a
JOIN facts AS t ON t.indicator = a.indicator AND t.year = a.year AND t.kind = 'target' AND t.restates IS NULL
                 AND t.report_id = a.report_id
JOIN reports AS r ON r.report_id = a.report_id
WHERE a.year = r.reviews_year AND a.kind = 'actual' AND a.restates IS NULL AND ($report_id IS NULL OR a.report_id = $report_id)
ORDER BY source DESC, indicator
