import { Injectable } from '@nestjs/common';
import {
  API_GRAVITY_FORMULA,
  type BarrelConversions,
  conversionFactors,
  type ShipmentFilters,
} from '@tradeflow/domain';
import { AnalyticsReader } from './analytics-reader';
import { apiGravityOverridesSql } from './raw-shipments-sql';

interface OverrideRow {
  shipments: number;
  tonnes: string;
  barrels: string;
}

/**
 * The conversion facts behind a barrel figure: the published factors, and the shipments of the
 * selection whose barrels come from their own API gravity.
 */
@Injectable()
export class BarrelConversionsReader {
  constructor(private readonly reader: AnalyticsReader) {}

  async of(filters: ShipmentFilters): Promise<BarrelConversions> {
    const { sql, params } = apiGravityOverridesSql(filters);
    const [row] = await this.reader.read<OverrideRow>(sql, params);
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
