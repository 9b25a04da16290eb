-- title_zh: 集群的企业与项目
-- title_en: Enterprises and projects of a cluster
-- description_zh: 所选集群的龙头企业、企业、项目和机构，及报告给出的项目数字。
-- description_en: The chosen cluster's lead enterprises, enterprises, projects and institutions, with any figure the report gives.
-- params: cluster_id
-- columns: member_type, name_zh, name_en, fact_id, value, unit, qualifier_zh, metric_zh, metric_en, quote
SELECT m.member_type, m.name_zh, m.name_en, m.fact_id, f.value, f.unit, f.qualifier_zh,
       f.metric_zh, f.metric_en, m.quote
FROM cluster_members AS m
LEFT JOIN facts AS f USING (fact_id)
WHERE m.cluster_id = $cluster_id
ORDER BY list_position(['lead_enterprise', 'enterprise', 'project', 'institution'], m.member_type), m.name_zh
