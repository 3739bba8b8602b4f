/**
 * A readable diff of an audit event's before and after: both JSON values are flattened to
 * paths (`contacts[0].email`) and compared leaf by leaf. Events often carry only the fields
 * that changed, so a path on one side only reads as added or removed.
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface Change {
  path: string;
  kind: ChangeKind;
  /** Absent (undefined) when the path exists on one side only. */
  before?: unknown;
  after?: unknown;
}

const MAX_DEPTH = 8;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Leaves of a JSON value by path; empty objects and arrays count as leaves. */
export function flatten(value: unknown, prefix = '', depth = 0, out = new Map<string, unknown>()): Map<string, unknown> {
  const container = Array.isArray(value) ? value.length > 0 : isPlainObject(value) && Object.keys(value).length > 0;
  if (!container || depth >= MAX_DEPTH) {
    out.set(prefix, value);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, depth + 1, out));
  } else {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, depth + 1, out);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every path of either side, in the order they first appear (after's order for new paths).
 * With `includeSame`, unchanged paths are listed too (for context).
 */
export function diffJson(before: unknown, after: unknown, includeSame = false): Change[] {
  const b = before === null || before === undefined ? new Map<string, unknown>() : flatten(before);
  const a = after === null || after === undefined ? new Map<string, unknown>() : flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  const out: Change[] = [];
  for (const path of paths) {
    const inB = b.has(path);
    const inA = a.has(path);
    if (inB && inA) {
      const kind = same(b.get(path), a.get(path)) ? 'same' : 'changed';
      if (kind === 'changed' || includeSame) out.push({ path, kind, before: b.get(path), after: a.get(path) });
    } else if (inA) {
      out.push({ path, kind: 'added', after: a.get(path) });
    } else {
      out.push({ path, kind: 'removed', before: b.get(path) });
    }
  }
  return out;
}

/** A leaf as text: strings as they are, everything else as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The console page of an audited entity, when it has one. */
export function entityPath(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case 'supplier':
      return `/suppliers/${id}`;
    case 'questionnaire':
      return `/questionnaires/${id}`;
    case 'campaign':
      return `/campaigns/${id}`;
    case 'response':
      return `/responses/${id}`;
    case 'corrective_action':
      return `/corrective-actions/${id}`;
    case 'grievance':
      return `/grievances/${id}`;
    default:
      return null;
  }
}
