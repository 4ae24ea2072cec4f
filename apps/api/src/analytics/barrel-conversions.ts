import { Injectable } from '@nestjs/common';
import {
  API_GRAVITY_FORMULA,
  type BarrelConversions,
  conversionFactors,
  type ShipmentFilters,
} from '@tradeflow/domain';
import { shipmentWhere } from '../shipments/filters/shipment-where';
import { AnalyticsReader } from './analytics-reader';

interface OverrideRow {
  shipments: number;
  tonnes: string;
  barrels: string;
}

/**
 * The conversion facts behind a barrel figure: the published factors, and the shipments of the
 * selection whose barrels come from their own API gravity (read through the partial index
 * ix_shipments_api_gravity_arrival, which holds only those few shipments).
 */
@Injectable()
export class BarrelConversionsReader {
  constructor(private readonly reader: AnalyticsReader) {}

  async of(filters: ShipmentFilters): Promise<BarrelConversions> {
    const where = shipmentWhere(filters);
    const condition = `${where.sql ? `${where.sql} AND` : 'WHERE'} s.api_gravity IS NOT NULL`;
    const [row] = await this.reader.read<OverrideRow>(
      `SELECT count(*) AS shipments, coalesce(sum(s.volume_tonnes), 0) AS tonnes,
              coalesce(sum(s.volume_barrels), 0) AS barrels
         FROM shipments s ${condition}`,
      where.params,
    );
    return {
      factors: conversionFactors(filters.commodity),
      apiGravityOverrides: {
        shipments: Number(row?.shipments ?? 0),
        tonnes: Number(row?.tonnes ?? 0),
        barrels: Number(row?.barrels ?? 0),
      },
      apiGravityFormula: API_GRAVITY_FORMULA,
    };
  }
}
