import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { FeedbackSheet } from '@ses/api-types';
import { type Thresholds, formatRate } from '@ses/scoring';

type Benchmark = NonNullable<FeedbackSheet['benchmark']>;

/**
 * Noto Sans JP (SIL Open Font License), shipped in npm, embedded as a subset: Japanese text
 * renders on any reader, and `pdftotext` gets it back.
 */
const FONT_DIR = require.resolve('@expo-google-fonts/noto-sans-jp/package.json').replace(/package\.json$/, '');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(`${FONT_DIR}400Regular/NotoSansJP_400Regular.ttf`),
    bold: readFileSync(`${FONT_DIR}700Bold/NotoSansJP_700Bold.ttf`),
  });

const GRADE_COLOURS: Record<string, string> = { A: '#1b7a3d', B: '#4f7f1f', C: '#9a6b00', D: '#b04a00', Z: '#b00020', 'N/A': '#666666' };

const LABELS = {
  ja: {
    title: 'フィードバックシート', supplier: 'お取引先', productType: '製品区分', submitted: '回答日', overall: '総合評価', rate: '得点率',
    theme: 'テーマ', grade: '評価', average: '同製品区分の平均', allAverage: '全取引先の平均', critical: '未対応の重要項目', lost: '減点となった項目', guidance: '改善のためのガイダンス',
    next: '今後の流れ', none: '指摘事項はありません。', overridden: '（担当者により調整）',
    legend: '評価の基準', chart: 'テーマ別得点率', you: '貴社', computed: '算定評価',
    legendRows: (t: Thresholds) => [`A: ${t.A}% 以上`, `B: ${t.B}% 以上 ${t.A}% 未満`, `C: ${t.C}% 以上 ${t.B}% 未満`, `D: ${t.C}% 未満`, 'Z: 重要項目が未対応', 'N/A: 対象外'],
    averageOf: (b: Benchmark) =>
      b.scope === 'product_type' ? `同製品区分の平均（他 ${b.count} 社）` : b.scope === 'overall' ? `全取引先の平均（他 ${b.count} 社。同製品区分の回答が少ないため）` : '平均（回答数が少ないため非表示）',
  },
  en: {
    title: 'Feedback sheet', supplier: 'Supplier', productType: 'Product type', submitted: 'Submitted', overall: 'Overall grade', rate: 'Score rate',
    theme: 'Theme', grade: 'Grade', average: 'Product-type average', allAverage: 'All-supplier average', critical: 'Critical points not met', lost: 'Points lost', guidance: 'Guidance',
    next: 'What happens next', none: 'Nothing to report.', overridden: ' (adjusted by the buyer)',
    legend: 'How grades are given', chart: 'Score rate by theme', you: 'Your rate', computed: 'computed',
    legendRows: (t: Thresholds) => [`A: ${t.A}% or more`, `B: ${t.B}% to under ${t.A}%`, `C: ${t.C}% to under ${t.B}%`, `D: under ${t.C}%`, 'Z: a critical point not met', 'N/A: not applicable'],
    averageOf: (b: Benchmark) =>
      b.scope === 'product_type'
        ? `Product-type average (${b.count} other suppliers)`
        : b.scope === 'overall'
          ? `Average of all suppliers (${b.count} others; too few of your product type)`
          : 'Average (withheld: too few responses)',
  },
};

/** Rates as everywhere else: truncated to the digits shown (a 79.96 % B never reads 80.0 %). */
const pct = (n: number | null, lang: FeedbackSheet['language']) => formatRate(n, { locale: lang, percent: true });

