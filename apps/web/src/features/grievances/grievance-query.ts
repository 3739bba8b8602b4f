import type { LocationQuery } from 'vue-router';
import { LIMITS, GRIEVANCE_CATEGORIES, GRIEVANCE_STATUSES, type GrievanceCategory, type GrievanceListQuery, type GrievanceStatus } from '@ses/api-types';

/** The grievance board's filters and page, in the address bar. */
export interface GrievanceBoardState {
  status: GrievanceStatus | '';
  category: GrievanceCategory | '';
  supplierId: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_STATE: Readonly<GrievanceBoardState> = { status: '', category: '', supplierId: '', page: 1, pageSize: 25 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function fromRouteQuery(query: LocationQuery): GrievanceBoardState {
  const page = Number(one(query.page));
  const size = Number(one(query.pageSize));
  return {
    status: oneOf(one(query.status), GRIEVANCE_STATUSES),
    category: oneOf(one(query.category), GRIEVANCE_CATEGORIES),
    supplierId: UUID.test(one(query.supplierId)) ? one(query.supplierId) : '',
    page: Number.isInteger(page) && page >= 1 && page <= LIMITS.list.pageMax ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_STATE.pageSize,
  };
}

export function toRouteQuery(state: GrievanceBoardState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_STATE) as (keyof GrievanceBoardState)[]) {
    if (state[key] !== '' && state[key] !== DEFAULT_STATE[key]) out[key] = String(state[key]);
  }
  return out;
}

export function toApiQuery(state: GrievanceBoardState): GrievanceListQuery {
  const q: GrievanceListQuery = { page: state.page, pageSize: state.pageSize };
  if (state.status) q.status = state.status;
  if (state.category) q.category = state.category;
  if (state.supplierId) q.supplierId = state.supplierId;
  return q;
}

export function hasFilters(state: GrievanceBoardState): boolean {
  return !!(state.status || state.category || state.supplierId);
}
