-- title_zh: 目标与结果：每年目标对下一年报告所说的结果
-- title_en: The ledger: each year's targets against the results the next report claims
-- description_zh: 与所选报告同一地区（admin_code）的每份报告：N年报告提出的N年目标（kind = target），与N+1年报告所说的N年结果（kind = actual）按指标（indicator）对应；一项目标优先对应同一类型（measure）、同一基本单位的结果。下一年报告未载入的目标、未提目标的结果（仅当N年报告已载入）也各列一行。完成判定由 gwr/rules/ledger.py 按界限统一作出。报告对目标的自述（如“完成全年目标的110%”）另见 ledger_statements。
-- description_en: For every report of the chosen report's place (admin_code): the year-N targets of the report delivered in N (kind = target) beside the year-N results the report delivered in N+1 claims (kind = actual), matched by indicator; a target takes a result of its own measure and base unit first. A target whose later report is not loaded, and a result with no target (only when the year-N report is loaded), get a row each. Verdicts are decided from bounds in one place, gwr/rules/ledger.py. The reports' own statements about their targets ("110% of the annual target") are in ledger_statements.
-- params: report_id
-- columns: ledger_year, target_report, result_report, later_report_loaded, indicator, sector, metric_zh, metric_en, target_fact, target_value, target_value_high, target_unit, target_value_base, target_unit_base, target_measure, target_bound, target_stretch, target_qualifier_zh, target_pair_note, target_pair_note_zh, target_quote, result_fact, result_value, result_value_high, result_unit, result_value_base, result_unit_base, result_measure, result_bound, result_stretch, result_qualifier_zh, result_pair_note, result_pair_note_zh, result_quote
WITH chain AS (
    -- Every report of the chosen report's place.
    SELECT r.report_id, r.reviews_year, r.targets_year
    FROM reports AS r
    WHERE r.admin_code = (SELECT admin_code FROM reports WHERE report_id = $report_id)
), target AS (
    SELECT f.*, c.targets_year AS ledger_year FROM facts AS f JOIN chain AS c USING (report_id)
    WHERE f.kind = 'target' AND f.year = c.targets_year AND f.restates IS NULL
), result AS (
    -- A report's statement about its own targets (完成全年目标的110%) is the report's claim, listed apart.
    SELECT f.*, c.reviews_year AS ledger_year FROM facts AS f JOIN chain AS c USING (report_id)
    WHERE f.kind = 'actual' AND f.year = c.reviews_year AND f.restates IS NULL
      AND NOT (f.measure = 'ratio' AND f.metric_zh LIKE '%目标%')
), paired AS (
    SELECT t.fact_id AS target_fact, r.fact_id AS result_fact,
           row_number() OVER (
               PARTITION BY t.fact_id ORDER BY r.measure = t.measure DESC, r.unit_base = t.unit_base DESC, r.fact_id
           ) AS choice
    FROM target AS t JOIN result AS r ON r.ledger_year = t.ledger_year AND r.indicator = t.indicator
), rows AS (
    SELECT t.ledger_year, t.report_id AS target_report, later.report_id AS result_report,
           t.indicator, t.sector, t.metric_zh, t.metric_en, t.fact_id AS target_fact, r.fact_id AS result_fact
    FROM target AS t
    LEFT JOIN chain AS later ON later.reviews_year = t.ledger_year
    LEFT JOIN paired AS p ON p.target_fact = t.fact_id AND p.choice = 1
    LEFT JOIN result AS r ON r.fact_id = p.result_fact
    UNION ALL
    SELECT r.ledger_year, earlier.report_id, r.report_id, r.indicator, r.sector, r.metric_zh, r.metric_en,
           NULL, r.fact_id
    FROM result AS r
    JOIN chain AS earlier ON earlier.targets_year = r.ledger_year
    WHERE NOT EXISTS (SELECT 1 FROM target AS t WHERE t.ledger_year = r.ledger_year AND t.indicator = r.indicator)
)
SELECT x.ledger_year, x.target_report, x.result_report, x.result_report IS NOT NULL AS later_report_loaded,
       x.indicator, x.sector, x.metric_zh, x.metric_en,
       x.target_fact, t.value AS target_value, t.value_high AS target_value_high, t.unit AS target_unit,
       t.value_base AS target_value_base, t.unit_base AS target_unit_base, t.measure AS target_measure,
       t.bound AS target_bound, t.stretch AS target_stretch, t.qualifier_zh AS target_qualifier_zh,
       t.pair_note AS target_pair_note, t.pair_note_zh AS target_pair_note_zh, t.quote AS target_quote,
       x.result_fact, r.value AS result_value, r.value_high AS result_value_high, r.unit AS result_unit,
       r.value_base AS result_value_base, r.unit_base AS result_unit_base, r.measure AS result_measure,
       r.bound AS result_bound, r.stretch AS result_stretch, r.qualifier_zh AS result_qualifier_zh,
       r.pair_note AS result_pair_note, r.pair_note_zh AS result_pair_note_zh, r.quote AS result_quote
FROM rows AS x
LEFT JOIN facts AS t ON t.fact_id = x.target_fact
LEFT JOIN facts AS r ON r.fact_id = x.result_fact
ORDER BY x.ledger_year DESC, x.target_fact IS NULL, x.sector, x.indicator, x.target_fact, x.result_fact
