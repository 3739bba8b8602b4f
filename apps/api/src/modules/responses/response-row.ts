import type { ResponseRow } from '@ses/api-types';
import { joinEffectiveGrades } from './effective-grades';
import { PUBLIC_STATUS_SQL } from './response-status';

/** A response with its supplier, as the campaign's rows and the matrix select it. */
export interface ResponseRowRecord {
  response_id: string;
  supplier_id: string;
  supplier_name: string;
  supplier_code: string | null;
  product_type: string;
  country: string | null;
  tier: number;
  depth: 'core' | 'extended';
  status: ResponseRow['status'];
  submitted_at: Date | null;
  overall_rate: number | null;
  overall_grade: ResponseRow['overallGrade'];
  themes: ResponseRow['themes'] | null;
}

/** The select list for ResponseRowRecord over `responses r`, `campaigns c`, `suppliers s`. */
export const RESPONSE_ROW_COLUMNS = `r.id AS response_id, s.id AS supplier_id, s.name AS supplier_name, s.code AS supplier_code,
  s.product_type, s.country, s.tier, r.depth, ${PUBLIC_STATUS_SQL} AS status, r.submitted_at,
  r.overall_rate, r.overall_grade, r.theme_grades AS themes`;

export function toResponseRow(r: ResponseRowRecord): ResponseRow {
  return {
    responseId: r.response_id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    supplierCode: r.supplier_code,
    productType: r.product_type,
    country: r.country,
    tier: r.tier,
    depth: r.depth,
    status: r.status,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    overallRate: r.overall_rate,
    overallGrade: r.overall_grade,
    themes: r.themes ?? {},
  };
}

/**
 * The same row's fields under their JSON names, in the same formats as toResponseRow, for
 * lists PostgreSQL turns into JSON itself (row_to_json of a subquery: faster there than
 * json_build_object): 10,000 rows parsed into objects and serialised again cost the API
 * more than the query did. The grades are the ones that count, with the computed grade
 * beside each overridden theme grade: the select needs RESPONSE_ROW_JSON_JOIN (the view of
 * the grades that count, as `eg`).
 */
export const RESPONSE_ROW_JSON_COLUMNS = `r.id AS "responseId", s.id AS "supplierId", s.name AS "supplierName",
  s.code AS "supplierCode", s.product_type AS "productType", s.country, s.tier, r.depth, ${PUBLIC_STATUS_SQL} AS status,
  to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
  r.overall_rate AS "overallRate", eg.overall_grade AS "overallGrade", coalesce(eg.themes, '{}'::jsonb) AS themes`;

/** The join RESPONSE_ROW_JSON_COLUMNS reads the grades that count from. */
export const RESPONSE_ROW_JSON_JOIN = joinEffectiveGrades('r', 'eg');
