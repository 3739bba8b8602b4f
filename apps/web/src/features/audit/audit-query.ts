import type { LocationQuery } from 'vue-router';
import { AUDIT_ACTOR_TYPES, type AuditActorType, type AuditListQuery, LIMITS } from '@ses/api-types';

/** The entity types the API records (DESIGN §5 "Audit"), for the filter. */
export const ENTITY_TYPES = ['supplier', 'supplier_import', 'questionnaire', 'campaign', 'response', 'corrective_action', 'grievance', 'user'] as const;

/** The audit log's filters and page, in the address bar. Dates are calendar days, both inclusive. */
export interface AuditState {
  entityType: string;
  entityId: string;
  actorType: AuditActorType | '';
  action: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_STATE: Readonly<AuditState> = { entityType: '', entityId: '', actorType: '', action: '', from: '', to: '', page: 1, pageSize: 50 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
}

export function fromRouteQuery(query: LocationQuery): AuditState {
  const page = Number(one(query.page));
  const size = Number(one(query.pageSize));
  const actor = one(query.actorType);
  const date = (v: string) => (DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : '');
  return {
    entityType: one(query.entityType).length <= LIMITS.audit.entityTypeMax && /^[a-z_]+$/.test(one(query.entityType)) ? one(query.entityType) : '',
    entityId: one(query.entityId).slice(0, LIMITS.audit.entityIdMax),
    actorType: (AUDIT_ACTOR_TYPES as readonly string[]).includes(actor) ? (actor as AuditActorType) : '',
    action: one(query.action).slice(0, LIMITS.audit.actionMax),
    from: date(one(query.from)),
    to: date(one(query.to)),
    page: Number.isInteger(page) && page >= 1 && page <= LIMITS.list.pageMax ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_STATE.pageSize,
  };
}

export function toRouteQuery(state: AuditState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_STATE) as (keyof AuditState)[]) {
    if (state[key] !== '' && state[key] !== DEFAULT_STATE[key]) out[key] = String(state[key]);
  }
  return out;
}

/** The start of a calendar day in the user's time zone, as an ISO instant. */
export function startOfLocalDay(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The API's `to` is exclusive, so an inclusive "to" day becomes the start of the next day. */
export function toApiQuery(state: AuditState): AuditListQuery {
  const q: AuditListQuery = { page: state.page, pageSize: state.pageSize };
  if (state.entityType) q.entityType = state.entityType;
  if (state.entityId) q.entityId = state.entityId;
  if (state.actorType) q.actorType = state.actorType;
  if (state.action) q.action = state.action;
  if (state.from) q.from = startOfLocalDay(state.from);
  if (state.to) q.to = startOfLocalDay(state.to, 1);
  return q;
}

export function hasFilters(state: AuditState): boolean {
  return !!(state.entityType || state.entityId || state.actorType || state.action || state.from || state.to);
}
