import { ShipmentEntity } from '../shipments/shipment.entity';

/** Every TypeORM entity; the schema-drift test compares them with what the migrations build. */
export const ENTITIES = [ShipmentEntity];
