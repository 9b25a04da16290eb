-- title_zh: 数字表（可筛选）
-- title_en: The fact table, filtered
-- description_zh: 按领域、年度、类型、措辞（界限或努力目标）和关键词筛选的全部数字；参数为空表示不筛选。
-- description_en: Every figure, filtered by sectors, years, kinds, wordings (a bound such as at_least, or 'stretch' for a stretch goal) and a search text; an empty parameter means no filter.
-- params: report_id, sectors, years, kinds, wordings, search
-- columns: report_id, fact_id, indicator, year, period, kind, section, locator, sector, metric_zh, metric_en, value, value_high, unit, value_base, unit_base, measure, bound, stretch, qualifier_zh, city_share_pct, city_rank, quote, pair_note, pair_note_zh, note, note_zh, restates
SELECT report_id, fact_id, indicator, year, period, kind, section, locator, sector, metric_zh, metric_en, value, value_high,
       unit, value_base, unit_base, measure, bound, stretch, qualifier_zh, city_share_pct, city_rank, quote, pair_note,
       pair_note_zh, note, note_zh, restates
FROM facts
WHERE ($report_id IS NULL OR report_id = $report_id)
  AND ($sectors IS NULL OR list_contains($sectors, sector))
  AND ($years IS NULL OR list_contains($years, year))
  AND ($kinds IS NULL OR list_contains($kinds, kind))
  AND ($wordings IS NULL OR list_contains($wordings, bound)
       OR (list_contains($wordings, 'stretch') AND stretch IS NOT NULL))
  AND ($search IS NULL
       OR contains(lower(metric_zh || ' ' || metric_en || ' ' || quote || ' ' || fact_id), lower($search)))
ORDER BY year, fact_id
