-- Seeds :n documents with search entries in the measured estate and as many in a second estate. Titles, index numbers,
-- categories and "extracted text" (~300–600 characters) are drawn from phrases of the archive's own vocabulary, with
-- unit numbers that make each document distinct. Variables: n, estate, other.
\set ON_ERROR_STOP on
CREATE TEMP TABLE phrases(i int, p text);
INSERT INTO phrases SELECT row_number() OVER () - 1, p FROM unnest(ARRAY[
  '业主入住登记表', '前期物业服务合同', '临时管理规约', '身份证复印件', '装修申请表', '装修安全协议', '施工图纸',
  '装修验收记录', '整改通知单', '违章搭建', '欠费催缴记录', '维修记录', '卫生间漏水', '厨房下水道堵塞', '电梯年检证书',
  '二次供水水箱清洗', '防雷检测报告', '消防设施检测', '投诉处理记录', '满意度调查', '停车位租赁', '门禁卡办理',
  '物业管理费', '水电费', '公共区域照明', '外墙渗水', '空调冷凝水', '垃圾清运', '绿化养护', '监控录像调取',
  '钥匙移交', '房屋交接', '设备维护保养', '档案借阅', 'invoice', 'water meter', 'contract renewal', 'handover',
  '管道更换', '窗户玻璃破损'
]) AS p;
CREATE TEMP TABLE estates(e uuid, k int);
INSERT INTO estates VALUES (:'estate', 0), (:'other', 1);
INSERT INTO documents (id, estate_id, file_id, title, category, level, retention_years, index_number, filed_at, filed_by,
                       current_version, retain_until, is_public)
SELECT gen_random_uuid(), e.e, gen_random_uuid(),
       (SELECT p FROM phrases WHERE i = (g * 7 + e.k) % 40) || ' ' || (g % 30 + 1) || '栋-' || (g % 4 + 1) || '-' || (g % 3000 + 101),
       (ARRAY['MoveInForm','Contract','IdCopy','DecorationFile','RepairRecord','ComplaintRecord','InspectionCertificate'])[g % 7 + 1],
       (ARRAY['A','B','C'])[g % 3 + 1], 30, 'KH-' || (g % 30 + 1) || '-' || (g % 12 + 1) || '-' || (g % 40 + 1),
       now() - make_interval(mins => g), 'bench', 1, now() + interval '30 years', false
FROM generate_series(1, :n) AS g, estates e;
INSERT INTO document_search (document_id, estate_id, version, search_text, has_content_text, text_extracted_at)
SELECT d.id, d.estate_id, 1,
       d.title || E'\n' || d.index_number || E'\n' || d.category || E'\n' ||
       (SELECT string_agg(p, '，' ORDER BY o) FROM (
           SELECT p, o FROM generate_series(1, 20 + (hashtext(d.id::text) & 15)) AS o
           JOIN phrases ON i = abs(hashtext(d.id::text || o::text)) % 40) x),
       true, now()
FROM documents d;
ANALYZE documents;
ANALYZE document_search;
