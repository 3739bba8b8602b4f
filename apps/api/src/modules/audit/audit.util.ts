import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import type { AuditActor } from './audit.service';

/** The signed-in user as the actor; the service looks up their name. */
export const userActor = (u: Pick<AuthUser, 'id'>): AuditActor => ({ type: 'user', id: u.id });

/** Runs `fn` in `manager`'s transaction if it has one, or in a new one, so an audit event commits with its change. */
export function inTransaction<T>(manager: EntityManager, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? fn(manager) : manager.transaction(fn);
}

/**
 * The fields that differ between two snapshots, as `{ before, after }` holding only those
 * fields; null when nothing changed (so callers can skip recording a no-op).
 */
export function changes<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k];
      a[k] = after[k];
    }
  }
  return Object.keys(a).length > 0 ? { before: b, after: a } : null;
}

/** A supplier acting through its personal link: the supplier, and the e-mail the link was sent to. */
export const supplierActor = (ctx: { supplierId: string; contactEmail: string }): AuditActor => ({
  type: 'supplier',
  id: ctx.supplierId,
  contact: ctx.contactEmail,
});
