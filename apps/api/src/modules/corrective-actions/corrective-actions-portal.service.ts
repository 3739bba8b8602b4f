import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Attachment, PortalCorrectiveAction } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import type { Upload } from '../../common/upload';
import { supplierActor } from '../audit/audit.util';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AttachmentsService } from '../responses/attachments.service';
import { type PortalContext, ResponseLinksService } from '../responses/response-links.service';
import { today } from '../responses/response-status';
import { evidenceOpen, toPortal } from './corrective-action.views';
import { type Actor, CorrectiveActionWorkflow, type StepName } from './corrective-action.workflow';
import { type BoardRow, CorrectiveActionsRepository } from './corrective-actions.repository';
import { ORGANIZATIONS } from '../organizations/organizations.sql';

/**
 * The supplier's side, through any of its personal links: the link proves who the supplier
 * is, and it sees and acts on every corrective action of that supplier in the link's
 * organisation (an old action stays reachable from a later campaign's link). Another
 * supplier's action answers 404, like an unknown one.
 */
@Injectable()
export class CorrectiveActionsPortalService {
  constructor(
    private readonly db: DataSource,
    private readonly links: ResponseLinksService,
    private readonly repo: CorrectiveActionsRepository,
    private readonly workflow: CorrectiveActionWorkflow,
    private readonly questionnaires: QuestionnairesService,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(token: string): Promise<PortalCorrectiveAction[]> {
    const ctx = await this.context(token);
    const rows = await this.repo.ofSupplier(scopeOf(ctx), today());
    return this.views(ctx, rows);
  }

  async get(token: string, id: string): Promise<PortalCorrectiveAction> {
    const ctx = await this.context(token);
    return this.view(ctx, id);
  }

  plan(token: string, id: string, plan: string) {
    return this.step(token, id, 'submit_plan', plan);
  }

  report(token: string, id: string, report: string) {
    return this.step(token, id, 'report', report);
  }

  async message(token: string, id: string, comment: string): Promise<PortalCorrectiveAction> {
    const ctx = await this.context(token);
    await this.db.transaction((m) => this.workflow.message(m, scopeOf(ctx), id, actorOf(ctx), comment));
    return this.view(ctx, id);
  }

  /** Evidence may be added and removed until the implementation is reported. */
  async upload(token: string, id: string, upload: Upload): Promise<Attachment> {
    const ctx = await this.context(token);
    const row = await this.writable(ctx, id);
    const file = await this.attachments.store(ctx.organizationId, row.response_id, row.theme, upload, row.id);
    await this.db.transaction(async (m) => {
      const actor = actorOf(ctx);
      await this.repo.addEvent(m, { actionId: id, kind: 'evidence_added', side: 'supplier', actor: actor.name, data: { attachmentId: file.id, filename: file.filename } });
      await this.workflow.record(m, row, actor, 'corrective_action.evidence_added', undefined, { attachmentId: file.id, filename: file.filename, size: file.size });
    });
    return file;
  }

  async remove(token: string, id: string, attachmentId: string): Promise<void> {
    const ctx = await this.context(token);
    const row = await this.writable(ctx, id);
    await this.attachments.remove(row.response_id, attachmentId, row.id);
    await this.db.transaction(async (m) => {
      const actor = actorOf(ctx);
      await this.repo.addEvent(m, { actionId: id, kind: 'evidence_removed', side: 'supplier', actor: actor.name, data: { attachmentId } });
      await this.workflow.record(m, row, actor, 'corrective_action.evidence_removed', { attachmentId }, undefined);
    });
  }

  async download(token: string, id: string, attachmentId: string) {
    const ctx = await this.context(token);
    const row = await this.repo.find(scopeOf(ctx), id, today());
    if (!row) throw notFound('corrective action');
    return this.attachments.read(row.response_id, attachmentId, row.id);
  }

  private async step(token: string, id: string, name: StepName, text: string): Promise<PortalCorrectiveAction> {
    const ctx = await this.context(token);
    await this.db.transaction((m) => this.workflow.step(m, scopeOf(ctx), id, name, actorOf(ctx), text));
    return this.view(ctx, id);
  }

  private async writable(ctx: PortalContext, id: string): Promise<BoardRow> {
    const row = await this.repo.find(scopeOf(ctx), id, today());
    if (!row) throw notFound('corrective action');
    if (!evidenceOpen(row.status)) {
      throw new DomainError('INVALID_TRANSITION', `the corrective action is ${row.status}: its evidence can no longer change`);
    }
    return row;
  }

  /** Unknown, revoked and expired links all look the same: 404. */
  private async context(token: string): Promise<PortalContext> {
    const ctx = await this.links.resolve(token);
    if (!ctx) throw notFound('link');
    return ctx;
  }

  private async view(ctx: PortalContext, id: string): Promise<PortalCorrectiveAction> {
    const row = await this.repo.find(scopeOf(ctx), id, today());
    if (!row) throw notFound('corrective action');
    return (await this.views(ctx, [row]))[0];
  }

  private async views(ctx: PortalContext, rows: BoardRow[]): Promise<PortalCorrectiveAction[]> {
    if (rows.length === 0) return [];
    const [[org], events] = await Promise.all([
      this.db.query(`SELECT name FROM ${ORGANIZATIONS} organizations WHERE id = $1`, [ctx.organizationId]) as Promise<{ name: string }[]>,
      this.repo.events(rows.map((r) => r.id)),
    ]);
    return Promise.all(
      rows.map(async (r) => {
        const [{ definition }, evidence] = await Promise.all([
          this.questionnaires.publishedDefinition(r.questionnaire_version_id),
          this.attachments.list(r.response_id, r.id),
        ]);
        return toPortal(r, definition, evidence, events.get(r.id)!, org.name);
      }),
    );
  }
}

const scopeOf = (ctx: PortalContext) => ({ organizationId: ctx.organizationId, supplierId: ctx.supplierId });

/** The contact acting through its link, named as the history and the audit log show it. */
function actorOf(ctx: PortalContext): Actor {
  const name = ctx.contactName ? `${ctx.contactName} (${ctx.contactEmail})` : ctx.contactEmail;
  return { side: 'supplier', name, audit: supplierActor(ctx) };
}
