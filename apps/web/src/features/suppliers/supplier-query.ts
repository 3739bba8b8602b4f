import type { LocationQuery } from 'vue-router';
import { LIMITS, RISK_LEVELS, SUPPLIER_SORTS, type RiskLevel, type SupplierListQuery } from '@ses/api-types';

export type SupplierSort = (typeof SUPPLIER_SORTS)[number];
export type SupplierStatus = 'active' | 'archived' | 'all';

/** The supplier list's filters, sort and page, kept in the address bar so they survive reloads. */
export interface ListState {
  q: string;
  productType: string;
  country: string;
  tier: number | '';
  riskLevel: RiskLevel | '';
  tag: string;
  status: SupplierStatus;
  sort: SupplierSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;

export const DEFAULT_STATE: Readonly<ListState> = {
  q: '',
  productType: '',
  country: '',
  tier: '',
  riskLevel: '',
  tag: '',
  status: 'active',
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function int(value: string, min: number, max: number): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function fromRouteQuery(query: LocationQuery): ListState {
  const d = DEFAULT_STATE;
  const tier = int(one(query.tier), 1, LIMITS.supplier.tierMax);
  const size = int(one(query.pageSize), 1, LIMITS.list.pageSizeMax);
  return {
    q: one(query.q).slice(0, LIMITS.list.searchMax),
    productType: one(query.productType),
    country: /^[A-Za-z]{2}$/.test(one(query.country)) ? one(query.country).toUpperCase() : '',
    tier: tier ?? '',
    riskLevel: oneOf<RiskLevel | ''>(one(query.riskLevel), RISK_LEVELS, ''),
    tag: one(query.tag),
    status: oneOf<SupplierStatus>(one(query.status), ['active', 'archived', 'all'], d.status),
    sort: oneOf<SupplierSort>(one(query.sort), SUPPLIER_SORTS, d.sort),
    order: oneOf(one(query.order), ['asc', 'desc'] as const, d.order),
    page: int(one(query.page), 1, LIMITS.list.pageMax) ?? d.page,
    pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : d.pageSize,
  };
}

/** Only what differs from the defaults, so plain `/suppliers` stays plain. */
export function toRouteQuery(state: ListState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_STATE) as (keyof ListState)[]) {
    const value = state[key];
    if (value !== '' && value !== DEFAULT_STATE[key]) out[key] = String(value);
  }
  return out;
}

/** The same state as the API's query (empty filters left out). */
export function toApiQuery(state: ListState): SupplierListQuery {
  const q: SupplierListQuery = {
    status: state.status,
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
  if (state.q.trim()) q.q = state.q.trim();
  if (state.productType) q.productType = state.productType;
  if (state.country) q.country = state.country;
  if (state.tier !== '') q.tier = state.tier;
  if (state.riskLevel) q.riskLevel = state.riskLevel;
  if (state.tag) q.tag = state.tag;
  return q;
}

/** Filters without paging, for the export. */
export function toFilterQuery(state: ListState): Omit<SupplierListQuery, 'page' | 'pageSize'> {
  const { page: _p, pageSize: _s, ...rest } = toApiQuery(state);
  return rest;
}

export function hasFilters(state: ListState): boolean {
  return !!(state.q.trim() || state.productType || state.country || state.tier !== '' || state.riskLevel || state.tag);
}
