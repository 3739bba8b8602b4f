import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type MatrixRow, matrixQuerySchema } from '@ses/api-types';
import { type AnswerValue, type Question, localize } from '@ses/questionnaire';
import { formatRate, truncateRate } from '@ses/scoring';
import type { z } from 'zod';
import type { Readable } from 'node:stream';
import type { Cell } from '../../common/tabular';
import { mapRows, queryStream, through } from '../../common/streaming';
import { CampaignsService } from '../campaigns/campaigns.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { type MatrixRecord, MatrixService, toMatrixRow } from './matrix.service';
import { RESPONSES, RESPONSE_ANSWERS } from '../responses/responses.sql';
import { type ExportLang, type ExportWords, MATRIX_FIXED, exportWords, themeTitle } from './export-words';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

/**
 * A rate cell: the rate truncated to the digits people see (never rounded up past a
 * threshold), as text in CSV and as a number formatted 0.0 in XLSX, so both read the same.
 */
const fmt = (n: number | null | undefined): Cell =>
  n === null || n === undefined ? '' : { value: truncateRate(n), numFmt: '0.0', text: formatRate(n) };

export type MatrixTheme = { key: string; title?: { ja: string; en: string } };

/**
 * How one matrix row reads in the file, in the order of matrixColumns: rates to one
 * decimal, the effective grade beside the computed one. An array, not an object keyed by
 * column: a hundred thousand rows of 35 computed keys cost the export more than its query.
 */
export function matrixCells(r: MatrixRow, themes: readonly MatrixTheme[], words?: ExportWords): Cell[] {
  const cells: Cell[] = [
    r.supplierCode ?? '', r.supplierName, r.productType, r.country ?? '', String(r.tier),
    words ? (words.depth[r.depth] ?? r.depth) : r.depth,
    words ? (words.status[r.status] ?? r.status) : r.status,
    r.submittedAt ?? '',
    fmt(r.overallRate), r.effectiveOverallGrade ?? '', r.overallGrade ?? '',
  ];
  for (const t of themes) {
    const computed = r.themes[t.key];
    cells.push(fmt(computed?.rate), r.effectiveThemes[t.key] ?? '', computed?.grade ?? '');
  }
  return cells;
}

/**
 * The matrix's headers: without `words` the machine codes (for scripts), with them in a
 * person's language, themes by their title.
 */
export function matrixColumns(themes: readonly MatrixTheme[], words?: ExportWords): string[] {
  const perTheme = (t: MatrixTheme): string[] => {
    if (!words) return [`${t.key}_rate`, `${t.key}_grade`, `${t.key}_grade_computed`];
    const title = themeTitle(t, words.lang);
    return [`${title} ${words.rate}`, `${title} ${words.grade}`, `${title} ${words.computed}`];
  };
  return [...MATRIX_FIXED.map((c) => (words ? words.columns[c] : c)), ...themes.flatMap(perTheme)];
}

/** A file's columns and its rows, streamed from a database cursor. */
export interface TabularStream {
  columns: string[];
  rows: Readable;
}

interface AnswersRecord {
  code: string | null;
  name: string;
  status: string;
  depth: string;
  answers: Record<string, { v: AnswerValue; c: string | null }> | null;
}

/**
 * The matrix and the answers of a campaign as CSV or XLSX, read through a cursor and
 * written as they come: memory stays flat however many suppliers answered.
 */
@Injectable()
export class ReviewExportsService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly questionnaires: QuestionnairesService,
    private readonly matrix: MatrixService,
  ) {}

  async matrixRows(organizationId: string, campaignId: string, q: z.output<typeof matrixQuerySchema>, lang?: ExportLang): Promise<TabularStream> {
    const words = lang ? exportWords(lang) : undefined;
    const campaign = await this.campaigns.find(organizationId, campaignId);
    const themes = await this.matrix.themes(campaign.questionnaireVersionId);
    const { sql, params } = await this.matrix.exportSql(organizationId, campaignId, q);
    const rows = through(await queryStream<MatrixRecord>(this.db, sql, params), mapRows((r: MatrixRecord) => matrixCells(toMatrixRow(r), themes, words)));
    return { columns: matrixColumns(themes, words), rows };
  }

  /** One row per supplier, a column per question (its answer) and one for its comment. */
  async answersRows(organizationId: string, campaignId: string, lang: ExportLang, localized = false): Promise<TabularStream> {
    const campaign = await this.campaigns.find(organizationId, campaignId);
    const { definition } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
    const questions = definition.questions;
    const words = localized ? exportWords(lang) : undefined;
    // In a person's language: the fixed columns in words, each question as "id text".
    const columns = words
      ? [words.columns.supplier_code, words.columns.supplier, words.columns.status, words.columns.depth,
          ...questions.flatMap((q) => { const h = `${q.id} ${localize(q.text, lang)}`; return [h, `${h} ${words.answers.comment}`]; })]
      : ['supplier_code', 'supplier', 'status', 'depth', ...questions.flatMap((q) => [q.id, `${q.id} comment`])];
    // Each response with its answers gathered by PostgreSQL: one row per supplier leaves the cursor.
    const source = await queryStream<AnswersRecord>(
      this.db,
      `SELECT s.code, s.name, r.status, r.depth,
              (SELECT jsonb_object_agg(a.question_id, jsonb_build_object('v', a.value, 'c', a.comment))
                 FROM ${RESPONSE_ANSWERS} a WHERE a.response_id = r.id) AS answers
       FROM ${RESPONSES} r JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2 ORDER BY s.name, r.id`,
      [campaignId, organizationId],
    );
    // Cells in the columns' order (an array is cheaper than an object of 2 × questions keys).
    const toRow = (r: AnswersRecord): string[] => {
      const cells = [r.code ?? '', r.name, words ? (words.status[r.status] ?? r.status) : r.status, words ? (words.depth[r.depth] ?? r.depth) : r.depth];
      for (const q of questions) {
        const a = r.answers?.[q.id];
        cells.push(a ? display(q, a.v, lang, words) : '', a?.c ?? '');
      }
      return cells;
    };
    return { columns, rows: through(source, mapRows(toRow)) };
  }
}

/** Choice answers as their labels, so the file reads without the questionnaire beside it. */
export function display(q: Question, value: AnswerValue, lang: ExportLang, words?: ExportWords): string {
  if (value === null) return '';
  const label = (v: string) => {
    const o = q.options?.find((x) => x.value === v);
    return o ? localize(o.label, lang) : v;
  };
  if (Array.isArray(value)) return q.type === 'file' ? (words ?? exportWords('en')).files(value.length) : value.map(label).join('; ');
  if (typeof value === 'boolean') return words ? ({ ja: { true: 'はい', false: 'いいえ' }, en: { true: 'Yes', false: 'No' } } as const)[lang][String(value) as 'true' | 'false'] : String(value);
  if (typeof value === 'string' && (q.type === 'yes_no' || q.type === 'single_choice')) return label(value);
  return String(value);
}
