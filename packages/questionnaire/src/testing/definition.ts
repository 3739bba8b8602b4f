import type { QuestionnaireDefinitionInput } from '../format.js';

export const t = (en: string) => ({ ja: `${en}（日本語）`, en });
export const yesNo = [
  { value: 'yes', label: t('Yes'), score: 1 },
  { value: 'no', label: t('No'), score: 0 },
];

/** Valid: every question type, a showIf chain, a critical question, extended depth. */
export function base(): QuestionnaireDefinitionInput {
  return {
    formatVersion: 1,
    key: 'test_survey',
    title: t('Test survey'),
    themes: [
      { key: 'general', title: t('General') },
      { key: 'labour', title: t('Labour'), weight: 2 },
    ],
    questions: [
      {
        id: 'GEN-01',
        theme: 'general',
        text: t('Policy?'),
        type: 'yes_no',
        options: yesNo,
        critical: true,
        guidance: t('Adopt a policy'),
      },
      {
        id: 'GEN-02',
        theme: 'general',
        text: t('Coverage?'),
        type: 'single_choice',
        options: [
          { value: 'full', label: t('Full'), score: 1 },
          { value: 'partial', label: t('Partial'), score: 0.5 },
          { value: 'none', label: t('None'), score: 0 },
          { value: 'na', label: t('N/A'), score: null },
        ],
        showIf: { questionId: 'GEN-01', in: ['yes'] },
      },
      {
        id: 'LAB-01',
        theme: 'labour',
        text: t('Which?'),
        type: 'multi_choice',
        options: [
          { value: 'a', label: t('A'), score: 0.5 },
          { value: 'b', label: t('B'), score: 0.5 },
          { value: 'c', label: t('C'), score: 0 },
        ],
      },
      { id: 'LAB-02', theme: 'labour', text: t('How many?'), type: 'number' },
      {
        id: 'LAB-03',
        theme: 'labour',
        text: t('Describe'),
        type: 'text',
        depth: 'extended',
        evidence: 'required',
      },
      { id: 'LAB-04', theme: 'labour', text: t('Since when?'), type: 'date' },
      { id: 'LAB-05', theme: 'labour', text: t('Upload'), type: 'file', evidence: 'required' },
      {
        id: 'LAB-06',
        theme: 'labour',
        text: t('Interns?'),
        type: 'yes_no',
        options: yesNo,
        depth: 'extended',
        showIf: { questionId: 'LAB-01', in: ['a', 'b'] },
      },
    ],
  };
}
