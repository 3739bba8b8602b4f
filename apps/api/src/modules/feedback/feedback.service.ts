import { PassThrough, type Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FeedbackSheet } from '@ses/api-types';
import type { Language } from '@ses/questionnaire';
import { DomainError } from '../../common/errors';
import { newZip } from '../../common/zip';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { PortalService } from '../portal/portal.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { readEffectiveGrades, supplierBenchmark } from '../responses/effective-grades';
import { ResponsesRepository } from '../responses/responses.repository';
import { readGradeResult } from '../responses/grade-results';
import type { ResponseEntity } from '../responses/response.entity';
import { ResponsesService } from '../responses/responses.service';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS, SUPPLIER_CONTACTS } from '../suppliers/suppliers.sql';
import { buildFeedbackSheet } from './feedback-sheet';
import { renderFeedbackPdf } from './feedback-pdf';

/** Feedback sheets: for the buyer at any time, for the supplier once released. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly db: DataSource,
    private readonly responses: ResponsesService,
    private readonly responseRows: ResponsesRepository,
    private readonly campaigns: CampaignsService,
    private readonly questionnaires: QuestionnairesService,
    private readonly portal: PortalService,
  ) {}

  async forBuyer(organizationId: string, responseId: string, lang?: Language): Promise<FeedbackSheet> {
    const response = await this.responses.find(organizationId, responseId);
    return this.build(response, lang ?? (await this.contactLanguage(response.supplierId)));
  }

  async forSupplier(token: string, lang?: Language): Promise<FeedbackSheet> {
    const ctx = await this.portal.context(token);
    const { response } = await this.portal.load(ctx);
    if (!response.feedbackReleasedAt) throw new DomainError('FEEDBACK_NOT_RELEASED', 'the feedback sheet has not been released yet');
    const sheet = await this.build(response, lang ?? ctx.language);
    await this.responseRows.markFeedbackOpened(response.id);
    return sheet;
  }

  pdf(sheet: FeedbackSheet): Promise<Buffer> {
    return renderFeedbackPdf(sheet);
  }

  /** The responses whose sheets the zip holds: every graded one, by supplier name. */
  async gradedIds(organizationId: string, campaignId: string): Promise<string[]> {
    await this.campaigns.find(organizationId, campaignId);
    const rows: { id: string }[] = await this.db.query(
      `SELECT r.id FROM ${RESPONSES} r JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2 AND r.status = 'submitted' ORDER BY s.name, r.id`,
      [campaignId, organizationId],
    );
    return rows.map((r) => r.id);
  }

  /** The sheets of `responseIds` as PDF, each in its contact's language, in one zip (small campaigns). */
  async zip(organizationId: string, responseIds: string[]): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    await this.zipTo(organizationId, responseIds, out);
    return Buffer.concat(chunks);
  }

  /**
   * Writes the sheets of `responseIds` as one zip to `out`, one PDF at a time (memory holds
   * one sheet), telling `progress` after each; resolves when `out` has everything.
   */
  async zipTo(organizationId: string, responseIds: string[], out: Writable, progress?: (done: number) => Promise<void>): Promise<void> {
    const zip = newZip({ zlib: { level: 6 } });
    const finished = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
      zip.on('error', reject);
    });
    zip.pipe(out);
    const names = new Set<string>();
    let done = 0;
    for (const id of responseIds) {
      const sheet = await this.forBuyer(organizationId, id);
      let name = `${sheet.supplierName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80)}.pdf`;
      while (names.has(name)) name = name.replace(/\.pdf$/, '_.pdf');
      names.add(name);
      zip.append(await this.pdf(sheet), { name });
      await progress?.(++done);
    }
    await zip.finalize();
    await finished;
  }

  private async build(response: ResponseEntity, lang: Language): Promise<FeedbackSheet> {
    const result = response.status === 'submitted' ? await readGradeResult(this.db, response.id) : null;
    if (!result) throw new DomainError('NOT_SUBMITTED', 'the response has not been submitted and graded');
    const campaign = await this.campaigns.find(response.organizationId, response.campaignId);
    const { definition } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
    const [meta] = await this.db.query(
      `SELECT o.name AS org, s.name AS supplier, s.product_type FROM ${ORGANIZATIONS} o, ${SUPPLIERS} s WHERE o.id = $1 AND s.id = $2`,
      [response.organizationId, response.supplierId],
    );
    // The averages as the supplier sees them (itself excluded, withheld below the minimum):
    // the buyer's copy and the PDF are the sheet exactly as the supplier receives it.
    const [benchmark, grades] = await Promise.all([
      supplierBenchmark(this.db, response.campaignId, meta.product_type, response.id),
      readEffectiveGrades(this.db, response.id),
    ]);
    if (!grades) throw new DomainError('NOT_SUBMITTED', 'the response has not been submitted and graded');
    return buildFeedbackSheet({
      lang,
      definition,
      result,
      grades,
      benchmark,
      thresholds: campaign.thresholds,
      organizationName: meta.org,
      campaignName: campaign.name,
      supplierName: meta.supplier,
      productType: meta.product_type,
      submittedAt: response.submittedAt,
      releasedAt: response.feedbackReleasedAt,
    });
  }

  private async contactLanguage(supplierId: string): Promise<Language> {
    const [c] = await this.db.query(`SELECT language FROM ${SUPPLIER_CONTACTS} c WHERE supplier_id = $1 ORDER BY position LIMIT 1`, [supplierId]);
    return c?.language ?? 'ja';
  }
}
