// /api/shipments/:id/sources: where a shipment's figures come from, conflicting figures included.
import type { Shipment } from '../shipment/shipment';

/** POST body. At least one of url and documentName. */
export interface ShipmentSourceInput {
  /** http(s) URL, up to 2,000 characters. */
  url?: string | null;
  /** Name of a document without a URL (a bill of lading, a port report), up to 200 characters. */
  documentName?: string | null;
  /** Who published it, up to 200 characters. */
  publisher?: string | null;
  /** YYYY-MM-DD. */
  publishedDate?: string | null;
  /** The volume the source reports, same rules as a shipment's volumeTonnes. */
  volumeTonnes?: number | null;
  /** The value it reports, with its currency (both or neither). */
  valueAmount?: number | null;
  paymentCurrency?: string | null;
  /** Up to 2,000 characters. */
  note?: string | null;
}

export interface ShipmentSource {
  id: string;
  shipmentId: string;
  url: string | null;
  documentName: string | null;
  publisher: string | null;
  publishedDate: string | null;
  volumeTonnes: number | null;
  valueAmount: number | null;
  paymentCurrency: string | null;
  note: string | null;
  /** This source's figures are the shipment's (at most one source per shipment). */
  isRecord: boolean;
  createdAt: string;
}

/** GET: the record first, then by published date (newest first), then by creation. */
export interface ShipmentSourceList {
  shipmentId: string;
  items: ShipmentSource[];
}

/** POST .../sources/:sourceId/record: the shipment with the source's figures, and every source. */
export interface RecordSourceResult {
  shipment: Shipment;
  sources: ShipmentSource[];
}
