import { startTestApp, type TestApp } from './support/test-app';

describe('health, reference tables, OpenAPI, request ids', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health reports the database up', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it.each([
    ['countries', { code: 'PK', name: 'Pakistan' }],
    ['currencies', expect.objectContaining({ code: 'CNY' })],
    [
      'commodities',
      expect.objectContaining({ code: 'crude_oil', barrelsPerTonne: 7.33, factorSource: expect.any(String) }),
    ],
    ['ports', expect.objectContaining({ code: 'PKKHI', country: 'PK' })],
    [
      'regions',
      expect.objectContaining({
        code: 'GCC',
        countries: expect.arrayContaining(['SA', 'AE', 'KW', 'QA', 'OM', 'BH']),
      }),
    ],
  ])('GET /api/reference/%s serves the code table', async (table, expected) => {
    const response = await t.http.get(`/api/reference/${table}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.arrayContaining([expected]));
  });

  it('serves OpenAPI JSON describing the shipment DTOs, and the Swagger UI', async () => {
    const json = await t.http.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.paths['/api/shipments'].post).toBeDefined();
    expect(json.body.paths['/api/shipments/{id}'].patch).toBeDefined();
    const input = json.body.components.schemas.ShipmentInputDto;
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(['reference', 'volumeTonnes', 'transitCountries', 'vesselImo']),
    );
    expect(input.properties.reference.description).toMatch(/Natural key/);
    const ui = await t.http.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger-ui/i);
  });

  it('echoes a sane X-Request-Id, or makes one', async () => {
    const given = await t.http.get('/api/health', { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await t.http.get('/api/reference/countries');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers JSON 404 for an unknown API route', async () => {
    const response = await t.http.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
  });
});
