import type { CommodityCode } from '../codes/commodities';
import type { TransportMode } from '../codes/transport-modes';

export const SHIPMENT_STATUSES = ['contracted', 'in_transit', 'delivered'] as const;

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const DEFAULT_SHIPMENT_STATUS: ShipmentStatus = 'delivered';

/** A shipment as a client writes it (JSON body, or one CSV line after parsing). */
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
}

/** A stored shipment: every input field present (absent ones null), plus what the server derives. */
export interface Shipment extends Required<ShipmentInput> {
  id: string;
  volumeBarrels: number;
  createdAt: string;
  updatedAt: string;
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
