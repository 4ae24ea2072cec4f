import type { FlowDiagram } from '@tradeflow/domain';
import { conversionFactors } from '@tradeflow/domain';
import { colourFor } from '../../charts/palette';
import { DEFAULT_FILTERS } from '../../filters/dashboard-filters';
import { drillDownHref, flowsModel, nodeName, shortNodeName, wrapName } from './flows-model';

// June 2023 of the sample data, shortened: Russia and Saudi Arabia by sea to Karachi, LPG overland.
const diagram: FlowDiagram = {
  nodes: [
    { id: 'origin:SA', key: 'SA', label: 'Saudi Arabia', column: 'origin', tonnes: 353809.341 },
    { id: 'origin:RU', key: 'RU', label: 'Russia', column: 'origin', tonnes: 46000 },
    { id: 'route:sea', key: 'sea', label: 'Sea', column: 'route', tonnes: 398809.341 },
    {
      id: 'route:road via UZ|AF',
      key: 'road via UZ|AF',
      label: 'Road via Uzbekistan → Afghanistan',
      column: 'route',
      tonnes: 1000,
    },
    { id: 'port:PKKHI', key: 'PKKHI', label: 'Karachi (PKKHI)', column: 'port', tonnes: 398809.341 },
    { id: 'port:none', key: 'none', label: 'No discharge port recorded', column: 'port', tonnes: 1000 },
  ],
  links: [
    {
      source: 'route:sea',
      target: 'port:PKKHI',
      tonnes: 398809.341,
      barrels: 2927941.519,
      shipments: 6,
      drillDown: { route: 'sea', dischargePort: 'PKKHI' },
    },
    {
      source: 'origin:SA',
      target: 'route:sea',
      tonnes: 353809.341,
      barrels: 2598091.519,
      shipments: 5,
      drillDown: { origin: 'SA', route: 'sea' },
    },
    {
      source: 'origin:RU',
      target: 'route:sea',
      tonnes: 45000,
      barrels: 329850,
      shipments: 1,
      drillDown: { origin: 'RU', route: 'sea' },
    },
    {
      source: 'origin:RU',
      target: 'route:road via UZ|AF',
      tonnes: 1000,
      barrels: 11600,
      shipments: 1,
      drillDown: { origin: 'RU', route: 'road via UZ|AF' },
    },
    {
      source: 'route:road via UZ|AF',
      target: 'port:none',
      tonnes: 1000,
      barrels: 11600,
      shipments: 1,
      drillDown: { route: 'road via UZ|AF', dischargePort: 'none' },
    },
  ],
  totalTonnes: 399809.341,
  totalBarrels: 2939541.519,
  shipmentCount: 7,
  conversions: {
    factors: conversionFactors(),
    apiGravityOverrides: { shipments: 0, tonnes: 0, barrels: 0 },
    apiGravityFormula: '',
  },
};

const june = { ...DEFAULT_FILTERS, range: 'custom' as const, from: '2023-06-01', to: '2023-06-30' };

describe('flow diagram', () => {
  it('colours origins as every other chart does, and routes and ports in neutral slates', () => {
    const model = flowsModel(diagram, 't', june);
    expect(model.colours['origin:RU']).toBe(colourFor('origin', 'RU'));
    expect(model.colours['origin:SA']).toBe(colourFor('origin', 'SA'));
    expect(
      new Set([model.colours['route:sea'], model.colours['port:PKKHI']]).has(colourFor('origin', 'SA')),
    ).toBe(false);
    expect(model.columns).toMatchObject({ 'origin:SA': 0, 'route:sea': 1, 'port:none': 2 });
    expect(model.priority).toMatchObject({ 'origin:SA': 0, 'origin:RU': 1, 'route:sea': 0 });
  });

  it('labels nodes with their name and volume, in barrels through the node when asked', () => {
    const tonnes = flowsModel(diagram, 't', june);
    expect(tonnes.labels['origin:RU']).toEqual(['Russia \u00b7 46.0 kt']);
    expect(tonnes.labels['route:road via UZ|AF']).toEqual([
      'Road via',
      'Uzbekistan \u2192 Afghanistan',
      '1.00 kt',
    ]);
    expect(tonnes.labels['port:PKKHI']).toEqual(['Karachi', '399 kt']);
    const barrels = flowsModel(diagram, 'bbl', june);
    expect(barrels.labels['origin:RU']).toEqual(['Russia \u00b7 341 k bbl']);
    expect(barrels.flows[2]).toEqual({ from: 'origin:RU', to: 'route:sea', flow: 329850 });
    const phone = flowsModel(diagram, 't', june, true);
    expect(phone.labels['route:road via UZ|AF']).toEqual(['Road UZ\u2192AF', '1.00 kt']);
  });

  it("sends each flow to the shipments list with the page's filters and the flow's own", () => {
    const model = flowsModel(diagram, 't', june);
    expect(model.rows[2]?.href).toBe('/shipments?from=2023-06-01&to=2023-06-30&origin=RU&route=sea');
    expect(model.rows[4]?.href).toBe(
      '/shipments?from=2023-06-01&to=2023-06-30&route=road+via+UZ%7CAF&dischargePort=none',
    );
    expect(model.table.rowLinks).toEqual(model.rows.map((row) => row.href));
    expect(model.table.rows[2]).toEqual(['Russia \u2192 Sea', 'Russia', 'Sea', 45000, 11.3, 1]);
  });

  it('narrows the origin filter to the flow origin', () => {
    const filtered = { ...june, origin: ['RU', 'SA'], units: 'bbl' as const };
    expect(drillDownHref(filtered, { origin: 'SA', route: 'sea' })).toBe(
      '/shipments?from=2023-06-01&to=2023-06-30&origin=SA&units=bbl&route=sea',
    );
  });

  it('names and wraps nodes for the diagram', () => {
    const port = diagram.nodes[4] as FlowDiagram['nodes'][number];
    expect(nodeName(port)).toBe('Karachi');
    expect(shortNodeName(port)).toBe('PKKHI');
    expect(wrapName('Muhammad Bin Qasim (Port Qasim)')).toEqual(['Muhammad Bin Qasim', '(Port Qasim)']);
  });
});
