import { type Answer, type AnswerValue, type Depth, type QuestionnaireDefinition, isDepthAsked, validateAnswer } from '@ses/questionnaire';
import { DomainError } from '../../common/errors';
import { readTabular } from '../../common/tabular';

export interface SheetError {
  row: number;
  questionId: string | null;
  message: string;
}

/**
 * Reads an answer sheet filled in offline (the XLSX from `buildAnswerSheet`, in either
 * language): the first column is the question id, then the answer and comment columns
 * found by their header. Empty rows are skipped; every other row must fit its question.
 */
export async function readAnswerSheet(
  buf: Buffer,
  definition: QuestionnaireDefinition,
  depth: Depth,
): Promise<{ answers: Record<string, Answer>; errors: SheetError[] }> {
  const rows = await readTabular(buf);
  if (rows.length === 0) throw new DomainError('VALIDATION_FAILED', 'the answer sheet has no rows');
  const headers = Object.keys(rows[0]);
  const idKey = headers[0];
  const answerKey = headers.find((h) => h === '回答' || h === 'answer');
  const commentKey = headers.find((h) => h === 'コメント' || h === 'comment');
  if (!answerKey) throw new DomainError('VALIDATION_FAILED', 'this is not an answer sheet: the "Answer" column is missing');
  const questions = new Map(definition.questions.filter((q) => isDepthAsked(q.depth, depth)).map((q) => [q.id, q]));
  const answers: Record<string, Answer> = {};
  const errors: SheetError[] = [];
  rows.forEach((r, i) => {
    const row = i + 2;
    const id = r[idKey];
    const raw = (r[answerKey] ?? '').trim();
    const comment = commentKey ? (r[commentKey] ?? '').trim() : '';
    if (!raw && !comment) return;
    const q = questions.get(id);
    if (!q) return void errors.push({ row, questionId: id || null, message: `unknown question id "${id}"` });
    if (q.type === 'file') {
      if (raw) errors.push({ row, questionId: id, message: 'attach files in the portal; the sheet cannot carry them' });
      if (comment) answers[id] = { value: null, comment };
      return;
    }
    const value = raw ? parseValue(q.type, raw) : null;
    const problem = value === undefined ? 'not a number' : validateAnswer(q, value);
    if (problem) return void errors.push({ row, questionId: id, message: problem });
    answers[id] = { value: value ?? null, ...(comment ? { comment } : {}) };
  });
  return { answers, errors };
}

function parseValue(type: string, raw: string): AnswerValue | undefined {
  switch (type) {
    case 'multi_choice':
      return raw.split(/[;；,、\n]/).map((v) => v.trim()).filter(Boolean);
    case 'number': {
      const n = Number(raw.replace(/[,，]/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    default:
      return raw;
  }
}
