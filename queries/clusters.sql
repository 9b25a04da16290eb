-- title_zh: 产业集群与“风口”方向
-- title_en: Industry clusters and 风口 directions
-- description_zh: 第三部分（二）的六大产业集群和三大“风口”产业方向，及其成员数。
-- description_en: The six industry clusters of part 三(二) and the three 风口 directions, with their member counts.
-- params:
-- columns: cluster_id, cluster_type, name_zh, name_en, focus_zh, focus_en, members, quote
SELECT c.cluster_id, c.cluster_type, c.name_zh, c.name_en, c.focus_zh, c.focus_en,
       count(m.name_zh) AS members, c.quote
FROM clusters AS c
LEFT JOIN cluster_members AS m USING (cluster_id)
GROUP BY ALL
ORDER BY c.cluster_type DESC, c.cluster_id
