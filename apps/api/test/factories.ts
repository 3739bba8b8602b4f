import type { Answer, Depth, QuestionnaireDefinition } from '@ses/questionnaire';
import { isAsked } from '@ses/questionnaire';
import type { TestApp } from './harness';

/**
 * Answers every question a supplier at `depth` is asked, following `showIf` as answers
 * accumulate. `best` picks each question's highest-scoring option, `worst` its lowest.
 */
export function answerAll(definition: QuestionnaireDefinition, depth: Depth, pick: 'best' | 'worst' = 'best'): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of definition.questions) {
    if (!isAsked(q, depth, answers, definition)) continue;
    const scored = [...(q.options ?? [])].filter((o) => o.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const option = pick === 'best' ? scored[0] : scored.at(-1);
    switch (q.type) {
      case 'yes_no':
      case 'single_choice':
        answers[q.id] = { value: (option ?? q.options![0]).value };
        break;
      case 'multi_choice':
        answers[q.id] = { value: [(option ?? q.options![0]).value] };
        break;
      case 'number':
        answers[q.id] = { value: 42 };
        break;
      case 'date':
        answers[q.id] = { value: '2026-04-01' };
        break;
      case 'text':
        answers[q.id] = { value: 'Documented in our policy.' };
        break;
      case 'file':
        answers[q.id] = { value: ['00000000-0000-4000-8000-000000000000'] };
        break;
    }
  }
  return answers;
}

let n = 0;
export async function createSupplier(t: TestApp, token: string, body: Record<string, unknown> = {}) {
  n++;
  const res = await t.request('POST', '/api/suppliers', {
    token,
    body: {
      name: `Supplier ${n}`,
      code: `C-${n}-${Date.now()}`,
      productType: 'Electronic components',
      contacts: [{ name: `Contact ${n}`, email: `contact${n}-${Date.now()}@supplier.test`, language: 'en' }],
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`supplier: ${res.body}`);
  return res.json();
}

export async function builtinVersionId(t: TestApp, token: string): Promise<string> {
  const list = (await t.request('GET', '/api/questionnaires', { token })).json();
  return list.find((q: { builtIn: boolean }) => q.builtIn).publishedVersionId;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The personal link's token in an invitation or reminder. */
export function tokenIn(text: string): string {
  const m = /\/s\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error(`no link in: ${text.slice(0, 300)}`);
  return m[1];
}
