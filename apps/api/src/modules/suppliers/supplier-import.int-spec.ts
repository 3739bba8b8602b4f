import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, signup, startTestApp, type TestApp } from '../../../test/harness';

const HEADER = 'code,name,product_type,country,tier,parent_code,risk_level,tags,contact_name,contact_email,contact_language';

describe('supplier import and export (integration)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const upload = (content: Buffer | string, filename = 'suppliers.csv', tk = token) => {
    const body = multipart({}, { field: 'file', filename, content });
    return t.request('POST', '/api/suppliers/import', { token: tk, payload: body.payload, headers: body.headers });
  };
  const count = async (tk = token) => (await t.request('GET', '/api/suppliers?status=all', { token: tk })).json().total as number;

  it('imports a CSV with parents named later in the file, then updates by code', async () => {
    token = (await signup(t)).token;
    const csv = [
      HEADER,
      'T2-1,有限会社二次,Plating,JP,2,T1-1,high,metal;priority,鈴木,suzuki@example.test,ja',
      'T1-1,一次株式会社,Machined parts,JP,1,,medium,,Smith,smith@example.test,en',
    ].join('\n');
    const res = await upload(csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0, errors: [] });
    const list = (await t.request('GET', '/api/suppliers?sort=code', { token })).json().items;
    expect(list.map((s: { code: string }) => s.code)).toEqual(['T1-1', 'T2-1']);
    expect(list[1]).toMatchObject({ tier: 2, parentSupplierName: '一次株式会社', tags: ['metal', 'priority'], riskLevel: 'high' });
    expect(list[0].contacts[0]).toMatchObject({ email: 'smith@example.test', language: 'en' });

    const again = await upload([HEADER, 'T1-1,一次株式会社 (renamed),Machined parts,JP,1,,low,,Smith,smith@example.test,en'].join('\n'));
    expect(again.json()).toEqual({ created: 0, updated: 1, errors: [] });
    expect(await count()).toBe(2);
  });

  it('reports an error per bad row and saves nothing', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'OK-1,Good Supplier,Chemicals,JP,1,,low,,A,a@example.test,ja',
      'BAD-1,,Chemicals,JP,1,,low,,A,a@example.test,ja',
      'BAD-2,Bad Risk,Chemicals,JP,1,,extreme,,A,a@example.test,ja',
      'BAD-3,Bad Mail,Chemicals,JP,1,,low,,A,not-an-email,ja',
      'BAD-4,Bad Parent,Chemicals,JP,2,NOPE,low,,A,a@example.test,ja',
      'OK-1,Duplicate,Chemicals,JP,1,,low,,A,a@example.test,ja',
    ].join('\n');
    const res = await upload(csv);
    expect(res.statusCode).toBe(200);
    const { created, updated, errors } = res.json();
    expect([created, updated]).toEqual([0, 0]);
    expect(errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(errors[0].message).toMatch(/^name:/);
    expect(errors[1].message).toMatch(/^risk_level:/);
    expect(errors[2].message).toMatch(/^contact_email:/);
    expect(errors[3].message).toMatch(/^parent_code:.*NOPE/);
    expect(errors[4].message).toMatch(/also appears on row 2/);
    expect(await count()).toBe(before);
  });

  it('gives each row error its column, code and parameters, and names a failed parent row as the cause', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'N-3001,Bad Country,Chemicals,Japan,1,,low,,A,a@example.test,ja',
      'N-3002,Child Of Bad,Chemicals,JP,2,N-3001,low,,A,a@example.test,ja',
      'N-3003,Orphan,Chemicals,JP,2,GONE-1,low,,A,a@example.test,ja',
      'N-3004,Self,Chemicals,JP,2,N-3004,low,,A,a@example.test,ja',
      'N-3005,Bad Tier,Chemicals,JP,x,,low,,A,a@example.test,ja',
      `N-3006,${'x'.repeat(301)},Chemicals,JP,1,,low,,A,a@example.test,ja`,
      'N-3007,Bad Mail,Chemicals,JP,1,,low,,A,nope,ja',
      'N-3007,Twice,Chemicals,JP,1,,unknown,,A,a@example.test,ja',
    ].join('\n');
    const res = await upload(csv);
    expect(res.statusCode).toBe(200);
    const { errors } = res.json();
    const strip = ({ row, column, code, params }: Record<string, unknown>) => ({ row, column, code, params });
    expect(errors.map(strip)).toEqual([
      { row: 2, column: 'country', code: 'invalid_country', params: undefined },
      { row: 3, column: 'parent_code', code: 'parent_row_failed', params: { code: 'N-3001', row: 2 } },
      { row: 4, column: 'parent_code', code: 'unknown_parent', params: { code: 'GONE-1' } },
      { row: 5, column: 'parent_code', code: 'own_parent', params: undefined },
      { row: 6, column: 'tier', code: 'not_number', params: undefined },
      { row: 7, column: 'name', code: 'too_long', params: { max: 300 } },
      { row: 8, column: 'contact_email', code: 'invalid_email', params: undefined },
      { row: 9, column: 'risk_level', code: 'invalid_option', params: { values: 'low, medium, high' } },
    ]);
    // The English message stays for clients that do not know the codes.
    expect(errors[1].message).toBe('parent_code: N-3001 is on row 2, which has errors');
    expect(await count()).toBe(before);
  });

  it('gives request validation issues a code and parameters', async () => {
    const before0 = await count();
    const res = await t.request('POST', '/api/suppliers', { token, body: { name: '', productType: 'X', country: 'Japan' } });
    expect(res.statusCode).toBe(400);
    const issues = res.json().issues as { path: string; code: string }[];
    expect(issues.map((i) => [i.path, i.code])).toEqual(expect.arrayContaining([['name', 'required'], ['country', 'invalid_country']]));
    expect(await count()).toBe(before0);
  });

  it('reads XLSX and Shift_JIS CSV, as saved by Excel in Japan', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('suppliers');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['X-1', 'エクセル商事株式会社', 'Office supplies', 'JP', 1, '', 'low', '', '田中', 'tanaka@example.test', 'ja']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(xlsx, 'suppliers.xlsx')).json()).toEqual({ created: 1, updated: 0, errors: [] });

    // "SJIS-1,日本語商事,…,佐藤,…" encoded as Shift_JIS
    const sjis = Buffer.concat([
      Buffer.from(HEADER + '\r\nSJIS-1,'),
      Buffer.from('93fa967b8cea8fa48e96', 'hex'),
      Buffer.from(',Chemicals,JP,1,,low,,'),
      Buffer.from('8db293a1', 'hex'),
      Buffer.from(',sato@example.test,ja\r\n'),
    ]);
    expect((await upload(sjis)).json()).toEqual({ created: 1, updated: 0, errors: [] });
    const s = (await t.request('GET', '/api/suppliers?q=SJIS-1', { token })).json().items[0];
    expect(s.name).toBe('日本語商事');
    expect(s.contacts[0].name).toBe('佐藤');
  });

  it('refuses files that are not CSV or XLSX, empty files and missing columns', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await upload(png, 'suppliers.csv')).statusCode).toBe(415);
    expect((await upload(Buffer.from('PK\u0003\u0004garbage'), 'x.xlsx')).statusCode).toBe(415);
    expect((await upload('', 'empty.csv')).statusCode).toBe(400);
    const noName = await upload('code,product_type\nA,B');
    expect(noName.statusCode).toBe(400);
    expect(noName.json().message).toMatch(/name/);
    const noFile = multipart({ other: 'x' });
    expect((await t.request('POST', '/api/suppliers/import', { token, ...noFile })).statusCode).toBe(400);
    expect((await t.request('POST', '/api/suppliers/import', { token, body: { file: 'x' } })).statusCode).toBe(400);
  });

  it('offers templates and exports that import back unchanged', async () => {
    const tpl = await t.request('GET', '/api/suppliers/import/template?format=csv', { token });
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-type']).toMatch(/text\/csv/);
    expect(tpl.headers['content-disposition']).toMatch(/attachment; filename="suppliers-template.csv"/);
    expect(tpl.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^code,name,product_type,country,tier,parent_code/);
    const xtpl = await t.request('GET', '/api/suppliers/import/template?format=xlsx', { token });
    expect(xtpl.rawPayload.readUInt32BE(0)).toBe(0x504b0304);
    expect((await t.request('GET', '/api/suppliers/import/template?format=pdf', { token })).statusCode).toBe(400);

    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await t.request('GET', `/api/suppliers/export?format=${format}`, { token });
      expect(exported.statusCode).toBe(200);
      const other = await signup(t);
      const res = await upload(exported.rawPayload, `export.${format}`, other.token);
      expect(res.json().errors).toEqual([]);
      expect(res.json().created).toBe(await count());
      const mine = (await t.request('GET', '/api/suppliers?sort=code&pageSize=100', { token })).json().items;
      const theirs = (await t.request('GET', '/api/suppliers?sort=code&pageSize=100', { token: other.token })).json().items;
      const shape = (s: Record<string, unknown>) => [s.code, s.name, s.tier, s.parentSupplierName, s.riskLevel, (s.contacts as { email: string }[]).map((c) => c.email)];
      expect(theirs.map(shape)).toEqual(mine.map(shape));
    }
  });

  it('neutralises spreadsheet formulas in exported cells', async () => {
    const org = await signup(t);
    await t.request('POST', '/api/suppliers', { token: org.token, body: { name: '=HYPERLINK("http://evil")', productType: 'X', contacts: [] } });
    const csv = (await t.request('GET', '/api/suppliers/export?format=csv', { token: org.token })).body;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
