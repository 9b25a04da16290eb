-- title_zh: 已载入的报告
-- title_en: The reports loaded
-- description_zh: 报告登记表：每份报告一行（本库附带的涧西区报告，以及 data/reports 下另行加入的报告），含发布单位、地区、上级城市、会议、日期、回顾与部署的年份。按地区与年份排序。
-- description_en: The report register: one row per report (the shipped Jianxi report, and every report added under data/reports), with issuer, place, parent city, meeting, date, and the years it reviews and targets. Ordered by place and year.
-- params:
-- columns: report_id, issuer_zh, issuer_en, place_zh, place_en, admin_code, admin_level, parent_zh, parent_en, parent_code, meeting_zh, meeting_en, delivered, reviews_year, targets_year, source_url, source_kind, version
SELECT report_id, issuer_zh, issuer_en, place_zh, place_en, admin_code, admin_level, parent_zh, parent_en, parent_code,
       meeting_zh, meeting_en, CAST(delivered AS VARCHAR) AS delivered, reviews_year, targets_year, source_url, source_kind, version
FROM reports
ORDER BY parent_code, admin_code, delivered, report_id
