-- title_zh: 领域一览
-- title_en: Sectors at a glance
-- description_zh: 每个领域的行数与不重复的数字个数（不计重复表述，即 restates 为空的行；与 jianxi/counts.py 的定义相同），及其中2022年实绩与2023年目标的个数。
-- description_en: Per sector, its rows and its distinct figures (rows that restate nothing, restates IS NULL: the definition of jianxi/counts.py), and how many of those are 2022 results and 2023 targets.
-- params: report_id
-- columns: report_id, sector, rows, figures, actual_2022, target_2023
SELECT report_id, sector, count(*) AS rows,
       count(*) FILTER (WHERE restates IS NULL) AS figures,
       count(*) FILTER (WHERE restates IS NULL AND year = r.reviews_year AND kind = 'actual') AS actual_2022,
       count(*) FILTER (WHERE restates IS NULL AND year = r.targets_year AND kind = 'target') AS target_2023
FROM facts JOIN reports AS r USING (report_id)
WHERE ($report_id IS NULL OR report_id = $report_id)
GROUP BY report_id, sector
ORDER BY report_id, figures DESC, sector
