import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Approval, ApprovalKind, ApprovalStatus, PendingApproval, Role } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { OrganizationsService, approvalSettings } from '../organizations/organizations.service';
import { USERS, userName } from '../users/users.sql';

/** Carries out an approved request exactly as the requester made it, as the requester. */
export type ApprovalExecutor = (requester: AuthUser, targetId: string, request: Record<string, unknown>) => Promise<unknown>;

/** Which setting puts each kind under approval, and the table its target lives in. */
const KINDS: Record<ApprovalKind, { setting: 'overrides' | 'verification' | 'release'; table: string; what: string }> = {
  override: { setting: 'overrides', table: 'responses', what: 'response' },
  verification: { setting: 'verification', table: 'corrective_actions', what: 'corrective action' },
  release: { setting: 'release', table: 'campaigns', what: 'campaign' },
};

/**
 * What must hold when the request is made, so that a request that could never be carried
 * out is refused at once, as the action itself would refuse it (checked again on approval).
 */
const READY: Partial<Record<ApprovalKind, { status: string; error: () => DomainError }>> = {
  override: { status: 'submitted', error: () => new DomainError('NOT_SUBMITTED', 'only a submitted, graded response can have its grade overridden') },
  verification: { status: 'implemented', error: () => new DomainError('INVALID_TRANSITION', 'only an implemented corrective action can be verified') },
};

interface ApprovalRow {
  id: string;
  kind: ApprovalKind;
  target_id: string;
  request: Record<string, unknown>;
  status: ApprovalStatus;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  comment: string | null;
}

/**
 * Four-eyes approvals. An action under approval is stored as a request instead of being
 * carried out; a second admin or buyer approves it (it is then carried out as asked) or
 * rejects it. The modules owning the actions register how to carry each kind out, so that
 * this module depends on none of them.
 */
