import type { LocalizedText, QuestionInput } from '../format.js';

/**
 * Small builders that keep the built-in questionnaire's data files readable. Every helper
 * returns fresh objects, so no two questions share an options array.
 */

export type OptionInput = NonNullable<QuestionInput['options']>[number];

/** A bilingual text: Japanese first, then English. */
export const t = (ja: string, en: string): LocalizedText => ({ ja, en });

/** One answer option; `score: null` marks "not applicable" (the question leaves the sums). */
export const opt = (value: string, ja: string, en: string, score: number | null): OptionInput => ({
  value,
  label: { ja, en },
  score,
});

type Label = readonly [ja: string, en: string];

/** The "not applicable" option, always with the value `na` and no score. */
export const notApplicable = (ja: string, en: string): OptionInput =>
  opt('na', `該当しません（${ja}）`, `Not applicable: ${en}`, null);

/**
 * The usual maturity scale: `yes` (1), `partly` (0.5), `no` (0), optionally followed by a
 * "not applicable" option. Any label can be replaced to fit the question.
 */
export function maturity(
  labels: { yes?: Label; partly?: Label; no?: Label } = {},
  na?: OptionInput,
): OptionInput[] {
  const yes = labels.yes ?? ['はい（文書化し、運用しています）', 'Yes, documented and implemented'];
  const partly = labels.partly ?? [
    '一部実施しています（整備中を含みます）',
    'Partly / being put in place',
  ];
  const no = labels.no ?? ['いいえ', 'No'];
  const options = [
    opt('yes', yes[0], yes[1], 1),
    opt('partly', partly[0], partly[1], 0.5),
    opt('no', no[0], no[1], 0),
  ];
  return na ? [...options, na] : options;
}

/** Labels for practices that are "done" rather than "documented". */
export const PRACTICE = {
  yes: ['はい（方針や計画に基づいて取り組んでいます）', 'Yes, based on a policy or plan'],
  partly: ['一部取り組んでいます', 'Partly'],
} as const satisfies { yes: Label; partly: Label };

/** Options of a `yes_no` question: yes (1) and no (0). */
export const yesNo = (): OptionInput[] => [
  opt('yes', 'はい', 'Yes', 1),
  opt('no', 'いいえ', 'No', 0),
];

/** Certification scale: certified (1), an equivalent own system (0.5), none (0). */
export const certification = (): OptionInput[] => [
  opt('certified', 'はい（第三者認証を取得しています）', 'Yes, certified by a third party', 1),
  opt(
    'own',
    '認証は取得していませんが、同等の仕組みを運用しています',
    'Not certified, but we operate an equivalent system',
    0.5,
  ),
  opt('no', 'いいえ', 'No', 0),
];

/** Past incidents: none (1), corrected (0.5), still open (0). */
export const pastIncidents = (): OptionInput[] => [
  opt('none', 'ありません', 'No', 1),
  opt(
    'resolved',
    'あり、是正を完了しています',
    'Yes, and corrective action has been completed',
    0.5,
  ),
  opt('open', 'あり、是正は完了していません', 'Yes, and corrective action is not yet complete', 0),
];

/** The "none of these" option of a multi-choice question. */
export const noneOfThese = (ja = 'いずれも実施していません', en = 'None of these'): OptionInput =>
  opt('none', ja, en, 0);
