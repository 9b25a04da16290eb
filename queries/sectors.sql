-- title_zh: 领域一览
-- title_en: Sectors at a glance
-- description_zh: 每个领域2022年实绩与2023年目标的数字个数。
-- description_en: How many figures each sector has, 2022 results and 2023 targets.
-- params:
-- columns: sector, figures, actual_2022, target_2023
SELECT sector, count(*) AS figures,
       count(*) FILTER (WHERE year = 2022 AND kind = 'actual') AS actual_2022,
       count(*) FILTER (WHERE year = 2023 AND kind = 'target') AS target_2023
FROM facts
WHERE restates IS NULL
GROUP BY sector
ORDER BY figures DESC, sector
