import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { FeedbackSheet } from '@ses/api-types';
import { formatRate } from '@ses/scoring';

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
    theme: 'テーマ', grade: '評価', average: '同製品区分の平均', critical: '未対応の重要項目', lost: '減点となった項目', guidance: '改善のためのガイダンス',
    next: '今後の流れ', none: '指摘事項はありません。', overridden: '（担当者により調整）',
  },
  en: {
    title: 'Feedback sheet', supplier: 'Supplier', productType: 'Product type', submitted: 'Submitted', overall: 'Overall grade', rate: 'Score rate',
    theme: 'Theme', grade: 'Grade', average: 'Product-type average', critical: 'Critical points not met', lost: 'Points lost', guidance: 'Guidance',
    next: 'What happens next', none: 'Nothing to report.', overridden: ' (adjusted by the buyer)',
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
  doc.fillColor('#111').font('body').fontSize(11).text(`   ${L.rate} ${pct(sheet.overall.rate, sheet.language)}${sheet.overall.grade !== sheet.overall.computedGrade ? L.overridden : ''}`);
  doc.moveDown(0.8);

  // The theme table: rate and grade beside the product-type average.
  const cols = [width * 0.46, width * 0.16, width * 0.12, width * 0.26];
  const row = (cells: string[], opts: { bold?: boolean; gradeAt?: number } = {}) => {
    const y = doc.y;
    let x = 50;
    cells.forEach((c, i) => {
      doc.font(opts.bold ? 'bold' : 'body').fontSize(10).fillColor(i === opts.gradeAt ? GRADE_COLOURS[c] ?? '#111' : '#111');
      doc.text(c, x + 4, y, { width: cols[i] - 8 });
      x += cols[i];
    });
    doc.x = 50;
    doc.y = Math.max(doc.y, y + 16) + 4;
    doc.moveTo(50, doc.y - 2).lineTo(50 + width, doc.y - 2).strokeColor('#dddddd').lineWidth(0.5).stroke();
  };
  row([L.theme, L.rate, L.grade, L.average], { bold: true });
  for (const t of sheet.themes) row([t.title, pct(t.rate, sheet.language), t.grade, pct(t.productTypeAverage, sheet.language)], { gradeAt: 2 });
  doc.moveDown(1);

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
