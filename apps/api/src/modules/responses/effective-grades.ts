import type { DataSource, EntityManager } from 'typeorm';
import type { Benchmarks, EffectiveGrades, Grade } from '@ses/scoring';

/**
 * The one place the API reads the grade that counts and the rate averages: the
 * `response_effective_grades` view (see its migration), the SQL twin of `effectiveGrade`
 * and `benchmarks` in @ses/scoring, held to them by effective-grades.int-spec.ts.
 */
export const EFFECTIVE_GRADES = 'response_effective_grades';

type Db = DataSource | EntityManager;

/**
 * Select-list expressions over a response aliased `alias`: `eff` maps theme keys (and ''
 * for the overall grade) to the grade that counts, `ov` lists what a buyer overrode
 * (theme keys, `overall` for the overall grade).
 */
export const effectiveColumns = (alias: string) => `
  (SELECT jsonb_object_agg(coalesce(e.theme, ''), e.grade) FILTER (WHERE e.grade IS NOT NULL)
     FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${alias}.id) AS eff,
  (SELECT array_agg(coalesce(e.theme, 'overall') ORDER BY e.theme NULLS FIRST) FILTER (WHERE e.overridden)
     FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${alias}.id) AS ov`;

/**
 * A condition on a response aliased `alias`: the grade that counts for `theme` (the overall
 * grade when null) equals `grade`. Both are SQL placeholders or literals.
 */
export const effectiveGradeIs = (alias: string, theme: string | null, grade: string) =>
  `EXISTS (SELECT 1 FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${alias}.id AND ${theme === null ? 'e.theme IS NULL' : `e.theme = ${theme}`} AND e.grade = ${grade})`;

/** The grade that counts for one theme of a response aliased `alias` (a scalar subquery). */
export const effectiveThemeGrade = (alias: string, theme: string) =>
  `(SELECT e.grade FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${alias}.id AND e.theme = ${theme})`;

/** Every grade of one response, as the pure `effectiveGrades` returns them; null when not graded. */
export async function readEffectiveGrades(db: Db, responseId: string): Promise<EffectiveGrades | null> {
  const rows: { theme: string | null; grade: Grade | null; computed_grade: Grade | null; overridden: boolean }[] = await db.query(
    `SELECT theme, grade, computed_grade, overridden FROM ${EFFECTIVE_GRADES} WHERE response_id = $1`,
    [responseId],
  );
  const overall = rows.find((r) => r.theme === null);
  if (!overall?.grade || !overall.computed_grade) return null;
  const themes: EffectiveGrades['themes'] = {};
  for (const r of rows) {
    if (r.theme === null || !r.grade || !r.computed_grade) continue;
    Object.defineProperty(themes, r.theme, {
      value: { grade: r.grade, computedGrade: r.computed_grade, overridden: r.overridden },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { overall: { grade: overall.grade, computedGrade: overall.computed_grade, overridden: overall.overridden }, themes };
}

/**
 * The campaign's grade distributions, counted by PostgreSQL: per theme and overall (theme
 * null), over submitted responses, by the grade that counts.
 */
export function gradeCounts(db: Db, campaignId: string): Promise<{ theme: string | null; grade: Grade | null; n: number }[]> {
  return db.query(
    `SELECT theme, grade, count(*)::int AS n FROM ${EFFECTIVE_GRADES}
     WHERE campaign_id = $1 AND status = 'submitted' GROUP BY 1, 2`,
    [campaignId],
  );
}

/**
 * The campaign's benchmarks (the pure `benchmarks`): average theme rate over submitted
 * responses, overall and per product type, N/A themes left out; averaged by PostgreSQL.
 */
export async function campaignBenchmarks(db: Db, organizationId: string, campaignId: string): Promise<Benchmarks> {
  const rows: { product_type: string | null; theme: string; avg: number; whole: boolean }[] = await db.query(
    `SELECT s.product_type, e.theme, avg(e.rate) AS avg, grouping(s.product_type) = 1 AS whole
     FROM ${EFFECTIVE_GRADES} e JOIN suppliers s ON s.id = e.supplier_id
     WHERE e.campaign_id = $1 AND e.organization_id = $2 AND e.status = 'submitted' AND e.theme IS NOT NULL AND e.rate IS NOT NULL
     GROUP BY GROUPING SETS ((e.theme), (s.product_type, e.theme))
     ORDER BY 1 NULLS FIRST, 2`,
    [campaignId, organizationId],
  );
  const out: Benchmarks = { overall: {}, byProductType: {} };
  for (const r of rows) {
    if (r.whole) define(out.overall, r.theme, Number(r.avg));
    else if (r.product_type !== null) {
      const type = Object.hasOwn(out.byProductType, r.product_type) ? out.byProductType[r.product_type] : define(out.byProductType, r.product_type, {});
      define(type, r.theme, Number(r.avg));
    }
  }
  return out;
}

/** The product-type averages of a campaign (the pure `productTypeAverages`), by PostgreSQL. */
export async function productTypeAverages(db: Db, campaignId: string, productType: string): Promise<Record<string, number>> {
  const rows: { theme: string; avg: number }[] = await db.query(
    `SELECT e.theme, avg(e.rate) AS avg
     FROM ${EFFECTIVE_GRADES} e JOIN suppliers s ON s.id = e.supplier_id
     WHERE e.campaign_id = $1 AND e.status = 'submitted' AND s.product_type = $2 AND e.theme IS NOT NULL AND e.rate IS NOT NULL
     GROUP BY 1`,
    [campaignId, productType],
  );
  const out: Record<string, number> = {};
  for (const r of rows) define(out, r.theme, Number(r.avg));
  return out;
}

// Keys come from users (product types, theme keys) and must not meet Object.prototype.
function define<T>(target: Record<string, T>, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/**
 * A join (aliased `eg`) over a response aliased `alias` for lists PostgreSQL turns into JSON:
 * `eg.overall_grade` is the grade that counts, `eg.overall_computed` the computed one where
 * overridden, `eg.themes` the `{ rate, grade[, computedGrade] }` per theme by the same rule.
 */
export const effectiveRowJoin = (alias: string) => `
  LEFT JOIN LATERAL (
    SELECT max(e.grade) FILTER (WHERE e.theme IS NULL) AS overall_grade,
           max(e.computed_grade) FILTER (WHERE e.theme IS NULL AND e.overridden) AS overall_computed,
           coalesce(jsonb_object_agg(e.theme, jsonb_build_object('rate', e.rate, 'grade', e.grade)
             || CASE WHEN e.overridden THEN jsonb_build_object('computedGrade', e.computed_grade) ELSE '{}'::jsonb END)
             FILTER (WHERE e.theme IS NOT NULL), '{}'::jsonb) AS themes
    FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${alias}.id
  ) eg ON true`;
