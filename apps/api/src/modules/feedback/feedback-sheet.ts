import type { FeedbackSheet } from '@ses/api-types';
import { type Language, type QuestionnaireDefinition, localize } from '@ses/questionnaire';
import type { EffectiveGrades, Grade, GradeResult } from '@ses/scoring';

export interface FeedbackInput {
  lang: Language;
  definition: QuestionnaireDefinition;
  result: GradeResult;
  /** The grades that count, with the computed ones beside them (read where the API keeps the rule). */
  grades: EffectiveGrades;
  /** Average rate per theme for the supplier's product type. */
  averages: Record<string, number>;
  organizationName: string;
  campaignName: string;
  supplierName: string;
  productType: string;
  submittedAt: Date | null;
  releasedAt: Date | null;
}

/** Lost points shown per theme: the biggest losses first, enough to act on. */
const MAX_LOST_POINTS = 8;

/**
 * The content of a feedback sheet in one language: each theme's rate and grade beside its
 * product-type average, the failed critical points and the points lost, each with its
 * corrective guidance, and what happens next. Pure: the HTML view and the PDF both read it.
 */
export function buildFeedbackSheet(i: FeedbackInput): FeedbackSheet {
  const questions = new Map(i.definition.questions.map((q) => [q.id, q]));
  const point = (id: string, earned: number, possible: number) => {
    const q = questions.get(id);
    return {
      questionId: id,
      question: q ? localize(q.text, i.lang) : id,
      reference: q?.reference ?? null,
      guidance: q?.guidance ? localize(q.guidance, i.lang) : null,
      earned,
      possible,
    };
  };
  const themes = i.definition.themes.map((t) => {
    const r = i.result.themes[t.key];
    const critical = new Set(r?.criticalFailures ?? []);
    return {
      key: t.key,
      title: localize(t.title, i.lang),
      rate: r?.rate ?? null,
      grade: (Object.hasOwn(i.grades.themes, t.key) ? i.grades.themes[t.key].grade : null) ?? 'N/A',
      computedGrade: r?.grade ?? 'N/A',
      productTypeAverage: i.averages[t.key] ?? null,
      criticalFailures: [...critical].map((id) => point(id, 0, questions.get(id)?.weight ?? 1)),
      lostPoints: (r?.lostPoints ?? [])
        .filter((l) => !critical.has(l.questionId))
        .sort((a, b) => b.possible - b.earned - (a.possible - a.earned))
        .slice(0, MAX_LOST_POINTS)
        .map((l) => point(l.questionId, l.earned, l.possible)),
    };
  });
  const { grade } = i.grades.overall;
  return {
    language: i.lang,
    organizationName: i.organizationName,
    campaignName: i.campaignName,
    supplierName: i.supplierName,
    productType: i.productType,
    submittedAt: i.submittedAt?.toISOString() ?? null,
    releasedAt: i.releasedAt?.toISOString() ?? null,
    overall: { rate: i.result.overall.rate, grade, computedGrade: i.result.overall.grade },
    themes,
    nextSteps: nextSteps(grade, themes.filter((t) => t.grade === 'Z').map((t) => t.title), i.lang, i.organizationName),
  };
}

function nextSteps(grade: Grade, zThemes: string[], lang: Language, org: string): string[] {
  if (lang === 'ja') {
    if (grade === 'Z') {
      return [
        `評価が Z となったテーマ（${zThemes.join('、')}）について、${org}から是正措置のご依頼をお送りします。`,
        '記載のガイダンスを参考に、期限までに改善計画をご提出ください。計画の承認後、実施状況をご報告いただき、改善を確認いたします。',
        '改善の状況は次回の調査で再評価いたします。',
      ];
    }
    if (grade === 'D' || grade === 'C') {
      return ['減点となった項目について、記載のガイダンスを参考に取り組みをご検討ください。', '取り組みの状況は次回の調査で確認させていただきます。'];
    }
    return ['引き続き現在の取り組みを維持・向上していただきますようお願いいたします。', '次回の調査でも変わらぬご協力をお願い申し上げます。'];
  }
  if (grade === 'Z') {
    return [
      `${org} will send a corrective action request for the themes rated Z (${zThemes.join(', ')}).`,
      'Using the guidance above, please submit an improvement plan by the due date. Once the plan is approved, report its implementation so that the improvement can be verified.',
      'The next survey will re-assess these points.',
    ];
  }
  if (grade === 'D' || grade === 'C') {
    return ['Please consider the guidance for the points that lost marks and plan improvements.', 'The next survey will look at your progress.'];
  }
  return ['Thank you: please keep up and build on your current practices.', 'We look forward to your continued cooperation in the next survey.'];
}
