import type { LocationQuery } from 'vue-router';
import { CORRECTIVE_ACTION_STATUSES, type CorrectiveActionListQuery, type CorrectiveActionStatus, LIMITS } from '@ses/api-types';

/** `open` (the default: what still needs work), `all`, or one status. */
export type StatusFilter = CorrectiveActionStatus | 'open' | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'all', ...CORRECTIVE_ACTION_STATUSES];

/** The board's filters and page, kept in the address bar so they survive reloads and links. */
export interface BoardState {
  status: StatusFilter;
  overdue: boolean;
  theme: string;
  campaignId: string;
  supplierId: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;

export const DEFAULT_BOARD: Readonly<BoardState> = {
  status: 'open',
  overdue: false,
  theme: '',
  campaignId: '',
  supplierId: '',
  page: 1,
  pageSize: 25,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THEME = /^[a-z][a-z0-9_]{0,39}$/;

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

function int(value: string, min: number, max: number): number | null {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Reads the state from the address bar; anything malformed falls back to its default. */
export function fromRouteQuery(query: LocationQuery): BoardState {
  const status = one(query.status);
  const size = int(one(query.pageSize), 1, LIMITS.list.pageSizeMax);
  const id = (v: string) => (UUID.test(v) ? v : '');
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : DEFAULT_BOARD.status,
    overdue: one(query.overdue) === 'true',
    theme: THEME.test(one(query.theme)) ? one(query.theme) : '',
    campaignId: id(one(query.campaignId)),
    supplierId: id(one(query.supplierId)),
    page: int(one(query.page), 1, LIMITS.list.pageMax) ?? 1,
    pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_BOARD.pageSize,
  };
}

/** Only what differs from the defaults, so a plain `/corrective-actions` stays plain. */
export function toRouteQuery(state: BoardState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_BOARD) as (keyof BoardState)[]) {
    const value = state[key];
    if (value !== '' && value !== false && value !== DEFAULT_BOARD[key]) out[key] = String(value);
  }
  return out;
}

export function toApiQuery(state: BoardState): CorrectiveActionListQuery {
  const q: CorrectiveActionListQuery = { page: state.page, pageSize: state.pageSize };
  if (state.status !== 'all') q.status = state.status;
  if (state.overdue) q.overdue = 'true';
  if (state.theme) q.theme = state.theme;
  if (state.campaignId) q.campaignId = state.campaignId;
  if (state.supplierId) q.supplierId = state.supplierId;
  return q;
}

export function hasFilters(state: BoardState): boolean {
  return state.status !== DEFAULT_BOARD.status || state.overdue || !!(state.theme || state.campaignId || state.supplierId);
}
