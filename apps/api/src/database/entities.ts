import { ShipmentMonthlyByDimensionEntity } from '../analytics/shipment-monthly-by-dimension.entity';
import { ShipmentMonthlyRollupEntity } from '../analytics/shipment-monthly-rollup.entity';
import { FxRateEntity } from '../fx-rates/fx-rate.entity';
import { ShipmentEntity } from '../shipments/shipment.entity';

/** Every TypeORM entity; the schema-drift test compares them with what the migrations build. */
export const ENTITIES = [
  ShipmentEntity,
  FxRateEntity,
  ShipmentMonthlyRollupEntity,
  ShipmentMonthlyByDimensionEntity,
];
