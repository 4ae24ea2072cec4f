import type { ShipmentInput } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';

/**
 * Known shipments for the analytics tests: May-October 2023 plus January 2024, nothing in July
 * 2023 or November-December 2023 (empty buckets), a 0.001 t cargo (exact to the kilogram), a
 * shipment without value or currency, Russian LPG by road through Uzbekistan and Afghanistan,
 * cargoes on the first and last day of a month (edge-month cuts), and a status other than delivered.
 */
export function flowsFixture(prefix: string): ShipmentInput[] {
  const ship = (
    reference: string,
    originCountry: string,
    commodity: ShipmentInput['commodity'],
    volumeTonnes: number,
    arrivalDate: string,
    more: Partial<ShipmentInput> = {},
  ): ShipmentInput =>
    aShipmentInput({
      reference: `${prefix}-${reference}`,
      originCountry,
      commodity,
      volumeTonnes,
      arrivalDate,
      departureDate: null,
      contractDate: null,
      loadPort: null,
      vesselImo: null,
      ...more,
    });
  return [
    ship('SA-1', 'SA', 'crude_oil', 300000.001, '2023-05-03', {
      valueAmount: 150_000_000,
      paymentCurrency: 'USD',
    }),
    ship('AE-1', 'AE', 'crude_oil', 150000, '2023-05-17', {
      valueAmount: 250_000_000,
      paymentCurrency: 'AED',
    }),
    ship('KW-1', 'KW', 'diesel', 99999.999, '2023-05-31', {
      valueAmount: 20_000_000.55,
      paymentCurrency: 'KWD',
    }),
    ship('RU-1', 'RU', 'crude_oil', 45000, '2023-06-11', {
      valueAmount: 128_000_000,
      paymentCurrency: 'CNY',
    }),
    ship('RU-LPG-1', 'RU', 'lpg', 1000.125, '2023-06-20', {
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      valueAmount: null,
      paymentCurrency: null,
      dischargePort: null,
    }),
    ship('SA-2', 'SA', 'crude_oil', 250000, '2023-06-01', {
      valueAmount: 120_000_000,
      paymentCurrency: 'USD',
    }),
    ship('SA-3', 'SA', 'lpg', 0.001, '2023-08-01', { valueAmount: 1.23, paymentCurrency: 'SAR' }),
    ship('QA-1', 'QA', 'lpg', 44000.25, '2023-08-31', { valueAmount: 22_000_000, paymentCurrency: 'USD' }),
    ship('RU-2', 'RU', 'crude_oil', 50000, '2023-09-15', {
      transportMode: 'rail',
      transitCountries: ['KZ', 'UZ', 'AF'],
      valueAmount: 2_500_000_000,
      paymentCurrency: 'RUB',
      dischargePort: null,
    }),
    ship('SA-4', 'SA', 'crude_oil', 80000, '2023-10-05', {
      valueAmount: 44_000_000,
      paymentCurrency: 'USD',
      status: 'in_transit',
    }),
    ship('IQ-1', 'IQ', 'fuel_oil', 30000.5, '2024-01-10', {
      valueAmount: 13_000_000,
      paymentCurrency: 'CNY',
    }),
  ];
}
