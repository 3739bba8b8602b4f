import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { multipart, signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';

const t2 = (ja: string, en: string) => ({ ja, en });
export const smallDefinition = () => ({
  key: 'mini_saq',
  title: t2('ミニ調査', 'Mini survey'),
  themes: [
    { key: 'labour', title: t2('労働', 'Labour') },
    { key: 'environment', title: t2('環境', 'Environment') },
  ],
  questions: [
    {
      id: 'LAB-01', theme: 'labour', type: 'yes_no', critical: true, level: 'mandatory',
      text: t2('強制労働を禁止していますか。', 'Do you prohibit forced labour?'),
      guidance: t2('強制労働禁止の方針を定めてください。', 'Adopt a policy prohibiting forced labour.'),
      options: [{ value: 'yes', label: t2('はい', 'Yes'), score: 1 }, { value: 'no', label: t2('いいえ', 'No'), score: 0 }],
    },
    {
      id: 'ENV-01', theme: 'environment', type: 'single_choice', depth: 'extended',
      text: t2('CO2排出量を把握していますか。', 'Do you measure CO2 emissions?'),
      options: [
        { value: 'full', label: t2('全拠点', 'All sites'), score: 1 },
        { value: 'some', label: t2('一部', 'Some sites'), score: 0.5 },
        { value: 'none', label: t2('いいえ', 'No'), score: 0 },
      ],
    },
  ],
});

describe('questionnaires (integration)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await signup(t)).token;
  });
  afterAll(() => t.close());

  it('lists the built-in questionnaire with a published version holding the whole definition', async () => {
    const list = (await t.request('GET', '/api/questionnaires', { token })).json();
    const builtin = list.find((q: { builtIn: boolean }) => q.builtIn);
    expect(builtin).toMatchObject({ key: builtinQuestionnaire.key, draftVersionId: null, latestVersion: 1 });
    const v = (await t.request('GET', `/api/questionnaires/versions/${builtin.publishedVersionId}`, { token })).json();
    expect(v).toMatchObject({ status: 'published', version: 1, builtIn: true });
    expect(v.definition.questions).toHaveLength(builtinQuestionnaire.questions.length);
  });

  it('creates, edits, publishes and freezes a questionnaire of its own', async () => {
    const created = await t.request('POST', '/api/questionnaires', { token, body: { definition: smallDefinition() } });
    expect(created.statusCode).toBe(201);
    const { id, draftVersionId } = created.json();
    const edited = smallDefinition();
    edited.title.en = 'Mini survey (edited)';
    const put = await t.request('PUT', `/api/questionnaires/${id}/draft`, { token, body: { definition: edited } });
    expect(put.statusCode).toBe(200);
    expect(put.json().definition.title.en).toBe('Mini survey (edited)');
    const pub = await t.request('POST', `/api/questionnaires/${id}/publish`, { token });
    expect(pub.json()).toEqual({ publishedVersionId: draftVersionId });
    // No draft any more: editing is refused until a new draft is started.
    expect((await t.request('PUT', `/api/questionnaires/${id}/draft`, { token, body: { definition: edited } })).statusCode).toBe(409);
    await expect(t.db.query(`UPDATE questionnaire_versions SET definition = '{}' WHERE id = $1`, [draftVersionId])).rejects.toThrow(/immutable/);
    const draft = await t.request('POST', `/api/questionnaires/${id}/drafts`, { token, body: {} });
    expect(draft.statusCode).toBe(201);
    expect((await t.request('POST', `/api/questionnaires/${id}/drafts`, { token, body: {} })).statusCode).toBe(409);
    const detail = (await t.request('GET', `/api/questionnaires/${id}`, { token })).json();
    expect(detail.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'draft'], [1, 'published']]);
    expect(detail).toMatchObject({ publishedVersionId: draftVersionId, draftVersionId: draft.json().draftVersionId });
  });

  it('names each problem of an invalid definition and saves nothing', async () => {
    const bad = smallDefinition() as any;
    bad.questions[1].id = 'LAB-01';
    bad.questions[0].options[1].score = 0.5; // a critical question must be able to fail
    bad.questions[1].theme = 'nowhere';
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM questionnaires`))[0].n;
    const res = await t.request('POST', '/api/questionnaires', { token, body: { definition: bad } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().issues.map((i: { path: string }) => i.path);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    expect(res.json().message).toMatch(/questions\[1\]/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM questionnaires`))[0].n).toBe(before);
    expect((await t.request('POST', '/api/questionnaires', { token, body: { definition: 'nope' } })).statusCode).toBe(400);
  });

  it('keeps the built-in questionnaire read-only and copies it into a draft of the organisation', async () => {
    const builtin = (await t.request('GET', '/api/questionnaires', { token })).json().find((q: { builtIn: boolean }) => q.builtIn);
    expect((await t.request('POST', `/api/questionnaires/${builtin.id}/publish`, { token })).statusCode).toBe(403);
    const copy = await t.request('POST', `/api/questionnaires/${builtin.id}/drafts`, { token, body: {} });
    expect(copy.statusCode).toBe(201);
    expect(copy.json().id).not.toBe(builtin.id);
    const v = (await t.request('GET', `/api/questionnaires/versions/${copy.json().draftVersionId}`, { token })).json();
    expect(v).toMatchObject({ status: 'draft', builtIn: false });
    expect(v.definition.questions).toHaveLength(builtinQuestionnaire.questions.length);
  });

  it('exports JSON that imports back as a new questionnaire', async () => {
    const other = await signup(t);
    const { id } = (await t.request('POST', '/api/questionnaires', { token, body: { definition: { ...smallDefinition(), key: 'export_me' } } })).json();
    const { publishedVersionId } = (await t.request('POST', `/api/questionnaires/${id}/publish`, { token })).json();
    const file = await t.request('GET', `/api/questionnaires/versions/${publishedVersionId}/export`, { token });
    expect(file.headers['content-disposition']).toMatch(/export_me-v1\.json/);
    const body = multipart({}, { field: 'file', filename: 'export_me.json', content: file.rawPayload });
    const imported = await t.request('POST', '/api/questionnaires/import', { token: other.token, ...body });
    expect(imported.statusCode).toBe(201);
    const v = (await t.request('GET', `/api/questionnaires/versions/${imported.json().draftVersionId}`, { token: other.token })).json();
    expect(v.definition).toEqual(JSON.parse(file.body));
  });

  it('exports an XLSX answer sheet with a row per question of the depth', async () => {
    const builtin = (await t.request('GET', '/api/questionnaires', { token })).json().find((q: { builtIn: boolean }) => q.builtIn);
    for (const [depth, lang] of [['core', 'ja'], ['extended', 'en']] as const) {
      const res = await t.request('GET', `/api/questionnaires/versions/${builtin.publishedVersionId}/answer-sheet?depth=${depth}&lang=${lang}`, { token });
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      const ids: string[] = [];
      sheet.eachRow((row, n) => n > 1 && ids.push(String(row.getCell(1).value)));
      const expected = builtinQuestionnaire.questions.filter((q) => depth === 'extended' || q.depth === 'core').map((q) => q.id);
      expect(ids).toEqual(expected);
      expect(String(sheet.getRow(1).getCell(3).value)).toBe(lang === 'ja' ? '設問' : 'Question');
    }
  });

  it("hides other organisations' questionnaires and refuses viewers' writes", async () => {
    const { id, draftVersionId } = (await t.request('POST', '/api/questionnaires', { token, body: { definition: { ...smallDefinition(), key: 'private_one' } } })).json();
    const other = await signup(t);
    expect((await t.request('GET', `/api/questionnaires/${id}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/questionnaires/versions/${draftVersionId}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/questionnaires/${id}/publish`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/questionnaires', { token: other.token })).json().some((q: { id: string }) => q.id === id)).toBe(false);
    const viewer = await userWithRole(t, token, 'viewer');
    expect((await t.request('POST', `/api/questionnaires/${id}/publish`, { token: viewer.token })).statusCode).toBe(403);
    expect((await t.request('GET', `/api/questionnaires/${id}`, { token: viewer.token })).statusCode).toBe(200);
  });
});