export function renderFeedbackPdf(sheet: FeedbackSheet): Promise<Buffer> {
  const L = LABELS[sheet.language];
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${L.title} — ${sheet.supplierName}`, Author: sheet.organizationName } });
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 100;

  doc.font('bold').fontSize(18).fillColor('#111').text(L.title);
  doc.font('body').fontSize(10).fillColor('#444').text(`${sheet.organizationName} — ${sheet.campaignName}`);
  doc.moveDown(0.8);
  doc.fillColor('#111').fontSize(11);
  doc.font('bold').text(`${L.supplier}: `, { continued: true }).font('body').text(sheet.supplierName);
  doc.font('bold').text(`${L.productType}: `, { continued: true }).font('body').text(sheet.productType);
  if (sheet.submittedAt) doc.font('bold').text(`${L.submitted}: `, { continued: true }).font('body').text(sheet.submittedAt.slice(0, 10));
  doc.moveDown(0.6);
  doc.font('bold').fontSize(13).text(`${L.overall}: `, { continued: true });
  doc.fillColor(GRADE_COLOURS[sheet.overall.grade]).text(sheet.overall.grade, { continued: true });
  const overallNote = sheet.overall.grade !== sheet.overall.computedGrade ? `${L.overridden.replace(/[)）]$/, '')}${sheet.language === 'ja' ? '、' : ', '}${L.computed} ${sheet.overall.computedGrade}${sheet.language === 'ja' ? '）' : ')'}` : '';
  doc.fillColor('#111').font('body').fontSize(11).text(`   ${L.rate} ${pct(sheet.overall.rate, sheet.language)}${overallNote}`);
  doc.moveDown(0.8);

  // The theme table: rate and grade beside the product-type average.
  const cols = [width * 0.46, width * 0.16, width * 0.12, width * 0.26];
  const row = (cells: string[], opts: { bold?: boolean; gradeAt?: number } = {}) => {
    const y = doc.y;
    let x = 50;
    cells.forEach((c, i) => {
      doc.font(opts.bold ? 'bold' : 'body').fontSize(10).fillColor(i === opts.gradeAt ? GRADE_COLOURS[c.replace('*', '')] ?? '#111' : '#111');
      // The first column starts at the margin, as the headings do: text extractors keep the rows flush left.
      doc.text(c, i === 0 ? x : x + 4, y, { width: cols[i] - (i === 0 ? 4 : 8) });
      x += cols[i];
    });
    doc.x = 50;
    doc.y = Math.max(doc.y, y + 16) + 4;
    doc.moveTo(50, doc.y - 2).lineTo(50 + width, doc.y - 2).strokeColor('#dddddd').lineWidth(0.5).stroke();
  };
  const benchmark: Benchmark = sheet.benchmark ?? { scope: 'product_type', count: 0 };
  row([L.theme, L.rate, L.grade, benchmark.scope === 'overall' ? L.allAverage : L.average], { bold: true });
  for (const t of sheet.themes) {
    const grade = t.grade !== t.computedGrade ? `${t.grade}*` : t.grade;
    row([t.title, pct(t.rate, sheet.language), grade, pct(t.productTypeAverage, sheet.language)], { gradeAt: 2 });
  }
  doc.font('body').fontSize(8).fillColor('#444');
  for (const t of sheet.themes.filter((x) => x.grade !== x.computedGrade)) {
    doc.text(`* ${t.title}: ${t.grade}${L.overridden.replace(/[)）]$/, '')}${sheet.language === 'ja' ? '、' : ', '}${L.computed} ${t.computedGrade}${sheet.language === 'ja' ? '）' : ')'}`, 50, doc.y, { width });
  }
  doc.text(L.averageOf(benchmark), 50, doc.y, { width });
  doc.moveDown(0.8);
  if (sheet.thresholds) legend(doc, L.legend, L.legendRows(sheet.thresholds), width);
  chart(doc, sheet, { title: L.chart, you: L.you, average: L.averageOf(benchmark) }, width);

  for (const t of sheet.themes) {
    if (t.criticalFailures.length === 0 && t.lostPoints.length === 0) continue;
    doc.font('bold').fontSize(12).fillColor('#111').text(`${t.title} — ${t.grade}`, 50, doc.y, { width });
    doc.moveDown(0.3);
    const points = (title: string, list: typeof t.lostPoints, colour: string) => {
      if (list.length === 0) return;
      doc.font('bold').fontSize(10).fillColor(colour).text(title, { width });
      for (const p of list) {
        doc.font('body').fontSize(10).fillColor('#111').text(`• ${p.questionId} ${p.question}${p.reference ? ` (${p.reference})` : ''}`, { width, indent: 8 });
        if (p.guidance) doc.fontSize(9).fillColor('#333').text(`${L.guidance}: ${p.guidance}`, { width: width - 16, indent: 16 });
        doc.moveDown(0.2);
      }
      doc.moveDown(0.3);
    };
    points(L.critical, t.criticalFailures, '#b00020');
    points(L.lost, t.lostPoints, '#7a4a00');
  }

  doc.font('bold').fontSize(12).fillColor('#111').text(L.next, 50, doc.y, { width });
  for (const s of sheet.nextSteps) doc.font('body').fontSize(10).text(`• ${s}`, { width });
  doc.end();
  return done;
}

/** The grades and the campaign's thresholds that give them, in two columns. */
function legend(doc: PDFKit.PDFDocument, title: string, rows: string[], width: number) {
  doc.font('bold').fontSize(11).fillColor('#111').text(title, 50, doc.y, { width });
  const top = doc.y + 2;
  const half = Math.ceil(rows.length / 2);
  rows.forEach((r, i) => {
    const x = 50 + (i < half ? 0 : width / 2);
    const y = top + (i % half) * 14;
    const grade = r.split(':')[0];
    doc.rect(x, y + 2, 8, 8).fill(GRADE_COLOURS[grade] ?? '#666666');
    doc.font('body').fontSize(9).fillColor('#111').text(r, x + 14, y, { width: width / 2 - 16, lineBreak: false });
  });
  doc.x = 50;
  doc.y = top + half * 14 + 8;
}

/**
 * Bars per theme, as Japanese SAQ reports draw them: the supplier's rate (dark) above the
 * average it is compared with (light), on a 0–100 % scale; a theme without a rate shows none.
 */
function chart(doc: PDFKit.PDFDocument, sheet: FeedbackSheet, L: { title: string; you: string; average: string }, width: number) {
  const labelW = width * 0.32;
  const barW = width - labelW - 50;
  const rowH = 22;
  const needed = 40 + sheet.themes.length * rowH;
  if (doc.y + needed > doc.page.height - 60) doc.addPage();
  doc.font('bold').fontSize(11).fillColor('#111').text(L.title, 50, doc.y, { width });
  let y = doc.y + 4;
  // The key.
  doc.rect(50, y + 2, 10, 8).fill('#1f4e79');
  doc.font('body').fontSize(8).fillColor('#111').text(L.you, 64, y, { lineBreak: false });
  doc.rect(50 + width * 0.25, y + 2, 10, 8).fill('#9dc3e6');
  doc.fillColor('#111').text(L.average, 64 + width * 0.25, y, { width: width * 0.7, lineBreak: false });
  y += 16;
  const x0 = 50 + labelW;
  for (const pctLine of [0, 50, 100]) {
    doc.moveTo(x0 + (barW * pctLine) / 100, y).lineTo(x0 + (barW * pctLine) / 100, y + sheet.themes.length * rowH).strokeColor('#cccccc').lineWidth(0.5).stroke();
  }
  for (const t of sheet.themes) {
    doc.font('body').fontSize(8).fillColor('#111').text(t.title, 50, y + 4, { width: labelW - 6, height: rowH - 2, ellipsis: true });
    if (t.rate !== null) {
      doc.rect(x0, y + 3, (barW * t.rate) / 100, 7).fill('#1f4e79');
      doc.fillColor('#111').fontSize(7).text(pct(t.rate, sheet.language), x0 + (barW * t.rate) / 100 + 3, y + 2, { lineBreak: false });
    }
    if (t.productTypeAverage !== null) {
      doc.rect(x0, y + 11, (barW * t.productTypeAverage) / 100, 7).fill('#9dc3e6');
      doc.fillColor('#444').fontSize(7).text(pct(t.productTypeAverage, sheet.language), x0 + (barW * t.productTypeAverage) / 100 + 3, y + 10, { lineBreak: false });
    }
    y += rowH;
  }
  doc.font('body').fontSize(7).fillColor('#444');
  for (const p of [0, 50, 100]) doc.text(`${p}%`, x0 + (barW * p) / 100 - 6, y + 2, { lineBreak: false });
  doc.x = 50;
  doc.y = y + 18;
}
