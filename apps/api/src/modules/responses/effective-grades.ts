import type { DataSource, EntityManager } from 'typeorm';
import type { Benchmarks, EffectiveGrades, Grade } from '@ses/scoring';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

/**
 * The one place the API reads the grade that counts and the rate averages: the
 * `response_effective_grades` view (see its migration), the SQL twin of `effectiveGrade`,
 * `benchmarks` and `productTypeAverages` in @ses/scoring, held to them by
 * effective-grades.int-spec.ts. Other modules join the view through these fragments.
 */
export const EFFECTIVE_GRADES = 'response_effective_grades';

type Db = DataSource | EntityManager;

/** Joins the view as `alias` to a response aliased `response`. */
export const joinEffectiveGrades = (response: string, alias: string) => `JOIN ${EFFECTIVE_GRADES} ${alias} ON ${alias}.response_id = ${response}.id`;

/**
 * A condition on the view aliased `alias`: the grade that counts for `theme` (the overall
 * grade when null) equals `grade`. Both are SQL placeholders or expressions.
 */
export const effectiveGradeIs = (alias: string, theme: string | null, grade: string) =>
  theme === null ? `${alias}.overall_grade = ${grade}` : `${alias}.themes->${theme}->>'grade' = ${grade}`;

/** The grade that counts for one theme of a response aliased `response` (a scalar subquery). */
export const effectiveThemeGrade = (response: string, theme: string) =>
  `(SELECT e.themes->${theme}->>'grade' FROM ${EFFECTIVE_GRADES} e WHERE e.response_id = ${response}.id)`;

interface ViewRow {
  overall_grade: Grade | null;
  computed_overall_grade: Grade | null;
  overall_overridden: boolean;
  themes: Record<string, { rate: number | null; grade: Grade; computedGrade?: Grade }> | null;
  computed_themes: Record<string, { rate: number | null; grade: Grade }> | null;
  overridden: string[];
}

/** Every grade of one response, as the pure `effectiveGrades` returns them; null when not graded. */
export async function readEffectiveGrades(db: Db, responseId: string): Promise<EffectiveGrades | null> {
  const [row]: ViewRow[] = await db.query(
    `SELECT overall_grade, computed_overall_grade, overall_overridden, themes, computed_themes, overridden
     FROM ${EFFECTIVE_GRADES} WHERE response_id = $1`,
    [responseId],
  );
  if (!row?.overall_grade || !row.computed_overall_grade) return null;
  const overridden = new Set(row.overridden);
  const themes: EffectiveGrades['themes'] = {};
  for (const [key, t] of Object.entries(row.themes ?? {})) {
    Object.defineProperty(themes, key, {
      value: { grade: t.grade, computedGrade: row.computed_themes![key].grade, overridden: overridden.has(key) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    overall: { grade: row.overall_grade, computedGrade: row.computed_overall_grade, overridden: row.overall_overridden },
    themes,
  };
}

/**
 * The campaign's grade distributions, counted by PostgreSQL: per theme and overall (theme
 * null), over submitted responses, by the grade that counts.
 */
export function gradeCounts(db: Db, campaignId: string): Promise<{ theme: string | null; grade: Grade | null; n: number }[]> {
  return db.query(
    `SELECT t.key AS theme, t.value->>'grade' AS grade, count(*)::int AS n
     FROM ${EFFECTIVE_GRADES} e CROSS JOIN LATERAL jsonb_each(e.themes) t
     WHERE e.campaign_id = $1 AND e.status = 'submitted' GROUP BY 1, 2
     UNION ALL
     SELECT NULL, e.overall_grade, count(*)::int FROM ${EFFECTIVE_GRADES} e
     WHERE e.campaign_id = $1 AND e.status = 'submitted' GROUP BY 2`,
    [campaignId],
  );
}

/** Each submitted response's theme rates, `e` the view and `s` its supplier; `t` the theme. */
const RATES_FROM = `${EFFECTIVE_GRADES} e JOIN ${SUPPLIERS} s ON s.id = e.supplier_id CROSS JOIN LATERAL jsonb_each(e.themes) t`;
const HAS_RATE = `jsonb_typeof(t.value->'rate') = 'number'`;

/**
 * The campaign's benchmarks (the pure `benchmarks`): average theme rate over submitted
 * responses, overall and per product type, N/A themes left out; averaged by PostgreSQL.
 */
export async function campaignBenchmarks(db: Db, organizationId: string, campaignId: string): Promise<Benchmarks> {
  const rows: { product_type: string | null; theme: string; avg: number; whole: boolean }[] = await db.query(
    `SELECT s.product_type, t.key AS theme, avg((t.value->>'rate')::float8) AS avg, grouping(s.product_type) = 1 AS whole
     FROM ${RATES_FROM}
     WHERE e.campaign_id = $1 AND e.organization_id = $2 AND e.status = 'submitted' AND ${HAS_RATE}
     GROUP BY GROUPING SETS ((t.key), (s.product_type, t.key))`,
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
    `SELECT t.key AS theme, avg((t.value->>'rate')::float8) AS avg FROM ${RATES_FROM}
     WHERE e.campaign_id = $1 AND e.status = 'submitted' AND s.product_type = $2 AND ${HAS_RATE}
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
