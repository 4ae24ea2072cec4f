import { startTestApp, type TestApp } from '../support/test-app';

const id = async (t: TestApp, reference: string): Promise<string> =>
  (await t.http.get(`/api/shipments?q=${reference}`)).body.items[0].id;

describe('the sample data tells the analyst story', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { SAMPLE_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('moves the first Russian cargo ship-to-ship off Oman before Karachi', async () => {
    const first = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-CRUDE-2023-001')}`)).body;
    expect(first).toMatchObject({
      originCountry: 'RU',
      loadPort: 'RUULU',
      dischargePort: 'PKKHI',
      stsTransferPoint: 'off Sohar, Oman',
      transitCountries: [],
      legs: [
        { mode: 'sea', from: 'RU', to: 'OM' },
        { mode: 'sea', from: 'OM', to: 'PK' },
      ],
      volumeTonnes: 45_000,
    });
  });

  it('sends the LPG by rail to Uzbekistan and by truck through Afghanistan', async () => {
    const lpg = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-LPG-2023-001')}`)).body;
    expect(lpg).toMatchObject({
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      legs: [
        { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
        { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
      ],
    });
  });

  it('keeps the conflicting figures of the first cargo, the article’s 45,000 t of record', async () => {
    const sources = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-CRUDE-2023-001')}/sources`)).body
      .items;
    expect(
      sources.map((s: { volumeTonnes: number; isRecord: boolean }) => [s.volumeTonnes, s.isRecord]),
    ).toEqual([
      [45_000, true],
      [45_142, false],
      [45_122, false],
    ]);
  });

  it('seeds the two targets of the issue, and their progress answers', async () => {
    const targets = (await t.http.get('/api/targets')).body.items;
    expect(targets).toEqual([
      expect.objectContaining({ name: 'GCC share below 60%', kind: 'share_max', key: 'GCC', value: 0.6 }),
      expect.objectContaining({
        name: 'Russian crude 100,000 b/d',
        kind: 'flow_rate_min',
        key: 'RU',
        commodity: 'crude_oil',
        value: 100_000,
        unit: 'bbl/d',
      }),
    ]);
    for (const target of targets) {
      const progress = await t.http.get(`/api/targets/${target.id}/progress?granularity=fiscal_year`);
      expect(progress.status).toBe(200);
      expect(progress.body.periods.length).toBeGreaterThan(1);
    }
  });

  it('has Russian crude contracted and in transit for the outlook', async () => {
    const outlook = (await t.http.get('/api/analytics/outlook?origin=RU&granularity=year')).body;
    expect(outlook.total.incomingShipments).toBe(2);
    expect(outlook.total.incomingTonnes).toBe(200_000);
  });
});
