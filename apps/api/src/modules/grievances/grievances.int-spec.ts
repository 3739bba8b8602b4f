import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_CODE_PATTERN } from '@ses/api-types';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { createSupplier } from '../../../test/factories';
import { until } from '../../../test/outbox';
import { redactUrl } from '../../app';

const DESCRIPTION = 'Workers at the Ota plant are made to work 90 hours a week without overtime pay.';

describe('grievances (integration)', () => {
  let t: TestApp;
  let org: { token: string; email: string; slug: string; name: string };
  let secondAdmin: { token: string; email: string };
  let buyer: { token: string; id: string };
  let client = 0;
  // Each test files from its own client address, so the per-client flood limit is tested alone.
  const from = () => ({ 'x-forwarded-for': `198.51.100.${++client}` });
  const file = (body: object, slug = org.slug, headers: Record<string, string> = from()) =>
    t.request('POST', `/api/public/grievances/${slug}`, { body, headers });
  const follow = (code: string) => t.request('GET', `/api/public/grievances/${code}`, { headers: from() });
  // The code's hash is all the database knows of it.
  const idOf = async (code: string) =>
    (await t.db.query(`SELECT id FROM grievances WHERE tracking_hash = sha256(convert_to($1, 'UTF8'))`, [code.replace(/-/g, '')]))[0].id as string;

  // Mail arrives in any order (welcome mails too): wait for the ones about this report.
  const mailsAbout = (id: string, subject: string, count: number) =>
    until(`${count} mails about ${id}`, async () => {
      const found = t.smtp.messages.filter((m) => m.subject.includes(subject) && m.text.includes(`/grievances/${id}`));
      return found.length >= count && found;
    });

  beforeAll(async () => {
    // Behind a proxy, as in production: each test plays a different client address.
    t = await startTestApp({ TRUST_PROXY: 'true' });
    const s = await signup(t, 'Grievance Buyer Co');
    org = { token: s.token, email: s.email, slug: s.organization.slug, name: s.organization.name };
    secondAdmin = await userWithRole(t, org.token, 'admin');
    buyer = await userWithRole(t, org.token, 'buyer');
  });
  afterAll(() => t.close());

  it('names the organisation for the public page, 404 for an unknown slug', async () => {
    expect((await t.request('GET', `/api/public/organizations/${org.slug}`)).json()).toEqual({ name: org.name });
    expect((await t.request('GET', '/api/public/organizations/no-such-org')).statusCode).toBe(404);
  });

  it('takes an anonymous report, stores nothing identifying, and lets the reporter follow it', async () => {
    const res = await file({ category: 'labour', description: DESCRIPTION, supplierName: 'Ota Metal' }, org.slug, {
      'x-forwarded-for': '203.0.113.77',
      'user-agent': 'ReporterBrowser/1.0',
    });
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(TRACKING_CODE_PATTERN);

    const rows = await t.db.query(`SELECT *, encode(tracking_hash, 'hex') AS hex FROM grievances WHERE description = $1`, [DESCRIPTION]);
    expect(rows).toHaveLength(1);
    const { hex, ...row } = rows[0];
    expect(Object.keys(row).sort()).toEqual(
      ['id', 'organization_id', 'tracking_hash', 'category', 'description', 'supplier_name', 'supplier_id', 'reporter_contact', 'language', 'status', 'outcome', 'created_at', 'updated_at'].sort(),
    );
    expect(row).toMatchObject({ category: 'labour', supplier_name: 'Ota Metal', supplier_id: null, reporter_contact: null, language: null, status: 'received', outcome: null });
    expect(hex).toHaveLength(64);
    const normalized = trackingCode.replace(/-/g, '');
    expect(JSON.stringify(rows)).not.toContain(normalized);
    // Neither the address nor the user agent went anywhere in the database.
    const dump = JSON.stringify(await t.db.query(`SELECT row_to_json(x) FROM (SELECT * FROM grievances) x UNION ALL SELECT row_to_json(a) FROM audit_events a UNION ALL SELECT row_to_json(o) FROM outbox o`));
    expect(dump).not.toContain('203.0.113.77');
    expect(dump).not.toContain('ReporterBrowser');
    expect(dump).not.toContain(normalized);

    const [event] = await t.db.query(`SELECT actor_type, actor_id, actor_label, after FROM audit_events WHERE action = 'grievance.create' AND entity_id = $1`, [row.id]);
    expect(event).toMatchObject({ actor_type: 'reporter', actor_id: null, actor_label: 'reporter' });
    expect(JSON.stringify(event.after)).not.toContain('90 hours');

    const seen = await follow(trackingCode);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['cache-control']).toBe('no-store');
    expect(seen.json()).toMatchObject({ organizationName: org.name, status: 'received', category: 'labour', outcome: null, messages: [] });
    // Typed by hand: lower case, no dashes, O for 0 still finds it.
    const typed = normalized.toLowerCase().replace(/0/g, 'o');
    expect((await follow(typed)).statusCode).toBe(200);
    // Typed on a Japanese keyboard: full-width letters and digits, a long-vowel mark for a dash.
    const fullWidth = [...trackingCode].map((c) => (c === '-' ? 'ー' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    expect((await follow(encodeURIComponent(fullWidth))).json()).toMatchObject({ status: 'received', category: 'labour' });
  });

  it('e-mails every admin of the organisation without the report itself', async () => {
    const res = await file({ category: 'environment', description: 'Dumping solvent into the river behind the factory.' });
    expect(res.statusCode).toBe(201);
    const id = await idOf(res.json().trackingCode);
    const mails = await mailsAbout(id, 'New grievance report', 2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([org.email, secondAdmin.email].sort());
    for (const m of mails) {
      expect(m.subject).toContain('New grievance report');
      expect(m.text).toContain('Category: Environment');
      expect(m.text).toContain('区分: 環境');
      expect(m.text + m.html).not.toContain('solvent');
      expect(m.text).toContain(`http://survey.test/grievances/${id}`);
    }
  });

  it('exchanges messages between the reporter and buyers, hiding staff names from the reporter', async () => {
    const { trackingCode } = (await file({ category: 'human_rights', description: 'Passports of foreign workers are kept by the employer.', language: 'vi' })).json();
    const id = await idOf(trackingCode);
    const sent = await t.request('POST', `/api/public/grievances/${trackingCode}/messages`, { body: { body: 'It also happens at the second site.' }, headers: from() });
    expect(sent.statusCode).toBe(201);
    for (const m of await mailsAbout(id, 'New message from a reporter', 2)) expect(m.text + m.html).not.toContain('second site');

    const reply = await t.request('POST', `/api/grievances/${id}/messages`, { token: buyer.token, body: { body: 'Thank you. We have asked the supplier for its records.' } });
    expect(reply.statusCode).toBe(201);
    const detail = reply.json();
    expect(detail).toMatchObject({ status: 'received', language: 'vi', reporterContact: null, messageCount: 2 });
    expect(detail.messages.map((m: { author: string; authorName: string | null }) => [m.author, m.authorName])).toEqual([['reporter', null], ['buyer', 'buyer']]);

    const seen = (await follow(trackingCode)).json();
    expect(seen.messages).toEqual([
      { author: 'reporter', body: 'It also happens at the second site.', createdAt: expect.any(String) },
      { author: 'organization', body: 'Thank you. We have asked the supplier for its records.', createdAt: expect.any(String) },
    ]);
    expect(JSON.stringify(seen)).not.toContain('"buyer"');
    expect(new Date(seen.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(seen.createdAt).getTime());
  });

  it('keeps a contact only when the reporter gives one', async () => {
    const { trackingCode } = (await file({ category: 'health_safety', description: 'No guards on the press machines.', contact: 'worker@example.org' })).json();
    const id = await idOf(trackingCode);
    const detail = (await t.request('GET', `/api/grievances/${id}`, { token: buyer.token })).json();
    expect(detail).toMatchObject({ reporterContact: 'worker@example.org', description: 'No guards on the press machines.' });
    const [row] = await t.db.query(`SELECT reporter_contact FROM grievances WHERE id = $1`, [id]);
    expect(row.reporter_contact).toBe('worker@example.org');
  });

  it('triages, links a supplier of the organisation, resolves with an outcome and closes', async () => {
    const { trackingCode } = (await file({ category: 'corruption', description: 'A purchasing agent asked for a kickback.' })).json();
    const id = await idOf(trackingCode);
    const supplier = await createSupplier(t, org.token);
    const patch = (body: object, token = buyer.token) => t.request('PATCH', `/api/grievances/${id}`, { token, body });

    expect((await patch({ status: 'triage', supplierId: supplier.id })).json()).toMatchObject({ status: 'triage', supplierId: supplier.id, linkedSupplierName: supplier.name });
    const listed = (await t.request('GET', `/api/grievances?supplierId=${supplier.id}`, { token: org.token })).json();
    expect(listed.items.map((g: { id: string }) => g.id)).toEqual([id]);
    expect((await t.request('GET', '/api/grievances?status=triage', { token: org.token })).json().total).toBe(1);

    const noOutcome = await patch({ status: 'resolved' });
    expect(noOutcome.statusCode).toBe(400);
    expect((await follow(trackingCode)).json().outcome).toBeNull();
    await patch({ outcome: 'draft, not for the reporter yet' });
    expect((await follow(trackingCode)).json().outcome).toBeNull();
    expect((await patch({ status: 'resolved', outcome: 'The agent was dismissed; the supplier was informed.' })).statusCode).toBe(200);
    expect((await follow(trackingCode)).json()).toMatchObject({ status: 'resolved', outcome: 'The agent was dismissed; the supplier was informed.' });

    await patch({ status: 'closed' });
    const late = await t.request('POST', `/api/public/grievances/${trackingCode}/messages`, { body: { body: 'One more thing.' }, headers: from() });
    expect(late.statusCode).toBe(409);
    expect((await t.request('POST', `/api/grievances/${id}/messages`, { token: buyer.token, body: { body: 'Closed.' } })).statusCode).toBe(409);

    const events = await t.db.query(`SELECT action, actor_type, actor_label, before, after FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['grievance.create', 'grievance.update', 'grievance.update', 'grievance.update', 'grievance.update']);
    expect(events[1]).toMatchObject({ actor_type: 'user', actor_label: 'buyer', before: { status: 'received', supplierId: null }, after: { status: 'triage', supplierId: supplier.id } });

    const viewer = await userWithRole(t, org.token, 'viewer');
    expect((await t.request('GET', `/api/grievances/${id}`, { token: viewer.token })).statusCode).toBe(200);
    expect((await patch({ status: 'triage' }, viewer.token)).statusCode).toBe(403);
  });

  it("keeps reports from other organisations' buyers and refuses their suppliers", async () => {
    const { trackingCode } = (await file({ category: 'other', description: 'Something else that matters a lot.' })).json();
    const id = await idOf(trackingCode);
    const other = await signup(t);
    const foreignSupplier = await createSupplier(t, other.token);
    expect((await t.request('GET', `/api/grievances/${id}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/grievances/${id}`, { token: other.token, body: { status: 'triage' } })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/grievances/${id}/messages`, { token: other.token, body: { body: 'hello' } })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/grievances', { token: other.token })).json().total).toBe(0);

    const link = await t.request('PATCH', `/api/grievances/${id}`, { token: org.token, body: { supplierId: foreignSupplier.id } });
    expect(link.statusCode).toBe(400);
    expect(link.json().message).toMatch(/supplierId/);
    const [row] = await t.db.query(`SELECT supplier_id FROM grievances WHERE id = $1`, [id]);
    expect(row.supplier_id).toBeNull();
  });

  it('keeps tracking codes out of request logs', () => {
    expect(redactUrl('/api/public/grievances/ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345/messages')).toBe('/api/public/grievances/[token]/messages');
    expect(redactUrl('/api/grievances/00000000-0000-4000-8000-000000000000')).toBe('/api/grievances/00000000-0000-4000-8000-000000000000');
  });

  it('finds a report from its code typed with look-alikes: L, I and O, lower case, full width, Japanese dashes and spaces', async () => {
    const { trackingCode } = (await file({ category: 'environment', description: 'Solvent is poured into the river behind the plant.' })).json();
    const id = await idOf(trackingCode);
    // A code rich in 0 and 1, so that every look-alike has a place to go.
    const code = '1010-ABCD-0101-EFGH-1100-JKMN-0011';
    await t.db.query(`UPDATE grievances SET tracking_hash = sha256(convert_to($2, 'UTF8')) WHERE id = $1`, [id, code.replace(/-/g, '')]);
    const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const typed = [
      code,
      code.replace(/1/g, 'L').replace(/0/g, 'O'),
      code.replace(/1/g, 'l').replace(/0/g, 'o'),
      code.replace(/1/g, 'I').replace(/0/g, 'O'),
      code.toLowerCase().replace(/1/g, 'i'),
      fullWidth(code),
      fullWidth(code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o')),
      code.replace(/-/g, 'ー'),
      code.replace(/-/g, '\u3000'),
      ` ${code.replace(/-/g, ' ')} `,
    ];
    for (const input of typed) {
      const res = await follow(encodeURIComponent(input));
      expect(res.statusCode, input).toBe(200);
      expect(res.json(), input).toMatchObject({ organizationName: org.name, category: 'environment', status: 'received' });
    }
    // A U is no look-alike: that code is some other code, which finds nothing.
    expect((await follow(encodeURIComponent(code.replace('A', 'U')))).statusCode).toBe(404);
  });

  it('answers 404 for an unknown organisation or tracking code', async () => {
    expect((await file({ category: 'labour', description: DESCRIPTION }, 'nobody-here')).statusCode).toBe(404);
    expect((await follow('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345')).statusCode).toBe(404);
    expect((await follow('not-a-code')).statusCode).toBe(404);
    const msg = await t.request('POST', '/api/public/grievances/ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345/messages', { body: { body: 'hello' }, headers: from() });
    expect(msg.statusCode).toBe(404);
    expect((await t.request('GET', '/api/grievances/00000000-0000-4000-8000-000000000000', { token: org.token })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/grievances/nope', { token: org.token })).statusCode).toBe(400);
  });

  it.each([
    [{ category: 'gossip', description: DESCRIPTION }, 'category'],
    [{ category: 'labour', description: 'too short' }, 'description'],
    [{ category: 'labour', description: 'x'.repeat(10_001) }, 'description'],
    [{ category: 'labour', description: DESCRIPTION, language: 'klingon!' }, 'language'],
    [{ category: 'labour', description: DESCRIPTION, contact: 'c'.repeat(501) }, 'contact'],
    [{ description: DESCRIPTION }, 'category'],
    [{ category: 'labour', description: `${DESCRIPTION}\u0000` }, 'description'],
  ])('refuses bad input with 400 and stores nothing (%#)', async (body, path) => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM grievances`))[0].n;
    const res = await file(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM grievances`))[0].n).toBe(before);
  });

  it('refuses empty messages and bad triage input with 400', async () => {
    const { trackingCode } = (await file({ category: 'labour', description: DESCRIPTION })).json();
    const id = await idOf(trackingCode);
    expect((await t.request('POST', `/api/public/grievances/${trackingCode}/messages`, { body: { body: '   ' }, headers: from() })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/grievances/${id}/messages`, { token: buyer.token, body: {} })).statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/grievances/${id}`, { token: buyer.token, body: {} })).statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/grievances/${id}`, { token: buyer.token, body: { status: 'received' } })).statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/grievances/${id}`, { token: buyer.token, body: { status: 'lost' } })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/grievances?status=lost', { token: buyer.token })).statusCode).toBe(400);
  });

  it('stops a flood of reports from one client with 429, without holding back others', async () => {
    const flood = { 'x-forwarded-for': '192.0.2.250' };
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await file({ category: 'other', description: `Flood message number ${i}` }, org.slug, flood)).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429, 429]);
    expect((await file({ category: 'other', description: 'A different reporter entirely.' })).statusCode).toBe(201);
  });
});
