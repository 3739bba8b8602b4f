import type { AnswerValue } from '@ses/questionnaire';

/**
 * The portal's autosave, free of Vue and of the DOM so that it can be tested in node.
 *
 * The supplier's edits become *pending changes*: per question, only the fields touched
 * (value, comment). The server stores whole answers (a PUT replaces value and comment), so a
 * request is built by filling the untouched fields from the last known server answer. That
 * keeps a colleague's comment when we only changed the value, and it makes a conflict (409)
 * cheap to resolve: reload the server's answers, lay the pending changes on top, send again.
 */

/** An answer as the server sends it. */
export interface StoredAnswer {
  value: unknown;
  comment?: string;
  /** Carried over from the previous assessment and not confirmed yet. */
  needsConfirmation?: boolean;
}
export type ServerAnswers = Record<string, StoredAnswer>;

/** The fields of one question the supplier changed and has not saved yet. */
export interface PendingChange {
  value?: AnswerValue;
  comment?: string;
}
export type Pending = Record<string, PendingChange>;

/** What `PUT /answers` takes for one question. */
export interface AnswerBody {
  value: AnswerValue;
  comment?: string;
}

export const DEBOUNCE_MS = 800;
/** Someone typing without pause is still saved this often. */
export const MAX_WAIT_MS = 5_000;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;
/** 409 "stale version" reloads in a row before we slow down (two people typing at once). */
export const MAX_QUICK_REBASES = 3;

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return false;
}

