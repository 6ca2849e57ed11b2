-- :estate gets 100,000 units (50 buildings x 4 entrances x 25 floors x 20 a floor), :other 10,000 (10 buildings, 2 entrances).
INSERT INTO estates (id, code, name, company, kind, address, time_zone, registered_at) VALUES
  (:'estate', 'B-' || left(:'estate', 8), '基准小区', '基准物业', 'Residential', '基准路1号', 'Asia/Shanghai', now()),
  (:'other', 'B-' || left(:'other', 8), '邻近小区', '基准物业', 'Residential', '基准路2号', 'Asia/Shanghai', now());
INSERT INTO buildings (id, estate_id, code, name, type, floors, entrances)
SELECT gen_random_uuid(), e.id, b || '栋', b || '号楼', '高层住宅', 25, 4
FROM (VALUES (:'estate'::uuid, 50), (:'other'::uuid, 10)) AS e(id, n), generate_series(1, e.n) AS b;
INSERT INTO units (id, estate_id, building_id, entrance, floor, number, layout, building_area, usable_area, usage, registered_at, building_code)
SELECT gen_random_uuid(), b.estate_id, b.id, en::text, f, f::text || lpad(n::text, 2, '0'), '3室2厅2卫', 118.50, 92.43, 'Residence', now(), b.code
FROM buildings b, generate_series(1, 4) en, generate_series(1, 25) f, generate_series(1, 20) n
WHERE b.estate_id IN (:'estate', :'other') AND (b.estate_id = :'estate' OR en <= 2);
ANALYZE units;
