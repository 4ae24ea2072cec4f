import type { ShipmentInput } from './shipment';

/** The importing country when neither the shipment nor its discharge port says: HOME_COUNTRY's default. */
export const DEFAULT_HOME_COUNTRY = 'PK';

/** The country of a UN/LOCODE: its first two letters (`PKKHI` -> `PK`); null for no port. */
export function portCountry(locode: string | null | undefined): string | null {
  return locode ? locode.slice(0, 2) : null;
}

/**
 * The importing country of a valid shipment: the one given, else the discharge port's country,
 * else the server's home country (HOME_COUNTRY). validateShipmentInput has checked that a given
 * country and a given port agree.
 */
export function resolveDestinationCountry(
  input: Pick<ShipmentInput, 'destinationCountry' | 'dischargePort'>,
  homeCountry: string,
): string {
  return input.destinationCountry || portCountry(input.dischargePort) || homeCountry;
}
