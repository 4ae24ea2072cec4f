import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * ANSWER_CACHE_ENTRIES: how many analytics answers a process keeps per data version (200 by
 * default); 0 computes every answer. The aggregate is changed here behind the triggers' back (no
 * data version bump), which only an answer computed again can see.
 */
describe('ANSWER_CACHE_ENTRIES', () => {
  let caching: TestApp;
  let computing: TestApp;
  const summary = '/api/analytics/summary?groupBy=origin&from=2024-01-01&to=2024-12-31';

  beforeAll(async () => {
    caching = await startTestApp();
    computing = await startTestApp({ answerCacheEntries: 0 }, {}, { sharedDb: caching.db });
    const created = await caching.http.post(
      '/api/shipments',
      aShipmentInput({ originCountry: 'SA', arrivalDate: '2024-03-10', volumeTonnes: 1000 }),
    );
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await computing?.close();
    await caching?.close();
  });

  it('keeps the answer of a version by default, and computes each answer with 0', async () => {
    expect((await caching.http.get(summary)).body.totalTonnes).toBe(1000);
    expect((await computing.http.get(summary)).body.totalTonnes).toBe(1000);

    // Every aggregate the summary could be read from, so the test does not depend on which one it is.
    for (const table of ['rollup', 'sea_lanes', 'origin_currency', 'flows']) {
      await caching.db.pool.query(`UPDATE shipment_monthly_${table} SET volume_tonnes = volume_tonnes + 1`);
    }
    for (const table of ['by_dimension', 'by_dimension_total']) {
      await caching.db.pool.query(
        `UPDATE shipment_monthly_${table} SET volume_tonnes = volume_tonnes + 1 WHERE dimension = 'origin'`,
      );
    }

    expect((await caching.http.get(summary)).body.totalTonnes).toBe(1000);
    expect((await computing.http.get(summary)).body.totalTonnes).toBe(1001);
  });

  it('still answers 304 with 0: the ETag names the data version, not a kept answer', async () => {
    const answer = await computing.http.get(summary);
    const etag = answer.headers.get('etag') as string;
    const again = await fetch(`${computing.baseUrl}${summary}`, {
      headers: {
        authorization: `Bearer ${computing.adminToken}`,
        'if-none-match': etag,
        'cache-control': 'max-age=0',
      },
    });
    expect(again.status).toBe(304);
  });
});
