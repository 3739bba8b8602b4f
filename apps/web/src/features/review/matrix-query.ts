import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { GRADES, LIMITS, MATRIX_SORTS, RESPONSE_STATUSES } from '@ses/api-types';

/** What the matrix shows: filters, sort and page, kept in the URL so a view can be shared. */
export interface MatrixState {
  q: string;
  productType: string;
  country: string;
  tier: number | null;
  status: string;
  grade: string;
  /** With `grade`: the theme whose grade is filtered; empty for the overall grade. */
  theme: string;
  /** `supplier`, `status`, `overall`, `submittedAt`, `productType`, `tier` or `theme:<key>`. */
  sort: string;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [50, 100, 200] as const;
export const MATRIX_STATUSES = RESPONSE_STATUSES;
export const MATRIX_GRADES = GRADES;
const SORTS: readonly string[] = MATRIX_SORTS;
const THEME_KEY = /^[a-z][a-z0-9_]{0,39}$/;

export const DEFAULT_MATRIX_STATE: Readonly<MatrixState> = Object.freeze({
  q: '',
  productType: '',
  country: '',
  tier: null,
  status: '',
  grade: '',
  theme: '',
  sort: 'supplier',
  order: 'asc',
  page: 1,
  pageSize: 50,
});

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

function int(v: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

export function isValidSort(sort: string): boolean {
  return SORTS.includes(sort) || (sort.startsWith('theme:') && THEME_KEY.test(sort.slice(6)));
}

/** Reads the matrix state from the route's query; anything unknown or malformed falls back to the default. */
export function matrixStateFromQuery(query: LocationQuery): MatrixState {
  const d = DEFAULT_MATRIX_STATE;
  const status = one(query.status);
  const grade = one(query.grade);
  const theme = one(query.theme);
  const sort = one(query.sort);
  const country = one(query.country).toUpperCase();
  const pageSize = int(one(query.pageSize), 1, LIMITS.list.matrixPageSizeMax);
  return {
    q: one(query.q).trim().slice(0, LIMITS.list.searchMax),
    productType: one(query.productType).slice(0, LIMITS.supplier.productTypeMax),
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    tier: int(one(query.tier), 1, LIMITS.supplier.tierMax),
    status: (MATRIX_STATUSES as readonly string[]).includes(status) ? status : '',
    grade: (MATRIX_GRADES as readonly string[]).includes(grade) ? grade : '',
    theme: THEME_KEY.test(theme) ? theme : '',
    sort: isValidSort(sort) ? sort : d.sort,
    order: one(query.order) === 'desc' ? 'desc' : 'asc',
    page: int(one(query.page), 1, LIMITS.list.pageMax) ?? 1,
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : d.pageSize,
  };
}

/** The state as route query entries: only what differs from the default, so URLs stay short. */
export function matrixStateToQuery(state: MatrixState): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  const d = DEFAULT_MATRIX_STATE;
  for (const key of Object.keys(d) as (keyof MatrixState)[]) {
    const value = state[key];
    if (value === d[key] || value === '' || value === null) continue;
    out[key] = String(value);
  }
  return out;
}

export type MatrixApiQuery = Record<string, string | number | undefined>;

/** The state as `GET /matrix` parameters (empty filters left out by the HTTP client). */
export function matrixApiQuery(state: MatrixState): MatrixApiQuery {
  return {
    q: state.q || undefined,
    productType: state.productType || undefined,
    country: state.country || undefined,
    tier: state.tier ?? undefined,
    status: state.status || undefined,
    grade: state.grade || undefined,
    theme: state.grade && state.theme ? state.theme : undefined,
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** The same filters and sort for an export: every matching row, no paging. */
export function matrixExportQuery(state: MatrixState): Omit<MatrixApiQuery, 'page' | 'pageSize'> {
  const { page: _p, pageSize: _s, ...rest } = matrixApiQuery(state);
  return rest;
}

/**
 * A filter changed: back to page 1. A click on the current sort column flips the order;
 * on another column it sorts ascending — except rates and dates, which start with the highest.
 */
export function withFilter<K extends keyof MatrixState>(state: MatrixState, key: K, value: MatrixState[K]): MatrixState {
  return { ...state, [key]: value, page: key === 'page' ? (value as number) : 1 };
}

export function withSort(state: MatrixState, sort: string): MatrixState {
  if (state.sort === sort) return { ...state, order: state.order === 'asc' ? 'desc' : 'asc', page: 1 };
  const descFirst = sort === 'overall' || sort === 'submittedAt' || sort.startsWith('theme:');
  return { ...state, sort, order: descFirst ? 'desc' : 'asc', page: 1 };
}

/** `aria-sort` for a column header. */
export function ariaSort(state: MatrixState, sort: string): 'ascending' | 'descending' | 'none' {
  if (state.sort !== sort) return 'none';
  return state.order === 'asc' ? 'ascending' : 'descending';
}
