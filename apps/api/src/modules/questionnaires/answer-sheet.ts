import ExcelJS from 'exceljs';
import { type Answers, type Depth, type Language, type QuestionnaireDefinition, isDepthAsked, localize } from '@ses/questionnaire';
import { safeCell } from '../../common/tabular';

export const ANSWER_SHEET_COLUMNS = ['question_id', 'theme', 'question', 'type', 'allowed_values', 'required', 'answer', 'comment'] as const;

const LABELS: Record<Language, Record<(typeof ANSWER_SHEET_COLUMNS)[number], string>> = {
  ja: { question_id: '設問ID', theme: 'テーマ', question: '設問', type: '回答形式', allowed_values: '選択肢（値＝意味）', required: '必須', answer: '回答', comment: 'コメント' },
  en: { question_id: 'Question ID', theme: 'Theme', question: 'Question', type: 'Answer type', allowed_values: 'Allowed values (value = meaning)', required: 'Required', answer: 'Answer', comment: 'Comment' },
};

const TYPE_HINTS: Record<Language, Record<string, string>> = {
  ja: { yes_no: '値を1つ', single_choice: '値を1つ', multi_choice: '値をセミコロン(;)区切りで', number: '数値', text: '自由記述', date: '日付 YYYY-MM-DD', file: 'ポータルでファイルを添付' },
  en: { yes_no: 'one value', single_choice: 'one value', multi_choice: 'values separated by ;', number: 'a number', text: 'free text', date: 'date YYYY-MM-DD', file: 'attach the file in the portal' },
};

/**
 * The XLSX answer sheet: one row per question of the depth, with the allowed values, a
 * drop-down where there is a single choice, and room for the answer and a comment. The
 * hidden first column keeps question ids stable when the sheet comes back.
 */
export async function buildAnswerSheet(
  definition: QuestionnaireDefinition,
  opts: { depth: Depth; lang: Language; answers?: Answers; title?: string },
): Promise<Buffer> {
  const { depth, lang } = opts;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Supplier Engagement Survey';
  const sheet = wb.addWorksheet(lang === 'ja' ? '回答シート' : 'Answer sheet', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ANSWER_SHEET_COLUMNS.map((key) => ({ key, header: LABELS[lang][key], width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  const themes = new Map(definition.themes.map((t) => [t.key, localize(t.title, lang)]));
  for (const q of definition.questions) {
    if (!isDepthAsked(q.depth, depth)) continue;
    const answer = opts.answers?.[q.id];
    const options = q.options ?? [];
    const row = sheet.addRow({
      question_id: q.id,
      theme: themes.get(q.theme) ?? q.theme,
      question: safeCell(localize(q.text, lang) + (q.showIf ? (lang === 'ja' ? `（${q.showIf.questionId} が ${q.showIf.in.join('/')} の場合）` : ` (if ${q.showIf.questionId} is ${q.showIf.in.join('/')})`) : '')),
      type: TYPE_HINTS[lang][q.type],
      allowed_values: options.map((o) => `${o.value} = ${localize(o.label, lang)}`).join('\n'),
      required: q.required ? (lang === 'ja' ? '必須' : 'required') : '',
      answer: answer ? safeCell(Array.isArray(answer.value) ? answer.value.join(';') : String(answer.value ?? '')) : '',
      comment: answer?.comment ? safeCell(answer.comment) : '',
    });
    row.alignment = { vertical: 'top', wrapText: true };
    if ((q.type === 'yes_no' || q.type === 'single_choice') && options.length > 0) {
      row.getCell('answer').dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${options.map((o) => o.value).join(',')}"`],
        showErrorMessage: true,
      };
    }
    row.getCell('answer').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
  }
  const meta = wb.addWorksheet('meta', { state: 'veryHidden' });
  meta.addRow(['questionnaire', definition.key]);
  meta.addRow(['depth', depth]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const WIDTHS: Record<(typeof ANSWER_SHEET_COLUMNS)[number], number> = {
  question_id: 10, theme: 16, question: 60, type: 16, allowed_values: 36, required: 8, answer: 20, comment: 40,
};
