import type { ShipmentFilters } from '@tradeflow/domain';
import { type Aggregate, aggregateHolds } from './aggregate-coverage';

describe('which aggregate holds a read', () => {
  it('takes empty lists and a blank text search for no filter at all', () => {
    const none = { from: '2023-01-01', to: '2023-12-31', currency: [], mode: [], q: '  ' };
    for (const aggregate of [
      'rollup',
      'byDimension',
      'seaLanes',
      'originCurrency',
      'prices',
      'flows',
    ] as const) {
      expect(aggregateHolds(aggregate, none)).toBe(true);
    }
  });

  it.each([
    ['rollup', { q: 'pilot' }],
    ['rollup', { loadPort: ['RUULU'] }],
    ['rollup', { dischargePort: ['none'] }],
    ['byDimension', { origin: ['SA'] }],
    ['seaLanes', { status: ['delivered'] }],
    ['seaLanes', { currency: ['CNY'] }],
    ['originCurrency', { mode: ['sea'] }],
    ['originCurrency', { route: ['road via AF'] }],
    ['prices', { status: ['delivered'] }],
    ['flows', { currency: ['USD'] }],
    ['flows', { dischargePort: ['PKKHI'] }],
  ] satisfies [Aggregate, ShipmentFilters][])(
    '%s cannot apply %j: its keys lack it',
    (aggregate, filters) => {
      expect(aggregateHolds(aggregate, filters)).toBe(false);
    },
  );

  it.each([
    ['rollup', { route: ['road via AF'], currency: ['CNY'], status: ['delivered'] }],
    ['byDimension', { destination: ['PK', 'IN'] }],
    ['seaLanes', { destination: ['PK'], commodity: ['crude_oil'], origin: ['RU'] }],
    ['originCurrency', { currency: ['CNY'], status: ['contracted'], origin: ['SA'] }],
    ['prices', { destination: ['IN'], commodity: ['crude_oil'], origin: ['US'] }],
    ['flows', { status: ['delivered'], mode: ['road'], route: ['road via AF'], destination: ['PK'] }],
  ] satisfies [Aggregate, ShipmentFilters][])('%s applies %j', (aggregate, filters) => {
    expect(aggregateHolds(aggregate, filters)).toBe(true);
  });

  it('answers a group or a cut only from an aggregate that keeps it (regions are origins)', () => {
    expect(aggregateHolds('seaLanes', {}, ['chokepoint', 'region'])).toBe(true);
    expect(aggregateHolds('seaLanes', {}, ['chokepoint', 'currency'])).toBe(false);
    expect(aggregateHolds('originCurrency', {}, ['currency', undefined])).toBe(true);
    expect(aggregateHolds('originCurrency', {}, ['chokepoint'])).toBe(false);
    expect(aggregateHolds('byDimension', {}, ['route'])).toBe(true);
  });
});
