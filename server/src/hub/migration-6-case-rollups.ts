// Migration 6: the case columns of period reports from rollups, as the visit columns are (migration 4).
// A regional year holds millions of cases; counting them per report is seconds. A trigger on the cases
// table (made by migration 3) keeps, per office, registration day and sector (and '' for the whole
// office), how many were registered and how many answered on time and late: the row a case leaves
// loses it, the row it joins gains it, so a case answered months later moves its count once. Whether
// an open case is overdue depends on the hour the report is read, so that is counted from the open
// cases themselves, which are few (migration 3 indexes them).
export const MIGRATION_6 = {
  version: 6,
  name: 'case rollups for period reports, kept by a trigger on cases',
  sql: `
CREATE TABLE region_case_rollups (
  sector_id text NOT NULL,
  registered_on text NOT NULL,
  office_id text NOT NULL REFERENCES offices (id),
  registered integer NOT NULL DEFAULT 0,
  answered_on_time integer NOT NULL DEFAULT 0,
  answered_late integer NOT NULL DEFAULT 0,
  PRIMARY KEY (sector_id, registered_on, office_id)
);

CREATE FUNCTION region_case_rollup_add(c cases, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  on_time integer := CASE WHEN c.answered_at IS NOT NULL AND c.answered_on_time THEN sign ELSE 0 END;
  late integer := CASE WHEN c.answered_at IS NOT NULL AND NOT c.answered_on_time THEN sign ELSE 0 END;
BEGIN
  INSERT INTO region_case_rollups AS r (sector_id, registered_on, office_id, registered, answered_on_time, answered_late)
  VALUES ('', c.registered_on, c.office_id, sign, on_time, late), (c.sector_id, c.registered_on, c.office_id, sign, on_time, late)
  ON CONFLICT (sector_id, registered_on, office_id) DO UPDATE SET
    registered = r.registered + EXCLUDED.registered,
    answered_on_time = r.answered_on_time + EXCLUDED.answered_on_time,
    answered_late = r.answered_late + EXCLUDED.answered_late;
END $$;

CREATE FUNCTION region_case_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.registered_on = NEW.registered_on AND OLD.sector_id = NEW.sector_id
     AND OLD.answered_at IS NOT DISTINCT FROM NEW.answered_at
     AND OLD.answered_on_time IS NOT DISTINCT FROM NEW.answered_on_time THEN
    RETURN NULL; -- nothing the rollup counts has changed (a note, a hand-over)
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM region_case_rollup_add(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM region_case_rollup_add(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER region_case_rollup AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION region_case_rollup();

-- The cases stored before this migration.
INSERT INTO region_case_rollups (sector_id, registered_on, office_id, registered, answered_on_time, answered_late)
SELECT s.sector_id, c.registered_on, c.office_id, count(*),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.answered_on_time),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND NOT c.answered_on_time)
FROM cases c CROSS JOIN LATERAL (VALUES (''), (c.sector_id)) AS s (sector_id)
GROUP BY s.sector_id, c.registered_on, c.office_id;
`,
} as const satisfies { version: number; name: string; sql: string };
