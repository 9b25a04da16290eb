-- title_zh: 2022年目标完成情况
-- title_en: 2022 targets against results
-- description_zh: 报告自身给出的2022年目标与实绩：同一指标的2022年目标与实绩并列，以及“完成全年目标的…%”之类的完成率。
-- description_en: The report's own 2022 target-versus-result statements: an indicator's 2022 goal beside its result, and completion ratios such as "110% of the annual target".
-- params:
-- columns: indicator, metric_zh, metric_en, target_value, result_value, target_base, result_base, unit, unit_base, completion_pct, target_quote, result_quote, target_fact, result_fact
SELECT a.indicator, a.metric_zh, a.metric_en, t.value AS target_value, a.value AS result_value,
       t.value_base AS target_base, a.value_base AS result_base, a.unit, a.unit_base,
       a.value_base / t.value_base * 100 AS completion_pct,
       t.quote AS target_quote, a.quote AS result_quote, t.fact_id AS target_fact, a.fact_id AS result_fact
FROM facts AS a
JOIN facts AS t ON t.indicator = a.indicator AND t.year = 2022 AND t.kind = 'target' AND t.unit_base = a.unit_base
WHERE a.year = 2022 AND a.kind = 'actual'
UNION ALL
SELECT indicator, metric_zh, metric_en, NULL, NULL, NULL, NULL, unit, unit_base, value, NULL, quote, NULL, fact_id
FROM facts
WHERE year = 2022 AND kind = 'actual' AND measure = 'ratio' AND metric_zh LIKE '%目标%'
