import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type MatrixRow, matrixQuerySchema } from '@ses/api-types';
import { type AnswerValue, type Question, localize } from '@ses/questionnaire';
import { formatRate, truncateRate } from '@ses/scoring';
import type { z } from 'zod';
import { type Cell, type CellRow, type Row, type TabularFormat, writeTabular } from '../../common/tabular';
import { CampaignsService } from '../campaigns/campaigns.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { MatrixService } from './matrix.service';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

/**
 * A rate cell: the rate truncated to the digits people see (never rounded up past a
 * threshold), as text in CSV and as a number formatted 0.0 in XLSX, so both read the same.
 */
const fmt = (n: number | null | undefined): Cell =>
  n === null || n === undefined ? '' : { value: truncateRate(n), numFmt: '0.0', text: formatRate(n) };

/** The matrix and the answers of a campaign as CSV or XLSX. */
@Injectable()
export class ReviewExportsService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly questionnaires: QuestionnairesService,
    private readonly matrix: MatrixService,
  ) {}

  async matrixFile(organizationId: string, campaignId: string, q: z.output<typeof matrixQuerySchema>, format: TabularFormat): Promise<Buffer> {
    const campaign = await this.campaigns.find(organizationId, campaignId);
    const themes = await this.matrix.themes(campaign.questionnaireVersionId);
    const rows = await this.matrix.all(organizationId, campaignId, q);
    const columns = [
      'supplier_code', 'supplier', 'product_type', 'country', 'tier', 'depth', 'status', 'submitted_at',
      'overall_rate', 'overall_grade', 'overall_grade_computed',
      ...themes.flatMap((t) => [`${t.key}_rate`, `${t.key}_grade`, `${t.key}_grade_computed`]),
    ];
    const out = rows.map((r: MatrixRow): CellRow => {
      const row: CellRow = {
        supplier_code: r.supplierCode ?? '', supplier: r.supplierName, product_type: r.productType, country: r.country ?? '',
        tier: String(r.tier), depth: r.depth, status: r.status, submitted_at: r.submittedAt ?? '',
        overall_rate: fmt(r.overallRate), overall_grade: r.effectiveOverallGrade ?? '', overall_grade_computed: r.overallGrade ?? '',
      };
      for (const t of themes) {
        row[`${t.key}_rate`] = fmt(r.themes[t.key]?.rate);
        row[`${t.key}_grade`] = r.effectiveThemes[t.key] ?? '';
        row[`${t.key}_grade_computed`] = r.themes[t.key]?.grade ?? '';
      }
      return row;
    });
    return writeTabular(format, columns, out, 'matrix');
  }

  /** One row per supplier, a column per question (its answer) and one for its comment. */
  async answersFile(organizationId: string, campaignId: string, format: TabularFormat, lang: 'ja' | 'en'): Promise<Buffer> {
    const campaign = await this.campaigns.find(organizationId, campaignId);
    const { definition } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
    const responses: { id: string; code: string | null; name: string; status: string; depth: string }[] = await this.db.query(
      `SELECT r.id, s.code, s.name, r.status, r.depth FROM ${RESPONSES} r JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2 ORDER BY s.name, r.id`,
      [campaignId, organizationId],
    );
    const answers: { response_id: string; question_id: string; value: AnswerValue; comment: string | null }[] = await this.db.query(
      `SELECT a.response_id, a.question_id, a.value, a.comment FROM response_answers a JOIN ${RESPONSES} r ON r.id = a.response_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2`,
      [campaignId, organizationId],
    );
    const byResponse = new Map<string, Map<string, { value: AnswerValue; comment: string | null }>>();
    for (const a of answers) {
      let m = byResponse.get(a.response_id);
      if (!m) byResponse.set(a.response_id, (m = new Map()));
      m.set(a.question_id, a);
    }
    const questions = definition.questions;
    const columns = ['supplier_code', 'supplier', 'status', 'depth', ...questions.flatMap((q) => [q.id, `${q.id} comment`])];
    const rows = responses.map((r): Row => {
      const row: Row = { supplier_code: r.code ?? '', supplier: r.name, status: r.status, depth: r.depth };
      const mine = byResponse.get(r.id);
      for (const q of questions) {
        const a = mine?.get(q.id);
        row[q.id] = a ? display(q, a.value, lang) : '';
        row[`${q.id} comment`] = a?.comment ?? '';
      }
      return row;
    });
    return writeTabular(format, columns, rows, 'answers');
  }
}

/** Choice answers as their labels, so the file reads without the questionnaire beside it. */
function display(q: Question, value: AnswerValue, lang: 'ja' | 'en'): string {
  if (value === null) return '';
  const label = (v: string) => {
    const o = q.options?.find((x) => x.value === v);
    return o ? localize(o.label, lang) : v;
  };
  if (Array.isArray(value)) return q.type === 'file' ? `${value.length} file(s)` : value.map(label).join('; ');
  if (typeof value === 'string' && (q.type === 'yes_no' || q.type === 'single_choice')) return label(value);
  return String(value);
}
