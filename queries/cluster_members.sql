-- title_zh: 集群的企业与项目
-- title_en: Enterprises and projects of a cluster
-- description_zh: 所选集群的产业园、龙头企业、企业、项目和机构，及报告给出的数字或无数字表述（如“翻番”）。
-- description_en: The chosen cluster's parks, lead enterprises, enterprises, projects and institutions, with any figure or claim without a digit (such as 翻番, doubling) the report gives.
-- params: cluster_id
-- columns: member_type, name_zh, name_en, fact_id, value, unit, value_base, unit_base, bound, stretch, qualifier_zh, metric_zh, metric_en, claim_id, claim_type, words_zh, claim_value, claim_unit, claim_stretch, rank, grade, scope, quote
SELECT m.member_type, m.name_zh, m.name_en, m.fact_id, f.value, f.unit, f.value_base, f.unit_base, f.bound, f.stretch,
       f.qualifier_zh,
       f.metric_zh, f.metric_en, m.claim_id, c.claim_type, c.words_zh, c.value AS claim_value, c.unit AS claim_unit,
       c.stretch AS claim_stretch, c.rank, c.grade, c.scope, m.quote
FROM cluster_members AS m
LEFT JOIN facts AS f USING (fact_id)
LEFT JOIN claims AS c USING (claim_id)
WHERE m.cluster_id = $cluster_id
ORDER BY list_position(['park', 'lead_enterprise', 'enterprise', 'project', 'institution'], m.member_type), m.name_zh
