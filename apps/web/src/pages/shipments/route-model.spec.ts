import { aStoredShipment } from '@tradeflow/domain/testing';
import { routeView } from './route-model';

describe('the route of a shipment', () => {
  it('draws recorded legs: Russia to Oman (ship-to-ship) to Pakistan, Oman a transit country', () => {
    const route = routeView(aStoredShipment());
    expect(route.fromLegs).toBe(true);
    expect(route.stops.map((stop) => [stop.country, stop.role, stop.port])).toEqual([
      ['RU', 'origin', 'Ust-Luga (RUULU)'],
      ['OM', 'transit', null],
      ['PK', 'destination', 'Karachi (PKKHI)'],
    ]);
    expect(route.hops.map((hop) => hop.modeName)).toEqual(['Sea', 'Sea']);
    expect(route.transitCountries).toEqual(['OM']);
    expect(route.stsTransferPoint).toBe('off Sohar, Oman');
  });

  it('keeps the countries a leg crosses in travel order, apart from the origin', () => {
    const route = routeView(
      aStoredShipment({
        commodity: 'lpg',
        transportMode: 'road',
        loadPort: null,
        dischargePort: null,
        transitCountries: ['UZ', 'AF'],
        stsTransferPoint: null,
        legs: [
          { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
          { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
        ],
      }),
    );
    expect(route.stops.map((stop) => stop.country)).toEqual(['RU', 'UZ', 'PK']);
    expect(route.hops).toEqual([
      { mode: 'rail', modeName: 'Rail', via: ['KZ'] },
      { mode: 'road', modeName: 'Road', via: ['AF'] },
    ]);
    expect(route.transitCountries).toEqual(['KZ', 'UZ', 'AF']);
  });

  it('without legs, goes from the origin through the transit countries to the port of discharge', () => {
    const route = routeView(
      aStoredShipment({ legs: null, stsTransferPoint: null, transitCountries: ['AE'] }),
    );
    expect(route.fromLegs).toBe(false);
    expect(route.stops.map((stop) => [stop.country, stop.role])).toEqual([
      ['RU', 'origin'],
      ['AE', 'transit'],
      ['PK', 'destination'],
    ]);
    expect(route.hops.map((hop) => hop.mode)).toEqual(['sea', 'sea']);
    expect(route.transitCountries).toEqual(['AE']);
  });
});
