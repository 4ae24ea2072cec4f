import { clientWithApiKey } from '../support/credentials';
import { aComtradeRow, comtradeFile, CSV } from '../support/comtrade-csv';
import { databaseFingerprint } from '../support/database-fingerprint';
import { startTestApp, type TestApp } from '../support/test-app';

const IMPORT = '/api/official-stats/import';

interface StoredFlow {
  importer_country: string;
  partner_country: string;
  cmd_code: string;
  month: string;
  commodity: string;
  volume_tonnes: string;
  value_usd: string;
  weight_source: string;
  is_net_wgt_estimated: boolean | null;
  is_reported: boolean | null;
  legacy_estimation_flag: number | null;
}

describe('POST /api/official-stats/import: a UN Comtrade+ CSV', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.pool.query('DELETE FROM official_trade_flows'));

  const flows = async (): Promise<StoredFlow[]> =>
    (
      await t.db.pool.query<StoredFlow>(
        `SELECT importer_country, partner_country, cmd_code, month::text AS month, commodity, volume_tonnes::text,
                value_usd::text, weight_source, is_net_wgt_estimated, is_reported, legacy_estimation_flag
           FROM official_trade_flows ORDER BY month, importer_country, partner_country, cmd_code`,
      )
    ).rows;

  it('maps reporter, partner, period, kg and primaryValue: PAK<-SAU 202306 45,142,000 kg is PK, SA, 2023-06-01, 45,142 t', async () => {
    const response = await t.http.post(
      IMPORT,
      comtradeFile([
        aComtradeRow({ isNetWgtEstimated: 'true', legacyEstimationFlag: '4', isReported: 'false' }),
        aComtradeRow({ cmdCode: '271112', netWgt: '1500500', primaryValue: '915305.5' }),
        aComtradeRow({ cmdCode: '2711.13', netWgt: '999', partnerISO: 'QAT', partnerCode: '634' }),
      ]),
      CSV,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      rejectedCount: 0,
    });
    expect(await flows()).toEqual([
      {
        importer_country: 'PK',
        partner_country: 'QA',
        cmd_code: '271113',
        month: '2023-06-01',
        commodity: 'lpg',
        volume_tonnes: '0.999',
        value_usd: '25279520.00',
        weight_source: 'net_weight',
        is_net_wgt_estimated: false,
        is_reported: true,
        legacy_estimation_flag: 0,
      },
      expect.objectContaining({
        partner_country: 'SA',
        cmd_code: '2709',
        commodity: 'crude_oil',
        volume_tonnes: '45142.000',
        is_net_wgt_estimated: true,
        is_reported: false,
        legacy_estimation_flag: 4,
      }),
      expect.objectContaining({
        partner_country: 'SA',
        cmd_code: '271112',
        commodity: 'lpg',
        volume_tonnes: '1500.500',
        value_usd: '915305.50',
      }),
    ]);
  });

  it('reads headers in any case, the Comtrade+ site spellings and the legacy Comtrade column titles', async () => {
    const lowerCase = comtradeFile([aComtradeRow()], {
      header: {
        reporterISO: 'REPORTERISO',
        partnerISO: 'partneriso',
        netWgt: 'NETWGT',
        cifvalue: 'CIFValue',
        fobvalue: 'FOBValue',
      },
    });
    const legacy = comtradeFile([aComtradeRow({ partnerISO: 'ARE', partnerCode: '784' })], {
      header: {
        period: 'Period',
        reporterISO: 'Reporter ISO',
        partnerISO: 'Partner ISO',
        partnerCode: 'Partner Code',
        partner2Code: '2nd Partner Code',
        customsCode: 'Customs Proc. Code',
        motCode: 'Mode of Transport Code',
        flowCode: 'Trade Flow Code',
        cmdCode: 'Commodity Code',
        netWgt: 'Netweight (kg)',
        primaryValue: 'Trade Value (US$)',
        cifvalue: 'CIF Trade Value (US$)',
      },
      drop: ['freqCode'],
    });
    expect((await t.http.post(IMPORT, lowerCase, CSV)).body).toMatchObject({ inserted: 1, rejectedCount: 0 });
    expect((await t.http.post(IMPORT, legacy, CSV)).body).toMatchObject({ inserted: 1, rejectedCount: 0 });
    expect((await flows()).map((flow) => flow.partner_country)).toEqual(['AE', 'SA']);
  });

  it('names the first missing required column (400) and writes nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const response = await t.http.post(
      IMPORT,
      comtradeFile([aComtradeRow()], { drop: ['partnerISO', 'netWgt'] }),
      CSV,
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/the header has no column partnerISO \(or "Partner ISO"/);
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('skips World, breakdown, annual, export and other-commodity lines and counts them by reason', async () => {
    const response = await t.http.post(
      IMPORT,
      comtradeFile([
        aComtradeRow(),
        aComtradeRow({ partnerCode: '0', partnerISO: 'W00', partnerDesc: 'World' }),
        aComtradeRow({ partnerCode: '0', partnerISO: 'W00', cmdCode: '271112' }),
        aComtradeRow({ partner2Code: '784', partner2ISO: 'ARE' }),
        aComtradeRow({ customsCode: 'C01' }),
        aComtradeRow({ motCode: '2100', motDesc: 'Sea' }),
        aComtradeRow({ freqCode: 'A', period: '2023' }),
        aComtradeRow({ flowCode: 'X', flowDesc: 'Export' }),
        aComtradeRow({ cmdCode: '271019' }),
      ]),
      CSV,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      inserted: 1,
      skipped: 8,
      skippedByReason: {
        world_partner: 2,
        second_partner_breakdown: 1,
        customs_procedure_breakdown: 1,
        transport_mode_breakdown: 1,
        not_monthly: 1,
        not_import: 1,
        other_commodity: 1,
      },
    });
    // Only the total row: the breakdowns repeat its tonnes and are not added to them.
    expect((await flows()).map((flow) => flow.volume_tonnes)).toEqual(['45142.000']);
  });

  it('takes qty as the weight when netWgt is empty and qty is in kg (qtyUnitCode 8 or qtyUnitAbbr kg)', async () => {
    const response = await t.http.post(
      IMPORT,
      comtradeFile([
        aComtradeRow({ netWgt: '', qty: '12000400', qtyUnitCode: '8', qtyUnitAbbr: '' }),
        aComtradeRow({ netWgt: '', qty: '5000', qtyUnitCode: '', qtyUnitAbbr: 'kg', cmdCode: '271112' }),
      ]),
      CSV,
    );
    expect(response.body).toMatchObject({ inserted: 2, rejectedCount: 0 });
    expect((await flows()).map((flow) => [flow.cmd_code, flow.volume_tonnes, flow.weight_source])).toEqual([
      ['2709', '12000.400', 'quantity'],
      ['271112', '5.000', 'quantity'],
    ]);
  });

  it('rejects a line with neither netWgt nor a quantity in kg, and an unknown alpha-3 code, with their lines; atomic writes nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const response = await t.http.post(
      IMPORT,
      comtradeFile([
        aComtradeRow(),
        aComtradeRow({
          partnerISO: 'ARE',
          partnerCode: '784',
          netWgt: '',
          qty: '300',
          qtyUnitCode: '5',
          qtyUnitAbbr: 'u',
        }),
        aComtradeRow({ partnerISO: 'XYZ', partnerCode: '999' }),
      ]),
      CSV,
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ inserted: 0, rejectedCount: 2 });
    expect(response.body.rejected).toEqual([
      {
        line: 3,
        reference: 'PAK/ARE/2709/202306',
        errors: [{ field: 'netWgt', message: expect.stringMatching(/netWgt is empty and qty is not in kg/) }],
      },
      {
        line: 4,
        reference: 'PAK/XYZ/2709/202306',
        errors: [{ field: 'partnerISO', message: 'unknown ISO 3166-1 alpha-3 country code "XYZ"' }],
      },
    ]);
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('with mode=partial stores the good lines and reports the bad ones', async () => {
    const response = await t.http.post(
      `${IMPORT}?mode=partial`,
      comtradeFile([aComtradeRow(), aComtradeRow({ reporterISO: 'QQQ' })]),
      CSV,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      inserted: 1,
      rejectedCount: 1,
      rejected: [{ line: 3, errors: [{ field: 'reporterISO' }] }],
    });
    expect(await flows()).toHaveLength(1);
  });

  it('rejects a second line of the same importer, partner, commodity and month (2709 and 270900 are the same goods)', async () => {
    const response = await t.http.post(
      IMPORT,
      comtradeFile([aComtradeRow(), aComtradeRow({ cmdCode: '270900', aggrLevel: '6' })]),
      CSV,
    );
    expect(response.status).toBe(400);
    expect(response.body.rejected).toEqual([
      {
        line: 3,
        reference: null,
        errors: [{ field: 'columns', message: 'the same reporter, partner, commodity and period as line 2' }],
      },
    ]);
  });

  it('re-importing a file updates the same rows: same count, the new figures, the unchanged ones counted', async () => {
    const first = comtradeFile([aComtradeRow(), aComtradeRow({ partnerISO: 'ARE', partnerCode: '784' })]);
    expect((await t.http.post(IMPORT, first, CSV)).body).toMatchObject({ inserted: 2 });
    expect((await t.http.post(IMPORT, first, CSV)).body).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    const revised = comtradeFile([
      aComtradeRow({ netWgt: '50000000', primaryValue: '28000000', isNetWgtEstimated: 'true' }),
      aComtradeRow({ partnerISO: 'ARE', partnerCode: '784' }),
    ]);
    expect((await t.http.post(IMPORT, revised, CSV)).body).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 1,
    });
    const stored = await flows();
    expect(stored).toHaveLength(2);
    expect(stored.find((flow) => flow.partner_country === 'SA')).toMatchObject({
      volume_tonnes: '50000.000',
      value_usd: '28000000.00',
      is_net_wgt_estimated: true,
    });
  });

  it('dryRun=true answers the counts and writes nothing (no flow, no audit entry)', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const dry = await t.http.post(
      `${IMPORT}?dryRun=true`,
      comtradeFile([aComtradeRow(), aComtradeRow({ motCode: '2100' })]),
      CSV,
    );
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      inserted: 1,
      skipped: 1,
      skippedByReason: { transport_mode_breakdown: 1 },
    });
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('takes the file as a multipart field "file" too', async () => {
    const form = new FormData();
    form.append('file', new Blob([comtradeFile([aComtradeRow()])], { type: 'text/csv' }), 'comtrade.csv');
    const response = await fetch(`${t.baseUrl}${IMPORT}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}` },
      body: form,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ inserted: 1 });
  });

  it('answers 413 for a file over IMPORT_MAX_BYTES, writing nothing', async () => {
    const small = await startTestApp({}, { IMPORT_MAX_BYTES: '2000' });
    try {
      const before = await databaseFingerprint(small.db.pool);
      const rows = Array.from({ length: 20 }, (_, i) =>
        aComtradeRow({ period: `2023${String((i % 12) + 1).padStart(2, '0')}` }),
      );
      const response = await small.http.post(IMPORT, comtradeFile(rows), CSV);
      expect(response.status).toBe(413);
      expect(await databaseFingerprint(small.db.pool)).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('is for editors and admins: a viewer gets 403, no credentials 401, an editor imports', async () => {
    const file = comtradeFile([aComtradeRow()]);
    const viewer = await clientWithApiKey(t, 'viewer');
    const editor = await clientWithApiKey(t, 'editor');
    expect((await viewer.post(IMPORT, file, CSV)).status).toBe(403);
    expect((await t.anonymous.post(IMPORT, file, CSV)).status).toBe(401);
    expect(await flows()).toHaveLength(0);
    expect((await editor.post(IMPORT, file, CSV)).status).toBe(200);
    expect((await viewer.get('/api/official-stats')).body).toMatchObject({
      flows: 1,
      firstMonth: '2023-06-01',
      importers: ['PK'],
    });
  });
});
