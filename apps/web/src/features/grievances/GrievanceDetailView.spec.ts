// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { type GrievanceDetail, type Role, grievanceDetailSchema } from '@ses/api-types';
import { mountInApp } from '@/testing/mount';
import { useAuthStore } from '@/app/auth.store';
import GrievanceDetailView from './GrievanceDetailView.vue';

enableAutoUnmount(afterEach);

const id = '3f0c9a52-6b1e-4d7a-9c2f-0a1b2c3d4e5f';
const supplierId = '8e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b';
// Checked against the wire schema, so the view is fed what the API really sends.
const grievance: GrievanceDetail = grievanceDetailSchema.parse({
  id,
  category: 'labour',
  status: 'investigating',
  supplierName: 'Kawasaki plating',
  supplierId,
  linkedSupplierName: 'Kawasaki Plating Works',
  language: 'vi',
  messageCount: 2,
  createdAt: '2026-04-02T01:30:00.000Z',
  updatedAt: '2026-04-03T01:30:00.000Z',
  description: 'Overtime in March was not paid at the plating line.',
  reporterContact: null,
  outcome: 'The supplier paid the March overtime on 20 April.',
  messages: [
    { id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', author: 'reporter', authorName: null, body: 'It happened again this week.', createdAt: '2026-04-02T02:00:00.000Z' },
    { id: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', author: 'buyer', authorName: 'Hanako Buyer', body: 'We have asked for the payroll records.', createdAt: '2026-04-02T03:00:00.000Z' },
  ],
});

let requests: string[];
function answer(status: number, body: unknown): void {
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
}

async function view(role: Role) {
  const w = mountInApp(GrievanceDetailView, { id }, () => {
    useAuthStore().user = { id: 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', email: 'b@example.test', name: 'Hanako Buyer', role, createdAt: '2026-01-01T00:00:00.000Z' };
  });
  await flushPromises();
  return w;
}

describe('GrievanceDetailView', () => {
  beforeEach(() => {
    requests = [];
    answer(200, grievance);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("renders the report, its triage and the messages for a buyer", async () => {
    const w = await view('buyer');
    expect(requests).toEqual([`/api/grievances/${id}`]);
    const h1 = w.get('h1');
    expect(h1.text()).toMatch(/^Report of 2 Apr 2026/);
    expect(w.get('.page-header, header').text()).toContain('Investigating');

    const report = w.get('section[aria-labelledby="gr-report"]');
    expect(report.text()).toContain('Overtime in March was not paid at the plating line.');
    const terms = Object.fromEntries(report.findAll('dt').map((dt, i) => [dt.text(), report.findAll('dd')[i].text()]));
    expect(terms).toEqual({
      Category: 'Labour',
      Received: expect.stringMatching(/^2 Apr 2026/),
      'Supplier named by the reporter': 'Kawasaki plating',
      Language: 'Vietnamese',
      Contact: 'Anonymous: no contact details were given.',
    });
    expect(report.get('.gdetail__description').attributes('lang')).toBe('vi');

    const triage = w.get('section[aria-labelledby="gr-triage"]');
    expect((triage.get('select[name="status"]').element as HTMLSelectElement).value).toBe('investigating');
    // Received cannot be chosen again once the report has left it.
    expect(triage.findAll('select[name="status"] option').map((o) => o.attributes('value'))).toEqual(['triage', 'investigating', 'resolved', 'closed']);
    expect(triage.text()).toContain('Kawasaki Plating Works');
    expect((triage.get('textarea[name="outcome"]').element as HTMLTextAreaElement).value).toBe('The supplier paid the March overtime on 20 April.');

    const thread = w.get('section[aria-labelledby^="thread-"]');
    expect(thread.text()).toContain('It happened again this week.');
    expect(thread.text()).toContain('Hanako Buyer (your organization)');
    expect(thread.text()).toContain('We have asked for the payroll records.');
    expect(thread.find('textarea').exists()).toBe(true);
  });

  it('shows a viewer the triage read-only, with a link to the linked supplier', async () => {
    const w = await view('viewer');
    expect(w.find('select[name="status"]').exists()).toBe(false);
    expect(w.find('textarea').exists()).toBe(false);
    const triage = w.get('section[aria-labelledby="gr-triage-ro"]');
    const link = triage.get('a');
    expect(link.attributes('href')).toBe(`/suppliers/${supplierId}`);
    expect(link.text()).toBe('Kawasaki Plating Works');
    expect(triage.text()).toContain('Investigating');
    expect(triage.text()).toContain('The supplier paid the March overtime on 20 April.');
  });

  it('says what went wrong when the report cannot be loaded, and offers to try again', async () => {
    answer(404, { statusCode: 404, code: 'NOT_FOUND', message: 'grievance not found' });
    const w = await view('buyer');
    expect(w.get('[role="alert"]').text()).toContain('Try again');
    expect(w.find('section[aria-labelledby="gr-report"]').exists()).toBe(false);
    answer(200, grievance);
    await w.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(w.find('[role="alert"]').exists()).toBe(false);
    expect(w.get('section[aria-labelledby="gr-report"]').text()).toContain('Overtime in March');
  });
});
