-- Tops the demo register (28 estates) up to :units units, each with one owner and an ownership, set-based in one
-- transaction. Rows get no outbox events: other services never hear of them, which is what a read benchmark wants.
BEGIN;
CREATE TEMP TABLE bench_buildings AS
  SELECT (row_number() OVER (ORDER BY estate_id, code) - 1)::int AS k, id, estate_id, code FROM buildings;
CREATE TEMP TABLE bench_n AS
  SELECT (SELECT count(*) FROM bench_buildings)::int AS buildings, greatest(:units - (SELECT count(*) FROM units), 0)::int AS missing;

INSERT INTO units (id, estate_id, building_id, building_code, entrance, floor, number, layout, building_area, usable_area, usage, registered_at)
SELECT md5('bench-unit-' || g)::uuid, b.estate_id, b.id, b.code, 'S' || (g % 4 + 1), g % 33 + 1, 'S' || g,
       (ARRAY['1室1厅1卫','2室1厅1卫','2室2厅1卫','3室2厅1卫','3室2厅2卫','4室2厅2卫'])[1 + g % 6],
       (ARRAY[56.20, 78.35, 89.30, 102.80, 118.50, 143.60])[1 + g % 6],
       round((ARRAY[56.20, 78.35, 89.30, 102.80, 118.50, 143.60])[1 + g % 6] * 0.8, 2),
       CASE WHEN g % 13 = 0 THEN 'Vacant' ELSE 'Residence' END, now()
FROM bench_n, generate_series(1, bench_n.missing) g
JOIN bench_buildings b ON b.k = g % (SELECT buildings FROM bench_n);

INSERT INTO owners (id, estate_id, kind, name, gender, phone, id_document_type, id_number_cipher, id_number_hash, id_number_masked, native_place, address, registered_at)
SELECT md5('bench-owner-' || g)::uuid, u.estate_id, 'Person',
       (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + g % 20]
         || (ARRAY['伟','芳','娜','秀','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','兰','霞','平','刚','桂','英','华','文','建','国','玉','红'])[1 + (g / 20) % 30]
         || CASE WHEN g % 3 = 0 THEN '' ELSE (ARRAY['民','东','梅','峰','斌','辉','鹏','婷','琳','晨','宇','欣'])[1 + (g / 600) % 12] END,
       CASE WHEN g % 2 = 0 THEN 'Male' ELSE 'Female' END,
       '13' || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'),
       'ResidentIdCard', 'bench', 'bench-' || g, '110***********' || lpad((g % 10000)::text, 4, '0'), '北京市', '', now()
FROM bench_n, generate_series(1, bench_n.missing) g
JOIN units u ON u.id = md5('bench-unit-' || g)::uuid;

INSERT INTO ownerships (id, estate_id, unit_id, owner_id, started_on)
SELECT md5('bench-ownership-' || g)::uuid, u.estate_id, u.id, md5('bench-owner-' || g)::uuid, DATE '2018-01-01'
FROM bench_n, generate_series(1, bench_n.missing) g
JOIN units u ON u.id = md5('bench-unit-' || g)::uuid;
COMMIT;
ANALYZE units; ANALYZE owners; ANALYZE ownerships;
SELECT format('%s estates, %s units, %s owners', (SELECT count(*) FROM estates), (SELECT count(*) FROM units), (SELECT count(*) FROM owners));