/** Empty and missing comments are the same thing to the server. */
function sameComment(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

/** Adds a change; the newer fields win, fields not mentioned stay. */
export function addChange(pending: Pending, questionId: string, change: PendingChange): Pending {
  return { ...pending, [questionId]: { ...pending[questionId], ...change } };
}

/** Merges two sets of pending changes; `newer` wins field by field. */
export function mergePending(older: Pending, newer: Pending): Pending {
  let out = older;
  for (const [id, change] of Object.entries(newer)) out = addChange(out, id, change);
  return out;
}

/** The answers as the supplier sees them: the server's, with the pending changes on top. */
export function applyPending(server: ServerAnswers, pending: Pending): ServerAnswers {
  const out: ServerAnswers = { ...server };
  for (const [id, change] of Object.entries(pending)) {
    const base = server[id];
    // Any saved change confirms a carried-over answer (the server clears the flag on write).
    const next: StoredAnswer = { value: base?.value ?? null };
    const comment = 'comment' in change ? change.comment : base?.comment;
    if ('value' in change) next.value = change.value;
    if (comment) next.comment = comment;
    out[id] = next;
  }
  return out;
}

/** Whole answers for the questions that have pending changes, ready for `PUT /answers`. */
export function toRequest(server: ServerAnswers, pending: Pending): Record<string, AnswerBody> {
  const merged = applyPending(server, pending);
  const out: Record<string, AnswerBody> = {};
  for (const id of Object.keys(pending)) {
    const { value, comment } = merged[id];
    out[id] = comment ? { value: value as AnswerValue, comment } : { value: value as AnswerValue };
  }
  return out;
}

/**
 * Drops changes the server already has (a save that went through before a reload, or an
 * edit undone). Saving the same value of a carried-over answer is how it is confirmed, so
 * that is kept.
 */
export function prunePending(server: ServerAnswers, pending: Pending): Pending {
  const out: Pending = {};
  for (const [id, change] of Object.entries(pending)) {
    const base = server[id];
    if (base?.needsConfirmation) {
      out[id] = change;
      continue;
    }
    const kept: PendingChange = {};
    if ('value' in change && !sameValue(change.value ?? null, base?.value ?? null))
      kept.value = change.value;
    if ('comment' in change && !sameComment(change.comment, base?.comment))
      kept.comment = change.comment;
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

/**
 * After a successful save of `sent`: removes the fields that were sent unchanged. A field
 * edited again while the request was on its way stays pending and goes in the next save.
 */
export function withoutSent(pending: Pending, sent: Pending): Pending {
  const out: Pending = {};
  for (const [id, change] of Object.entries(pending)) {
    const done = sent[id];
    const kept: PendingChange = {};
    if ('value' in change && !(done && 'value' in done && sameValue(done.value, change.value)))
      kept.value = change.value;
    if (
      'comment' in change &&
      !(done && 'comment' in done && sameComment(done.comment, change.comment))
    )
      kept.comment = change.comment;
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

export function withoutQuestions(pending: Pending, ids: Iterable<string>): Pending {
  const out = { ...pending };
  for (const id of ids) delete out[id];
  return out;
}

export function isEmpty(pending: Pending): boolean {
  return Object.keys(pending).length === 0;
}

/** What to do after a failed save. */
export type FailureAction =
  /** Network down, server overloaded or failing: keep the changes, try again later. */
  | 'retry'
  /** 409 STALE_VERSION: someone saved in between; reload and re-apply. */
  | 'rebase'
  /** Submitted or closed meanwhile: nothing more can be saved. */
  | 'readonly'
  /** 400 naming questions: those answers cannot be saved as they are. */
  | 'invalid'
  /** 404: the link was revoked or has expired. */
  | 'gone'
  /** Anything else: keep the changes, stop retrying on our own. */
  | 'stop';

export interface FailureLike {
  statusCode: number;
  code?: string;
  issues?: { path: string }[];
}

export function classifyFailure(e: FailureLike): FailureAction {
  const s = e.statusCode;
  if (s === 0 || s === 408 || s === 429 || s >= 500) return 'retry';
  if (s === 404) return 'gone';
  if (s === 409)
    return e.code === 'ALREADY_SUBMITTED' || e.code === 'CAMPAIGN_CLOSED' ? 'readonly' : 'rebase';
  if ((s === 400 || s === 422) && invalidQuestionIds(e).length) return 'invalid';
  return 'stop';
}

/** Question ids named by a 400's issues (`answers.LAB-03` or `LAB-03`). */
export function invalidQuestionIds(e: FailureLike): string[] {
  const ids = (e.issues ?? [])
    .map((i) => i.path.replace(/^answers\./, '').split('.')[0])
    .filter(Boolean);
  return [...new Set(ids)];
}

/** 1 s, 2 s, 4 s … up to 30 s, each ±20 % so that many suppliers do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** How long to wait before saving, given when the oldest unsaved change was made. */
export function debounceDelay(now: number, firstPendingAt: number): number {
  return Math.max(0, Math.min(DEBOUNCE_MS, firstPendingAt + MAX_WAIT_MS - now));
}

// ---- Local copy --------------------------------------------------------------------------

const STORAGE_VERSION = 1;

/**
 * The localStorage key of a response's unsaved changes. Never the token itself: the store
 * outlives the tab and is readable by anything on the device's browser profile.
 */
export function storageKey(campaignId: string, responseKey: string): string {
  return `ses.portal.pending.v${STORAGE_VERSION}.${campaignId}.${responseKey}`;
}

export function serializePending(pending: Pending, now = Date.now()): string | null {
  return isEmpty(pending) ? null : JSON.stringify({ v: STORAGE_VERSION, at: now, pending });
}

/** Reads a stored copy defensively: anything malformed is ignored rather than sent. */
export function parsePending(raw: string | null | undefined): Pending {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(data) || data.v !== STORAGE_VERSION || !isRecord(data.pending)) return {};
  const out: Pending = {};
  for (const [id, change] of Object.entries(data.pending)) {
    if (!isRecord(change)) continue;
    const kept: PendingChange = {};
    if ('value' in change && isAnswerValue(change.value)) kept.value = change.value;
    if (typeof change.comment === 'string') kept.comment = change.comment;
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isAnswerValue(v: unknown): v is AnswerValue {
  if (v === null || typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * A short, stable, non-reversible tag for a response's link (53-bit cyrb53 hash). The portal
 * view carries no response id, and two suppliers' links opened on one device must not share
 * their unsaved changes; a hash tells them apart without writing the token down.
 */
export function linkTag(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