@Injectable()
export class ApprovalsService {
  private readonly executors = new Map<ApprovalKind, ApprovalExecutor>();

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationsService,
  ) {}

  register(kind: ApprovalKind, executor: ApprovalExecutor): void {
    this.executors.set(kind, executor);
  }

  /**
   * Runs `run` at once when the organisation has no approval for `kind`; otherwise records
   * the request (audited) and answers the pending approval, changing nothing else.
   */
  async gate<T>(me: AuthUser, kind: ApprovalKind, targetId: string, request: object, run: () => Promise<T>): Promise<{ pending: PendingApproval } | { done: T }> {
    const org = await this.orgs.get(me.organizationId);
    if (!approvalSettings(org)[KINDS[kind].setting]) return { done: await run() };
    const approvalId = await this.db.transaction(async (m) => {
      await this.assertTarget(m, me.organizationId, kind, targetId);
      const name = await userName(m, me.id);
      const [row] = await m.query(
        `INSERT INTO approvals (organization_id, kind, target_id, request, requested_by, requested_by_name)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [me.organizationId, kind, targetId, JSON.stringify(request), me.id, name],
      );
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'approval.request',
        entityType: 'approval',
        entityId: row.id,
        after: { kind, targetId, request, status: 'pending' },
      });
      return row.id as string;
    });
    return { pending: { approvalId, status: 'pending' } };
  }

  async list(organizationId: string, status?: ApprovalStatus): Promise<Approval[]> {
    const rows: ApprovalRow[] = await this.db.query(
      `SELECT * FROM approvals WHERE organization_id = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY requested_at DESC, id LIMIT 500`,
      [organizationId, status ?? null],
    );
    return rows.map(toApproval);
  }

  async get(organizationId: string, id: string): Promise<Approval> {
    return toApproval(await this.find(this.db.manager, organizationId, id));
  }

  /**
   * Claims the pending request (so two approvers cannot both carry it out), carries it out
   * as the requester, and records the decision. When carrying it out fails (the target has
   * moved on meanwhile), the claim is given back: the request stays pending, to be rejected.
   */
  async approve(me: AuthUser, id: string, comment: string): Promise<Approval> {
    const row = await this.db.transaction(async (m) => {
      const row = await this.find(m, me.organizationId, id, true);
      this.assertDecidable(me, row);
      const name = await userName(m, me.id);
      await m.query(
        `UPDATE approvals SET status = 'approved', decided_by = $2, decided_by_name = $3, decided_at = now(), comment = $4 WHERE id = $1`,
        [id, me.id, name, comment || null],
      );
      return row;
    });
    try {
      const requester = await this.requester(me, row);
      const executor = this.executors.get(row.kind);
      if (!executor) throw new Error(`no executor for approvals of kind ${row.kind}`);
      await executor(requester, row.target_id, row.request);
    } catch (e) {
      await this.db.query(
        `UPDATE approvals SET status = 'pending', decided_by = NULL, decided_by_name = NULL, decided_at = NULL, comment = NULL WHERE id = $1`,
        [id],
      );
      throw e;
    }
    await this.db.transaction((m) =>
      this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'approval.approve',
        entityType: 'approval',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'approved', kind: row.kind, targetId: row.target_id, comment },
      }),
    );
    return this.get(me.organizationId, id);
  }

  async reject(me: AuthUser, id: string, comment: string): Promise<Approval> {
    await this.db.transaction(async (m) => {
      const row = await this.find(m, me.organizationId, id, true);
      this.assertDecidable(me, row);
      const name = await userName(m, me.id);
      await m.query(
        `UPDATE approvals SET status = 'rejected', decided_by = $2, decided_by_name = $3, decided_at = now(), comment = $4 WHERE id = $1`,
        [id, me.id, name, comment || null],
      );
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'approval.reject',
        entityType: 'approval',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'rejected', kind: row.kind, targetId: row.target_id, comment },
      });
    });
    return this.get(me.organizationId, id);
  }

  private assertDecidable(me: AuthUser, row: ApprovalRow): void {
    if (row.status !== 'pending') throw new DomainError('APPROVAL_DECIDED', `this request has already been ${row.status}`);
    if (row.requested_by === me.id) throw new DomainError('APPROVAL_OWN_REQUEST', 'a request needs a second person: the requester cannot decide it');
  }

  /** The requester as they are now; a requester who has left is replaced by the approver. */
  private async requester(me: AuthUser, row: ApprovalRow): Promise<AuthUser> {
    const [user]: { id: string; role: Role }[] = row.requested_by
      ? await this.db.query(`SELECT id, role FROM ${USERS} u WHERE id = $1 AND organization_id = $2 AND deactivated_at IS NULL`, [row.requested_by, me.organizationId])
      : [];
    return user ? { id: user.id, organizationId: me.organizationId, role: user.role, sessionId: '' } : me;
  }

  private async find(m: EntityManager, organizationId: string, id: string, lock = false): Promise<ApprovalRow> {
    const [row] = await m.query(`SELECT * FROM approvals WHERE id = $1 AND organization_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, organizationId]);
    if (!row) throw notFound('approval');
    return row;
  }

  private async assertTarget(m: EntityManager, organizationId: string, kind: ApprovalKind, targetId: string): Promise<void> {
    const { table, what } = KINDS[kind];
    const [row] = await m.query(`SELECT status FROM ${table} WHERE id = $1 AND organization_id = $2`, [targetId, organizationId]);
    if (!row) throw notFound(what);
    const ready = READY[kind];
    if (ready && row.status !== ready.status) throw ready.error();
    // Overrides of different themes may wait side by side; a second verification or release may not.
    if (kind !== 'override') {
      const [open] = await m.query(`SELECT id FROM approvals WHERE organization_id = $1 AND kind = $2 AND target_id = $3 AND status = 'pending'`, [organizationId, kind, targetId]);
      if (open) throw new DomainError('APPROVAL_PENDING', `a request for this is already waiting for approval (${open.id})`);
    }
  }
}

function toApproval(r: ApprovalRow): Approval {
  return {
    id: r.id,
    kind: r.kind,
    targetId: r.target_id,
    request: r.request,
    status: r.status,
    requestedBy: { id: r.requested_by, name: r.requested_by_name },
    requestedAt: r.requested_at.toISOString(),
    decidedBy: r.decided_by_name ? { id: r.decided_by, name: r.decided_by_name } : null,
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    comment: r.comment,
  };
}
