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

/**
 * Creates and launches a campaign of the built-in questionnaire to `supplierIds`; returns
 * its id and each invited contact's link token, by the local part of their e-mail address.
 */
export async function launchBuiltinCampaign(t: TestApp, token: string, supplierIds: string[], name = 'Campaign') {
  const created = await t.request('POST', '/api/campaigns', {
    token,
    body: { name, questionnaireVersionId: await builtinVersionId(t, token), supplierIds, dueDate: inDays(10) },
  });
  if (created.statusCode !== 201) throw new Error(`campaign: ${created.body}`);
  const before = t.smtp.messages.length;
  await t.request('POST', `/api/campaigns/${created.json().id}/launch`, { token });
  await t.smtp.waitFor(before + supplierIds.length);
  const links: Record<string, string> = {};
  for (const m of t.smtp.messages.slice(before)) links[m.to[0].split('@')[0]] = tokenIn(m.text);
  return { campaignId: created.json().id as string, links };
}

/** Answers every core question through the portal (`best` or `worst` options) and submits. */
export async function answerAndSubmit(t: TestApp, link: string, pick: 'best' | 'worst', definition: QuestionnaireDefinition): Promise<void> {
  const v = (await t.request('GET', `/api/portal/${link}`)).json().version;
  await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: v, answers: answerAll(definition, 'core', pick) } });
  const res = await t.request('POST', `/api/portal/${link}/submit`, { body: { declaration: { signerName: 'Jane Roe', signerTitle: 'CEO', agreed: true } } });
  if (res.statusCode !== 200) throw new Error(`submit: ${res.body}`);
}
