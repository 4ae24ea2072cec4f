import type { ChokepointCode } from '../codes/chokepoints';
import type { CommodityCode } from '../codes/commodities';
import type { PriceBasis } from '../codes/price-bases';
import type { TransportMode } from '../codes/transport-modes';

export const SHIPMENT_STATUSES = ['contracted', 'in_transit', 'delivered'] as const;

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const DEFAULT_SHIPMENT_STATUS: ShipmentStatus = 'delivered';

/**
 * One leg of a multi-leg route, in travel order: the mode, the country it starts and ends in, and
 * the countries it crosses (ISO 3166-1 alpha-2). Legs are contiguous (a leg starts where the one
 * before it ended) and the last leg's mode is the shipment's `transportMode`.
 * E.g. Russian LPG: `[{ mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] }, { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] }]`.
 */
export interface ShipmentLeg {
  mode: TransportMode;
  from: string;
  to: string;
  via?: string[];
}

/**
 * A shipment as a client writes it (JSON body, or one CSV line after parsing). `apiGravity`,
 * `stsTransferPoint` and `legs` exist in the JSON API only: the 18-column CSV (docs/csv-contract.md) does not
 * carry them, so a CSV import leaves them empty and an export omits them.
 */
export interface ShipmentInput {
  reference: string;
  commodity: CommodityCode;
  originCountry: string;
  loadPort?: string | null;
  dischargePort?: string | null;
  transportMode: TransportMode;
  transitCountries?: string[];
  volumeTonnes: number;
  valueAmount?: number | null;
  paymentCurrency?: string | null;
  contractDate?: string | null;
  departureDate?: string | null;
  arrivalDate: string;
  vesselName?: string | null;
  vesselImo?: string | null;
  importer?: string | null;
  status?: ShipmentStatus;
  notes?: string | null;
  /**
   * Crude only: the cargo's API gravity (see SHIPMENT_LIMITS.apiGravity for the range). When given,
   * volumeBarrels uses bbl/t = 1 / (0.158987 m3 x SG), SG = 141.5 / (131.5 + API), instead of the
   * commodity's average factor.
   */
  apiGravity?: number | null;
  /** Where the cargo was moved ship-to-ship: free text up to 100 characters ("off Sohar, Oman") or a UN/LOCODE. */
  stsTransferPoint?: string | null;
  /** The legs of a multi-leg route (see ShipmentLeg); null or absent when not recorded. */
  legs?: ShipmentLeg[] | null;
  /**
   * The importing country (ISO 3166-1 alpha-2). When absent the server takes the discharge port's
   * country, else its HOME_COUNTRY setting (see resolveDestinationCountry).
   */
  destinationCountry?: string | null;
  /** The delivery term valueAmount is quoted on (FOB, CFR, CIF, DES); absent or null: `unknown`. */
  priceBasis?: PriceBasis | null;
  /**
   * Sea only: the chokepoints the cargo passed when they differ from the sea-lane table's (e.g. round
   * the Cape instead of through Suez); [] for none. null or absent: derived (see chokepointsPassed).
   */
  chokepoints?: ChokepointCode[] | null;
}

/** A stored shipment: every input field present (absent ones null), plus what the server derives. */
export interface Shipment extends Required<Omit<ShipmentInput, 'destinationCountry' | 'priceBasis'>> {
  id: string;
  /** Always stored: given, or derived when the shipment was written. */
  destinationCountry: string;
  /** Always stored: given, else `unknown`. */
  priceBasis: PriceBasis;
  /** The chokepoints the shipment passes: its `chokepoints` override, else derived from its route. */
  chokepointsPassed: ChokepointCode[];
  volumeBarrels: number;
  /**
   * The barrels-per-tonne factor volumeBarrels was computed with: the commodity's published factor
   * (COMMODITIES), or the one from `apiGravity` rounded to 4 decimals.
   */
  barrelsPerTonne: number;
  createdAt: string;
  updatedAt: string;
  /** Listings only: the number of recorded sources (GET /api/shipments/:id/sources). */
  sourceCount?: number;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextCursor: string | null;
}
