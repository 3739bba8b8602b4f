import { expect } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, userWithRole, type TestApp } from './harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from './factories';
import { until } from './outbox';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const declaration = { signerName: '山田 太郎', signerTitle: '代表取締役', agreed: true };

export interface QueuedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  message_id: string;
}

/**
 * One organisation with an admin (who creates the campaign), a buyer and a viewer, and a
 * launched campaign of the built-in questionnaire answered by three suppliers: `bad` (ja
 * contact) and `other` with the worst answers (Z themes), `good` with the best (all A).
 */
export async function correctiveActionsFixture() {
  const t: TestApp = await startTestApp();
  const admin = await signup(t, 'CA Buyer Org');
  const buyer = await userWithRole(t, admin.token, 'buyer');
  const viewer = await userWithRole(t, admin.token, 'viewer');
  const versionId = await builtinVersionId(t, admin.token);
  const suppliers: Record<string, string> = {};
  for (const [name, lang] of [['bad', 'ja'], ['other', 'en'], ['good', 'en']] as const) {
    suppliers[name] = (await createSupplier(t, admin.token, { name: `${name} 株式会社`, contacts: [{ name: `${name} 担当`, email: `${name}@ca.test`, language: lang }] })).id;
  }
  const campaign = await launch(t, admin.token, versionId, Object.values(suppliers), 'FY2026 SAQ');
  for (const [name, pick] of [['bad', 'worst'], ['other', 'worst'], ['good', 'best']] as const) await answerAndSubmit(t, campaign.links[name], pick);

  const seen = new Set<string>();
  return {
    t,
    admin,
    buyer,
    viewer,
    versionId,
    suppliers,
    campaignId: campaign.id,
    links: campaign.links,
    /** Corrective-action messages queued since the last call (the outbox is written with each step). */
    async queued(): Promise<QueuedMail[]> {
      const rows: QueuedMail[] = await t.db.query(
        `SELECT id, to_address AS to, subject, text, message_id FROM outbox WHERE kind = 'corrective_action' ORDER BY created_at, id`,
      );
      const fresh = rows.filter((r) => !seen.has(r.id));
      fresh.forEach((r) => seen.add(r.id));
      return fresh;
    },
    /** Waits until the SMTP server has received the queued message. */
    delivered: (mail: QueuedMail) =>
      until(`delivery of "${mail.subject}"`, async () => t.smtp.messages.find((m) => m.messageId.replace(/[<>]/g, '') === mail.message_id.replace(/[<>]/g, ''))),
    board: async (query = '', token = admin.token) => {
      const res = await t.request('GET', `/api/corrective-actions${query}`, { token });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
  };
}

export type Fixture = Awaited<ReturnType<typeof correctiveActionsFixture>>;

/** Creates and launches a campaign; the personal links by supplier name (from the contact address). */
export async function launch(t: TestApp, token: string, versionId: string, supplierIds: string[], name: string) {
  // Grades shown on submission: these tests follow an action from the moment the supplier sees it
  // (after_release, where it shows with the feedback, is tested with the release).
  const c = await t.request('POST', '/api/campaigns', { token, body: { name, questionnaireVersionId: versionId, supplierIds, dueDate: inDays(20), gradeVisibility: 'on_submit' } });
  expect(c.statusCode, c.body).toBe(201);
  const before = t.smtp.messages.length;
  expect((await t.request('POST', `/api/campaigns/${c.json().id}/launch`, { token })).statusCode).toBe(202);
  // Other mail may arrive meanwhile: the invitations are the ones naming the campaign.
  const invitations = () => t.smtp.messages.slice(before).filter((m) => m.subject.includes(name));
  await until('the invitations', async () => invitations().length >= supplierIds.length);
  const links: Record<string, string> = {};
  for (const m of invitations()) links[m.to[0].split('@')[0]] = tokenIn(m.text);
  return { id: c.json().id as string, links };
}

export async function answerAndSubmit(t: TestApp, link: string, pick: 'best' | 'worst') {
  const version = (await t.request('GET', `/api/portal/${link}`)).json().version;
  const saved = await t.request('PUT', `/api/portal/${link}/answers`, { body: { version, answers: answerAll(builtinQuestionnaire, 'core', pick) } });
  expect(saved.statusCode, saved.body).toBe(200);
  const res = await t.request('POST', `/api/portal/${link}/submit`, { body: { declaration } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
